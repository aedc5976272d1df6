"""Triage mechanisms found on external set C, each pinned by wording of our own (not C's)."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess
from weighin.safety.triage.verdict import assess_with

# Each mechanism: a present case the rules alone must raise, and a hard negative.
RAISED = [
    # a plan worded as knowing the method or the place, plus being cut off
    (
        "my brother said he's figured out where he would do it and now he's stopped answering",
        "self_harm",
    ),
    # an act under way ("the pills are kicking in") with a farewell
    ("the pills are starting to kick in. i'm sorry to everyone for this", "self_harm"),
    # escalator wording (means, a place) counting as a warning sign next to a farewell
    (
        "left a note for my wife. the car is full of petrol and I'm heading for the cliffs",
        "self_harm",
    ),
    # found unwell beside emptied packets
    (
        "my flatmate is slurring and there are empty packets of her tablets on the floor",
        "self_harm",
    ),
    # pressure in the jaw or back with breathlessness and nausea, no chest pain
    ("heaviness in her left arm and neck, breathless and feels sick for half an hour", "cardiac"),
    # a multi-system allergic reaction (hives, vomiting, drowsy)
    (
        "my son ate a peanut cookie, now hives everywhere, he's being sick and very sleepy",
        "allergy",
    ),
    # birth under way
    (
        "I'm pregnant with my third and I can feel the baby's head, no time to get to hospital",
        "pregnancy",
    ),
    # a high-energy injury
    ("my husband fell off the roof clearing the gutters and he's not making sense", "other"),
    # a limb suddenly cold and pale
    ("dad's foot has turned pale and cold in the last hour and he says it's agony", "other"),
    # infection with a very low blood pressure
    (
        "been shivering with a fever since this morning, now my bp reads 78/50 and I'm dizzy",
        "infection",
    ),
]

ROUTINE = [
    "I think I overdosed on chocolate over christmas, is this heartburn normal?",
    "are fridge magnets a choking hazard for a 3 year old?",
    "Hypothetical question: if a diner started choking in my restaurant, do staff do back blows?",
    "We're writing an emergency plan for my daughter's seizures at school, what should it include?",
    "When my father had his heart attack he was in hospital a week. What's cardiac rehab like?",
    "what's a fatal amount of water to drink? I have about 4 litres a day at the gym",
    "cut myself shaving and it bled loads but stopped after a few minutes of pressure",
    "I was hit by a car 5 years ago and still get back pain, can physio help?",
    "my fingers go white and numb in the cold every winter, is it Raynaud's?",
    "what heart rate counts as too fast for a toddler?",
    "my husband's snoring sounds like he is choking some nights, could it be sleep apnoea?",
    "my mum's stroke was 2 years ago and her speech is still a bit slow, any exercises?",
    "I nearly choked on a sweet this morning but coughed it up, now my throat is sore",
    "tonight I am done with revision, is it ok to have a glass of wine on antibiotics?",
]


@pytest.mark.parametrize(("text", "category"), RAISED)
def test_rules_alone_raise_the_mechanism(text: str, category: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("emergency", category), a


@pytest.mark.parametrize("text", ROUTINE)
def test_hard_negative_stays_routine(text: str) -> None:
    assert assess(text).level == "routine", assess(text)


def test_a_sense_of_doom_is_read_as_a_symptom_not_self_harm() -> None:
    a = assess("crushing pain in my chest, I'm clammy and I feel like I'm going to die")
    assert (a.level, a.category) == ("emergency", "cardiac"), a


def test_negated_pain_does_not_make_spotting_an_emergency() -> None:
    assert assess("30 weeks pregnant, a little spotting today, no cramps or pain").level == "urgent"
