"""PHI rounds O and P (blind sets O and P, 2026-11-27, each read after it was scored): the forms
they showed, by mechanism, with the look-alikes that must stay unmasked. No database, no
Django."""

from __future__ import annotations

from itertools import pairwise

import pytest

from weighin.safety.phi import find, mask
from weighin.safety.phi.kinds import Kind
from weighin.safety.phi.repeats import repeat_names


def found(text: str, learned: bool = False) -> list[tuple[str, str]]:
    return [(s.text, str(s.kind)) for s in find(text, learned=learned)]


def names(text: str, learned: bool = False) -> list[str]:
    return [t for t, k in found(text, learned) if k == "PERSON_NAME"]


def test_a_name_said_again_is_masked_every_time() -> None:
    text = "We moved in with my son Bohdan. Bohdan's number is on file, ask Bohdan."
    assert names(text) == ["Bohdan", "Bohdan", "Bohdan"]


@pytest.mark.parametrize(
    "text",
    [
        # a word that is also English, a place or a title is not carried over
        "my son Austin lives in Austin now",
        "Sehr geehrte Frau Lindqvist, wie besprochen. Frau Doktor sagt nein.",
        "My cousin Minh flew to Ho Chi Minh City last week",
    ],
)
def test_only_distinctive_name_words_are_carried_over(text: str) -> None:
    assert "Austin" not in names(text)[1:]
    assert "Frau" not in names(text)
    assert names(text).count("Minh") <= 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ward sheet: 'Pt: Jolanta Wiśniewska  Dx: wrist fracture'", ["Jolanta Wiśniewska"]),
        ("report header says patient: Adeyemi, Tunde. DOB 1985/02/11", ["Adeyemi", "Tunde"]),
        ("Hi, I'm Seo-yeon Park, 31, and my knee clicks", ["Seo-yeon"]),
        ("Please call me Yetunde on 0803 555 0192 after six", ["Yetunde"]),
        (
            "Our GP is Dr. Halloran and my midwife is Rosalind. Is 140 high?",
            ["Halloran", "Rosalind"],
        ),
        ("I'm Jonathan (Jon) and my gout is back", ["Jonathan", "Jon"]),
    ],
)
def test_names_after_fields_introductions_roles_and_in_brackets(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Patient: I have had a cough for two weeks",
        "my son Jake (ADHD) is 9 and can't sleep",  # the bracket holds no name
        "my husband is Diabetic and his feet hurt",
        "We flew home to Hong Kong and my asthma got better",
        "Midwife visits are on Tuesdays, is that normal",
    ],
)
def test_look_alikes_stay_unmasked(text: str) -> None:
    assert names(text) in ([], ["Jake"])


def test_a_label_for_another_number_beats_the_ssn_shape() -> None:
    assert found("Clinic card: Chart No.: 118-42-7730, please fast") == [("118-42-7730", "MRN")]
    # ... but a label naming the SSN keeps it one
    assert found("patient SSN: 118-42-7730") == [("118-42-7730", "SSN")]


def test_a_number_shaped_like_a_cued_one_takes_its_kind() -> None:
    text = "my Cigna member ID is K7731200845 and my son Elio's is K7731200846. Braces covered?"
    assert ("K7731200846", "INSURANCE_ID") in found(text, learned=True)


def test_the_indian_state_insurance_number_is_an_insurance_id() -> None:
    assert found("My ESIC IP number is 4419023387, is physio covered?") == [
        ("4419023387", "INSURANCE_ID")
    ]
    assert found("IP no. 4419023387 at the district hospital") == [("4419023387", "MRN")]


def test_a_post_office_box_with_letters_is_an_address() -> None:
    assert ("P.O. Box AN 7731", "ADDRESS") in found("Reach us: P.O. Box AN 7731, Osu, Accra")
    assert "P.O. Box" not in names("Reach us: P.O. Box AN 7731, Osu, Accra", learned=True)


@pytest.mark.parametrize(
    "text",
    [
        "my grandma hasn\u2019t slept in days, she has bronchitis?",
        "fever of 101. 8-100. 8 what should i do",
        "initial ana tests were elevated, my rheumatologist wants more",
    ],
)
def test_contractions_ranges_and_lab_tests_are_no_phi(text: str) -> None:
    assert found(text, learned=True) == []


# --- Round P (blind set P, 2026-11-27, read after it was scored once) ---------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Anschrift: Max-Planck-Straße 12, 10115 Berlin", "Max-Planck-Straße 12"),
        ("kirim ke Jl. Melati No. 9, Bandung", "Jl. Melati No. 9"),
        ("write to Str. Teilor nr. 3, Cluj", "Str. Teilor nr. 3"),
        ("we stay at No. 12/4, Lake Road, Kandy", "No. 12/4, Lake Road"),
        ("No. 7, 2nd Alley, Vali Asr St, Tehran", "No. 7, 2nd Alley"),
        ("No. 3, Jalan SS15/4, Subang Jaya", "No. 3, Jalan SS15/4"),
        ("Bağlar Mah. 45. Sok. No:3 D:2, Ankara", "Bağlar Mah. 45. Sok. No:3 D:2"),
        ("letters go to P.O. Box 2290-20100, Nakuru", "P.O. Box 2290-20100"),
    ],
)
def test_addresses_in_other_countries_forms(text: str, address: str) -> None:
    assert any(t.startswith(address) and k == "ADDRESS" for t, k in found(text))


@pytest.mark.parametrize(
    "text", ["I take No. 5, Road to recovery is long", "he was No. 1, Street fighter fan"]
)
def test_numbered_phrases_are_no_addresses(text: str) -> None:
    assert [k for _, k in found(text)] == []


def test_honorifics_and_counties_are_not_carried_over_as_names() -> None:
    assert "Ibu" not in names("Ibu saya, Ibu Sulastri, umur 67. Sulastri minum metformin")
    text = "My aunt Offaly-Ann moved to Co. Offaly-Ann last year"  # the second is a county
    first = (text.index("Offaly-Ann"), text.index("Offaly-Ann") + len("Offaly-Ann"))
    assert repeat_names(text, [(*first, Kind.PERSON_NAME)]) == [(*first, Kind.PERSON_NAME)]


def test_overlapping_repeated_names_never_overlap() -> None:
    text = "My girls are Zaniyah-Imani and Imani-Nkechi. The nurse wrote Zaniyah-Imani-Nkechi."
    spans = find(text)
    assert all(a.end <= b.start for a, b in pairwise(spans))
    assert "Zaniyah" not in mask(text)


@pytest.mark.parametrize(
    "text",
    [
        "Question No. 2, Does St. John's wort interact with sertraline?",
        "I have been on the Nuva-Ring 3 weeks now",
    ],
)
def test_numbered_questions_and_brands_are_no_addresses(text: str) -> None:
    assert found(text, learned=True) == []
