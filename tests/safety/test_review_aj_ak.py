"""What the second review (round AJ/AK against 21fa0d7, 2026-11-27) found: 381 look-alikes,
30 read worse than before the round, all mended and pinned here."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess

EMERGENCIES = [
    (
        "I recognise the signs of sepsis from my nursing job and my son has them: "
        "mottled skin, fast breathing, very drowsy"
    ),
    ("worried it could be sepsis, he's mottled, cold hands, really drowsy"),
    (
        "my daughter keeps asking what the spots are, they don't fade with the glass "
        "and she has a high fever"
    ),
    ("would my 2 year old overdose on iron tablets? she just ate about 10 of mine"),
    (
        "I'm writing the school's asthma protocol and a boy in my class is having an "
        "attack now, his inhaler isn't helping and he can't speak"
    ),
    ("he ate loads of his nan's blood pressure tablets, he's 3"),
    ("his face is drooping but it's only on one side, and his arm is weak"),
    ("crushing chest pain but it's only been 10 minutes, sweating a lot"),
]

# (the level the writer gave)
OTHERS = [
    (
        "found an empty bottle of calpol in the cupboard, do i need to buy the same one "
        "or is the 6+ version ok for my 2 yr old?",
        "routine",
    ),
    (
        "nosebleed for 35 mins, still going, he is not pale or dizzy, chatting away",
        "urgent",
    ),
    (
        "nosebleed for 40 mins, blood all over his grey school jumper, he's fine in himself",
        "urgent",
    ),
    (
        "nosebleed lasting 30 minutes, I'm not dizzy or faint, just annoyed, it keeps going",
        "urgent",
    ),
    (
        "she broke her right wrist last month and now won't use her right arm and leg "
        "on the climbing frame because she's scared of falling",
        "routine",
    ),
    (
        "my teenager is still not waking up before noon on weekends, is that normal?",
        "routine",
    ),
    (
        "my 6 month old is still not waking up at night for feeds, sleeps 7pm to 6am, "
        "is it ok to drop the night feed?",
        "routine",
    ),
    (
        "still not fully awake, need coffee lol. anyway question about my knee, it "
        "clicks when i squat",
        "routine",
    ),
    (
        "my husband is still not waking up for his alarm even with 5 alarms. could it "
        "be sleep apnoea?",
        "routine",
    ),
    (
        "eyelid swollen and red, temp 38, but he can see fine and it doesn't hurt to move his eye",
        "urgent",
    ),
    (
        "my teething baby keeps chewing the charger cable, it wasn't plugged in, can "
        "the plastic hurt her?",
        "routine",
    ),
    (
        "my son chewed the cable on his headphones, they don't work now, any fix?",
        "routine",
    ),
    (
        "toddler chewing the charger on the sofa, unplugged, just want to know if the "
        "plastic is toxic",
        "routine",
    ),
    (
        "cat bit through the lamp cable while it was plugged in, cat seems fine, should I worry?",
        "routine",
    ),
    (
        "we've all been sick with a tummy bug the kids brought home from nursery, the "
        "cat is sick too but she had a hairball",
        "routine",
    ),
    (
        "she's had her epipen for 3 years since her peanut reaction, does it need replacing?",
        "routine",
    ),
    (
        "how much water can you drink before you die? asking for me, I drink 4 litres at the gym",
        "routine",
    ),
    (
        "I have a plan for tonight: melatonin tablets ready, blackout blinds up, "
        "lavender spray. hoping my 4 year old finally sleeps",
        "routine",
    ),
    (
        "urge to scratch my eczema at night is unbearable, any creams?",
        "routine",
    ),
    (
        "how do I stop the urge to bite my nails",
        "routine",
    ),
    (
        "I get urges to hit my brother when he annoys me, how do I control my anger",
        "routine",
    ),
    (
        "ok so our nursery policy says if a child is found with opened medicine, call "
        "999. today a 2 year old in my room was found with an opened bottle of his own "
        "inhaler spacer cleaner? it's just soapy water. do i need to call?",
        "routine",
    ),
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_second_review_emergencies(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(("text", "level"), OTHERS)
def test_second_review_look_alikes(text, level):
    assert assess(text).level == level, assess(text).reasons
