from django.test import Client

from tests.factories import DoctorFactory, UserFactory, make_answer
from weighin.qa.models import Agreement, Thanks


def test_agree_form_posts_and_redirects_back_to_the_answer(db, client):
    answer = make_answer()
    client.force_login(DoctorFactory())
    response = client.post(f"/answers/{answer.pk}/agree")
    assert response.status_code == 302
    assert response["Location"] == answer.get_absolute_url()
    answer.refresh_from_db()
    assert answer.agree_count == 1


def test_agree_with_json_accept_returns_counts(db, client):
    answer = make_answer()
    client.force_login(DoctorFactory())
    response = client.post(f"/answers/{answer.pk}/agree", headers={"Accept": "application/json"})
    assert response.status_code == 200
    assert response.json() == {
        "answer": answer.pk,
        "agree_count": 1,
        "thank_count": 0,
        "agreed": True,
        "thanked": None,
    }


def test_agree_twice_by_form_is_409_with_message(db, client):
    answer = make_answer()
    client.force_login(DoctorFactory())
    client.post(f"/answers/{answer.pk}/agree")
    response = client.post(f"/answers/{answer.pk}/agree")
    assert response.status_code == 409
    assert b"You already agree with this answer." in response.content
    assert Agreement.objects.count() == 1


def test_agree_twice_by_fetch_is_409_json(db, client):
    answer = make_answer()
    client.force_login(DoctorFactory())
    client.post(f"/answers/{answer.pk}/agree")
    response = client.post(f"/answers/{answer.pk}/agree", headers={"Accept": "application/json"})
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "conflict"


def test_unverified_doctor_agree_form_is_403(db, client):
    answer = make_answer()
    client.force_login(DoctorFactory(verified=False))
    response = client.post(f"/answers/{answer.pk}/agree")
    assert response.status_code == 403
    assert Agreement.objects.count() == 0


def test_anonymous_reaction_is_403_and_writes_nothing(db, client):
    answer = make_answer()
    response = client.post(f"/answers/{answer.pk}/thank")
    assert response.status_code == 403
    assert Thanks.objects.count() == 0


def test_thank_and_withdraw_by_form(db, client):
    answer = make_answer()
    client.force_login(UserFactory())
    client.post(f"/answers/{answer.pk}/thank")
    answer.refresh_from_db()
    assert answer.thank_count == 1
    client.post(f"/answers/{answer.pk}/unthank")
    answer.refresh_from_db()
    assert answer.thank_count == 0


def test_reaction_on_unknown_answer_is_404(db, client):
    client.force_login(UserFactory())
    assert client.post("/answers/999999/thank").status_code == 404


def test_unknown_action_is_404(db, client):
    answer = make_answer()
    client.force_login(UserFactory())
    assert client.post(f"/answers/{answer.pk}/explode").status_code == 404


def test_reaction_by_get_is_405(db, client):
    answer = make_answer()
    client.force_login(UserFactory())
    assert client.get(f"/answers/{answer.pk}/thank").status_code == 405
    assert Thanks.objects.count() == 0


def test_reaction_without_csrf_is_403(db):
    answer = make_answer()
    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory())
    assert client.post(f"/answers/{answer.pk}/thank").status_code == 403
    assert Thanks.objects.count() == 0
