"""Data rights: a user downloads everything we hold about them, or deletes their account.

Questions stay after deletion, anonymised (the asker link is cut); a doctor's answers stay
attributed to their public profile unless staff remove them, so a doctor's account is
closed and scrubbed rather than deleted."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.db import transaction
from django.urls import reverse

from weighin.core.errors import InvalidInput
from weighin.datasets.exporter import question_records
from weighin.qa.models import Answer, Question
from weighin.qa.services import withdraw_thanks

User = get_user_model()


def _answer(a: Answer) -> dict:
    return {
        "id": a.pk,
        "question_id": a.question_id,
        "continues": a.parent_id,
        "brief": a.brief,
        "body": a.body,
        "created_at": a.created_at.isoformat(),
        "agree_count": a.agree_count,
        "thank_count": a.thank_count,
        "hidden_by_moderator": a.is_hidden,
    }


def user_data(user) -> dict:
    """Everything tied to this account, as plain JSON-ready data."""
    profile = getattr(user, "doctor_profile", None) if hasattr(user, "doctor_profile") else None
    return {
        "format": "weighin-user-data",
        "version": 1,
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "email_addresses": [
                {"email": e.email, "verified": e.verified, "primary": e.primary}
                for e in EmailAddress.objects.filter(user=user)
            ],
        },
        "doctor_profile": None
        if profile is None
        else {
            "full_name": profile.full_name,
            "credentials": profile.credentials,
            "specialty": profile.specialty.slug,
            "bio": profile.bio,
            "npi": profile.npi,
            "verified": profile.verified,
        },
        # The same records as the site's export (datasets.exporter), so there is one format.
        "questions": list(question_records(user.questions.all())),
        "question_status": [
            {"id": pk, "status": status, "url": reverse("question_short", args=[pk])}
            for pk, status in user.questions.order_by("pk").values_list("pk", "status")
        ],
        "answers": [_answer(a) for a in user.answers.order_by("pk")],
        "agreements": [
            {"answer_id": ag.answer_id, "created_at": ag.created_at.isoformat()}
            for ag in user.agreements.order_by("pk")
        ],
        "thanks": [
            {"answer_id": t.answer_id, "created_at": t.created_at.isoformat()}
            for t in user.thanks_given.order_by("pk")
        ],
        "reports": [
            {
                "reason": f.reason,
                "note": f.note,
                "status": f.status,
                "outcome": f.outcome,
                "question_id": f.question_id,
                "answer_id": f.answer_id,
                "created_at": f.created_at.isoformat(),
            }
            for f in user.flags.order_by("pk")
        ],
        "api_tokens": [
            {"name": t.name, "prefix": t.prefix, "created_at": t.created_at.isoformat()}
            for t in user.api_tokens.order_by("pk")
        ],
    }


@transaction.atomic
def delete_account(*, user, password: str) -> None:
    """The user themself, with their password. Thanks they gave are withdrawn (so counters
    stay exact); their questions remain without an asker. Doctors' accounts are closed and
    scrubbed of private data instead, keeping their public answers and agreements."""
    if not user.check_password(password or ""):
        raise InvalidInput(
            "That password is not correct.", fields={"password": ["Password is not correct."]}
        )
    for thanks in user.thanks_given.select_related("answer"):
        withdraw_thanks(user=user, answer=thanks.answer)
    user.flags.all().delete()
    user.api_tokens.all().delete()
    EmailAddress.objects.filter(user=user).delete()
    Question.objects.filter(asker=user).update(asker=None)
    if hasattr(user, "doctor_profile"):
        User.objects.filter(pk=user.pk).update(
            email=f"deleted-{user.pk}@deleted.invalid",
            first_name="",
            last_name="",
            is_active=False,
            password=UNUSABLE_PASSWORD_PREFIX,
        )
        return
    user.delete()
