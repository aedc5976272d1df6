"""Triage, first session of 2026-11-28 (the third that day): leftovers from the last reviews and
blind sets BA and BB (read after each was scored once). Sentences are ours.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        # "its agony" is severe pain: with a bladder that will not empty it is an emergency
        "not been able to wee since this morning, 11 hours now, and honestly its agony",
        # methods read up on for oneself are a plan, whatever "reading" says elsewhere
        "i keep reading up on ways to end my life, i think i know which one",
        # a method's feel asked, then the intent said
        "would it be painful to overdose on my amitriptyline? because if not i'll do it tonight",
        # a wound told first, then what it is doing, without the word blood
        "caught my shin on the trailer hitch, big gash. its pouring and the bandage isnt holding "
        "it",
        "stood on a broken bottle at the beach. the cut on my heel is still spurting",
        # a fall, then a neck in pain and tingling arms
        "my husband came off his bike on the ice. his neck really hurts and his hands are numb",
        # someone else's pills, a whole bottle, after a blow
        "my son swallowed a whole packet of his nan's tablets after a row with his girlfriend",
    ],
)
def test_round_ba_emergencies(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # a heart "has been fluttery" for hours is a persistent racing heart
        "my heart has been fluttery since lunch, 4 hours of it now, no pain",
        "sore bladder when i wee, it's agony for a second then ok, think it's cystitis",
        # hopelessness said over and over, no plan
        "my wife keeps saying 'what's the point' and hasn't left bed in a week, says she's safe",
    ],
)
def test_round_ba_urgent(text):
    assert assess(text).level == "urgent", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # agony as a figure of speech
        "the wait for my biopsy results is agony, how long does it usually take?",
        "it was agony waiting for the scan but the lump was benign",
        # reading about suicide as a topic; a method question with no intent
        "been reading a book about suicide prevention for my counselling course, any others?",
        "is it painful to overdose on paracetamol? we were arguing about it after a documentary",
        # a threat on a condition, laughed at
        "if the kids ask for one more snack today i'm throwing myself off the roof lol. tips for "
        "fussy eaters?",
        # too much of a good food; going back to work; CPR asked about; the weather blamed
        "overdosed on mince pies and cheese over christmas, how do i get back on track?",
        "first aid question: when giving cpr to a baby do you use two fingers?",
        # a bleed told about afterwards; a tingling neck from sleeping funny, no fall
        "a friend of hers tried to end her life over the summer, she's doing well now, how do I "
        "support my daughter?",
        "woke up with a stiff neck and my hands tingly, i think i slept on them funny",
    ],
)
def test_round_ba_routine(text):
    assert assess(text).level == "routine", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # "going back to work" is no pain spreading to the back; the weather blamed for breath
        "my chest feels tight going back to work after maternity leave, it's just nerves I think",
        "humidity makes me feel like i can't breathe properly, is a dehumidifier worth it?",
    ],
)
def test_round_ba_not_emergency(text):
    assert assess(text).level != "emergency", assess(text).reasons
