"""Look-alikes of rounds AT and AU (an ordinary week; the chest and the blood), written by two
reviewing helpers (``tests/data/review_triage_at_au*.jsonl``: 373 and 393 texts, the verdict of
the code the round started from, ``7047cf5``, and the reviewer's level and self-harm reading).
The round's first version read 42 of the first file worse (loose words: towels through a spill,
"stuff" for a party, a nose's whistle, an iron infusion, a needle named with intent), its second
42 of the second (an accident to both wrists, razors hidden before a haircut, "if anyone reads
this" in jest, "can only say two words" of a toddler, an inhaler's app); all were narrowed. None
may be read further from the judgement than the start read it."""

from __future__ import annotations

import pytest

from tests.safety.triage_sets import read_worse_than_at_the_start, review_cases

_FILES = {"review_triage_at_au.jsonl": 373, "review_triage_at_au_2.jsonl": 393}
_BY_FILE = {name: review_cases(name) for name in _FILES}
_CASES = [case for cases in _BY_FILE.values() for case in cases]


@pytest.mark.parametrize("name", _FILES)
def test_review_at_au_has_its_cases(name):
    assert len(_BY_FILE[name]) == _FILES[name]


@pytest.mark.parametrize("case", _CASES, ids=lambda c: c["text"][:40])
def test_review_at_au_no_look_alike_read_worse_than_at_the_start(case):
    assert read_worse_than_at_the_start(case) is None
