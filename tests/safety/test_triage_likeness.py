"""Real questions said what a pain feels like ("my hands feel like they are on fire"); a likeness
is no event. Found reading the emergencies the triage raised on real questions (2026-11-27).
Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        "for months my feet have felt like they are on fire at night, is it my diabetes?",
        "sick on and off for weeks, it feels like my whole body is poisoned",
        "my skin feels as if it is burning but there is no rash, what could it be?",
    ],
)
def test_a_likeness_is_no_burn_or_poisoning(text: str) -> None:
    assert assess(text).level != "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "his sleeve caught fire at the barbecue, the skin on his arm is white and leathery",
        "my daughter's dress was on fire, her chest is badly burnt",
        "I feel like I was poisoned, he put antifreeze in my drink and I'm vomiting",
    ],
)
def test_a_real_burn_or_poisoning_stays_an_emergency(text: str) -> None:
    assert assess(text).level == "emergency", assess(text).reasons
