"""Bad input: reported with where it is, skipped, never half-written; --strict stops."""

import json
import shutil

import pytest
from django.core.management.base import CommandError

from tests.datasets.conftest import run, write_lines
from weighin.datasets.management.commands.import_medquad import Command as ImportMedQuad
from weighin.datasets.readers import JsonLines
from weighin.datasets.records import BadRecord
from weighin.qa.models import Answer, Question


def pair(n: int, **changes) -> str:
    row = {
        "id": f"{n:07d}-1",
        "source": "9_CDC_QA",
        "url": f"https://www.cdc.gov/test/{n}.html",
        "focus": "Test Fever",
        "qtype": "prevention",
        "question": f"How to prevent test fever number {n} ?",
        "answer": f"Wash your hands before test {n}. It spreads through shared fixtures.",
    }
    row.update(changes)
    return json.dumps(row, ensure_ascii=False)


def test_each_kind_of_bad_line_is_reported_with_its_line_number(db, tmp_path):
    latin1 = (
        pair(3, answer="Caf\u00e9 au lait spots.")
        .encode("utf-8")
        .replace("\u00e9".encode(), b"\xe9")
    )
    path = write_lines(
        tmp_path / "bad.jsonl",
        [
            pair(1),
            '{"id": "0000002-1", "source": ',  # cut off
            latin1,
            pair(1, question="The same id again, another question?"),
            pair(5, question="Why ?"),
            pair(6, answer="x" * 100_001),
            pair(7, source="13_Unknown_QA"),
            "[1, 2, 3]",
            pair(9, answer=12),
            pair(10),
        ],
    )
    result = run("import_medquad", path)
    assert "2 new, 0 already present, 8 bad (skipped)" in result.out
    err = result.err
    assert "bad.jsonl, line 2: malformed JSON" in err
    assert "line 3: not UTF-8 (byte 0xe9" in err
    assert "line 4: duplicate question id 'medquad:9_CDC_QA/0000001-1' (first at line 1)" in err
    assert "line 5: question is 4 characters; a title needs 10 to 200" in err
    assert "line 6: answer is 100,001 characters; the limit is 100,000: refused" in err
    assert "line 7: unknown MedQuAD collection '13_Unknown_QA'" in err
    assert "line 8: expected a JSON object, got list" in err
    assert "line 9: answer must be a string, got int" in err
    assert Answer.objects.count() == 2


def test_a_line_over_the_size_limit_is_refused_without_reading_it_whole(tmp_path):
    path = write_lines(tmp_path / "big.jsonl", ['{"a": 1}', "x" * 5000, '{"b": 2}'])
    rows = list(JsonLines(path, max_line_bytes=1024))
    assert rows[0] == (1, {"a": 1})
    assert isinstance(rows[1][1], BadRecord)
    assert rows[1][1].message == "line is 4.9 KiB, over the 1.0 KiB limit for one record: refused"
    assert rows[2] == (3, {"b": 2})


def test_malformed_and_wrongly_encoded_xml_files_are_reported_by_name(db, data, tmp_path):
    folder = tmp_path / "MedQuAD"
    shutil.copytree(data / "medquad_xml", folder)
    cdc = folder / "9_CDC_QA"
    cdc.mkdir()
    (cdc / "0000005.xml").write_text('<Document id="5"><Focus>Unclosed</Document>')
    (cdc / "0000006.xml").write_bytes(
        b'<?xml version="1.0" encoding="UTF-8"?><Document id="6"><Focus>Caf\xe9</Focus></Document>'
    )
    result = run("import_medquad", folder)
    assert "3 new, 0 already present, 2 bad (skipped)" in result.out
    assert "9_CDC_QA/0000005.xml: malformed XML: mismatched tag" in result.err
    assert "9_CDC_QA/0000006.xml: malformed XML: not well-formed (invalid token)" in result.err


def test_strict_stops_at_the_first_bad_record_and_writes_nothing_of_its_batch(db, tmp_path):
    path = write_lines(tmp_path / "strict.jsonl", [pair(1), "{oops", pair(3)])
    with pytest.raises(CommandError, match=r"strict.jsonl, line 2: malformed JSON"):
        run("import_medquad", path, strict=True)
    assert not Question.objects.exists()


def test_strict_failure_exits_non_zero(db, tmp_path):
    path = write_lines(tmp_path / "strict.jsonl", [pair(1), "{oops"])
    with pytest.raises(SystemExit) as exit_:
        ImportMedQuad().run_from_argv(
            ["manage.py", "import_medquad", str(path), "--strict", "--quiet"]
        )
    assert exit_.value.code == 1


def test_an_interrupted_import_resumes_where_it_stopped(db, tmp_path):
    """Batches of two: the first batch commits, the second meets a bad record in strict mode
    and is rolled back whole; a normal rerun adds the rest and skips what is there."""
    path = write_lines(
        tmp_path / "resume.jsonl", [pair(1), pair(2), pair(3), "{bad", pair(5), pair(6)]
    )
    with pytest.raises(CommandError):
        run("import_medquad", path, strict=True, batch_size=2)
    assert sorted(Question.objects.values_list("external_id", flat=True)) == [
        "medquad:9_CDC_QA/0000001-1",
        "medquad:9_CDC_QA/0000002-1",
    ]
    result = run("import_medquad", path, batch_size=2)
    assert "3 new, 2 already present, 1 bad (skipped)" in result.out
    assert Question.objects.count() == Answer.objects.count() == 5


def test_unrecognised_json_lines_are_refused_before_anything_is_written(db, tmp_path):
    path = write_lines(tmp_path / "other.jsonl", ['{"name": "not a known format"}'])
    with pytest.raises(CommandError, match="unrecognised records"):
        run("import_jsonl", path)


def test_an_export_of_another_version_is_refused(db, tmp_path):
    path = write_lines(tmp_path / "future.jsonl", ['{"type": "weighin-export", "version": 2}'])
    with pytest.raises(CommandError, match="version 2; this weighin reads version 1"):
        run("import_jsonl", path)


def test_a_damaged_gzip_keeps_what_was_read_and_says_so(db, tmp_path):
    import gzip

    whole = gzip.compress("\n".join(pair(n) for n in range(1, 400)).encode() + b"\n")
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(CommandError, match="damaged"):
        run("import_medquad", path, batch_size=50)
    assert Question.objects.exists()


def test_a_lone_surrogate_escape_is_a_bad_record_not_a_crash(db, tmp_path):
    # \\u escapes in the JSON text: a lone surrogate (JSON allows it, no database does) and a
    # pair (one whole character, fine).
    lone = pair(2, answer="Half a character: @ here.").replace("@", "\\ud800")
    paired = pair(3, answer="A whole one: @ here.").replace("@", "\\ud83d\\ude00")
    path = write_lines(tmp_path / "surrogates.jsonl", [pair(1), lone, paired])
    result = run("import_medquad", path)
    assert "2 new, 0 already present, 1 bad (skipped)" in result.out
    assert "line 2: a \\u escape encodes half a character (a lone surrogate)" in result.err
