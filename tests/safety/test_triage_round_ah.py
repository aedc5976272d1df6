"""Triage rounds AH and AI (blind sets, 2026-11-27; read after each was scored once).

AH: pregnancy, birth, the weeks after it and babies under one, written by mothers, partners and
grandparents. AI: the mind and substances: moods, drink, drugs, withdrawal, eating disorders and
the medicines people take for their minds. Sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.safety.triage_sets import target_figures
from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        # a baby's fit told as it looks, a baby's blue lips and gaps between breaths
        "my 3 week old keeps smacking her lips, then her eyes roll upwards and her left arm jerks",
        "my grandson is 4 months, his lips have gone a bluey grey and there are long gaps between "
        "his breaths",
        "my 10 month old put a grape in his mouth, now he's coughing and can't cry properly",
        "my 6 week old's heart is going so fast I can see it, he's pale, sweaty and won't feed",
        "my 7 month old rolled off the sofa onto tiles, she's been sick three times and keeps "
        "dozing off",
        "a week after giving birth I'm coughing up blood and really short of breath",
        "two weeks after my epidural I have sudden weakness in both legs and I can't feel when I "
        "need a wee",
        "our baby grabbed my cup of tea and pulled it over, her chest has blistered and peeled",
        "I just had the baby on the bedroom floor, she's floppy and barely crying",
        "my caesarean wound burst open when I sneezed, there's blood and fluid coming out",
        # medicines for the mind, drugs and drink
        "took an extra dose of my bupropion by mistake and had a fit at work, it's over now",
        "took a sleeping tablet last night and my erection won't go down, it's been 5 hours",
        "I inject in my groin and now my whole leg is hot, red and swollen, and I have a fever",
        "two weeks after starting lamotrigine I've got a blistering rash spreading all over and "
        "sores in my mouth",
        "my dad stopped drinking two days ago and just had a fit, he's come round but confused",
        "she took mdma and drank loads of water, now she's vomiting and not making sense",
        "my wife took her quetiapine twice by mistake and I can barely wake her",
        "I'm on clozapine, I've got a sore throat, I'm shivering and my temp is 39",
        "on lithium, vomiting for two days and now I'm shaky and confused",
        "after months of barely eating she's eating again, now her ankles are swollen, she's "
        "breathless and confused",
        "my husband drinks heavily, today he's confused and his eyes keep flicking side to side",
        "my brother has been on a bender, he thinks people are coming to kill him and he's "
        "holding a knife",
    ],
)
def test_round_ah_emergencies(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "swallowed the rest of my amitriptyline, about 40 left in the packet, now I'm dizzy",
        "I cut my thighs again tonight, one cut is gaping and won't stop bleeding. I just needed "
        "to feel something",
        "my sister gave birth 9 days ago and now the voices are telling her she must die",
        "wrote letters for the kids for their next five birthdays and I've got what I need.",
        "took a load of my iron tablets an hour ago. I'm 30 weeks. I regret it now",
    ],
)
def test_round_ah_self_harm_emergencies(text):
    a = assess(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "my partner keeps saying she's a burden and wishes she had died giving birth",
        "the voices keep telling me to kill myself, I'm not acting on it",
    ],
)
def test_round_ah_self_harm_urgent(text):
    a = assess(text)
    assert (a.level, a.category) == ("urgent", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a name asked of what was seen, a risk asked about, a process asked about
        "my newborn throws her arms out when there's a loud noise, is that a seizure?",
        "is it an overdose if I take two paracetamol every four hours?",
        "travelling abroad a month after the birth, any need to worry about blood clots?",
        "tested positive for group b strep at 34 weeks, what happens in labour?",
        "what does anaphylaxis look like in a baby? we start solids next week",
        "my son has peanut anaphylaxis, when should his little sister try peanuts?",
        "my baby choked on some milk, coughed and was totally fine a few seconds later",
        "36 weeks and out of breath climbing stairs, midwife checked my oxygen and said it was "
        "normal",
        # the past, others, counterfactuals, what people do
        "back when I drank I vomited blood once, I've been sober since. do I need a scope?",
        "my mate choked on his vomit when we were 19. how do you do the recovery position?",
        "she drank herself unconscious last week and was fine by morning, should we have called "
        "an ambulance?",
        "three years clean. I know people overdose when they relapse, how fast does tolerance "
        "drop?",
        "my aunt had a stroke at 70 while on venlafaxine, can antidepressants cause strokes?",
        "my anxiety makes me feel like I'm having a heart attack, chest tight, arms tingly. ECGs "
        "all normal",
    ],
)
def test_round_ah_hard_negatives_not_emergencies(text):
    assert assess(text).level != "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "6 weeks after the birth my ankles are swollen and I'm breathless lying flat",
        "lamotrigine two weeks in, small itchy rash on my chest, no blisters, mouth fine",
        "shingles on my forehead spreading towards my eye with blisters near my nose",
        "had chickenpox spots with blisters all over and a few in his mouth",
        "hearing a voice telling me to hurt myself, I'm not acting on it",
    ],
)
def test_round_ah_not_raised_to_emergency_by_the_new_rules(text):
    assert assess(text).level != "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "name", [f"triage_external_{x}.jsonl" for x in ("ah", "ai", "aj", "ak", "al", "am")]
)
def test_the_sessions_sets_meet_the_targets_after_their_rounds(name):
    # read and fixed from, so no longer a measure of generalising (REPORT keeps the blind
    # figures): this keeps what the round mended from slipping back
    n, emergency_recall, self_harm_all, false_alarms = target_figures(name)
    assert n == 300
    assert emergency_recall >= 0.98
    assert self_harm_all
    assert false_alarms <= 0.05


# What the 44-file refit's gate found: texts the rules had left to the old model, now read by
# the rules themselves, and two look-alikes the new model raised, now set aside by the rules.
@pytest.mark.parametrize(
    ("text", "level", "category"),
    [
        (
            "if i take all my mum's blood pressure pills will it be quick? the packet's in the "
            "drawer and no one's home till 9",
            "emergency",
            "self_harm",
        ),
        (
            "had a few drinks and my grandad's rifle is on the table in front of me. not gonna "
            "do anything stupid. probably",
            "emergency",
            "self_harm",
        ),
        ("if i got run over tomorrow id be relieved, not that i'd do it", "urgent", "self_harm"),
        (
            "condom came off last night and this morning she told me she has hep c",
            "urgent",
            "infection",
        ),
        (
            "on insulin and I've had hypos every night this week since the dose went up",
            "urgent",
            "other",
        ),
    ],
)
def test_round_ah_refit_gate(text, level, category):
    a = assess(text)
    assert (a.level, a.category) == (level, category), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "sorry all for the long post, thanks for reading. is paracetamol ok with a cold?",
        "my daughter bites her hand until it bleeds when she's overwhelmed, she has autism and "
        "it's sensory",
    ],
)
def test_round_ah_set_aside_by_the_rules_not_raised_by_the_model(text):
    assert assess(text).category != "self_harm", assess(text).reasons


def test_a_brand_and_its_generic_are_one_serotonin_medicine():
    a = assess("on sertraline (zoloft) 100mg, shaky and sweaty since the dose went up")
    assert "two serotonin medicines" not in " ".join(a.reasons)
    a = assess("sertraline and tramadol together, now twitching and jerking with a temp of 39.5")
    assert a.level == "emergency"
