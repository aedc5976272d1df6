"""Asking, editing, answering and reading a question through the API."""

from datetime import timedelta

from django.test import Client
from django.utils import timezone

from tests.api.conftest import ApiClient, assert_error
from tests.factories import DoctorFactory, QuestionFactory, TopicFactory, UserFactory, make_answer
from weighin.doctors.models import DoctorProfile
from weighin.qa.models import Answer, Question
from weighin.qa.services import agree, thank


def keys_anywhere(value) -> set[str]:
    """Every key of every object nested in a JSON value."""
    if isinstance(value, dict):
        return set(value) | set().union(*(keys_anywhere(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(set(), *(keys_anywhere(v) for v in value))
    return set()


def test_ask_returns_201_with_the_question_and_never_the_asker(as_user, topics):
    asker = UserFactory(email="private.patient@example.test")
    payload = {
        "title": "  Can I take ibuprofen with a cold?  ",
        "details": "Line one\r\nLine two",
        "topics": [topics[0].slug, topics[1].slug, topics[0].slug],
    }
    response = as_user(asker).post("questions", payload)

    assert response.status_code == 201, response.content
    data = response.json()
    question = Question.objects.get()
    assert question.asker == asker
    assert data["id"] == question.pk
    assert data["title"] == "Can I take ibuprofen with a cold?"
    assert data["details"] == "Line one\nLine two"
    assert sorted(t["slug"] for t in data["topics"]) == sorted([topics[0].slug, topics[1].slug])
    assert data["url"] == question.get_absolute_url()
    assert data["answers"] == []
    assert (data["answer_count"], data["weighed_in_count"]) == (0, 0)
    assert data["last_answered_at"] is None
    assert data["disclaimer"]
    assert not {k for k in keys_anywhere(data) if "asker" in k or "email" in k or "user" in k}
    assert b"private.patient@example.test" not in response.content


def test_reads_never_show_the_asker(anon, db):
    asker = UserFactory(email="hidden.asker@example.test")
    question = QuestionFactory(asker=asker)
    make_answer(question=question)
    for response in (anon.get(f"questions/{question.pk}"), anon.get("questions")):
        assert response.status_code == 200
        assert b"hidden.asker@example.test" not in response.content
        assert not {k for k in keys_anywhere(response.json()) if "asker" in k or "email" in k}


def test_asker_edits_a_question_with_patch(as_user, topics):
    question = QuestionFactory(title="An original question title?", details="Old details.")
    question.topics.set([topics[0]])
    api = as_user(question.asker)

    response = api.patch(f"questions/{question.pk}", {"title": "A better question title?"})

    assert response.status_code == 200, response.content
    data = response.json()
    assert data["title"] == "A better question title?"
    assert data["details"] == "Old details."  # fields not sent are kept
    assert [t["slug"] for t in data["topics"]] == [topics[0].slug]
    question.refresh_from_db()
    assert (question.title, question.details) == ("A better question title?", "Old details.")
    assert list(question.topics.all()) == [topics[0]]

    response = api.patch(f"questions/{question.pk}", {"topics": [topics[2].slug], "details": ""})
    assert response.status_code == 200, response.content
    assert [t["slug"] for t in response.json()["topics"]] == [topics[2].slug]
    question.refresh_from_db()
    assert question.details == ""
    assert list(question.topics.all()) == [topics[2]]


def test_patch_validates_like_ask(as_user, question, unchanged):
    with unchanged():
        response = as_user(question.asker).patch(f"questions/{question.pk}", {"title": ""})
    assert_error(response, 400, "invalid", "title")


def test_asker_cannot_edit_after_the_edit_window(as_user, question, unchanged, settings):
    Question.objects.filter(pk=question.pk).update(
        created_at=timezone.now() - timedelta(minutes=settings.WEIGHIN_EDIT_WINDOW_MINUTES + 1)
    )
    with unchanged():
        response = as_user(question.asker).patch(
            f"questions/{question.pk}", {"title": "Too late to change this title?"}
        )
    assert_error(response, 403, "not_allowed")


def test_doctor_answers_with_201(as_user, question):
    doctor = DoctorFactory()
    profile = doctor.doctor_profile
    response = as_user(doctor).post(
        f"questions/{question.pk}/answers",
        {"brief": "Rest and fluids.", "body": "Most colds pass in a week."},
    )

    assert response.status_code == 201, response.content
    data = response.json()
    answer = Answer.objects.get()
    assert data["id"] == answer.pk
    assert (answer.author, answer.question, answer.parent) == (doctor, question, None)
    assert (data["brief"], data["body"]) == ("Rest and fluids.", "Most colds pass in a week.")
    assert data["doctor"]["id"] == profile.pk
    assert data["doctor"]["display_name"] == profile.display_name
    assert data["doctor"]["specialty"]["slug"] == profile.specialty.slug
    assert (data["agree_count"], data["thank_count"]) == (0, 0)
    assert data["agreeing_doctors"] == []
    assert data["continued"] == []
    assert "email" not in response.content.decode()
    question.refresh_from_db()
    assert (question.answer_count, question.weighed_in_count) == (1, 1)
    assert question.last_answered_at is not None
    profile.refresh_from_db()
    assert profile.answer_count == 1


def test_second_answer_by_same_doctor_is_continued_and_not_another_doctor(as_user, question):
    doctor = DoctorFactory()
    api = as_user(doctor)
    first = api.post(
        f"questions/{question.pk}/answers", {"brief": "First thoughts.", "body": "Rest."}
    )
    second = api.post(
        f"questions/{question.pk}/answers", {"brief": "One more thing.", "body": "And fluids."}
    )
    assert (first.status_code, second.status_code) == (201, 201)
    first_id, second_id = first.json()["id"], second.json()["id"]
    assert Answer.objects.get(pk=second_id).parent_id == first_id

    detail = api.get(f"questions/{question.pk}").json()

    assert [a["id"] for a in detail["answers"]] == [first_id]
    continued = detail["answers"][0]["continued"]
    assert [c["id"] for c in continued] == [second_id]
    assert continued[0]["brief"] == "One more thing."
    assert continued[0]["doctor"]["id"] == doctor.doctor_profile.pk
    assert (detail["answer_count"], detail["weighed_in_count"]) == (2, 1)
    question.refresh_from_db()
    assert (question.answer_count, question.weighed_in_count) == (2, 1)


def test_two_doctors_count_as_two_weighed_in(as_user, question):
    for _ in range(2):
        response = as_user(DoctorFactory()).post(
            f"questions/{question.pk}/answers", {"brief": "Brief.", "body": "Body."}
        )
        assert response.status_code == 201
    detail = as_user(UserFactory()).get(f"questions/{question.pk}").json()
    assert (detail["answer_count"], detail["weighed_in_count"]) == (2, 2)
    assert len(detail["answers"]) == 2


def test_author_edits_an_answer_with_patch(as_user, answer):
    api = as_user(answer.author)
    original_body = answer.body

    response = api.patch(f"answers/{answer.pk}", {"brief": "Revised in brief."})

    assert response.status_code == 200, response.content
    data = response.json()
    assert data["id"] == answer.pk
    assert (data["brief"], data["body"]) == ("Revised in brief.", original_body)
    answer.refresh_from_db()
    assert (answer.brief, answer.body) == ("Revised in brief.", original_body)

    response = api.patch(f"answers/{answer.pk}", {"body": "A new body."})
    assert response.status_code == 200
    answer.refresh_from_db()
    assert (answer.brief, answer.body) == ("Revised in brief.", "A new body.")


def test_editing_a_followup_returns_the_followup(as_user, question):
    doctor = DoctorFactory()
    make_answer(question=question, doctor=doctor)
    followup = make_answer(question=question, doctor=doctor, brief="Follow-up.")
    response = as_user(doctor).patch(f"answers/{followup.pk}", {"brief": "Edited follow-up."})
    assert response.status_code == 200, response.content
    assert response.json()["id"] == followup.pk
    assert response.json()["brief"] == "Edited follow-up."


def test_patch_answer_validates(as_user, answer, unchanged):
    with unchanged():
        response = as_user(answer.author).patch(f"answers/{answer.pk}", {"brief": "b" * 101})
    assert_error(response, 400, "invalid", "brief")


def test_answers_are_ranked_by_agrees_then_thanks_then_age(anon, question):
    oldest_plain = make_answer(question=question, brief="Oldest, no reactions.")
    two_thanks = make_answer(question=question, brief="Two thanks.")
    one_agree = make_answer(question=question, brief="One agree.")
    newer_plain = make_answer(question=question, brief="Newer, no reactions.")
    one_thanks = make_answer(question=question, brief="One thanks.")
    newest_agree = make_answer(question=question, brief="One agree, one thanks, newest.")
    thank(user=UserFactory(), answer=two_thanks)
    thank(user=UserFactory(), answer=two_thanks)
    thank(user=UserFactory(), answer=one_thanks)
    agree(doctor=DoctorFactory(), answer=one_agree)
    agree(doctor=DoctorFactory(), answer=newest_agree)
    thank(user=UserFactory(), answer=newest_agree)

    response = anon.get(f"questions/{question.pk}")

    assert response.status_code == 200
    ranked = [a["id"] for a in response.json()["answers"]]
    assert ranked == [
        newest_agree.pk,  # 1 agree, 1 thanks
        one_agree.pk,  # 1 agree: beats any number of thanks
        two_thanks.pk,
        one_thanks.pk,
        oldest_plain.pk,  # no reactions: oldest first
        newer_plain.pk,
    ]


def test_agreeing_doctors_are_listed(anon, answer):
    first, second = DoctorFactory(), DoctorFactory()
    agree(doctor=first, answer=answer)
    agree(doctor=second, answer=answer)

    card = anon.get(f"questions/{answer.question_id}").json()["answers"][0]

    assert card["agree_count"] == 2
    listed = {d["id"]: d for d in card["agreeing_doctors"]}
    profiles = DoctorProfile.objects.filter(user__in=[first, second])
    assert set(listed) == {p.pk for p in profiles}
    for profile in profiles:
        assert listed[profile.pk]["display_name"] == profile.display_name
        assert listed[profile.pk]["url"] == profile.get_absolute_url()
    assert answer.author.doctor_profile.pk not in listed


def test_question_detail_is_public(db, question):
    response = Client().get(f"/api/v1/questions/{question.pk}")
    assert response.status_code == 200
    assert response.json()["id"] == question.pk
    assert response.json()["title"] == question.title


def test_session_auth_with_csrf_token_can_ask(patient):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(patient)
    page = browser.get("/ask/")
    assert page.status_code == 200
    csrf = browser.cookies["csrftoken"].value

    api = ApiClient(browser, {"X-CSRFToken": csrf})
    response = api.post("questions", {"title": "Asked from the browser session?"})

    assert response.status_code == 201, response.content
    assert Question.objects.get().asker == patient


def test_question_topics_are_slug_and_name(as_user, patient):
    topic = TopicFactory(name="Sleep")
    response = as_user(patient).post(
        "questions", {"title": "Why do I wake at 4am every night?", "topics": ["sleep"]}
    )
    assert response.status_code == 201
    assert response.json()["topics"] == [{"slug": topic.slug, "name": "Sleep"}]
