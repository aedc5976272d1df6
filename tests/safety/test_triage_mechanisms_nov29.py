"""Triage, second session of 2026-11-29: three readings the rules got wrong, found while the
backstop's ``urgent`` threshold was lowered (it raises what the rules read as urgent, so a
misread urgent became an emergency). Sentences are ours.

- Suicidal thoughts with the means denied are thoughts without means (urgent); means not got
  "yet", or got, are a plan (an emergency). The rules had read "i have no rope" and "i have not
  got any pills" as means at hand.
- The writer puzzled is no confused mind: "im confused, is vomiting a side effect of the jab?",
  "i was confused by the instructions".
- Fitting a floor or a kitchen is no fit: "fitting the new laminate", "been fitting on the floor
  all morning tiling the bathroom"; fitting on the floor by the cupboards still is.
- Found by the look-alike review of those (``review_triage_nov29.jsonl``): a cut "to the bone"
  or showing "something white" is a deep wound, and a ligature that snapped is an attempt.
- Given to the rules from a text only the backstop held, just over 0.90 (a refit dropped it):
  "clutches his chest", with a sign beside it, is chest pain as "clutching" was. Alone, the
  other tenses are as often a laugh or a fright (a helper's 80 look-alikes,
  ``review_triage_nov29_b.jsonl``, read 15 such worse until the sign was required; plural
  spikes and nails as punctures read 7 worse, nails into a wall, and were dropped).
"""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        "i keep thinking about killing myself, i have no rope",
        "i have not got any pills, my mum keeps them locked. i just want to not exist",
        "want to die most days. i havent bought anything and i dont have a plan",
        "thoughts of ending it again but i have never had a gun in the house",
    ],
)
def test_thoughts_with_the_means_denied_are_urgent_self_harm(text):
    a = assess(text)
    assert (a.level, a.category) == ("urgent", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "i keep thinking about killing myself. i have bought a rope",
        "i keep thinking about killing myself. i havent bought the rope yet",
        "i want to die. i havent got the pills yet but i know where to get them",
        "not gonna lie i bought a rope today, i want to die",
        "i want to die, i have not eaten all day but i have the pills here",
    ],
)
def test_thoughts_with_means_got_or_planned_are_emergencies(text):
    a = assess(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "im confused, is vomiting a side effect of the covid jab",
        "i was confused by the instructions and now ive been vomiting after the bowel prep",
        "im so confused as to whether i should take the second dose after being sick",
        "bit confused, the nurse said my blood pressure was 150/95, should i be worried",
        "dad got confused by the letter from the hospital, does fasting mean no water too",
        "the hospital discharge note has me confused, nobody has called",
        "been fitting on the floor all morning tiling the bathroom and my back is killing me",
        "spent all day fitting the new kitchen units and now my shoulder hurts",
        "been kneeling fitting on the floor all weekend laying laminate, my knee is sore",
    ],
)
def test_a_puzzled_writer_and_a_fitted_floor_are_routine(text):
    assert assess(text).level == "routine", assess(text).reasons


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("im confused and dizzy after hitting my head", "emergency"),
        ("im confused, is it morning? my head hurts so much after the fall", "urgent"),
        ("mum is confused about where she is and has a fever", "urgent"),
        ("dad is fitting on the floor by the kitchen cupboards", "emergency"),
        ("he was fitting on the bathroom floor tiles, shaking and not responding", "emergency"),
    ],
)
def test_confusion_and_fits_are_still_read(text, level):
    assert assess(text).level == level, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "fitting laminate and the mitre saw kicked back, cut my thumb nearly to the bone",
        "sliced my finger on a mandolin, can see something white in it",
    ],
)
def test_a_cut_to_the_bone_is_a_deep_wound(text):
    a = assess(text)
    assert (a.level, a.category) == ("urgent", "bleeding"), a.reasons


@pytest.mark.parametrize(
    "text", ["im chilled to the bone after the walk", "that film cut me to the bone lol"]
)
def test_to_the_bone_said_of_a_feeling_is_no_wound(text):
    assert assess(text).level == "routine", assess(text).reasons


def test_a_ligature_that_gave_way_is_an_attempt():
    a = assess(
        "i have no rope.. i used my dressing gown belt and it snapped, neck hurts, still want to"
        " die"
    )
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons
    assert assess("my belt snapped at work today lol").level == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "my husband clutches his chest then it goes to his jaw, sweating buckets",
        "boss grabbed at his chest in a meeting and went white and clammy, says hes fine",
    ],
)
def test_the_chest_clutched_with_a_sign_beside_it_is_an_emergency(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "my husband clutched his chest laughing so hard at the comedy show lol",
        "my son clutches his chest and says im wounded every time he loses at fifa",
    ],
)
def test_the_chest_clutched_in_a_laugh_is_routine(text):
    assert assess(text).level == "routine", assess(text).reasons
