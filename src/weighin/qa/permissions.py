"""Who may do what: one place, used by services (which enforce) and templates (which show)."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from weighin.doctors.permissions import is_verified_doctor
from weighin.qa.models import Answer, Question


def _within_edit_window(created_at) -> bool:
    window = timedelta(minutes=settings.WEIGHIN_EDIT_WINDOW_MINUTES)
    return timezone.now() - created_at <= window


def can_ask(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def can_view_question(user, question: Question) -> bool:
    """Published questions are public; held or hidden ones only for the asker and staff."""
    if question.is_published:
        return True
    return bool(user and user.is_authenticated and (user.is_staff or question.asker_id == user.pk))


def _open(answer: Answer) -> bool:
    return not answer.is_hidden and answer.question.is_published


def can_answer(user, question: Question) -> bool:
    return is_verified_doctor(user) and question.is_published


def can_agree(user, answer: Answer) -> bool:
    """Verified doctors agree with other doctors' answers. An imported answer can be agreed
    with once a doctor has weighed in on its question."""
    if not is_verified_doctor(user) or answer.author_id == user.pk or not _open(answer):
        return False
    return not answer.is_imported or answer.question.weighed_in_count > 0


def can_thank(user, answer: Answer) -> bool:
    signed_in = bool(user and user.is_authenticated and user.is_active)
    return signed_in and answer.author_id != user.pk and _open(answer)


def can_edit_question(user, question: Question) -> bool:
    if not (user and user.is_authenticated):
        return False
    if user.is_staff:
        return True
    return question.asker_id == user.pk and _within_edit_window(question.created_at)


def can_edit_answer(user, answer: Answer) -> bool:
    if not (user and user.is_authenticated):
        return False
    if user.is_staff:
        return True
    return (
        answer.author_id == user.pk
        and not answer.is_hidden
        and is_verified_doctor(user)
        and _within_edit_window(answer.created_at)
    )
