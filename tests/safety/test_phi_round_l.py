"""PHI mechanisms found on external set L and training set w5, pinned by wording of our own."""

from __future__ import annotations

import pytest

from weighin.safety import phi
from weighin.safety.phi.numbers import nhs_valid


def kinds(text: str, *, learned: bool = False) -> list[tuple[str, str]]:
    return [(s.text, s.kind) for s in phi.find(text, learned=learned)]


def test_nhs_check_digit():
    assert nhs_valid("9434765919")  # the NHS's own example number
    assert not nhs_valid("9434765918")
    assert not nhs_valid("1111111111")  # one repeated digit is no number
    assert not nhs_valid("943476591")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a British text and a valid check digit: the NHS number, not a phone
        ("the GP letter says please quote 943 476 5919 on all correspondence", "943 476 5919"),
        ("the GP wants 9434765919 before they share mum's notes, is that normal?", "9434765919"),
        # Northern Ireland's Health and Care number, cued
        (
            "Belfast here, my H&C number is 320 419 8765 and the clinic lost my referral",
            "320 419 8765",
        ),
        # a record number's own label after an insurer's name
        ("Kaiser MRN 110294857 is my dad's, he needs a CT with contrast", "110294857"),
    ],
)
def test_record_numbers(text: str, value: str) -> None:
    assert (value, "MRN") in kinds(text), kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "in the UK, call me on 943 476 5919 after six",
        "you can reach my mum at 943-476-5919, she's in England",
        # no British word: a North American number
        "my mum's number 943 476 5919 in case the surgery calls",
    ],
)
def test_a_phone_stays_a_phone(text: str) -> None:
    assert any(k == "PHONE" for _, k in kinds(text)), kinds(text)


@pytest.mark.parametrize("text", ["Name: REDACTED, age 40", "Subscriber: SELF  Group: 4410"])
def test_a_placeholder_in_a_name_field_is_no_name(text: str) -> None:
    assert not any(k == "PERSON_NAME" for _, k in kinds(text)), kinds(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "in Crete with otitis, can I use my EHIC 80276000012345678914 at a private clinic?",
            "80276000012345678914",
        ),
        ("Med aid: Discovery 3301948275 - will they cover a sleep study?", "3301948275"),
    ],
)
def test_insurance_numbers(text: str, value: str) -> None:
    assert (value, "INSURANCE_ID") in kinds(text), kinds(text)


def test_a_pharmacy_routing_number_is_not_personal():
    text = "card says Member ID 918273645-01, Rx BIN 610279 PCN 9999. Why was Lexapro refused?"
    found = kinds(text)
    assert ("918273645-01", "INSURANCE_ID") in found, found
    assert all("610279" not in value for value, _ in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Scanned form:\nSURNAME: OKONJO\nFORENAMES: Adaeze\nWhat does ALT 88 mean?", "OKONJO"),
        ("Scanned form:\nSURNAME: OKONJO\nFORENAMES: Adaeze\nWhat does ALT 88 mean?", "Adaeze"),
        (
            "my insurance card: Member: TOMAS HAVEL  ID: ZGP719384026. Is an MRI covered?",
            "TOMAS HAVEL",
        ),
        ("My physician assistant Priyanka said my TSH is fine", "Priyanka"),
        (
            "our helper Rosalind has had a cough for three weeks, should she get an x-ray?",
            "Rosalind",
        ),
    ],
)
def test_names_in_fields_and_roles(text: str, name: str) -> None:
    assert (name, "PERSON_NAME") in kinds(text), kinds(text)


def test_member_id_is_not_a_name():
    assert not any(k == "PERSON_NAME" for _, k in kinds("Member: 99123456, Group: 4410")), kinds(
        "Member: 99123456, Group: 4410"
    )


def test_the_birth_words_date_is_the_first_one():
    text = "DISCHARGE SUMMARY\nPatient ID 7731\nDOB: 1984-12-09   Admitted: 2023-09-02\nWhy a CT?"
    found = kinds(text, learned=True)
    assert ("1984-12-09", "DATE_OF_BIRTH") in found, found
    assert ("2023-09-02", "DATE_OF_BIRTH") not in found, found
