"""Triage round AV and AW (blind sets, 2026-11-28; read after each was scored once).

AV: medicines (side effects, interactions, missed and doubled doses). AW: men who play things
down, and the people who write about them. Their emergencies the rules missed and their routine
texts the rules raised were read by mechanism. Sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.safety.triage_sets import target_figures
from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        # a pattern that has stopped being on and off
        "had chest pain on and off since breakfast but for the last 40 mins it hasnt stopped and "
        "it's going down my left arm",
        # a fit where it is happening; a fit after stimulant drugs
        "my flatmate is fitting on the kitchen floor and won't respond",
        "had a fit after doing lines at a party, still really shaky and confused",
        # no urine passing, with a bursting bladder, clots or severe pain
        "peeing blood clots all morning and now nothing will come out at all",
        "can't pee since this morning, my bladder feels like it's going to burst",
        "grandad hasn't been able to wee for 12 hours and he's in agony",
        # a hand in a machine; fingers crushed flat
        "my husband's arm got dragged into the auger and it's a mess",
        "dropped the engine block on my hand, two fingers are crushed flat",
        # bleeding measured in pads an hour
        "miscarrying at home and going through three pads an hour, feel faint",
        # allergy: a tongue swelling on a blood pressure tablet; a reaction to a drip
        "on ramipril, woke up and my tongue is enormous, can barely talk",
        "an hour after my iron infusion my face is puffing up, itchy all over and i feel faint",
        # medicines whose margin is narrow, with their signs
        "dad took his weekly methotrexate every day for 5 days by mistake, now bruises everywhere",
        "inr was 8 this morning and now i've got a massive bruise spreading down my thigh",
        # a collapse at sport with the heart fluttering after
        "my son fainted during football practice and now his heart feels fluttery and he is dizzy",
    ],
)
def test_round_av_emergencies(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # a screening question, answered no
        "the mental health nurse asked if i ever have thoughts of ending my life, i said no. is "
        "that a normal thing to ask?",
        "my son's gp asked whether he has thoughts of self harm, he doesn't, why do they ask that?",
        # a fear, a leaflet, reading up, a look
        "having my first allergy test on friday, honestly terrified of anaphylaxis",
        "the leaflet for my new tablets mentions heart attack as a rare side effect, should i "
        "worry?",
        "been reading about stroke since my uncle had one, what are the early signs?",
        "the chemist looked at me like i was planning an overdose when i bought two boxes",
        # a passing side effect; a knock from last season
        "my migraine spray gives me a tight chest for a few minutes then it goes. is that normal?",
        "got knocked out playing hockey last season, all fine since, can i play this year?",
        # an overdose dated by the age now
        "overdosed at 16, i'm fine now, 27 now, does it affect getting life insurance?",
        # a double dose of a vitamin; a lick of a gel
        "worried i overdosed on my iron, took 2 tablets instead of 1 this morning",
        "my toddler licked a tiny bit of my ibuprofen gel off my arm, do i need to worry?",
        # snoring pauses; a cold called dying
        "my dad snores so loud and stops breathing for a few seconds in his sleep, could it be "
        "sleep apnoea?",
        "boyfriend has man flu and reckons he's dying, 37.5, sniffly, eating fine",
        # benign neighbours of the new phrases
        "my tongue feels enormous after i bit it at dinner, normal?",
        "inr was 5.5 today, feel fine, clinic said skip a dose",
        "i go through 2 pads a day on my heaviest day, is that a lot?",
        "my fingers got trapped in the car door, they're sore and bruised",
    ],
)
def test_round_av_not_emergencies(text):
    assert assess(text).level != "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # the question asked and answered yes is still a disclosure
        "my gp asked if i have thoughts of killing myself and i told her i do, i have a plan for "
        "tonight",
        # a real overdose said with "instead of" and a wish to die
        "i overdosed on purpose, took the whole box instead of one because i want to die",
    ],
)
def test_round_av_disclosures_still_read(text):
    a = assess(text)
    assert a.level == "emergency" and a.category == "self_harm", a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "the psychiatrist asked if i have suicidal thoughts, i said no and i meant it",
        "my daughter's teacher asked if she self harms, she doesn't, the scratches are the cat's",
    ],
)
def test_round_av_screening_questions_are_not_self_harm(text):
    a = assess(text)
    assert not (a.category == "self_harm" and a.level != "routine"), a.reasons


def test_round_av_and_aw_sets_after_their_round():
    for name in ("triage_external_av.jsonl", "triage_external_aw.jsonl"):
        # (AV's "is it painful to OD on metoprolol ... then im doing it" is still read as a
        # general question: self-harm recall stays below 1.00 there)
        n, emergency_recall, _self_harm_all, false_alarms = target_figures(name)
        assert n == 300
        assert emergency_recall >= 0.96, name
        assert false_alarms <= 0.05, name
