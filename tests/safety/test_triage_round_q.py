"""Triage round Q (blind set Q, 2026-11-27, read after it was scored twice): the mechanisms it
showed, each with the neighbours that must stay as they are. Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # lips swelling after a food allergen, and noisy breathing: anaphylaxis
        (
            "my husband ate prawn curry and now his lips are puffing up and he is breathing with a"
            " whistle",
            "allergy",
        ),
        # wheezing too hard to answer
        (
            "my asthmatic neighbour is wheezing and cannot speak more than a word, inhaler empty",
            "breathing",
        ),
        # a small wound gone swollen and dark, with fever
        (
            "grazed my knee on saturday, now the whole leg is swollen and the skin is going dark"
            " purple, temp 39.2",
            "infection",
        ),
    ],
)
def test_emergencies(text: str, category: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("emergency", category), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a stock of medicine for a long trip
        "mum is stockpiling her blood pressure tablets because she is going overseas for 4 months,"
        " will the pharmacy give her that many?",
        # a debate, a film, a device for the office
        "we were debating about hypothermia after watching a survival film, how cold is too cold?",
        "our gym wants to buy a defibrillator, which one is easiest for staff to use?",
        # contractions asked about, not had
        "how can I tell real contractions from practice ones? I'm 31 weeks, no pain or bleeding",
        # a past story told over two sentences
        "A man collapsed at my gym last year. A trainer did CPR and he recovered. Learn it?",
        # breathless only on going out into the heat
        "the heatwave is unreal, I literally can't breathe when I go outside. tips for sleeping?",
    ],
)
def test_false_alarms_stay_below_emergency(text: str) -> None:
    assert assess(text).level != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "i've been stockpiling my tablets because i don't want to be here anymore",
        "stockpiling my meds for when i go abroad. i won't need a return ticket. goodbye everyone",
    ],
)
def test_a_stock_with_intent_is_still_self_harm(text: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


def test_a_present_cpr_and_a_defibrillator_in_use_stay_emergencies() -> None:
    for text in (
        "he collapsed at the bus stop, someone is doing CPR and they put the defib on him",
        "he has no pulse, someone get the defibrillator",
    ):
        assert assess(text).level == "emergency"


def test_contractions_now_before_term_are_an_emergency() -> None:
    a = assess("32 weeks pregnant and contractions started an hour ago, every 6 minutes")
    assert (a.level, a.category) == ("emergency", "pregnancy")


def test_a_passive_wish_to_disappear_is_self_harm() -> None:
    a = assess("my son (15) told me he wishes he could disappear forever. what do i do?")
    assert a.category == "self_harm" and a.level != "routine"


@pytest.mark.parametrize(
    "text",
    [
        # a history, then news told in the past tense: the news is now
        "He had a stroke last year. He collapsed and went grey.",
        "My aunt had a bypass in 2015. She fell down in the kitchen and started fitting.",
    ],
)
def test_news_after_a_dated_history_is_not_carried_into_the_past(text: str) -> None:
    assert assess(text).level == "emergency"
