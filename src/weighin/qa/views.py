from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from weighin.core.errors import InvalidInput, NotAllowed
from weighin.core.middleware import wants_json
from weighin.core.ratelimits import check_rate
from weighin.doctors.models import Specialty
from weighin.doctors.permissions import is_verified_doctor
from weighin.qa import ask_flow, selectors, services
from weighin.qa.forms import AnswerForm, AskForm, add_service_errors
from weighin.qa.models import Answer, Question, Topic
from weighin.qa.permissions import (
    can_answer,
    can_edit_answer,
    can_edit_question,
    can_view_question,
)
from weighin.qa.services.validation import PERSONAL_INFO_CHOICES
from weighin.safety.screening import screen


def _page(request: HttpRequest, queryset, per_page: int = 20):
    return Paginator(selectors.with_topics(queryset), per_page).get_page(request.GET.get("page"))


def home(request: HttpRequest) -> HttpResponse:
    context = {
        "recent": _page(request, selectors.answered_questions(), 10),
        "top_answers": selectors.most_agreed_answers(),
    }
    return render(request, "qa/home.html", context)


def _visible_question(request: HttpRequest, question_id: int) -> Question:
    """The question if this user may see it; held and hidden ones are 'not found' to others,
    on every path (their slug alone can say too much)."""
    question = selectors.question_by_id(question_id)
    if question is None or not can_view_question(request.user, question):
        raise Http404("No such question.")
    return question


def question_redirect(request: HttpRequest, question_id: int) -> HttpResponse:
    return redirect(_visible_question(request, question_id), permanent=True)


def _render_question(
    request, question, answer_form=None, status=200, screening=None
) -> HttpResponse:
    page = selectors.question_page(question, request.user, show_all="all" in request.GET)
    context = {
        "page": page,
        "q": question,
        "can_answer": can_answer(request.user, question),
        "can_edit": can_edit_question(request.user, question),
        "answer_form": answer_form or AnswerForm(),
        "screening": screening,
    }
    return render(request, "qa/question.html", context, status=status)


def question_detail(request: HttpRequest, question_id: int, slug: str) -> HttpResponse:
    question = _visible_question(request, question_id)
    if slug != question.slug:
        return redirect(question, permanent=True)
    return _render_question(request, question)


@login_required
def ask(request: HttpRequest) -> HttpResponse:
    form = AskForm(request.POST or None, initial={"title": request.GET.get("title", "")[:200]})
    if request.method != "POST":
        return render(request, "qa/ask.html", {"form": form})
    if not form.is_valid():
        return render(request, "qa/ask.html", {"form": form}, status=400)
    data = form.cleaned_data
    review = ask_flow.review(title=data["title"], details=data["details"], post=request.POST)
    if not review.ready:
        return render(request, "qa/ask.html", {"form": form, "review": review})
    check_rate(request, "ask")  # counted when a question would really be written
    try:
        question = services.ask_question(
            asker=request.user,
            title=data["title"],
            details=data["details"],
            topics=form.topic_slugs(),
            personal_info=review.personal_info or "keep",
        )
    except InvalidInput as error:
        add_service_errors(form, error)
        return render(request, "qa/ask.html", {"form": form, "review": review}, status=400)
    return redirect(question)


@login_required
def edit_question(request: HttpRequest, question_id: int) -> HttpResponse:
    question = get_object_or_404(Question, pk=question_id)
    if not can_edit_question(request.user, question):
        raise NotAllowed("Only the person who asked can edit this question, and only for a while.")
    initial = {
        "title": question.title,
        "details": question.details,
        "topics": list(question.topics.all()),
    }
    form = AskForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if form.is_valid():
            try:
                services.edit_question(
                    user=request.user,
                    question=question,
                    title=form.cleaned_data["title"],
                    details=form.cleaned_data["details"],
                    topics=form.topic_slugs(),
                )
            except InvalidInput as error:
                add_service_errors(form, error)
            else:
                return redirect(question)
        return render(request, "qa/edit_question.html", {"form": form, "q": question}, status=400)
    return render(request, "qa/edit_question.html", {"form": form, "q": question})


@require_POST
@login_required
def post_answer(request: HttpRequest, question_id: int) -> HttpResponse:
    question = _visible_question(request, question_id)
    if not can_answer(request.user, question):
        raise NotAllowed("Only verified doctors can answer published questions.")
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return _render_question(request, question, answer_form=form, status=400)
    choice = request.POST.get("personal_info", "")
    screening = screen(**form.cleaned_data)
    if screening.has_personal_info and choice not in PERSONAL_INFO_CHOICES:
        # A step, not an error: show what was found and let the doctor mask or keep it.
        return _render_question(request, question, answer_form=form, screening=screening)
    check_rate(request, "answer")
    try:
        answer = services.post_answer(
            doctor=request.user,
            question=question,
            personal_info=choice or "keep",
            **form.cleaned_data,
        )
    except InvalidInput as error:
        add_service_errors(form, error)
        return _render_question(request, question, answer_form=form, status=400)
    return redirect(answer.get_absolute_url())


@login_required
def edit_answer(request: HttpRequest, answer_id: int) -> HttpResponse:
    answer = get_object_or_404(Answer.objects.select_related("question"), pk=answer_id)
    if not can_edit_answer(request.user, answer):
        raise NotAllowed("Only the doctor who wrote this answer can edit it, and only for a while.")
    form = AnswerForm(request.POST or None, initial={"brief": answer.brief, "body": answer.body})
    context = {"form": form, "answer": answer, "q": answer.question}
    if request.method == "POST":
        if form.is_valid():
            try:
                services.edit_answer(user=request.user, answer=answer, **form.cleaned_data)
            except InvalidInput as error:
                add_service_errors(form, error)
            else:
                return redirect(answer.get_absolute_url())
        return render(request, "qa/edit_answer.html", context, status=400)
    return render(request, "qa/edit_answer.html", context)


REACTIONS = {
    "agree": lambda user, answer: services.agree(doctor=user, answer=answer),
    "unagree": lambda user, answer: services.withdraw_agreement(doctor=user, answer=answer),
    "thank": lambda user, answer: services.thank(user=user, answer=answer),
    "unthank": lambda user, answer: services.withdraw_thanks(user=user, answer=answer),
}


@require_POST
def react(request: HttpRequest, answer_id: int, action: str) -> HttpResponse:
    """Agree, thank and their withdrawal: a plain form post (redirect back) or, from the
    page's script, a fetch that gets the new counts as JSON."""
    if action not in REACTIONS:
        raise Http404("No such action.")
    if not request.user.is_authenticated:
        raise NotAllowed("Sign in first.")
    check_rate(request, "react")
    answer = get_object_or_404(Answer.objects.select_related("question"), pk=answer_id)
    REACTIONS[action](request.user, answer)
    if wants_json(request):
        fresh = Answer.objects.get(pk=answer.pk)
        return JsonResponse(
            {
                "answer": fresh.pk,
                "agree_count": fresh.agree_count,
                "thank_count": fresh.thank_count,
                "agreed": {"agree": True, "unagree": False}.get(action),
                "thanked": {"thank": True, "unthank": False}.get(action),
            }
        )
    return redirect(answer.get_absolute_url())


def topics(request: HttpRequest) -> HttpResponse:
    return render(request, "qa/topics.html", {"topics": Topic.objects.order_by("name")})


def topic(request: HttpRequest, slug: str) -> HttpResponse:
    topic = get_object_or_404(Topic, slug=slug)
    page = _page(request, selectors.topic_questions(topic))
    return render(request, "qa/topic.html", {"topic": topic, "questions": page})


@login_required
def my_questions(request: HttpRequest) -> HttpResponse:
    page = _page(request, selectors.questions_of(request.user))
    return render(request, "qa/my_questions.html", {"questions": page})


@login_required
def unanswered(request: HttpRequest) -> HttpResponse:
    if not (is_verified_doctor(request.user) or request.user.is_staff):
        raise NotAllowed("The unanswered queue is for verified doctors.")
    specialty, topic_slug = request.GET.get("specialty") or None, request.GET.get("topic") or None
    qs = selectors.unanswered_questions(specialty_slug=specialty, topic_slug=topic_slug)
    context = {
        "questions": _page(request, qs),
        "specialties": Specialty.objects.filter(topics__isnull=False).distinct(),
        "topics": Topic.objects.order_by("name"),
        "specialty": specialty,
        "topic": topic_slug,
    }
    return render(request, "qa/unanswered.html", context)
