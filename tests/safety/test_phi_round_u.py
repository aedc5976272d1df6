"""PHI round U (blind set U, 2026-11-27, read after it was scored once): the forms it showed, by
mechanism, with the look-alikes that must stay unmasked. No database, no Django."""

from __future__ import annotations

import pytest

from tests.safety.phi_rules import found, names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the e-mail address gives away, with the capitalised name beside it
        (
            "I'm Zofia (zofia.wrobel88@wp.pl). Is my TSH ok?",
            ["Zofia"],
        ),
        ("Write to Takumi Sato at t.sato.91@gmail.com about the results", ["Takumi Sato"]),
        # a sign-off with where the writer is from
        ("Is a 2 cm gallstone dangerous? - Chidinma from Abuja", ["Chidinma"]),
        # a form's label after a kin cue is no name
        ("For my uncle: Name: Baraka Otieno / DOB: 03.07.1961", ["Baraka Otieno"]),
    ],
)
def test_names_round_u_showed(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a place in the e-mail address, an institution named for a person, a word
        "I'm from Kisumu, write to me at otieno.kisumu@gmail.com",
        "Seen at Aminu Kano Teaching Hospital, mail aminu.kano77@yahoo.com",
        "Email info@clinic.com for Info about the Support group",
        # a block of flats is no person
        "please visit us at B-12, Lotus Apartments, Sector 4, Dwarka, New Delhi 110075",
    ],
)
def test_look_alikes_round_u_showed_stay_unmasked(text: str) -> None:
    assert names(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        # a card-grouped number with its expiry after it, its cue far before
        (
            "the card ending... actually here is the whole thing 4539 7720 1184 3305, exp 09/27",
            "4539 7720 1184 3305",
            "CREDIT_CARD",
        ),
        # a hospital number whose prefix has a digit before the dot
        ("Apollo patient UHID APJ1.0016682391, my report says", "APJ1.0016682391", "MRN"),
    ],
)
def test_numbers_round_u_showed(text: str, span: str, kind: str) -> None:
    assert (span, kind) in found(text), found(text)
