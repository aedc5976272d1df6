"""Triage rounds AP and AQ (blind sets, 2026-11-27; read after each was scored once).

AP: living with treatment (chemotherapy, transplants, dialysis, implanted devices, lines,
stomas, recent surgery). AQ: women's health across life. Sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.safety.triage_sets import target_figures
from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        # a central line apart or infected; a baclofen pump failed; cloudy dialysis fluid
        "my son's picc line has split near the clamp and blood is coming back up it",
        "her chemo port is red and hot and she has the shakes, temp 39.1",
        "baclofen pump alarmed last night, now his legs are rigid and he's burning hot",
        "the pd bag drained cloudy this morning and my belly pain is getting unbearable",
        # a narrow-margin medicine doubled with toxic signs; delirium on chemo; after a spine op
        "mum took double her tacrolimus for two days and now she's muddled and slurring",
        "dad's on chemo, fine at lunch, now he doesn't know where he is and keeps picking at "
        "the air",
        "back surgery last week, now numb between my legs and my legs are weaker",
        "gran has a pacemaker but her pulse is 32 and she nearly fainted getting up",
        # women's health: flooding with faintness, bleeding after a miscarriage, a hard belly
        "flooding through a pad every 15 minutes and I just passed out on the bathroom floor",
        "miscarrying at 10 weeks, the bleeding won't ease and I'm seeing spots",
        "had an erpc yesterday, my tummy is getting harder and I feel faint",
        "8 weeks pregnant with our first, sharp pain on my right side and pain in my shoulder tip",
        "11 weeks and sick for days, I'm blacking out when I stand and haven't weed since morning",
        "my lung collapsed with my last period, now the same pain and breathlessness started again",
        # self-harm told with the act
        "just bolused all the insulin left in my pump. can't do this any more",
    ],
)
def test_round_ap_emergencies(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # conventions our older sets hold: a tremor after extra lithium, ulcers and a temperature
        # after daily methotrexate, a red line up the arm from a cut: for today
        "took a couple of extra lithium by mistake, a bit of a tremor today",
        "took methotrexate daily instead of weekly for 3 days, mouth ulcers and a temp",
        "cut on my finger, now a red line going up my arm",
        # a bolus for a meal; a line out with no bleeding is for today
        "i bolused all my insulin for the pizza, how long till it works",
        "his picc line came out in the bath, no bleeding, what now",
    ],
)
def test_round_ap_not_emergencies(text):
    assert assess(text).level != "emergency", assess(text).reasons


def test_round_ap_a_parent_telling_of_compass_scratches_is_urgent_self_harm():
    a = assess("she scratched her arm with a compass, just surface, says she's not suicidal")
    assert (a.level, a.category) == ("urgent", "self_harm"), a.reasons


@pytest.mark.parametrize("name", [f"triage_external_{x}.jsonl" for x in ("ap", "aq")])
def test_round_ap_sets_meet_recall_and_false_alarm_targets_after_their_rounds(name):
    n, emergency_recall, _self_harm_all, false_alarms = target_figures(name)
    assert n == 300
    assert emergency_recall >= 0.98
    assert false_alarms <= 0.05
