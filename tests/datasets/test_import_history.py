"""Imports write no revision rows; an imported question or answer gets its "created" revision
(the imported text, dated the import) when it is first edited, so the revision history view
shows the edit as a change from the imported version."""

from tests.datasets.conftest import run
from tests.factories import QuestionFactory, UserFactory
from weighin.qa.models import Answer, Question
from weighin.qa.services import edit_answer, edit_question

CANCER_Q1 = "medquad:1_CancerGov_QA/0000001_1-1"


def test_an_import_writes_no_revision_rows(db, data):
    run("import_medquad", data / "medquad_xml")
    assert Question.objects.count() == 3
    assert not Question.history.exists()
    assert not Answer.history.exists()


def test_editing_an_imported_question_keeps_the_imported_version(db, data, client):
    run("import_medquad", data / "medquad_xml")
    question = Question.objects.get(external_id=CANCER_Q1)
    imported_at = question.updated_at
    staff = UserFactory(is_staff=True)
    edit_question(user=staff, question=question, title="What is Testland Bone Cancer, exactly?")

    created, edited = question.history.order_by("history_date", "history_id")
    assert (created.history_type, edited.history_type) == ("+", "~")
    assert created.title == "What is (are) Testland Bone Cancer?"
    assert created.history_date == imported_at
    assert created.history_user is None
    assert edited.title == "What is Testland Bone Cancer, exactly?"

    client.force_login(staff)
    html = client.get(f"/moderation/history/question/{question.pk}/").content.decode()
    assert "<del>(are)" in html and "<ins>" in html and "exactly?" in html
    assert "Created by system" in html and "Changed by system" in html

    edit_question(user=staff, question=question, title="What is Testland Bone Cancer, again?")
    assert question.history.filter(history_type="+").count() == 1  # written once


def test_editing_an_imported_answer_keeps_the_imported_version(db, data, client):
    run("import_medquad", data / "medquad_xml")
    answer = Answer.objects.get(external_id=f"{CANCER_Q1}:answer")
    imported_brief = answer.brief
    staff = UserFactory(is_staff=True)
    edit_answer(user=staff, answer=answer, brief="A made-up disease.", body=answer.body)

    created, edited = answer.history.order_by("history_date", "history_id")
    assert created.brief == imported_brief
    assert edited.brief == "A made-up disease."
    client.force_login(staff)
    html = client.get(f"/moderation/history/answer/{answer.pk}/").content.decode()
    assert "<del>" in html and "<ins>" in html and "A made-up disease." in html


def test_content_written_here_is_not_touched(db):
    question = QuestionFactory(title="Is coffee bad for my heart?")
    question.title = "Is coffee bad for my heart rhythm?"
    question.save()
    assert [h.history_type for h in question.history.order_by("history_date")] == ["+", "~"]
