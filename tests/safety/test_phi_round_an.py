"""PHI rounds AN and AO (blind sets, 2026-11-28; read after each was scored once).

AN: doctors writing answers (the asker addressed by name, colleagues, guidelines, authors).
AO: sport, gyms and fitness (coaches, trainers, kit with model numbers, gym memberships).
Sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.safety.phi_rules import found, names
from weighin.safety import phi


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an answer opening with the asker's name, then the writer or the reader
        ("Ferdia, I've read your results and the ALT is only mildly up.", "Ferdia"),
        ("Chidera, thanks for the update on your mother's hip.", "Chidera"),
        ("Eilidh, your son's rash sounds like hand, foot and mouth.", "Eilidh"),
    ],
)
def test_an_answer_opening_with_a_name_speaks_to_that_person(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # a sound, a word or a drug opening the line is no one addressed
        "Argh, I've had this cough for weeks, is it your usual winter thing?",
        "Hmmm, I wonder whether your dose is too low.",
        "Basically, I think your thyroid needs checking.",
        "Metformin, I've read, can upset your stomach at first.",
        # ... and a word no list knows, in a text that speaks to no reader
        "Tldr, I fell off my bike and my wrist is swollen",
    ],
)
def test_an_opening_word_that_is_no_name_or_no_address_is_left(text):
    assert names(text) == []


def test_a_name_after_the_word_name_and_a_comma():
    text = "The letter had my son's name, Ewan Doyle, and his NHS number on it."
    assert "Ewan Doyle" in names(text)
    # a list of the fields asked for names no one
    assert names("The form wants her name, address and date of birth.") == []
    assert names("They asked for my name, Date of birth and postcode.") == []


def test_a_child_named_by_the_parent():
    assert "Darcey" in names("I'm the dad of Darcey, who has had a cough for a month.")
    assert names("I'm a mother of two and always tired.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The athletic trainer Okonkwo taped his ankle before the game", "Okonkwo"),
        ("my personal trainer Lorcan says to push through it", "Lorcan"),
        ("our swim instructor Bartek noticed she was wheezing", "Bartek"),
    ],
)
def test_a_trainer_or_instructor_before_a_name(text, name):
    assert name in names(text)


def test_a_trainer_before_a_brand_is_a_shoe():
    assert names("my trainer Nike split at the heel and now I get blisters") == []


def test_a_birth_date_given_by_a_holiday_and_its_year():
    assert ("Boxing Day 1958", "DATE_OF_BIRTH") in found("Mum was born on Boxing Day 1958.")
    assert ("New Year's Eve, 1990", "DATE_OF_BIRTH") in found("I was born New Year's Eve, 1990")
    # no birth word: a holiday is when something happened
    assert found("He first had chest pain on Boxing Day 2023.") == []
    # the holiday alone, with no year, dates no one
    assert found("my son was born on Christmas Day and is now 3") == []


def test_the_dod_benefits_number_is_tricare_membership():
    text = "the referral form wants his DoD benefits number (2049913857), is that safe to share?"
    assert ("2049913857", "INSURANCE_ID") in found(text)


def test_a_sin_named_nearer_than_a_health_card_has_its_number():
    text = "The clinic took my health card and then asked for my SIN too. I gave them 130 692 544."
    assert ("130 692 544", "SSN") in found(text)
    # the health card's own number is still the health card's
    text = "The clinic took my health card and my SIN. The card number is 1234-567-890-AB."
    assert ("130 692 544", "SSN") not in found(text)
    # nine digits that fail the SIN's check digit stay with the first cue
    text = "The clinic took my health card and then asked for my SIN too. I gave them 130 692 545."
    assert ("130 692 545", "SSN") not in found(text)


def test_twelve_digits_in_fours_after_four_more_are_no_phone():
    text = "the caller read back 5168 0161 4960 0183 to me, is that my whole card?"
    assert not any(kind == "PHONE" for _, kind in found(text))
    assert ("0161 496 0018", "PHONE") in found("ring me on 0161 496 0018 after six")


@pytest.mark.parametrize(
    "text",
    [
        "Gym membership no. 40027731 - can they charge me while I'm in a cast?",
        "Membership #B-20931 at the leisure centre. They won't refund my month off.",
        "My membership number 55120398 with FitLife Gym is frozen after my surgery",
    ],
)
def test_a_gym_membership_number_is_not_insurance(text):
    assert not any(kind == "INSURANCE_ID" for _, kind in found(text))


def test_an_insurer_membership_number_is_still_insurance():
    assert ("40938217", "INSURANCE_ID") in found("my Bupa membership number is 40938217")


@pytest.mark.parametrize(
    "text",
    [
        # an eponym by the condition after it, with no cue that a person is meant
        "Bennett's fracture from a fall on an outstretched thumb: cast or wire?",
        "Colles' or Bennett's fracture, which heals faster?",
        # an eponym glossing a test's name in brackets
        "The heterophile (Paul-Bunnell) test was negative but he is still tired.",
        # a word that says what one does, opening with an age
        "Climber here, 34, with pain in my ring finger after crimping.",
        "Cyclist here, 52: numb hands after long rides.",
        # milliseconds before a capitalised word are no title
        "My HRV is down to 19 ms. Overreaching, or am I getting ill?",
        # a maker and its model's number, in lower case
        "same shoes (hoka carson 3) and my shins still hurt",
        "same watch (coros dalton 2) but the heart rate reads high",
    ],
)
def test_things_read_as_names_are_not(text):
    assert names(text) == []


def test_a_named_child_is_still_read_with_a_possessive_and_a_word():
    assert "Bennett" in names("Bennett's scan came back clear")
    assert "Freya" in names("my daughter Freya's fracture is healing well")


def test_a_given_name_that_is_a_brand_with_an_age_and_a_doing():
    assert "Oscar" in names("Mum here. Oscar is 6 and fell off the trampoline.")
    assert names("Oscar is 4 stars on the app") == []


def test_a_model_name_with_its_number_is_no_person_for_the_tagger():
    text = "Asics Nimbus 25 or Brooks Ghost 16 for plantar fasciitis? Both feel firm to me."
    assert not any(str(s.kind) == "PERSON_NAME" for s in phi.find(text))
