"""PHI round Q (blind set Q, 2026-11-27, read after it was scored): the forms it showed, by
mechanism, with the look-alikes that must stay unmasked. No database, no Django."""

from __future__ import annotations

import pytest

from tests.safety.phi_rules import found, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Grandpa (the whole village calls him Sunny) won't wear his hearing aids.", None),
        ("My aunt (everyone calls her Tiny) has had a cough for weeks.", "Tiny"),
        ("My stepson goes by Kit now and wants to see a gender clinic.", "Kit"),
    ],
)
def test_a_nickname_others_use_is_a_name(text: str, name: str | None) -> None:
    # "the whole village calls him" is no cue we know; the two plain forms are
    if name is None:
        assert "Sunny" not in names(text)
    else:
        assert names(text) == [name]


@pytest.mark.parametrize(
    "text", ["it goes by many names in the literature", "people call me crazy for asking"]
)
def test_calls_and_goes_by_without_a_name(text: str) -> None:
    assert names(text) == []


def test_names_listed_with_their_ages_in_brackets() -> None:
    text = "Amara (7) and Max (4) both caught hand, foot and mouth at nursery."
    assert names(text) == ["Amara", "Max"]


def test_a_plain_word_listed_with_a_number_is_no_name() -> None:
    assert names("Amara (7) and Dose (4) are the columns") == ["Amara"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Referral details: Ruby Okonjo, DOB 14/02/2016, asthma since age 3.", "Ruby Okonjo"),
        ("Willow-Mae was born 11/06/2021 and still isn't walking.", "Willow-Mae"),
        ("Name: Tomás Ruiz (d.o.b. 1.2.1990)", "Tomás Ruiz"),
    ],
)
def test_whose_birth_date_follows(text: str, name: str) -> None:
    assert name in names(text)
    assert "DATE_OF_BIRTH" in [k for _, k in found(text)]


@pytest.mark.parametrize(
    "text",
    ["Patient, DOB 1/2/1990, referred for review", "The Baby was born 3/4/2020 at 34 weeks"],
)
def test_a_plain_word_before_a_birth_date_is_no_name(text: str) -> None:
    assert names(text) == []


def test_a_possessive_surname_before_the_practice_staff() -> None:
    assert names("Abernathy's office says the referral is lost. Who do I call?") == ["Abernathy"]


@pytest.mark.parametrize("text", ["Kaiser's office never calls back", "Walgreens's staff said no"])
def test_an_insurer_or_chain_before_its_staff_is_no_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Second opinion at MD Anderson or Sloan Kettering for a sarcoma?",
        "She starts chemo at Princess Margaret on Monday.",
        "Does Ayushman Bharat cover a knee replacement?",
    ],
)
def test_institutions_and_schemes_named_for_people_are_not_names(text: str) -> None:
    assert names(text) == []


def test_a_payment_verb_makes_a_card_shaped_number_a_card() -> None:
    # grouped like a card; its check digit is wrong, as typed numbers' often are
    text = "The pharmacy charged 4111 2222 3333 4445 twice for one script."
    assert ("4111 2222 3333 4445", "CREDIT_CARD") in found(text)


def test_a_bare_id_after_an_insurer_is_the_insurers_across_a_date() -> None:
    text = "Added my son to my Cigna plan, his DOB shows 02/03/2015 wrong. His ID is QZ40918273."
    assert ("QZ40918273", "INSURANCE_ID") in found(text)


def test_a_bare_id_with_another_number_between_is_the_persons() -> None:
    text = "My Cigna member number is 88812345. Separately, my ID is 4409182736 for the clinic."
    assert ("4409182736", "SSN") in found(text)
