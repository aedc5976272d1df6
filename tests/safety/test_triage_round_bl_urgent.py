"""Triage round BL: presentations that need a doctor today (not an ambulance) which a new writer's
set found read as routine, the over-reads it found (emergency or urgent where a doctor today, or
nothing, is right), and the look-alikes that must stay as they were. Situations, not sentences:
these sentences are ours.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # mania: days without sleep with racing thoughts, sprees or grand ideas
        (
            "my partner has had no sleep for 5 nights now, talking non stop and maxed out two "
            "credit cards on stuff",
            "days without sleep",
        ),
        (
            "brother has been up for four days straight saying god chose him and hes going to be "
            "famous",
            "days without sleep",
        ),
        ("i havent slept in 3 nights, racing thoughts, feel on top of the world", "racing"),
        # a cough and a fever with a catch on breathing in
        (
            "coughing up yellow stuff, temperature 38.6 and a sharp stabbing pain in my left side "
            "every time i take a breath",
            "pain on breathing in",
        ),
        ("bad cough and a temperature, painful to breathe in on one side", "pain on breathing in"),
        # a baby with a cold taking half its feeds or less; fewer wet nappies, feeding poorly
        (
            "my 6 week old has rsv and is only managing about a third of her bottles",
            "half its feeds or less",
        ),
        (
            "5 month old, snotty and chesty, and she has been feeding poorly with fewer wet "
            "nappies than normal",
            "fewer wet nappies",
        ),
        # five days of fever with red eyes, lips, rash or swollen hands (Kawasaki?)
        (
            "my 3 yo has had a temperature for 6 days now and her lips are cracked and bright red, "
            "eyes bloodshot",
            "Kawasaki",
        ),
        # a watch or a home monitor flagging an irregular rhythm, first time, feeling well
        (
            "my fitbit flagged an irregular heart rhythm last night, never had it before, feel ok",
            "new AF",
        ),
        ("my kardia monitor says possible atrial fibrillation, no symptoms at all", "new AF"),
        # mixed cleaners, now in fresh air with a cough or a tight chest: a doctor today
        (
            "mixed bleach and toilet cleaner, started coughing, chest feels tight, went outside "
            "for fresh air",
            "cleaning fumes",
        ),
        # Bell's palsy: the eye and the forehead taken too, the arms and the words fine
        (
            "cant shut my right eye and cant raise my eyebrow on that side, face drooping, arms "
            "and legs working fine",
            "Bell's palsy",
        ),
        (
            "i cannot close my left eye and the left half of my face has dropped, arm and speech "
            "fine",
            "Bell's palsy",
        ),
        # a knock to the head a day or more ago, the headache worse since, nothing else
        ("banged my head on a shelf 2 days ago and the headache is getting worse", "a day ago"),
        ("knocked my head on the cupboard last night, headache worse today", "a day ago"),
        # a child limping with no fall, or with a fever
        (
            "my daughter woke up limping today and wont stand on her left foot, no injury we know "
            "of",
            "child limping",
        ),
        # a blistered burn bigger than the palm; a child's on the face, hands or genitals
        ("burn on my thigh with a blister bigger than my palm", "bigger than the palm"),
        (
            "my 3 yr old touched the oven door and has blisters on his fingers",
            "face, hands, feet or genitals",
        ),
        # skipped beats with a light head (and nothing else): an ECG today
        (
            "heart has been missing beats all afternoon, bit woozy but otherwise fine",
            "skipped beats",
        ),
        (
            "my heart keeps skipping beats today and i feel slightly lightheaded, no pain",
            "skipped beats",
        ),
    ],
)
def test_round_bl_urgent(text, reason):
    a = assess(text)
    assert a.level == "urgent", a.reasons
    assert any(reason in r for r in a.reasons), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a chest wall sore where it is pressed after a cough, young and well
        "chest has hurt for days since this cough, its tender to touch in one spot, im 27",
        # a sip of mouthwash swallowed by mistake, by an adult
        "swallowed a little mouthwash by accident while rinsing",
        "accidentally swallowed a sip of my alcohol mouthwash",
    ],
)
def test_round_bl_over_reads_now_routine(text):
    a = assess(text)
    assert a.level == "routine", a.reasons


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a stroke stays a stroke: the arm, the words, or sudden onset
        ("my face is drooping on one side and my arm is weak", "emergency"),
        ("face drooping on the left, cant close my eye, and her speech is slurred", "emergency"),
        ("his face dropped just now, cant close his eye, speech ok", "emergency"),
        # skipped beats with a faint, chest pain or breathlessness
        ("heart skipping beats, i feel faint and have chest pain", "emergency"),
        ("heart skipping beats and i fainted in the shop", "emergency"),
        # a chest that hurts where pressed, but with a heart history, sweat or spread
        (
            "chest pain after coughing, hurts when i press, 30, sweating and pain down my arm",
            "emergency",
        ),
        (
            "sore chest after coughing, hurts when i press it, had a heart attack 2 years ago",
            "urgent",
        ),
        # fumes with breathing trouble, or a chest burning while still in them
        ("mixed bleach and ammonia and now i cant breathe properly", "emergency"),
        (
            "flatmate mixed bleach with the bath cleaner, now coughing and says her chest is "
            "burning",
            "emergency",
        ),
        # fumes long gone
        (
            "mixed bleach and vinegar last week, coughed a bit at the time, fine since. which "
            "cleaners should never be mixed?",
            "routine",
        ),
        # a head knock with vomiting stays an emergency
        ("hit my head yesterday, headache worse today and ive been sick twice", "emergency"),
        # a child's mouthwash stays as it was
        ("my 7 year old swallowed a mouthful of mouthwash", "urgent"),
        # not mania
        ("i sleep 4 hours a night because of my newborn", "routine"),
        ("havent slept in 3 days because of stress at work, mind keeps racing", "routine"),
        # a two-day fever in a toddler alone; a baby eating half her dinner
        ("toddler has had a fever for 2 days", "routine"),
        ("my baby is only eating half her dinner these days", "routine"),
        # a limp faked, a limp gone, an adult's limp after football
        ("my 7yo keeps faking a limp to get out of PE lol", "routine"),
        ("my son is 30 and limping after football", "routine"),
        # AF known and treated; an alert already checked
        ("i have had af for years, watch says af again", "routine"),
        (
            "my smartwatch said possible afib once last month, GP did an ECG and it was normal",
            "routine",
        ),
        # a chest wall pulled by coughing, young (already routine: stays so)
        (
            "pulled something in my chest from all the coughing, sore when i press on my ribs, 19 "
            "no other problems",
            "routine",
        ),
        # a friction blister
        ("blister on my hand from raking leaves all day, pop it or leave it?", "routine"),
    ],
)
def test_round_bl_look_alikes_stay(text, level):
    a = assess(text)
    assert a.level == level, a.reasons
