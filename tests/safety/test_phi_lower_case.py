"""Names typed in lower case on a phone: after an age, a kinship word, a form field, and again
where they stand a second time; and the ordinary words, places and products that look alike."""

from __future__ import annotations

import pytest

from weighin.safety import phi


def names(text: str) -> list[str]:
    return [s.text for s in phi.find(text, learned=False) if s.kind == "PERSON_NAME"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known given name with an age after it
        ("my kids are zoe 7 and mateo 4 both have a barky cough", ["zoe", "mateo"]),
        ("wife: priya 38\nme: arjun 40\nboth got flu jabs friday", ["priya", "arjun"]),
        (
            "grandparents dolores 74 and reggie 76 both on statins, is that ok",
            ["dolores", "reggie"],
        ),
        ("update: (tendai, 81) is home from hospital", ["tendai"]),
        # the name before "my husband" / "is my partner", lower case
        ("kareem my husband 52 snores and stops breathing at night", ["kareem"]),
        # after a kinship word: a given name that is no dictionary word
        ("my husband ali and i both have strep, can we share one bottle", ["ali"]),
        ("my brother in law, and my nanny consuelo, both saw the rash", ["consuelo"]),
        # "it's me" introduces the writer; "dr" before a name ending in -ed
        ("hi dr lee its me deshawn again about my knee", ["lee", "deshawn"]),
        ("my neurologist dr ahmed wants an mri", ["ahmed"]),
        # a form's name field without a colon, the next field ending the name
        ("pt name tendai moyo dob 1980-01-02 insurance pending", ["tendai moyo"]),
        # "X is my <kin>" and "my <kin>s name is X", without apostrophes
        ("sam is my partner and he snores", ["sam"]),
        ("grace is my grandma, shes 88 and fell", ["grace"]),
        ("my grandmas name is hope and she is 90", ["hope"]),
        # the same name again, as it was written
        ("kids: kayden 9 and mila 6. kayden takes ritalin, can mila try it", ["kayden", "mila"]),
    ],
)
def test_lower_case_names_are_found(text: str, expected: list[str]) -> None:
    found = names(text)
    for name in expected:
        assert name in found, (name, found)
    if "kayden takes" in text:
        assert found.count("kayden") == 2 and found.count("mila") == 2, found


@pytest.mark.parametrize(
    "text",
    [
        "try liv 52 tablets for digestion",  # a product and its number, not a name and an age
        "Papa ka angioplasty hua, 2 stent lage",  # a word of another language, then a count
        "grace 2 weeks ago was the last time i took it",  # an English word is never taken so
        "moved to austin 3 years ago and my allergies are worse",  # a place
        "my aunt flo is late this month",  # a euphemism, not an aunt
        "hope is my only option now",  # no kinship word after it
        "the worst part is my back",
        "the patient name field was blank on the form",
    ],
)
def test_lookalikes_in_lower_case_stay_unmasked(text: str) -> None:
    assert names(text) == [], names(text)


def test_a_pasted_chat_names_its_speakers_not_a_forms_labels() -> None:
    chat = "Sister chat:\nNiamh: dad's INR is 5.8\nNoor: is he bleeding?\nNiamh: gums a bit\nMe: ok"
    assert names(chat) == ["Niamh", "Noor", "Niamh"], names(chat)
    # kinship words and "Me" are no names; a form's labels (in any language) are not speakers
    assert names("Mum: are you ok\nMe: yes fine\nMum: ring me") == []
    form = "Paciente: Rosa Lima\nDiagnóstico: asma\nTeléfono: pendiente\nMRN: 00442"
    assert "Diagnóstico" not in names(form) and "Paciente" not in names(form)
