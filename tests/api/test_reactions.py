"""Agree, thank and their withdrawal through the API; the counts come back in the response."""

from tests.factories import DoctorFactory, UserFactory
from weighin.doctors.models import DoctorProfile
from weighin.qa.models import Agreement, Thanks


def test_doctor_agrees_and_withdraws(as_user, answer):
    doctor = DoctorFactory()
    api = as_user(doctor)
    author_profile = DoctorProfile.objects.get(user=answer.author)

    response = api.post(f"answers/{answer.pk}/agree")

    assert response.status_code == 201, response.content
    assert response.json() == {"answer_id": answer.pk, "agree_count": 1, "thank_count": 0}
    assert Agreement.objects.filter(answer=answer, doctor=doctor).exists()
    author_profile.refresh_from_db()
    assert author_profile.agrees_received == 1
    card = api.get(f"questions/{answer.question_id}").json()["answers"][0]
    assert [d["id"] for d in card["agreeing_doctors"]] == [doctor.doctor_profile.pk]

    response = api.delete(f"answers/{answer.pk}/agree")

    assert response.status_code == 200, response.content
    assert response.json() == {"answer_id": answer.pk, "agree_count": 0, "thank_count": 0}
    assert not Agreement.objects.exists()
    author_profile.refresh_from_db()
    assert author_profile.agrees_received == 0
    card = api.get(f"questions/{answer.question_id}").json()["answers"][0]
    assert card["agreeing_doctors"] == []


def test_user_thanks_and_withdraws(as_user, answer):
    patient = UserFactory()
    api = as_user(patient)

    response = api.post(f"answers/{answer.pk}/thank")

    assert response.status_code == 201, response.content
    assert response.json() == {"answer_id": answer.pk, "agree_count": 0, "thank_count": 1}
    assert Thanks.objects.filter(answer=answer, user=patient).exists()
    assert DoctorProfile.objects.get(user=answer.author).thanks_received == 1

    response = api.delete(f"answers/{answer.pk}/thank")

    assert response.status_code == 200, response.content
    assert response.json() == {"answer_id": answer.pk, "agree_count": 0, "thank_count": 0}
    assert not Thanks.objects.exists()
    assert DoctorProfile.objects.get(user=answer.author).thanks_received == 0


def test_counts_in_responses_include_other_peoples_reactions(as_user, answer):
    doctors = [DoctorFactory() for _ in range(2)]
    for n, doctor in enumerate(doctors, start=1):
        response = as_user(doctor).post(f"answers/{answer.pk}/agree")
        assert response.json()["agree_count"] == n
    response = as_user(doctors[0]).post(f"answers/{answer.pk}/thank")  # a doctor may thank
    assert response.status_code == 201
    assert response.json() == {"answer_id": answer.pk, "agree_count": 2, "thank_count": 1}
    response = as_user(doctors[1]).delete(f"answers/{answer.pk}/agree")
    assert response.json() == {"answer_id": answer.pk, "agree_count": 1, "thank_count": 1}
    answer.refresh_from_db()
    assert (answer.agree_count, answer.thank_count) == (1, 1)


def test_agree_again_after_withdrawing(as_user, answer):
    api = as_user(DoctorFactory())
    assert api.post(f"answers/{answer.pk}/agree").status_code == 201
    assert api.delete(f"answers/{answer.pk}/agree").status_code == 200
    response = api.post(f"answers/{answer.pk}/agree")
    assert response.status_code == 201
    assert response.json()["agree_count"] == 1
    assert Agreement.objects.count() == 1
