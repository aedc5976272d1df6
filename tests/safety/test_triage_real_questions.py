"""False alarms found reading the emergencies the triage raised on real questions (2026-11-27):
a likeness ("my hands feel like they are on fire") is no event; a risk or a history asked about
("am I a candidate for a stroke?") is a question, not a stroke; medicines one must take, has
stopped taking or is given in hospital are no means at hand, a "Note:" heading no farewell note.
Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        "for months my feet have felt like they are on fire at night, is it my diabetes?",
        "sick on and off for weeks, it feels like my whole body is poisoned",
        "my skin feels as if it is burning but there is no rash, what could it be?",
    ],
)
def test_a_likeness_is_no_burn_or_poisoning(text: str) -> None:
    assert assess(text).level != "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "his sleeve caught fire at the barbecue, the skin on his arm is white and leathery",
        "my daughter's dress was on fire, her chest is badly burnt",
        "I feel like I was poisoned, he put antifreeze in my drink and I'm vomiting",
    ],
)
def test_a_real_burn_or_poisoning_stays_an_emergency(text: str) -> None:
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "am i a likely candidate for a stroke? i smoke and my dad had one",
        "is my mum at high risk of a stroke with her blood pressure?",
        "can a blood test show if i have ever had a heart attack?",
        "i keep worrying i'm going to have a heart attack like my uncle, all my tests are clear",
    ],
)
def test_a_risk_or_history_asked_about_is_no_emergency(text: str) -> None:
    assert assess(text).level != "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "has he ever had a seizure before? no, and he is fitting right now and it won't stop",
        "am i at risk of a stroke? my face dropped on one side an hour ago and my arm is weak",
        "the worst headache I've ever had came on suddenly while lifting, I feel sick",
        "scared i'm going to have a heart attack, crushing chest pain and sweating for 30 minutes",
    ],
)
def test_a_present_emergency_beside_such_a_question_stays_one(text: str) -> None:
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "the hospital have him on morphine and a drip since tuesday, do you know what could cause"
        " his pancreas to flare like this? note: he doesn't drink",
        "my psychiatrist says i have to take medicines for two more years. should i take the"
        " medication even though i feel fine? i know what the side effects are",
        "i have not taken my sertraline tablets for a month. note: my mood is fine, can i stop?",
    ],
)
def test_treatment_and_headings_are_no_warning_signs(text: str) -> None:
    a = assess(text)
    assert a.category != "self_harm" or a.level == "routine", a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "I haven't told anyone but I have the pills counted out and I'm taking them tonight",
        "Note: I have a rope in the garage and I'm done, sorry everyone",
        "do you know what it's like to want to die? i have bought a rope",
        "they have him on suicide watch but he saved up his pills and took them an hour ago",
    ],
)
def test_means_at_hand_are_still_read(text: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "i was found unconscious in the car park last week, the scan was clear, why?",
        "i go unconscious when my fits come, is there a better medicine?",
        "so much sticky discharge in the mornings my toddler cannot open her eyes, pink eye?",
        "his big toe was amputated for his diabetes, how long does healing take?",
        "my left foot has been amputated, can I drive an automatic?",
        "on these new tablets, will i have a heart attack?",
        "i am so stressed at work, am i going to have a heart attack?",
    ],
)
def test_a_writer_once_unconscious_a_stuck_eye_or_a_feared_heart_attack_is_no_emergency(
    text: str,
) -> None:
    assert assess(text).level != "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "we found my grandad unconscious on the floor and he is not breathing properly",
        "my baby is floppy and will not open her eyes when I call her",
        "he caught his hand in the machine and two fingers are cut clean off",
        "crushing pain in my chest, sweating and sick, am i having a heart attack?",
    ],
)
def test_an_unconscious_person_an_injury_or_a_heart_attack_now_stays_one(text: str) -> None:
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "I take mefenamic acid for period pain, is it safe long term?",
        "my dad's right lung collapsed last year, can it happen again?",
        "I stopped taking all my tablets a month ago and feel fine, is that ok?",
        "had 20 ml of wine with my antibiotics by accident, is that a problem?",
    ],
)
def test_a_medicine_an_organ_a_stopped_course_or_a_sip_is_no_emergency(text: str) -> None:
    assert assess(text).level != "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "my son drank some acid from the garage shelf",
        "she collapsed in the kitchen and isn't breathing",
        "he has taken all of his sleeping tablets, 30 of them",
    ],
)
def test_a_real_acid_a_collapse_or_an_overdose_stays_an_emergency(text: str) -> None:
    assert assess(text).level == "emergency", assess(text).reasons
