import json

from django.http import HttpRequest
from ninja.parser import Parser
from ninja.security import HttpBearer, django_auth

from weighin.accounts.services import user_for_token
from weighin.api.errors import UnsupportedMediaType


class TokenAuth(HttpBearer):
    """Personal API tokens, sent as `Authorization: Bearer wi_...`."""

    def authenticate(self, request: HttpRequest, token: str):
        user = user_for_token(token)
        if user is not None:
            request.user = user
        return user


class JsonParser(Parser):
    """Bodies must be JSON: anything else is refused with 415 instead of being guessed at."""

    def parse_body(self, request: HttpRequest):
        content_type = request.content_type or ""
        if content_type != "application/json":
            raise UnsupportedMediaType(
                f"Send the body as application/json (got {content_type or 'no content type'})."
            )
        data = json.loads(request.body)
        if not isinstance(data, dict):
            raise ValueError("The body must be a JSON object.")
        return data


signed_in = [TokenAuth(), django_auth]
