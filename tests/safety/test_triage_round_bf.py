"""Triage, first session of 2026-11-29: blind set BF (bystanders: what the writer saw happen to
someone else today), read after it was scored once, fixed by mechanism. Sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.safety.triage_sets import assert_meets_targets
from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        # the car keys taken and gone, after saying how
        "my brother said hed crash his car into a tree tonight, now hes taken his keys and left",
        # a week's tablets at once, with a narrow-margin medicine or signs of too much
        "mum took the whole weeks worth of her lithium by mistake this morning",
        "dad took a week's worth of his tablets from the dosette at once, now hes being sick",
        # the minutes said straight after the fit
        "lady at the station fitting 7 mins now, ambulance called",
        # the cord showing after the waters
        "my sisters waters just went and the cord is visible",
    ],
)
def test_round_bf_emergencies(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # wrists cut in lines, however it is explained
        "my flatmate has both wrists bandaged, says it was the cat, but i saw long neat cuts",
    ],
)
def test_round_bf_self_harm_emergencies(text):
    a = assess(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # an urge to cut after a streak; no future seen
        "my ex messaging me brought back urges to cut, 18 months clean. i'm safe tonight",
        "my grandad keeps telling me he cant see any future since nan died, no plan he says",
    ],
)
def test_round_bf_self_harm_urgent(text):
    a = assess(text)
    assert (a.level, a.category) == ("urgent", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # what someone told, with its date: the telling is today's, the attempt is not
        "my neighbour told me today that she tried to end her life 15 years ago, how do i help",
        # a death by suicide remembered
        "it was the anniversary of my cousin's suicide yesterday and we lit candles, how do "
        "families cope",
        # a shock at a price
        "nearly went into anaphylactic shock at the price of the parking lol. can adults get nut "
        "allergies?",
        # a slur with the pints said
        "bloke at the bar was slurring after 9 pints, how do you tell drunk from a stroke",
        # a face lopsided only in a photo
        "in the wedding photo my mums face looks droopy on one side but thats just her smile",
        # a leg dead from sitting cross-legged, told for fun
        "my leg went dead sitting cross legged at assembly and i fell over laughing, why?",
        # an urge that is not to harm
        "really strong urges to smoke again after 2 years off, any tips",
        # no future with a partner
        "i cant see a future with my girlfriend, is that anxiety",
    ],
)
def test_round_bf_routine(text):
    assert assess(text).level == "routine", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # a slur is drink's only when nobody says they do not drink
        "grandad woke up slurring and his talking sounds drunk but he doesnt drink at all",
        # a week's tablets by mistake with no signs: a doctor today
        "took a week's worth of my vitamins at once by accident, feel fine",
    ],
)
def test_round_bf_not_dismissed(text):
    assert assess(text).level != "routine", assess(text).reasons


def test_round_bf_set_after_its_round():
    assert_meets_targets("triage_external_bf.jsonl")
