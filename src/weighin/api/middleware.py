from django.http import HttpRequest, HttpResponse, JsonResponse


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
