"""Imports embed their questions (the [semantic] extra) after they commit, in batches with a
progress bar; `--no-embed` leaves that to `reindex --vectors-only` or the next import.
Tests using `semantic_on` need the extra (a real model, no mock)."""

import io

from django.core.management import call_command

from tests.datasets.conftest import run
from weighin.qa.models import Question
from weighin.search import semantic
from weighin.search.models import QuestionEmbedding
from weighin.search.selectors import similar_questions

PREVENT = "How to prevent Test Fever?"  # tidied on import


def embedded() -> set[int]:
    return set(QuestionEmbedding.objects.values_list("question_id", flat=True))


def test_an_import_embeds_every_imported_question(semantic_on, db, data):
    result = run("import_medquad", data / "medquad_sample.jsonl")
    questions = set(Question.objects.values_list("pk", flat=True))
    assert len(questions) == 4 and embedded() == questions
    assert "Embedded 4 questions" in result.out
    found = similar_questions("Can I avoid catching test fever?", mode="semantic")
    assert [q.title for q in found][:1] == [PREVENT]


def test_the_embedding_shows_progress_with_a_rate(semantic_on, db, data, capsys):
    out = io.StringIO()
    call_command("import_medquad", str(data / "medquad_sample.jsonl"), stdout=out)
    bars = capsys.readouterr().err  # rich writes the bars to the terminal's stderr
    assert "Embedding questions" in bars and "4 records" in bars and "/s" in bars
    assert "Embedded 4 questions" in out.getvalue()


def test_no_embed_leaves_them_missing_and_says_how_to_embed_later(semantic_on, db, data):
    result = run("import_medquad", data / "medquad_sample.jsonl", no_embed=True)
    assert Question.objects.count() == 4 and not embedded()
    assert "manage.py reindex --vectors-only" in result.out
    call_command("reindex", vectors_only=True, verbosity=0, stdout=io.StringIO())
    assert embedded() == set(Question.objects.values_list("pk", flat=True))


def test_the_next_import_embeds_what_an_interrupted_one_left(semantic_on, db, data):
    run("import_medquad", data / "medquad_sample.jsonl", no_embed=True)
    first = Question.objects.order_by("pk").first()
    semantic.embed_questions([first.pk])  # the batches committed before the interruption
    result = run("import_medquad", data / "medquad_sample.jsonl")
    assert "0 new, 4 already present" in result.out
    assert "Embedded 3 questions" in result.out
    assert embedded() == set(Question.objects.values_list("pk", flat=True))


def test_no_index_leaves_the_embeddings_to_reindex(semantic_on, db, data):
    run("import_medquad", data / "medquad_sample.jsonl", no_index=True)
    assert not embedded()


def test_without_semantic_matching_nothing_is_embedded(settings, db, data):
    settings.WEIGHIN_SEMANTIC = "off"
    result = run("import_medquad", data / "medquad_sample.jsonl")
    assert not embedded() and "mbed" not in result.out
