"""PHI round X (blind set X, 2026-11-27: text pasted into a question, e-mails, chats, letters,
lab reports and forms; read after it was scored once): the forms it showed, by mechanism, with
the look-alikes that must stay unmasked. No database, no Django."""

from __future__ import annotations

import pytest

from tests.safety.phi_rules import found, names
from weighin.safety.phi import find


def test_a_number_never_runs_onto_the_next_lines_address() -> None:
    text = "Re: Mr Tom Price, NHS No 943 476 5919\n7 Larch Close, Norwich NR4 7HB\n\nDear Dr Bell"
    spans = found(text)
    assert ("943 476 5919", "MRN") in spans
    assert ("7 Larch Close, Norwich NR4 7HB", "ADDRESS") in spans


def test_a_card_with_its_expiry_and_security_code_after_it() -> None:
    text = "[21:06] Me: 5412 7534 8810 2297 11/26 CVV 884\n[21:07] Support: thank you"
    assert ("5412 7534 8810 2297", "CREDIT_CARD") in found(text)


def test_a_chats_answer_to_the_date_of_birth_asked_on_the_line_before() -> None:
    text = "Me: what's your date of birth again for the form\nDad: 3 March 1950 lol"
    assert ("3 March 1950", "DATE_OF_BIRTH") in found(text)


def test_a_forms_next_field_is_no_answer() -> None:
    text = "Patient: LEE, Ann   DOB 06.03.79   MRN 00482913\nCollected: 21.11.2023 07:55"
    assert ("21.11.2023", "DATE_OF_BIRTH") not in found(text)


def test_a_health_number_on_a_requisition() -> None:
    text = "Patient: Roy, Anne\nHealth Number: 4412-887-301 Version: AB\n"
    assert ("4412-887-301", "INSURANCE_ID") in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09:10 - Carer Joyce M. - washed and dressed, breakfast eaten", ["Joyce M"]),
        ("Patient: Baby Thandiwe Mokoena\nLab ref: PC24-5517329", ["Thandiwe Mokoena"]),
        ("I'm seeing Nurse Practitioner Okafor on Monday", ["Okafor"]),
    ],
)
def test_names_round_x_showed(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "[10:02 AM] Nurse Advisor: Thanks for waiting, what symptoms?",
        "Your claim for Dr consultation on 2024-02-14 has been paid",
        "Nurse Line 24/7: 1-800-555-0199",
        "From: Reception - Dr Lee's surgery\nSubject: your results",
        "Provider: Hillside Orthopedics\nService: office visit",
        "They gave me Teva instead of Mercury Pharma, is it the same?",
        "Carer Allowance forms are so confusing",
    ],
)
def test_roles_desks_and_companies_are_no_names(text: str) -> None:
    assert [t for t in names(text) if t != "Lee"] == [], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Laverty Pathology | Ph (02) 9005 7000\nTest: Vitamin B12",
        "Royal North Shore Hospital\nReserve Road, St Leonards NSW 2065\nPh: (02) 9926 7111\n",
        "Providers: submit claims to PO Box 981106, El Paso, TX 79998",
        "Qty: 60  Refills: 2\nDIN 02238281\n",
        "Performing lab CLIA #05D0642827\n",
        "Rx PCN: 9999\nPayer ID: 87726\n",
        "Session ID: 8f2a-11c9\n",
    ],
)
def test_an_organisations_own_numbers_and_addresses_are_not_the_patients(text: str) -> None:
    assert find(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        # a person's details between the letterhead and the number: theirs
        (
            "St Vincent's Clinic\nPatient: Ana Ruiz\nPhone: 0412 555 019\n",
            "0412 555 019",
            "PHONE",
        ),
        ("My mum is in St Mary's Hospital, her phone: 07700 900123", "07700 900123", "PHONE"),
        (
            "from an online pharmacy:\n  Ship to: Leo Marsh, 9 Rue des Lilas, 69003 Lyon",
            "9 Rue des Lilas, 69003 Lyon",
            "ADDRESS",
        ),
    ],
)
def test_what_those_exceptions_must_not_hide(text: str, span: str, kind: str) -> None:
    assert (span, kind) in found(text), found(text)
