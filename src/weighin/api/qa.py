from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema, Status
from ninja.pagination import paginate

from weighin.api.auth import signed_in
from weighin.api.errors import ErrorOut
from weighin.api.pagination import SafeCursorPagination
from weighin.api.schemas import (
    AnswerIn,
    AnswerOut,
    AnswerPatch,
    AskIn,
    QuestionDetail,
    QuestionOut,
    QuestionPatch,
    ReactionOut,
    answer_out,
)
from weighin.core.ratelimits import check_rate
from weighin.qa import selectors, services
from weighin.qa.models import Answer, Question
from weighin.qa.permissions import can_view_question

router = Router(tags=["questions"])
ERRORS = {
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
    415: ErrorOut,
    429: ErrorOut,
}


class QuestionFilters(Schema):
    topic: str | None = None
    specialty: str | None = None
    answered: bool | None = None


def _visible_question(request, question_id: int) -> Question:
    """A question this caller may see; held or hidden ones are 'not found' to others."""
    question = get_object_or_404(Question, pk=question_id)
    if not can_view_question(getattr(request, "auth", None) or request.user, question):
        raise Http404("No such question.")
    return question


def _detail(question: Question, viewer) -> Question:
    question.ranked_answers = [answer_out(v) for v in selectors.ranked_answers(question, viewer)]
    return question


@router.get("/questions", response=list[QuestionOut], auth=None)
@paginate(SafeCursorPagination, ordering=("-id",), page_size=20, max_page_size=100)
def list_questions(request, filters: Query[QuestionFilters]):
    """Newest first. Filter by topic slug, specialty slug, answered or unanswered."""
    qs = selectors.filtered_questions(
        topic_slug=filters.topic, specialty_slug=filters.specialty, answered=filters.answered
    )
    return selectors.with_topics(qs)


@router.get("/questions/{question_id}", response={200: QuestionDetail, **ERRORS}, auth=None)
def get_question(request, question_id: int):
    """A question with its ranked answers; each answer carries its "Continued" follow-ups."""
    question = _visible_question(request, question_id)
    return _detail(question, request.user)


@router.post("/questions", response={201: QuestionDetail, **ERRORS}, auth=signed_in)
def ask(request, payload: AskIn):
    check_rate(request, "ask")
    question = services.ask_question(asker=request.auth, **payload.dict())
    return Status(201, _detail(question, request.auth))


@router.patch("/questions/{question_id}", response={200: QuestionDetail, **ERRORS}, auth=signed_in)
def edit_question(request, question_id: int, payload: QuestionPatch):
    question = _visible_question(request, question_id)
    current = {
        "title": question.title,
        "details": question.details,
        "topics": [t.slug for t in question.topics.all()],
    }
    changes = current | payload.dict(exclude_none=True)
    services.edit_question(user=request.auth, question=question, **changes)
    return _detail(question, request.auth)


@router.post(
    "/questions/{question_id}/answers", response={201: AnswerOut, **ERRORS}, auth=signed_in
)
def answer(request, question_id: int, payload: AnswerIn):
    check_rate(request, "answer")
    question = _visible_question(request, question_id)
    created = services.post_answer(doctor=request.auth, question=question, **payload.dict())
    return Status(201, _answer(created.pk))


@router.patch("/answers/{answer_id}", response={200: AnswerOut, **ERRORS}, auth=signed_in)
def edit_answer(request, answer_id: int, payload: AnswerPatch):
    existing = get_object_or_404(Answer, pk=answer_id)
    changes = {"brief": existing.brief, "body": existing.body} | payload.dict(exclude_none=True)
    services.edit_answer(user=request.auth, answer=existing, **changes)
    return _answer(answer_id)


def _answer(answer_id: int) -> dict:
    return answer_out(selectors.answer_view(answer_id))


def _reaction(answer: Answer) -> dict:
    answer.refresh_from_db(fields=["agree_count", "thank_count"])
    return {
        "answer_id": answer.pk,
        "agree_count": answer.agree_count,
        "thank_count": answer.thank_count,
    }


@router.post("/answers/{answer_id}/agree", response={201: ReactionOut, **ERRORS}, auth=signed_in)
def agree(request, answer_id: int):
    check_rate(request, "react")
    answer = get_object_or_404(Answer, pk=answer_id)
    services.agree(doctor=request.auth, answer=answer)
    return Status(201, _reaction(answer))


@router.delete("/answers/{answer_id}/agree", response={200: ReactionOut, **ERRORS}, auth=signed_in)
def withdraw_agreement(request, answer_id: int):
    check_rate(request, "react")
    answer = get_object_or_404(Answer, pk=answer_id)
    services.withdraw_agreement(doctor=request.auth, answer=answer)
    return _reaction(answer)


@router.post("/answers/{answer_id}/thank", response={201: ReactionOut, **ERRORS}, auth=signed_in)
def thank(request, answer_id: int):
    check_rate(request, "react")
    answer = get_object_or_404(Answer, pk=answer_id)
    services.thank(user=request.auth, answer=answer)
    return Status(201, _reaction(answer))


@router.delete("/answers/{answer_id}/thank", response={200: ReactionOut, **ERRORS}, auth=signed_in)
def withdraw_thanks(request, answer_id: int):
    check_rate(request, "react")
    answer = get_object_or_404(Answer, pk=answer_id)
    services.withdraw_thanks(user=request.auth, answer=answer)
    return _reaction(answer)
