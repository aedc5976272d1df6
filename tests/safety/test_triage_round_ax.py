"""Triage round AX and AY (blind sets, 2026-11-28; read after each was scored once).

AX: a typical day's mix on a general site, every category. AY: nights and weekends, people
deciding whether it can wait until the morning or Monday. Their emergencies the rules missed and
their routine texts the rules raised were read by mechanism. Sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.safety.triage_sets import target_figures
from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        # the saddle gone numb, the bladder unfelt, with back pain
        "bad back all week and tonight my bum has gone numb and i can't feel when i'm peeing",
        # a rigid belly said without a verb; green vomit with nothing passed below
        "his tummy rock hard and the pain is so bad he can't stand up",
        "been sick green 4 times today and haven't pooed or passed wind since friday",
    ],
)
def test_round_ax_emergencies(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # a joke said to be one
        "this essay is going to kill me, if i get a C i'm jumping off the roof jk. tips for focus?",
        # an old stroke's speech, still recovering
        "mum is home after her stroke in march and improving, her speech still comes out muddled "
        "sometimes. any exercises we can do?",
        # a long sleep called out cold; a faint's seconds; a first fit that is over and checked
        "was out cold for about 10 hours after the night shift, is that too much sleep?",
        "my son had his first seizure last weekend, the hospital did a scan and bloods and he is "
        "home and completely fine. what should we watch for?",
        # a wrapper chewed, the tablet whole; a cold joked about; sleep starts; a puffed-out child
        "baby chewed the wrapper of a washing tablet, the tablet is still whole, he seems fine",
        "my husband reckons he is dying with man flu, 37.2, eating everything in sight",
        "my dad twitches in his sleep like he's having a fit but he's fine when he wakes",
        "my son said he couldn't breathe at football but he means he was puffed out, he's fine",
        # medicine run out, doses missed: not a person gone missing
        "ran out of my statins over the bank holiday, is missing a couple of days ok?",
    ],
)
def test_round_ax_not_emergencies(text):
    assert assess(text).level != "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "i'm not kidding, i'm going to jump off the bridge tonight",
        "my son ran out of the house an hour ago and isn't answering, he said he wants to die",
    ],
)
def test_round_ax_self_harm_still_read(text):
    a = assess(text)
    assert a.level == "emergency" and a.category == "self_harm", a.reasons


def test_a_few_seconds_unconscious_after_a_fall_stays_an_emergency():
    # (a faint's "unconscious for a few seconds, totally fine after" was tried as a settled
    # episode and withdrawn: it also set aside a toddler's knock with loss of consciousness)
    a = assess("my 1 year old rolled off the sofa, unconscious for a few seconds then cried")
    assert a.level == "emergency", a.reasons


def test_a_stent_with_its_blood_thinner_run_out_days_ago_is_for_today():
    a = assess("had a stent 2 weeks ago and ran out of my ticagrelor 3 days ago, feel ok")
    assert (a.level, a.category) == ("urgent", "cardiac"), a.reasons


def test_round_ax_and_ay_sets_after_their_round():
    for name in ("triage_external_ax.jsonl", "triage_external_ay.jsonl"):
        n, emergency_recall, _all_self_harm, false_alarms = target_figures(name)
        assert n == 300
        assert emergency_recall >= 0.96, name
        assert false_alarms <= 0.05, name
