"""Triage: the rules' own false alarms found on the read sets (the air, not the lungs; grief that
takes the breath; sleep called "unconscious"; an old knock-out checked and over), and the real
emergencies in the same words that must stay emergencies. Sentences are ours.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage.verdict import assess_with


def _rules(text):
    return assess_with(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "the air in this flat is so stuffy i feel like i cant breathe, best dehumidifier?",
        "steam room at the spa made me feel like i couldnt breathe, fine once i got out",
        "couldnt breathe for dust clearing the garage, any mask recommendations",
        "six months on and i still cant breathe when i think about her, is this normal grief",
        "my husband sleeps like a log, nothing wakes him, is that a sleep disorder",
        "ill be unconscious the minute i get home after this night shift",
        "i was unconscious for a few seconds after a fall off my bike 2 months ago, checked at "
        "a&e, fine since. can i ride again?",
    ],
)
def test_rules_read_these_as_no_emergency(text):
    assert _rules(text).level != "emergency", _rules(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # heat, and what makes it an emergency
        "its so hot in here and my lips are swelling, i cant breathe",
        "stung by a wasp in the heat, throat swelling and i cant breathe",
        "hot and humid, my asthma is bad and i cant breathe, inhaler not helping",
        # a knock-out with red flags now
        "she was unconscious for a minute after falling an hour ago and now shes being sick",
        "on apixaban and knocked myself out on the shed door this morning, headache now",
        "was unconscious for a few seconds after a tackle last week and now im drowsy and confused",
    ],
)
def test_same_words_real_emergencies_stay(text):
    assert _rules(text).level == "emergency", _rules(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # a fear named, said the other way round or after "im", ending its sentence
        "anaphylaxis really scares me. is the flu jab risky with an egg allergy?",
        "weaning my baby onto egg and im scared of anaphylaxis. any tips?",
        # a word's meaning asked backwards
        "anaphylaxis mean what exactly? the nursery sent a letter about a boy in her class",
        # how a device is used, asked after it was prescribed
        "how do i actually use an epipen? just picked one up from the chemist",
    ],
)
def test_a_fear_or_a_question_about_it_is_no_emergency(text):
    assert _rules(text).level == "routine", _rules(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "im scared of anaphylaxis, my lips are swelling now after the prawns",
        "how do i use an epipen, she ate peanuts and her throat is closing",
        "im scared of an overdose, i took 40 tablets an hour ago",
        "how do i actually use an epipen, gave him one and hes still wheezing and going grey",
    ],
)
def test_the_same_words_with_an_emergency_happening_stay_emergencies(text):
    assert _rules(text).level == "emergency", _rules(text).reasons
