"""Triage round BQ (b): presentations the rules missed or misgraded, read as an emergency
physician would (blind set BQ's misses, read after it was scored). Sentences are ours; asserted
with the rules alone, with a word of the reason where a new rule decides.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage.verdict import assess_with


def _rules(text: str):
    return assess_with(text, None)


def _says(a, word: str) -> bool:
    return any(word in r for r in a.reasons)


@pytest.mark.parametrize(
    ("text", "level", "word"),
    [
        # weakness climbing from the feet to the hands over days, now the breath
        (
            "had food poisoning last week. since thursday my toes tingle and my legs went weak, "
            "now my arms are weak too and i cant take a full breath",
            "emergency",
            "climbed",
        ),
        (
            "after a chest infection my wife's feet went numb, then her legs got weak, today her "
            "hands are weak as well and she is struggling to breathe",
            "emergency",
            "climbed",
        ),
        (
            "my legs have felt weak and heavy since monday and now my fingers are tingling too",
            "urgent",
            "climbed",
        ),
        # the saddle numb and the bladder stopped
        (
            "bad back since sunday, now numb around my bottom and i cannot pee at all",
            "emergency",
            "saddle",
        ),
        (
            "my husband has sciatica and now he cannot feel the toilet paper when he wipes and has "
            "not been able to wee all day",
            "emergency",
            "saddle",
        ),
        (
            "numbness in my groin since lunch and i have wet myself without knowing",
            "emergency",
            "saddle",
        ),
        # a leg that gave way, the body leaning to one side
        (
            "dad stood up from his chair and his right leg just gave way, now he is slumped to one "
            "side",
            "emergency",
            "leans",
        ),
        (
            "my mum's arm went dead at dinner and she keeps leaning to the left side in her chair",
            "emergency",
            "leans",
        ),
        (
            "grandad's knee buckled on the way to the loo and now he is tilting over to one side",
            "emergency",
            "leans",
        ),
        # heart failure filling up
        (
            "i have heart failure. my weight has gone up 3 kg this week and my ankles are puffier",
            "urgent",
            "heart failure",
        ),
        (
            "on furosemide for my heart. put on 4 lbs in two days and i need an extra pillow to "
            "sleep",
            "urgent",
            "heart failure",
        ),
        (
            "mum has heart failure, her ankles are more swollen and she is sleeping propped up now",
            "urgent",
            "heart failure",
        ),
        # a slow pulse with symptoms
        ("mum's heart rate is 46 on the machine today and she is more tired", "urgent", "pulse"),
        (
            "her heart rate on the monitor has been 43 to 47 since the dose went up, she is "
            "more tired",
            "urgent",
            "pulse",
        ),
        ("gran's heart rate on her watch says 44 today, she is so tired", "urgent", "pulse"),
        # any reading of a series past 180/110
        (
            "my bp is normally fine, 130/80, but this evening it read 191/109 and then 186/104",
            "urgent",
            "180/110",
        ),
        ("blood pressure was 140/85 at lunch and 200/115 now, i feel fine", "urgent", "180/110"),
        ("home readings today 178/96 and then 184/100, no symptoms", "urgent", "180/110"),
        # raised pressure after 20 weeks
        (
            "34 weeks pregnant, bp at the midwife last week 118/76, today at home 150/96",
            "urgent",
            "after 20 weeks",
        ),
        ("i'm 27 weeks pregnant and my bp reading today was 142/88", "urgent", "after 20 weeks"),
        (
            "38 weeks, the pharmacist took my blood pressure: 120/80 then 138/94",
            "urgent",
            "20 weeks",
        ),
        # a socket still going in the evening, or slowing and coming back
        (
            "had a wisdom tooth taken out at 10am, it is still bleeding now at 8pm",
            "urgent",
            "socket",
        ),
        (
            "my son had a tooth pulled today, the bleeding slows down but keeps coming back",
            "urgent",
            "socket",
        ),
        (
            "tooth extraction this afternoon and the socket is still oozing at bedtime",
            "urgent",
            "socket",
        ),
        # a cut that gapes
        ("sliced my thumb on a mandoline, the cut gapes when i bend it", "urgent", "gapes"),
        (
            "my daughter cut her knee on glass, the edges pull apart when she walks",
            "urgent",
            "gapes",
        ),
        ("deep cut on my forearm from a saw, i can see yellow fat in it", "urgent", "gapes"),
        # a barking cough in a child
        ("my 4 year old has a cough like a seal tonight and a hoarse voice", "urgent", "barking"),
        ("my 2 year old has a cough like a sea lion tonight", "urgent", "barking"),
        ("my son (2) sounds croupy this evening, breathing quiet at rest", "urgent", "barking"),
        # sugars very high for days
        (
            "type 1 diabetic, my blood sugars have been 24 for two days with this flu",
            "urgent",
            "sugars",
        ),
        (
            "dad is diabetic and his glucose has been stuck at 380 since friday",
            "urgent",
            "sugars",
        ),
        ("on insulin and my readings have been 22-27 for three days", "urgent", "sugars"),
        # a high fever with white patches on the tonsils
        ("fever of 39.4 and my tonsils are covered in white spots", "urgent", "tonsils"),
        (
            "high temperature 39, white patches on her tonsils and a sore throat",
            "urgent",
            "tonsils",
        ),
        ("my son has a fever of 39.2 and white patches on his tonsils", "urgent", "tonsils"),
        # a warning stroke that came and went
        (
            "last night the sight in my left eye went black for a few minutes, like a shade coming "
            "down, then it came back",
            "urgent",
            "warning stroke",
        ),
        (
            "on tuesday dad's mouth drooped on one side and his speech was slurred for ten "
            "minutes, he is fine now",
            "urgent",
            "warning stroke",
        ),
        (
            "yesterday her arm went weak for a few minutes and then it was back to normal",
            "urgent",
            "warning stroke",
        ),
        # a face swollen after a hair dye
        ("dyed my hair last night and now my forehead and eyelids are swollen", "urgent", "dye"),
        (
            "mum used a hair dye on sunday, today her scalp is weeping and her face is puffy",
            "urgent",
            "dye",
        ),
        ("had a black henna tattoo and now my face is swollen", "urgent", "dye"),
        # a rash weeks after starting lamotrigine and the like, no sepsis sign
        (
            "started lamotrigine 4 weeks ago and today a red blotchy rash on my back with a low "
            "temperature",
            "urgent",
            "starting a medicine",
        ),
        (
            "my gp switched me to carbamazepine and i have a rash all over my arms",
            "urgent",
            "starting a medicine",
        ),
        (
            "switched to lamotrigine two weeks ago, now a rash and my skin is peeling",
            "emergency",
            "blisters",
        ),
    ],
)
def test_presentation_is_caught(text: str, level: str, word: str) -> None:
    a = _rules(text)
    assert a.level == level, (a, text)
    assert _says(a, word), (a, text)


@pytest.mark.parametrize(
    ("text", "level", "word"),
    [
        # known MS, a leg numb and weak over days: a relapse for today
        (
            "i have multiple sclerosis and over the last few days my right leg has gone weak",
            "urgent",
            "MS",
        ),
        ("ms since 2015. since monday my left leg has gone numb and weaker", "urgent", "MS"),
        ("my wife has ms, her left leg has gone weak gradually this week", "urgent", "MS"),
        # a foot that flops, on its own: foot drop
        ("back pain for a month and now my left foot flops when i walk", "urgent", "foot"),
        (
            "left foot flops since yesterday, my back has been bad, cannot lift my toes",
            "urgent",
            "foot",
        ),
        (
            "sciatica for a month and now my left foot flops, my toes will not lift",
            "urgent",
            "foot",
        ),
        # the face that does not move is Bell's palsy, not a person who will not wake
        (
            "woke with the left side of my face not moving, cannot close my eye, arms fine, "
            "speech fine",
            "urgent",
            "Bell",
        ),
        (
            "his face is not moving on the right, cannot raise his eyebrow, his arms and legs "
            "are fine",
            "urgent",
            "Bell",
        ),
        # one shock from the defibrillator, well, not gone off again
        (
            "my icd went off once this morning, i feel fine and it has not gone off again",
            "urgent",
            "defibrillator",
        ),
        (
            "my icd fired once while mowing, no dizziness and it has not fired again",
            "urgent",
            "defibrillator",
        ),
        # fumes yesterday, a tight chest left with the breath working
        (
            "mixed bleach and ammonia yesterday, today my chest feels tight but i can breathe fine",
            "urgent",
            "fumes",
        ),
        (
            "bleach and toilet cleaner fumes last night, still a cough and chest tight, breathing "
            "is ok",
            "urgent",
            "fumes",
        ),
        (
            "breathed in mixed cleaning fumes, chest tightness now, talking fine",
            "urgent",
            "fumes",
        ),
    ],
)
def test_graded_urgent_not_emergency(text: str, level: str, word: str) -> None:
    a = _rules(text)
    assert a.level == level, (a, text)
    assert _says(a, word), (a, text)


@pytest.mark.parametrize(
    "text",
    [
        # climbing: long-standing neuropathy, anxiety's tingling
        "diabetic neuropathy, feet numb for years and now my hands tingle too",
        "when i panic my feet tingle and then my hands tingle too",
        # saddle without the bladder, or a bladder said fine
        "numb around my bottom after a long bike ride, peeing normally",
        # leaning to one side from a bad back
        "my sciatica is so bad i am leaning to one side and my leg gave way on the stairs",
        # heart failure steady
        "i have heart failure, my weight is stable and my ankles are the same as always",
        # a slow pulse in the fit, or without symptoms
        "i'm a runner and my resting pulse is 44, feel great",
        "my pulse is 46 and i feel completely fine",
        # readings under the thresholds, or a past one
        "my bp was 150/95 today, feel fine",
        "a year ago my bp was 190/115 but on tablets it is 130/80 now",
        # raised pressure before 20 weeks is not this rule's
        "12 weeks pregnant and bp 118/74, all fine",
        # a socket oozing the morning after is healing
        "had a tooth out yesterday, a little pink spit this morning, dentist said normal",
        # a cut that does not gape, or closed
        "small cut on my finger, the edges stay together and it has stopped bleeding",
        "cut my hand, had it glued at the walk-in and it is fine",
        # croup that settled by morning
        "my 2 year old had a barking cough last night but it settled in the steamy bathroom, "
        "fine this morning",
        # sugars high once, or low numbers
        "diabetic, my sugar was 14 after a big dinner",
        # white tonsils without a fever
        "white spots on my tonsils but no fever and i feel fine",
        # a numb face from a dentist, a leg slept on
        "half my face drooped after the dentist's injection, it wore off in 3 hours",
        "my arm went weak from sleeping on it, back to normal after a minute",
        # dyed hair with an itchy scalp only
        "dyed my hair yesterday and my scalp is a bit itchy",
        # a rash on a medicine taken for years
        "been on lamotrigine for 6 years, got a heat rash in the sun",
    ],
)
def test_look_alikes_are_not_raised(text: str) -> None:
    a = _rules(text)
    new = (
        "climbed",
        "saddle",
        "leans",
        "heart failure filling",
        "pulse under 50",
        "180/110",
        "after 20 weeks",
        "socket",
        "gapes",
        "barking",
        "sugars very high",
        "tonsils",
        "warning stroke",
        "dye",
        "starting a medicine",
    )
    assert not any(w in r for r in a.reasons for w in new), (a, text)


@pytest.mark.parametrize(
    "text",
    [
        # a limb that does not move stays an emergency
        "my husband suddenly cannot move his right arm and leg, it is not moving at all",
        # a sudden one-sided weakness without MS or days
        "my left leg suddenly went weak and numb ten minutes ago",
        # fumes with the breath going
        "mixed bleach and ammonia, my chest is tight and i am really short of breath",
        # shocked twice
        "my icd has shocked me twice in the last hour",
    ],
)
def test_emergencies_stay(text: str) -> None:
    assert _rules(text).level == "emergency", text
