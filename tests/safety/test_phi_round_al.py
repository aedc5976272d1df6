"""PHI round AL/AM (blind sets, 2026-11-27: service lives; after a death). Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety import phi


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.kind.value) for s in phi.find(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cpl. Brennan on my section says ice baths help shin splints", "Brennan"),
        ("LCpl Mia Okoro was treated for the same blast injury", "Mia Okoro"),
        ("Lt Col Hargreaves is the unit's medical officer", "Hargreaves"),
        ("my partner, Sgt 1st Class Dale Ruiz, won't see the doctor", "Dale Ruiz"),
    ],
)
def test_a_rank_before_a_name_is_a_title_not_the_name(text, name):
    found = _found(text)
    assert (name, "PERSON_NAME") in found
    assert not any(
        k == "PERSON_NAME" and v.split()[0] in ("Cpl.", "LCpl", "Lt", "Sgt", "Col")
        for v, k in found
    )


def test_a_card_number_in_fours_is_not_an_aadhaar_number():
    # the first twelve of sixteen digits may pass Aadhaar's check; a thirteenth digit follows
    text = "I paid the clinic on 4539 6012 3378 2240 and they lost the receipt"
    assert not any(kind == "SSN" for _, kind in _found(text))
    assert ("2345 6789 0124", "SSN") in _found("my Aadhaar is 2345 6789 0124")


def test_a_mexican_colonia_is_no_rank():
    text = "vive en Calle Hidalgo 245, Col. Centro, Oaxaca 68000"
    assert ("Centro", "PERSON_NAME") not in _found(text)
