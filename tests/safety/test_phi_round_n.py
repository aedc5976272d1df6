"""PHI round N (blind set N, 2026-11-26, read after it was scored): the forms it showed, by
mechanism, with the look-alikes that must stay unmasked. No database, no Django."""

from __future__ import annotations

import pytest

from weighin.safety.phi import find


def spans(text: str, kind: str, learned: bool = False) -> list[str]:
    return [s.text for s in find(text, learned=learned) if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a date of birth in words, after a birth word (and with no digit anywhere)
        (
            "my son was born on the fourth of March, two thousand and eleven and now he limps",
            "the fourth of March, two thousand and eleven",
        ),
        (
            "Dad was born on the thirty-first of October, nineteen forty-nine. Is his INR ok?",
            "the thirty-first of October, nineteen forty-nine",
        ),
        (
            "date of birth: August twelfth, nineteen eighty-one, asking about gallstones",
            "August twelfth, nineteen eighty-one",
        ),
        ("she was born the first of may nineteen oh five, can you believe", None),
        # a Roman-numeral month, as Polish and Czech forms write it
        ("Babcia, DOB 03-XI-1938, has a cough", "03-XI-1938"),
        ("ur. 7.ix.1961, my dad's blood pressure", "7.ix.1961"),
        # the birth word in one sentence, the date in the next
        ("They need my DOB for the form. Mine is March 14th 1987. Which form?", "March 14th 1987"),
    ],
)
def test_dates_of_birth_in_words_and_roman_months(text: str, value: str | None) -> None:
    if value is None:  # only the shape: "oh five" is a year
        assert len(spans(text, "DATE_OF_BIRTH")) == 1
    else:
        assert spans(text, "DATE_OF_BIRTH") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "my knee has hurt since the second of May, twenty twenty",  # no birth word
        "the first of march was when the rash started",
        "she was born in the spring, the second of three children",
        "Section IV-2 of the form asks for allergies",
        "I was born in nineteen ninety and have asthma",  # a year alone is no date
    ],
)
def test_dates_in_words_that_are_no_birth_dates(text: str) -> None:
    assert spans(text, "DATE_OF_BIRTH") == []


def test_an_address_field_is_read_whatever_its_numbers() -> None:
    text = "Name: Chinedu Obi\nAddress: Plot 9, Road 4, Festac Town, Lagos\nComplaint: cough"
    assert spans(text, "ADDRESS") == ["Plot 9, Road 4, Festac Town, Lagos"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Is 555-0182 the right number for the after-hours nurse?", "555-0182"),
        ("The clinic's office (555-0164) never picks up", "555-0164"),
    ],
)
def test_local_numbers_named_as_numbers(text: str, value: str) -> None:
    assert spans(text, "PHONE") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "my dose went from 250-1000 mg over a month",
        "the range 120-4000 is normal for that test",
        "platelets 150-4000 in the report",
    ],
)
def test_ranges_are_no_local_numbers(text: str) -> None:
    assert spans(text, "PHONE") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("we saw the counselor ms okonkwo at school", "okonkwo"),
        ("the pharmacy tech marco said no", "marco"),
        ("Hi, I'm Ji-woo, 22, and my ear hurts", "Ji-woo"),
    ],
)
def test_names_after_roles_titles_and_introductions(text: str, value: str) -> None:
    assert spans(text, "PERSON_NAME") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "my sons birthday is next week and he has a fever",  # a word, not a name
        "either mr angio or ct angio for an aneurysm?",  # MR imaging
        "my ms flare is worse in the heat",  # multiple sclerosis
        "I am Tired, 24 hours without sleep",
        "For my dad:\nName: Musa Bello",  # the field's label is no name ...
    ],
)
def test_words_that_are_no_names(text: str) -> None:
    found = spans(text, "PERSON_NAME")
    assert "Name" not in found and found in ([], ["Musa Bello"])
