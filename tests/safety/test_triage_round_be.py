"""Triage, first session of 2026-11-29: blind set BE (an ordinary week's posts, every kind of
writer), read after it was scored once, fixed by mechanism. Sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.safety.triage_sets import assert_meets_targets
from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        # a goodbye text, then a phone that goes straight to voicemail
        "my son messaged 'sorry for everything, look after dad for me' and his phone is going "
        "straight to voicemail",
        # pressure high in the stomach, clammy and breathless: the heart in older people
        "nan is 78, says theres a pressure at the top of her tummy, shes clammy and breathless",
        # a pop in the chest, then breathless: a collapsed lung
        "felt something pop in my chest lifting the sofa, now im short of breath on one side",
    ],
)
def test_round_be_emergencies(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # a burn made on purpose
        "pressed my hair straighteners on my arm on purpose, the skin has gone white",
    ],
)
def test_round_be_self_harm_emergencies(text):
    a = assess(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # the thought of vanishing, kept having
        "since the birth i keep having thoughts of what if i just vanished. im safe, mum is here",
    ],
)
def test_round_be_self_harm_urgent(text):
    a = assess(text)
    assert (a.level, a.category) == ("urgent", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # laughing at a show a little way after the words
        "i honestly could not breathe at the panto last night from laughing, is a sore side normal",
        # apnoea found in a sleep study
        "my daughter stopped breathing for a few seconds in her sleep study, they said mild sleep "
        "apnoea. will tonsils out help?",
        # what it could be, asked
        "my toddler twitches in his sleep sometimes, is it dreaming or could it be a seizure?",
        # a holiday planned after cutting stopped
        "8 months clean from cutting, planning a holiday, can i put sun cream on the scars?",
    ],
)
def test_round_be_routine(text):
    assert assess(text).level == "routine", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # a panic attack that passed after minutes is not an emergency now
        "had a panic attack on the train, felt like i couldnt breathe, passed after 5 mins",
    ],
)
def test_round_be_not_emergency(text):
    assert assess(text).level != "emergency", assess(text).reasons


def test_round_be_set_after_its_round():
    assert_meets_targets("triage_external_be.jsonl")
