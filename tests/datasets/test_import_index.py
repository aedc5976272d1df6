"""The search documents an import builds from its rows in memory are the ones the search app
builds from the database (`search.indexing.documents`), byte for byte."""

import json

from tests.datasets.conftest import run, write_lines
from tests.datasets.site import busy_site, wipe
from tests.factories import TopicFactory
from weighin.qa.models import Question
from weighin.search.backends.base import Document
from weighin.search.indexing import documents
from weighin.search.models import QuestionDocument


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
