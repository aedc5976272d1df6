"""Triage mechanisms found on external set J, each pinned by wording of our own (not J's)."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess
from weighin.safety.triage.verdict import assess_with

# Present emergencies the rules alone must read, with the category they must give.
RAISED = [
    # "done with all of it" is a wish to die; a lethal-amount question makes it a plan
    ("how many sleeping pills would it take. i'm so done with all of this", "self_harm"),
    ("got two boxes of co-codamol in my drawer and honestly im done with this life", "self_harm"),
    # insulin injected all at once, or in a dose no regimen uses
    ("I injected my whole insulin pen about an hour ago, feeling shaky", "self_harm"),
    ("just injected 250 units of my novorapid, now sweating and confused", "self_harm"),
    # a vague large amount of one's own medicine, and an overdose disclosed to a parent
    ("popped a handful of my sertraline with vodka, dont really care what happens", "self_harm"),
    ("i took loads of my mum's lithium earlier. hands trembling", "self_harm"),
    (
        "my son (17) admitted to me he took a handful of my codeine after school, he's sleepy",
        "self_harm",
    ),
    # means shown in a picture, with a wish to die said by someone else
    ("my sister posted a pic of a rope on snapchat and wrote she wants to die", "self_harm"),
    # self-injury beyond the usual; a ligature already tied; chemicals mixed behind a shut door
    ("cut further than usual this evening, bleeding through the towel", "self_harm"),
    ("the cord is already tied up in the loft", "self_harm"),
    (
        "mixing bleach and ammonia in a bucket with the windows sealed. nobody will stop me",
        "self_harm",
    ),
    # an enlarged pupil after a head knock
    ("hit my head on a shelf this morning, my wife says one of my pupils looks bigger", "neuro"),
    # a fit late in pregnancy, named only by the gestation
    ("my partner 36 wks had a seizure in the bath, she is drowsy now", "pregnancy"),
    # a baby seizing as the writer watches
    ("our 8 month old is jerking all over and his eyes are rolling up, burning hot", "pediatric"),
    # green vomit with a swollen, hard belly at any age
    ("throwing up green bile, stomach bloated and hard as a rock", "other"),
    # drooling, unable to swallow and short of breath (epiglottitis, a throat abscess)
    ("cant talk or swallow properly, drooling into a cup, struggling to breathe", "breathing"),
    # a limb bleeding hard after a crash, in slang
    ("bike accident, her leg is pumping blood through the jeans", "bleeding"),
    # confused, or pale and cold, after a crash or with a broken bone
    ("fell off a ladder, his arm is broken and he's clammy and cold, looks grey", "other"),
    ("after the car crash my dad keeps asking the same questions, he seems confused", "other"),
    # a spreading infection with the skin turning dark, and fever
    (
        "the redness round the scratch is spreading and the skin is turning dark purple, temp 39",
        "infection",
    ),
    # weakness that began in the feet and has reached the hips, now breathless
    (
        "numbness began in my toes on monday and now it has reached my hips, short of breath",
        "neuro",
    ),
    # home-made spirits, then vomiting with blurred sight
    ("we drank moonshine at the wedding, now my vision is blurry and i keep vomiting", "poisoning"),
]

# Self-harm the rules alone must read as urgent: a bare self-cut, worded with no accident.
URGENT = [
    ("cut my thigh again, its sore and a bit red, how do i keep it clean", "self_harm"),
    ("cut my forearm yesterday, not deep, how do i stop it scarring", "self_harm"),
]

# Hard negatives: each must stay routine.
ROUTINE = [
    # a cut asked about as a wound is not self-injury
    "I cut my forearm, how can I tell if it needs stitches?",
    "my boy cut his arm. is a tetanus shot needed?",
    "i cut my arm on a rusty fence yesterday, do I need a tetanus jab?",
    "cut my arm while shaving my armpit, tiny nick, how long to heal?",
    "I'm done with all this rain, any tips for seasonal low mood lamps?",
    "my mum told me she took two paracetamol for her headache, is that ok with warfarin?",
    "injected my insulin in my thigh instead of my stomach, does it matter?",
    "I take 200 units of insulin a day, is that a lot?",
    "sent my pharmacist a picture of my tablets to check the dose",
    "my son choked on a grape yesterday, coughed it up and is totally fine now. any advice?",
    "I need to know what to do about my sore knee after running",
    "the bruise on my shin is turning purple and green, normal?",
    "nothing will change my mind about quitting sugar",
    "my belt is already too tight after the holidays",
    "my pupils look bigger in photos with flash, is that normal?",
    "we tried the local gin on holiday, it was lovely, does gin cause headaches?",
    "my baby's vomit looked a bit green once after spinach puree, eating well and happy",
    "I'm 34 weeks and my partner 36, we're both nervous first-time parents",
]


@pytest.mark.parametrize(("text", "category"), RAISED)
def test_round_j_rules_alone_raise(text: str, category: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("emergency", category), a


@pytest.mark.parametrize(("text", "category"), URGENT)
def test_round_j_rules_alone_read_urgent(text: str, category: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("urgent", category), a


@pytest.mark.parametrize("text", ROUTINE)
def test_round_j_hard_negative_stays_routine(text: str) -> None:
    assert assess(text).level == "routine", assess(text)
