"""Regressions from the security and integrity review: hidden content stays hidden on every
path, and counters stay what `recount` says whatever order moderation and reactions come in."""

import pytest

from tests.factories import PASSWORD, DoctorFactory, QuestionFactory, UserFactory, make_answer
from weighin.accounts.services import create_api_token
from weighin.core.errors import NotAllowed
from weighin.doctors.models import DoctorProfile
from weighin.moderation.services import (
    flag_content,
    hide_answer,
    hide_question,
    restore_answer,
    restore_question,
)
from weighin.qa.counters import live_counts, recount
from weighin.qa.models import Answer, Question
from weighin.qa.services import agree, ask_question, edit_question, thank, withdraw_agreement


def assert_counters_exact() -> None:
    before = live_counts()
    recount()
    assert live_counts() == before


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True)


@pytest.fixture
def hidden_question(staff):
    question = QuestionFactory(title="A secret question about my diagnosis?", details="Private")
    make_answer(question)
    hide_question(staff=staff, question=question)
    return question


def test_hidden_question_is_404_on_every_path(hidden_question, client):
    q = hidden_question
    client.force_login(UserFactory())
    for response in (
        client.get(f"/questions/{q.pk}/"),
        client.post(f"/questions/{q.pk}/answer", {"brief": "", "body": ""}),
        client.get(f"/report/question/{q.pk}/"),
    ):
        assert response.status_code == 404
        assert b"secret-question" not in response.content
        assert "Location" not in response.headers
    answer = Answer.objects.get(question=q)
    client.force_login(DoctorFactory())
    response = client.post(f"/answers/{answer.pk}/edit", {"brief": "", "body": ""})
    assert response.status_code == 403 and b"A secret question" not in response.content


def test_flagging_hidden_content_is_refused(hidden_question):
    with pytest.raises(NotAllowed):
        flag_content(reporter=UserFactory(), question=hidden_question, reason="spam")


def test_withdrawing_on_a_hidden_answer_keeps_counters_exact(db, staff, client):
    answer, patient, doctor = make_answer(), UserFactory(), DoctorFactory()
    thank(user=patient, answer=answer)
    agree(doctor=doctor, answer=answer)
    hide_answer(staff=staff, answer=answer)
    withdraw_agreement(doctor=doctor, answer=Answer.objects.get(pk=answer.pk))
    assert_counters_exact()
    client.force_login(patient)
    assert client.post("/settings/privacy/delete", {"password": PASSWORD}).status_code == 302
    assert_counters_exact()
    restore_answer(staff=staff, answer=answer)
    assert_counters_exact()


def test_hiding_a_question_takes_its_answers_out_of_the_doctors_counts(db, staff):
    answer = make_answer()
    agree(doctor=DoctorFactory(), answer=answer)
    hide_question(staff=staff, question=answer.question)
    profile = DoctorProfile.objects.get(user=answer.author)
    assert (profile.answer_count, profile.agrees_received) == (0, 0)
    assert_counters_exact()
    restore_question(staff=staff, question=answer.question)
    assert_counters_exact()
    assert DoctorProfile.objects.get(user=answer.author).answer_count == 1


def test_restoring_a_first_answer_leaves_a_separately_hidden_followup_hidden(db, staff):
    question, doctor = QuestionFactory(), DoctorFactory()
    first = make_answer(question, doctor)
    followup = make_answer(question, doctor, brief="Separately removed")
    hide_answer(staff=staff, answer=followup)
    hide_answer(staff=staff, answer=first)
    restore_answer(staff=staff, answer=first)
    assert not Answer.objects.get(pk=first.pk).is_hidden
    assert Answer.objects.get(pk=followup.pk).is_hidden
    assert_counters_exact()


def test_related_questions_drop_a_question_once_hidden(db, staff, client):
    from tests.factories import TopicFactory
    from weighin.search.indexing import index_questions

    topic = TopicFactory(name="Kidneys")
    one = QuestionFactory(title="Why do kidney stones come back?")
    two = QuestionFactory(title="What foods cause kidney stones?")
    for q in (one, two):
        q.topics.add(topic)
        make_answer(q)
    index_questions([one.pk, two.pk])
    assert "What foods cause kidney stones?" in client.get(one.get_absolute_url()).content.decode()
    hide_question(staff=staff, question=two)
    index_questions([two.pk])  # what the on-commit hook does after the real commit
    assert (
        "What foods cause kidney stones?" not in client.get(one.get_absolute_url()).content.decode()
    )


def test_a_new_account_editing_a_link_in_is_held(db):
    newbie = UserFactory()
    question = ask_question(asker=newbie, title="Why does my back ache in the morning?")
    edit_question(
        user=newbie, question=question, title=question.title, details="see www.pills.example/buy"
    )
    assert Question.objects.get(pk=question.pk).status == Question.Status.HELD


def test_staff_can_edit_a_hidden_answer_through_the_api_and_its_author_cannot(db, staff, client):
    answer = make_answer()
    hide_answer(staff=staff, answer=answer)
    _, author_token = create_api_token(user=answer.author, name="a")
    _, staff_token = create_api_token(user=staff, name="s")
    body = {"brief": "Edited by staff"}
    response = client.patch(
        f"/api/v1/answers/{answer.pk}",
        body,
        content_type="application/json",
        headers={"Authorization": f"Bearer {author_token}"},
    )
    assert response.status_code == 403
    response = client.patch(
        f"/api/v1/answers/{answer.pk}",
        body,
        content_type="application/json",
        headers={"Authorization": f"Bearer {staff_token}"},
    )
    assert response.status_code == 200 and response.json()["brief"] == "Edited by staff"


def test_nul_bytes_are_clear_refusals_not_errors(db, client):
    assert client.get("/api/v1/doctors?specialty=%00").json()["results"] == []
    _, raw = create_api_token(user=UserFactory(), name="t")
    response = client.post(
        "/api/v1/questions",
        {"title": "Why does my wrist click?", "topics": ["\u0000"]},
        content_type="application/json",
        headers={"Authorization": f"Bearer {raw}"},
    )
    assert response.status_code == 400 and "topics" in response.json()["error"]["fields"]
    client.force_login(UserFactory())
    assert client.post("/settings/api-tokens/", {"name": "bad\x00name"}).status_code == 400


def test_deleting_a_doctor_account_unlinks_the_questions_they_asked(db, client):
    doctor = DoctorFactory()
    question = QuestionFactory(asker=doctor)
    client.force_login(doctor)
    client.post("/settings/privacy/delete", {"password": PASSWORD})
    assert Question.objects.get(pk=question.pk).asker is None


def test_api_budget_is_per_token_not_per_address(db, client, rate_limits):
    rate_limits(api="2/m")
    _, first = create_api_token(user=UserFactory(), name="one")
    _, second = create_api_token(user=UserFactory(), name="two")

    def topics(raw: str) -> int:
        return client.get("/api/v1/topics", headers={"Authorization": f"Bearer {raw}"}).status_code

    assert [topics(first), topics(first), topics(first)] == [200, 200, 429]
    assert topics(second) == 200


def test_admin_cannot_delete_agreements_or_answers(db, staff, client):
    staff.is_superuser = True
    staff.save()
    answer = make_answer()
    agreement = agree(doctor=DoctorFactory(), answer=answer)
    client.force_login(staff)
    assert client.get(f"/admin/qa/agreement/{agreement.pk}/delete/").status_code == 403
    assert client.get(f"/admin/qa/answer/{answer.pk}/delete/").status_code == 403
