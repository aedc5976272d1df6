"""Triage mechanisms found on external sets K and L (routine texts the rules raised to an
emergency), each pinned by wording of our own, with the emergencies each fix must leave alone."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess
from weighin.safety.triage.verdict import assess_with

# Routine texts the rules must not call an emergency.
NOT_EMERGENCY = [
    # a figure of speech: breathless with laughter, a throat "closing" with a "lol"
    "cannot breathe, laughing too hard at the cat falling off the sofa. anyway, best cat food?",
    "i couldnt breathe watching that comedian omg. is it ok to give my kid ibuprofen for a cold",
    "my throat closed up when my boss asked me to present lol. anyway, is a sore throat viral?",
    # a course or a reading, not an event
    "For my pharmacology module we are covering paracetamol overdose: why does the liver fail?",
    "I was reading about seizures in pregnancy, how often does eclampsia happen?",
    # a child's ingestion that someone qualified already cleared
    "my son ate a bit of soap yesterday, poison control said he'd be fine and he is. teeth ok?",
    # a parent giving a normal dose is not a child swallowing medicine
    "my 2 year old had a fever so we gave her calpol, now she's playing. how often can I give it?",
    # the will written on a solicitor's advice; old medicines to be got rid of
    "Made my will and a power of attorney as my lawyer advised. What is an advance directive?",
    "Dad has a drawer full of old pills he stockpiled, how do we dispose of them safely?",
    # taking one's medicines as prescribed
    "took all my pills today, first time I remembered all week! any good reminder apps?",
    # someone else's attempt decades ago; a dark time last winter, helped since
    "my aunt attempted suicide in the 80s and recovered. is depression hereditary?",
    "I thought about ending it last winter, got help, feel much better. can I stop my sertraline?",
    # one phrase is one warning sign, not two
    "my newborn's breathing is a bit irregular when she is asleep, she is pink and feeding well",
    # thoughts with the intent denied: a place in the thought is no plan
    "I get intrusive thoughts about jumping when I'm on a balcony but I have zero desire to die",
    # a pet that got into something (the learned model read "drank some bleach" as self-harm)
    "is bleach safe for cleaning the hutch? my rabbit already licked some",
    # an explained-away symptom
    "thought my face looked droopy in the mirror but it was just tired eyes, smile is even now",
]

# The rules alone must not read these as an emergency (the learned backstop may weigh them).
RULES_NOT_EMERGENCY = [
    "sorted all of gran's pills in a dosette box for the week, 9 a day. any reminder apps?",
]

# Emergencies the same fixes must leave alone (rules alone).
STILL_EMERGENCY = [
    ("my throat is closing up after the prawns, 10 minutes ago", "allergy"),
    (
        "I was reading about strokes and my dad has the signs right now, his face is drooping",
        "stroke",
    ),
    (
        "i accidentally gave my 3 year old adult paracetamol four times today, she's 13kg",
        "poisoning",
    ),
    ("my toddler swallowed some of my tablets, I found the empty strip", "poisoning"),
    (
        "i keep thinking of killing myself, the pills are lined up on my desk. i'm safe for now",
        "self_harm",
    ),
    (
        "intrusive thoughts about jumping off the bridge, no desire to die but tonight i'm going",
        "self_harm",
    ),
    ("my brother has put his affairs in order and says he will use his rifle", "self_harm"),
    ("I have all my tablets in front of me and I'm going to take them tonight", "self_harm"),
    (
        "all my pills are lined up, i forgot them for a week and i'm taking them all tonight",
        "self_harm",
    ),
    # disposal said but not asked about: the means still count
    (
        "i stockpiled my pills, was going to throw them away, but now theyre in front of me",
        "self_harm",
    ),
    # a battery is never cleared
    ("my son swallowed a button battery, 111 said it was fine", "poisoning"),
    # an adherence word elsewhere does not hide a large amount taken
    ("i set phone reminders for my meds but tonight i took all 60 of my pills", "self_harm"),
    ("i remembered my tablets, then took the whole bottle of paracetamol an hour ago", "self_harm"),
]


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_round_l_hard_negative_is_not_an_emergency(text: str) -> None:
    assert assess_with(text, None).level != "emergency", assess_with(text, None)
    assert assess(text).level != "emergency", assess(text)


@pytest.mark.parametrize(("text", "category"), STILL_EMERGENCY)
def test_round_l_fixes_leave_emergencies_alone(text: str, category: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("emergency", category), a


def test_am_i_going_to_die_is_fear_not_a_wish() -> None:
    a = assess_with("my ferritin is 9, am I going to die from this?", None)
    assert a.category != "self_harm", a
    b = assess_with("i am going to die tonight, i have decided", None)
    assert (b.level, b.category) == ("emergency", "self_harm"), b


@pytest.mark.parametrize("text", RULES_NOT_EMERGENCY)
def test_round_l_rules_alone_do_not_raise(text: str) -> None:
    assert assess_with(text, None).level != "emergency", assess_with(text, None)
