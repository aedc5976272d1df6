"""PHI rounds AB and AC (blind sets, 2026-11-27; read after each was scored once).

AB: parents, grandparents and foster carers writing about children ("our Lily", "little Mo",
"Kiera's mum", "Dev (10)"). AC: messages dictated by voice and posted as transcribed, numbers
read out in words and letters spelled one at a time (``phi/spoken.py``), names in lower case.
Sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.safety.phi_rules import found, names


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "my NHS number is four eight five 777 three two one 9 but the GP can't find it",
            "four eight five 777 three two one 9",
            "MRN",
        ),
        (
            "the form wants my social five two three dash 4 4 dash 8 8 1 9, is that normal",
            "five two three dash 4 4 dash 8 8 1 9",
            "SSN",
        ),
        ("my hospital number was R T 0 0 4 5 5 8 1 on the wristband", "R T 0 0 4 5 5 8 1", "MRN"),
        (
            "please ring me on oh seven seven double 9 0 0 1 2 3 after six",
            "oh seven seven",
            "PHONE",
        ),
        ("text me at plus four four seven nine double one 2 3 4 five six 7", "plus four", "PHONE"),
        ("email k dot mensah at uni dot ac dot gh if you had the same", "k dot mensah", "EMAIL"),
        ("my blog is www dot livingwithlupus dot blogspot dot com full stop", "www dot", "URL"),
        (
            "the app logged my IP as seven eight dot one four dot two two one dot nine",
            "seven",
            "IP",
        ),
        ("my date of birth is two one oh three one nine eight four", "two one", "DATE_OF_BIRTH"),
    ],
)
def test_identifiers_dictated(text: str, value: str, kind: str) -> None:
    spans = [(t, k) for t, k in found(text) if k == kind]
    assert spans and spans[0][0].startswith(value), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # counting and doses in words are no numbers
        "I counted one two three four five six seven eight nine ten breaths a minute",
        "take one or two tablets at three and four o'clock",
        "the plus side is one two three four five six weeks of rest",
        # an address written with digits and dashes is not re-read as a spoken number
        "We live at 1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002, any clinic?",
    ],
)
def test_spoken_look_alikes(text: str) -> None:
    assert [k for _t, k in found(text) if k != "ADDRESS"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dictation keeps "I" and acronyms in capitals; names stay lower case
        ("I asked doctor cho about the shingles jab and she said wait", ["cho"]),
        ("yusuf here my eGFR came back at fifty two and doctor okafor says stage three", None),
        # not a name: what follows "doctor" in other Englishes, a contraction typed without
        # its apostrophe, a nationality
        ("Doctor sahab told me my HbA1c is 9.2", []),
        ("my son is 13 and the doctor hasnt said anything about his weight", []),
        ("korean here, my doctor said i have gastritis", []),
        ("Ontario here in the snow, is my health card still valid?", []),
    ],
)
def test_dictated_and_lower_case_names(text: str, expected: list[str] | None) -> None:
    if expected is None:
        assert names(text) == ["yusuf", "okafor"]
    else:
        assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Little Mo has eczema behind his knees", ["Mo"]),
        ("our Grace's nickname is Gigi and she has alopecia", ["Grace", "Gigi"]),
        ("Stepdaughter Kiera's mum posted our address online", ["Kiera"]),
        ("Writing about my two: Sophie (10) with Crohn's and Noah (7) with coeliac", None),
        # not people: eponyms, saints' hospitals, London hospitals, wards, drugs and districts
        ("I have Crohn's disease and Hashimoto's thyroiditis", []),
        ("the urologist at Guy's wants an MRI", []),
        ("I saw the nurse at St Mary's about it", []),
        ("Nurse Chipo (Ward 6) said he had a settled night", ["Chipo"]),
        ("Dr prescribed Flixotide 2 puffs twice a day", []),
    ],
)
def test_family_names(text: str, expected: list[str] | None) -> None:
    if expected is None:
        assert names(text) == ["Sophie", "Noah"]
    else:
        assert names(text) == expected
