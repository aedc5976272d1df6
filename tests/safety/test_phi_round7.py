"""The PHI detector's names, round 7 (blind set G read): census given names after a cue, a
surname after a title that is also a place word, a capitalised name after a lower-case role,
a lower-case name no list knows after a kinship word when a verb follows, names listed after a
found one, initials and a surname, a signature above a contact block; with the near misses that
must stay unmasked. No database, no Django."""

from __future__ import annotations

import pytest

from weighin.safety.phi import find


def names(text: str) -> list[str]:
    return [s.text for s in find(text) if s.kind == "PERSON_NAME"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("our midwife, Dr. Park, wants a growth scan", ["Park"]),
        ("the diabetes nurse Rhian said halve the dose", ["Rhian"]),
        ("I'm Kelsey, 31, and my cycle is 45 days", ["Kelsey"]),
        ("my abuela tencha keeps forgetting her pills", ["tencha"]),
        ("my roomie zaz has had a fever for a week", ["zaz"]),
        ("my brothers omar, bilal and yusuf all have asthma", ["omar", "bilal", "yusuf"]),
        ("my kids Ben, Ava and Noah have colds", ["Ben", "Ava", "Noah"]),
        ("My aunt June is 88 and in May she fell", ["June"]),
        ("my cousin Will thinks she needs rehab", ["Will"]),
        ("the letter was addressed to K. Adeyemi, not me", ["K. Adeyemi"]),
        ("Note from my nurse P.J. Whitlock says rest", ["P.J. Whitlock"]),
        (
            "PSA 9.2?\nKind regards,\nMarguerite Olander\n(612) 555-0143 | mo@example.org",
            ["Marguerite Olander"],
        ),
    ],
)
def test_round7_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "my nurse Practitioner said to rest",
        "my son recently had a fever",
        "my wife preggo has heartburn",
        "your doctor suspects is causing the swelling",
        "went to the province of Brittany, France, for the summer",
        "deficiency of the fat-soluble vitamins A, D, E, and K. Bile helps absorb them",
        "hepatitis C, D, and E. Reducing exposure helps",
        "sex chromosomes, called X and Y. Females have two X",
        "infected with E. Coli after the barbecue",
        "a U.S. Army veteran with tinnitus",
        "saw Dr. Clinic yesterday",
        "the Arnold-Chiari malformation was found on MRI",
        "my daughter May have strep, can she go to school?",
    ],
)
def test_round7_not_names(text: str) -> None:
    assert names(text) == []
