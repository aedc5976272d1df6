from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from weighin.core.errors import NotAllowed
from weighin.core.text import contains_link, is_slug
from weighin.moderation.audit import record
from weighin.qa.models import DETAILS_MAX, MAX_TOPICS, TITLE_MAX, Question, Topic
from weighin.qa.permissions import can_ask, can_edit_question
from weighin.qa.services.validation import apply_personal_info, clean_text, raise_if_invalid
from weighin.safety import triage
from weighin.search.indexing import index_question


def _topics(fields: dict[str, list[str]], slugs: Iterable[str]) -> list[Topic]:
    wanted = list(dict.fromkeys(s.strip() for s in slugs if s and s.strip()))
    bad = [s for s in wanted if not is_slug(s)]
    if bad:
        fields.setdefault("topics", []).append("Topics are given by their slug, like 'back-pain'.")
        return []
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


def _triage(question: Question) -> None:
    assessment = triage.assess(f"{question.title}\n{question.details}")
    question.triage_level, question.triage_category = assessment.level, assessment.category


def _is_new_account(user) -> bool:
    age = timezone.now() - user.date_joined
    return age < timedelta(days=settings.WEIGHIN_NEW_ACCOUNT_DAYS) and not user.is_staff


@transaction.atomic
def ask_question(
    *,
    asker,
    title: str,
    details: str = "",
    topics: Iterable[str] = (),
    personal_info: str = "mask",
) -> Question:
    """Any signed-in, active user asks. Refused: anonymous users, empty or oversized fields,
    more than five or unknown topics. Personal information is masked unless the asker
    reviewed it and chose to keep it. A new account's question with a link is held for a
    moderator (spam arrives that way) instead of being published. Emergencies are marked
    (triage) so the page warns first and doctors see them first."""
    if not can_ask(asker):
        raise NotAllowed("Sign in to ask a question.")
    title, details = apply_personal_info(personal_info, title, details)
    title, details, found = _clean(title, details, topics)
    held = _is_new_account(asker) and contains_link(title, details)
    question = Question(
        asker=asker,
        title=title,
        details=details,
        status=Question.Status.HELD if held else Question.Status.PUBLISHED,
    )
    _triage(question)
    question.save()
    question.topics.set(found)
    transaction.on_commit(lambda: index_question(question.pk), robust=True)
    return question


@transaction.atomic
def edit_question(
    *,
    user,
    question: Question,
    title: str,
    details: str = "",
    topics: Iterable[str] = (),
    personal_info: str = "mask",
) -> Question:
    """The asker edits within the edit window; staff at any time."""
    if not can_edit_question(user, question):
        raise NotAllowed("Only the person who asked can edit this question, and only for a while.")
    title, details = apply_personal_info(personal_info, title, details)
    title, details, found = _clean(title, details, topics)
    before = {"title": question.title, "details": question.details}
    question.title, question.details = title, details
    _triage(question)
    new_link = _is_new_account(user) and contains_link(title, details)
    if question.is_published and not user.is_staff and new_link:  # the same hold as asking
        question.status = Question.Status.HELD
    question.save()
    question.topics.set(found)
    if user.pk != question.asker_id:
        after = {"title": title, "details": details}
        record(actor=user, action="edit", target=question, before=before, after=after)
    transaction.on_commit(lambda: index_question(question.pk), robust=True)
    return question
