import pytest

from tests.factories import DoctorFactory, QuestionFactory, UserFactory, make_answer
from weighin.core.errors import InvalidInput, NotAllowed
from weighin.doctors.models import DoctorProfile
from weighin.qa.models import Answer
from weighin.qa.services import post_answer

GOOD = {"brief": "Usually harmless, but get it checked.", "body": "Most are benign."}


def test_verified_doctor_answers_and_counters_move(db):
    question, doctor = QuestionFactory(), DoctorFactory()
    answer = post_answer(doctor=doctor, question=question, **GOOD)
    question.refresh_from_db()
    assert answer.parent is None
    assert (question.answer_count, question.weighed_in_count) == (1, 1)
    assert question.last_answered_at is not None
    assert DoctorProfile.objects.get(user=doctor).answer_count == 1


def test_second_answer_by_same_doctor_is_a_followup(db):
    question, doctor = QuestionFactory(), DoctorFactory()
    first = post_answer(doctor=doctor, question=question, **GOOD)
    second = post_answer(doctor=doctor, question=question, **GOOD)
    third = post_answer(doctor=doctor, question=question, **GOOD)
    assert second.parent_id == first.pk and third.parent_id == first.pk
    question.refresh_from_db()
    assert (question.answer_count, question.weighed_in_count) == (3, 1)


@pytest.mark.parametrize(
    "make_user", [UserFactory, lambda: DoctorFactory(verified=False)], ids=["patient", "unverified"]
)
def test_only_verified_doctors_answer(db, make_user):
    question = QuestionFactory()
    with pytest.raises(NotAllowed):
        post_answer(doctor=make_user(), question=question, **GOOD)
    assert Answer.objects.count() == 0
    question.refresh_from_db()
    assert question.answer_count == 0


@pytest.mark.parametrize(
    ("fields", "bad"),
    [
        ({"brief": ""}, "brief"),
        ({"brief": "b" * 101}, "brief"),
        ({"body": ""}, "body"),
        ({"body": "b" * 5001}, "body"),
        ({"body": "nul \x00 byte"}, "body"),
    ],
    ids=["empty-brief", "long-brief", "empty-body", "long-body", "nul-byte"],
)
def test_bad_answer_input_is_refused(db, fields, bad):
    question = QuestionFactory()
    with pytest.raises(InvalidInput) as info:
        post_answer(doctor=DoctorFactory(), question=question, **(GOOD | fields))
    assert bad in info.value.fields
    assert Answer.objects.count() == 0


def test_answer_form_posts_and_redirects_to_the_answer(db, client):
    question, doctor = QuestionFactory(), DoctorFactory()
    client.force_login(doctor)
    response = client.post(f"/questions/{question.pk}/answer", GOOD)
    answer = Answer.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"#answer-{answer.pk}")


def test_answer_form_from_a_patient_is_403(db, client):
    question = QuestionFactory()
    client.force_login(UserFactory())
    response = client.post(f"/questions/{question.pk}/answer", GOOD)
    assert response.status_code == 403
    assert b"Only verified doctors can answer" in response.content
    assert Answer.objects.count() == 0


def test_answer_form_bad_input_is_400_and_keeps_the_text(db, client):
    question = QuestionFactory()
    client.force_login(DoctorFactory())
    response = client.post(f"/questions/{question.pk}/answer", {"brief": "b" * 101, "body": "Kept"})
    assert response.status_code == 400
    assert b"Kept</textarea>" in response.content
    assert Answer.objects.count() == 0


def test_answer_form_unknown_question_is_404(db, client):
    client.force_login(DoctorFactory())
    assert client.post("/questions/999999/answer", GOOD).status_code == 404
    assert Answer.objects.count() == 0


def test_answer_form_shown_only_to_verified_doctors(db, client):
    question = QuestionFactory()
    client.force_login(UserFactory())
    assert b"Post answer" not in client.get(question.get_absolute_url()).content
    client.force_login(DoctorFactory())
    assert b"Post answer" in client.get(question.get_absolute_url()).content


def test_make_answer_helper_uses_the_service(db):
    answer = make_answer()
    answer.question.refresh_from_db()
    assert answer.question.weighed_in_count == 1
