import json

from django.http import HttpRequest
from ninja.errors import AuthenticationError
from ninja.parser import Parser
from ninja.security import HttpBearer
from ninja.security import SessionAuth as NinjaSessionAuth

from weighin.accounts.services import user_for_token
from weighin.api.errors import NotAnObject, UnsupportedMediaType


class TokenAuth(HttpBearer):
    """Personal API tokens, sent as `Authorization: Bearer wi_...`. A token that is sent but
    unknown (revoked, mistyped, its user deactivated) is a 401, not a fall-through to the
    session, so a script learns its token is bad instead of reading a CSRF message."""

    def authenticate(self, request: HttpRequest, token: str):
        user = user_for_token(token)
        if user is None:
            raise AuthenticationError(message="invalid_token")
        request.user = user
        return user


class SessionAuth(NinjaSessionAuth):
    """Django's session, with the CSRF check only for a signed-in session: an anonymous
    request is simply not authenticated (401), whatever its CSRF state."""

    def __call__(self, request: HttpRequest):
        if not request.user.is_authenticated:
            return None
        return super().__call__(request)


class JsonParser(Parser):
    """Bodies must be JSON objects: anything else is refused instead of being guessed at."""

    def parse_body(self, request: HttpRequest):
        content_type = request.content_type or ""
        if content_type != "application/json":
            raise UnsupportedMediaType(
                f"Send the body as application/json (got {content_type or 'no content type'})."
            )
        data = json.loads(request.body)
        if not isinstance(data, dict):
            raise NotAnObject("The request body must be a JSON object.")
        return data


signed_in = [TokenAuth(), SessionAuth()]
