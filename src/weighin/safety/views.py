from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.template.loader import render_to_string
from django.views.decorators.http import require_POST

from weighin.safety.screening import screen

FIELDS = ("title", "details", "brief", "body")
MAX_CHARS = 10_000


@require_POST
@login_required
def check(request: HttpRequest) -> JsonResponse:
    """Screen a post while it is being written: the emergency banner and the personal
    information warning, rendered by the same templates as the form's own steps. POST, so
    the text stays out of URLs and server logs."""
    fields = {f: request.POST.get(f, "")[:MAX_CHARS] for f in FIELDS if f in request.POST}
    screening = screen(**fields)
    alert = screening.is_emergency or screening.is_self_harm
    data = screening.as_json()
    data["banner_html"] = (
        render_to_string(
            "safety/_emergency_banner.html",
            {"self_harm": screening.is_self_harm},
            request=request,
        )
        if alert
        else ""
    )
    data["personal_info_html"] = (
        render_to_string("safety/_personal_info.html", {"screening": screening}, request=request)
        if screening.has_personal_info
        else ""
    )
    return JsonResponse(data)
