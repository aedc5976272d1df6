from dataclasses import dataclass, field
from itertools import pairwise

from django.db.models import QuerySet

from weighin.moderation.models import AuditEntry, Flag
from weighin.qa.models import Answer, Question


@dataclass
class QueueItem:
    """One flagged (or held) piece of content with every open report on it."""

    question: Question | None = None
    answer: Answer | None = None
    flags: list[Flag] = field(default_factory=list)

    @property
    def author(self):
        return self.answer.author if self.answer else self.question.asker


def queue(limit: int = 100) -> list[QueueItem]:
    """Open flags grouped by their target, oldest first, then questions held for review."""
    items: dict[tuple, QueueItem] = {}
    flags = Flag.objects.filter(status=Flag.Status.OPEN).select_related(
        "reporter", "question__asker", "answer__author__doctor_profile", "answer__question"
    )[: limit * 5]
    for f in flags:
        key = ("q", f.question_id) if f.question_id else ("a", f.answer_id)
        item = items.setdefault(key, QueueItem(question=f.question, answer=f.answer))
        item.flags.append(f)
    held = Question.objects.filter(status=Question.Status.HELD).select_related("asker")[:limit]
    for q in held:
        items.setdefault(("q", q.pk), QueueItem(question=q))
    return list(items.values())[:limit]


def reports_by(user) -> QuerySet[Flag]:
    return Flag.objects.filter(reporter=user).select_related("question", "answer__question")


def audit_log() -> QuerySet[AuditEntry]:
    return AuditEntry.objects.select_related("actor")


def revisions(obj) -> list:
    """Newest first, each with the field changes against the one before it."""
    history = list(obj.history.select_related("history_user").order_by("-history_date"))
    for newer, older in pairwise(history):
        newer.changes = newer.diff_against(older).changes
    if history:
        history[-1].changes = []
    return history
