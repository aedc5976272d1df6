"""The PHI detector on the forms written outside the US and UK: street addresses with the type
before the name or joined to it and the postcode before the city, international and national
phone numbers, card numbers behind a payment word; and the numbers that must stay unmasked.
No database, no Django."""

from __future__ import annotations

import pytest

from weighin.safety.phi import find


def spans_of(text: str, kind: str) -> list[str]:
    return [s.text for s in find(text) if s.kind == kind]


# --- Addresses ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # type before the name, number after it, postcode before the city
        (
            "A morada é Rua das Flores 123, 4050-262 Porto, obrigado",
            "Rua das Flores 123, 4050-262 Porto",
        ),
        ("send it to Via Roma 10, 00184 Roma please", "Via Roma 10, 00184 Roma"),
        (
            "I live at Calle de Alcalá 45, 3º B, 28014 Madrid now",
            "Calle de Alcalá 45, 3º B, 28014 Madrid",
        ),
        ("Carrer de Balmes 45, 08007 Barcelona", "Carrer de Balmes 45, 08007 Barcelona"),
        ("ul. Marszałkowska 10, 00-950 Warszawa", "ul. Marszałkowska 10, 00-950 Warszawa"),
        ("Rue d'Alésia 23, Paris", "Rue d'Alésia 23"),
        ("Avenida 9 de Julio 1000, Buenos Aires", "Avenida 9 de Julio 1000"),
        (
            "my mum is at Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
            "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
        ),
        (
            "Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México",
            "Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México",
        ),
        ("send to Calle 72 # 10-34, Bogotá", "Calle 72 # 10-34"),
        # number first (French)
        ("adresse: 77 Rue de Rivoli, 75001 Paris - merci", "77 Rue de Rivoli, 75001 Paris"),
        ("12 rue de la République, 69002 Lyon", "12 rue de la République, 69002 Lyon"),
        ("12 bis avenue Victor Hugo, 69002 Lyon", "12 bis avenue Victor Hugo, 69002 Lyon"),
        # street type joined to the name, or after it
        ("Hauptstraße 5, 10115 Berlin is my practice", "Hauptstraße 5, 10115 Berlin"),
        ("Berliner Straße 12, 80331 München", "Berliner Straße 12, 80331 München"),
        (
            "we moved to Keizersgracht 123, 1015 CJ Amsterdam",
            "Keizersgracht 123, 1015 CJ Amsterdam",
        ),
        ("Bahnhofstrasse 21, 8001 Zürich", "Bahnhofstrasse 21, 8001 Zürich"),
        ("Drottninggatan 45, 111 21 Stockholm", "Drottninggatan 45, 111 21 Stockholm"),
        ("delivers to Nørrebrogade 44 i København", "Nørrebrogade 44"),
        # Commonwealth
        ("Unit 4/12 Smith St, Surry Hills NSW 2010", "Unit 4/12 Smith St, Surry Hills NSW 2010"),
        ("88 Queen St, Auckland 1010 is my work", "88 Queen St, Auckland 1010"),
        ("123 Queen St W, Toronto, ON M5V 2T6", "123 Queen St W, Toronto, ON M5V 2T6"),
        (
            "1234 rue Sainte-Catherine O, Montréal (Québec) H3G 1P1",
            "1234 rue Sainte-Catherine O, Montréal (Québec) H3G 1P1",
        ),
        # a postcode alone, after an address word
        ("my CEP is 01310-100", "01310-100"),
    ],
)
def test_international_addresses(text: str, address: str) -> None:
    assert spans_of(text, "ADDRESS") == [address]


# --- Phones -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("call me at 555.867.5309 after 5pm", "555.867.5309"),
        ("my cell 555-867-5309", "555-867-5309"),
        ("my cell is +351 912 345 678", "+351 912 345 678"),
        ("my mobile is +44 7700 900123", "+44 7700 900123"),
        ("+44 (0)20 7946 0958 is the home line", "+44 (0)20 7946 0958"),
        ("call 0049 30 1234 5678", "0049 30 1234 5678"),
        ("Llámame al +52 1 55 2345 6789", "+52 1 55 2345 6789"),
        ("my number is +61 412 345 678, thanks", "+61 412 345 678"),
        ("mein Handy: 0151 2345 6789", "0151 2345 6789"),
        ("Handy: 0171 2345678, bitte", "0171 2345678"),
        ("tel. 01 42 68 53 00", "01 42 68 53 00"),
        ("llámame al 612 345 678", "612 345 678"),
        ("ligue para (11) 98765-4321", "(11) 98765-4321"),
        ("telefono 347 123 4567", "347 123 4567"),
        ("Mi celular es 55 1234 5678", "55 1234 5678"),
    ],
)
def test_international_phones(text: str, phone: str) -> None:
    assert spans_of(text, "PHONE") == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "phone the hospital on 0800 123 4567",
        "call 1-800-273-8255 for help",
        "or by calling 18008608747.",
        "or by phone (1-800-332-1088).",
        "contact the library toll-free at 888-346-3656",
    ],
)
def test_toll_free_numbers_are_not_a_persons(text: str) -> None:
    assert spans_of(text, "PHONE") == []


# --- Cards --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("Visa 4929-3812-0074-5521 exp 09/27", "4929-3812-0074-5521"),  # fails Luhn: cue
        ("tarjeta 4000 1234 5678 9010", "4000 1234 5678 9010"),
        ("amex 3782 822463 10005", "3782 822463 10005"),
        ("charge my mastercard 5500 0000 0000 0004 please", "5500 0000 0000 0004"),
    ],
)
def test_cards_behind_a_payment_word(text: str, card: str) -> None:
    assert spans_of(text, "CREDIT_CARD") == [card]


@pytest.mark.parametrize(
    "text",
    [
        "insurance card 1234-5678-9012-3456",
        "order number 1234 5678 9012 3456",
        "ref 4111 1111 1111 1112",
    ],
)
def test_numbers_grouped_like_cards_without_a_payment_word_are_not_cards(text: str) -> None:
    assert spans_of(text, "CREDIT_CARD") == []


# --- Hard negatives -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My BP is 120/80 and platelets 250000, Hb 13.5",
        "Blood pressure was 142/91 this morning and 128/84 tonight.",
        "My platelets were 450 000 and then 612 000 a month later.",
        "The code on the letter says ICD-10 M54.5 and K58.0.",
        "Since 14.03.2024 I've had a rash, took 400 mg ibuprofen on 12/05.",
        "Quarterly PSA: 4.1, 4.6, 5.2, 5.9 ng/mL.",
        "the nurse said 37.8 at 22:15, 38.4 at 01:30, then 37.2 by 06:00",
        "Spring 2019 was when it started",
        "I took Via 2 times a day",
        "Route 66 is where I had the crash",
        "In 2020 Berlin hospitals stopped elective surgery.",
        "take 2 tablets, 10115 units of heparin",
        "Amsterdam 2019, Paris 2020",
        "I weigh 75 kg, Strasse 5 mg",
        "Hashimoto's since 2016 and Raynaud's since my teens.",
        "My son weighed 3450 g at birth and is now 9.8 kg at 11 months.",
        "call me on 12.03.2024",
        "my number of pills is 30 60 90 120",
        "ICD-10 E11.9, CPT 99213",
    ],
)
def test_numbers_that_are_not_phi(text: str) -> None:
    assert find(text) == []
