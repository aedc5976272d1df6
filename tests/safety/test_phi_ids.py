"""The PHI detector on dates of birth, record numbers, insurance and national ID numbers and
phones as patients write them in many forms and languages (round 2), and the numbers and dates
next to such words that must stay unmasked. No database, no Django."""

from __future__ import annotations

import pytest

from weighin.safety.phi import find


def spans_of(text: str, kind: str) -> list[str]:
    return [s.text for s in find(text) if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("DOB 03-May-1985 - floaters", "03-May-1985"),
        ("dob:19850503 need help", "19850503"),
        ("date of birth 05 03 1985, male", "05 03 1985"),
        ("my b'day is 7/4/1988, I'm worried", "7/4/1988"),
        ("1985-05-03 (my date of birth) - is it right?", "1985-05-03"),
        ("My daughter (b. 03/11/2016) keeps coughing", "03/11/2016"),
        ("patient: me, b. 1978-10-21, male", "1978-10-21"),
        ("my mother was born in Lisbon on 3 May 1948 and", "3 May 1948"),
        ("twins born at 32 weeks on 02/14/2023 and", "02/14/2023"),
        ("geboren am 14. März 1985, und habe Fieber", "14. März 1985"),
        ("Geburtsdatum: 14.03.1985 - Blutdruck", "14.03.1985"),
        ("geb. 02.07.1961, Diabetes", "02.07.1961"),
        ("Je suis née le 3 mai 1985 et", "3 mai 1985"),
        ("date de naissance : 03/05/1985", "03/05/1985"),
        ("fecha de nacimiento: 12/03/1990, tengo", "12/03/1990"),
        ("Nací el 3 de mayo de 1985 y tengo", "3 de mayo de 1985"),
        ("nasci em 15 de agosto de 1972 e", "15 de agosto de 1972"),
        ("data di nascita 12/03/1990, ho", "12/03/1990"),
        ("geboortedatum 21-06-1983, ik", "21-06-1983"),
        ("my date-of-birth is 30/04/66 and", "30/04/66"),
        ("Fecha nac. 12/03/1990, dolor lumbar", "12/03/1990"),
        ("D/O/B 02/02/1979, liver enzymes", "02/02/1979"),
        ("DOB 02FEB1979 per my discharge form", "02FEB1979"),
    ],
)
def test_dates_of_birth_in_more_forms_and_languages(text: str, dob: str) -> None:
    assert spans_of(text, "DATE_OF_BIRTH") == [dob]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("MR# 4471-2290 at St. Mary's", "MRN", "4471-2290"),
        ("pt ID 77812934 - why was it flagged?", "MRN", "77812934"),
        ("UR number 0012345 at the Royal Melbourne", "MRN", "0012345"),
        ("URN: 00983412, discharged", "MRN", "00983412"),
        ("my unit number at the Alfred is 1234567", "MRN", "1234567"),
        ("UHID MH-2023-11873, Apollo hospital", "MRN", "MH-2023-11873"),
        ("Patientennummer 4711023, Entlassbrief", "MRN", "4711023"),
        ("numéro de dossier DOS-20231145, CHU", "MRN", "DOS-20231145"),
        ("número de historia clínica HC-0098123", "MRN", "HC-0098123"),
        ("número do prontuário 883321, Hospital", "MRN", "883321"),
        ("my MRN at Kaiser is 1100234987 if", "MRN", "1100234987"),
        ("my insurance member number is ZGP 8842 1190", "INSURANCE_ID", "ZGP 8842 1190"),
        ("my Blue Cross ID is XEH 912345678", "INSURANCE_ID", "XEH 912345678"),
        ("Versichertennummer A123456780, TK", "INSURANCE_ID", "A123456780"),
        ("meine Krankenversicherungsnummer ist T555123456", "INSURANCE_ID", "T555123456"),
        ("carte vitale 2 85 05 78 006 084 36", "INSURANCE_ID", "2 85 05 78 006 084 36"),
        ("my member number for Cigna is U48211903", "INSURANCE_ID", "U48211903"),
        ("claim number CLM-2024-118832 for", "INSURANCE_ID", "CLM-2024-118832"),
        ("Med. Rec. # 00-44-1932", "MRN", "00-44-1932"),
        ("ID # on my insurance card: YRB 445 12 9981", "INSURANCE_ID", "YRB 445 12 9981"),
        ("my patient number at the clinic is P-44321", "MRN", "P-44321"),
        ("Hosp. No. 44321-7, discharged Friday", "MRN", "44321-7"),
        ("Enc #: 889123004 from the ER visit", "MRN", "889123004"),
        ("CSN 12345678 on my after visit summary", "MRN", "12345678"),
        ("CHI: 0101011234, my GP", "MRN", "0101011234"),
        ("Mbr ID W123456789, prior auth pending", "INSURANCE_ID", "W123456789"),
        ("Grp # 0045512 on the back", "INSURANCE_ID", "0045512"),
        ("Aetna member 123456789, out of network", "INSURANCE_ID", "123456789"),
        ("my ins. ID is QZX443219", "INSURANCE_ID", "QZX443219"),
        ("Pol # 88-1123-4, Allstate health", "INSURANCE_ID", "88-1123-4"),
        ("numéro de sécurité sociale 1 85 05 78 006 084 36", "SSN", "1 85 05 78 006 084 36"),
    ],
)
def test_record_insurance_and_national_ids(text: str, kind: str, value: str) -> None:
    found = [(str(s.kind), s.text) for s in find(text)]
    assert found == [(kind, value)]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("whatsapp me: wa.me/447911123456", "447911123456"),
        ("tel:+14155550132 is best", "+14155550132"),
        ("call me at 123-456-7890", "123-456-7890"),
        ("phone: 44 7911 123456", "44 7911 123456"),
        ("my mobile no. 98765 43210 (India)", "98765 43210"),
        ("my number: 91-98765-43210", "91-98765-43210"),
    ],
)
def test_phones_in_links_and_made_up_shapes(text: str, phone: str) -> None:
    assert spans_of(text, "PHONE") == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "My son was born with a heart murmur and now, at 6, he tires easily.",
        "Born in 1985, diagnosed with lupus in 2019, now on hydroxychloroquine.",
        "He was born premature. On 04/02/2021 he had heart surgery.",
        "Hepatitis B. 03/12/2020 was my second dose.",
        "My baby is due on 2025-03-14, can I take paracetamol?",
        "I've been a patient at that clinic for 10 years.",
        "Patient number 3 in the study died of sepsis.",
        "My vaccine lot number was EL9262, is that batch recalled?",
        "The NDC on the bottle is 0002-8215-01, is it the generic?",
        "call 800-273-8255 if you are in crisis",
        "For flowers call 1-800-FLOWERS.",
        "Take 1-2-1 tablets, morning noon night",
        "MRI number 3 showed a lesion",
        "Does Medicare Part B cover 80% of a CT scan?",
        "My member ID card got lost, how do I get a new one?",
        "Patient was born at term, APGAR 9/10 at 5 minutes.",
        "Case 2 in the paper had the same rash as me.",
        "My insurance plan covers 12 visits a year.",
        "Group 3 of the trial took 20 mg daily.",
    ],
)
def test_no_phi_next_to_cue_words(text: str) -> None:
    assert find(text) == []


# --- Round 3: abbreviated cues, slashed IDs, more national phone and address forms -------------


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Mbr 8842119903, my plan denied my MRI", "INSURANCE_ID", "8842119903"),
        ("Grp 00471-22, does my plan cover PT?", "INSURANCE_ID", "00471-22"),
        ("Member: 123456789, claim rejected", "INSURANCE_ID", "123456789"),
        ("Subscriber: 884512093. Hearing aids?", "INSURANCE_ID", "884512093"),
        ("Enrollee ID 77189002 - dental", "INSURANCE_ID", "77189002"),
        ("Insured ID: XKM123456789 - covered?", "INSURANCE_ID", "XKM123456789"),
        ("Hosp. reg. no. 22/4471, discharge summary", "MRN", "22/4471"),
        ("IP No: 2023/11/4567, admitted last week", "MRN", "2023/11/4567"),
        ("UHID: MH/2023/00981, my father is in the ICU", "MRN", "MH/2023/00981"),
        ("Patient: Ahmed Khan | D.O.B. | 1977-02-14 | Dx", "DATE_OF_BIRTH", "1977-02-14"),
        ("date of birth (dd/mm/yyyy): 09/10/1984.", "DATE_OF_BIRTH", "09/10/1984"),
        ("Age/DOB: 34 / 06-06-1990. Breathless", "DATE_OF_BIRTH", "06-06-1990"),
        ("dob- 11 Nov 82, sore throat", "DATE_OF_BIRTH", "11 Nov 82"),
        ("d-o-b 12/12/1980, lower back pain", "DATE_OF_BIRTH", "12/12/1980"),
        ("call 0803 123 4567 pls, bleeding a little", "PHONE", "0803 123 4567"),
        ("number: 98765-43210, my mother is diabetic", "PHONE", "98765-43210"),
        ("fone: (11) 3456-7890, pressão alta", "PHONE", "(11) 3456-7890"),
        ("WeChat / phone: 139 1234 5678, my mother", "PHONE", "139 1234 5678"),
        ("my eircode is D02 AF30, which hospital?", "ADDRESS", "D02 AF30"),
        ("HC 64 Box 1020 is my mail address", "ADDRESS", "HC 64 Box 1020"),
        (
            "We live at 1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002, any clinic?",
            "ADDRESS",
            "1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002",
        ),
        (
            "House No. 45, Sector 21, Gurgaon, Haryana 122001 - home care",
            "ADDRESS",
            "House No. 45, Sector 21, Gurgaon, Haryana 122001",
        ),
        (
            "#12, 3rd Cross, 5th Main, Indiranagar, Bangalore 560038 is home",
            "ADDRESS",
            "#12, 3rd Cross, 5th Main, Indiranagar, Bangalore 560038",
        ),
        ("Flat 2, 17 Marine Parade, Brighton - damp", "ADDRESS", "Flat 2, 17 Marine Parade"),
    ],
)
def test_round3_forms(text: str, kind: str, value: str) -> None:
    assert spans_of(text, kind) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Grp A strep positive, on amoxicillin 500 mg 3 times a day",
        "Group 2 of the trial got placebo for 12 weeks",
        "Member of the gym for 5 years, 3 sessions a week",
        "Box 3 of the form asks for allergies",
        "ISBN 978-0-14-312755-0 is the book my doctor recommended",
        "Order #112-4456789-1234567 from the pharmacy has not arrived",
        "Call 911 or 988 if you feel unsafe, or Poison Control at 1-800-222-1222",
        "call 0800 123 4567 for the helpline",
        "TTY users should call 18774862048.",
        "platelets 150 000, WBC 4 500, neutrophils 2 100",
    ],
)
def test_round3_hard_negatives(text: str) -> None:
    assert find(text) == []
