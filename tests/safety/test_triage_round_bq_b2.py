# ruff: noqa: E501
"""Round BQ-B2: the BQ-B presentations widened by mechanism (rules alone, own wording)."""

from __future__ import annotations

import pytest

from weighin.safety.triage.verdict import assess_with

CASES = [
    # cauda equina: tingling/numb round the back passage, inner thighs, with the bladder failing
    (
        "emergency",
        "cauda",
        "back gone again, pins and needles round my back passage, tried to wee and nothing came out, bladder feels full",
    ),
    (
        "emergency",
        "cauda",
        "slipped disc and now tingling in his inner thighs and bum, had an accident with his bladder this morning",
    ),
    ("emergency", "cauda", "numb round my genitals since lunch and i have not been able to pee"),
    ("routine", None, "tingling in my fingers when i type, no other problems"),
    ("routine", None, "numb bum after a long bike ride, fine after a walk"),
    # a limb that cannot be held up with the body slumping to one side
    (
        "emergency",
        "stroke",
        "grandad suddenly could not lift his arm and is sliding over to one side in his chair",
    ),
    (
        "emergency",
        "stroke",
        "she cannot hold her right arm up and keeps slumping to the right side",
    ),
    (
        "emergency",
        "stroke",
        "my husband cannot raise his left arm and is leaning over to his left side",
    ),
    (
        "routine",
        None,
        "my teenager slouches to one side on the sofa all day, is that bad for his back",
    ),
    # Stevens-Johnson: lips crusted or blisters after a recent culprit
    (
        "emergency",
        "blisters",
        "husband began allopurinol in february and now has blistering round his mouth and crusty lips",
    ),
    (
        "emergency",
        "blisters",
        "started on carbamazepine 3 weeks back, now peeling skin and her lips are raw",
    ),
    (
        "urgent",
        "weeks after starting",
        "my son started lamotrigine a month ago and has spots all over his tummy",
    ),
    ("routine", None, "been on allopurinol for years, got a rash from a new washing powder"),
    # a curtain over one eye still there
    (
        "emergency",
        "still there",
        "a dark curtain came down over my left eye an hour ago and it is still there",
    ),
    (
        "emergency",
        "still there",
        "like a shutter pulled across his right eye this morning, still can not see out of it",
    ),
    ("emergency", "still there", "grey veil came over my eye at lunch and has not lifted"),
    # croup settled: routine
    (
        "routine",
        None,
        "my 2 year old had a barky cough overnight but today she is totally fine and playing",
    ),
    ("routine", None, "toddler had croupy cough in the night, no cough now, eating breakfast"),
    ("urgent", "croup", "my 4 year old has a barking cough like a seal tonight and a hoarse voice"),
    # heart failure filling
    (
        "urgent",
        "heart failure",
        "HF and my shoes are tight and i have to sleep more upright this week",
    ),
    (
        "urgent",
        "heart failure",
        "mum has heart failure, her socks are leaving marks and she has gone up a stone in a fortnight",
    ),
    (
        "urgent",
        "heart failure",
        "dad with chf is heavier on the scales each day and more breathless on the stairs",
    ),
    ("routine", None, "i put on half a stone over christmas, no health problems"),
    # one ICD shock
    ("urgent", "defibrillator", "my defib went off while i was mowing, feel fine now"),
    ("urgent", "defibrillator", "he had one jolt from his icd an hour ago, no pain"),
    (
        "urgent",
        "defibrillator",
        "single shock from my implanted defibrillator this afternoon, i am ok",
    ),
    ("routine", None, "my icd went off once in 2019, how long does the battery last"),
    ("routine", None, "what happens if my defib goes off"),
    # Bell's palsy
    (
        "urgent",
        "bell",
        "my son cannot smile on the left side or close that eye since this morning, talking fine",
    ),
    ("urgent", "bell", "whole left side of my face is weak including forehead, arms fine"),
    (
        "urgent",
        "bell",
        "she can not smile with her right side and cannot shut her right eye properly",
    ),
    # MS relapse and foot drop
    ("urgent", "ms", "i have ms and the last few days my arm is getting clumsy and numb"),
    ("urgent", "ms", "wife has MS, her right leg heavier and weaker every day since tuesday"),
    ("urgent", "ms", "rrms, my left leg has been dragging for the past 3 days"),
    ("urgent", "foot drop", "since yesterday i can not walk on my right heel, back pain"),
    ("urgent", "foot drop", "his foot just flops when he walks since the weekend"),
    ("urgent", "foot drop", "bad back and my foot is slapping down when i walk"),
    ("routine", None, "foot drop since birth, need a new splint"),
    # gaping cuts
    ("urgent", "gapes", "sliced my finger, the sides will not stay together, bleeding stopped"),
    ("urgent", "gapes", "cut on her elbow opens up when she bends her arm"),
    ("urgent", "gapes", "gash on my knee, edges do not stay shut when i walk"),
    ("routine", None, "small cut on my finger, glued it together and it is fine"),
    # sugars, tonsils, blood pressure
    ("urgent", "sugars", "blood sugar in the 350s for 3 days with this cold"),
    ("urgent", "sugars", "bs 310 for two days since i got the flu"),
    ("urgent", "tonsils", "my son has a 39 fever and yellow spots on his tonsils"),
    ("urgent", "tonsils", "fever of 40 and white patches at the back of her throat"),
    ("urgent", "tonsils", "temp 39.5, white spots on the back of my throat"),
    ("routine", None, "white spots on my tonsils, no fever, feel fine"),
    ("urgent", "180/110", "bp machine says 188/115 this morning, feel fine"),
    ("urgent", "140/90", "30 weeks pregnant and the midwife got 148/95 today"),
    ("urgent", "180/110", "cuff said 200/105 twice, no symptoms"),
    # fumes next morning, and mild
    (
        "urgent",
        "fumes",
        "mixed bleach and ammonia last night and my chest is still tight today, breathing ok",
    ),
    (
        "urgent",
        "wheez",
        "combined cleaners yesterday, today a bit wheezy but talking in full sentences",
    ),
    (
        "urgent",
        "fumes",
        "mixed bleach with vinegar yesterday, chest tight, oxygen on my finger says 98",
    ),
    # slow pulse with dizziness only
    ("urgent", "slow pulse", "bisoprolol went up and his pulse is 41 and he is dizzy"),
    ("urgent", "pulse", "pulse of 45 and light headed since the atenolol change, not an athlete"),
    ("emergency", "slow pulse", "pulse 34 and she fainted"),
]

LEVEL = {"routine": 0, "urgent": 1, "emergency": 2}


@pytest.mark.parametrize(("level", "reason", "text"), CASES)
def test_round_bq_b2(level: str, reason: str | None, text: str) -> None:
    a = assess_with(text, None)
    assert a.level == level, (a.level, a.reasons, text)
    if reason:
        assert any(reason.lower() in r.lower() for r in a.reasons), (a.reasons, text)
