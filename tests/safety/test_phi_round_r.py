"""PHI round R (blind set R, 2026-11-27, read after it was scored): writers from many countries,
their phones, cards, record numbers, dates and addresses, by mechanism, with the look-alikes that
must stay unmasked. No database, no Django."""

from __future__ import annotations

import pytest

from weighin.safety.phi import find


def found(text: str, learned: bool = False) -> list[tuple[str, str]]:
    return [(s.text, str(s.kind)) for s in find(text, learned=learned)]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # a signature's phone line, the street on the next line
        ("Cheers,\nMaya Brook\nMob: 0423 117 845\n9 Wattle St, Carlton VIC 3053", "0423 117 845"),
        # "my number" as askers mixing Hindi or Spanish into English write it
        ("Papa ko sugar hai. Mera number 98765 43210 hai, call karo.", "98765 43210"),
        ("Mi número es 612 345 678, gracias", "612 345 678"),
    ],
)
def test_phones_on_one_line_and_in_mixed_languages(text: str, phone: str) -> None:
    assert (phone, "PHONE") in found(text)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # an insurer or plan as a field's label beats the phone shape of its number
        ("Name: Kai Tan\nMedicare: 2953 18470 3\nResult: normal", "2953 18470 3", "INSURANCE_ID"),
        ("My MSP number is 9876 543 210, is the visit covered?", "9876 543 210", "INSURANCE_ID"),
        ("Does PhilHealth (12-345678901-2) cover dialysis?", "12-345678901-2", "INSURANCE_ID"),
        ("They want my HMO number AXL/7781/2290 before admission", "AXL/7781/2290", "INSURANCE_ID"),
        ("Mi póliza de Mapfre: MP-5528190-07", "MP-5528190-07", "INSURANCE_ID"),
        # a record number with a dotted prefix
        ("Hospital ID KMC.0045129876, please advise", "KMC.0045129876", "MRN"),
        # Turkish file and protocol numbers; a file numbered by year is no US phone
        ("Hastane dosya numarasını istediler: 2023/551902.", "2023/551902", "MRN"),  # noqa: RUF001
        ("Protokol numaram 662014, sonuç ne zaman çıkar?", "662014", "MRN"),  # noqa: RUF001
        # the Indonesian identity number after "saya" (my)
        ("Di puskesmas minta NIK saya 3578014407910002 untuk BPJS.", "3578014407910002", "SSN"),
    ],
)
def test_labels_in_many_countries_name_their_numbers(text: str, value: str, kind: str) -> None:
    assert (value, kind) in found(text)


def test_a_us_phone_with_a_slash_after_its_area_code_stays_a_phone() -> None:
    assert ("312/555-0147", "PHONE") in found("Call me at 312/555-0147 after six")


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("Nama saya Rina, lahir 9 Agustus 1990, hamil 12 minggu.", "9 Agustus 1990"),
        ("Unsere Tochter Mia wurde am 03.02.2017 geboren und hustet seit Tagen.", "03.02.2017"),
        ("Babam 12 Ekim 1950 doğumlu, şeker hastası.", "12 Ekim 1950"),  # noqa: RUF001
    ],
)
def test_dates_of_birth_with_other_languages_months_and_cues(text: str, dob: str) -> None:
    assert (dob, "DATE_OF_BIRTH") in found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("We live at Blk 4 Lot 19, Sampaguita St., Quezon City.", "Blk 4 Lot 19"),
        ("Nasa #17 Mabini Ave., Poblacion kami.", "#17 Mabini Ave."),
        ("Adres: Atatürk Cad. No: 45 D: 3, Çankaya/Ankara", "Atatürk Cad. No: 45 D: 3"),
        ("Kami di Perumahan Bumi Indah Blok A3 No. 7", "Perumahan Bumi Indah Blok A3 No. 7"),
    ],
)
def test_addresses_in_philippine_turkish_and_indonesian_forms(text: str, address: str) -> None:
    spans = [t for t, k in found(text) if k == "ADDRESS"]
    assert any(address in t for t in spans), spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Oğlum Deniz 8 yaşında, ateşi var.", "Deniz"),  # noqa: RUF001
        ("Bidan Wulan bilang tensi saya normal.", "Wulan"),
        ("my grandmother Smt. Kamala Iyer, 80, fell yesterday", "Kamala Iyer"),
    ],
)
def test_kin_and_roles_in_other_languages_and_honorifics(text: str, name: str) -> None:
    names = [t for t, k in found(text) if k == "PERSON_NAME"]
    assert names == [name]


@pytest.mark.parametrize(
    "text",
    [
        "We flew into Port Moresby and he got a fever",
        "Ich habe Schmerzen an den Fingern seit Montag",
        "Saya hamil 20 minggu dan sering mual",
        "Is Gardasil worth it at 40?",
    ],
)
def test_places_german_nouns_and_indonesian_words_are_not_names(text: str) -> None:
    assert [t for t, k in found(text, learned=True) if k == "PERSON_NAME"] == []
