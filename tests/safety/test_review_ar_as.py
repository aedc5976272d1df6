"""Look-alikes of rounds AR and AS (the belly; the head and nerves), written by a reviewing
helper against a round that was then reverted (``tests/data/review_triage_ar_as.jsonl``: 438
texts, the verdict of the code the round started from, ``ba7f464``, and the reviewer's level;
self-harm was not judged, so the start's reading stands for it). The round read 109 of them
further from the judgement than the start; none may be, when the round is redone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from weighin.safety.triage import assess

_RANK = {"routine": 0, "urgent": 1, "emergency": 2}
_CASES = [
    json.loads(line)
    for line in (Path(__file__).resolve().parents[1] / "data" / "review_triage_ar_as.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]


def _distance(level: str, self_harm: bool, judged: str, judged_self_harm: bool) -> float:
    return abs(_RANK[level] - _RANK[judged]) + (0.5 if self_harm != judged_self_harm else 0)


def test_review_ar_as_has_its_cases():
    assert len(_CASES) == 438


@pytest.mark.parametrize("case", _CASES, ids=lambda c: c["text"][:40])
def test_review_ar_as_no_look_alike_read_worse_than_at_the_start(case):
    a = assess(case["text"])
    self_harm = a.category == "self_harm" and a.level != "routine"
    now = _distance(a.level, self_harm, case["judged"], case["judged_self_harm"])
    start = _distance(
        case["start_level"], case["start_self_harm"], case["judged"], case["judged_self_harm"]
    )
    assert now <= start, (a.level, a.category, a.reasons)
