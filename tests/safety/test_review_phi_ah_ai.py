"""Look-alikes of PHI rounds AH and AI, written by a reviewing helper against the session start
(`18d3614`): the 144 texts the round first read worse than the start did (a true span lost or a
false one added; ``tests/data/review_phi_ah_ai.jsonl`` holds the expected spans, by their text,
and the start's spans). Mended; none may be read worse than the start read it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from weighin.safety.phi import find

_CASES = [
    json.loads(line)
    for line in (Path(__file__).resolve().parents[1] / "data" / "review_phi_ah_ai.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]


def _expected(case: dict) -> list[tuple[int, int, str]]:
    """Every use of each expected name; the first of any other value."""
    text, out = case["text"], []
    for value, kind in case["expected"]:
        at = text.find(value)
        assert at >= 0, (value, text)
        while at >= 0:
            before_ok = at == 0 or not text[at - 1].isalnum()
            after_ok = at + len(value) >= len(text) or not text[at + len(value)].isalnum()
            if before_ok and after_ok:
                out.append((at, at + len(value), kind))
                if kind != "PERSON_NAME":
                    break
            at = text.find(value, at + 1)
    return out


def _faults(case: dict, spans: list[tuple[int, int, str]]) -> set[str]:
    """Expected spans missed (or only partly covered) and spans that cover nothing expected."""
    faults = set()
    expected = _expected(case)
    for s, e, kind in expected:
        cover = [sp for sp in spans if sp[0] < e and s < sp[1] and sp[2] == kind]
        covered = set()
        for sp in cover:
            covered |= set(range(max(s, sp[0]), min(e, sp[1])))
        if len(covered) < e - s or (case["exact"] and not any(sp[:2] == (s, e) for sp in cover)):
            faults.add(f"missed {case['text'][s:e]}")
    for s, e, kind in spans:
        if not any(s < ee and es < e and ek == kind for es, ee, ek in expected):
            faults.add(f"false {case['text'][s:e]}:{kind}")
    return faults


def test_review_phi_ah_ai_has_its_cases():
    assert len(_CASES) == 144


@pytest.mark.parametrize("case", _CASES, ids=lambda c: c["text"][:40])
def test_review_phi_ah_ai_no_look_alike_read_worse_than_at_the_start(case):
    now = {(s.start, s.end, str(s.kind)) for s in find(case["text"])}
    start = {tuple(sp) for sp in case["before"]}
    assert _faults(case, sorted(now)) <= _faults(case, sorted(start)), sorted(now)
