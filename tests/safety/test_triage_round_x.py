"""Triage round X (blind set X, 2026-11-27, read after it was scored once): the mechanisms it
showed. Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Guillain-Barre told as it went, feet first, then the hands, then the breath
        (
            "it started with tingling in my toes on monday, today my legs are weak and now my"
            " fingers are going numb too and I'm struggling to take a deep breath",
            "neuro",
        ),
        # reduced movements at term in lay words, and a "39+2" gestation
        (
            "39+2 weeks, she normally kicks loads after dinner but tonight I've hardly felt"
            " anything, tried cold juice and lying on my side",
            "pregnancy",
        ),
        # cauda equina: numb around the backside, no urine, with back pain
        (
            "lower back pain for a month, now I can't feel around my backside when I wipe and"
            " I haven't peed since this morning",
            "neuro",
        ),
        # a place chosen, a time, and the burden lifted for good
        (
            "found the bridge with the lowest railing. going tonight, then nobody has to deal"
            " with me anymore",
            "self_harm",
        ),
        # epiglottitis: drooling, no swallowing, leaning forward to breathe
        (
            "throat agony since lunchtime, can't swallow my own saliva, drooling, and I have to"
            " sit forward to breathe",
            "infection",
        ),
        # a heart attack felt as pressure in the upper stomach, sweaty and breathless
        (
            "my diabetic dad is breathless walking to the kitchen, clammy, with a pressure"
            " feeling in upper stomach, he says it isn't chest pain",
            "cardiac",
        ),
        # a face swelling with a tight throat and a wheeze, whatever set it off
        (
            "used a new box dye an hour ago, my face is puffing up, my throat feels tight and"
            " I'm wheezing",
            "allergy",
        ),
        (
            "my lips and face are swelling up fast, my throat feels tight and I'm wheezing, no"
            " idea what caused it",
            "allergy",
        ),
    ],
)
def test_emergencies_blind_set_x_showed(text: str, category: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("emergency", category), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a pet's choking noise is the vet's
        "my cat makes a noise like she's choking when she purrs, the vet says hairballs",
        # breath-holding spells
        "my 18 month old holds her breath when she cries until her lips go blue, then breathes"
        " again, the GP called it breath-holding spells",
        # a face numb after the dentist's injection
        "my face went numb on one side after the dentist's injection for a filling, it wore"
        " off after a few hours, normal?",
        # a leg gone dead from kneeling
        "my leg went dead after kneeling in the garden for an hour, fine once I walked about",
        # "twice" is no double dose when no medicine was taken twice
        "had cold sores twice this year, can I prevent them without tablets?",
        # an adult's vitamins taken twice
        "took my multivitamin twice today by mistake, any harm?",
        "accidentally took my vitamin D and fish oil twice this morning",
        "my 9 month old is teething, drooling loads, with a runny nose",
        # songs, storylines and films
        "is the song about suicide? my daughter sings it all day, I'm just curious about the"
        " lyrics",
        "my son wants to watch a series with a suicide storyline, he's 15 and doing well",
    ],
)
def test_look_alikes_blind_set_x_showed_stay_routine(text: str) -> None:
    assert assess(text).level == "routine", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # a child's vitamins with iron, or an adult unwell after them, are not waved through
        "my 3 year old ate a whole pot of my vitamin gummies with iron",
        "took my iron tablets twice today by mistake and now I'm vomiting",
        # drooling with a cold is no closing airway, but with a harsh noise and no swallowing it is
        "my son is drooling, can't swallow and his breathing is noisy and hard, high fever",
        # a person choking beside a pet
        "my dog jumped up and my son is choking on a grape, he can't breathe",
        # a toddler blue who is not breathing again
        "my son held his breath crying and now his lips are blue and he's floppy and not breathing",
        # a water tablet twice a day by mistake for a week, now dizzy
        "mum has been taking her water tablet twice a day for a week by mistake, now dizzy",
    ],
)
def test_what_those_exceptions_must_not_hide(text: str) -> None:
    assert assess(text).level != "routine", assess(text).reasons
