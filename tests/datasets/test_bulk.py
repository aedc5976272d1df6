"""The import's bulk writes: keys drawn before the rows are sent, never one given before."""

from tests.datasets.conftest import run
from tests.factories import QuestionFactory, make_answer
from weighin.qa.models import Answer, Question


def test_imported_rows_get_keys_after_every_key_ever_given_deleted_ones_included(db, data):
    kept = make_answer()
    deleted = make_answer()
    highest_question, highest_answer = deleted.question_id, deleted.pk
    deleted.question.delete()  # SQLite's AUTOINCREMENT (like a sequence) never gives them again
    run("import_medquad", data / "medquad_sample.jsonl")
    imported = Question.objects.exclude(pk=kept.question_id)
    assert imported.count() == 4
    assert min(imported.values_list("pk", flat=True)) > highest_question
    answers = Answer.objects.filter(question__in=imported)
    assert min(answers.values_list("pk", flat=True)) > highest_answer
    assert all(a.question.external_id + ":answer" == a.external_id for a in answers)


def test_rows_written_after_an_import_get_keys_after_it(db, data):
    run("import_medquad", data / "medquad_sample.jsonl")
    imported = max(Question.objects.values_list("pk", flat=True))
    assert QuestionFactory().pk > imported
