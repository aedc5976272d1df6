from django.http import HttpRequest, HttpResponse, JsonResponse

from weighin.core.ratelimits import RateLimited, check_rate


class ApiRateLimitMiddleware:
    """One budget of API requests per user (or address), before any endpoint runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith("/api/"):
            try:
                check_rate(request, "api")
            except RateLimited as exc:
                body = {"error": {"code": exc.code, "message": exc.message, "fields": {}}}
                response = JsonResponse(body, status=429)
                response["Retry-After"] = str(exc.retry_after)
                return response
        return self.get_response(request)


class ApiMethodNotAllowedMiddleware:
    """ninja answers a wrong method with a plain-text 405; give it the API's one error shape."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code == 405 and request.path.startswith("/api/"):
            allowed = response.get("Allow", "")
            body = {
                "error": {
                    "code": "method_not_allowed",
                    "message": f"{request.method} is not allowed here (allowed: {allowed}).",
                    "fields": {},
                }
            }
            json_response = JsonResponse(body, status=405)
            json_response["Allow"] = allowed
            return json_response
        return response
