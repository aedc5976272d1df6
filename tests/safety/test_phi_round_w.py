"""PHI round W (blind set W, 2026-11-27: writers from many countries with their own naming and
address customs; read after it was scored once): the forms it showed, by mechanism, with the
look-alikes that must stay unmasked. No database, no Django."""

from __future__ import annotations

import pytest

from tests.safety.phi_rules import found, names
from weighin.safety.phi import find


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # an address told after "I live at" / "my address is", in any country's order, up to
        # the end of its sentence or the clause after it
        (
            "I live at 3-5-12 Nishi Honcho, Kokubunji-shi, Tokyo 185-0023. Is Loxonin ok?",
            "3-5-12 Nishi Honcho, Kokubunji-shi, Tokyo 185-0023",
        ),
        (
            "Our address is 1102-dong 805-ho, 17 Olympic-ro, Songpa-gu, Seoul 05510 and the"
            " nurse cannot find it",
            "1102-dong 805-ho, 17 Olympic-ro, Songpa-gu, Seoul 05510",
        ),
        (
            "my grandad lives at 12/4 Lê Lợi, Phường 3, Quận 1, TP. Hồ Chí Minh. He coughs",
            "12/4 Lê Lợi, Phường 3, Quận 1, TP. Hồ Chí Minh",
        ),
        (
            "He lives at 410 Larch Way, Boise, ID 83702, his cell is 208-555-0144",
            "410 Larch Way, Boise, ID 83702",
        ),
        (
            "we stay at Plot 9, Ring Road, Tamale, can the midwife visit us?",
            "Plot 9, Ring Road, Tamale",
        ),
        # Indonesia's neighbourhood units, districts and postcode after the street
        (
            "rumah kami Jl. Melati No. 8, RT 02/RW 11, Kel. Cempaka, Bogor 16128",
            "Jl. Melati No. 8, RT 02/RW 11, Kel. Cempaka, Bogor 16128",
        ),
    ],
)
def test_addresses_round_w_showed(text: str, address: str) -> None:
    assert (address, "ADDRESS") in found(text), found(text)


def test_a_told_address_never_swallows_the_phone_after_it() -> None:
    spans = found("She lives at 77 Harbour Rd, Napier 4110, mobile 021 555 0192 if you need it")
    assert ("77 Harbour Rd, Napier 4110", "ADDRESS") in spans
    assert ("021 555 0192", "PHONE") in spans


@pytest.mark.parametrize(
    "text",
    [
        "I live at home with my 2 kids and work nights",
        "we live at the end of a long road, 40 minutes from a hospital",
    ],
)
def test_living_somewhere_with_no_address_is_no_address(text: str) -> None:
    assert not [t for t, k in found(text) if k == "ADDRESS"], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised word opening its sentence as someone who "is my niece"
        ("Hope is my niece and she has a rash after Septrin", ["Hope"]),
        # a lower-case word after a kin word, with an age after it
        ("my sister summer (she's 16) faints at school", ["summer"]),
        ("my son kobe, 7, has nits again", ["kobe"]),
    ],
)
def test_names_round_w_showed(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # pets
        "My dog Bella bit my hand, do I need a tetanus shot?",
        "our cat named Luna scratched my son's face",
        # a person an institution is named after
        "The biopsy was done at Hospital General de México Eduardo Liceaga last week",
        "RSUD Dr. Soetomo kept her 4 days for dengue",
        # where the writer is from, after a comma
        "How long will the palsy last? I'm 38, from Manila.",
        # a greeting in another language
        "Xin chào, I have had hair loss since giving birth",
        # ordinary words after a kin word without an age
        "my son today has a fever, my daughter (16) is fine",
    ],
)
def test_look_alikes_round_w_showed(text: str) -> None:
    assert names(text) == [], found(text)


def test_the_doctor_at_a_hospital_is_still_a_name() -> None:
    assert names("At St Mary's Hospital Dr. Amara Osei said it was viral") == ["Amara Osei"]


def test_a_card_number_a_short_sentence_after_the_card() -> None:
    text = "The clinic wants my card number by WhatsApp before the surgery: 4929 3815 2207 6615"
    assert ("4929 3815 2207 6615", "CREDIT_CARD") in found(text)


def test_a_medicines_product_code_is_no_record_number() -> None:
    text = "They gave me Ibuflam 600 (PZN 03161577) instead of Ibuprofen AL 600, same drug?"
    assert [s.kind for s in find(text)] == []
