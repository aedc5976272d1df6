"""The search results page (a plain GET: no session, no CSRF token, no cookie) and the
similar-questions fragment that the ask form's script fetches (a POST from the signed-in
ask form, so the health text being typed stays out of URLs and access logs)."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET, require_POST

from weighin.doctors.models import Specialty
from weighin.qa.models import Topic
from weighin.search.analysis import tokens
from weighin.search.selectors import search, similar_questions

SIMILAR_MIN_WORDS = 3


@require_GET
def search_page(request: HttpRequest) -> HttpResponse:
    params = request.GET
    results = search(
        params.get("q", ""),
        topic=params.get("topic") or None,
        specialty=params.get("specialty") or None,
        answered=params.get("answered") == "1",
        page=params.get("page") or 1,
    )
    context = {
        "results": results,
        "topics": Topic.objects.order_by("name"),
        "specialties": Specialty.objects.filter(topics__isnull=False).distinct().order_by("name"),
        "topic": params.get("topic", ""),
        "specialty": params.get("specialty", ""),
        "answered": params.get("answered") == "1",
    }
    return render(request, "search/results.html", context)


@require_POST
def similar_fragment(request: HttpRequest) -> HttpResponse:
    """Up to five similar questions as an HTML fragment (empty below three words), drawn by
    the same include as the ask form's confirmation step."""
    text = request.POST.get("q", "")
    found = similar_questions(text) if len(tokens(text)) >= SIMILAR_MIN_WORDS else []
    return render(request, "search/_similar.html", {"questions": found, "new_tab": True})
