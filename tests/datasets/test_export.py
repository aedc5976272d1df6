"""export_jsonl: the public content, nothing private, always the same bytes."""

import gzip
import json

from tests.datasets.conftest import run
from tests.datasets.site import PATIENT_EMAIL, busy_site
from tests.factories import QuestionFactory
from weighin.datasets.exporter import question_records
from weighin.qa.models import Question


def lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_export_is_versioned_json_lines_references_first(db, data, tmp_path):
    busy_site(data)
    run("export_jsonl", tmp_path / "out.jsonl")
    records = lines(tmp_path / "out.jsonl")
    assert records[0] == {"type": "weighin-export", "version": 1}
    kinds = [r["type"] for r in records[1:]]
    order = ["specialty", "topic", "source", "doctor", "question"]
    assert kinds == sorted(kinds, key=order.index)
    questions = [r for r in records if r["type"] == "question"]
    pks = [Question.objects.get(title=q["title"]).pk for q in questions]
    assert pks == sorted(pks)


def test_export_holds_no_asker_and_no_email(db, data, tmp_path):
    busy_site(data)
    run("export_jsonl", tmp_path / "out.jsonl")
    text = (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    assert PATIENT_EMAIL not in text
    assert "@example.test" not in text  # no doctor's email either
    for record in lines(tmp_path / "out.jsonl"):
        assert not {"asker", "email", "user", "user_id", "npi"} & record.keys()


def test_answers_nest_follow_ups_with_agreements_and_thanks(db, data, tmp_path):
    site = busy_site(data)
    run("export_jsonl", tmp_path / "out.jsonl")
    question = next(r for r in lines(tmp_path / "out.jsonl") if r.get("title") == site.asked.title)
    assert question["id"] == f"weighin:{site.asked.pk}"
    assert question["topics"] == ["heart-health"]
    assert question["details"].endswith("“quotes” stay as written.")
    first, second = question["answers"]
    d1, d2, d3 = (d.doctor_profile.slug for d in site.doctors[:3])
    assert (first["doctor"], first["agree_count"], first["agreed_by"]) == (d1, 2, [d2, d3])
    assert first["thank_count"] == 2
    assert [c["brief"] for c in first["continued"]] == ["Continued: measure it in the morning."]
    assert first["continued"][0]["agreed_by"] == [d3]
    assert (second["doctor"], second["continued"]) == (d2, [])


def test_imported_answers_keep_their_source_and_ids(db, data, tmp_path):
    busy_site(data)
    run("export_jsonl", tmp_path / "out.jsonl")
    records = lines(tmp_path / "out.jsonl")
    question = next(r for r in records if r.get("id") == "medquad:1_CancerGov_QA/0000001_1-2")
    imported = question["answers"][0]
    assert imported["id"] == "medquad:1_CancerGov_QA/0000001_1-2:answer"
    assert (imported["doctor"], imported["source"]) == (None, "cancer-gov")
    assert imported["source_url"] == "https://www.cancer.gov/types/testland-bone-cancer"
    assert imported["thank_count"] == 1
    source = next(r for r in records if r["type"] == "source" and r["key"] == "cancer-gov")
    assert source["licence"] == "CC BY 4.0"


def test_only_public_content_is_exported(db, data, tmp_path):
    site = busy_site(data)
    run("export_jsonl", tmp_path / "out.jsonl")
    records = lines(tmp_path / "out.jsonl")
    titles = {r["title"] for r in records if r["type"] == "question"}
    assert site.held.title not in titles
    doctors = {r["slug"]: r["verified"] for r in records if r["type"] == "doctor"}
    assert doctors == {d.doctor_profile.slug: d != site.doctors[3] for d in site.doctors}
    shaky = next(r for r in records if r.get("title") == "Why do my hands shake after coffee?")
    # The hidden first answer is gone; its follow-up stands in its place.
    assert [a["id"] for a in shaky["answers"]] == [f"weighin:{site.promoted.pk}"]
    assert shaky["answers"][0]["continued"] == []


def test_the_same_database_gives_the_same_bytes_plain_or_gzip(db, data, tmp_path):
    busy_site(data)
    run("export_jsonl", tmp_path / "a.jsonl")
    run("export_jsonl", tmp_path / "b.jsonl")
    run("export_jsonl", tmp_path / "c.jsonl", gzip=True)
    run("export_jsonl", tmp_path / "d.jsonl.gz")
    plain = (tmp_path / "a.jsonl").read_bytes()
    assert (tmp_path / "b.jsonl").read_bytes() == plain
    assert (tmp_path / "c.jsonl").read_bytes()[:2] == b"\x1f\x8b"
    assert gzip.decompress((tmp_path / "c.jsonl").read_bytes()) == plain
    assert (tmp_path / "d.jsonl.gz").read_bytes() == (tmp_path / "c.jsonl").read_bytes()
    assert not list(tmp_path.glob("*.partial"))


def test_export_to_standard_output(db, data, capfdbinary):
    busy_site(data)
    run("export_jsonl", "-")
    out = capfdbinary.readouterr().out
    assert out.startswith(b'{"type":"weighin-export","version":1}\n')


def test_a_local_id_taken_by_an_imported_row_gets_a_suffix(db):
    local = QuestionFactory()
    QuestionFactory(external_id=f"weighin:{local.pk}")  # imported from another weighin
    ids = [r["id"] for r in question_records()]
    assert ids == [f"weighin:{local.pk}:2", f"weighin:{local.pk}"]
    assert len(set(ids)) == 2


def test_question_records_take_any_queryset(db, data):
    site = busy_site(data)
    mine = list(question_records(Question.objects.filter(asker=site.patient)))
    assert [r["title"] for r in mine] == [site.asked.title]


def test_export_queries_depend_on_chunks_not_on_answers(db, django_assert_max_num_queries):
    from tests.factories import DoctorFactory, make_answer
    from weighin.qa.services import agree

    doctors = [DoctorFactory() for _ in range(3)]
    for _ in range(6):
        question = QuestionFactory()
        answers = [make_answer(question, d) for d in doctors]
        make_answer(question, doctors[0])  # a follow-up
        for a in answers:
            for d in doctors:
                if d.pk != a.author_id:
                    agree(doctor=d, answer=a)
    # Per chunk: questions, topics, answers, agreements, and the id-clash checks (2).
    with django_assert_max_num_queries(4 * 6 + 1):
        records = list(question_records(chunk_size=2))
    assert len(records) == 6
    assert sum(len(a["agreed_by"]) for r in records for a in r["answers"]) == 6 * 6
