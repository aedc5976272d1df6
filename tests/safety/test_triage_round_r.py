"""Triage round R (blind set R, 2026-11-27, read after it was scored once): the mechanisms it
showed, each with the neighbours that must stay as they are. Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "chest is paining" (South Asian English), with sweating and vomiting
        (
            "my uncle 58 is diabetic, for half an hour his chest is paining and heavy, sweating a"
            " lot and vomited twice",
            "cardiac",
        ),
        # sudden breathlessness with blood coughed up
        (
            "all of a sudden I can't catch my breath and I coughed up bright red blood just now",
            "breathing",
        ),
        # numb when wiping, and no pee since morning, with back trouble: cauda equina
        (
            "my back has been bad all week, now I can't feel it when I wipe and I haven't managed"
            " to pee since breakfast",
            "neuro",
        ),
        # a scratch gone dark purple with fever, no swelling said
        (
            "scratch from a rose bush on my arm, now the skin around it is black and blistered,"
            " fever 39.8",
            "infection",
        ),
    ],
)
def test_emergencies(text: str, category: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("emergency", category), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # prevention, and how a thing is done
        "should I take fish oil to reduce the risk of a heart attack? I'm 45 and healthy",
        "what is the correct way to do chest compressions on an adult? doing a course next week",
        # a choke that passed
        "my son choked on a grape at lunch, coughed hard for a bit, then completely fine",
        # the writer's usual oxygen level
        "mum has COPD, her sats are 89 which the nurse says is her normal. when do we worry?",
        # attacks that are panic, as a doctor found
        "I get attacks where I feel like I can't breathe, my GP tested me and it's panic",
        # a question asked of a condition
        "If my toddler swallows a battery, what should I do while waiting for the ambulance?",
        # caffeine is not an overdose
        "overdosed on coffee before my exam lol, shaky hands. how long does caffeine last?",
    ],
)
def test_false_alarms_stay_below_emergency(text: str) -> None:
    a = assess(text)
    assert a.level != "emergency", a.reasons
    assert a.category != "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "he swallowed a battery and is drooling, what should i do while waiting for the ambulance?",
        "her sats are 84 and she is struggling to breathe, usually 93",
        "i overdosed on my sleeping pills an hour ago",
    ],
)
def test_the_real_ones_stay_emergencies(text: str) -> None:
    assert assess(text).level == "emergency"
