"""Triage round W (blind set W, 2026-11-27, read after it was scored once): the mechanisms it
showed. Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # a button battery gone from a fob or a toy and perhaps swallowed, however well the child
        (
            "the battery from the tv remote is missing and I think my 3 year old swallowed it",
            ("poisoning",),
        ),
        # acute glaucoma: a painful red eye, halos and vomiting
        (
            "my right eye is agony and red, I see rainbow halos around lights and I've been sick",
            ("other",),
        ),
        # a heart attack without pain in an older or diabetic person
        (
            "dad is 81, weak, clammy, grey and short of breath for an hour, no chest pain",
            ("cardiac",),
        ),
        # a scald over the chest and an arm in a child
        (
            "my 2 year old pulled a cup of tea over his chest and arm, it's blistering",
            ("pediatric", "other"),
        ),
    ],
)
def test_emergencies(text: str, categories: tuple[str, ...]) -> None:
    a = assess(text)
    assert a.level == "emergency", a.reasons
    assert a.category in categories, a.category


@pytest.mark.parametrize(
    "text",
    [
        # a ligature found round the neck
        "came home and found my brother with a belt tied round his neck, he's conscious now",
        # a cut deeper than ever before
        "i cut deeper than ever tonight and it keeps bleeding through the plasters",
    ],
)
def test_self_harm_emergencies(text: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


def test_cuts_a_parent_saw_are_urgent_self_harm() -> None:
    # (scratches alone are not: eczema, chickenpox and gardening scratch too)
    a = assess("noticed cuts on my daughter's arms this morning, she says it's stress")
    assert (a.level, a.category) == ("urgent", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a negative pregnancy test: not pregnancy bleeding
        "period came late and heavy with clots, pregnancy test was negative, is that normal?",
        # a diagnosis's name, not a weakness now
        "my neurologist says my attacks are hemiplegic migraine, can I still drive?",
        # a blocked nose
        "bad cold, can't breathe through my nose at night, any tips?",
        # an intrusive thought, disowned
        "on bridges I sometimes think what if I jumped, but I have no wish to die, is that odd?",
    ],
)
def test_false_alarms_stay_below_emergency(text: str) -> None:
    assert assess(text).level != "emergency"


def test_a_scarf_worn_for_the_cold_is_no_ligature() -> None:
    a = assess("my mum tied a scarf round her neck because of the cold and now her throat is sore")
    assert a.category != "self_harm", a.reasons
