"""A review of rounds X, Y and Z (2026-11-27) wrote look-alikes for each new rule and compared
with the session's start: what a new rule first took wrongly, pinned. Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        # an exam or a "why is ... treated with" beside a present emergency
        "my nursing exam is tomorrow and my mum just collapsed and isn't breathing",
        "why is my husband being treated with aspirin when he still has crushing chest pain and"
        " is sweating",
        "is my mum at risk of a heart attack with this crushing chest pain and sweating?",
        # a film said beside an emergency
        "like in the movies, my dad grabbed his chest and collapsed, he is not breathing",
        # "feels like it's on fire" with something that burns named
        "grease fire in the pan, my face feels like it's on fire, my eyebrows are singed and my"
        " voice is croaky",
        # a dead leg that passed, then a new weakness
        "after kneeling in church my legs felt odd and were back to normal when I stood, but now"
        " my right arm and leg are weak and I can't stand",
        # a pet beside a child who cannot breathe
        "my cat is choking on a hairball and my 2 year old is wheezing and can't breathe",
        # lyrics beside a plan
        "she has the pills ready for tonight and wrote goodbye lyrics in her diary",
    ],
)
def test_emergencies_the_new_exceptions_must_not_hide(text: str) -> None:
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "30 weeks pregnant, had my whooping cough jab today and barely felt a thing",
        "I take paracetamol but never more than the packet says, I have tummy pain from IBS",
        "the pharmacist gave my son his EpiPen prescription today, how do I store it?",
        "pulled a muscle at the gym, sudden twinge on the right side of my chest when I twist,"
        " a bit out of breath when running",
        "my toddler won't lie down to sleep, drooling from teething, and has a bit of a cough",
        "hangover headache like getting hit with a frying pan lol",
        "saddle numbness around my backside after cycling 100 miles yesterday, normal?",
        "twisted my ankle, my foot is pointing outwards a bit and I can walk on it",
    ],
)
def test_look_alikes_of_the_new_rules_are_no_emergency(text: str) -> None:
    assert assess(text).level != "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "there's no use to live in a damp flat, can I get a letter for the council?",
        "my 6 year old has been scratching her legs all week with her eczema",
        "burned my hand with a match when I was lighting the candles, stressed about it",
    ],
)
def test_look_alikes_of_the_new_self_harm_wording_are_not_self_harm(text: str) -> None:
    a = assess(text)
    assert a.category != "self_harm" or a.level == "routine", a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "shingles on my back since Monday, and my eyes are tired from the screen",
        "my hearing is muffled since swimming yesterday, water in my ear",
        "my dog's back foot drags when he walks, vet next week",
        "tension headaches at my temples for 20 years, jaw aches when I clench, I'm 62",
        "i'm tired af since yesterday and my legs ache",
    ],
)
def test_same_day_look_alikes_stay_routine(text: str) -> None:
    assert assess(text).level == "routine", assess(text).reasons
