"""Imported answers: attributed to their source, never to a doctor, not counted as a
doctor weighing in, and open to agreement only once a doctor has answered."""

import pytest
from django.db import IntegrityError, transaction

from tests.factories import DoctorFactory, QuestionFactory, UserFactory, make_answer
from weighin.core.errors import NotAllowed
from weighin.qa.counters import live_counts, recount
from weighin.qa.models import Answer, Question, Source
from weighin.qa.services import agree, thank


@pytest.fixture
def imported(db):
    source = Source.objects.create(
        key="nih-medlineplus",
        name="NIH MedlinePlus",
        url="https://medlineplus.gov/",
        licence="CC BY 4.0",
        licence_url="https://creativecommons.org/licenses/by/4.0/",
    )
    question = QuestionFactory(asker=None, source=source, external_id="test:1")
    answer = Answer.objects.create(
        question=question,
        source=source,
        source_url="https://medlineplus.gov/example.html",
        external_id="test:1:a",
        brief="An imported summary.",
        body="Imported body text.",
        imported_thanks=4,
        thank_count=4,
    )
    Question.objects.filter(pk=question.pk).update(answer_count=1)
    question.refresh_from_db()
    return answer


def test_imported_answer_shows_its_provenance_not_a_doctor(imported, client):
    html = client.get(imported.question.get_absolute_url()).content.decode()
    assert "From NIH MedlinePlus" in html
    assert 'href="https://medlineplus.gov/example.html"' in html
    assert "CC BY 4.0" in html
    assert "0 doctors weighed in" in html
    assert "doctor-name" not in html


def test_api_labels_imported_answers_with_their_source(imported, client):
    data = client.get(f"/api/v1/questions/{imported.question_id}").json()
    answer = data["answers"][0]
    assert answer["doctor"] is None
    assert answer["source"]["name"] == "NIH MedlinePlus"
    assert answer["source_url"] == "https://medlineplus.gov/example.html"
    assert data["weighed_in_count"] == 0


def test_no_agreement_with_an_imported_answer_until_a_doctor_answers(imported):
    doctor = DoctorFactory()
    with pytest.raises(NotAllowed):
        agree(doctor=doctor, answer=imported)
    make_answer(imported.question, DoctorFactory())
    imported.refresh_from_db()
    agree(doctor=doctor, answer=Answer.objects.select_related("question").get(pk=imported.pk))
    imported.refresh_from_db()
    assert imported.agree_count == 1


def test_imported_thanks_survive_recount(imported):
    thank(user=UserFactory(), answer=imported)
    imported.refresh_from_db()
    assert imported.thank_count == 5
    before = live_counts()
    recount()
    assert live_counts() == before


def test_an_answer_needs_an_author_or_a_source(db):
    question = QuestionFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.create(question=question, brief="Nobody's", body="Orphan")
