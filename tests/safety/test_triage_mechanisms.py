"""Triage mechanisms found on external set C, each pinned by wording of our own (not C's)."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess
from weighin.safety.triage.verdict import assess_with

# Each mechanism: a present case the rules alone must raise, and a hard negative.
RAISED = [
    # a plan worded as knowing the method or the place, plus being cut off
    (
        "my brother said he's figured out where he would do it and now he's stopped answering",
        "self_harm",
    ),
    # an act under way ("the pills are kicking in") with a farewell
    ("the pills are starting to kick in. i'm sorry to everyone for this", "self_harm"),
    # escalator wording (means, a place) counting as a warning sign next to a farewell
    (
        "left a note for my wife. the car is full of petrol and I'm heading for the cliffs",
        "self_harm",
    ),
    # found unwell beside emptied packets
    (
        "my flatmate is slurring and there are empty packets of her tablets on the floor",
        "self_harm",
    ),
    # pressure in the jaw or back with breathlessness and nausea, no chest pain
    ("heaviness in her left arm and neck, breathless and feels sick for half an hour", "cardiac"),
    # a multi-system allergic reaction (hives, vomiting, drowsy)
    (
        "my son ate a peanut cookie, now hives everywhere, he's being sick and very sleepy",
        "allergy",
    ),
    # birth under way
    (
        "I'm pregnant with my third and I can feel the baby's head, no time to get to hospital",
        "pregnancy",
    ),
    # a high-energy injury
    ("my husband fell off the roof clearing the gutters and he's not making sense", "other"),
    # a limb suddenly cold and pale
    ("dad's foot has turned pale and cold in the last hour and he says it's agony", "other"),
    # infection with a very low blood pressure
    (
        "been shivering with a fever since this morning, now my bp reads 78/50 and I'm dizzy",
        "infection",
    ),
]

ROUTINE = [
    "I think I overdosed on chocolate over christmas, is this heartburn normal?",
    "are fridge magnets a choking hazard for a 3 year old?",
    "Hypothetical question: if a diner started choking in my restaurant, do staff do back blows?",
    "We're writing an emergency plan for my daughter's seizures at school, what should it include?",
    "When my father had his heart attack he was in hospital a week. What's cardiac rehab like?",
    "what's a fatal amount of water to drink? I have about 4 litres a day at the gym",
    "cut myself shaving and it bled loads but stopped after a few minutes of pressure",
    "I was hit by a car 5 years ago and still get back pain, can physio help?",
    "my fingers go white and numb in the cold every winter, is it Raynaud's?",
    "what heart rate counts as too fast for a toddler?",
    "my husband's snoring sounds like he is choking some nights, could it be sleep apnoea?",
    "my mum's stroke was 2 years ago and her speech is still a bit slow, any exercises?",
    "I nearly choked on a sweet this morning but coughed it up, now my throat is sore",
    "tonight I am done with revision, is it ok to have a glass of wine on antibiotics?",
]


@pytest.mark.parametrize(("text", "category"), RAISED)
def test_rules_alone_raise_the_mechanism(text: str, category: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("emergency", category), a


@pytest.mark.parametrize("text", ROUTINE)
def test_hard_negative_stays_routine(text: str) -> None:
    assert assess(text).level == "routine", assess(text)


def test_a_sense_of_doom_is_read_as_a_symptom_not_self_harm() -> None:
    a = assess("crushing pain in my chest, I'm clammy and I feel like I'm going to die")
    assert (a.level, a.category) == ("emergency", "cardiac"), a


def test_negated_pain_does_not_make_spotting_an_emergency() -> None:
    assert assess("30 weeks pregnant, a little spotting today, no cramps or pain").level == "urgent"


# Round E (fresh round 8 and probes of our own): each mechanism with a present case the rules
# alone must read, and a hard negative.
RAISED_E = [
    # non-native and everyday words for confusion ("very confuse", "not know me") with fever
    (
        "my grandfather 85 is very confuse since yesterday night, he does not know me, and he "
        "is hot with fever and so sleepy",
        "infection",
    ),
    # diabetes named by its type, with sweating and confusion (a hypo)
    ("my son is type 1, he's sweaty and shaky and now talking nonsense", "other"),
    # a child got hold of medicine and some are gone
    ("my toddler got hold of grandma's blood pressure tablets, a few are missing", "poisoning"),
    # a very slow pulse with dizziness
    ("dad's pulse is only 36 since the new heart tablets and he feels dizzy", "cardiac"),
    # a neck hurt in a crash with tingling hands
    ("rear-ended an hour ago, my neck is stiff and both hands have pins and needles", "other"),
    # a blocked bowel: swollen hard belly, vomiting, no stool or wind
    (
        "his tummy is swollen and hard, he's been sick all morning and hasn't done a poo or "
        "passed wind since yesterday",
        "other",
    ),
    # a long lie on the floor
    ("found my neighbour on her kitchen floor, she had been there all night", "other"),
    # a drooping face in non-native wording, onset "since 20 minutes"
    ("my wife face one side is fall down since 20 minutes and she cannot lift her arm", "stroke"),
    # fresh round 9: a scald from just-boiled water on a child; half the body numb on waking
    (
        "our 10 month old knocked a mug of just-boiled tea onto her arm, it is blistering",
        "pediatric",
    ),
    ("woke up with half my body numb and I can't stand up straight", "stroke"),
]

URGENT_E = [
    ("burning when i pee and pain in my lower back on one side", "infection"),
    ("sudden floaters and flashes of light in one eye", "other"),
    ("Mother-in-law has been more muddled than normal over the last 2 days, she's 88", "neuro"),
    ("my copd is playing up, I'm needing my salbutamol much more", "breathing"),
    ("after her fall nan's left leg looks shorter and turned out", "other"),
    ("my husband's eyes look yellow and he has pain under his right ribs", "other"),
    ("I got a tick bite a week ago and now there's a spreading red rash", "infection"),
    ("I'm 58 and bleeding again after the menopause", "other"),
    ("my daughter is 12 and drinking loads, peeing all the time and so tired", "pediatric"),
    ("swallowed a fish bone at dinner and I can still feel it scratching", "other"),
    # "the last week" is a span reaching to now, not a date in the past
    ("been getting chest tightness on the stairs the last week, it goes when I stop", "cardiac"),
]

ROUTINE_E = [
    "I nearly passed out from laughing at the comedy show last night lol, is that a thing?",
    "my chest is a bit sore after coughing for a week with a cold, no fever, breathing fine",
    "killing myself at the gym every morning but not losing weight, what am i doing wrong",
    "i get short of breath when running for the bus, im overweight, how to improve fitness",
    "I got my tablets muddled up this morning and took the evening ones, is that a problem?",
    "my kid got hold of my vitamin gummies but the pot was sealed and nothing is missing",
    "my resting heart rate is 42, I'm a marathon runner and feel great, is that too low?",
    "my neck has been sore since a car accident two years ago, any stretches?",
    "a bit bloated and haven't pooed for three days, otherwise fine, what helps constipation?",
    "I've had a twitch in one side of my mouth for a week when I'm tired, no weakness",
    "how do you take a temperature on a baby correctly? under the arm?",
    "I have had the same few floaters for years, they drift when I look at a white wall",
    "my skin went a bit yellow from eating loads of carrots lol, is that real?",
    "I drink a lot of water at the gym so I'm peeing all the time, is that bad?",
    "half my face is still numb from the dentist injection two hours ago, how long does it last?",
    "I've felt really tired for the last week, probably the new job and late nights",
]


@pytest.mark.parametrize(("text", "category"), RAISED_E)
def test_round_e_rules_alone_raise(text: str, category: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("emergency", category), a


@pytest.mark.parametrize(("text", "category"), URGENT_E)
def test_round_e_rules_alone_read_urgent(text: str, category: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("urgent", category), a


@pytest.mark.parametrize("text", ROUTINE_E)
def test_round_e_hard_negative_stays_routine(text: str) -> None:
    assert assess(text).level == "routine", assess(text)
