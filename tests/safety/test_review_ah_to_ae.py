"""What the end-of-session review of rounds AH to AE found (2026-11-27): some 950 look-alikes
of the session's changes, written by two helpers against the session's start and assessed
under both checkouts. Every triage text the start read right and the change read wrong is
pinned here.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess

EMERGENCIES = [
    (
        "partner drinks a bottle of vodka a day, tried to stop yesterday and now he's "
        "hearing things and is really agitated and sweaty"
    ),
    ("having a latex anaphylaxis reaction at the dentist right now, lips swelling"),
    (
        "i know my anxiety makes me feel like this, but my lips are swelling and my throat "
        "is tight after the cashews"
    ),
    (
        "is it anaphylaxis if her throat feels tight and she's wheezing after the "
        "penicillin she just had?"
    ),
    (
        "my anxiety makes me feel like im dying, but this is different, crushing chest pain "
        "down my arm and I'm grey and sweaty"
    ),
    (
        "my dad's face dropped and his arm went weak. last time this happened he was fine a "
        "few minutes later but this time it hasnt gone, 40 minutes now"
    ),
    (
        "he had chest pain, was totally fine 10 minutes later, now it's back and worse and "
        "spreading to his arm"
    ),
    (
        "my panic disorder makes me feel like i'm choking, but tonight my tongue and lips "
        "have swollen up after the new tablets and I'm wheezing"
    ),
    (
        "her anxiety makes her think she's ill, but she has a temp of 40, a purple rash "
        "that doesn't fade and she's confused"
    ),
    (
        "my anxiety made me feel like this before, but the left side of my face has dropped "
        "and i cant lift my left arm"
    ),
    (
        "is it anaphylaxis if his lips are swelling and he's struggling to breathe after a "
        "bee sting?"
    ),
    ("is this a heart attack if the pain is crushing and going down my arm and i'm sweating?"),
    ("is it an overdose if my husband took 30 of his sleeping pills and won't wake up?"),
    (
        "my son is in peanut anaphylaxis right now, ambulance called, what do i do till "
        "they get here"
    ),
    ("she's having a milk anaphylaxis reaction and the epipen isn't working"),
    ("help, egg anaphylaxis happening now in my 2 year old after cake"),
    (
        "she has a crushing pain in her chest and is sweating, the paramedics checked her "
        "heart last week and said it was fine"
    ),
    (
        "people overdose on this stuff and my friend just took way too much fentanyl and is "
        "turning blue"
    ),
]

# (level the writer gave; none of these is an emergency)
NOT_EMERGENCIES = [
    (
        "lips went bluey after my son ate a blue slushie at the fair lol, it won't wash off",
        "routine",
    ),
    (
        "my fingers turned bluey-grey in the cold sea swim then went white and red when "
        "warming up, raynauds?",
        "routine",
    ),
    (
        "tongue looks bluey after the blueberry smoothie haha, anything to worry about? no",
        "routine",
    ),
    (
        "the cat fell off the table and threw up a hairball, is she ok?",
        "routine",
    ),
    (
        "our dog fell off the sofa yesterday and vomited once, vet?",
        "routine",
    ),
    (
        "my 8 month old fell off the bed 2 weeks ago, doctor checked him and said fine. now "
        "he has a runny nose and keeps dozing off in the car seat",
        "routine",
    ),
    (
        "just had the baby at home with two midwives, she is pink and feeding well, not "
        "crying much, is that normal?",
        "routine",
    ),
    (
        "my sister just had her baby, he's beautiful! what's a good present for a newborn "
        "who is not crying much and sleeps all day lol",
        "routine",
    ),
    (
        "had a c-section in 2019, is there a risk the scar can split open in a future pregnancy?",
        "routine",
    ),
    (
        "c-section mum here, my changing bag burst open on the bus and nappies everywhere "
        "lol. anyway how soon can i lift the car seat?",
        "routine",
    ),
    (
        "since my c-section ive been breastfeeding and my nipples have split open, so sore, "
        "any creams?",
        "routine",
    ),
    (
        "after my c section my lips are cracked and split open from the hospital air, what "
        "balm is safe while breastfeeding?",
        "routine",
    ),
    (
        "quit drinking energy drinks and now i'm seeing things clearly, no more jitters, love it",
        "routine",
    ),
    (
        "my uncle has not had a drink in 10 years, he has dementia now and often does not "
        "know where he is. tips for carers?",
        "routine",
    ),
    (
        "since i cut out drinking fizzy drinks im less shaky in the afternoon, is that the sugar?",
        "routine",
    ),
    (
        "i have epilepsy and had my usual seizure this morning, took an extra dose of "
        "keppra like my neurologist's plan says, back to normal now",
        "routine",
    ),
    (
        "im paranoid about my weight so i have a knife and fork with every meal and eat "
        "slowly, any tips?",
        "routine",
    ),
    (
        "i cut my finger with a kitchen knife while chopping onions, i'm paranoid it will "
        "get infected, small cut, stopped bleeding",
        "routine",
    ),
    (
        "dad has dementia and gets a bit paranoid we're moving his things, he's got a "
        "screwdriver out fixing his radio all day, not aggressive. is this normal?",
        "routine",
    ),
    (
        "had my flu jab injected in my arm yesterday, now its red and swollen and i feel a "
        "bit feverish, 37.9",
        "routine",
    ),
    (
        "sunburn rash on my shoulders is blistering and my lips are peeling and cracked "
        "from the sun",
        "routine",
    ),
    (
        "confused why i still get out of breath on the stairs since covid 2 years ago, "
        "otherwise well",
        "routine",
    ),
    (
        "my voice is telling me to die my hair pink lol should i",
        "routine",
    ),
    (
        "my chest pain comes back when i walk uphill and goes when i rest, been happening "
        "for a couple of weeks",
        "urgent",
    ),
    (
        "can hardly wake my teenager for school lol, hes 15 and up gaming till 2am",
        "routine",
    ),
    (
        "my dad keeps dozing off in his chair after lunch, he's 85, is that just age?",
        "routine",
    ),
    (
        "newborn keeps dozing off during feeds, 10 days old, gaining weight well, midwife happy",
        "routine",
    ),
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_review_emergencies_stay_emergencies(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(("text", "level"), NOT_EMERGENCIES)
def test_review_look_alikes_are_not_raised(text, level):
    a = assess(text)
    assert a.level != "emergency", a.reasons
    if level == "routine":
        assert a.level == "routine" or a.category != "self_harm", a.reasons
