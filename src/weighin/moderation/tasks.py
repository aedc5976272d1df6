"""Background work of moderation (django-tasks): telling reporters what became of their report.

Queued after the moderator's transaction commits, so a slow or failing mail server never holds
up (or undoes) the action; with TASKS_BACKEND=database a worker (`manage.py db_worker`) sends
them, retried by running the task again."""

from django.conf import settings
from django.core.mail import send_mail
from django_tasks import task


@task()
def tell_reporters(emails: list[str], outcome: str) -> int:
    """Email each reporter the outcome; returns how many were sent."""
    sent = 0
    for email in emails:
        sent += send_mail(
            f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}About your report",
            f"Thank you for your report. A moderator looked at it: {outcome}\n",
            None,
            [email],
        )
    return sent
