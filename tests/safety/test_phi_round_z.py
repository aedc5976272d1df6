"""PHI rounds Z and AA (blind sets, 2026-11-27; read after each was scored once).

Z: long family histories in ordinary mixed case from many countries, with names that are also
words ("Patience, my mother"), nicknames, and hospitals named after people. AA: identifiers
pasted from forms, cards, letters and texts, numbers spelled out in words, and the look-alikes
beside them (tracking numbers, firmware versions, a provider's NPI). Sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.safety.phi_rules import found, names
from weighin.safety.phi import find


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("message me on oh seven nine, double one two, three four five six seven", "oh seven"),
        ("my mobile: zero four two three, one one eight, seven seven nine", "zero four"),
        ("call me, five five five - two one two - nine nine eight seven", "five five"),
        ("anyone near Leeds? plus 44 seven seven double zero nine zero zero one two three", "plus"),
    ],
)
def test_phones_in_words(text: str, expected: str) -> None:
    kinds = found(text)
    assert [k for _t, k in kinds] == ["PHONE"]
    assert kinds[0][0].startswith(expected)


@pytest.mark.parametrize(
    "text",
    [
        "I counted one two three four five six seven eight nine ten breaths a minute",
        "she is two, her brother is four and the baby is one",
    ],
)
def test_counting_in_words_is_no_phone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Mein Arztbrief: Fall-Nr. 2023-0045521, was heisst das?", "2023-0045521", "MRN"),
        ("letter says UR 4471 2290 at the top", "4471 2290", "MRN"),
        ("PatientID:B00412298|Dept:CARDIO", "B00412298", "MRN"),
        ("رقم الملف 5520914 في المستشفى", "5520914", "MRN"),
        ("my TAJ szám is 123 456 789", "123 456 789", "INSURANCE_ID"),
        ("our AHCIP number is 12345-6789", "12345-6789", "INSURANCE_ID"),
        ("Cartão de Cidadão 12345678 9 ZZ1, can I use it in Spain?", "12345678", "SSN"),
    ],
)
def test_record_and_card_labels(text: str, value: str, kind: str) -> None:
    assert (value, kind) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Letterhead: Eastgate Dialysis Unit, Tel 0161 496 0555, Fax 0161 496 0556.",
        "The hospital switchboard is 020 7946 0123 but no one picks up.",
        "Tracking 9400 1111 2222 3333 4444 55 for my nebuliser, still not here",
        "my pharmacy text said your order 551-2210 is ready",
        "The glucometer firmware is 3.12.1.104 and it shows an error",
    ],
)
def test_institution_numbers_and_codes_are_not_phi(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The bill lists the provider NPI 1234567893 and CPT 99213.",
        "Medicare card effective 04-01-2023, does it cover a walker?",
        "Pasted from the app:\nResult: Ferritin 9\nRange: 15-150",
    ],
)
def test_tagger_look_alikes_are_not_phi(text: str) -> None:
    assert find(text) == []


def test_a_patient_number_on_a_clinic_line_stays_phi() -> None:
    # the org-number rule reads a letterhead or a switchboard, not "call me on"
    assert ("07700 900123", "PHONE") in found("I'm in the hospital, my number is 07700 900123")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bill, my father-in-law, is 81 and on Sinemet", ["Bill"]),
        ("Patience, my mother, has had fever for a week", ["Patience"]),
        ("Hope, my sister, is 40 and has lupus", ["Hope"]),
        ("Our daughters Tomi and Simi made him a card", ["Tomi", "Simi"]),
        ("My sons Tunde and Kola both have asthma", ["Tunde", "Kola"]),
        ("Patient no. K-4422, that's me, Lindiwe Khumalo, 31", ["Lindiwe Khumalo"]),
        ("She is home now. God bless you. Funke", ["Funke"]),
        ("Nom: Dubois-Martin, Prénom: Élodie, né le 02.03.1980", ["Dubois-Martin", "Élodie"]),
        ("Copied off the card:\nSUBSCRIBER JANET K OWUSU\nGRP# 4471", ["JANET K OWUSU"]),
    ],
)
def test_names_round_z_showed(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hospitals named after people, and a hospital called by its name
        ("Our son was born at Chris Hani Baragwanath at 30 weeks", []),
        ("Neurosurgeon at Queen Elizabeth Birmingham says it is stable", []),
        ("My scan is at Steve Biko Academic next week", []),
        ("I've been calling the Alfred all morning about my mum", []),
        ("the midwife at the Rosie was lovely", []),
        ("nurse Ivy on Ivy Ward held my hand", ["Ivy"]),
        # ... and the people stay names
        ("my husband Ward has asthma", ["Ward"]),
        ("are you the Sarah from the support group?", ["Sarah"]),
    ],
)
def test_institutions_named_after_people_round_z(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_birth_date_written_twice() -> None:
    text = "my forms have two birth dates: one says 1990-04-03 and the other 03/04/1990"
    assert [k for _t, k in found(text)] == ["DATE_OF_BIRTH", "DATE_OF_BIRTH"]


def test_an_idaho_address_with_a_suite() -> None:
    text = "billing address 1200 W. Main St., Ste 300, Boise, ID 83702-1234 differs from home"
    assert found(text) == [("1200 W. Main St., Ste 300, Boise, ID 83702-1234", "ADDRESS")]
