"""Triage, round widen BN: mechanisms taught this session, widened to other phrasings, in our own
sentences, each with look-alikes that must not move. Rules alone (no learned model).

- The air at home: a household unwell and better away (a place named), worse with the heating
  on, or beside a boiler that burns badly (a yellow flame, soot, just "fixed"); not a noisy
  boiler with nobody unwell, nor a headache pattern asked about for weeks.
- A long lie: an older person down in a named room for hours, or seen through the letterbox.
- Blood from the ear (or the bruise behind it) after a knock to the head; knocked out "for a few
  seconds"; a headbutt.
- Same-day: an anti-epileptic named and run out; Bell's palsy woken with, the forehead taken;
  a usual angina gone with the spray and its dizziness; a child drinking and weeing normally.
- A laundry pod bitten or its gel on the child's face with the child well: urgent; a pod chewed
  with nothing said of the child stays an emergency.
- A heart attack's pain told as the same and back now.
- A feared swallow taken back by finding the thing; blood in a baby's nappy with screaming and
  the legs drawn up, a red food denied.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage.verdict import assess_with

LEVEL = {"routine": 0, "urgent": 1, "emergency": 2}


def _rules(text):
    return assess_with(text, None)


EMERGENCY = [
    # carbon monoxide: better away, worse with the heating, a badly burning appliance
    (
        "me and the kids keep being sick and dizzy, we all perked up at my nan's yesterday, the "
        "gas "
        "fire is on all day",
        "carbon monoxide",
    ),
    (
        "my partner and i have banging heads and feel sick, fine at work, the boiler flame looks "
        "orange",
        "carbon monoxide",
    ),
    (
        "whole household has had flu-like symptoms without a fever for a week, worse whenever the "
        "boiler is on",
        "carbon monoxide",
    ),
    (
        "all four of us have headaches and the cat is lethargic, there are sooty marks above the "
        "gas "
        "fire",
        "carbon monoxide",
    ),
    (
        "we both feel sick and woozy at home, better once we go out to the shops, old heater in "
        "the "
        "bedroom",
        "carbon monoxide",
    ),
    (
        "everyone in the flat has headaches since the boiler was serviced, the kids are vomiting",
        "carbon monoxide",
    ),
    # a long lie
    (
        "my gran has been stuck on the bathroom floor since 4am, she cannot get up and is "
        "shivering",
        "floor",
    ),
    (
        "can see my elderly neighbour through his window, lying on the lounge floor, he cannot get "
        "up",
        "floor",
    ),
    ("mum aged 88 has been lying in the hall for hours, she is confused and cold", "floor"),
    ("grandad has been at the bottom of the stairs all morning and he cannot stand", "floor"),
    # a knock to the head, blood from the ear
    (
        "got punched in the head at the bus stop tonight and now blood is coming out of my right "
        "ear",
        "head injury",
    ),
    ("my son fell off his scooter and hit his head, now his left ear is bleeding", "head injury"),
    (
        "she banged her head on the ice this afternoon, there is bruising behind her ear",
        "head injury",
    ),
    ("rugby knock to the head, was out for a few seconds, feels ok", "head injury"),
    ("he got headbutted in the pub and was sparked out, now has a headache", "head injury"),
    # a heart attack's pain back now
    (
        "had stents put in 3 years ago, that same heavy squeezing pain has started again 10 mins "
        "ago",
        "previous heart attack",
    ),
    (
        "my husband had a heart attack in 2020 and the pain he had before his stents has come back "
        "tonight",
        "previous heart attack",
    ),
    ("had a bypass in 2018, the exact same dull crushing feeling is back right now", "previous"),
    # a baby's nappy: blood with screaming and the legs drawn up
    (
        "my 8 month old has blood in her nappy and keeps screaming and pulling her knees up",
        "intussusception",
    ),
    (
        "red streaks in my baby's poo, thought it was the tomato but he never had any, he screams "
        "and draws his legs up then goes pale",
        "intussusception",
    ),
    # a laundry pod chewed, the child's state unsaid
    ("my 2 year old has chewed a washing pod", "pod"),
]

URGENT = [
    # the medicine that must not stop, named
    ("run out of my keppra, the chemist cannot get any until tuesday", "must not stop"),
    ("took my last carbamazepine tablet this morning and the surgery is closed", "must not stop"),
    ("i'm out of my lamotrigine and its a bank holiday weekend", "must not stop"),
    ("on my last levetiracetam and the repeat has not come through", "must not stop"),
    # Bell's palsy woken with, the forehead taken
    (
        "woke up today and the right side of my face will not move, cannot lift my eyebrow or "
        "close "
        "my eye",
        "bell",
    ),
    (
        "when he woke half his face had dropped, he cannot wrinkle his forehead and his eye will "
        "not "
        "shut",
        "bell",
    ),
    # a laundry pod bitten or its gel on the child's face, the child well
    (
        "my 2 year old bit a laundry capsule, some of the gel on her lips, seems fine, no coughing",
        "pod",
    ),
    ("found my toddler with a burst washing pod, blue liquid round his mouth, he seems ok", "pod"),
    ("my son (18 months) chewed a liquitab, spat it out, not coughing", "pod"),
]

ROUTINE = [
    # a noisy boiler, nobody unwell
    "the boiler bangs every time it fires up, nobody is unwell, who should i ring?",
    "our boiler keeps clunking and the pilot light goes out, no one feels ill. is that normal?",
    "gas fire making a whooshing noise, none of us have any symptoms, should i get it serviced",
    # the usual angina, gone with the spray and its dizziness
    "had my usual angina walking up the hill, one puff of gtn and it went, felt a bit woozy from "
    "the spray but fine now",
    "my stable angina came on in the cold, used my spray and it eased in a minute, the gtn always "
    "makes me lightheaded. all good now",
    # a child drinking and weeing normally after a bug
    "my son had gastro last week, vomiting has stopped, he's drinking normally and weeing fine. "
    "can he swim?",
    "daughter had a sick bug, all over now, peeing normally and drinking well, back to school?",
    # a feared swallow, the thing found after all
    "panicked that my 1 year old had eaten a button battery, then found it on the rug, all there",
    "worried my son swallowed one of the magnets, counted them and none are missing",
    "thought she had swallowed the coin battery from the car key but i found the battery behind "
    "the sofa",
]

# near misses: must not rise to the level named
NOT_EMERGENCY = [
    # a headache pattern asked about for weeks, no appliance sign, nobody vomiting
    "i always get headaches at home and feel a bit sick, fine at work, we have a gas boiler, "
    "could it be carbon monoxide?",
    # a night slept on a floor by choice
    "slept on the hallway floor for hours after the party, my back is stiff and i cannot move it "
    "properly",
    # an ear bleeding from a piercing, a cotton bud
    "had my ear pierced yesterday and there is a bit of blood from the ear, also banged my head "
    "on the cupboard",
    # a face dropped on waking, the forehead unsaid: stays a stroke (emergency) - see below
    # the same pain dated back, reflux
    "had a heart attack 5 years ago, the same pain came back last year and turned out to be "
    "reflux, now just asking about diet",
    # a battery found but the other still missing is NOT here: it stays an emergency (below)
    "my toddler headbutted me and my lip is sore",
]

NOT_URGENT = [
    "how do i make sure i never run out of lamotrigine when travelling?",
    "dad has parkinsons, worried he'll run out of tablets over christmas, how do i get a repeat",
    "took my last dose of keppra at 8am, when is the next one due?",
    "had a bypass, my energy has come back loads and I can do pain free walks",
]

STAYS_EMERGENCY = [
    "woke up and one side of my face has dropped and my eye will not close",
    "woke up and the left side of my face will not move, cannot raise my eyebrow, and my left arm "
    "is weak",
    "think she swallowed a watch battery, found one but the other is still missing",
    "thought he swallowed a battery, found it in his mouth and took it out, he is coughing",
    "my 2 year old chewed a dishwasher tablet and now she is coughing and drooling",
    "the boiler is making a loud bang, we all have headaches and feel sick",
    "usual angina right now, used the spray but it has not eased and i'm sweating",
]


@pytest.mark.parametrize(("text", "word"), EMERGENCY)
def test_emergency(text, word):
    a = _rules(text)
    assert a.level == "emergency", (text, a.reasons)
    assert any(w in " ".join(a.reasons).lower() for w in _words(word)), a.reasons


@pytest.mark.parametrize(("text", "word"), URGENT)
def test_urgent(text, word):
    a = _rules(text)
    assert a.level == "urgent", (text, a.reasons)
    assert any(w in " ".join(a.reasons).lower() for w in _words(word)), a.reasons


@pytest.mark.parametrize("text", ROUTINE)
def test_routine(text):
    a = _rules(text)
    assert a.level == "routine", (text, a.reasons)


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_not_emergency(text):
    assert LEVEL[_rules(text).level] < LEVEL["emergency"], text


@pytest.mark.parametrize("text", NOT_URGENT)
def test_not_urgent(text):
    assert _rules(text).level == "routine", text


@pytest.mark.parametrize("text", STAYS_EMERGENCY)
def test_stays_emergency(text):
    assert _rules(text).level == "emergency", text


_SYNONYMS = {
    "carbon monoxide": ("carbon monoxide",),
    "floor": ("floor",),
    "head injury": ("head injury",),
    "previous heart attack": ("previous heart",),
    "previous": ("previous heart",),
    "intussusception": ("intussusception", "redcurrant", "blood in the stool"),
    "pod": ("pod",),
    "must not stop": ("must not stop",),
    "bell": ("bell",),
}


def _words(key):
    return _SYNONYMS.get(key, (key,))
