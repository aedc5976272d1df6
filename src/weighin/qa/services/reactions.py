"""Agree and thank, and their withdrawal. The unique constraints decide races; the counters
move with F() in the same transaction as the row they count."""

from django.db import IntegrityError, transaction
from django.db.models import F

from weighin.core.errors import Conflict, NotAllowed
from weighin.doctors.models import DoctorProfile
from weighin.qa.models import Agreement, Answer, Thanks
from weighin.qa.permissions import can_agree, can_thank


def _require_user(user) -> None:
    if not (user and user.is_authenticated):
        raise NotAllowed("Sign in first.")


def _locked(answer: Answer) -> Answer:
    """The answer's row, locked until commit, so a moderator hiding it and a reaction on it
    happen one after the other and count the same rows."""
    locked = Answer.objects.select_for_update().get(pk=answer.pk)
    locked.question = answer.question
    return locked


def _bump(answer: Answer, field: str, profile_field: str, delta: int) -> None:
    """Move the answer's counter, and its author's, which counts only what is shown."""
    Answer.objects.filter(pk=answer.pk).update(**{field: F(field) + delta})
    if not answer.is_hidden and answer.question.is_published:
        DoctorProfile.objects.filter(user_id=answer.author_id).update(
            **{profile_field: F(profile_field) + delta}
        )


@transaction.atomic
def agree(*, doctor, answer: Answer) -> Agreement:
    """A verified doctor agrees with another doctor's answer, once."""
    answer = _locked(answer)
    if not can_agree(doctor, answer):
        raise NotAllowed(
            "Only verified doctors can agree, not with their own answer, and not with an "
            "imported answer before a doctor has answered the question."
        )
    try:
        with transaction.atomic():
            agreement = Agreement.objects.create(doctor=doctor, answer=answer)
    except IntegrityError:
        raise Conflict("You already agree with this answer.") from None
    _bump(answer, "agree_count", "agrees_received", +1)
    return agreement


@transaction.atomic
def withdraw_agreement(*, doctor, answer: Answer) -> None:
    """A doctor withdraws their own agreement (also on an answer hidden since)."""
    _require_user(doctor)
    answer = _locked(answer)
    deleted, _ = Agreement.objects.filter(doctor=doctor, answer=answer).delete()
    if not deleted:
        raise Conflict("You have not agreed with this answer.")
    _bump(answer, "agree_count", "agrees_received", -1)


@transaction.atomic
def thank(*, user, answer: Answer) -> Thanks:
    """A signed-in user thanks someone else's answer, once."""
    answer = _locked(answer)
    if not can_thank(user, answer):
        raise NotAllowed("Sign in to thank an answer (you cannot thank your own).")
    try:
        with transaction.atomic():
            thanks = Thanks.objects.create(user=user, answer=answer)
    except IntegrityError:
        raise Conflict("You already thanked this answer.") from None
    _bump(answer, "thank_count", "thanks_received", +1)
    return thanks


@transaction.atomic
def withdraw_thanks(*, user, answer: Answer) -> None:
    """A user withdraws their own thanks (also on an answer hidden since)."""
    _require_user(user)
    answer = _locked(answer)
    deleted, _ = Thanks.objects.filter(user=user, answer=answer).delete()
    if not deleted:
        raise Conflict("You have not thanked this answer.")
    _bump(answer, "thank_count", "thanks_received", -1)
