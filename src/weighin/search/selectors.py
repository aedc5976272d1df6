"""Reads for search: the results page, similar questions while a patient asks, and related
questions on a question page. Each one turns typed text into a QueryPlan (search.analysis),
asks the database's backend for question ids, then loads the questions in one query."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import OuterRef, QuerySet, Subquery

from weighin.core.text import is_slug
from weighin.qa.models import Answer, Question, Topic
from weighin.search import fusion, semantic
from weighin.search.analysis import QueryPlan, search_plan, similar_plan
from weighin.search.backends import Filter, Hit, get_backend
from weighin.search.backends.base import Backend, Mode
from weighin.search.highlight import marked
from weighin.search.indexing import generation
from weighin.search.ranking import rerank

PER_PAGE = 20
MAX_RESULTS = 1000  # counted up to here: "1,000+ results", and no page beyond
SIMILAR_CANDIDATES = 50
RELATED_CACHE_SECONDS = 3600
RELATED_SAME_TOPIC = 50  # same-topic questions read to fill the related list

EMPTY_MESSAGE = "Type a few words to search for, like “knee pain after running”."
NO_WORDS_MESSAGE = "Search with words: letters or numbers, not only punctuation or symbols."
ANY_WORDS_MESSAGE = "No question matched all your words. These match some of them."


def published(qs: QuerySet[Question]) -> QuerySet[Question]:
    """Questions anyone may see (held and hidden ones wait for or were removed by a moderator)."""
    return qs.filter(status=Question.Status.PUBLISHED)


def shown_answers(qs: QuerySet[Answer]) -> QuerySet[Answer]:
    return qs.filter(is_hidden=False)


def build_filter(
    *,
    topic: str | None = None,
    specialty: str | None = None,
    answered: bool = False,
    exclude_id: int | None = None,
    answered_first: bool = False,
) -> Filter:
    """The conditions on qa_question (alias `q`) for the backends. Topic and specialty reuse
    qa.selectors.filtered_questions, so search filters mean what the lists' filters mean."""
    conditions: list[str] = []
    params: list = []
    conditions.append("q.status = %s")
    params.append(Question.Status.PUBLISHED)
    if answered:
        conditions.append("q.answer_count > 0")
    if any(slug and not is_slug(slug) for slug in (topic, specialty)):
        conditions.append("1 = 0")  # no topic or specialty has such a slug (nor a NUL byte)
    elif topic or specialty:
        from weighin.qa.selectors import filtered_questions  # qa.selectors imports this module

        subquery = filtered_questions(topic_slug=topic, specialty_slug=specialty)
        sql, sub_params = subquery.order_by().values("pk").query.sql_with_params()
        conditions.append(f"q.id IN ({sql})")
        params.extend(sub_params)
    narrows = len(conditions) > 1
    return Filter(" AND ".join(conditions), tuple(params), exclude_id, answered_first, narrows)


def with_top_answer(qs: QuerySet[Question]) -> QuerySet[Question]:
    """Each question with the In brief of its top answer (most agreed, then thanked, then
    oldest, as on the question page) and that answer's agreement count: `top_brief` and
    `top_agree_count`, None when unanswered."""
    top = shown_answers(Answer.objects.filter(question=OuterRef("pk"), parent__isnull=True))
    top = top.order_by("-agree_count", "-thank_count", "created_at", "id")
    return qs.annotate(
        top_brief=Subquery(top.values("brief")[:1]),
        top_agree_count=Subquery(top.values("agree_count")[:1]),
    )


def _load(ids: list[int], qs: QuerySet[Question] | None = None) -> list[Question]:
    """Questions in the order of `ids`, one query."""
    if not ids:
        return []
    by_id = (qs if qs is not None else with_top_answer(Question.objects.all())).in_bulk(ids)
    return [by_id[i] for i in ids if i in by_id]


# ------------------------------------------------------------------------ the results page


@dataclass
class SearchResult:
    question: Question
    title_html: str
    snippet_html: str


@dataclass
class SearchResults:
    query: str
    message: str = ""
    mode: Mode = "all"
    total: int = 0
    capped: bool = False
    page: Page | None = None
    results: list[SearchResult] = field(default_factory=list)


class _Hits:
    """The ranked hits of one query as a sequence Django's Paginator can slice: only the
    page asked for is fetched."""

    def __init__(self, backend: Backend, plan: QueryPlan, mode: Mode, where: Filter, total: int):
        self.backend, self.plan, self.mode, self.where, self.total = (
            backend,
            plan,
            mode,
            where,
            total,
        )

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, index: slice) -> list[Hit]:
        start, stop = index.start or 0, min(index.stop or self.total, self.total)
        if stop <= start:
            return []
        return self.backend.search(
            self.plan, mode=self.mode, filter=self.where, limit=stop - start, offset=start
        )


def search(
    query: str,
    *,
    topic: str | None = None,
    specialty: str | None = None,
    answered: bool = False,
    page: int | str | None = 1,
    per_page: int = PER_PAGE,
) -> SearchResults:
    """Full-text search over questions and their answers. Every word must match; when none
    does, any word may (and `message` says so). Never raises for what a person typed."""
    text = (query or "").strip()
    if not text:
        return SearchResults(query="", message=EMPTY_MESSAGE)
    plan = search_plan(text)
    if not plan:
        return SearchResults(query=text, message=NO_WORDS_MESSAGE)
    backend = get_backend()
    where = build_filter(topic=topic, specialty=specialty, answered=answered)
    mode: Mode = "all"
    total = backend.count(plan, mode=mode, filter=where, cap=MAX_RESULTS)
    if total == 0 and len(plan.groups) > 1:
        mode = "any"
        total = backend.count(plan, mode=mode, filter=where, cap=MAX_RESULTS)
    page_obj = Paginator(_Hits(backend, plan, mode, where, total), per_page).get_page(page)
    ids = [hit.question_id for hit in page_obj.object_list]
    questions = _load(ids, with_top_answer(Question.objects.prefetch_related("topics")))
    snippets = backend.snippets(plan, ids)
    results = []
    for question in questions:
        snippet = snippets.get(question.pk)
        results.append(
            SearchResult(
                question=question,
                title_html=marked(snippet.title if snippet else question.title),
                snippet_html=marked(snippet.body if snippet else ""),
            )
        )
    return SearchResults(
        query=text,
        message=ANY_WORDS_MESSAGE if mode == "any" and total else "",
        mode=mode,
        total=total,
        capped=total >= MAX_RESULTS,
        page=page_obj,
        results=results,
    )


# ------------------------------------------------------------------- similar and related


SimilarMode = Literal["lexical", "semantic", "hybrid"]
SIMILAR_MODES: tuple[SimilarMode, ...] = ("lexical", "semantic", "hybrid")


def similar_mode() -> SimilarMode:
    """The site's mode: hybrid when semantic matching is on, lexical otherwise."""
    return "hybrid" if semantic.enabled() else "lexical"


def _lexical_similar(text: str) -> tuple[list[int], dict[int, str]]:
    """Lexical candidates, best first, and their titles."""
    plan = similar_plan(text)
    if not plan:
        return [], {}
    hits = get_backend().search(
        plan, mode="any", filter=build_filter(), limit=SIMILAR_CANDIDATES, weighted=True
    )
    if not hits:
        return [], {}
    titles = dict(
        Question.objects.filter(pk__in=[h.question_id for h in hits]).values_list("pk", "title")
    )
    return [hit.question_id for hit in rerank(plan, hits, titles)], titles


def _semantic_similar(text: str) -> tuple[list[int], dict[int, str]]:
    """Semantic candidates (nearest embeddings) that anyone may see, best first, and their
    titles."""
    nearest = [pk for pk, _ in semantic.nearest(text, SIMILAR_CANDIDATES)]
    titles = dict(published(Question.objects.filter(pk__in=nearest)).values_list("pk", "title"))
    return [pk for pk in nearest if pk in titles], titles


def similar_questions(text: str, limit: int = 5, mode: SimilarMode | None = None) -> list[Question]:
    """Existing questions that may already answer the one being typed, best first, each with
    `top_brief` and `top_agree_count`. The ask form (while typing, and on its confirmation
    step) and the API use this one function; so does bench/eval_similar.py.

    `mode`: "lexical" (full-text search, reranked), "semantic" (nearest embeddings) or
    "hybrid" (both, fused: search.fusion); the default is the site's (`similar_mode()`).
    Semantic and hybrid raise `SemanticUnavailable` when semantic matching is off."""
    mode = mode or similar_mode()
    if mode not in SIMILAR_MODES:
        raise ValueError(f"unknown mode {mode!r}; expected one of {SIMILAR_MODES}")
    if limit < 1 or not (text or "").strip():
        return []
    if mode != "lexical":
        semantic.require()
    lexical, titles = _lexical_similar(text) if mode != "semantic" else ([], {})
    if mode == "lexical":
        return _load(lexical[:limit])
    if not similar_plan(text) and mode == "hybrid":
        return []  # nothing but punctuation or stop words: no question to match
    nearest, semantic_titles = _semantic_similar(text)
    if mode == "semantic":
        return _load(nearest[:limit])
    ranked = fusion.hybrid(text, lexical, nearest, {**titles, **semantic_titles})
    return _load(ranked[:limit])


def related_questions(question: Question, topic_ids: list[int], limit: int = 5) -> list[Question]:
    """Questions like this one: a search with its title and topic names, answered questions
    first, then same-topic answered questions to fill the list: taken from the first 50
    same-topic links in the database's order (in practice the oldest), most doctors weighing
    in first among those, not the best of the whole topic, which would cost a sort of the
    topic's questions. Cached under the search generation, so any index write (a new
    question, an answer) rebuilds it.

    Uncached, whatever the size of anything: the topic names, the search (with the backend's
    `analysis.bounded` look-up before it: one more query on SQLite), at most 50 same-topic
    question ids, and those candidates by primary key. The status and
    answer filters run here over those at most `limit + 50` rows, never in SQL: filtering
    `status` in the database let SQLite walk every published question through its `status`
    index (seconds at a million questions)."""
    key = f"search:related:{question.pk}:{','.join(map(str, topic_ids))}:{limit}:{generation()}"
    cached = cache.get(key)
    if cached is not None:
        return cached
    names = list(Topic.objects.filter(pk__in=topic_ids).values_list("name", flat=True))
    plan = search_plan(" ".join([question.title, *names]), expand=False)
    ids: list[int] = []
    if plan:
        where = build_filter(exclude_id=question.pk, answered_first=True)
        hits = get_backend().search(plan, mode="any", filter=where, limit=limit)
        ids = [hit.question_id for hit in hits]
    same_topic: list[int] = []
    if topic_ids:
        same_topic = list(
            Question.topics.through.objects.filter(topic_id__in=topic_ids)
            .exclude(question_id=question.pk)
            .values_list("question_id", flat=True)
            .distinct()[:RELATED_SAME_TOPIC]
        )
    by_id = Question.objects.order_by().in_bulk([*ids, *same_topic]) if ids or same_topic else {}
    shown = {pk: q for pk, q in by_id.items() if q.status == Question.Status.PUBLISHED}
    related = [shown[pk] for pk in ids if pk in shown]
    fill = [shown[pk] for pk in set(same_topic) - set(ids) if pk in shown]
    fill = [q for q in fill if q.answer_count > 0]
    fill.sort(key=lambda q: (-q.weighed_in_count, -q.created_at.timestamp(), -q.pk))
    related = (related + fill)[:limit]
    cache.set(key, related, RELATED_CACHE_SECONDS)
    return related
