"""Rate limits on every write and on the API, counted in Django's cache (so in Redis when
REDIS_URL is set, shared by every app server) by django-ratelimit.

One rule per action group lives in settings.WEIGHIN_RATE_LIMITS; the web views and the API
call `check_rate` with the same group, so both count against the same budget."""

from django.conf import settings
from django.http import HttpRequest
from django_ratelimit.core import get_usage

from weighin.accounts.models import hash_token
from weighin.core.errors import DomainError

LABELS = {
    "signup": "sign-ups",
    "login": "sign-in attempts",
    "ask": "questions",
    "answer": "answers",
    "react": "agreements and thanks",
    "flag": "reports",
    "api": "API requests",
}


class RateLimited(DomainError):
    status, code = 429, "rate_limited"

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = max(1, retry_after)


def _key(group: str, request: HttpRequest) -> str:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    # An API token before the API has resolved it: its hash names it without a query.
    auth = request.headers.get("Authorization", "")
    if auth.lower().startswith("bearer ") and len(auth) > 7:
        return f"token:{hash_token(auth[7:].strip())}"
    return f"ip:{request.META.get('REMOTE_ADDR', '')}"


def check_rate(request: HttpRequest, group: str) -> None:
    """Count one action of `group` for this user (or address); refuse it past the limit."""
    rate = settings.WEIGHIN_RATE_LIMITS.get(group)
    if not rate:
        return
    usage = get_usage(request, group=group, key=_key, rate=rate, increment=True)
    if usage and usage["should_limit"]:
        wait = usage["time_left"]
        raise RateLimited(
            f"Too many {LABELS.get(group, 'requests')} in a short time. "
            f"Please wait {wait} seconds and try again.",
            retry_after=wait,
        )
