"""Semantic matching end to end: embeddings written after commit by the background task, the
in-process index following the database by a high-water mark, its file, hybrid ranking.
Tests using `semantic_on` need the [semantic] extra (a real model, no mock)."""

import pytest
from django.core.management import call_command

from tests.factories import QuestionFactory, UserFactory, make_answer
from weighin.qa.models import Question
from weighin.qa.services import ask_question, edit_question
from weighin.search import semantic
from weighin.search.models import QuestionEmbedding
from weighin.search.selectors import similar_mode, similar_questions

try:
    import numpy as np
except ImportError:  # without the extra: only the lexical-only test below runs
    np = None

SPREAD = "What makes cancer spread to other organs?"
FOOT = "How do I get rid of athlete's foot for good?"
SLEEP = "Why do I wake up at 4am every night?"


@pytest.fixture
def three(semantic_on, ask):
    return ask(SPREAD), ask(FOOT), ask(SLEEP)


def test_an_asked_question_is_embedded_after_commit(semantic_on, db, committed):
    with committed() as callbacks:
        question = ask_question(asker=UserFactory(), title=SPREAD)
        assert not QuestionEmbedding.objects.exists()  # not before the commit
    assert callbacks
    row = QuestionEmbedding.objects.get(question=question)
    assert row.model == "all-MiniLM-L6-v2"
    assert len(bytes(row.vector)) == semantic.DIM * 2  # float16
    vector = semantic.from_bytes(row.vector)
    assert np.linalg.norm(vector) == pytest.approx(1.0, abs=1e-2)


def test_an_edit_writes_a_new_row_and_an_answer_does_not(three, committed):
    spread = three[0]
    first = QuestionEmbedding.objects.get(question=spread)
    with committed():
        make_answer(spread)
        semantic.schedule([spread.pk])  # what an answer's index write does
    assert QuestionEmbedding.objects.get(question=spread).pk == first.pk  # same text: kept
    with committed():
        edit_question(
            user=spread.asker, question=spread, title=SPREAD, details="My aunt has lung cancer."
        )
    second = QuestionEmbedding.objects.get(question=spread)
    assert second.pk > first.pk
    assert bytes(second.vector) != bytes(first.vector)


def test_semantic_finds_a_paraphrase_without_shared_words(three):
    query = "Why do malignant tumours travel around the body?"
    assert [q.title for q in similar_questions(query, mode="semantic")][:1] == [SPREAD]
    assert [q.title for q in similar_questions(query, mode="hybrid")][:1] == [SPREAD]
    assert similar_mode() == "hybrid"
    assert [q.title for q in similar_questions(query)][:1] == [SPREAD]  # the site's default


def test_unrelated_text_finds_nothing(three):
    assert similar_questions("Can I dye my hair while breastfeeding?", mode="semantic") == []
    assert similar_questions("?!", mode="hybrid") == []
    assert similar_questions("", mode="semantic") == []


def test_hidden_and_held_questions_are_never_offered(three):
    spread = three[0]
    Question.objects.filter(pk=spread.pk).update(status=Question.Status.HIDDEN)
    found = similar_questions("Why do malignant tumours travel around the body?", mode="semantic")
    assert spread.pk not in [q.pk for q in found]


def test_another_app_server_catches_up_without_a_restart(three, ask):
    other = semantic.LiveIndex(None, exact_below=20_000)  # a second process's index
    assert other.refresh(force=True) == 3
    new = ask("Is it safe to fly with a collapsed lung?")
    assert other.refresh(force=True) == 1
    assert len(other.index) == 4
    vector = semantic.from_bytes(QuestionEmbedding.objects.get(question=new).vector)
    assert other.index.search(vector, 1)[0][0] == new.pk


def test_rows_committed_out_of_order_are_not_missed(three):
    index = semantic.LiveIndex(None, exact_below=20_000)
    index.refresh(force=True)
    mark = index.high_water
    late, early = QuestionFactory(title="Late one?"), QuestionFactory(title="Early one?")
    vector = semantic.to_bytes(np.eye(semantic.DIM, dtype=np.float32)[0])
    # Row mark+2 commits first; mark+1 (a slower transaction) only after the index looked.
    QuestionEmbedding.objects.create(
        id=mark + 2, question=early, model="all-MiniLM-L6-v2", text_hash="x", vector=vector
    )
    assert index.refresh(force=True) == 1
    assert index.high_water == mark + 2 and mark + 1 in index.gaps
    QuestionEmbedding.objects.create(
        id=mark + 1, question=late, model="all-MiniLM-L6-v2", text_hash="y", vector=vector
    )
    assert index.refresh(force=True) == 1
    assert late.pk in index.index and mark + 1 not in index.gaps


def test_the_index_file_is_loaded_and_then_caught_up(three, ask, tmp_path):
    path = tmp_path / "vectors.index"
    built = semantic.rebuild(path)
    assert path.exists() and len(built.index) == 3
    restarted = semantic.LiveIndex(path, exact_below=20_000)  # a new process: from the file
    assert len(restarted.index) == 3 and restarted.high_water == built.high_water
    ask("Is it safe to fly with a collapsed lung?")
    assert restarted.refresh(force=True) == 1  # only what is new since the file


def test_a_damaged_index_file_is_rebuilt_from_the_database(three, tmp_path):
    path = tmp_path / "vectors.index"
    semantic.rebuild(path)
    path.write_bytes(b"not an index")
    index = semantic.LiveIndex(path, exact_below=20_000)
    assert len(index.index) == 0 and index.high_water == 0
    assert index.refresh(force=True) == 3


def test_reindex_embeds_what_is_missing(semantic_on, db, capsys):
    questions = [QuestionFactory(title=t) for t in (SPREAD, FOOT)]  # factories skip the task
    assert not QuestionEmbedding.objects.exists()
    call_command("reindex", verbosity=0)
    assert set(QuestionEmbedding.objects.values_list("question_id", flat=True)) == {
        q.pk for q in questions
    }
    assert "Embedded 2 questions" in capsys.readouterr().out


def test_with_semantic_off_the_site_is_lexical_only(settings, ask):
    settings.WEIGHIN_SEMANTIC = "off"
    question = ask(SPREAD)
    assert similar_mode() == "lexical"
    assert not QuestionEmbedding.objects.exists()
    assert [q.pk for q in similar_questions("Why does cancer spread?")] == [question.pk]
    with pytest.raises(semantic.SemanticUnavailable, match="weighin\\[semantic\\]"):
        similar_questions("Why does cancer spread?", mode="hybrid")
    with pytest.raises(ValueError, match="unknown mode"):
        similar_questions("Why does cancer spread?", mode="fuzzy")
    assert "lexical only" in semantic.describe()
