from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from weighin.accounts import services
from weighin.core.errors import InvalidInput


@login_required
def api_tokens(request: HttpRequest) -> HttpResponse:
    """List the user's tokens; POST creates one and shows its raw value once."""
    context: dict = {"tokens": request.user.api_tokens.all(), "new_token": None, "error": None}
    status = 200
    if request.method == "POST":
        try:
            _, context["new_token"] = services.create_api_token(
                user=request.user, name=request.POST.get("name", "")
            )
        except InvalidInput as error:
            context["error"], status = error.message, 400
    return render(request, "accounts/api_tokens.html", context, status=status)


@require_POST
@login_required
def revoke_api_token(request: HttpRequest, token_id: int) -> HttpResponse:
    services.revoke_api_token(user=request.user, token_id=token_id)
    messages.success(request, "Token revoked.")
    return redirect("api_tokens")
