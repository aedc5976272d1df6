"""PHI round Y (blind set Y, 2026-11-27: short mobile chat, all lower case, code-mixing; read
after it was scored once): the forms it showed, by mechanism (``phi/names_lower.py`` for the
lower-case names), with the look-alikes that must stay unmasked. No database, no Django."""

from __future__ import annotations

import pytest

from tests.safety.phi_rules import found, names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a kin word: a word no dictionary holds, and what follows shows a person
        ("my dad sipho had a fall n cant get up", ["sipho"]),
        ("papa ramesh ko sugar hai 300", ["ramesh"]),
        # introductions
        ("name zanele dob 3.4.1999 need my vaccine card", ["zanele"]),
        ("mera naam ankit hai, bp 150/100 normal hai kya", ["ankit"]),
        ("thandeka here pls call me back", ["thandeka"]),
    ],
)
def test_lower_case_names_round_y_showed(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # misspellings after a kin word are no names
        "my son recieved his vaccine yesterday",
        "my dad diagnsed with sugar last yr",
        # words of the languages mixed in
        "ho mal di testa da una settimana",
        # a capitalised text is read by the other rules
        "My dad has diabetes and my son has asthma",
    ],
)
def test_lower_case_look_alikes_round_y_showed(text: str) -> None:
    assert names(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("my ah ma ic s7512876d need to renew her meds", "s7512876d", "SSN"),
        ("new to canada my sin is 046 454 286, can i see a doctor", "046 454 286", "SSN"),
        ("meine krankenkassen nr ist b987654321 hab ich vergessen", "b987654321", "INSURANCE_ID"),
        ("ayushman card no 77ab2k91lp hai kya cover hoga", "77ab2k91lp", "INSURANCE_ID"),
        (
            "daman card 1000-3421-8876-01 can i do the blood test",
            "1000-3421-8876-01",
            "INSURANCE_ID",
        ),
        (
            "my nan joan lives at 22 high st leeds ls6 2ab n she fell",
            "22 high st leeds ls6 2ab",
            "ADDRESS",
        ),
        (
            "deliver at 12 mg road indiranagar bangalore 560038 mom ke liye aaj hi",
            "12 mg road indiranagar bangalore 560038",
            "ADDRESS",
        ),
    ],
)
def test_numbers_and_addresses_round_y_showed(text: str, span: str, kind: str) -> None:
    assert (span, kind) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "she told me to stay at 50 for two weeks before going up",
        "they want delivery at 37 weeks, is the baby at risk?",
        "bacteria live at 37 degrees, so why does a fever help?",
    ],
)
def test_no_address_in_a_dose_a_gestation_or_a_temperature(text: str) -> None:
    assert not [t for t, k in found(text) if k == "ADDRESS"], found(text)
