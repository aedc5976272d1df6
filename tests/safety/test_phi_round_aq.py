"""Round AQ: masked identifiers read by their label, last digits of a record or plan number,
Hong Kong's and South Africa's hospital numbers, another's phone number, and words a name
reader took for names (a brand after its generic's dose, a sign after a test result, a state
benefit, a hospital named after a royal, a street a practice is named by, a quoted report)."""

from __future__ import annotations

import pytest

from weighin.safety.phi import find


def _spans(text: str) -> list[tuple[str, str]]:
    return [(str(s.kind), s.text) for s in find(text)]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a masked card printed in its full length, after the card's label or network
        (
            "The chemist's slip reads 'Card number: ************5521 - Total £12.40'.",
            "CREDIT_CARD",
            "************5521",
        ),
        (
            "Order confirmation: paid with Visa \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 "
            "\u2022\u2022\u2022\u2022 6610, delivery Tuesday.",
            "CREDIT_CARD",
            "\u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 6610",
        ),
        (
            "The statement shows American Express XXXX-XXXXXX-X2047 for the dentist.",
            "CREDIT_CARD",
            "XXXX-XXXXXX-X2047",
        ),
        # a masked date of birth
        (
            "The GP app shows 'Date of birth: **/**/1948' under Dad's photo.",
            "DATE_OF_BIRTH",
            "**/**/1948",
        ),
        ("Mum's record: D.O.B. xx/xx/1960, allergies none known.", "DATE_OF_BIRTH", "xx/xx/1960"),
        # a masked number: the label decides its kind
        (
            "Her plan portal shows Member ID: ***-**-7719 and nothing else.",
            "INSURANCE_ID",
            "***-**-7719",
        ),
        (
            "The letter gives his Social Insurance Number as *** *** 915 at the top.",
            "SSN",
            "*** *** 915",
        ),
        (
            "On the wristband the MRN is printed as 44\u2022\u2022\u2022\u202291, oddly.",
            "MRN",
            "44\u2022\u2022\u2022\u202291",
        ),
        (
            "Cigna card, copied with some hidden:\nMember: ANNA K BRIGGS\nID: U7\u2022\u2022\u2022"
            "\u2022\u2022\u2022402\nGroup: 3339281",
            "INSURANCE_ID",
            "U7\u2022\u2022\u2022\u2022\u2022\u2022402",
        ),
        (
            "Her hospital file number is 12-8**-443 according to the receptionist.",
            "MRN",
            "12-8**-443",
        ),
        ("Grandma's HKID shows as K91****(4) on the slip.", "SSN", "K91****(4)"),
        # a record's or a plan's last digits with its own label
        ("The nurse read out an MRN ending 80317 and asked if it was hers.", "MRN", "80317"),
        (
            "Prior auth was refused for subscriber ID ending in 6675, no reason given.",
            "INSURANCE_ID",
            "6675",
        ),
        # national hospital numbers
        ("Tuen Mun Hospital slip: HN 30118274(5), clinic Tuesday.", "MRN", "30118274(5)"),
        (
            "Tygerberg gave my uncle a folder number: 7741902 for the diabetes clinic.",
            "MRN",
            "7741902",
        ),
        # an identity number named right before its value, after another scheme's name
        (
            "Under PM-JAY the card shows her Aadhaar as 4821 7730 6612, but it says inactive.",
            "SSN",
            "4821 7730 6612",
        ),
        # another's phone number
        (
            "The physio gave her number 99871 20456 for any problems after the session.",
            "PHONE",
            "99871 20456",
        ),
    ],
)
def test_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _spans(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "She was put on melatonin 3mg (Slenyto) by the sleep clinic, does it stop working?",
            "Slenyto",
        ),
        ("The neurology letter says 'negative Kernig, neck supple' so no meningitis?", "Kernig"),
        ("Grandpa is in the Queen Elizabeth for his knee, visiting is 2-4pm.", "Elizabeth"),
        ("Letter about my mum, Pension Credit:\nwhat does 'guarantee' mean here?", "Pension"),
        ("Letter for my dad, Carer's Allowance, says he has been overpaid.", "Carer"),
        ("Our GP is Dr Shah at Willow Road Surgery, very good with kids.", "Willow"),
        (
            "Scan report for my mother: 'Unremarkable liver, small simple cyst left kidney.' Fine?",
            "Unremarkable",
        ),
    ],
)
def test_not_a_name(text: str, word: str) -> None:
    assert not any(kind == "PERSON_NAME" and word in value for kind, value in _spans(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a card's last four digits alone are not PHI in most of our sets (architecture.md)
        ("The pharmacy charged my Visa ending 4410 twice for the same inhaler.", "4410"),
        ("Receipt says MASTERCARD ****8821, amount £7.50.", "8821"),
        # a masked number with no label stays unread; no kiss is a number
        ("Love you all xxx 2 more sleeps till the op!", "2"),
        # "as of" is no value's filler
        ("Her policy as of 01/04/2024 covers physio.", "01/04/2024"),
    ],
)
def test_left_alone(text: str, value: str) -> None:
    assert not any(value in v and k != "PHONE" for k, v in _spans(text))
