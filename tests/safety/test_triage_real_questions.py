"""False alarms found reading the emergencies the triage raised on real questions (2026-11-27):
a likeness ("my hands feel like they are on fire") is no event; a risk or a history asked about
("am I a candidate for a stroke?") is a question, not a stroke. Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        "for months my feet have felt like they are on fire at night, is it my diabetes?",
        "sick on and off for weeks, it feels like my whole body is poisoned",
        "my skin feels as if it is burning but there is no rash, what could it be?",
    ],
)
def test_a_likeness_is_no_burn_or_poisoning(text: str) -> None:
    assert assess(text).level != "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "his sleeve caught fire at the barbecue, the skin on his arm is white and leathery",
        "my daughter's dress was on fire, her chest is badly burnt",
        "I feel like I was poisoned, he put antifreeze in my drink and I'm vomiting",
    ],
)
def test_a_real_burn_or_poisoning_stays_an_emergency(text: str) -> None:
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "am i a likely candidate for a stroke? i smoke and my dad had one",
        "is my mum at high risk of a stroke with her blood pressure?",
        "can a blood test show if i have ever had a heart attack?",
        "i keep worrying i'm going to have a heart attack like my uncle, all my tests are clear",
    ],
)
def test_a_risk_or_history_asked_about_is_no_emergency(text: str) -> None:
    assert assess(text).level != "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "has he ever had a seizure before? no, and he is fitting right now and it won't stop",
        "am i at risk of a stroke? my face dropped on one side an hour ago and my arm is weak",
        "the worst headache I've ever had came on suddenly while lifting, I feel sick",
        "scared i'm going to have a heart attack, crushing chest pain and sweating for 30 minutes",
    ],
)
def test_a_present_emergency_beside_such_a_question_stays_one(text: str) -> None:
    assert assess(text).level == "emergency", assess(text).reasons
