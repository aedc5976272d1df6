"""Same-day presentations (rules/same_day.py): what many writers' sets labelled urgent and the
rules read as routine. Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "the neighbour's cat bit my wrist this morning, two punctures, it's throbbing",
            "infection",
        ),
        (
            "my watch keeps flagging possible AFib since yesterday, pulse around 105, I feel ok",
            "cardiac",
        ),
        (
            "blistery rash on the left of my forehead since Sunday and that eye is going red",
            "infection",
        ),
        (
            "soaking a super pad every hour since this morning with my period, not pregnant",
            "bleeding",
        ),
        ("5 days after my hernia operation the incision is red and oozing yellow pus", "infection"),
        (
            "my 4 year old has been limping since this morning, no fall, slight temperature",
            "pediatric",
        ),
        ("on ramipril for 2 years and today my top lip is swollen, breathing fine", "allergy"),
        (
            "mixed bleach and another cleaner, breathed the fumes, still coughing an hour later",
            "poisoning",
        ),
        ("I'm 71, new pain at my right temple for a week and my jaw aches when I chew", "neuro"),
        ("woke up this morning and the hearing in my right ear has gone, ringing", "other"),
        ("sciatica for weeks, now my left foot slaps on the floor when I walk", "neuro"),
        (
            "grandma takes Priadel, since Monday she's been throwing up and walks like she's drunk",
            "poisoning",
        ),
        ("on tegretol, seeing double today and so wobbly I hold the walls", "poisoning"),
        ("warfarin check this morning, my INR is 5.9, no bleeding so far", "bleeding"),
        ("stent fitted 4 months ago, I've run out of my ticagrelor since Friday", "cardiac"),
        (
            "I'm 14 weeks pregnant, I babysat my nephew on Sunday and he has chickenpox today",
            "pregnancy",
        ),
        ("on apixaban and my wee has gone pink since lunchtime, no pain", "bleeding"),
        ("our 12 day old looks yellow in her face and chest now, feeding fine", "pediatric"),
        ("got washing powder in his eye, rinsed it, still red and sore an hour later", "other"),
        (
            "type 2 diabetic, a blister on my heel from new shoes is red and oozing today",
            "infection",
        ),
        (
            "new headaches for the last 3 weeks, worse when I cough or bend, I'm 48",
            "neuro",
        ),
        ("38 weeks pregnant and it burns when she pees, no fever", "pregnancy"),
        ("mum has AF and stopped her apixaban two weeks ago because of bruising", "stroke"),
    ],
)
def test_same_day_presentations_are_urgent(text: str, category: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("urgent", category), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "my hamster nipped me but it didn't break the skin",
        "I've had AF for years and I'm on apixaban, can I drink coffee?",
        "what does shingles near the eye look like?",
        "had shingles on my forehead two years ago, should I get the vaccine now?",
        "how often should you change a pad on a heavy day?",
        "my toddler limps in new shoes, is that normal?",
        "is a dry cough a side effect of ramipril?",
        "I'm 30 and get tension headaches at my temples after work",
        "my son's hearing test at school was fine but he never listens lol",
        "I've been on lithium for six years, my hands have a fine tremor, is that usual?",
        "what are the signs of digoxin toxicity, is it sickness and blurred vision?",
        "my INR was 7 once years ago, how often should it be checked?",
        "my dad has had a stent since 2015, can he stop his aspirin?",
        "I'm 20 weeks pregnant and had chickenpox as a child, my son has it, should I worry?",
        "is red urine after beetroot normal? I'm not on any medicines",
        "my son had jaundice as a newborn, now he's 4, could it affect his liver?",
        "3 day old slightly yellow, the midwife checked today and said it is mild, how long?",
        "what do chemicals in the eye do to the cornea? for my first aid course",
        "I'm diabetic, how should I check my feet each day?",
        "I get tension headaches most afternoons, is paracetamol or ibuprofen better?",
    ],
)
def test_look_alikes_stay_routine(text: str) -> None:
    assert assess(text).level == "routine", assess(text).reasons
