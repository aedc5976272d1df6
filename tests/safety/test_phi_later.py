"""The PHI detector's second pass (``phi.later``): a number given some words after what it is,
last digits of an identity number, a masked SSN, Canadian health cards as insurance numbers;
and the numbers near a cue that must stay unmasked. No database, no Django."""

from __future__ import annotations

import pytest

from weighin.safety.phi import find


def found(text: str) -> list[tuple[str, str]]:
    return [(str(s.kind), s.text) for s in find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a record number a few words on, in its identifier shape
        (
            "the front desk wanted my medical record number so i read them KX4410927 off the card",
            [("MRN", "KX4410927")],
        ),
        (
            "Radiology asked for my MRN before they'd burn the disc. The sticker says 204-118-336.",
            [("MRN", "204-118-336")],
        ),
        ("Encounter summary\nVisit #: UC-25-330871   Chart: 0072-5518", None),
        ("my old hospital account is TR-0051-88213, can they merge it?", None),
        ("still wearing the wristband from triage, it says ER9-40213-C and I feel worse", None),
        # an identity number after its name, past a question
        (
            "Do I really have to give my SIN to a walk-in?? I wrote down 130 692 544 already",
            [("SSN", "130 692 544")],
        ),
        (
            "The clinic needs my PPS number for the card application and I put 8214903KA on it",
            [("SSN", "8214903KA")],
        ),
        # last digits, and a masked SSN
        (
            "they want her social (412-55-8890) and mine too, mine ends in 4471",
            [("SSN", "412-55-8890"), ("SSN", "4471")],
        ),
        ("Letter header:\nClaimant SSN: ***-**-5290\nPlan: LTD", [("SSN", "5290")]),
        # a date of birth given after "SSN and DOB"
        (
            "The rep made me confirm SSN and DOB, I gave 512-40-7781 / 02/17/1979 and waited",
            [("SSN", "512-40-7781"), ("DATE_OF_BIRTH", "02/17/1979")],
        ),
        # a number the phone rule would read, right after its cue (round 8, set H read)
        ("the bill is under my mom. Account 6172094415, can I pay it?", [("MRN", "6172094415")]),
        ("HR wants my SSS number: 33-4417268-1 for the claim", [("SSN", "33-4417268-1")]),
        # last digits given apart from their words
        ("they checked the last 4 of my social (7741) at the counter", [("SSN", "7741")]),
        ("They asked for my SSN ending, I gave them 5093, then hung up", [("SSN", "5093")]),
        # a date of birth after a record's name line: a middle initial, the next line, a list
        ("Patient: NAIDOO, PRIYA K   14/02/1971   F", None),
        ("MARSH, DELIA M\n03/15/1948   F   76Y", None),
        (
            "Me - Ruben Ortega, 7/4/82, allergic to sulfa",
            [("PERSON_NAME", "Ruben Ortega"), ("DATE_OF_BIRTH", "7/4/82")],
        ),
        # a Canadian health card is the public insurance plan's number
        ("my PHN is 9123 456 789 and MSP says not covered", [("INSURANCE_ID", "9123 456 789")]),
    ],
)
def test_values_given_later(text: str, expected: list[tuple[str, str]] | None) -> None:
    spans = found(text)
    if expected is None and "/" in text:  # a name line and its date of birth
        assert [kind for kind, _ in spans] == ["PERSON_NAME", "DATE_OF_BIRTH"]
    elif expected is None:  # one record number, whatever its exact edges
        assert [kind for kind, _ in spans] and {kind for kind, _ in spans} == {"MRN"}
    else:
        assert spans == expected


@pytest.mark.parametrize(
    "text",
    [
        "the hospital chart showed 120000 platelets yesterday",
        "DOB is on my card. My last visit was 03/04/2024 and my bp was 150/92",
        "social anxiety since 2019, sertraline 100 mg, my score on the scale was 123456",
        "Patient ID is on my wristband but the lot number of the vaccine was EL92621",
        "I need my account password reset, my order 88213 4790 never came",
        "the social worker said the grant is 100000 dollars",
        "on my account there is a charge of 250000 won",
        "my chart: weight 85 kg, height 180 cm, pulse 72, A1c 7.2 in 2023",
        "Insurance denied it, they said to call (866) 555-0140 about the claim",
        "visit # 3 today. CD4 count 350, viral load 20000 copies",
        "find the guidelines by calling Social Security at 18007721213, TTY 18003250778",
    ],
)
def test_numbers_near_a_cue_that_are_not_identifiers(text: str) -> None:
    assert found(text) == []
