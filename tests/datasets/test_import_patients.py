"""import_jsonl on patient questions: answers labelled with their site, never our doctors."""

import json

from tests.datasets.conftest import run, write_lines
from tests.factories import TopicFactory
from weighin.accounts.models import User
from weighin.qa.counters import live_counts, recount
from weighin.qa.models import Question, Topic


def test_patient_questions_are_imported_with_their_site_as_source(db, data):
    result = run("import_jsonl", data / "patients_sample.jsonl")
    assert "3 new, 0 already present, 1 bad (skipped)" in result.out
    assert "line 4: question is missing or empty" in result.err
    question = Question.objects.get(external_id="patient-qa:icliniq-1")
    assert question.title == "can i run with a sore knee after a long test suite?"
    assert question.details == ""
    assert question.asker is None
    answer = question.answers.get()
    assert answer.author is None
    assert answer.source.name == "iCliniq"
    assert answer.brief == "rest the knee for a few days and ice it."
    names = set(Question.objects.values_list("source__name", flat=True))
    assert names == {"iCliniq", "eHealth Forum", "Question Doctors"}
    assert not User.objects.exists()  # no doctors, no askers
    assert Question.objects.filter(weighed_in_count=0).count() == 3


def test_a_long_message_gets_its_first_sentence_as_title_and_keeps_the_rest(db, data):
    run("import_jsonl", data / "patients_sample.jsonl")
    question = Question.objects.get(external_id="patient-qa:ehealthforum-1")
    assert question.title == (
        "Hi doctor. My blood sugar was 140 after lunch today and my father has diabetes."
    )
    assert question.details.startswith("Hi doctor. My blood sugar was 140")
    assert question.details.endswith("eat vegetables.")


def test_tags_link_only_to_topics_that_exist(db, data):
    diabetes = TopicFactory(name="Diabetes", slug="diabetes")
    run("import_jsonl", data / "patients_sample.jsonl")
    assert Topic.objects.count() == 1
    question = Question.objects.get(external_id="patient-qa:ehealthforum-1")
    assert list(question.topics.all()) == [diabetes]


def test_patient_import_is_idempotent_and_its_counters_exact(db, data):
    run("import_jsonl", data / "patients_sample.jsonl")
    assert "0 new, 3 already present" in run("import_jsonl", data / "patients_sample.jsonl").out
    before = live_counts()
    recount()
    assert live_counts() == before


def test_imported_messages_are_triaged_like_asked_questions(db, tmp_path):
    line = {
        "id": "icliniq-99",
        "source": "icliniq",
        "question": "My dad has crushing chest pain and is sweating right now. What do we do?",
        "answer": "Call emergency services now.",
        "tags": [],
    }
    path = write_lines(tmp_path / "urgent.jsonl", [json.dumps(line)])
    run("import_jsonl", path)
    question = Question.objects.get()
    assert (question.triage_level, question.triage_category) == ("emergency", "cardiac")
