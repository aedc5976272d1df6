"""Triage: emergencies only the learned backstop raised (med set 2), given to the rules by
situation (these sentences are ours), and the look-alikes that must stay as they were. Each
case asserts a piece of the new rule's reason, so it fails without the rule.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage.verdict import assess_with


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "my uncle had a swig out of an old cola bottle in the garage, it had antifreeze in it",
            "drunk from a bottle",
        ),
        ("took a gulp from a juice bottle that was full of weed killer, tongue stinging", "bottle"),
        ("my 2yo got at the drain unblocker, white burns on his lips and drooling", "caustic"),
        (
            "found my 20 month old with nana's heart tablets, the packet open, some missing",
            "risky medicines",
        ),
        ("gave myself my lantus twice tonight, sugar now 2.9 and shaky", "insulin"),
        ("my 5 yo was chewing yew berries in the park and has been sick twice", "plant"),
        (
            "i think someone spiked my drink at the bar, legs like jelly and can barely stand",
            "spiked",
        ),
        (
            "she is allergic to prawns and had a bit, lips swelling fast and she keeps coughing",
            "second system",
        ),
        ("gave him his epipen 5 mins ago for a peanut reaction, he looks fine now", "pen"),
        (
            "blood is soaking through the bandage and a towel, we are pressing and it wont stop",
            "not stopping",
        ),
        (
            "had my baby 3 days ago and there is a gush of blood soaking everything, im dizzy",
            "after a birth",
        ),
        ("my dad has been on the floor all night by his bed, cold and muddled", "on the floor"),
        (
            "my gran 88 slipped on the stairs, cannot get up, her right foot is turned outwards",
            "foot turned out",
        ),
        ("the lvad is alarming and my wife looks pale and clammy", "LVAD"),
        ("my husband's stoma has turned black this afternoon", "stoma"),
        (
            "my boy swallowed a lego piece and now there is a whistling sound when he breathes",
            "swallowed",
        ),
        ("toddler's groin lump is hard and red and he is screaming", "groin lump"),
        ("on warfarin for afib and suddenly in agony with my stomach", "stomach agony"),
    ],
)
def test_backstop_med2_situations_read_as_emergency(text: str, reason: str) -> None:
    a = assess_with(text, None)
    assert a.level == "emergency", (text, a)
    assert any(reason in r for r in a.reasons), (text, a.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "is it safe to keep antifreeze in an old water bottle in the shed?",
        "found an old bottle of weedkiller in the shed, nobody has touched it, how do i dispose",
        "had a reaction to cashews last year, lips swelled, it settled with piriton",
        "is it normal to still have some lochia 2 weeks after birth? not heavy",
        "small cut on my finger, bled a bit but stopped after a minute of pressure",
        "my mum had a fall three months ago and is walking fine now, should she get a check?",
        "how do i use an epipen? want to be prepared for my son's nut allergy",
    ],
)
def test_backstop_med2_near_misses_stay_below_emergency(text: str) -> None:
    a = assess_with(text, None)
    assert a.level != "emergency", (text, a)
