"""The end-of-session review of rounds AA, AB, W and X (a helper wrote look-alikes of each new
rule and compared with the session's start, 2026-11-27): the regressions it found, fixed and
pinned here. Sentences are the helper's or ours."""

from __future__ import annotations

import pytest

from tests.safety.phi_rules import found, names
from weighin.safety.phi import find
from weighin.safety.triage import assess
from weighin.safety.triage.verdict import assess_with


@pytest.mark.parametrize(
    "text",
    [
        # a frame (a student's, stories read) never hides someone of one's own ill now
        "student nurse question, my mum just collapsed and isn't breathing",
        "student nurse here - my dad has crushing chest pain and is sweating, what do I do?",
        "I'm a student paramedic and my mum has collapsed and is not breathing",
        "kept reading posts about sepsis, my husband is confused with a fever of 40 and mottled"
        " legs",
        "I keep reading articles about heart attacks and I have crushing chest pain going down my"
        " arm",
        # the writer knocked out in an accident, now a headache and vomiting
        "i was unconscious after the car crash, now severe headache and vomiting",
        "i became unconscious while driving and crashed, now my neck hurts and my hands are"
        " tingling",
        # an exam's date is no plan's, but "kill myself" keeps its timing
        "my exam is tomorrow and I'm going to kill myself after it",
        # the wish said, and a lethal-dose question
        "i just want something that would stop it all, how many paracetamol",
        # noisy breathing in with the child working to breathe
        "baby's breathing has a squeak on every breath and she's pulling in under her ribs",
    ],
)
def test_emergencies_the_review_found_hidden(text: str) -> None:
    assert assess(text).level == "emergency", assess(text).reasons


def test_an_act_on_the_body_is_no_task_gone_wrong() -> None:
    for text in (
        "I tried to open my wrists with a razor tonight",
        "she tried to start a fire in her room to die",
    ):
        assert assess(text).category == "self_harm", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # alone at home is no warning sign without a wish said
        "nobody is home and my 15 yo has a temperature of 38.5, can he have ibuprofen?",
        "parents are away this weekend and I have paracetamol, can I take it for my headache?",
        "I'm home alone with the kids, I have calpol, how much for a 4 year old?",
        # habits of speech
        "my toddler's words come out weird, is that a speech delay?",
        "when I'm drunk my speech comes out weird lol",
        # a pen that is a pen
        "she's allergic to penicillin; I used my pen to write down the dose",
        # pressure that is no first aid
        "my gums bleed even with light pressure when brushing",
        "my blood pressure is still 150/95 despite my blood pressure tablets",
        # a pet's battery
        "my dog ate a coin battery, what should I do?",
        # "stop it all" said of symptoms; injuries at work; sensory scratching
        "is there a pill that would stop it all? the itching from my eczema is unbearable",
        "the carpenter cuts his hand with a blade sometimes, do they need tetanus?",
        "my son scratches his arm with a pin until it bleeds, he has autism and it's sensory",
    ],
)
def test_false_alarms_the_review_found(text: str) -> None:
    a = assess(text)
    assert a.level != "emergency" and a.category != "self_harm", a.reasons


def test_immunity_in_doubt_is_no_immunity() -> None:
    a = assess("pregnant 12 weeks, exposed to shingles, not sure if i'm immune")
    assert (a.level, a.category) == ("urgent", "pregnancy"), a.reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person with a title of their own after a hospital's name
        ("At Royal Free Hospital Mr Patel operated on my knee", ["Patel"]),
        ("Centro de Salud Dra Lucía Martínez dijo que es viral", ["Lucía Martínez"]),
        ("Northside Hospital Nurse Kelly rang me", ["Kelly"]),
        # animals in general are no pet's name
        ("I'm allergic to dogs, Sarah my wife is not", ["Sarah"]),
        # a role word after a rank is a surname
        ("Dr Card said my results are fine", ["Card"]),
        ("Mr Service operated on my knee", ["Service"]),
    ],
)
def test_names_the_review_found_lost(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        (
            "Home visit after discharge from Hospital\n27 Rose Ave, Hamilton 3204\nPh 07 838 1234",
            "27 Rose Ave, Hamilton 3204",
            "ADDRESS",
        ),
        (
            "Home visit after discharge from Hospital\n27 Rose Ave, Hamilton 3204\nPh 07 838 1234",
            "07 838 1234",
            "PHONE",
        ),
        (
            "Transferred to Westmead Hospital\n14 Smith St, Parramatta NSW 2150 is her home",
            "14 Smith St, Parramatta NSW 2150",
            "ADDRESS",
        ),
        ("Eastside Medical Centre\nJohn Smith\nTel: 0412 555 666", "0412 555 666", "PHONE"),
        (
            "Emergency contact (wife) works at the Clinic | Ph 0412 777 888",
            "0412 777 888",
            "PHONE",
        ),
    ],
)
def test_a_patients_details_near_an_institution_stay_masked(
    text: str, span: str, kind: str
) -> None:
    assert (span, kind) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I pay 300 Euro a month for the clinic",
        "2 Nitro sprays didn't help",
        "I live at 1500 metres above sea level, could that cause headaches?",
        "we live at 40 degrees heat here, how much water?",
        "House 2 of Game of Thrones gave me nightmares",
        "my husband snores (he's 50), is it apnoea?",
        "Royal Prince Alfred Hospital\nMissenden Road, Camperdown NSW 2050\nPh: (02) 9515 6111\n\n"
        "Dear Dr",
    ],
)
def test_false_positives_the_review_found(text: str) -> None:
    assert find(text) == [], found(text)


def test_a_told_address_stops_at_a_new_sentence_after_an_abbreviation() -> None:
    assert ("5 Oak St.", "ADDRESS") in found("we live at 5 Oak St. My son is 4.")


# The second review (rounds AC and Y against 295c7c8), the same session.
@pytest.mark.parametrize(
    "text",
    [
        "my husband drank 100 ml of methadone that wasn't his",
        "my dad took 20 mg of warfarin instead of 2 and is bruising everywhere",
        "i want to kill myself, i'm at the petrol station with a can of fuel",
        "i was bitten by a snake, the dog chased it off",
    ],
)
def test_emergencies_the_second_review_found_hidden(text: str) -> None:
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "ate a whole pizza last night, regret it",
        "drank three coffees, regret it",
        "going back after dark to pick up my bike from the station",
        "my jaw is stiff from grinding my teeth at night",
        "after my wisdom tooth was removed i can't open my mouth, the wound is sore",
        "our house is at 3,000 ft, i stumbled on the stairs",
        "had altitude sickness last year in Peru and felt confused, will it happen again?",
        "i do dives off the 5m board and felt dizzy when surfacing",
        "travelling to india next month and I get confused by the malaria tablet options",
        "the stock market crash made me pale and sweaty",
        "tired af, stopped my eliquis for my dental surgery as told",
    ],
)
def test_false_alarms_the_second_review_found(text: str) -> None:
    a = assess_with(text, None)  # the rules' own (the learned backstop is pinned elsewhere)
    assert a.level != "emergency" and a.category != "self_harm", a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "my sugars stay at 12 mmol most days even on insulin",
        "her temp stays at 38.5 despite calpol",
        "they want to deliver at 37+6 by section",
        "we live at 3rd floor of a walk up",
        "i ate ugali for lunch and my stomach hurts",
        "mera naam nahi bataunga but my bp is 150",
        "ask for fbc and hrt bloods next time",
    ],
)
def test_false_positives_the_second_review_found(text: str) -> None:
    assert find(text) == [], found(text)


def test_a_singapore_ic_with_its_number_word() -> None:
    assert ("s7654321b", "SSN") in found("my ic no s7654321b for the polyclinic")
