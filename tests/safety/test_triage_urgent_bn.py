"""Round BN: same-day presentations the rules read as routine (rules alone, no backstop).

Each mechanism has sentences that must reach urgent (with a word of the reason, so that the
test fails without the rule) and near-miss look-alikes that must stay below it.
"""

import pytest

from weighin.safety.triage import assess_with

URGENT_CASES = [
    # bruises from nowhere with bleeding gums, nosebleeds, red dots or tiredness
    (
        "my teenage son has bruises coming up on his arms he can't explain and his gums bleed",
        "bruis",
    ),
    ("Noticed lots of random bruises on my thighs this week and I'm absolutely shattered", "bruis"),
    (
        "new bruises keep appearing on my shins, never knocked them, and my nose has bled twice",
        "bruis",
    ),
    (
        "bruises out of nowhere on her tummy and back, plus pinprick red spots on her legs, 8yo",
        "bruis",
    ),
    ("strange bruises all over me lately and I look so pale, my gums bled in the shower", "bruis"),
    ("wife keeps getting nosebleeds every day and she's been pale and washed out", "bruis"),
    # an older person's fall onto the hip
    ("Grandad tripped on the rug last night, his hip is really sore and he's limping", "hip"),
    (
        "my 86 year old mother fell in the kitchen this morning, walking but her hip is painful",
        "hip",
    ),
    (
        "I'm 71, slipped getting out of the bath yesterday and now my left hip hurts when I walk",
        "hip",
    ),
    ("nan took a tumble on the stairs, she can stand but says her hip is agony", "hip"),
    ("dad is 77, had a fall earlier, managing with his stick but limping a lot", "hip"),
    ("slipped on the ice this morning, 81, hip is very sore but I can get about", "hip"),
    # a device site or a recent operation wound infected
    ("the skin over my defibrillator has gone red and hot since Tuesday", "wound"),
    ("had my gallbladder op 5 days ago and the incision is now swollen and warm", "wound"),
    ("stitches from his knee surgery last week are red and there's some pus coming out", "wound"),
    ("c-section scar has gone red and puffy on one side, 10 days after, temp 37.8", "wound"),
    ("Pacemaker put in a fortnight ago, the pocket looks swollen and angry", "wound"),
    # a socket still bleeding
    (
        "Dentist took out a molar at 9am and it's still bleeding now at 4pm despite the gauze",
        "socket",
    ),
    ("extraction this afternoon and the socket keeps oozing, changed the gauze 5 times", "socket"),
    ("back tooth removed today, socket still oozing blood 5 hours later", "socket"),
    # appendicitis
    (
        "pain began around my tummy button and has shifted to the bottom right, hurts to cough",
        "lower right",
    ),
    (
        "my daughter 12 has sore lower right tummy since breakfast and won't jump, off her food",
        "lower right",
    ),
    ("lower right belly pain since last night, worse walking, temp 37.9", "lower right"),
    (
        "ache in the middle of my stomach yesterday, now it's travelled low down on the right",
        "lower right",
    ),
    # a medicine that must not stop
    (
        "my tacrolimus ran out and the pharmacy is closed till Monday, had a kidney transplant",
        "must not stop",
    ),
    (
        "my son has epilepsy, we've run out of his lamotrigine and the GP can't do a script",
        "must not stop",
    ),
    ("I've run out of my hydrocortisone tablets, I have Addison's", "must not stop"),
    ("cant get any more insulin, the chemist is out of stock", "must not stop"),
    (
        "she has missed her Keppra for three days because the pharmacy doesn't have it",
        "must not stop",
    ),
    # headaches of raised pressure
    (
        "waking up every day with a pounding headache for a fortnight, been sick a few mornings",
        "waking",
    ),
    (
        "my 9 year old has a headache when he wakes up most days, getting worse, vomited today",
        "waking",
    ),
    (
        "headaches for 3 weeks, worse when I lie flat and when I strain, my vision blurs at times",
        "waking",
    ),
    ("headache worse when coughing or bending, every morning for ten days now", "waking"),
    (
        "for a month I wake with headaches most days, worse if I cough, sometimes I vomit",
        "waking",
    ),
    # Bell's palsy
    (
        "half my face won't move since last night, forehead too, eye won't shut, talking fine",
        "bell",
    ),
    (
        "I cannot move the left side of my face and can't close that eye, arms and speech fine",
        "bell",
    ),
    (
        "my forehead won't wrinkle on the right and I can't shut my right eye, arms and legs fine",
        "bell",
    ),
    # a small child with vomiting or diarrhoea, drying out
    (
        "2 year old with a stomach bug since yesterday, only a couple of wet nappies today",
        "nappies",
    ),
    ("my 14 month old has been sick all morning and has had fewer wet nappies", "nappies"),
    ("toddler has gastro and his nappies are drier than normal", "nappies"),
    ("my 2yo has had the runs since Sunday, she's still doing wet nappies but fewer", "nappies"),
    # bronchiolitis taking half its feeds
    (
        "baby 5 months with bronchiolitis, only taking half her normal milk and breathing quicker",
        "half",
    ),
    ("my 3 month old has a bad cold and is feeding about half as much as usual", "half"),
    # pre-eclampsia: a headache that will not go after 20 weeks
    ("26 weeks pregnant with a headache that won't go away, paracetamol did nothing", "20 weeks"),
    ("I'm 36 weeks and have had a constant headache since yesterday", "20 weeks"),
    # one-sided pain after a positive test dated in the same clause (an ectopic?)
    ("positive test on Monday, a niggling ache low down on the left since", "pregnancy"),
    ("got a positive pregnancy test 2 days ago, cramps low on the right, no bleeding", "pregnancy"),
    # asthma needing the reliever several times a day
    ("my asthma is rubbish, I'm using my ventolin every 2 hours, still talking ok", "asthma"),
    ("daughter with asthma needed her blue inhaler 6 times today, chesty cold", "asthma"),
]

NOT_URGENT = [
    # bruises: an ordinary knock, a trait, alone, or no bruise at all
    "I bruise easily, always have, small ones on my legs, otherwise fine. Worth a blood test?",
    "bruised my knee playing hockey on Saturday and I'm tired after the match",
    "my gums bleed a little when I floss and I'm tired with a newborn, normal?",
    "on warfarin and a few small bruises on my arms, INR checked last week and fine",
    "bruises on my son's shins from football, he's well otherwise",
    # hips: young, an old fracture, walking fine, a question
    "I'm 24 and fell off my skateboard, bruised hip but walking fine",
    "Grandma broke her hip two years ago, how can we stop her falling again?",
    "my gran tripped and bruised her hip but she's walking on it normally and no limp",
    "what are the signs of a broken hip in elderly people after a fall?",
    # wounds: one sign, an old scar, the wound healing
    "knee replacement scar from 3 years ago is itchy, is that normal?",
    "had a mole removed a week ago, the stitches look a bit pink but healing nicely",
    "pacemaker fitted 2 weeks ago, the wound is not red or swollen, just a bit sore",
    # sockets: stopped, a little pink the next day, the dentist's word
    "had a tooth out yesterday, there's a little pink in my spit today, can I eat now?",
    "wisdom tooth out this morning, a little bit of oozing, dentist said that's normal",
    # belly: on the right but not a belly, a piercing, an old appendix
    "sore lower right back since moving furniture, hurts when I walk",
    "my belly button piercing is sore and the bar moved to the right",
    "had my appendix out years ago, now a twinge lower right when I cough",
    "what are the signs of appendicitis in children?",
    # medicines: not vital, one dose, a future worry, a question
    "ran out of ibuprofen for my back, can I take paracetamol instead?",
    "missed one dose of my lamotrigine last night, feel fine, should I take it now?",
    "I'm worried I'll run out of insulin on holiday, how much should I pack?",
    "what happens if you stop your epilepsy medication suddenly?",
    "I have epilepsy and worry about running out of meds when travelling abroad",
    "mum has Parkinson's and the charity shop ran out of the leaflets",
    # headaches: a hangover, coffee, a snorer, one sign
    "headache every morning after a night out drinking, how do I avoid hangovers?",
    "I get a headache every morning until I've had my coffee",
    "morning headaches and my wife says I snore loudly, could it be sleep apnoea?",
    "sharp headache for a second when I cough, then it goes",
    # Bell's: a sudden droop with a weak arm stays an emergency; not routine either way
    # children: plenty of wet nappies
    "my 18 month old has had diarrhoea twice today but plenty of wet nappies and eating well",
    "baby has a cold, feeding well, lots of wet nappies",
    # pregnancy headaches that went, or before 20 weeks
    "24 weeks pregnant, had a mild headache this morning that went with paracetamol",
    "I'm 10 weeks pregnant and get headaches since I cut out caffeine",
    "positive test last week, had a twinge on the left side but it went away",
    "had a positive test last week, no pain, no bleeding, when do I book the midwife?",
    # asthma: a preventer, an instruction, a question
    "the nurse said to take the reliever every 4 hours if I get a cold, is that right?",
    "my brown inhaler is 2 puffs twice a day, is that normal?",
    "is it safe to use salbutamol 4 times a day long term?",
]


@pytest.mark.parametrize(("text", "word"), URGENT_CASES)
def test_urgent(text: str, word: str) -> None:
    a = assess_with(text, None)
    assert a.level in ("urgent", "emergency"), (text, a.level, a.reasons)
    assert a.level == "urgent", (text, a.level, a.reasons)
    joined = " ".join(a.reasons).lower()
    assert word in joined or any(w in joined for w in _ALIASES.get(word, ())), (text, a.reasons)


_ALIASES = {
    "bruis": ("bruis",),
    "hip": ("hip",),
    "wound": ("wound", "device site"),
    "socket": ("socket",),
    "lower right": ("lower right",),
    "must not stop": ("must not stop",),
    "waking": ("waking", "coughing or bending", "persistent headache"),
    "bell": ("bell",),
    "nappies": ("nappies",),
    "half": ("half",),
    "20 weeks": ("20 weeks", "pregnancy"),
    "asthma": ("asthma",),
    "pregnancy": ("one-sided pain",),
}


@pytest.mark.parametrize("text", NOT_URGENT)
def test_not_urgent(text: str) -> None:
    a = assess_with(text, None)
    assert a.level == "routine", (text, a.level, a.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "my dad has Parkinson's, his Sinemet ran out two days ago and now he can't swallow",
        "ran out of mum's parkinsons tablets, she is rigid, feverish 38.9 and confused",
    ],
)
def test_parkinsons_crisis(text: str) -> None:
    a = assess_with(text, None)
    assert a.level == "emergency", (text, a.reasons)


def test_sudden_droop_with_weak_arm_stays_emergency() -> None:
    a = assess_with("suddenly one side of his face won't move and his arm is weak", None)
    assert a.level == "emergency", a.reasons
