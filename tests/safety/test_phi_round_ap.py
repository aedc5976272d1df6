"""PHI round AP (a new writer's blind set, read after it was scored once).

Card numbers that fail the Luhn check but say "payment card" by what stands beside them; India's
ABHA number and address as record numbers; a bare "ID No" on a pasted form as the identity
number; a name no list knows opening a sentence with "and I". Sentences are ours; each case is
pinned on the rules alone (no learned tagger) by kind and offsets.
"""

from __future__ import annotations

import pytest

from weighin.safety.phi import find


def spans(text: str) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, str(s.kind)) for s in find(text, learned=False)]


def at(text: str, value: str, kind: str) -> tuple[int, int, str]:
    start = text.index(value)
    return (start, start + len(value), kind)


# --- payment cards that fail the Luhn check -----------------------------------------------------

# (none of these numbers passes the Luhn check)
_CARDS = [
    # pasted by mistake, the cue before or after
    (
        "oops, wrong tab 😬 4532 7781 0094 3316 ignore that. Is 20mg of omeprazole a lot?",
        "4532 7781 0094 3316",
    ),
    (
        "5244 0918 3376 1205 — sorry, pasted that by accident, mods please delete. Question below.",
        "5244 0918 3376 1205",
    ),
    (
        "Mods pls remove my last line, accidentally pasted my card: 4485-2201-7736-9048",
        "4485-2201-7736-9048",
    ),
    # an expiry date and a security code right after it
    ("4716 5530 2281 0945 09/27 114 (ignore) anyway my son's fever is 39.2", "4716 5530 2281 0945"),
    (
        "Card 5210 8834 1176 2093 exp date on the back, whatever. Does ibuprofen help?",
        "5210 8834 1176 2093",
    ),
    # the network named after or before it
    (
        "my niece typed 6522 9910 3384 2207 (RuPay) into the chat before I could stop her",
        "6522 9910 3384 2207",
    ),
    (
        "used my Verve 5061 2234 8891 0047 at the pharmacy and it got declined",
        "5061 2234 8891 0047",
    ),
    ("the Interac number 4510 3382 9946 1108 shows up on the statement", "4510 3382 9946 1108"),
    # a payment with no separators: a card network's prefix and length
    (
        "I paid the telehealth fee and the receipt printed 4556102938475610 in full!",
        "4556102938475610",
    ),
    ("the clinic charged 5399120077814462 twice for one visit", "5399120077814462"),
    # a sum of money before it
    (
        "The dentist wants €480 up front so I put it on 4929 1183 5502 7741 yesterday.",
        "4929 1183 5502 7741",
    ),
    # its last four given as the card's ending elsewhere
    (
        "Statement: Visa ending 7731 (the full number 4024 0071 9536 7731) charged twice.",
        "4024 0071 9536 7731",
    ),
]


@pytest.mark.parametrize(("text", "number"), _CARDS)
def test_a_card_number_failing_luhn_is_a_card_by_what_stands_beside_it(text, number):
    assert at(text, number, "CREDIT_CARD") in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        # a health or insurance card, a hospital or order number, however pasted or paid
        "wrong window, sorry: my health card 4532 7781 0094 3316",
        "I paid the deposit, order number 4556102938475610 came by email",
        "paid at the desk; hospital number 4716 5530 2281 0945 on the wristband",
        "Tracking number 4556102938475610 (paid via the app)",
        # digits with no card's shape: not grouped 4-4-4-4 and no network's prefix
        "sorry wrong chat, 1234567 890123 is the parcel code, please ignore",
        "please ignore the above, 8800 1234 5678 was the gym locker code",
    ],
)
def test_numbers_that_are_no_payment_card_stay_out(text):
    assert "CREDIT_CARD" not in [k for _, _, k in spans(text)]


def test_a_policy_number_is_the_insurers_whatever_the_paste_cue():
    text = "Policy no.: 4532 7781 0094 3316 — pasted in the wrong window, sorry"
    assert spans(text) == [at(text, "4532 7781 0094 3316", "INSURANCE_ID")]


# --- national health-service numbers: India's ABHA ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mum's ABHA number is 14-2231-8890-4417 and the lab can't find it", "14-2231-8890-4417"),
        ("ABHA: 91 5520 3318 0764 (printed on the card)", "91 5520 3318 0764"),
        ("his abha id 45-1190-2234-8876 was made at the PHC", "45-1190-2234-8876"),
        ("login is via my ABHA address ravi.k1987@abdm but the OTP fails", "ravi.k1987@abdm"),
    ],
)
def test_an_abha_number_or_address_is_a_record_number(text, value):
    assert at(text, value, "MRN") in spans(text)


def test_an_aadhaar_beside_an_abha_keeps_its_own_kind():
    text = "Aadhaar 2345 6789 0124, ABHA 91-3348-2210-7764"
    assert spans(text) == [at(text, "2345 6789 0124", "SSN"), at(text, "91-3348-2210-7764", "MRN")]


def test_abha_named_without_a_number_takes_no_later_phone():
    text = "OTPs for my ABHA go to my old mobile. Correct one is 9876012345."
    assert "MRN" not in [k for _, _, k in spans(text)]


# --- a bare "ID No" on a form is the identity number -------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Name: Wanjiku Mwangi\nID No: 31552087\nTel: 0711 223 344", "31552087"),
        ("Patient name: Baraka Otieno\nID: 22418890\nAge: 41", "22418890"),
        ("Registered under Amina Yusuf with ID No. 30118752 at the chemist", "30118752"),
    ],
)
def test_an_id_number_on_a_form_is_the_identity_number(text, value):
    assert at(text, value, "SSN") in spans(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Clinic ID No: 44812-7 (from the antenatal card)", "44812-7"),
        ("Hospital ID: KNH-2210934", "KNH-2210934"),
        ("File ID 88213-4 at the district hospital", "88213-4"),
    ],
)
def test_an_id_labelled_by_a_hospital_clinic_or_file_is_a_record_number(text, value):
    assert at(text, value, "MRN") in spans(text)


# --- a name no list knows opening a sentence with "and I" --------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kath and I are trying for our second. I'm 39, is that too late?", "Kath"),
        ("We moved last year. Jez and I've been together since uni.", "Jez"),
        ("Bex and I both caught norovirus at the wedding.", "Bex"),
    ],
)
def test_a_name_opening_a_sentence_with_and_i(text, name):
    assert at(text, name, "PERSON_NAME") in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        # a specialty, a drug, a partner's pet name, a word: no one
        "Endo and I have been at war over my thyroid dose.",
        "Ozempic and I are not getting along, constant nausea.",
        "Hubbie and I are trying for a baby.",
        "Anxiety and I go way back.",
        "Physio and I agreed on three sessions a week.",
    ],
)
def test_a_word_that_is_no_name_before_and_i_is_left(text):
    assert "PERSON_NAME" not in [k for _, _, k in spans(text)]
