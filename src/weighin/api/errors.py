"""The one error shape of the API: {"error": {"code", "message", "fields"}}, for every 4xx."""

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError

from weighin.core.errors import DomainError


class ErrorBody(Schema):
    code: str
    message: str
    fields: dict[str, list[str]] = {}


class ErrorOut(Schema):
    error: ErrorBody


class UnsupportedMediaType(Exception):
    """Raised by the parser; ninja wraps it in a 400, which the handler turns into a 415."""


class NotAnObject(ValueError):
    """Raised by the parser for valid JSON that is not an object (a list, a string, null)."""


HTTP_CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "not_allowed",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    415: "unsupported_media_type",
    429: "rate_limited",
}


def error_response(
    api: NinjaAPI, request: HttpRequest, status: int, code: str, message: str, fields=None
) -> HttpResponse:
    body = {"error": {"code": code, "message": message, "fields": fields or {}}}
    return api.create_response(request, body, status=status)


def _messages(exc: ValidationError) -> dict[str, list[str]]:
    """ninja's errors are pydantic dicts ({"loc", "msg"}), except some of its own, such as
    the cursor's ({"cursor": "Invalid Cursor"}): accept both."""
    fields: dict[str, list[str]] = {}
    for err in exc.errors:
        if "loc" in err and "msg" in err:
            fields.setdefault(_field_name(list(err["loc"])), []).append(str(err["msg"]))
        else:
            for key, value in err.items():
                fields.setdefault(str(key), []).append(str(value))
    return fields


def _field_name(loc: list) -> str:
    # ninja locations look like ["body", "payload", "title"]; keep the part a client sent.
    parts = [str(p) for p in loc if p not in ("body", "payload", "query", "path", "filters")]
    return ".".join(parts) or "body"


def register(api: NinjaAPI) -> None:
    @api.exception_handler(DomainError)
    def domain_error(request, exc: DomainError):
        response = error_response(api, request, exc.status, exc.code, exc.message, exc.fields)
        if getattr(exc, "retry_after", None):
            response["Retry-After"] = str(exc.retry_after)
        return response

    @api.exception_handler(ValidationError)
    def validation_error(request, exc: ValidationError):
        fields = _messages(exc)
        first = next(iter(fields.items()), ("body", ["Invalid input."]))
        message = f"{first[0]}: {first[1][0]}"
        return error_response(api, request, 400, "invalid", message, fields)

    @api.exception_handler(AuthenticationError)
    def auth_error(request, exc: AuthenticationError):
        if exc.message == "invalid_token":
            message = "That API token is not valid: it may have been revoked. Create a new one."
            return error_response(api, request, 401, "invalid_token", message)
        message = "Sign in, or send a personal API token as 'Authorization: Bearer <token>'."
        return error_response(api, request, 401, "not_authenticated", message)

    @api.exception_handler(HttpError)
    def http_error(request, exc: HttpError):
        cause = exc.__cause__
        if isinstance(cause, UnsupportedMediaType):
            return error_response(api, request, 415, HTTP_CODES[415], str(cause))
        status = exc.status_code
        message = str(exc.message)
        if isinstance(cause, NotAnObject):
            message = str(cause)
        elif status == 400 and message.startswith("Cannot parse request body"):
            message = "The request body is not valid JSON."
        if status == 403 and "CSRF" in message:
            message = "CSRF check failed: send the X-CSRFToken header with session auth."
        return error_response(api, request, status, HTTP_CODES.get(status, "error"), message)

    @api.exception_handler(Http404)
    def not_found(request, exc: Http404):
        return error_response(api, request, 404, "not_found", str(exc) or "Not found.")
