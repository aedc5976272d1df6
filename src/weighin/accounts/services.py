import secrets

from django.db import transaction

from weighin.accounts.models import ApiToken, User, hash_token
from weighin.core.errors import InvalidInput, NotFound

TOKEN_PREFIX = "wi_"  # noqa: S105 (a prefix, not a secret)


@transaction.atomic
def create_api_token(*, user: User, name: str) -> tuple[ApiToken, str]:
    """Any signed-in user creates a token for themselves. Returns the row and the raw token,
    which is never stored and cannot be shown again."""
    name = (name or "").strip()
    if not name or len(name) > 80 or "\x00" in name:
        raise InvalidInput(
            "Give the token a name of 1 to 80 characters.", fields={"name": ["1-80 characters."]}
        )
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, name=name, prefix=raw[:10], key_hash=hash_token(raw))
    return token, raw


def revoke_api_token(*, user: User, token_id: int) -> None:
    """A user revokes one of their own tokens; someone else's token is 'not found'."""
    deleted, _ = ApiToken.objects.filter(pk=token_id, user=user).delete()
    if not deleted:
        raise NotFound("That token does not exist.")


def user_for_token(raw: str) -> User | None:
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=hash_token(raw), user__is_active=True)
        .first()
    )
    return token.user if token else None
