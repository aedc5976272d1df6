"""The PHI detector, round 6: a date of birth written after a name or behind more languages'
cues, identity numbers of more countries (by cue, by checked shape, and named after the number),
record and insurance numbers behind more labels, a phone after "contato", an address field of a
form, and names after family titles, role words, greetings, more kinship words and particles,
repeated names and a name line above an address; with the near misses that must stay unmasked.
No database, no Django."""

from __future__ import annotations

import pytest

from weighin.safety.phi import find


def spans_of(text: str, kind: str) -> list[str]:
    return [s.text for s in find(text) if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a full date right after a name: a label, a record line, a family list
        ("Okafor Chidi, 02/11/1977\nGlucose 9.1", "02/11/1977"),
        ("my sister Ines 14/03/1990 and me, both carriers?", "14/03/1990"),
        ("Twins Ruby & Noah Castellano, 12.06.2020, both have a rash", "12.06.2020"),
        # "b." with a two-digit year, in brackets
        ("re: M. Kowalczyk (b. 9/2/61) - ECG shows LBBB", "9/2/61"),
        # more languages' cues
        ("DDN : 12/04/1976, douleur au genou", "12/04/1976"),
        ("Vår dotter Alva (född 2020-06-15) har feber", "2020-06-15"),
        ("beti ka janam 03-09-2021 ko hua tha", "03-09-2021"),
    ],
)
def test_round6_dobs(text: str, value: str) -> None:
    assert spans_of(text, "DATE_OF_BIRTH") == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Centrelink CRN 318 442 907K and I need a form", "318 442 907K"),
        ("my CRN: 318442907K", "318442907K"),
        ("My Number 9876 5432 1098 for the city hall", "9876 5432 1098"),
        ("Emirates ID 784-1990-7654321-2 please", "784-1990-7654321-2"),
        ("card 784-1979-1234567-8 at the desk", "784-1979-1234567-8"),
        ("KRA PIN P051234567M for the claim", "P051234567M"),
        # checked shapes: Malaysia's MyKad, South Africa's ID number (date and Luhn)
        ("IC 900215-08-5432 and I am pregnant", "900215-08-5432"),
        ("ID 8001015009087 on the form", "8001015009087"),
        # the number first, then whose it is
        ('"112233445" which is my BSN', "112233445"),
        ("123-45-6789 (my SSN) was leaked", "123-45-6789"),
    ],
)
def test_round6_national_ids(text: str, value: str) -> None:
    assert spans_of(text, "SSN") == [value]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("診察券番号 1234-5678 を持っていきます", "MRN", "1234-5678"),
        ("Patient ID on his wristband: 55120983", "MRN", "55120983"),
        ("prontuário número AB-7712034", "MRN", "AB-7712034"),
        ("hospital card number is KNH/2022/55102 and", "MRN", "KNH/2022/55102"),
        # a provincial health card is the number of its public insurance plan (OHIP, MSP)
        ("HCN 9876-543-210-XY", "INSURANCE_ID", "9876-543-210-XY"),
        ("his OHIP card is 1122-334-455-AB", "INSURANCE_ID", "1122-334-455-AB"),
        ("Bonitas medical aid no 44556677 for the scan", "INSURANCE_ID", "44556677"),
        ("NHIS membership 55667788 and the clinic", "INSURANCE_ID", "55667788"),
        ("ESIC card 3100112233 hospital", "INSURANCE_ID", "3100112233"),
        ("Daman card no. 9876-543210-11 insurance", "INSURANCE_ID", "9876-543210-11"),
        # "ID" alone after the subscriber or policyholder is theirs with the insurer
        ("Member: John Okoro, ID A99887766", "INSURANCE_ID", "A99887766"),
        ("Policyholder Ana Lima, ID 7788AB9900 for the claim", "INSURANCE_ID", "7788AB9900"),
    ],
)
def test_round6_record_and_insurance_ids(text: str, kind: str, value: str) -> None:
    assert spans_of(text, kind) == [value]


def test_phone_after_contato() -> None:
    assert spans_of("Contato: (21) 99876-5432, obrigado", "PHONE") == ["(21) 99876-5432"]


def test_address_field_of_a_form_in_lower_case() -> None:
    text = "nom: x | adresse: 14 rue des lilas, 69003 lyon | tel: 06 12 34 56 78"
    assert spans_of(text, "ADDRESS") == ["14 rue des lilas, 69003 lyon"]


def test_city_after_a_postcode_stays_on_its_line() -> None:
    text = "Address: 12 rue des Lilas, 69003 Lyon\nTel: 0612345678"
    assert spans_of(text, "ADDRESS") == ["12 rue des Lilas, 69003 Lyon"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # more kinship words and modifiers, other languages' "my mother"
        ("my lolo Eduardo Dela Paz has a cough", "Eduardo Dela Paz"),
        ("My best mate Robbo broke his wrist", "Robbo"),
        ("my mam Nuala has shingles", "Nuala"),
        ("Meri ammi Shazia Bano ko BP hai", "Shazia Bano"),
        # a family title or a role word with no "my"
        ("Aunt Maureen has COPD", "Maureen"),
        ("the clinic nurse Ingrid said to rest", "Ingrid"),
        ("since grandad eric died she is low", "eric"),
        # titles: the German degree, Irish particles, an initial with no period, lower case
        ("Dr. med. Hoffmann sagt Ruhe", "Hoffmann"),
        ("our GP Dr Ní Bhriain retired", "Ní Bhriain"),
        ("Dr J Okafor and the team", "J Okafor"),
        ("her teacher mrs adebayo called", "adebayo"),
        # a greeting opening a quoted message, a function-word name after a kinship cue
        ('"Hi Priya, the results came back fine"', "Priya"),
        ("my ex Will, who has custody, refuses", "Will"),
        # other languages' "I am", form fields
        ("ako si Maricel Tolentino, 34", "Maricel Tolentino"),
        ("me: Ingrid Solberg, 41, migraines", "Ingrid Solberg"),
        ("Next of kin: Tomasz Wróbel", "Tomasz Wróbel"),
        ("患者氏名 山田 太郎 生年月日 1960年1月2日", "山田 太郎"),
        # a name line above an address
        ("JANE Q. PUBLIC\n14 Elm Street, Springfield, IL 62704", "JANE Q. PUBLIC"),
    ],
)
def test_round6_names(text: str, value: str) -> None:
    assert value in spans_of(text, "PERSON_NAME")


def test_a_name_found_once_is_found_again() -> None:
    text = "my uncle Ravi has gout. Last week Ravi could not walk"
    assert spans_of(text, "PERSON_NAME") == ["Ravi", "Ravi"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a date after a clinician's name or opening a log entry is no birth date
        ("Seen by Dr Amara 03/04/2024 about the rash", "DATE_OF_BIRTH"),
        ("Ines, 03/04/2024: fever again", "DATE_OF_BIRTH"),
        ("Vitamin B. 12/03/24 levels low", "DATE_OF_BIRTH"),
        ("the clinic opened 2021-06-15 and I went in 2022", "DATE_OF_BIRTH"),
        # "CRN" with no Centrelink number after it, numbers that are no one's
        ("the CRN for the course is 40213", "SSN"),
        ("the result was 123456789 which is my highest", "SSN"),
        ("barcode 5012345678900 on the box", "SSN"),
        ("the clinic card was lost at home", "MRN"),
        ("first aid kit 2024 edition", "INSURANCE_ID"),
        # role words, greetings and repeats that name no one
        ("the nurse said to rest, Practitioner visits are on Monday", "PERSON_NAME"),
        ("my aunt flo is late", "PERSON_NAME"),
        ("Uncle Sam takes half my wages lol", "PERSON_NAME"),
        ("Hi everyone, my knee hurts", "PERSON_NAME"),
        ("Hello Doctors, quick question", "PERSON_NAME"),
        ("Will this rash spread?", "PERSON_NAME"),
        ("Re: lab results from March", "PERSON_NAME"),
        ("the mr venogram was normal", "PERSON_NAME"),
        ("she takes Theo-24 every morning", "PERSON_NAME"),
        ("ANNUAL STATEMENT SUMMARY\n14 Elm Street, Springfield, IL 62704", "PERSON_NAME"),
        ("Kind Regards\n14 Elm Street, Springfield, IL 62704", "PERSON_NAME"),
        ("Patrick Swayze had it too, is it curable?", "PERSON_NAME"),
    ],
)
def test_round6_near_misses_stay_unmasked(text: str, kind: str) -> None:
    assert spans_of(text, kind) == []


def test_repeat_of_a_common_word_name_is_not_taken() -> None:
    text = "my son Mark fell. The mark on his knee is red"
    assert spans_of(text, "PERSON_NAME") == ["Mark"]


def test_repeat_after_a_place_preposition_is_the_place() -> None:
    text = "my brother Jordan lives in Jordan now"
    assert spans_of(text, "PERSON_NAME") == ["Jordan"]
