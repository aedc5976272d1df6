"""PHI round S (blind set S, 2026-11-27, read after it was scored once): the forms it showed, by
mechanism, with the look-alikes that must stay unmasked. No database, no Django."""

from __future__ import annotations

import pytest

from tests.safety.phi_rules import found, names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name that is also a word, said again as the subject or the owner
        ("My son Hunter is 6. Hunter says his tummy hurts after milk.", ["Hunter", "Hunter"]),
        ("Our daughter Summer has eczema and Summer's creams sting.", ["Summer", "Summer"]),
    ],
)
def test_a_name_that_is_a_word_is_masked_again_where_it_reads_as_the_person(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "My daughter Hope is 9. Hope this helps other parents.",
        "My son Will is 5. Will this rash spread to his face?",
    ],
)
def test_the_same_word_used_as_a_word_is_not_masked_again(text: str) -> None:
    assert len(names(text)) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Our lactation consultant Tamsin says the latch is fine.", "Tamsin"),
        ("The care coordinator Bex rang about the referral.", "Bex"),
        ("My dad's support worker, Obi, noticed the swelling first.", "Obi"),
    ],
)
def test_a_name_after_a_carers_role(text: str, name: str) -> None:
    assert names(text) == [name]


def test_the_idaho_state_and_zip_are_an_address_not_an_id() -> None:
    spans = found("Please post it to 118 Larkspur Ln, Meridian, ID 83642 by Friday")
    assert [k for _, k in spans] == ["ADDRESS"]
    assert "83642" in spans[0][0]


def test_a_card_number_a_little_after_its_cue() -> None:
    text = "I pasted my card number into the clinic's web chat (4111 2222 3333 4445) by mistake"
    assert ("4111 2222 3333 4445", "CREDIT_CARD") in found(text)


def test_a_national_drug_code_is_not_a_phone() -> None:
    assert found("The NDC printed on my insulin box is 0002-8215-01, is that the right one?") == []


def test_a_public_figure_named_in_passing_is_not_masked() -> None:
    assert names("Bill Gates said something about vaccines, is that true?") == []
