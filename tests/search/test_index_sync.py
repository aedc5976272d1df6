"""The index follows every write, after its commit, on both databases."""

import pytest
from django.core.management import call_command
from django.db import transaction

from tests.factories import DoctorFactory, QuestionFactory, UserFactory, make_answer
from weighin.qa.models import Question
from weighin.qa.services import ask_question, edit_answer, edit_question, post_answer
from weighin.search.indexing import generation
from weighin.search.models import QuestionDocument
from weighin.search.selectors import search


def found(query: str) -> list[int]:
    return [r.question.pk for r in search(query).results]


def test_asked_question_is_indexed_after_commit(db, committed):
    with committed() as callbacks:
        question = ask_question(asker=UserFactory(), title="Why do my shins ache after jogging?")
        assert found("shins") == []  # not before the commit
    assert callbacks  # the index write (and, with the semantic extra, the embedding's)
    assert found("shins") == [question.pk]
    assert found("jogging ache") == [question.pk]


def test_rolled_back_question_is_never_indexed(db, committed):
    with committed() as callbacks, pytest.raises(RuntimeError), transaction.atomic():
        ask_question(asker=UserFactory(), title="Does a rolled back question appear?")
        raise RuntimeError("roll back")
    assert callbacks == []
    assert found("rolled") == []
    assert not QuestionDocument.objects.exists()


def test_edited_question_is_reindexed(ask, committed):
    question = ask("What helps a stubborn callus on the foot?")
    with committed():
        edit_question(
            user=question.asker,
            question=question,
            title="What helps a stubborn plantar wart?",
            details="It has been there since spring.",
        )
    assert found("callus") == []
    assert found("plantar wart") == [question.pk]
    assert found("spring") == [question.pk]


def test_answer_and_its_edit_are_indexed(ask, committed):
    question = ask("Is it safe to fly with a cold?")
    doctor = DoctorFactory()
    with committed():
        answer = post_answer(
            doctor=doctor,
            question=question,
            brief="Usually yes, but blocked sinuses can hurt on landing.",
            body="A decongestant spray an hour before descent helps the eustachian tubes.",
        )
    assert found("sinuses") == [question.pk]
    assert found("eustachian") == [question.pk]
    with committed():
        edit_answer(
            user=doctor,
            answer=answer,
            brief="Yes for most people.",
            body="Chewing gum on descent equalises the pressure.",
        )
    assert found("eustachian") == []
    assert found("chewing gum") == [question.pk]


def test_deleting_a_question_removes_its_document(ask):
    question = ask("Can a cracked tooth heal by itself?")
    assert found("cracked tooth") == [question.pk]
    Question.objects.filter(pk=question.pk).delete()
    assert not QuestionDocument.objects.exists()
    assert found("cracked tooth") == []


def test_every_index_write_moves_the_generation(ask):
    before = generation()
    ask("Does a generation counter move on each write?")
    assert generation() > before


def test_reindex_rebuilds_everything_in_batches(db, capsys):
    questions = [
        QuestionFactory(title=f"Reindexed question number {n} about eyelids?") for n in range(7)
    ]
    make_answer(questions[0], brief="Warm compresses twice a day.")
    assert found("eyelids") == []  # factories and uncommitted services write no documents
    call_command("reindex", batch_size=3)
    assert "Indexed 7 questions." in capsys.readouterr().out
    assert sorted(found("eyelids")) == sorted(q.pk for q in questions)
    assert found("compresses") == [questions[0].pk]
    call_command("reindex", clear=True, verbosity=0)
    assert QuestionDocument.objects.count() == 7


@pytest.mark.django_db(transaction=True)
def test_real_commit_indexes_without_help():
    question = ask_question(asker=UserFactory(), title="Does a real commit index the question?")
    assert found("real commit") == [question.pk]
    with transaction.atomic():
        make_answer(question, brief="The index is written after the commit.")
        assert found("written") == []
    assert found("written") == [question.pk]
