import difflib

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from weighin.core.errors import InvalidInput
from weighin.core.ratelimits import check_rate
from weighin.moderation import selectors, services
from weighin.moderation.forms import FlagForm
from weighin.moderation.models import Flag
from weighin.qa.models import Answer, Question

TARGETS = {"question": Question, "answer": Answer}


def _target(kind: str, pk: int):
    """What may be reported: published questions and visible answers on them."""
    if kind not in TARGETS:
        raise Http404("Nothing to report here.")
    if kind == "answer":
        qs = Answer.objects.select_related("question").filter(is_hidden=False)
        qs = qs.filter(question__status=Question.Status.PUBLISHED)
    else:
        qs = Question.objects.filter(status=Question.Status.PUBLISHED)
    return get_object_or_404(qs, pk=pk)


@login_required
def report(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    target = _target(kind, pk)  # before anything renders: hidden content is "not found"
    form = FlagForm(request.POST or None)
    context = {"form": form, "target": target, "kind": kind}
    if request.method == "POST":
        check_rate(request, "flag")
        if form.is_valid():
            try:
                services.flag_content(reporter=request.user, **{kind: target}, **form.cleaned_data)
            except InvalidInput as error:
                form.add_error(None, error.message)
            else:
                return render(request, "moderation/reported.html", context)
        return render(request, "moderation/report.html", context, status=400)
    return render(request, "moderation/report.html", context)


@login_required
def my_reports(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.reports_by(request.user), 20).get_page(request.GET.get("page"))
    return render(request, "moderation/my_reports.html", {"flags": page})


@staff_member_required
def queue(request: HttpRequest) -> HttpResponse:
    return render(request, "moderation/queue.html", {"items": selectors.queue()})


ACTIONS = {
    ("question", "hide"): lambda s, t, n: services.hide_question(staff=s, question=t, note=n),
    ("question", "restore"): lambda s, t, n: services.restore_question(staff=s, question=t, note=n),
    ("answer", "hide"): lambda s, t, n: services.hide_answer(staff=s, answer=t, note=n),
    ("answer", "restore"): lambda s, t, n: services.restore_answer(staff=s, answer=t, note=n),
}


@require_POST
@staff_member_required
def act(request: HttpRequest, kind: str, pk: int, action: str) -> HttpResponse:
    if (kind, action) not in ACTIONS or kind not in TARGETS:
        raise Http404("No such action.")
    target = get_object_or_404(TARGETS[kind], pk=pk)
    ACTIONS[(kind, action)](request.user, target, request.POST.get("note", ""))
    return redirect("moderation_queue")


@require_POST
@staff_member_required
def dismiss(request: HttpRequest, pk: int) -> HttpResponse:
    flag = get_object_or_404(Flag.objects.select_related("question", "answer"), pk=pk)
    services.dismiss_flag(staff=request.user, flag=flag, note=request.POST.get("note", ""))
    return redirect("moderation_queue")


@require_POST
@staff_member_required
def ban(request: HttpRequest, pk: int) -> HttpResponse:
    user = get_object_or_404(get_user_model(), pk=pk)
    services.ban_user(staff=request.user, user=user, note=request.POST.get("note", ""))
    return redirect("moderation_queue")


@staff_member_required
def history(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    if kind not in TARGETS:
        raise Http404("No history here.")
    target = get_object_or_404(TARGETS[kind], pk=pk)
    revisions = selectors.revisions(target)
    for rev in revisions:
        rev.diffs = [(c.field, word_diff(str(c.old or ""), str(c.new or ""))) for c in rev.changes]
    context = {"target": target, "kind": kind, "revisions": revisions}
    return render(request, "moderation/history.html", context)


def word_diff(old: str, new: str):
    """Escaped text with <del>/<ins> around the words that changed."""
    a, b = old.split(" "), new.split(" ")
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            out.append(f"<del>{escape(' '.join(a[i1:i2]))}</del>")
        if op in ("insert", "replace"):
            out.append(f"<ins>{escape(' '.join(b[j1:j2]))}</ins>")
        if op == "equal":
            out.append(escape(" ".join(a[i1:i2])))
    return mark_safe(" ".join(out))  # noqa: S308 - every piece is escaped above


@staff_member_required
def audit(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.audit_log(), 50).get_page(request.GET.get("page"))
    return render(request, "moderation/audit.html", {"entries": page})
