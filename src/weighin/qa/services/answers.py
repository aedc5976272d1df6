from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from weighin.core.errors import NotAllowed
from weighin.doctors.models import DoctorProfile
from weighin.moderation.audit import record
from weighin.qa.models import BODY_MAX, BRIEF_MAX, Answer, Question
from weighin.qa.permissions import can_answer, can_edit_answer
from weighin.qa.services.validation import apply_personal_info, clean_text, raise_if_invalid
from weighin.search.indexing import index_question


def _clean(brief: str, body: str) -> tuple[str, str]:
    fields: dict[str, list[str]] = {}
    brief = clean_text(fields, "brief", brief, max_length=BRIEF_MAX, required=True)
    body = clean_text(fields, "body", body, max_length=BODY_MAX, required=True)
    raise_if_invalid(fields)
    return brief, body


@transaction.atomic
def post_answer(
    *, doctor, question: Question, brief: str, body: str, personal_info: str = "mask"
) -> Answer:
    """A verified doctor answers. Their first answer to a question is a card of its own;
    later ones become "Continued" follow-ups under it. Refused: anyone else, empty or
    oversized fields. Personal information is masked unless the doctor chose to keep it."""
    if not can_answer(doctor, question):
        raise NotAllowed("Only verified doctors can answer published questions.")
    brief, body = _clean(*apply_personal_info(personal_info, brief, body))
    first = Answer.objects.filter(question=question, author=doctor, parent__isnull=True).first()
    if first is not None and first.is_hidden:
        raise NotAllowed("A moderator removed your earlier answer here; contact the moderators.")
    if first is None:
        try:
            with transaction.atomic():  # the partial unique constraint decides a race
                answer = Answer.objects.create(
                    question=question, author=doctor, brief=brief, body=body
                )
        except IntegrityError:
            first = Answer.objects.get(question=question, author=doctor, parent__isnull=True)
    if first is not None:
        answer = Answer.objects.create(
            question=question, author=doctor, parent=first, brief=brief, body=body
        )
    Question.objects.filter(pk=question.pk).update(
        answer_count=F("answer_count") + 1,
        weighed_in_count=F("weighed_in_count") + (1 if first is None else 0),
        last_answered_at=timezone.now(),
    )
    DoctorProfile.objects.filter(user=doctor).update(answer_count=F("answer_count") + 1)
    transaction.on_commit(lambda: index_question(question.pk), robust=True)
    return answer


@transaction.atomic
def edit_answer(
    *, user, answer: Answer, brief: str, body: str, personal_info: str = "mask"
) -> Answer:
    """The author edits within the edit window; staff at any time."""
    if not can_edit_answer(user, answer):
        raise NotAllowed("Only the doctor who wrote this answer can edit it, and only for a while.")
    before = {"brief": answer.brief, "body": answer.body}
    answer.brief, answer.body = _clean(*apply_personal_info(personal_info, brief, body))
    answer.save(update_fields=["brief", "body", "updated_at"])
    if user.pk != answer.author_id:
        after = {"brief": answer.brief, "body": answer.body}
        record(actor=user, action="edit", target=answer, before=before, after=after)
    transaction.on_commit(lambda: index_question(answer.question_id), robust=True)
    return answer
