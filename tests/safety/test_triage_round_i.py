"""Triage mechanisms found on external set I, each pinned by wording of our own (not I's)."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess
from weighin.safety.triage.verdict import assess_with

# Present emergencies the rules alone must read, with the category they must give.
RAISED = [
    # a poison asked about (how fast it works, whether it kills), then "already swallowed some"
    ("how quickly does weed killer work? i've already swallowed a mouthful", "self_harm"),
    ("will rat poison kill a person. already took some twenty minutes ago", "self_harm"),
    ("is drain cleaner dangerous to drink? my husband just drank some by mistake", "poisoning"),
    # a question about a large dose, then "I did it": the question is not hypothetical
    (
        "is it normal to feel nothing after swallowing 25 sleeping tablets? i did it this morning",
        "self_harm",
    ),
    ("would 40 of my sertraline be dangerous? i took them an hour ago", "self_harm"),
    ("what happens if a toddler swallows a button battery? my son just did it", "poisoning"),
    # means acquired (helium, nitrogen, a rope delivered) with ideation
    (
        "the helium canister came this morning and I've decided, I don't want to be here anymore",
        "self_harm",
    ),
    ("bought a nitrogen canister last week, I just want it all to end", "self_harm"),
    # someone else's overdose: "took enough this time", a whole packet at a set time
    ("she said she took enough this time and locked the door", "self_harm"),
    (
        "my cousin messaged that he's swallowing his whole packet of tramadol tonight when his "
        "flatmates are out",
        "self_harm",
    ),
    # "sleep and not wake" with the pills taken (present tense from a non-native writer)
    ("i take all of my nan's sleeping pills, maybe 30. i want to sleep and not wake", "self_harm"),
    # repeated shocks from an implanted defibrillator, or one with symptoms
    ("my defibrillator went off twice in half an hour and I feel faint", "cardiac"),
    ("had 2 icd shocks this evening", "cardiac"),
    ("mum's pacemaker keeps shocking her and she looks grey", "cardiac"),
    # chest tightness worded with a word between the feeling and the chest
    ("tight band feeling all across his chest, grey and sweaty", "cardiac"),
    ("there's a heaviness right across my chest and I'm cold and clammy", "cardiac"),
    # "see if it goes away" is a hope, not an episode that has settled
    (
        "my face went numb on one side and my arm feels weak, started 20 minutes ago, should I "
        "see if it goes away?",
        "stroke",
    ),
    ("speech went slurred an hour ago, hoping it settles by morning", "stroke"),
    # a new deficit after an old stroke, and a numb face with no dentist, stay emergencies
    ("my mum had a stroke in 2020 and today her face is drooping again", "stroke"),
    ("half my face went numb twenty minutes ago and it's still numb", "stroke"),
    # sprayed or splashed with a farm chemical, then drooling, sweating, vomiting, tiny pupils
    (
        "the farmer next door got splashed with insecticide, now twitching, drooling and vomiting",
        "poisoning",
    ),
    (
        "got splashed with chemicals at work, now sweating and feel sick and my pupils look tiny",
        "poisoning",
    ),
    # weakness climbing the body within hours
    (
        "numbness started in my toes this morning and is spreading up to my knees, I can barely "
        "stand",
        "neuro",
    ),
    ("over the last few hours my legs have got weaker and it's moving up to my hips", "neuro"),
    # something felt or coming down after the waters broke (cord or limb)
    ("39 weeks, waters went, and I think there's a loop of cord between my legs", "pregnancy"),
    ("my waters broke and there's something bulging out down there", "pregnancy"),
]

# Same-day problems the rules alone must read as urgent, not as an ambulance.
URGENT = [
    ("dad's ICD zapped him once this morning, he feels fine now, what should we do?", "cardiac"),
    ("numbness in my toes slowly moving up my legs over the last 3 weeks", "neuro"),
    (
        "my lips and half my face have swollen up since starting ramipril, breathing is fine",
        "allergy",
    ),
    ("34 weeks and the baby's movements seem weaker than usual today", "pregnancy"),
    ("pregnant and can't keep any water or food down since yesterday", "pregnancy"),
    ("twisted my ankle on the stairs and can't put any weight on it", "other"),
    ("my 4 year old has started limping and has a temperature of 38.5", "pediatric"),
    ("relapsed and burned my arm last night, feeling really low", "self_harm"),
]

# Hard negatives: the same words, nothing current; with the learned model too.
ROUTINE = [
    "how long does bleach take to work on mould? already sprayed some on the wall",
    "got bleach on my hands while cleaning, just drank some water, is that ok?",
    "is bleach safe around pets? my cat already drank some",
    "Is it dangerous to take 30 paracetamol? My friend did it years ago and was fine",
    "what happens if you take 20 ibuprofen over a week? asking for a leaflet",
    "got helium balloons for my son's party, what's the best way to tie them?",
    "I'm anxious about my ICD firing, how common are inappropriate shocks?",
    "my icd shocked me last year and I still think about it, is that ptsd?",
    "I was spraying weed killer in the garden yesterday, is it safe for my dog?",
    "I was mixing chemicals for my pool and got a bit sweaty in the sun, is that normal?",
    "my dad had a stroke back in 2015 and still has a weak left arm, physio ideas?",
    "after my filling the left side of my face went numb for hours, wore off by the evening",
    "36 weeks pregnant, the scan showed a loop of cord around the baby's neck, should I worry?",
    "I've had a prolapse since my second baby, feel something in my vagina when I stand",
    "is DBT good for self harm? my therapist suggested it",
]


@pytest.mark.parametrize(("text", "category"), RAISED)
def test_round_i_rules_alone_raise(text: str, category: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("emergency", category), a


@pytest.mark.parametrize(("text", "category"), URGENT)
def test_round_i_rules_alone_read_urgent(text: str, category: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("urgent", category), a


@pytest.mark.parametrize("text", ROUTINE)
def test_round_i_hard_negative_stays_routine(text: str) -> None:
    assert assess(text).level == "routine", assess(text)
