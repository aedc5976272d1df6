"""Triage round P (blind set P, 2026-11-26, read after it was scored twice): the mechanisms it
showed, each with the neighbours that must stay as they are. Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a medicine with a narrow margin, extra doses by mistake, and now unwell
        (
            "dad took his lithium twice a day instead of once all week by mistake, now shaky,"
            " throwing up and confused",
            "poisoning",
        ),
        (
            "gran had double her digoxin by mistake for days, she is vomiting and her pulse is so"
            " slow",
            "poisoning",
        ),
        # only tiny breaths, and getting harder
        (
            "sharp pain on one side of my chest when i breathe, can only take tiny breaths now",
            "breathing",
        ),
        # an overdose counted in "extra strength" tablets, with a wish not to wake up
        (
            "ive had 30 extra strength since this morning and i dont want to wake up",
            "self_harm",
        ),
        # a friend's goodbye said as a joke
        (
            "my friend keeps texting 'wont be a burden much longer' and then laughs it off",
            "self_harm",
        ),
    ],
)
def test_emergencies_round_p(text: str, category: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("emergency", category), a


@pytest.mark.parametrize(
    "text",
    [
        "took an extra dose of my vitamin D by mistake, is that ok",
        "accidentally took two paracetamol twice this morning, feel fine",  # not a narrow margin
        "took my lithium twice today by mistake, feel completely fine, what should i do",
    ],
)
def test_extra_doses_without_harm_are_no_emergency(text: str) -> None:
    assert assess(text).level != "emergency"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # suicidal thoughts; the means are out of reach: a doctor today, not an ambulance
        (
            "having thoughts about ending it again. the pills are locked away at my sister's,"
            " i can't get to them",
            "urgent",
        ),
        ("my uncle keeps saying what is the use of living since his wife died", "urgent"),
    ],
)
def test_self_harm_urgent_round_p(text: str, level: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == (level, "self_harm"), a


def test_means_at_hand_stay_an_emergency() -> None:
    a = assess("thinking about ending it and the pills are in my drawer right here")
    assert (a.level, a.category) == ("emergency", "self_harm")


@pytest.mark.parametrize(
    "text",
    [
        "my husband snores like a chainsaw, is that a sign of anything?",
        "honestly drowning in coursework this month, what helps with stress headaches",
        "3 years clean from self harm this week, how do i fade old scars",
        "choked on a crisp at lunch but coughed it right out, throat a bit sore now",
        "ran for the train and was puffed for a minute, fine after. just unfit?",
        "fainted when the nurse took my blood and I saw the needle, fine now, normal?",
        "in the series, was the way they showed self harm realistic? it's for my class",
        "if i ever did feel suicidal, which number do i ring? just asking, i'm fine",
        "the cast won't be a problem for much longer, it's coming off on friday",
    ],
)
def test_false_alarms_round_p(text: str) -> None:
    a = assess(text)
    assert a.level == "routine", a
