"""Find and mask personal health information (PHI) in text that patients post publicly.

Rule-based and pure Python: regular expressions with validation (Luhn for card numbers, the SSA's
area/group/serial rules for SSNs, ``ipaddress`` for IPs, Google's libphonenumber for phones) and
context cues for what no pattern can tell apart on its own (MRN, insurance IDs, dates of birth,
names). It never imports Django, loads no model and fetches nothing, so it runs anywhere (a form
clean, a management command, a worker) and gives the same answer every time.

    >>> [(str(s.kind), s.text) for s in find("I'm Tom, DOB 03/14/1985, call 415-555-0132")]
    [('PERSON_NAME', 'Tom'), ('DATE_OF_BIRTH', '03/14/1985'), ('PHONE', '415-555-0132')]
    >>> mask("I'm Tom, DOB 03/14/1985")
    "I'm [name removed], DOB [date of birth removed]"

What is deliberately *not* PHI here: drug and brand names, disease eponyms (Crohn's, Graves'),
dosages, ages, and dates without a birth cue (symptom dates). A year alone ("born in 1985") is
not a date of birth. Toll-free and premium-rate phone numbers (hotlines, pharmacies) are not a
person's number and are left alone.

The rules live in one module per family (``contacts``: e-mail, URL, IP; ``phones``;
``numbers``: SSN and cards, with ``card_cues`` for a card whose check digit fails; ``ids``: MRN
and insurance IDs; ``national_ids``: other countries' identity numbers, passports and licences;
``dates``: dates of birth; ``addresses``; ``names``), each adding candidate spans; ``resolve``
keeps one span wherever candidates overlap; ``later`` then reads on from each cue for a value
given further on, where nothing was found. The word lists are in ``data``.
"""

from __future__ import annotations

import re

from .addresses import find_addresses
from .contacts import find_emails, find_ips, find_urls
from .dates import find_dobs, find_dobs_after_names, find_dobs_in_words
from .email_names import email_names
from .ids import find_ids
from .kinds import PLACEHOLDERS, Cand, Kind, Span
from .labels import drop_other_labels
from .later import find_later_values
from .masked import find_masked
from .names import find_names
from .national_ids import find_national_ids
from .numbers import find_cards, find_ssns
from .phones import find_phones
from .repeats import repeat_names, repeat_numbers
from .resolve import resolve
from .spoken import find_spoken
from .tagger import learned_spans

__all__ = ["PLACEHOLDERS", "Kind", "Span", "find", "mask"]

_ANY_DIGIT = re.compile(r"\d")


def find(text: str, *, learned: bool = True, spoken: bool = True) -> list[Span]:
    """All PHI in ``text``: sorted by start, never overlapping.

    ``learned=False``: the rules alone, without the tagger's additions (for evaluations).
    ``spoken=False``: without reading identifiers dictated in words (``spoken``, which runs
    the rules again over a written-out copy and so sets it off itself)."""
    if not isinstance(text, str):
        raise TypeError(f"find() wants str, not {type(text).__name__}")
    if not text:
        return []
    cands: list[Cand] = []
    has_digit = _ANY_DIGIT.search(text) is not None
    if "@" in text or " at " in text or "(at)" in text or "[at]" in text:
        find_emails(text, cands)
    if "." in text or ":" in text:
        find_urls(text, cands)
    if has_digit:
        find_ips(text, cands)
        find_ssns(text, cands)
        find_cards(text, cands)
        find_dobs(text, cands)
        find_ids(text, cands)
        find_national_ids(text, cands)
        find_phones(text, cands)
        find_masked(text, cands)
    else:
        find_dobs_in_words(text, cands)
    find_addresses(text, cands, has_digit)
    find_names(text, cands)
    if has_digit:
        find_dobs_after_names(text, cands)
    if spoken:
        find_spoken(text, cands, _written_numbers)
    spans = resolve(text, cands)
    if has_digit:
        spans = find_later_values(text, spans)
    if learned:
        spans = learned_spans(text, spans)
    if "@" in text:
        spans = email_names(text, spans)
    spans = repeat_names(text, spans)
    if has_digit:
        spans = repeat_numbers(text, spans)
        spans = drop_other_labels(text, spans)
    return [Span(s, e, k, text[s:e]) for s, e, k in spans]


def _written_numbers(written: str) -> list[Cand]:
    return [(s.start, s.end, s.kind) for s in find(written, learned=False, spoken=False)]


def mask(text: str, spans: list[Span] | None = None) -> str:
    """``text`` with each span replaced by its placeholder ("[name removed]", ...).

    ``spans`` defaults to ``find(text)``; given spans must be in order, non-overlapping and match
    ``text`` (``ValueError`` otherwise), so a stale list is never applied to edited text.
    """
    if spans is None:
        spans = find(text)
    out: list[str] = []
    pos = 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < pos or span.end > len(text) or text[span.start : span.end] != span.text:
            raise ValueError(f"span {span!r} does not fit the text (overlap or stale offsets)")
        out.append(text[pos : span.start])
        out.append(PLACEHOLDERS[Kind(span.kind)])
        pos = span.end
    out.append(text[pos:])
    return "".join(out)
