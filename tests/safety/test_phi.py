"""The PHI detector (weighin.safety.phi): per kind, the hard negatives, mask(), offsets, purity
(no Django import) and the targets on the labelled dev set. No database, no Django."""

from __future__ import annotations

import dataclasses
import doctest
import importlib.util
import itertools
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from weighin.safety import phi
from weighin.safety.phi import Kind, Span, find, mask

ROOT = Path(__file__).resolve().parents[2]


def found(text: str) -> list[tuple[str, str]]:
    return [(str(s.kind), s.text) for s in find(text)]


def kinds_of(text: str, kind: str) -> list[str]:
    return [s.text for s in find(text) if s.kind == kind]


# --- Positives, per kind ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My name is Sarah Jenkins and I have a headache.", "Sarah Jenkins"),
        ("I'm Tom and I was just diagnosed with diabetes.", "Tom"),
        ("my name is sarah and i keep getting UTIs", "sarah"),
        ("My husband John snores loudly.", "John"),
        ("My daughter Emily (4) has a rash.", "Emily"),
        ("Dr. Patel told me my ferritin is low.", "Patel"),
        ("I saw Dr Rebecca Moore at St Mary's.", "Rebecca Moore"),
        ("Is this normal?\n\nsigned, Maria", "Maria"),
        ("Tom and I have been trying for two years.", "Tom"),
        ("me and Will both have the flu", "Will"),
        ("Her name's Ruby and she is 2.", "Ruby"),
        ("Dr. van der Berg said the hip needs a brace.", "van der Berg"),
        ("Austin, my son, has autism.", "Austin"),
        ("My wife Mary-Jane has a UTI.", "Mary-Jane"),
        ("My daughter Zoë has eczema.", "Zoë"),
        ("I'm Zoltan Kovacs, 60, with a high PSA.", "Zoltan Kovacs"),
        ("Any advice? - Dave", "Dave"),
        ("How long does it last? signed, Worried Dad Pete", "Pete"),
        ("thanks dr okafor", "okafor"),
        ("DR PATEL SAID MY ENZYMES ARE HIGH", "PATEL"),
        ("Jessica keeps waking up with heartburn.", "Jessica"),
        ("I'm Will. My knee hurts.", "Will"),
        ("ok so my bf Tyler has covid", "Tyler"),
        ("My husband's name is Tariq.", "Tariq"),
    ],
)
def test_person_names(text: str, name: str) -> None:
    assert name in kinds_of(text, "PERSON_NAME")


def test_title_is_not_part_of_the_name_and_possessive_is_cut() -> None:
    assert found("Dr. Patel's office called.") == [("PERSON_NAME", "Patel")]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Please call me at (415) 555-0132 today.", "(415) 555-0132"),
        ("my cell is 917-555-0146", "917-555-0146"),
        ("Phone: +1 212 555 0199.", "+1 212 555 0199"),
        ("Ring me on +44 7911 123456.", "+44 7911 123456"),
        ("My number is 07911 123456.", "07911 123456"),
        ("Call me on (02) 9876 5432.", "(02) 9876 5432"),
        ("text me at 555-0123 please", "555-0123"),
        ("Office (646) 555-0111 ext. 204.", "(646) 555-0111 ext. 204"),
    ],
)
def test_phones(text: str, phone: str) -> None:
    assert kinds_of(text, "PHONE") == [phone]


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("Email me at sarah.jenkins82@gmail.com please", "sarah.jenkins82@gmail.com"),
        ("contact: m.alvarez+health@yahoo.co.uk", "m.alvarez+health@yahoo.co.uk"),
        ("ANNA.LEE@HOTMAIL.COM rejected", "ANNA.LEE@HOTMAIL.COM"),
        ("contact: jdoe1975 at gmail dot com", "jdoe1975 at gmail dot com"),
        ("email: k.walsh(at)protonmail.com", "k.walsh(at)protonmail.com"),
        ("Email me at sarah at gmail.com", "sarah at gmail.com"),
    ],
)
def test_emails(text: str, email: str) -> None:
    assert kinds_of(text, "EMAIL") == [email]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("DOB 03/14/1985, female", "03/14/1985"),
        ("I was born on 14 March 1985.", "14 March 1985"),
        ("date of birth: 1985-03-14", "1985-03-14"),
        ("my birthday is 3/14/85", "3/14/85"),
        ("His date of birth is the 3rd of August 1961.", "the 3rd of August 1961"),
        ("Born in March 1990 and diagnosed at 25.", "March 1990"),
        ("My son turns 5 on June 3 and still wets the bed.", "June 3"),
        ("02/11/1994 (DOB)", "02/11/1994"),
    ],
)
def test_dates_of_birth(text: str, date: str) -> None:
    assert kinds_of(text, "DATE_OF_BIRTH") == [date]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("I live at 42 Elm Street near the clinic.", "42 Elm Street"),
        (
            "Send it to 1600 Pennsylvania Ave NW, Washington, DC 20500.",
            "1600 Pennsylvania Ave NW, Washington, DC 20500",
        ),
        ("We moved to 17 Maple Drive, Apt 4B, Columbus, OH 43215.", None),
        ("My flat is at 12 High Street, Leeds LS1 4AP.", "12 High Street, Leeds LS1 4AP"),
        ("Apt 4B has mold.", "Apt 4B"),
        ("Postcode is M1 1AE.", "M1 1AE"),
        ("zip code 90210, any allergists?", "90210"),
        ("Mail the forms to PO Box 4471.", "PO Box 4471"),
        ("123 main st is where the ambulance went", "123 main st"),
        ("I live on Maple Street near the clinic.", "Maple Street"),
    ],
)
def test_addresses(text: str, address: str | None) -> None:
    spans = kinds_of(text, "ADDRESS")
    if address is None:
        assert spans == ["17 Maple Drive, Apt 4B, Columbus, OH 43215"]
    else:
        assert spans == [address]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They asked for my SSN 123-45-6789.", "123-45-6789"),
        ("social security number is 219 09 9999", "219 09 9999"),
        ("SSN: 078051120", "078051120"),
        ("the last 4 of my SSN, 6789, did not help", "6789"),
    ],
)
def test_ssn(text: str, value: str) -> None:
    assert kinds_of(text, "SSN") == [value]


def test_ssn_validation_rejects_impossible_numbers() -> None:
    for bad in ("000-12-3456", "666-12-3456", "912-34-5678", "123-00-4567", "123-45-0000"):
        assert kinds_of(f"number {bad} here", "SSN") == [], bad


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("My MRN is 00482913 and they lost my scan.", "00482913"),
        ("Medical record number: A7734221.", "A7734221"),
        ("My NHS number is 943 476 5919.", "943 476 5919"),
        ("patient ID 88-4421-09 on my wristband", "88-4421-09"),
    ],
)
def test_mrn(text: str, value: str) -> None:
    assert kinds_of(text, "MRN") == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("My member ID is W123456789.", "W123456789"),
        ("Policy number: BCX-4402-9917.", "BCX-4402-9917"),
        ("Medicare number 1EG4-TE5-MK73, can I switch?", "1EG4-TE5-MK73"),
        ("my insurance (Cigna) ID is U87654321 01", "U87654321 01"),
        ("BCBS ID: XYH123456789.", "XYH123456789"),
    ],
)
def test_insurance_ids(text: str, value: str) -> None:
    assert kinds_of(text, "INSURANCE_ID") == [value]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("see https://www.mayoclinic.org/diseases.", "https://www.mayoclinic.org/diseases"),
        ("My blog: mslifejournal.com/about", "mslifejournal.com/about"),
        ("Check www.nhs.uk/conditions/shingles, ok?", "www.nhs.uk/conditions/shingles"),
        ("(photos at imgur.com/a/Xy7Qz2)", "imgur.com/a/Xy7Qz2"),
    ],
)
def test_urls(text: str, url: str) -> None:
    assert kinds_of(text, "URL") == [url]


@pytest.mark.parametrize(
    ("text", "ip"),
    [
        ("my IP 203.0.113.45 is blocked", "203.0.113.45"),
        ("error from 2001:db8:85a3::8a2e:370:7334 today", "2001:db8:85a3::8a2e:370:7334"),
    ],
)
def test_ips(text: str, ip: str) -> None:
    assert kinds_of(text, "IP") == [ip]


def test_ip_validation() -> None:
    assert kinds_of("address 999.1.1.1 and 1.2.3", "IP") == []
    assert kinds_of("at 10:30:45 sharp", "IP") == []


@pytest.mark.parametrize(
    "card", ["4111 1111 1111 1111", "5500-0000-0000-0004", "378282246310005", "6011111111111117"]
)
def test_credit_cards(card: str) -> None:
    assert kinds_of(f"they charged {card} twice", "CREDIT_CARD") == [card]


def test_credit_card_needs_luhn_and_a_card_prefix() -> None:
    assert kinds_of("ref 4111 1111 1111 1112", "CREDIT_CARD") == []  # Luhn fails
    assert kinds_of("order 1234567890123452", "CREDIT_CARD") == []  # no issuer starts with 1


# --- Hard negatives -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I have Crohn's disease and Hashimoto's thyroiditis.",
        "My mother has Parkinson's and my father has Alzheimer's.",
        "Is Addison's disease the same as adrenal insufficiency?",
        "Graves' disease runs in my family; Bell's palsy too.",
        "My cousin has Asperger's, Tourette's and Cushing's.",
        "Down syndrome babies often have heart defects.",
        "Lou Gehrig's disease scares me.",
        "I'm on Yasmin and switched from Sprintec to Heather.",
        "Took Ella the morning after. Allegra stopped working.",
        "Lexapro 10 mg, then Wellbutrin 150 mg 2x daily.",
        "I'm 34 and I've had palpitations since March 3.",
        "On May 5th my fever started.",
        "I had surgery on 03/14/2023 and still have numbness.",
        "I was born in 1985 and my cholesterol is 260.",
        "Take 2 tablets 3 times a day with food.",
        "It's a 2 hour drive to the nearest specialist.",
        "BP 120/80, pulse 88, 1,200 mg calcium, HbA1c 6.5%.",
        "Platelets 145,000 and vitamin D 50,000 IU weekly.",
        "Dr. told me to rest.",
        "The Dr. said it's nothing.",
        "Doctor Google says I'm dying; Dr. Oz sells supplements.",
        "Dr. Scholl's insoles helped my plantar fasciitis.",
        "Mayo Clinic and Cleveland Clinic say this is rare.",
        "I was treated at St Mary's Hospital; Johns Hopkins next.",
        "Henry Ford Hospital did my knee replacement.",
        "I moved to Austin last year and my allergies exploded.",
        "Virginia has a long wait for the ADHD clinic.",
        "Will this rash go away? May I take antihistamines?",
        "Ginger tea, rosemary oil and jasmine tea.",
        "PLEASE HELP MY SON HAS A FEVER OF 104",
        "My Sister Has Lupus And Now Kidney Problems",
        "e.g. 2000 IU, i.e. the normal dose, glucose 112 mg/dL.",
        "Version 2.4.1 of the app crashes.",
        "Called the crisis line at 1-800-273-8255 last night.",
        "Eli Lilly's patient assistance program covers insulin.",
        "The insurance policy covers 80% after the deductible.",
        "I paid with my Visa ending in 4242.",
        "Thanks in advance!",
        "Thank you, Worried Mom",
        "the dr office never called me back",
        "St. John's wort interacts with my birth control?",
        "Room 12 on the 4th floor has a broken call button.",
        "I'm Just tired. I'm Not sure. I'm Here.",
        "The drug's name is Qulipta and it helps.",
        "Started Zoloft on 1/15, due date is 7/14/2025.",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert found(text) == []


# --- mask() -------------------------------------------------------------------------------------


def test_mask_replaces_each_kind_with_its_placeholder() -> None:
    text = (
        "I'm Tom, DOB 03/14/1985, call 415-555-0132 or tom@example.com. I live at 42 Elm "
        "Street. MRN 00482913. https://example.org/me"
    )
    assert mask(text) == (
        "I'm [name removed], DOB [date of birth removed], call [phone removed] or "
        "[email removed]. I live at [address removed]. MRN [ID removed]. [link removed]"
    )


def test_mask_without_phi_is_identity() -> None:
    text = "I have Crohn's and take 50 mg azathioprine."
    assert mask(text) == text


def test_mask_with_given_spans() -> None:
    text = "Dr. Patel said hi"
    spans = [Span(4, 9, Kind.PERSON_NAME, "Patel")]
    assert mask(text, spans) == "Dr. [name removed] said hi"
    assert mask(text, []) == text


def test_mask_rejects_stale_or_overlapping_spans() -> None:
    with pytest.raises(ValueError):
        mask("Dr. Patel said hi", [Span(4, 9, Kind.PERSON_NAME, "Smith")])
    with pytest.raises(ValueError):
        mask(
            "Dr. Patel said hi",
            [Span(4, 9, Kind.PERSON_NAME, "Patel"), Span(6, 9, Kind.PERSON_NAME, "tel")],
        )


def test_every_kind_has_a_placeholder() -> None:
    assert set(phi.PLACEHOLDERS) == set(Kind)


# --- API shape, offsets, purity -----------------------------------------------------------------


def test_span_is_a_frozen_dataclass_and_kind_compares_as_str() -> None:
    span = find("Call me at (415) 555-0132.")[0]
    assert dataclasses.is_dataclass(span)
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 0  # type: ignore[misc]
    assert span.kind == "PHONE" and str(span.kind) == "PHONE"
    assert {k.value for k in Kind} == {
        "PERSON_NAME", "PHONE", "EMAIL", "DATE_OF_BIRTH", "ADDRESS", "SSN", "MRN",
        "INSURANCE_ID", "URL", "IP", "CREDIT_CARD",
    }  # fmt: skip


def test_offsets_sorted_and_non_overlapping_on_a_busy_text() -> None:
    text = (
        "My name is Rachel Kim, DOB 07/22/1990, MRN 33451009, SSN 401-22-8123. I live at "
        "455 Park Avenue, New York, NY 10022. Call 646-555-0187 or rachel.kim@gmail.com. "
        "Card 4111 1111 1111 1111, IP 203.0.113.9, blog rachelsgut.com. Dr. Shah and my son "
        "Leo (6) say hi.\n\nThanks,\nRachel"
    )
    spans = find(text)
    assert {str(s.kind) for s in spans} == {k.value for k in Kind} - {"INSURANCE_ID"}
    for s in spans:
        assert text[s.start : s.end] == s.text
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aA1 .,:-/@()#'\nDrMy0+é")), max_size=120))
def test_offsets_always_match_on_arbitrary_text(text: str) -> None:
    spans = find(text)
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
    assert mask(text, spans).count("[") >= len(spans)


def test_deterministic_and_handles_edge_inputs() -> None:
    text = "my husband John, 415-555-0132, 42 Elm Street"
    assert find(text) == find(text)
    assert find("") == []
    assert find("   \n") == []
    with pytest.raises(TypeError):
        find(None)  # type: ignore[arg-type]


def test_docstring_examples() -> None:
    assert doctest.testmod(phi).failed == 0


def test_importing_and_calling_does_not_import_django() -> None:
    code = (
        "import sys\n"
        "from weighin.safety import phi\n"
        "phi.mask('I am Tom, call 415-555-0132')\n"
        "bad = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))\n"
        "assert not bad, bad\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env["PYTHONPATH"] = str(ROOT / "src")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


# --- The labelled dev set -----------------------------------------------------------------------


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_phi", ROOT / "bench" / "eval_phi.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_dev_set_meets_the_targets() -> None:
    ev = _eval_module()
    rows = ev.load(ROOT / "tests" / "data" / "phi_dev.jsonl")
    assert len(rows) >= 250
    result = ev.score(rows)
    assert ev.failures(result) == [], (result["misses"], result["false_positives"])


@pytest.mark.parametrize("name", ["phi_dev.jsonl", "phi_holdout.jsonl"])
def test_labelled_sets_are_well_formed(name: str) -> None:
    ev = _eval_module()
    rows = ev.load(ROOT / "tests" / "data" / name)
    assert len(rows) >= (250 if name == "phi_dev.jsonl" else 80)
    for row in rows:
        spans = sorted(row["spans"], key=lambda s: s["start"])
        for a, b in itertools.pairwise(spans):
            assert a["end"] <= b["start"], row["text"]
