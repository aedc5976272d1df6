"""The detectors at work on the site: the emergency banner and the personal-information
step on the ask and answer forms, the question page, the doctors' queue and the API."""

import pytest

from tests.factories import DoctorFactory, QuestionFactory, UserFactory
from weighin.accounts.services import create_api_token
from weighin.qa.models import Answer, Question

EMERGENCY = "My dad has crushing chest pain and is sweating right now, what do I do?"
SELF_HARM = "I have saved up my pills and I plan to take them all tonight, is that enough?"
PERSONAL = "My name is Sarah Jenkins, call me at (617) 555-0134. Why does my knee click?"


@pytest.fixture
def patient_client(db, client):
    client.force_login(UserFactory())
    return client


def test_emergency_question_shows_the_banner_and_waits_for_acknowledgement(patient_client):
    response = patient_client.post("/ask/", {"title": EMERGENCY})
    html = response.content.decode()
    assert response.status_code == 200
    assert "get emergency care now" in html
    assert html.index("data-emergency-banner") < html.index('class="site-header"')
    assert 'name="ack_emergency"' in html
    assert not Question.objects.exists()
    response = patient_client.post("/ask/", {"title": EMERGENCY, "ack_emergency": "1"})
    assert response.status_code == 302
    question = Question.objects.get()
    assert question.triage_level == "emergency" and question.triage_category == "cardiac"


def test_emergency_banner_comes_first_on_the_question_page(db, client, settings):
    settings.WEIGHIN_EMERGENCY_NUMBER = "112"
    question = QuestionFactory(title=EMERGENCY, triage_level="emergency", triage_category="cardiac")
    html = client.get(question.get_absolute_url()).content.decode()
    assert html.index("data-emergency-banner") < html.index("<h1>")
    assert html.index("data-emergency-banner") < html.index('class="site-header"')
    assert 'href="tel:112"' in html


def test_self_harm_gets_the_crisis_line_written_for_a_person_in_crisis(patient_client, settings):
    settings.WEIGHIN_CRISIS_LINE = "988"
    html = patient_client.post("/ask/", {"title": SELF_HARM}).content.decode()
    assert "You deserve support right now" in html
    assert 'href="tel:988"' in html
    assert not Question.objects.exists()


def test_personal_information_is_highlighted_and_masked_on_request(patient_client):
    response = patient_client.post(
        "/ask/", {"title": "Why does my knee click?", "details": PERSONAL}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert '<mark class="phi" title="person name">Sarah Jenkins</mark>' in html
    assert '<mark class="phi" title="phone">(617) 555-0134</mark>' in html
    assert not Question.objects.exists()
    data = {"title": "Why does my knee click?", "details": PERSONAL, "personal_info": "mask"}
    assert patient_client.post("/ask/", data).status_code == 302
    details = Question.objects.get().details
    assert "Sarah" not in details and "555-0134" not in details
    assert "[name removed]" in details and "[phone removed]" in details


def test_personal_information_can_be_kept_after_review(patient_client):
    data = {"title": "Why does my knee click?", "details": PERSONAL, "personal_info": "keep"}
    assert patient_client.post("/ask/", data).status_code == 302
    assert "Sarah Jenkins" in Question.objects.get().details


def test_answer_form_masks_a_patient_name(db, client):
    question = QuestionFactory()
    client.force_login(DoctorFactory())
    data = {"brief": "Rest and ice help.", "body": "Tell your mum Mary Brown to rest it."}
    response = client.post(f"/questions/{question.pk}/answer", data)
    assert response.status_code == 200 and b'<mark class="phi"' in response.content
    assert not Answer.objects.exists()
    response = client.post(f"/questions/{question.pk}/answer", data | {"personal_info": "mask"})
    assert response.status_code == 302
    assert "Mary Brown" not in Answer.objects.get().body


def test_live_check_returns_the_banner_and_the_masked_text(patient_client):
    response = patient_client.post("/safety/check", {"title": EMERGENCY, "details": PERSONAL})
    data = response.json()
    assert data["triage"]["level"] == "emergency"
    assert "get emergency care now" in data["banner_html"]
    details = next(f for f in data["personal_info"] if f["field"] == "details")
    assert "[name removed]" in details["masked"]
    assert {f["kind"] for f in details["found"]} >= {"PERSON_NAME", "PHONE"}


def test_live_check_needs_a_signed_in_post(db, client):
    assert client.get("/safety/check").status_code == 405
    assert client.post("/safety/check", {"title": EMERGENCY}).status_code == 302


def test_doctors_queue_puts_emergencies_first_and_marks_them(db, client):
    QuestionFactory(title="What vitamins help hair grow?")
    QuestionFactory(title=EMERGENCY, triage_level="emergency", triage_category="cardiac")
    client.force_login(DoctorFactory())
    html = client.get("/questions/unanswered/").content.decode()
    assert "Emergency described" in html
    assert html.index("crushing chest pain") < html.index("What vitamins help hair grow?")


def test_api_masks_personal_information_and_flags_emergencies(db, client):
    _, raw = create_api_token(user=UserFactory(), name="app")
    response = client.post(
        "/api/v1/questions",
        {"title": EMERGENCY, "details": PERSONAL},
        content_type="application/json",
        headers={"Authorization": f"Bearer {raw}"},
    )
    assert response.status_code == 201
    data = response.json()
    assert "Sarah Jenkins" not in response.content.decode()
    assert "[name removed]" in data["details"]
    assert data["triage_level"] == "emergency"
    assert "get emergency care now" in data["emergency_message"]
