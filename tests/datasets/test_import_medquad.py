"""import_medquad: both layouts, provenance, idempotency, counters, search, topics."""

import gzip
import shutil
from datetime import UTC, datetime

import pytest

from tests.datasets.conftest import run
from tests.factories import TopicFactory
from weighin.qa.counters import live_counts, recount
from weighin.qa.models import Answer, Question, Source, Topic
from weighin.search.models import QuestionDocument

CANCER_Q1 = "medquad:1_CancerGov_QA/0000001_1-1"


def snapshot() -> list[tuple]:
    questions = Question.objects.order_by("pk").values_list()
    answers = Answer.objects.order_by("pk").values_list()
    links = Question.topics.through.objects.order_by("pk").values_list()
    return [
        *questions,
        *answers,
        *links,
        *Topic.objects.values_list(),
        *Source.objects.values_list(),
    ]


def test_xml_folder_becomes_questions_answered_by_their_source(db, data):
    result = run("import_medquad", data / "medquad_xml")
    assert "3 new, 0 already present" in result.out
    assert "1 skipped: no answer" in result.out  # the collection whose answers were removed
    question = Question.objects.get(external_id=CANCER_Q1)
    assert question.asker is None
    assert question.title == "What is (are) Testland Bone Cancer?"
    assert question.source.name == "National Cancer Institute (Cancer.gov)"
    assert question.created_at == datetime(2019, 1, 1, tzinfo=UTC)
    assert (question.answer_count, question.weighed_in_count) == (1, 0)
    assert question.last_answered_at is None  # imports do not flood "recently answered"
    answer = question.answers.get()
    assert answer.author is None
    assert answer.external_id == f"{CANCER_Q1}:answer"
    assert answer.source.licence == "CC BY 4.0"
    assert answer.source.licence_url == "https://creativecommons.org/licenses/by/4.0/"
    assert answer.source_url == "https://www.cancer.gov/types/testland-bone-cancer"
    assert (
        answer.brief == "Testland bone cancer is a made-up disease that exists only in test data."
    )
    assert answer.body.startswith("Key Points\n- Testland bone cancer is a made-up disease")
    assert "\n\nTestland bone cancer" in answer.body


def test_question_types_become_topics_and_the_focus_links_existing_ones(db, data):
    cancer = TopicFactory(name="Cancer", slug="cancer")
    run("import_medquad", data / "medquad_xml")
    treatment = Question.objects.get(external_id="medquad:1_CancerGov_QA/0000001_1-2")
    assert {t.slug for t in treatment.topics.all()} == {"treatment", "cancer"}
    overview = Question.objects.get(external_id=CANCER_Q1)
    assert list(overview.topics.all()) == [cancer]  # "information" makes no topic
    assert not Topic.objects.filter(slug__icontains="testland").exists()


def test_the_json_lines_twin_of_the_xml_adds_only_what_is_new(db, data):
    run("import_medquad", data / "medquad_xml")
    result = run("import_medquad", data / "medquad_sample.jsonl")
    assert "1 new, 3 already present" in result.out
    assert Question.objects.count() == 4


def test_gzip_is_recognised_by_its_magic_bytes_not_its_name(db, data, tmp_path):
    disguised = tmp_path / "medquad.jsonl"  # gzip content, no .gz in the name
    disguised.write_bytes(gzip.compress((data / "medquad_sample.jsonl").read_bytes()))
    assert "4 new" in run("import_medquad", disguised).out


def test_a_second_run_changes_nothing(db, data):
    run("import_medquad", data / "medquad_sample.jsonl")
    before = snapshot()
    result = run("import_medquad", data / "medquad_sample.jsonl")
    assert "0 new, 4 already present" in result.out
    assert snapshot() == before


def test_recount_finds_nothing_to_change_after_an_import(db, data):
    run("import_medquad", data / "medquad_xml")
    before = live_counts()
    recount()
    assert live_counts() == before


def test_imported_answer_page_shows_provenance(db, data, client):
    run("import_medquad", data / "medquad_xml")
    question = Question.objects.get(external_id=CANCER_Q1)
    html = client.get(question.get_absolute_url()).content.decode()
    assert "From National Cancer Institute (Cancer.gov)" in html
    assert 'href="https://www.cancer.gov/types/testland-bone-cancer"' in html
    assert "CC BY 4.0" in html
    assert "0 doctors weighed in" in html


def test_imported_questions_are_indexed_for_search(db, data):
    run("import_medquad", data / "medquad_sample.jsonl")
    ids = set(Question.objects.values_list("pk", flat=True))
    assert set(QuestionDocument.objects.values_list("question_id", flat=True)) == ids


def test_no_index_leaves_indexing_to_reindex(db, data):
    run("import_medquad", data / "medquad_sample.jsonl", no_index=True)
    assert not QuestionDocument.objects.exists()


def test_limit_imports_only_the_first_records(db, data):
    assert "2 new" in run("import_medquad", data / "medquad_sample.jsonl", limit=2).out


def test_a_single_collection_folder_can_be_imported(db, data):
    result = run("import_medquad", data / "medquad_xml" / "4_MPlus_Health_Topics_QA")
    assert "1 new" in result.out
    assert Question.objects.get().source.name == "NIH MedlinePlus"


def test_xml_layout_and_missing_paths_are_reported(db, tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="no such file"):
        run("import_medquad", tmp_path / "nothing-here")


def test_xml_copy_with_unrelated_files_still_imports(db, data, tmp_path):
    folder = tmp_path / "MedQuAD"
    shutil.copytree(data / "medquad_xml", folder)
    (folder / "readme.txt").write_text("not a collection")
    (folder / "not_a_collection").mkdir()
    assert "3 new" in run("import_medquad", folder).out
