"""PHI rounds AH and AI (blind sets, 2026-11-27; read after each was scored once).

AH: relationships and sensitive health: partners, exes, sponsors, therapists, pet names used as
names. AI: arranging care for an older relative: carers by first name, pension and insurance
numbers, forwarded letters, care-home addresses. Sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.safety.phi_rules import found, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a relative's relative: "my wife's dad Piet"
        ("my husband's gran Wilhelmina is 97 and still sharp", "Wilhelmina"),
        ("My wife's dad Piet has moved into a home near us", "Piet"),
        # a ward's senior nurse and the man who fixes things, by first name
        ("The ward sister, Jo, said he can go home Friday", "Jo"),
        ("the home's handyman guy Kev says the heating is fixed", "Kev"),
        # a given name opening a sentence with its age after it
        ("We moved him in spring. Ray is 84 and had a fall last week.", "Ray"),
        ("Doreen, 91, still does the crossword every morning", "Doreen"),
        # a name in brackets explained as one ("it's what I call him", "my husband; ...")
        ("Moose (it's what I call my husband) has been sober a year", "Moose"),
        ("Honey Bear (my partner; nobody uses her real name) is on the pill", "Honey Bear"),
        ("my fiance (I call him Biscuit, always have) wants to get tested", "Biscuit"),
        # a sponsor, as a kinship cue, on either side
        ("Terri, my sponsor, thinks I should tell my GP", "Terri"),
        ("my sponsor Clive has twenty years clean", "Clive"),
        # a name that is also a pill's brand, set off by commas after the role
        ("Our couples counsellor, Heather, gave us homework", "Heather"),
        # a census name opening a sentence as its subject
        ("I paid for the course. Shaun never even started it.", "Shaun"),
        # "me, X and Y"
        ("there are three of us: me, Sam and Priya", "Sam"),
        # a quoted message signed with a given name, then the asker's own words
        (
            'The carer texted:\n"He ate well and walked to the shop. - Joy"\nShould I worry?',
            "Joy",
        ),
    ],
)
def test_round_ah_names(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # authors by their work, a brand, a helpline charity, a city, a care home's block
        "I read Wendy Mitchell's book about living with dementia",
        "a memoir by Tom Shakespeare changed how I think about disability",
        "'The Body Keeps the Score' by Bessel van der Kolk helped me",
        "he logged into our Netflix from his new flat",
        "I rang Samaritans at 2am and it helped",
        "she needs a live-in carer in Milan",
        "her flat is in Sai Krupa Apartments near the market",
        "my dad is in Room 14, Rowan Lodge, 2 Mill Lane now",
        # the sentence opener with a number is a month's length or a kinship word
        "June is 30 days, so the prescription runs out first",
        "Mum is 84 and had a fall",
        # a quoted message signed by a hospital, not a person
        'SMS:\n"Your scan is at 9am. Please fast. - Fortis Escorts"\nWhy fast?',
        # still a person's: one's own people by their work
    ],
)
def test_round_ah_not_names(text):
    assert names(text) == []


def test_round_ah_initials_after_a_kinship_word_are_a_name_but_not_a_degree():
    assert "J.M." in names("My ex, J.M., swore he had been tested")
    assert "A. K." in names("my flatmate A. K. found me")
    assert names("my doctor M.D. said it was fine") == []


def test_round_ah_own_people_by_their_work_stay_names():
    assert "Anna" in names("my sister Anna's book club meets on Tuesdays")
    assert "Jane Hill" in names("my mum Jane Hill's novel is finally out")


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # a health fund's membership
        ("Mum's HCF membership is 40938217 and they won't pay", "40938217", "INSURANCE_ID"),
        ("his health fund membership number is 5512 3344", "5512 3344", "INSURANCE_ID"),
        # the Medicare Beneficiary Identifier by its shape, after "Medicare"
        ("the lab billed Medicare under 1EG4-TE5-MK72 by mistake", "1EG4-TE5-MK72", "INSURANCE_ID"),
        # the last three digits of a SIN
        ("they asked for the last three digits of Dad's SIN (286)", "286", "SSN"),
        ("last 3 of his SIN: 517", "517", "SSN"),
        # a birth date with the day in words and the year in digits
        (
            "she was born on the fourth of July, 1932 in Kent",
            "the fourth of July, 1932",
            "DATE_OF_BIRTH",
        ),
        ("born March twenty-first, 1950", "March twenty-first, 1950", "DATE_OF_BIRTH"),
        # an extension is part of the number
        ("her direct line is 0161 496 0732 ext. 4415", "0161 496 0732 ext. 4415", "PHONE"),
        # a card charged a sentence before its number is given
        (
            "My card got charged twice by the chemist for one refill. The number was "
            "4929 1873 5521 0067.",
            "4929 1873 5521 0067",
            "CREDIT_CARD",
        ),
        # a bare link on a country domain
        ("my story is at linktr.ee/soberwithsam now", "linktr.ee/soberwithsam", "URL"),
    ],
)
def test_round_ah_numbers(text, value, kind):
    assert (value, kind) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a symptom date in words is no birth date; "x2 times" is no extension
        "since the fourth of July, 2023 she has had pain",
        "i am.me too",
    ],
)
def test_round_ah_near_misses(text):
    assert found(text) == []


def test_round_ah_extension_needs_digits_that_are_not_a_count():
    assert ("07700 900123", "PHONE") in found("ring 07700 900123 x2 times a day")
    assert ("07700 900123 x4415", "PHONE") in found("ring 07700 900123 x4415")
    assert ("0161 496 0000", "PHONE") in found("rang 0161 496 0000 x20 this morning")


def test_round_ah_a_card_paid_after_an_insurance_card_is_a_card():
    text = (
        "My health insurance card shows Member #ZGP900118427 and Group #G-44519. "
        "I paid the deductible with my card 6011 4872 3310 5568."
    )
    assert ("6011 4872 3310 5568", "CREDIT_CARD") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # round AJ/AK: work, school and device numbers are not among the kinds
        "my staff number is 20-44819 and HR wants a fit note",
        "the letter says student number 2209814 and my course code",
        "the pump's SN 11849302 shows in my screenshot",
        "payroll 7740213 is on the referral",
        "shipped via UPS 1Z999AA10123456784 yesterday",
    ],
)
def test_round_aj_other_things_numbers_are_not_phi(text):
    assert [k for _t, k in found(text) if k in ("MRN", "INSURANCE_ID", "SSN", "PHONE")] == []


def test_round_aj_a_record_number_after_its_own_label_stays():
    assert ("20448193", "MRN") in found("my MRN is 20448193, employee of the month")
