from collections.abc import Iterable

from django.db import transaction

from weighin.core.errors import NotAllowed
from weighin.qa.models import DETAILS_MAX, MAX_TOPICS, TITLE_MAX, Question, Topic
from weighin.qa.permissions import can_ask, can_edit_question
from weighin.qa.services.validation import clean_text, raise_if_invalid


def _topics(fields: dict[str, list[str]], slugs: Iterable[str]) -> list[Topic]:
    wanted = list(dict.fromkeys(s.strip() for s in slugs if s and s.strip()))
    if len(wanted) > MAX_TOPICS:
        fields.setdefault("topics", []).append(f"Choose at most {MAX_TOPICS} topics.")
        return []
    found = list(Topic.objects.filter(slug__in=wanted))
    missing = sorted(set(wanted) - {t.slug for t in found})
    if missing:
        fields.setdefault("topics", []).append(f"Unknown topic: {', '.join(missing)}.")
    return found


def _clean(title: str, details: str, topics: Iterable[str]) -> tuple[str, str, list[Topic]]:
    fields: dict[str, list[str]] = {}
    title = clean_text(fields, "title", title, max_length=TITLE_MAX, required=True)
    if title and len(title) < 10 and "title" not in fields:
        fields["title"] = ["Write your question as a full sentence (at least 10 characters)."]
    details = clean_text(fields, "details", details, max_length=DETAILS_MAX, required=False)
    found = _topics(fields, topics)
    raise_if_invalid(fields)
    return title, details, found


@transaction.atomic
def ask_question(*, asker, title: str, details: str = "", topics: Iterable[str] = ()) -> Question:
    """Any signed-in, active user asks. Refused: anonymous users, empty or oversized fields,
    more than five or unknown topics."""
    if not can_ask(asker):
        raise NotAllowed("Sign in to ask a question.")
    title, details, found = _clean(title, details, topics)
    question = Question.objects.create(asker=asker, title=title, details=details)
    question.topics.set(found)
    return question


@transaction.atomic
def edit_question(
    *, user, question: Question, title: str, details: str = "", topics: Iterable[str] = ()
) -> Question:
    """The asker edits within the edit window; staff at any time."""
    if not can_edit_question(user, question):
        raise NotAllowed("Only the person who asked can edit this question, and only for a while.")
    title, details, found = _clean(title, details, topics)
    question.title, question.details = title, details
    question.save()
    question.topics.set(found)
    return question
