from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from weighin.core.errors import DomainError


def wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


class DomainErrorMiddleware:
    """Turns a DomainError raised by a web view into a 4xx page (or JSON for fetch calls).

    The API has its own handler (api.errors); this one covers plain form posts, so a refused
    agree or a double thank shows the service's message with the right status, and nothing else.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exc: Exception) -> HttpResponse | None:
        if not isinstance(exc, DomainError) or request.path.startswith("/api/"):
            return None
        if wants_json(request):
            body = {"error": {"code": exc.code, "message": exc.message, "fields": exc.fields}}
            response = JsonResponse(body, status=exc.status)
        else:
            back = request.headers.get("Referer", "")
            same_site = back.startswith(("/", request.build_absolute_uri("/")))
            context = {"error": exc, "back": back if same_site else "/"}
            response = render(request, "error.html", context, status=exc.status)
        if getattr(exc, "retry_after", None):
            response["Retry-After"] = str(exc.retry_after)
        return response
