"""A review of PHI rounds T, U and V (2026-11-27): what a new rule first took wrongly, pinned.
Sentences are ours."""

from __future__ import annotations

import pytest

from tests.safety.phi_rules import found, names


@pytest.mark.parametrize(
    "text",
    [
        # a card number after "member" or "insured" is masked, as an insurance number
        "member 4716 1089 9911 6930 called about the bill",
        "the insured 4716 1089 9911 6930 is me",
    ],
)
def test_a_card_shaped_number_after_a_member_label_is_still_masked(text: str) -> None:
    assert ("4716 1089 9911 6930", "INSURANCE_ID") in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X here" with words after it, when X is a known given name
        ("Jo here with a question about my mum's tablets", ["Jo"]),
        ("Dawn here 58 yrs old, on HRT", ["Dawn"]),
    ],
)
def test_here_introductions_without_punctuation(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nurse here (10 years in A&E), what's the latest advice on sepsis screening?",
        "Spotify and Netflix (my kids' favourites) keep them calm before bed",
        "Ontario here in the snow, is my health card still valid?",
    ],
)
def test_roles_and_possessives_are_no_names(text: str) -> None:
    assert names(text) == [], found(text)
