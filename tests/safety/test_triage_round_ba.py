"""Triage, first session of 2026-11-28 (the third that day): leftovers from the last reviews and
blind sets BA and BB (read after each was scored once). Sentences are ours.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        # "its agony" is severe pain: with a bladder that will not empty it is an emergency
        "not been able to wee since this morning, 11 hours now, and honestly its agony",
        # methods read up on for oneself are a plan, whatever "reading" says elsewhere
        "i keep reading up on ways to end my life, i think i know which one",
        # a method's feel asked, then the intent said
        "would it be painful to overdose on my amitriptyline? because if not i'll do it tonight",
    ],
)
def test_round_ba_emergencies(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # a heart "has been fluttery" for hours is a persistent racing heart
        "my heart has been fluttery since lunch, 4 hours of it now, no pain",
        "sore bladder when i wee, it's agony for a second then ok, think it's cystitis",
    ],
)
def test_round_ba_urgent(text):
    assert assess(text).level == "urgent", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # agony as a figure of speech
        "the wait for my biopsy results is agony, how long does it usually take?",
        "it was agony waiting for the scan but the lump was benign",
        # reading about suicide as a topic; a method question with no intent
        "been reading a book about suicide prevention for my counselling course, any others?",
        "is it painful to overdose on paracetamol? we were arguing about it after a documentary",
    ],
)
def test_round_ba_routine(text):
    assert assess(text).level == "routine", assess(text).reasons
