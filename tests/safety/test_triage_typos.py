"""Triage: a typo in any word the rules are written with is read as that word ("fittnig",
"bleedng", "presssed"), while real words, British spellings, names, brand names, other
languages and parts of hyphenated words are never rewritten into one.

Written after a probe (bench/REPORT.md, fourth session of 2026-11-29): two typos put into the
long words of 600 emergencies the reader caught lost 41 of them; with this correction, 13.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage.text import normalise
from weighin.safety.triage.verdict import assess_with


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my husband has been fittnig for 7 minutes and it wont stop", "emergency"),
        ("chainsaw slipped into my thigh, bleedng badly and wont stop", "emergency"),
        ("35 weeks pregnant and the baby hasnt kicekd since yesterday morning", "emergency"),
        ("toddler swallowed a button batteyr from the remote 10 mins ago", "emergency"),
        ("blood still poruing from the cut even though i presssed on it for 20 min", "emergency"),
    ],
)
def test_a_mistyped_rule_word_is_read(text: str, level: str) -> None:
    assert assess_with(text, None).level == level, (text, normalise(text))


@pytest.mark.parametrize(
    ("word", "fixed"),
    [("fittnig", "fitting"), ("bleedng", "bleeding"), ("batteyr", "battery")],
)
def test_the_correction(word: str, fixed: str) -> None:
    assert normalise(f"he is {word} now") == f"he is {fixed} now"


@pytest.mark.parametrize(
    "text",
    [
        # British spellings SCOWL's American list lacks
        "the event organiser says it is fine",
        "how do i recognise anaphylaxis in a pupil",
        "am i a haemophiliac now",
        # medical words and brand names it lacks
        "wearing a holter monitor this week",
        "on concerta for adhd",
        "fascial pain in my foot",
        # names, places, other languages
        "we are in spain on holiday",
        "my nigerian neighbour",
        "mi tio intento suicidarse hace dos anos",
        # part of a hyphenated word
        "got it x-rayed yesterday, nothing broken",
        # a stem's ending is no typo
        "petechiae on his legs",
        "he is neutropenic after chemo",
    ],
)
def test_real_words_are_never_rewritten(text: str) -> None:
    assert normalise(text) == text


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("she's only ever had hives", "she has only ever had hives"),
        ("I'd taken my tablet twice", "i had taken my tablet twice"),
        ("i'd never tried it before", "i had never tried it before"),
        # not a perfect: a wish or a habit keeps its "would"
        ("I'd like to know", "i would like to know"),
        ("I'd never hurt her", "i would never hurt her"),
        ("she's not breathing", "she is not breathing"),
    ],
)
def test_a_contracted_perfect_is_has_or_had(text: str, normalised: str) -> None:
    assert normalise(text) == normalised
