"""The search documents an import builds from its records in memory are the ones the search
app builds from the database (`search.indexing.documents`), byte for byte; on PostgreSQL their
vectors, part computed by a second connection, are the ones the backend computes; and a search
finds what was imported."""

import json
import re

from django.db import connection
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.datasets.conftest import run, write_lines
from tests.datasets.site import busy_site, wipe
from tests.datasets.test_bad_records import pair
from tests.factories import TopicFactory
from weighin.qa.models import Question
from weighin.search.backends.base import MARK_END, MARK_START, Document
from weighin.search.indexing import (
    MAX_BODY_CHARS,
    build_document,
    complete_document,
    document_text,
    documents,
)
from weighin.search.models import QuestionDocument
from weighin.search.selectors import search


def stored() -> list[Document]:
    rows = QuestionDocument.objects.order_by("question_id").values_list(
        "question_id", "title", "briefs", "body"
    )
    return [Document(*row) for row in rows]


def test_an_imported_export_is_indexed_as_reindex_would(db, data, tmp_path):
    busy_site(data)  # follow-ups, agreements, thanks, topics, imported answers
    run("export_jsonl", tmp_path / "site.jsonl")
    wipe()
    run("import_jsonl", tmp_path / "site.jsonl")
    ids = list(Question.objects.order_by("pk").values_list("pk", flat=True))
    assert len(ids) > 3
    assert stored() == documents(ids)


def test_medquad_topics_and_answers_are_indexed_as_reindex_would(db, data):
    TopicFactory(name="Cancer", slug="cancer")
    TopicFactory(name="Bone", slug="bone")
    run("import_medquad", data / "medquad_xml")
    run("import_medquad", data / "medquad_sample.jsonl")
    ids = list(Question.objects.order_by("pk").values_list("pk", flat=True))
    docs = stored()
    assert [d.question_id for d in docs] == ids
    assert docs == documents(ids)
    assert any(d.body.endswith("Cancer") or " Cancer" in d.body for d in docs)


def test_topics_are_listed_in_the_database_name_order(db, tmp_path):
    # Names whose order differs between code points ("Zinc" < "anemia") and most collations.
    for name in ("Zinc", "anemia", "Heart health", "Éczema"):
        TopicFactory(name=name)
    row = {
        "id": "1",
        "source": "icliniq",
        "question": "Which of these matter for a tired runner with a rash?",
        "answer": "All of them can; see your doctor.",
        "tags": ["Zinc", "Éczema", "anemia", "Heart health"],
    }
    run("import_jsonl", write_lines(tmp_path / "patients.jsonl", [json.dumps(row)]))
    ids = list(Question.objects.values_list("pk", flat=True))
    docs = stored()
    assert docs == documents(ids)
    assert all(name in docs[0].body for name in ("Zinc", "anemia", "Heart health", "Éczema"))


def test_an_imported_question_is_found_by_search(db, data):
    run("import_medquad", data / "medquad_sample.jsonl")
    wanted = Question.objects.get(external_id="medquad:1_CancerGov_QA/0000001_1-1")
    results = search("testland bone cancer made-up disease").results
    assert wanted.pk in [r.question.pk for r in results]
    titles = [r.question.title for r in search("treatments testland").results]
    assert titles[0] == "What are the treatments for Testland Bone Cancer?"


def test_many_batches_are_indexed_whole_in_question_order(db, tmp_path):
    # Enough records for several batches, so that on PostgreSQL part of each batch is
    # analysed by the second connection and part by the import's own (indexer.py).
    rows = [pair(n, question=f"How is test fever {n} prevented, doctor?") for n in range(1, 61)]
    run("import_medquad", write_lines(tmp_path / "many.jsonl", rows), batch_size=20)
    ids = list(Question.objects.order_by("pk").values_list("pk", flat=True))
    assert len(ids) == 60
    assert stored() == documents(ids)
    assert search("test fever 37 prevented").results[0].question.title == (
        "How is test fever 37 prevented, doctor?"
    )


def test_postgres_vectors_are_the_ones_the_backend_computes(postgres, tmp_path, caplog):
    rows = [pair(n, answer=f"Wash hands; fever {n} spreads on shared cups.") for n in range(40)]
    run("import_medquad", write_lines(tmp_path / "many.jsonl", rows), batch_size=10)
    assert QuestionDocument.objects.count() == 40
    assert not different_vectors()
    assert "one connection only" not in caplog.text  # the second connection did its part


def test_postgres_without_a_second_connection_computes_every_vector_itself(
    postgres, tmp_path, monkeypatch, caplog
):
    import psycopg

    def refuse(*args, **kwargs):
        raise psycopg.OperationalError("FATAL: sorry, too many clients already")

    monkeypatch.setattr(psycopg, "connect", refuse)  # the server, refusing a second one
    rows = [pair(n) for n in range(1, 31)]
    run("import_medquad", write_lines(tmp_path / "many.jsonl", rows), batch_size=10)
    assert QuestionDocument.objects.count() == 30
    assert not different_vectors()
    assert "search vectors computed in one connection only" in caplog.text


def different_vectors() -> list[int]:
    from weighin.search.backends.postgres import CONFIG, VECTOR

    vector = VECTOR.format(t="title", b="briefs", c="body").replace("%(cfg)s", "%s")
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT question_id FROM search_questiondocument WHERE document IS DISTINCT FROM "  # noqa: S608
            f"({vector})",
            [CONFIG, CONFIG, CONFIG],
        )
        return [row[0] for row in cursor.fetchall()]


# --- the document an import builds in two steps is the one built in one -----------------------

TEXT = st.text(st.sampled_from(["a", "B", " ", "\n", "\x00", "\x07", "\x1f", "\ue000", "é", "-"]))


def one_step_document(question_id, title, details, answers, topics) -> Document:
    """search.indexing.build_document as it was written before the import split it in two."""

    def clean(text: str) -> str:
        return re.sub(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f{MARK_START}{MARK_END}]", " ", text or "")

    parts = [details, *(body for _, body in answers), " ".join(topics)]
    return Document(
        question_id=question_id,
        title=clean(title),
        briefs=clean("\n".join(brief for brief, _ in answers)),
        body=clean("\n\n".join(p for p in parts if p))[:MAX_BODY_CHARS],
    )


@settings(max_examples=500, deadline=None)
@given(TEXT, TEXT, st.lists(st.tuples(TEXT, TEXT), max_size=3), st.lists(TEXT, max_size=3))
def test_document_text_completed_with_topics_is_the_whole_document(title, details, answers, topics):
    expected = one_step_document(7, title, details, answers, topics)
    assert complete_document(7, document_text(title, details, answers), topics) == expected
    assert build_document(7, title, details, answers, topics) == expected


def test_a_body_over_the_limit_is_cut_as_before():
    long_body = "word " * (MAX_BODY_CHARS // 4)
    answers = [("In brief.", long_body), ("Second.", "more words")]
    expected = one_step_document(1, "A title?", "details", answers, ["Topic"])
    assert complete_document(1, document_text("A title?", "details", answers), ["Topic"]) == (
        expected
    )
    assert len(expected.body) == MAX_BODY_CHARS
