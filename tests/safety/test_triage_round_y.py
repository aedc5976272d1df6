"""Triage round Y (blind set Y, 2026-11-27, read after it was scored once): the mechanisms it
showed. Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a thunderclap told as a blow
        (
            "headache came on like being hit with a hammer on the back of my head while I was"
            " straining, I feel sick",
            "neuro",
        ),
        # a broken hip: a fall, cannot get up, the leg short and turned out
        (
            "grandad slipped on the stairs an hour ago, can't get up, his left leg is shorter and"
            " pointing outwards",
            "other",
        ),
        # oxygen read from "the finger monitor"
        ("dad has covid and is breathless, the finger monitor says 84%", "breathing"),
        # a quinsy or epiglottitis: cannot even swallow one's spit, and breathing harder
        (
            "tonsils agony for days, now I can't even swallow my own saliva and it's getting"
            " harder to breathe",
            "infection",
        ),
        # an adrenaline pen given is an ambulance, however well the child seems after it
        (
            "gave my daughter her epipen 10 minutes ago after she ate a cashew, she seems better"
            " now, do we still need to go in?",
            "allergy",
        ),
        # paracetamol by the clock for days, now sick: the liver
        (
            "been taking 2 paracetamol every 2 hours for my back for 3 days, now nauseous with"
            " pain under my right ribs",
            "poisoning",
        ),
        (
            "taking way more paracetamol than the packet says for a week for toothache, now"
            " vomiting",
            "poisoning",
        ),
    ],
)
def test_emergencies_blind_set_y_showed(text: str, category: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("emergency", category), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # ideation without a plan, in second-language words
        "since I lost my job I feel there is no use to live, no plan, just this feeling every day",
        # a burn made to cope, and a child found cutting her arms
        "I burned my wrist with a cigarette last night when I was panicking, small mark",
        "just found out my 14 year old has been cutting her upper arms, shallow, nothing that"
        " needs stitches",
    ],
)
def test_self_harm_blind_set_y_showed(text: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("urgent", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a subject studied, a film watched, a choke long over, storage for a trip
        "toxicology exam on monday: why is an opioid overdose treated with naloxone?",
        "watched a gory war film and the blood made me feel faint, is that a phobia?",
        "choked on a crisp at lunch, coughed it up, now I'm totally fine, breathing normal",
        "type 1 diabetic going trekking in Nepal, tips for keeping insulin cool?",
    ],
)
def test_look_alikes_blind_set_y_showed_stay_below_emergency(text: str) -> None:
    assert assess(text).level != "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "i've been keeping all my old tramadol in a box under my bed, 60 of them, thinking of"
        " taking them",
        "watching a horror film when my son fell through the glass door, his arm is spurting blood",
    ],
)
def test_what_those_exceptions_must_not_hide(text: str) -> None:
    assert assess(text).level == "emergency", assess(text).reasons


def test_a_dose_read_off_the_packet_is_no_dose_taken() -> None:
    text = "2 tablets every 4 hours is what the packet says for paracetamol, is that right?"
    assert assess(text).level == "routine", assess(text).reasons
