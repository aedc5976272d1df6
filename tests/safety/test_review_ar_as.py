"""Look-alikes of rounds AR and AS (the belly; the head and nerves), written by two reviewing
helpers (``tests/data/review_triage_ar_as*.jsonl``: 438 and 398 texts, the verdict of the code
the round started from, ``ba7f464``, and the reviewer's level; self-harm was not judged, so the
start's reading stands for it). The round's first version read 109 of the first file worse
and was reverted; its second read 102 of the second worse and was narrowed. None may be read
further from the judgement than the start read it."""

from __future__ import annotations

import pytest

from tests.safety.triage_sets import read_worse_than_at_the_start, review_cases

_FILES = {"review_triage_ar_as.jsonl": 438, "review_triage_ar_as_2.jsonl": 398}
_BY_FILE = {name: review_cases(name) for name in _FILES}
_CASES = [case for cases in _BY_FILE.values() for case in cases]


@pytest.mark.parametrize("name", _FILES)
def test_review_ar_as_has_its_cases(name):
    assert len(_BY_FILE[name]) == _FILES[name]


@pytest.mark.parametrize("case", _CASES, ids=lambda c: c["text"][:40])
def test_review_ar_as_no_look_alike_read_worse_than_at_the_start(case):
    assert read_worse_than_at_the_start(case) is None
