"""Triage round V (blind set V, 2026-11-27, read after it was scored twice: before and after the
30-file refit): the mechanisms it showed. Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # pain "gone down his arm" is spreading, not gone
        (
            "grandad is clammy, chest like a tight band for half an hour and it's gone down his "
            "left arm, says it's only wind",
            "cardiac",
        ),
        # half the field of vision gone and a leg giving way, in lay words
        (
            "mum can't see out of one side since this morning and her right leg keeps giving way",
            "stroke",
        ),
        # a blackening wound with pain out of proportion, or faintness
        (
            "graze on my shin has gone purple-black overnight, the pain is way worse than it looks",
            "infection",
        ),
        # a shock off the mains with a burn mark
        (
            "got a shock off the socket changing a bulb, a burn mark on my finger, heart racing",
            "other",
        ),
        # pulled out of the water, drowsy
        (
            "we pulled my nephew out the lake, he was under for a bit, now coughing, very sleepy",
            "breathing",
        ),
        # a tiring child in an asthma attack after many puffs
        ("asthma attack, 10 puffs given, she's getting very tired and quiet now", "breathing"),
    ],
)
def test_emergencies(text: str, category: str) -> None:
    a = assess(text)
    assert a.level == "emergency", a.reasons
    assert a.category in (category, "pediatric", "infection", "cardiac")


def test_swelling_gone_down_is_still_settled() -> None:
    text = "my lips swelled up yesterday for a few hours, it's gone down now, third time this month"
    assert assess(text).level != "emergency"


def test_fresh_cuts_a_parent_found_are_self_harm() -> None:
    a = assess("I found fresh cuts on my 15 year old's thighs, she says she's not suicidal")
    assert a.category == "self_harm" and a.level in ("urgent", "emergency"), a.reasons


def test_cuts_from_an_accident_are_not_self_harm() -> None:
    a = assess("found cuts on my son's legs after he fell off his bike, should they be glued?")
    assert a.category != "self_harm", a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # the weather as "suffocating"
        "the heat in this flat is suffocating lol, any tips for sleeping with mild asthma?",
        # what a past panic attack felt like
        "had a panic attack at work 2 weeks ago, felt like i couldnt breathe, how to prevent it?",
        # a mouthful of mouthwash by a school-age child
        "my 9 year old swallowed some mouthwash while rinsing, she seems totally fine",
        # a lifesaving course's question
        "doing my bronze medallion and want to know how to rewarm someone with hypothermia",
    ],
)
def test_false_alarms_stay_below_emergency(text: str) -> None:
    assert assess(text).level != "emergency"


def test_mouthwash_in_a_toddler_is_still_an_emergency() -> None:
    assert assess("my 2 year old drank some mouthwash").level == "emergency"
