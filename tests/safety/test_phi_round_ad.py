"""PHI rounds AD, AE, AF and AG (blind sets, 2026-11-27; read after each was scored once).

AD: social media and forum posts: @handles, chats pasted in, crowdfunding and prayer requests.
AE: paperwork trouble: claims, bills, pharmacy refills, referral letters, many numbers that are
not PHI (billing and diagnosis codes, store numbers). Sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.safety.phi_rules import found, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("@priya.raman said the same thing happened after her hip op", "priya.raman"),
        ("Replying to @owen_baxter and @sleepless_dad_88: it passed in a week", "owen_baxter"),
        ("@lauraquinlan so sorry for your loss, thinking of you", "lauraquinlan"),
        ("so kind of everyone to help the Adeyemi family after the fire", "Adeyemi"),
    ],
)
def test_round_ad_handles_and_families(text, name):
    assert name in names(text)


def test_round_ad_handles_made_of_words_are_not_names():
    text = "@tiredmum_83 and @gymbro_2000 both said the same, thanks @nhsengland"
    assert names(text) == []


def test_round_ad_nicknames_in_a_chat_with_named_speakers():
    text = "Gemma: how was physio\nRach: awful\nMe: same here, knees are shot"
    assert {"Gemma", "Rach"} <= set(names(text))
    text = "Bex \U0001f4ac: how did it go\nme: baby is measuring small\nBex \U0001f4ac: oh hun"
    assert names(text).count("Bex") == 2


def test_round_ad_a_form_is_not_a_chat():
    text = "Patient: see below\nTitre: 1:160\nPattern: speckled"
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # a card number with its card named after it, or the last card named before it
        (
            "Mum: 4929 1583 0042 7716 is the card for the gas bill",
            "4929 1583 0042 7716",
            "CREDIT_CARD",
        ),
        (
            "lost my wallet with my insurance card and debit card (4117 7332 9018 2345)",
            "4117 7332 9018 2345",
            "CREDIT_CARD",
        ),
        (
            "ran my HSA card for $1,240 before insurance paid. The receipt printed the lot: "
            "4532 7719 0384 2216",
            "4532 7719 0384 2216",
            "CREDIT_CARD",
        ),
        # an NHS number in its own groups, away from its cue; a CHI number far from its cue
        ("her NHS number is printed at the very top (485 777 3456)", "485 777 3456", "MRN"),
        (
            "CHI number question: the eye clinic letter has a different one. It says 1204856737",
            "1204856737",
            "MRN",
        ),
        # a second writing of a found number, a corrected birth date
        (
            "Member ID W48291037, they typed W48291307 on the claim",
            "W48291307",
            "INSURANCE_ID",
        ),
        (
            "my date of birth is wrong: it says 12/06/1985 when it's actually 06/12/1985",
            "06/12/1985",
            "DATE_OF_BIRTH",
        ),
    ],
)
def test_round_ad_numbers(text, value, kind):
    assert (value, kind) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "they coded the visit 99213-25 and now I owe a copay",
        "ICD-10 M54.5 was replaced with M54.50/M54.51/M54.59 and my claim bounced",
        "Losartan is $12 at my local pharmacy (#03318) and $10 by mail",
        "Re: Denial of coverage for adalimumab",
        "the nurse at Royal Preston was so kind",
    ],
)
def test_round_ae_codes_shops_and_subjects_are_not_phi(text):
    assert found(text) == []


def test_round_ad_a_visit_date_is_no_pattern_for_a_birth_date():
    text = "Pt: Wolfgang Reiter, DOB: 1955-Aug-09, Visit: 2024-Mar-11"
    assert ("1955-Aug-09", "MRN") not in found(text)


# Rounds AF and AG (an ordinary day's mix; long stories about a relative in hospital).
@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "our daughter was born at 30 weeks at St Mary's on March 4, 2022 and did well",
            "March 4, 2022",
            "DATE_OF_BIRTH",
        ),
        (
            "my wife gave birth to our son Elliot at the Rosie in Cambridge on 2 May 2024",
            "2 May 2024",
            "DATE_OF_BIRTH",
        ),
        (
            "the portal shows my MRN as 5519023 but the letter has 5519032 at the top",
            "5519032",
            "MRN",
        ),
        (
            "the gym auto-renewed on 4929 1583 0042 7716 after I cancelled",
            "4929 1583 0042 7716",
            "CREDIT_CARD",
        ),
    ],
)
def test_round_af_numbers_and_dates(text, value, kind):
    assert (value, kind) in found(text)
