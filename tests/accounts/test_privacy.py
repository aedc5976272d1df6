import json

from tests.factories import PASSWORD, DoctorFactory, QuestionFactory, UserFactory, make_answer
from weighin.accounts.models import User
from weighin.qa.counters import live_counts, recount
from weighin.qa.models import Answer, Question
from weighin.qa.services import agree, thank


def test_download_contains_everything_of_mine_and_nothing_else(db, client):
    me = UserFactory(first_name="Rosalind")
    mine = QuestionFactory(asker=me, title="My own question about sleep?")
    QuestionFactory(title="Somebody else's question?")
    thank(user=me, answer=make_answer(mine))
    client.force_login(me)
    response = client.get("/settings/privacy/download")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == me.email and data["account"]["first_name"] == "Rosalind"
    assert [q["title"] for q in data["questions"]] == ["My own question about sleep?"]
    assert len(data["thanks"]) == 1
    assert "Somebody else" not in response.content.decode()


def test_patient_deletes_account_questions_stay_anonymised_counters_exact(db, client):
    me = UserFactory()
    question = QuestionFactory(asker=me)
    answer = make_answer(question)
    thank(user=me, answer=answer)
    client.force_login(me)
    response = client.post("/settings/privacy/delete", {"password": PASSWORD})
    assert response.status_code == 302
    assert not User.objects.filter(pk=me.pk).exists()
    question.refresh_from_db()
    assert question.asker is None
    answer.refresh_from_db()
    assert answer.thank_count == 0
    before = live_counts()
    recount()
    assert live_counts() == before
    assert client.get(question.get_absolute_url()).status_code == 200


def test_wrong_password_deletes_nothing(db, client):
    me = UserFactory()
    client.force_login(me)
    response = client.post("/settings/privacy/delete", {"password": "not-it"})
    assert response.status_code == 400
    assert b"That password is not correct." in response.content
    assert User.objects.filter(pk=me.pk, is_active=True).exists()


def test_doctor_account_is_closed_but_answers_stay_attributed(db, client):
    doctor = DoctorFactory(full_name="Imani Okoro")
    answer = make_answer(doctor=doctor)
    agree(doctor=doctor, answer=make_answer())
    client.force_login(doctor)
    client.post("/settings/privacy/delete", {"password": PASSWORD})
    doctor.refresh_from_db()
    assert not doctor.is_active and doctor.email.endswith("@deleted.invalid")
    assert not doctor.has_usable_password()
    assert Answer.objects.filter(pk=answer.pk, author=doctor).exists()
    html = client.get(answer.question.get_absolute_url()).content.decode()
    assert "Dr. Imani Okoro" in html
    assert Question.objects.count() == 2
