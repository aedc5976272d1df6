"""PHI round V (blind set V, 2026-11-27, read after it was scored once): the forms it showed, by
mechanism, with the look-alikes that must stay unmasked. No database, no Django."""

from __future__ import annotations

import pytest

from tests.safety.phi_rules import found, names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a title, a given name that is also a word, and a surname
        ("Dr. Can Yilmaz gave me ondansetron", ["Can Yilmaz"]),
        # two initials before the surname
        ("a referral from Dr. R. K. Menon for my knee", ["R. K. Menon"]),
        # "my da", "my fella"; "dra" in lower case
        ("my da Seamus has COPD", ["Seamus"]),
        ("me and my fella Dazza are trying for a baby", ["Dazza"]),
        ("la pediatra dra ruiz dice que es viral", ["ruiz"]),
    ],
)
def test_names_round_v_showed(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "German here. Is ibuprofen 600 ok with pantoprazole?",
        "our family doctor Dr Rao is retiring",
        "Dr. Can I ask something about statins?",
    ],
)
def test_look_alikes_round_v_showed(text: str) -> None:
    assert all(t in ("Rao",) for t in names(text)), found(text)


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        (
            "Her hokensho number is 07-448812-3, is flu medicine covered?",
            "07-448812-3",
            "INSURANCE_ID",
        ),
        ("PhilHealth 14-093318822-5. How much will it cover?", "14-093318822-5", "INSURANCE_ID"),
        ("Expediente 51/2020-4471 en el IMSS", "51/2020-4471", "MRN"),
    ],
)
def test_numbers_round_v_showed(text: str, span: str, kind: str) -> None:
    assert any(span in t and k == kind for t, k in found(text)), found(text)
