"""Triage round AB (blind set AB, 2026-11-27: young people and people in distress, self-harm
hinted rather than said, dark humour; read after it was scored once): the mechanisms it showed.
Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        # a day chosen and a place checked out, no ideation word at all
        "picked saturday. the multi storey by the station, went up twice last week to look",
        # a date set and things given away, debts paid back
        "the day's set. already given my guitar away and paid back what i owe my brother",
        # a lethal-dose question with the means in hand
        "how much of my insulin would stop it all. both pens are here and nobody's home",
        # a note saying sorry and an emptied packet where he keeps things
        "found a note on his desk saying sorry and an empty box of ibuprofen under his bed",
        # "a few extra", then the count
        "took a couple extra of my sleeping pills, probably 15, everything feels slow",
    ],
)
def test_self_harm_emergencies_blind_set_ab_showed(text: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "been getting the 'what if i never wake up' thoughts most nights, not going to act on it",
        "j'ai des idées noires depuis un mois, pas de plan mais ça pèse",
    ],
)
def test_thoughts_of_not_waking_are_urgent_self_harm(text: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("urgent", "self_harm"), a.reasons


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a question, then "mum just got this" now
        (
            "does a migraine make your face go lopsided and your arm go weak? dad has had this"
            " for 15 minutes now, never before",
            "stroke",
        ),
        (
            "sudden stabbing pain left side of chest and I can't catch my breath, I'm 20",
            "breathing",
        ),
        ("my son just swallowed a button battery from the remote, he seems ok", "poisoning"),
        (
            "I'm allergic to peanuts and ate some by accident, lips swelling, I used my pen 2 mins"
            " ago and feel better",
            "allergy",
        ),
        (
            "I think I left a tampon in since Sunday, now fever of 39, vomiting and a red rash all"
            " over",
            "infection",
        ),
    ],
)
def test_emergencies_blind_set_ab_showed(text: str, category: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("emergency", category), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "is it normal to get dizzy when I stand up? I have had this for years",
        "if my toddler ever swallowed a button battery, what would I do?",
        "my daughter swallowed a button battery in 2022 and had surgery, she's fine now",
        "my brother says you can't overdose on caffeine, is that right?",
        "a stack of leftover antibiotics saved up, can I use some for this chest infection?",
        "writing a goodbye card for my therapist, we finish next week and I'm doing really well",
        "I chose friday for my driving test, any tips for nerves?",
        "he is diabetic and uses his pen before meals, how do I store insulin on a flight?",
        "can you get toxic shock from a tampon left in overnight? no symptoms, just curious",
    ],
)
def test_look_alikes_blind_set_ab_showed_are_no_emergency(text: str) -> None:
    assert assess(text).level != "emergency", assess(text).reasons


def test_an_ordinary_event_dates_no_plan() -> None:
    a = assess("I want to die, this maths exam is tomorrow and I have revised nothing")
    assert a.level != "emergency", a.reasons
    a = assess("I want to die tomorrow, I've saved up my pills")
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


# Read from the training writer w9 (short, plain questions), the same session.
def test_chest_pain_the_spray_does_not_settle_is_an_emergency() -> None:
    a = assess("mum's chest pain is still there after 3 sprays of her gtn")
    assert (a.level, a.category) == ("emergency", "cardiac"), a.reasons
    assert assess("how often can I use my GTN spray for angina?").level != "emergency"


def test_voices_telling_one_to_hurt_oneself_are_self_harm() -> None:
    a = assess("a voice keeps telling me to kill myself, I don't think I'll act on it")
    assert a.category == "self_harm" and a.level != "routine", a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "a small cut took 15 minutes to stop bleeding, I take aspirin daily, normal?",
        "can you overdose on vitamin d? I'm worried I take too many",
    ],
)
def test_a_time_taken_or_a_habit_worried_about_is_no_overdose(text: str) -> None:
    assert assess(text).level != "emergency", assess(text).reasons
