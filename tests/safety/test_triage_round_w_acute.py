"""Triage: the emergencies the six training writers w10-w15 found the rules missing, before
those sets joined a fit (situations, not sentences: these sentences are ours), and the look-alikes
that must stay as they were.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # no movements since a time, after the usual tricks; the gestation said in passing
        (
            "33 weeks and she is normally wild after dinner, nothing since lunch. had juice and "
            "lay on my left, still nothing",
            "baby not moving",
        ),
        ("baby has not kicked since last night, 36 weeks", "baby not moving"),
        # the tongue gone huge on a blood-pressure tablet
        (
            "on lisinopril and my tongue has gone massive in the last hour, cant swallow my spit",
            "tongue swelling",
        ),
        # fresh blood days after the tonsils came out
        ("my son had his tonsils out 6 days ago and is spitting out fresh blood tonight", "tonsil"),
        # both legs failing over a day or two, to not standing
        (
            "her legs have been getting weaker since friday, started with pins and needles, now "
            "she cant stand up",
            "weakness climbing",
        ),
        # a pan's worth over a small child's trunk
        (
            "toddler pulled a pan of hot soup down onto himself, huge blistered area over his "
            "tummy",
            "over a large area",
        ),
        # a faint after the heart thumped and paused
        (
            "my heart went thump thump and kind of stopped, then i passed out in the kitchen, "
            "still feel awful",
            "fainting with heart",
        ),
        # the silent choke: eating, then no sound, hands at the throat
        (
            "my daughter was eating a sausage and is now making no sound, grabbing at her throat "
            "and turning blue",
            "choking",
        ),
        # a thinner taken over and over, then bleeding and purple blotches
        (
            "mum keeps forgetting and took her warfarin again and again, a week in 3 days, now "
            "her nose is bleeding and there are purple blotches on her legs",
            "bleeding on blood thinners",
        ),
        # a young baby hot to a parent's hand
        (
            "my 5 week old feels burning hot to touch and is not interested in his feeds",
            "fever in a baby under 3 months",
        ),
        # cold, confused, and the shivering stopped
        (
            "grandad was out in the garden in the frost all night, he is icy cold, confused and "
            "has stopped shivering",
            "hypothermia",
        ),
        # a fire for warmth in a shut room, then the household ill
        (
            "we had charcoal going in a small room to heat it and now we all have headaches and "
            "my son is being sick",
            "carbon monoxide",
        ),
        # a wound that spurts when it moves
        (
            "cut my wrist on a broken window and it spurts out every time i bend my hand",
            "bleeding that will not stop",
        ),
    ],
)
def test_round_w_emergencies(text, reason):
    a = assess(text)
    assert a.level == "emergency", a.reasons
    assert any(reason in r for r in a.reasons), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # the same words asked about, settled, past, mild, or of another cause
        "is it normal to feel fewer kicks at 20 weeks, asking for a friend",
        "baby kicked loads after my cold drink, 34 weeks, just checking thats normal",
        "my tongue went white after antibiotics, no swelling",
        "had my tonsils out 3 years ago, could a sore throat now be related",
        "my legs get weaker after a long run, is that normal",
        "my son 6 touched the oven, small red mark on one finger, no blister",
        "my heart thumped when the fire alarm went off haha",
        "she choked on a grape last week but coughed it straight out and was fine",
        "on warfarin, my gums bled a bit when i flossed, stopped straight away",
        "my 5 month old feels warm after his nap, thermometer says 36.9",
        "it was freezing at the match, i was shivering for ages but warmed up in the car",
        "we had a bbq in the garden yesterday, no problems, just a bit of smoke",
    ],
)
def test_round_w_look_alikes_stay_routine(text):
    assert assess(text).level == "routine", assess(text).reasons


def test_round_w_pus_is_not_a_spurting_bleed():
    a = assess("when i squeezed the spot it spurted pus, now it looks better")
    assert a.level != "emergency" and a.category != "bleeding", a.reasons
