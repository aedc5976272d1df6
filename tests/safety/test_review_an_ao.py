"""Look-alikes of rounds AN and AO, written by a reviewing helper against the session start
(`18d3614`): the 110 texts the round first read further from the reviewer's judgement than the
start did (``tests/data/review_triage_an_ao.jsonl``: the start's verdict and the judgement).
Mended; none may be read further from the judgement than the start read it."""

from __future__ import annotations

import pytest

from tests.safety.triage_sets import read_worse_than_at_the_start, review_cases

_CASES = review_cases("review_triage_an_ao.jsonl")


def test_review_an_ao_has_its_cases():
    assert len(_CASES) == 110


@pytest.mark.parametrize("case", _CASES, ids=lambda c: c["text"][:40])
def test_review_an_ao_no_look_alike_read_worse_than_at_the_start(case):
    assert read_worse_than_at_the_start(case) is None
