from allauth.account.views import LoginView, SignupView
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from weighin.accounts import services
from weighin.accounts.privacy import delete_account, user_data
from weighin.core.errors import InvalidInput
from weighin.core.ratelimits import check_rate


def _limited(view, group: str):
    """allauth's view, with our rate limit counted on each POST (a 429 page past it)."""

    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method == "POST":
            check_rate(request, group)
        return view(request, *args, **kwargs)

    return wrapper


login = _limited(LoginView.as_view(), "login")
signup = _limited(SignupView.as_view(), "signup")


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


@login_required
def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/privacy.html", {"error": None})


@login_required
def download_my_data(request: HttpRequest) -> HttpResponse:
    response = JsonResponse(user_data(request.user), json_dumps_params={"indent": 2})
    response["Content-Disposition"] = 'attachment; filename="weighin-my-data.json"'
    return response


@require_POST
@login_required
def delete_my_account(request: HttpRequest) -> HttpResponse:
    try:
        delete_account(user=request.user, password=request.POST.get("password", ""))
    except InvalidInput as error:
        return render(request, "accounts/privacy.html", {"error": error.message}, status=400)
    logout(request)
    messages.success(request, "Your account was deleted. Your questions stay, without your name.")
    return redirect("home")
