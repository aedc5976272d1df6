"""Triage round AC (blind set AC, 2026-11-27: people far from easy care, farms, boats, treks,
travel, local words; read after it was scored once): the mechanisms it showed (the exposure
rules are ``rules/exposures.py``). Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "a snake bit my brother on the ankle in the field an hour ago, it's swelling",
            "poisoning",
        ),
        (
            "bitten by a krait while sleeping on the floor, now his eyelids are drooping",
            "poisoning",
        ),
        (
            "did 3 dives to 25m, now both legs are tingling and weak and I feel dizzy",
            "neuro",
        ),
        ("we're at 4800m and my friend is confused and can't walk straight", "neuro"),
        (
            "cut my foot on a rusty nail last week, now my jaw is locked and my neck is stiff",
            "infection",
        ),
        (
            "back from Uganda last week, fever and shaking, now he is drowsy and his pee is dark"
            " like cola",
            "infection",
        ),
        (
            "tractor rolled on him, he says he's ok but his belly is getting hard and he's pale and"
            " clammy",
            "bleeding",
        ),
        ("heaviness and gas in the chest, sweating a lot, I'm 60 with diabetes", "cardiac"),
        ("my poo is black and sticky like tar and I nearly fainted getting up", "bleeding"),
        (
            "my period is 6 weeks late, sharp pain low on the right and my shoulder tip hurts,"
            " feel faint",
            "pregnancy",
        ),
    ],
)
def test_emergencies_blind_set_ac_showed(text: str, category: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("emergency", category), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "lay down on the tracks last night but a train didn't come, going back tonight",
        "drank some of the insect poison on purpose, now I regret it, do I need to go in?",
    ],
)
def test_self_harm_blind_set_ac_showed(text: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a station that is a farm; a first-aid course's question
        "my uncle runs a cattle station and says there's no point going on, but he has no plan"
        " and would never do anything",
        "doing a lifeguard course next month, what's the CPR sequence for a drowning?",
        # the same exposures as questions, pets and history
        "what should I pack in a snakebite kit for a trek in Nepal?",
        "our dog was bitten by a snake, he seems fine, should we go to the vet?",
        "do snake bites always need antivenom?",
        "planning to dive to 30m next week, how do I avoid the bends?",
        "we are going to 4000m in Peru, how do I prevent altitude sickness?",
        "had a tetanus shot after stepping on a nail, my arm is stiff today, normal?",
        "I took the vaccine last year and regret it, my arm still aches",
    ],
)
def test_look_alikes_blind_set_ac_showed_are_no_emergency(text: str) -> None:
    assert assess(text).level != "emergency", assess(text).reasons
