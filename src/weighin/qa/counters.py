"""Rebuild the denormalised counters from the rows they count (`manage.py recount`).

The services keep them exact; this exists for repairs after manual database edits and as
the oracle the tests compare the live counters against.
"""

from django.db import transaction
from django.db.models import Count, F, IntegerField, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce

from weighin.doctors.models import DoctorProfile
from weighin.qa.models import Agreement, Answer, Question, Thanks


def _count(qs, field: str = "pk"):
    sub = qs.values(field).order_by().annotate(n=Count("*")).values("n")
    return Coalesce(Subquery(sub, output_field=IntegerField()), Value(0))


def _sum(qs, column: str, group: str):
    sub = qs.values(group).order_by().annotate(s=Sum(column)).values("s")
    return Coalesce(Subquery(sub, output_field=IntegerField()), Value(0))


@transaction.atomic
def recount() -> dict[str, int]:
    """Set every counter to its true value; returns how many rows each statement touched."""
    touched = {}
    touched["answers"] = Answer.objects.update(
        agree_count=_count(Agreement.objects.filter(answer=OuterRef("pk")), "answer"),
        thank_count=F("imported_thanks")
        + _count(Thanks.objects.filter(answer=OuterRef("pk")), "answer"),
    )
    touched["questions"] = Question.objects.update(
        answer_count=_count(
            Answer.objects.filter(question=OuterRef("pk"), is_hidden=False), "question"
        ),
        weighed_in_count=_count(
            Answer.objects.filter(
                question=OuterRef("pk"), parent__isnull=True, author__isnull=False, is_hidden=False
            ),
            "question",
        ),
    )
    touched["doctors"] = DoctorProfile.objects.update(
        answer_count=_count(
            Answer.objects.filter(
                author=OuterRef("user"), is_hidden=False, question__status=Question.Status.PUBLISHED
            ),
            "author",
        ),
        agrees_received=_sum(
            Answer.objects.filter(
                author=OuterRef("user"), is_hidden=False, question__status=Question.Status.PUBLISHED
            ),
            "agree_count",
            "author",
        ),
        thanks_received=_sum(
            Answer.objects.filter(
                author=OuterRef("user"), is_hidden=False, question__status=Question.Status.PUBLISHED
            ),
            "thank_count",
            "author",
        ),
    )
    return touched


def live_counts() -> dict[str, list[tuple]]:
    """The counters as stored, for comparing before and after a recount."""
    return {
        "answers": list(
            Answer.objects.order_by("pk").values_list("pk", "agree_count", "thank_count")
        ),
        "questions": list(
            Question.objects.order_by("pk").values_list("pk", "answer_count", "weighed_in_count")
        ),
        "doctors": list(
            DoctorProfile.objects.order_by("pk").values_list(
                "pk", "answer_count", "agrees_received", "thanks_received"
            )
        ),
    }
