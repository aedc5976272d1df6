from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from tests.factories import DoctorFactory, QuestionFactory, UserFactory, make_answer
from weighin.core.errors import Conflict, InvalidInput, NotAllowed
from weighin.doctors.models import DoctorProfile
from weighin.moderation.models import AuditEntry, Flag
from weighin.moderation.services import (
    ban_user,
    dismiss_flag,
    flag_content,
    hide_answer,
    hide_question,
    restore_answer,
    restore_question,
)
from weighin.qa.counters import live_counts, recount
from weighin.qa.models import Question
from weighin.qa.services import agree, ask_question, thank


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True)


def test_user_flags_once_while_open(db):
    answer, reporter = make_answer(), UserFactory()
    flag = flag_content(reporter=reporter, answer=answer, reason="dangerous", note="Bad advice")
    assert flag.status == Flag.Status.OPEN
    with pytest.raises(Conflict):
        flag_content(reporter=reporter, answer=answer, reason="spam")
    assert Flag.objects.count() == 1


@pytest.mark.parametrize(
    ("reason", "note"), [("nonsense", ""), ("spam", "x" * 1001)], ids=["reason", "note"]
)
def test_bad_flag_input_is_refused(db, reason, note):
    with pytest.raises(InvalidInput):
        flag_content(reporter=UserFactory(), question=QuestionFactory(), reason=reason, note=note)
    assert not Flag.objects.exists()


def test_hiding_an_answer_hides_its_followups_and_keeps_counters_exact(db, staff, client):
    question = QuestionFactory()
    doctor, other = DoctorFactory(), DoctorFactory()
    first = make_answer(question, doctor, brief="Hidden brief")
    make_answer(question, doctor, brief="Hidden follow-up")
    kept = make_answer(question, other, brief="Kept brief")
    agree(doctor=other, answer=first)
    thank(user=UserFactory(), answer=first)
    flag_content(reporter=UserFactory(), answer=first, reason="dangerous")

    assert hide_answer(staff=staff, answer=first, note="unsafe dosing") == 2
    question.refresh_from_db()
    assert (question.answer_count, question.weighed_in_count) == (1, 1)
    profile = DoctorProfile.objects.get(user=doctor)
    assert (profile.answer_count, profile.agrees_received, profile.thanks_received) == (0, 0, 0)
    before = live_counts()
    recount()
    assert live_counts() == before
    html = client.get(question.get_absolute_url()).content.decode()
    assert "Hidden brief" not in html and "Hidden follow-up" not in html and kept.brief in html
    assert "1 doctor weighed in" in html
    assert Flag.objects.get().status == Flag.Status.ACTIONED
    entry = AuditEntry.objects.get(action="hide")
    assert entry.actor == staff and entry.before["is_hidden"] is False and entry.note

    restore_answer(staff=staff, answer=first)
    question.refresh_from_db()
    assert (question.answer_count, question.weighed_in_count) == (3, 2)
    before = live_counts()
    recount()
    assert live_counts() == before


def test_hidden_answer_cannot_be_agreed_or_thanked(db, staff):
    answer = make_answer()
    hide_answer(staff=staff, answer=answer)
    answer.refresh_from_db()
    with pytest.raises(NotAllowed):
        agree(doctor=DoctorFactory(), answer=answer)
    with pytest.raises(NotAllowed):
        thank(user=UserFactory(), answer=answer)


def test_hidden_question_is_404_for_the_public_but_not_the_asker(db, staff, client):
    question = QuestionFactory()
    hide_question(staff=staff, question=question)
    assert client.get(question.get_absolute_url()).status_code == 404
    assert client.get(f"/api/v1/questions/{question.pk}").status_code == 404
    assert question.title not in client.get("/api/v1/questions").content.decode()
    client.force_login(question.asker)
    assert b"A moderator removed this question" in client.get(question.get_absolute_url()).content
    restore_question(staff=staff, question=question)
    client.logout()
    assert client.get(question.get_absolute_url()).status_code == 200


def test_new_account_with_a_link_is_held_until_approved(db, staff, client):
    newbie = UserFactory()
    question = ask_question(
        asker=newbie, title="Is this supplement any good? www.pills.example/buy"
    )
    assert question.status == Question.Status.HELD
    assert client.get(question.get_absolute_url()).status_code == 404
    older = UserFactory()
    type(older).objects.filter(pk=older.pk).update(date_joined=timezone.now() - timedelta(days=30))
    older.refresh_from_db()
    ok = ask_question(asker=older, title="Is the advice at https://medlineplus.gov/ reliable?")
    assert ok.status == Question.Status.PUBLISHED
    assert ask_question(asker=newbie, title="Why do my ears ring at night?").is_published
    restore_question(staff=staff, question=question)
    question.refresh_from_db()
    assert question.is_published
    assert AuditEntry.objects.filter(action="approve").exists()


def test_dismiss_tells_the_reporter(db, staff, django_capture_on_commit_callbacks):
    reporter = UserFactory()
    flag = flag_content(reporter=reporter, question=QuestionFactory(), reason="spam")
    with django_capture_on_commit_callbacks(execute=True):
        dismiss_flag(staff=staff, flag=flag)
    flag.refresh_from_db()
    assert flag.status == Flag.Status.DISMISSED and flag.resolved_by == staff
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [reporter.email]
    assert "no action was needed" in mail.outbox[0].body
    with pytest.raises(Conflict):
        dismiss_flag(staff=staff, flag=flag)


def test_only_staff_moderate(db):
    answer, user = make_answer(), UserFactory()
    for action in (
        lambda: hide_answer(staff=user, answer=answer),
        lambda: hide_question(staff=user, question=answer.question),
        lambda: ban_user(staff=user, user=UserFactory()),
    ):
        with pytest.raises(NotAllowed):
            action()
    assert not AuditEntry.objects.exists()


def test_ban_deactivates_and_is_audited(db, staff, client):
    user = UserFactory()
    ban_user(staff=staff, user=user, note="spam account")
    user.refresh_from_db()
    assert not user.is_active
    assert AuditEntry.objects.get(action="ban").after == {"is_active": False}
    with pytest.raises(Conflict):
        ban_user(staff=staff, user=user)


def test_report_form_and_queue_pages(db, staff, client):
    answer = make_answer(brief="A questionable brief")
    client.force_login(UserFactory())
    assert client.get(f"/report/answer/{answer.pk}/").status_code == 200
    response = client.post(f"/report/answer/{answer.pk}/", {"reason": "dangerous", "note": "Hm"})
    assert response.status_code == 200 and b"Thank you for your report" in response.content
    assert client.post(f"/report/answer/{answer.pk}/", {"reason": "bogus"}).status_code == 400
    assert client.get("/moderation/").status_code == 302  # not staff: to the login page
    client.force_login(staff)
    html = client.get("/moderation/").content.decode()
    assert "A questionable brief" in html and "Medically dangerous" in html
    response = client.post(f"/moderation/answer/{answer.pk}/hide", {"note": "checked"})
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.is_hidden
    assert "hide" in client.get("/moderation/audit/").content.decode()


def test_revision_history_shows_a_diff(db, staff, client):
    question = QuestionFactory(title="Is coffee bad for my heart?")
    from weighin.qa.services import edit_question

    edit_question(user=staff, question=question, title="Is coffee <b>bad</b> for my heart rhythm?")
    assert AuditEntry.objects.get(action="edit").before["title"] == "Is coffee bad for my heart?"
    client.force_login(staff)
    html = client.get(f"/moderation/history/question/{question.pk}/").content.decode()
    assert "<ins>&lt;b&gt;bad&lt;/b&gt;</ins>" in html
    assert "<del>" in html and "rhythm?" in html
    client.force_login(UserFactory())
    assert client.get(f"/moderation/history/question/{question.pk}/").status_code == 302


def test_verifying_a_doctor_in_the_admin_is_audited(db, staff):
    from weighin.doctors.services import set_verified

    doctor = DoctorFactory(verified=False)
    n = set_verified(staff=staff, profiles=DoctorProfile.objects.filter(user=doctor), verified=True)
    assert n == 1
    assert DoctorProfile.objects.get(user=doctor).verified
    assert AuditEntry.objects.get(action="verify").actor == staff


def test_reporters_are_told_by_a_queued_task_when_a_worker_runs(transactional_db, settings):
    """With the database task backend the moderator's action only queues the email; the
    worker (`manage.py db_worker`, which closes connections between tasks: hence real
    commits here) sends it."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    reporter = UserFactory()
    flag = flag_content(reporter=reporter, question=QuestionFactory(), reason="spam")
    dismiss_flag(staff=UserFactory(is_staff=True), flag=flag)
    assert mail.outbox == []
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert [m.to for m in mail.outbox] == [[reporter.email]]
    assert "no action was needed" in mail.outbox[0].body
