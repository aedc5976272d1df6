"""Triage: texts the shipped backstop alone held at emergency, which a refit on more files
dropped (REPORT, the 75-file refits of 2026-11-29), given to the rules so a refit cannot lose
them. Checked with the rules alone (no learned model): situations, in our own sentences.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess
from weighin.safety.triage.verdict import assess_with


def _rules(text):
    return assess_with(text, None)


@pytest.mark.parametrize(
    "text",
    [
        # foraged fungi, then the gut
        "picked some fungi in the woods and cooked them, now were both being sick with cramps",
        # a head knock, then not staying awake
        "my daughter banged her head on the table and now she wont stay awake",
        # a spike, a railing or a fork gone into the body
        "he slipped onto the railings and one went into his back",
        # a locked jaw and face cramps after a festered wound
        "stood on a splinter a week ago and it festered, now my jaw wont open and i have cramp in "
        "my neck",
        # a poison named after the drink, even spat out
        "dad swigged from a lemonade bottle in the shed. it was antifreeze. he spat it out",
        # a rash that does not fade after a bug
        "d&v since last night and now tiny purple spots on her legs that dont fade",
        "vomiting and diarrhoea all day, now a rash on his chest that doesnt fade under a glass",
        # an infection with a resting pulse past 130
        "kidney infection, fever 39, heart 138 at rest and breathing fast",
    ],
)
def test_rules_alone_hold_these_emergencies(text):
    assert _rules(text).level == "emergency", _rules(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # a note for after
        "to whoever finds this: by the time you read this i will be gone",
        # the blades taken, glass used, a wound that gapes
        "they confiscated my razors so i used a piece of glass tonight and it is gaping",
        # going back to the bridge to look over
        "i keep thinking about the bridge. been going up there every night and looking down",
        # a wish to die with the pills at hand, in Spanish
        "ya no quiero vivir, tengo las pastillas aqui y me las voy a tomar todas",
        # widened from the review: "when you read this", a height looked over, blades taken
        "when you guys read this i will already be gone. its not your fault",
        "went up to the car park roof again and stood looking over the edge, thinking how easy "
        "it would be",
        "my sons blades were taken off him so he used a bit of glass, the cut is gaping",
    ],
)
def test_rules_alone_hold_these_self_harm_emergencies(text):
    a = _rules(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "we bought mushrooms at the market and had them for tea, all fine, just wondering how "
        "long they keep",
        "the barber took away his razors so he used scissors on his beard lol",
        "mum hid my razors so i used scissors for my fringe, it looks awful",
        "heart 135 at the gym, normal?",
        "tengo las pastillas para la presion, puedo tomarlas con cafe?",
        "the dogs legs are weaker by the hour, hes 14 and the vet is closed",
        "by the time you read this ill be gone - off to lisbon for a week, any tips for jet lag",
        "looking down at the garden from the loft, thinking how easy it would be to put a "
        "skylight in",
    ],
)
def test_their_look_alikes_stay_routine(text):
    assert assess(text).level == "routine", assess(text).reasons


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # classic presentations the rules had missed in these words (the backstop held them)
        ("headache out of nowhere, the worst ever, came on in seconds", "worst-ever headache"),
        ("sudden pain in my back, tearing, right between the shoulder blades", "tearing pain"),
        ("brought up bright red blood after retching all night, dizzy", "vomiting blood"),
        ("gave birth last week and now going through 3 pads an hour, light headed", "pads an hour"),
        ("tight chested all afternoon and now he cant finish his sentences", "speak in sentences"),
        ("my dads legs are weaker by the hour, he cant stand now", "weakness climbing"),
        ("my girlfriends legs are getting weaker by the hour since the flu", "weakness climbing"),
    ],
)
def test_rules_alone_read_these_classic_emergencies(text, reason):
    a = _rules(text)
    assert a.level == "emergency", a.reasons
    assert any(reason in r for r in a.reasons), a.reasons
