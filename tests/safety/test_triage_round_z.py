"""Triage round Z (blind set Z, 2026-11-27, read after it was scored once): the mechanisms it
showed. Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a collapsed lung: sudden one-sided chest pain and breathlessness
        (
            "out of nowhere a sharp pain on the right side of my chest, now I'm breathless and"
            " breathing fast",
            "breathing",
        ),
        # epiglottitis in a child: drooling, leaning forward, a noise on breathing in
        (
            "my 5 year old has a high fever, is drooling, sitting leaning forward and won't lie"
            " down, and makes a whistly noise when he breathes in",
            "pediatric",
        ),
        # an implanted defibrillator named a sentence before it fired again and again
        (
            "I have an ICD since my cardiac arrest. It has fired twice in the last hour and I feel"
            " faint",
            "cardiac",
        ),
    ],
)
def test_emergencies_blind_set_z_showed(text: str, category: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("emergency", category), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a relapse of cutting, shallow, no wish to die
        "relapsed into cutting last night after a year clean, shallow, cleaned them, I don't"
        " want to die",
        # a friend's thoughts told in secret, with no plan and no intent
        "my friend says she thinks about killing herself but she'd never actually do it and has"
        " no plan, she made me swear not to tell",
    ],
)
def test_self_harm_urgent_blind_set_z_showed(text: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("urgent", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a pet's breathing, an old stroke's leftover weakness
        "my dog wheezes like he can't breathe for a few seconds after running, then he's fine",
        "mum had a stroke four years ago, just a bit of weakness in her right hand now, which"
        " diet lowers the risk of another?",
    ],
)
def test_look_alikes_blind_set_z_showed_are_no_emergency(text: str) -> None:
    assert assess(text).level != "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "my dog knocked me over and now I can't breathe and my lips are going blue",
        "my friend made me promise not to tell but she has the pills in her bag and is taking"
        " them tonight",
    ],
)
def test_what_those_exceptions_must_not_hide(text: str) -> None:
    assert assess(text).level == "emergency", assess(text).reasons


def test_it_fired_is_a_defibrillator_only_when_one_is_named() -> None:
    a = assess("it shocked me when I touched the electric fence, my hand tingles")
    assert not any("defibrillator" in r for r in a.reasons), a.reasons
