"""Triage: what a carer does to keep someone safe is not a warning sign (tablets hidden by the
parent who writes, a teenager's phone taken at night), and medicines taken as treatment are not
means at hand ("has been on all the tablets since", "I've been on sertraline for years"); the
same words about a stash, a phone switched off or pills gathered still are. Our sentences; the
rules are asserted alone.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess
from weighin.safety.triage.verdict import assess_with


@pytest.mark.parametrize(
    "text",
    [
        "my 15 year old told me she thinks about dying sometimes. no plan she says. i've hidden all"
        " the tablets and we took her phone off her at night. who do we call tomorrow",
        "our son said he wishes he wasnt here. we have locked the knives in the car and took his"
        " phone at bedtime. he says he is safe, what now",
        "My husband says he sometimes wants to die but has no plan. I hid his pills in my work bag."
        " Can our GP see him this week?",
        "my teen has had thoughts of ending it, no plan. i took his phone off him at night and then"
        " hid the pills, hes asleep in the next room",
        "ive been on sertraline 100mg for six years. lately i keep thinking everyone would be"
        " better off without me. i wont act on it, but i need help soon",
        "I have been prescribed fluoxetine since uni. the thoughts about not being here are back"
        " this month, no plan, when can i be seen",
    ],
)
def test_a_carers_step_or_a_treatment_is_no_escalator(text: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("urgent", "self_harm"), (text, a)


@pytest.mark.parametrize(
    "text",
    [
        "i want to die. i have hidden 40 paracetamol in my room for tonight",
        "my son says he wants to die and he has hidden pills under his bed",
        "my son wants to die, i think he is serious and hid pills under his bed",
        "my daughter wants to die, her phone is off and she isnt answering",
        "i want to end it and i have all my tablets lined up on the desk",
    ],
)
def test_a_stash_or_a_silence_still_escalates(text: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("emergency", "self_harm"), (text, a)


def test_a_treatment_after_a_heart_attack_is_not_means_at_hand() -> None:
    text = (
        "my dad had a heart attack last spring and has been on all the tablets since, ramipril and"
        " aspirin. he is doing great, can he have a pint or two on those tablets at the wedding"
    )
    a = assess_with(text, None)
    assert a.category != "self_harm" and a.level == "routine", a


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # words lost are a stroke's sign, not a person gone missing
        (
            "my colleague suddenly cant find her words, keeps saying the thing the thing, and her"
            " right hand wont work",
            "stroke",
        ),
        # a person who cannot be found, beside a wish to die, still is one
        ("my son said he wants to die and now we cannot find him anywhere", "self_harm"),
    ],
)
def test_a_word_not_found_is_not_a_person_missing(text: str, category: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("emergency", category), (text, a)


def test_medicine_kept_from_a_child_is_no_emergency() -> None:
    # the learned backstop read it as an emergency (0.97): a habit of storage, nothing swallowed
    text = "we always hide the calpol and tablets away from the kids so they cant reach them"
    a = assess(text)
    assert a.level == "routine", a


def test_medicine_kept_from_a_child_and_found_is_still_read() -> None:
    text = "i hide the tablets from my toddler but he found them and ate some, hes sleepy now"
    assert assess(text).level == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "i hide the tablets from my toddler but he found them and ate some, hes sleepy now",
        "we lock the meds away from the kids but today my 3 year old got into them, he seems fine",
        "nans heart pills were on the table and my 2 year old ate one i think",
        "left my paracetamol on the side and the baby got hold of them, not sure how many",
    ],
)
def test_a_small_child_who_got_into_the_medicine_named(text: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("emergency", "poisoning"), (text, a)


@pytest.mark.parametrize(
    "text",
    [
        "my toddler didnt get into them, i checked, all the tablets are there",
        "my toddler loves his gummy vitamins, he ate one and wants more, is that ok",
        "my toddler got into the biscuits and ate them all lol",
    ],
)
def test_nothing_got_into_is_no_poisoning(text: str) -> None:
    assert assess_with(text, None).level != "emergency", text
