"""Triage rounds AN and AO (blind sets, 2026-11-27; read after each was scored once).

AN: eyes, ears, mouth and throat, skin, genitals and the urinary tract, where an emergency hides
among small complaints. AO: accidents and hazards at home and in the garden. Sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.safety.triage_sets import target_figures
from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        # a mouth or throat infection spreading into the neck
        "abscess on my back tooth, my cheek is swollen, it's spreading down my neck and I can "
        "barely swallow",
        "wisdom tooth infection, face puffed up and I'm finding it hard to breathe",
        # a penetrating eye injury; a hot liquid in the eye; hydrofluoric acid
        "a twig flicked into his eye, the pupil has gone an odd shape and he says it's all dark",
        "boiling fat from the frying pan splashed into my eye and I can't open it",
        "spilled a glass etching cream with hydrofluoric acid on my hand, the pain keeps building",
        # the groin going black; redness racing with pain out of proportion
        "my husband is diabetic, his scrotum is red and swollen and there's a black patch, fever",
        "scratch on my calf yesterday, redness spreading really fast and the pain is way worse "
        "than it looks, shivering",
        # a stone with a high fever; a urine infection with confusion and shaking; toxic shock
        "known kidney stone, now a temp of 39.8 and I feel awful",
        "mum has a water infection and tonight she is shaking and confused",
        "had a tampon in since yesterday, high fever, a red rash like sunburn and I'm throwing up",
        # blood at the tip of the penis after a fall astride and no urine
        "slipped and landed astride the fence, blood coming out of the tip of my penis and I "
        "can't pee",
        # jaw pain on exertion with sweating
        "my jaw aches whenever I walk up the hill and right now I'm sweating and breathless",
        # meningitis after an ear infection; sudden loss of sight in one eye; a skin reaction
        "after his ear infection he has a terrible headache, a stiff neck and is confused",
        "my nan suddenly can't see anything at all out of her left eye since breakfast",
        "new seizure tablets last week and now my skin is peeling off in sheets and my mouth is "
        "full of blisters",
        # a broken thighbone; a high-pressure injection
        "fell off the roof, his thigh is bent halfway down and he can't move",
        "the grease gun went off into my thumb, just a pinprick but it's swelling up",
    ],
)
def test_round_an_emergencies(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # an act on purpose with a wound that needs care now
        (
            "pushed a pin into my arm on purpose and blood is dripping down. i want to die",
            "emergency",
        ),
        ("stuck the hot spoon on my wrist on purpose, it has gone white and leathery", "emergency"),
        ("mixed bleach with the toilet cleaner on purpose and locked the door", "emergency"),
        (
            "cut my leg last night because i wanted to die, you can see the fat in it",
            "emergency",
        ),
        # a farewell and things given away
        (
            "gave my camera and my records to my cousin this afternoon and told her to look after "
            "nan",
            "emergency",
        ),
        # marks made with a sharp thing, told by a parent
        (
            "my 13 year old has lines on her arms she says she made with a pencil sharpener",
            "urgent",
        ),
        # small burns on purpose, dressed, no wound needing care: urgent, as before
        ("burnt myself with a lighter on purpose last night, a small blister", "urgent"),
        (
            "started cutting again, small scratches, nothing that needs stitches, i don't want "
            "to die",
            "urgent",
        ),
    ],
)
def test_round_an_self_harm(text, level):
    a = assess(text)
    assert (a.level, a.category) == (level, "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # conventions our older sets hold: retention with a sore belly, a stone with a shiver, a
        # spreading cellulitis past a pen line with a fever: for today, not an ambulance
        "grandad can't pee since this morning and his tummy is swollen and sore",
        "kidney stone again, being sick and shivery with a temperature",
        "red patch on my shin spreading past the pen line since yesterday, temp 38",
        # history and figures of speech
        "bee stung my lip two summers ago and it swelled up, do I need an epipen?",
        "30 weeks pregnant and my gums bleed when I floss, normal?",
        "my feet smell strong enough to knock someone out, help",
        "toddler's tongue went blue from the blue ice lolly, gave me a fright",
        "passed out on the couch after the night shift, slept till noon lol",
        "we're all gonna die of food poisoning after my cooking lol",
        "blood all over the floor, turned out it was just cherry juice",
        # a goodbye for a stay in hospital (the rules read no farewell in it; the learned model
        # still reads "look after mum while I'm away on holiday" as urgent self-harm)
        "i told him to look after the dog while I'm in hospital for my knee",
    ],
)
def test_round_an_not_emergencies(text):
    a = assess(text)
    assert a.level != "emergency" and a.category != "self_harm", (a.level, a.reasons)


@pytest.mark.parametrize("name", [f"triage_external_{x}.jsonl" for x in ("an", "ao")])
def test_round_an_sets_meet_the_targets_after_their_rounds(name):
    # read and fixed from (REPORT keeps the blind figures): this keeps the round from slipping
    n, emergency_recall, self_harm_all, false_alarms = target_figures(name)
    assert n == 300
    assert emergency_recall >= 0.98
    assert self_harm_all
    assert false_alarms <= 0.05


@pytest.mark.parametrize(
    "text",
    [
        # rules/today.py: what wants a doctor today
        "cleared the car of ice for an hour, two fingertips went white and now they're blistering",
        "my 4 year old got superglue on her eyelashes and the eye is stuck shut",
        "sliced my finger on a tin and now I can't bend the tip of it",
        "laughed too hard and my jaw is stuck open",
        "painful blisters in a band round one side of my back since yesterday",
        "his eczema has gone crusty with little punched-out sores on his face",
        "sore throat on the right side only, getting worse, opening my mouth is getting harder",
        "our 10 day old baby has yellow goop in one eye and the lids are swollen",
        "mum's catheter stopped draining overnight and her tummy hurts",
        "the condom broke with a guy I don't know, what do I need",
        "12 weeks pregnant, can't keep water down since yesterday and my pee is dark",
        "used a cotton bud, now there's blood on it and my hearing is muffled",
        "got hit in the face at football, squishy purple swelling inside my nose",
        "fishing hook went into my thumb past the barb",
        "cut my foot on a broken bottle, I think there's still glass in it",
        "was welding without a mask, now my eyes are gritty and burning",
        "26 weeks pregnant and I slipped on the ice, landed on my side",
        "my son fell off the trampoline and won't put weight on his leg",
        "always thirsty lately and I've lost a stone without trying",
        "bruises all over her legs this week and her gums are bleeding",
    ],
)
def test_round_an_same_day(text):
    assert assess(text).level == "urgent", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "I fell pregnant last year after a chemical pregnancy, what are the odds?",
        "20 weeks and I bumped my belly on the counter, no pain, baby moving",
        "been thirsty and peeing a lot lately, could it be diabetes?",
        "how do you get superglue off skin?",
    ],
)
def test_round_an_same_day_near_misses(text):
    assert assess(text).level == "routine", assess(text).reasons
