"""PHI round T (blind set T, 2026-11-27, read after it was scored once): the forms it showed, by
mechanism, with the look-alikes that must stay unmasked. No database, no Django."""

from __future__ import annotations

import pytest

from tests.safety.phi_rules import found, names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # opening with one's name, with an age, a birth or a nickname beside it
        ("Radka here (Radi for short). Is ibuprofen ok with my asthma?", ["Radka", "Radi"]),
        ("Tobiah here, 52, on metformin. Are my feet at risk?", ["Tobiah"]),
        ("Eilidh ('Ellie') here, 71, new to warfarin.", ["Eilidh", "Ellie"]),
        # an introduction with the age after a name that is also a word
        ("This is Rose, 74. Is it safe to fly after a knee replacement?", ["Rose"]),
        # a form's labels without a colon
        ("Surname Adeyemi, first name Folake. DOB 2 May 1990.", ["Adeyemi", "Folake"]),
        # names before a plural kin word need not be known ones
        ("Chidera and Obinna (my twins) both have eczema.", ["Chidera", "Obinna"]),
        # a lower-case name before "(my ...)"
        ("so jen (my flatmate) says my rash looks like shingles", ["jen"]),
    ],
)
def test_names_round_t_showed(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a place or a nationality "here" is where the asker writes from
        "Ontario here. Is my health card still valid after moving?",
        "Nigerian here, living in Leeds. Is malaria prophylaxis needed to visit family?",
        "UK here. Rang 111 last night about my cough.",
        # a word in brackets after a doctor is the speciality, not a nickname
        "Your appt w/ Dr. Okafor (Cardiology) is on 04/18 at 10:15.",
        # a word-name opening a sentence before "my son" stays a word
        "Hope my son is ok, he has a temperature of 38.",
    ],
)
def test_look_alikes_round_t_showed_stay_unmasked(text: str) -> None:
    assert all(k != "PERSON_NAME" or t == "Okafor" for t, k in found(text)), found(text)


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        # a policy number that passes the Luhn check is the insurer's
        (
            "Policy no.: OMS 4716 1089 9911 6930\nQuestion: do I need a referral?",
            "4716",
            "INSURANCE_ID",
        ),
        # the Czech and Slovak birth number, in English
        ("My birth number is 856212/4417, the clinic in Brno asked for it.", "856212/4417", "SSN"),
        # a Gulf villa and street, a Levant building, a Philippine purok and barangay
        ("We live in Villa 9, Street 21, Al Warqa 1, Dubai.", "Villa 9", "ADDRESS"),
        ("Building 4, Mecca Street, Sweifieh, Amman is my parents' flat.", "Building 4", "ADDRESS"),
        ("Purok 5, Brgy. Talamban, Cebu City 6000 is where lola lives.", "Purok 5", "ADDRESS"),
    ],
)
def test_numbers_and_addresses_round_t_showed(text: str, span: str, kind: str) -> None:
    assert any(span in t and k == kind for t, k in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a card paid with stays a card
        "the pharmacy charged my card 4716 1089 9911 6930 twice",
    ],
)
def test_a_card_paid_with_stays_a_card(text: str) -> None:
    assert ("4716 1089 9911 6930", "CREDIT_CARD") in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the new Building 2 of the hospital has a lift, is the clinic there?",
        "our barangay health centre gave him amoxicillin for 7 days",
    ],
)
def test_buildings_and_barangays_named_are_no_address(text: str) -> None:
    assert all(k != "ADDRESS" for _, k in found(text)), found(text)
