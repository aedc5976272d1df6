"""Search in the JSON API: `/search` (ranked, highlighted, filtered, paginated) and
`/questions/similar` (what the ask form shows while a patient types). Registered in
api/v1.py; the router lives with the search app it adapts."""

from ninja import Field, Query, Router, Schema

from weighin.api.errors import ErrorOut
from weighin.api.schemas import QuestionOut
from weighin.core.errors import InvalidInput, NotFound
from weighin.search.analysis import MAX_QUERY_CHARS, MAX_TEXT_CHARS
from weighin.search.selectors import MAX_RESULTS, PER_PAGE, search, similar_questions

router = Router(tags=["search"])
ERRORS = {400: ErrorOut, 404: ErrorOut}


class SearchParams(Schema):
    q: str = Field(..., description=f"The words to look for (the first {MAX_QUERY_CHARS} count).")
    topic: str | None = Field(None, description="A topic slug.")
    specialty: str | None = Field(None, description="A specialty slug.")
    answered: bool | None = Field(None, description="Only questions doctors have answered.")
    page: int = Field(1, ge=1, le=1000)


class SearchHit(QuestionOut):
    title_html: str = Field(description="The title, HTML-escaped, matches in <mark>.")
    snippet_html: str = Field(description="Part of the details and answers, escaped, <mark>ed.")
    top_brief: str | None = Field(description="The In brief of the top answer.")
    top_agree_count: int | None = Field(description="Doctors agreeing with the top answer.")


class SearchOut(Schema):
    query: str
    message: str = Field(description="Set when only some of the words could be matched.")
    match: str = Field(description='"all" words matched, or "any" of them.')
    count: int = Field(description=f"Questions found, counted up to {MAX_RESULTS:,}.")
    page: int
    pages: int
    results: list[SearchHit]


class SimilarParams(Schema):
    q: str = Field(..., description=f"The question being typed (the first {MAX_TEXT_CHARS} count).")
    limit: int = Field(5, ge=1, le=10)


class SimilarOut(Schema):
    id: int
    title: str
    url: str
    answer_count: int
    weighed_in_count: int
    top_brief: str | None
    top_agree_count: int | None

    @staticmethod
    def resolve_url(obj) -> str:
        return obj.get_absolute_url()


def _require_words(q: str) -> None:
    if not q.strip():
        raise InvalidInput(
            "q: Type a few words to search for.", fields={"q": ["Type a few words."]}
        )


@router.get("/search", response={200: SearchOut, **ERRORS}, auth=None)
def search_endpoint(request, params: Query[SearchParams]):
    """Questions and their answers, best match first, 20 a page. Every word must match;
    when no question has them all, any word may (`match` says which)."""
    _require_words(params.q)
    found = search(
        params.q,
        topic=params.topic,
        specialty=params.specialty,
        answered=bool(params.answered),
        page=params.page,
        per_page=PER_PAGE,
    )
    pages = found.page.paginator.num_pages if found.page else 0
    if params.page > max(pages, 1):
        raise NotFound(f"There is no page {params.page}: the results have {pages}.")
    hits = []
    for result in found.results:
        question = result.question  # annotated with top_brief and top_agree_count
        question.title_html, question.snippet_html = result.title_html, result.snippet_html
        hits.append(question)
    return {
        "query": found.query,
        "message": found.message,
        "match": found.mode,
        "count": found.total,
        "page": found.page.number if found.page else 1,
        "pages": pages,
        "results": hits,
    }


@router.get("/questions/similar", response={200: list[SimilarOut], **ERRORS}, auth=None)
def similar_endpoint(request, params: Query[SimilarParams]):
    """Existing questions that may already answer the one being typed, best first, each with
    its top answer's In brief and how many doctors agree with it."""
    _require_words(params.q)
    return similar_questions(params.q, limit=params.limit)
