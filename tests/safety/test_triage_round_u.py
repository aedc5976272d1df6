"""Triage round U (blind set U, 2026-11-27, read after it was scored once): the mechanisms it
showed. Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # an artery: blood pulsing out with the heartbeat
        (
            "cut my leg on a broken bottle and the blood is spurting in time with my pulse",
            "bleeding",
        ),
        ("knife slipped into my thigh, blood pumping out with every heartbeat", "bleeding"),
        # a heart slowed by a medicine taken twice, or with repeated vomiting
        (
            "mum took her heart pills twice by mistake, now her pulse is 36 and she feels sick",
            "cardiac",
        ),
        ("my dad has thrown up all morning and his pulse is only 35", "cardiac"),
    ],
)
def test_emergencies(text: str, category: str) -> None:
    a = assess(text)
    assert a.level == "emergency", a.reasons
    assert a.category in (category, "poisoning")


@pytest.mark.parametrize(
    "text",
    [
        # arms slit: no accident is told so
        "i slashed my forearms in the shower and i cant stop the blood, getting cold",
        # a poison drunk after a fight
        "my brother drank weedkiller after a huge argument with dad, he is sweating and drooling",
    ],
)
def test_self_harm_emergencies(text: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


def test_a_poison_drunk_by_accident_after_a_fight_is_poisoning() -> None:
    a = assess("my son drank bleach by accident after a fight with his brother over the toy")
    assert (a.level, a.category) == ("emergency", "poisoning"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a wish that keeps coming back, told after a loss dated in the past
        "since my husband passed last winter I often wish I could fall asleep and not wake up",
        "ever since I lost my job in May I keep thinking everyone would be better off without me",
    ],
)
def test_passive_ideation_after_a_loss_is_urgent_self_harm(text: str) -> None:
    a = assess(text)
    assert a.category == "self_harm" and a.level in ("urgent", "emergency"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # what a first-aid course taught
        "at my first aid course they said to do CPR until the ambulance arrives, is that right?",
        "In our BLS refresher they said no pulse means start compressions. How deep exactly?",
    ],
)
def test_first_aid_course_questions_stay_below_emergency(text: str) -> None:
    assert assess(text).level != "emergency"


def test_a_slow_pulse_in_an_athlete_without_symptoms_is_no_emergency() -> None:
    assert assess("my resting pulse is 38, I run marathons, is that fine?").level != "emergency"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # pre-eclampsia's first sign, a reading in the second half of pregnancy
        ("31 weeks pregnant and the midwife's machine said my BP is 148/96, no headache", "urgent"),
        ("34 weeks, my home blood pressure is 165/112 right now", "emergency"),
    ],
)
def test_raised_blood_pressure_in_pregnancy(text: str, level: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == (level, "pregnancy"), a.reasons


def test_blood_pressure_in_range_in_pregnancy_is_routine() -> None:
    assert assess("30 weeks pregnant, blood pressure 118/76 today, all fine?").level == "routine"


def test_a_swollen_eyelid_with_fever_is_urgent() -> None:
    a = assess("my 5 year old's eyelid swelled up overnight and he has a temperature of 38.6")
    assert a.level == "urgent", a.reasons


def test_a_swollen_eyelid_without_fever_is_not_urgent_for_that() -> None:
    assert assess("woke up with a puffy eyelid, no fever, a bit itchy").level == "routine"


def test_only_a_few_wet_nappies_with_diarrhoea_is_urgent() -> None:
    a = assess("our 18 month old has had the runs since Sunday and only 3 wet nappies today")
    assert (a.level, a.category) == ("urgent", "pediatric"), a.reasons
