"""Staff actions on content and people, and the flags that lead to them.

Every action is checked (staff only), done in one transaction with the audit entry that
records it, and resolves the open flags on its target; reporters are emailed the outcome by a
background task queued after the commit (moderation/tasks.py)."""

from django.db import IntegrityError, transaction
from django.db.models import Count, F, Sum
from django.utils import timezone

from weighin.core.errors import Conflict, InvalidInput, NotAllowed
from weighin.doctors.models import DoctorProfile
from weighin.moderation.audit import record
from weighin.moderation.models import AuditEntry, Flag
from weighin.moderation.tasks import tell_reporters
from weighin.qa.models import Answer, Question
from weighin.search.indexing import index_question

NOTE_MAX = 1000


def _require_staff(user) -> None:
    if not (user and user.is_authenticated and user.is_staff):
        raise NotAllowed("Only moderators can do that.")


@transaction.atomic
def flag_content(*, reporter, reason: str, note: str = "", question=None, answer=None) -> Flag:
    """Any signed-in user reports a published question or a visible answer, once while open."""
    if not (reporter and reporter.is_authenticated):
        raise NotAllowed("Sign in to report content.")
    shown = (
        question.is_published
        if question
        else (not answer.is_hidden and answer.question.is_published)
    )
    if not shown:
        raise NotAllowed("This has already been removed or is waiting for a moderator.")
    if reason not in Flag.Reason.values:
        choices = ", ".join(Flag.Reason.values)
        raise InvalidInput(f"Choose a reason: {choices}.", fields={"reason": ["Invalid choice."]})
    note = (note or "").strip()
    if len(note) > NOTE_MAX:
        raise InvalidInput(
            f"Keep the note to {NOTE_MAX:,} characters.", fields={"note": ["Too long."]}
        )
    try:
        with transaction.atomic():
            return Flag.objects.create(
                reporter=reporter, reason=reason, note=note, question=question, answer=answer
            )
    except IntegrityError:
        raise Conflict("You have already reported this; a moderator will look at it.") from None


def _resolve_flags(*, staff, status: str, outcome: str, question=None, answer=None) -> None:
    flags = Flag.objects.select_related("reporter").filter(
        status=Flag.Status.OPEN, question=question, answer=answer
    )
    reporters = [f.reporter.email for f in flags if f.reporter.is_active]
    flags.update(status=status, outcome=outcome, resolved_by=staff, resolved_at=timezone.now())
    if reporters:
        transaction.on_commit(lambda: tell_reporters.enqueue(reporters, outcome))


def _set_question_status(*, staff, question: Question, status: str, action: str, note: str):
    _require_staff(staff)
    before = {"status": question.status}
    was_published = question.is_published
    Question.objects.filter(pk=question.pk).update(status=status)
    question.status = status
    if was_published != question.is_published:
        _move_profile_counters(question, +1 if question.is_published else -1)
    # Lists cache related questions under the search generation: rewrite the document
    # (which bumps it) so no cached list keeps a question that is no longer shown.
    transaction.on_commit(lambda: index_question(question.pk), robust=True)
    record(
        actor=staff,
        action=action,
        target=question,
        before=before,
        after={"status": status},
        note=note,
    )


@transaction.atomic
def hide_question(*, staff, question: Question, note: str = "") -> None:
    _set_question_status(
        staff=staff, question=question, status=Question.Status.HIDDEN, action="hide", note=note
    )
    _resolve_flags(
        staff=staff,
        status=Flag.Status.ACTIONED,
        question=question,
        outcome="the question was removed.",
    )


@transaction.atomic
def restore_question(*, staff, question: Question, note: str = "") -> None:
    """Publish a held question, or bring back a hidden one."""
    action = "approve" if question.status == Question.Status.HELD else "restore"
    _set_question_status(
        staff=staff, question=question, status=Question.Status.PUBLISHED, action=action, note=note
    )


def _move_profile_counters(question: Question, sign: int) -> None:
    """Doctors' counters count answers that are shown: a question leaving or coming back
    to the public takes its visible answers with it."""
    rows = (
        Answer.objects.filter(question=question, is_hidden=False, author__isnull=False)
        .values("author_id")
        .annotate(n=Count("pk"), a=Sum("agree_count"), t=Sum("thank_count"))
    )
    for row in rows:
        DoctorProfile.objects.filter(user_id=row["author_id"]).update(
            answer_count=F("answer_count") + sign * row["n"],
            agrees_received=F("agrees_received") + sign * (row["a"] or 0),
            thanks_received=F("thanks_received") + sign * (row["t"] or 0),
        )


def _answer_rows(answer: Answer, hidden: bool) -> list[Answer]:
    """The answer and, for a doctor's first answer, its follow-ups: they show under it, so
    they go with it, and come back with it only if they went with it (a follow-up hidden on
    its own stays hidden). Locked, so two moderators cannot count twice."""
    ids = [answer.pk]
    if answer.parent_id is None and hidden:
        ids += list(Answer.objects.filter(parent_id=answer.pk).values_list("pk", flat=True))
    elif answer.parent_id is None:
        last_hide = (
            AuditEntry.objects.filter(action="hide", target_type="answer", target_id=str(answer.pk))
            .order_by("-created_at", "-id")
            .first()
        )
        ids += last_hide.after.get("rows", []) if last_hide else []
    qs = Answer.objects.select_for_update().filter(pk__in=ids, is_hidden=not hidden)
    return list(qs.order_by("pk"))


def _set_answer_hidden(*, staff, answer: Answer, hidden: bool, note: str) -> int:
    _require_staff(staff)
    rows = _answer_rows(answer, hidden)
    if not rows:
        return 0
    ids = [a.pk for a in rows]
    Answer.objects.filter(pk__in=ids).update(is_hidden=hidden)
    sign = -1 if hidden else 1
    n = len(rows)
    first_by_doctor = answer.parent_id is None and answer.author_id is not None
    first_changed = any(a.pk == answer.pk for a in rows)
    Question.objects.filter(pk=answer.question_id).update(
        answer_count=F("answer_count") + sign * n,
        weighed_in_count=F("weighed_in_count") + sign * int(first_by_doctor and first_changed),
    )
    published = Question.objects.filter(
        pk=answer.question_id, status=Question.Status.PUBLISHED
    ).exists()
    if answer.author_id and published:  # profiles count only what is shown
        sums = Answer.objects.filter(pk__in=ids).aggregate(
            a=Sum("agree_count"), t=Sum("thank_count")
        )
        DoctorProfile.objects.filter(user_id=answer.author_id).update(
            answer_count=F("answer_count") + sign * n,
            agrees_received=F("agrees_received") + sign * (sums["a"] or 0),
            thanks_received=F("thanks_received") + sign * (sums["t"] or 0),
        )
    # The search index holds answer text: rewrite this question's document after commit.
    transaction.on_commit(lambda: index_question(answer.question_id), robust=True)
    record(
        actor=staff,
        action="hide" if hidden else "restore",
        target=answer,
        before={"is_hidden": not hidden, "rows": ids},
        after={"is_hidden": hidden, "rows": ids},
        note=note,
    )
    return n


@transaction.atomic
def hide_answer(*, staff, answer: Answer, note: str = "") -> int:
    n = _set_answer_hidden(staff=staff, answer=answer, hidden=True, note=note)
    _resolve_flags(
        staff=staff, status=Flag.Status.ACTIONED, answer=answer, outcome="the answer was removed."
    )
    return n


@transaction.atomic
def restore_answer(*, staff, answer: Answer, note: str = "") -> int:
    return _set_answer_hidden(staff=staff, answer=answer, hidden=False, note=note)


@transaction.atomic
def dismiss_flag(*, staff, flag: Flag, note: str = "") -> None:
    _require_staff(staff)
    if flag.status != Flag.Status.OPEN:
        raise Conflict("This report was already handled.")
    before = {"status": flag.status}
    _resolve_flags(
        staff=staff,
        status=Flag.Status.DISMISSED,
        question=flag.question,
        answer=flag.answer,
        outcome="no action was needed; the content follows our guidelines.",
    )
    record(
        actor=staff,
        action="dismiss",
        target=flag,
        before=before,
        after={"status": Flag.Status.DISMISSED},
        note=note,
    )


@transaction.atomic
def ban_user(*, staff, user, note: str = "") -> None:
    """Deactivate an account: it can no longer sign in or use its API tokens. Its content
    stays until moderators hide it."""
    _require_staff(staff)
    if user.is_staff:
        raise NotAllowed("Staff accounts cannot be banned here; use the admin.")
    if not user.is_active:
        raise Conflict("This account is already banned.")
    type(user).objects.filter(pk=user.pk).update(is_active=False)
    user.is_active = False
    record(
        actor=staff,
        action="ban",
        target=user,
        before={"is_active": True},
        after={"is_active": False},
        note=note,
    )
