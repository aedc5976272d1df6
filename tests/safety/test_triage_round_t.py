"""Triage round T (blind set T, 2026-11-27, read after it was scored once): the mechanisms it
showed. Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "i told my friends i am going to step in front of a bus tonight, nobody answered",
            "self_harm",
        ),
        ("she fell on a garden fork and blood is soaking right through her trousers", "bleeding"),
    ],
)
def test_emergencies(text: str, category: str) -> None:
    a = assess(text)
    assert a.level == "emergency", a.reasons
    assert a.category in (category, "pediatric")


@pytest.mark.parametrize(
    "text",
    [
        # blood pressure is not bleeding, in pregnancy too
        "32 weeks pregnant, feet a bit puffy by evening, blood pressure fine at my check today",
        "pregnant with twins, my blood sugar test is next week, what should I eat before it?",
        # a method asked about for a story
        "for a TV script: what happens to a driver when someone steps in front of a train?",
    ],
)
def test_false_alarms_stay_below_emergency(text: str) -> None:
    assert assess(text).level != "emergency"
