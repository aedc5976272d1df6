"""The PHI detector's learned tagger (``phi.tagger``): what it adds to the rules, what its
plausibility check keeps out (ordinary medical text, places, brands, visit dates, hotlines), the
averaged perceptron that trains it, and the training script's refusal of the blind set.
No database, no Django."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from weighin.safety.phi import Kind, find, name_words, plausible, tagger

ROOT = Path(__file__).resolve().parents[2]


def kinds_found(text: str, *, learned: bool = True) -> list[tuple[str, str]]:
    return [(str(s.kind), s.text) for s in find(text, learned=learned)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names with no cue the rules know, read from their neighbours
        ("my grandmama Odessa been on dialysis 3 times a week", [("PERSON_NAME", "Odessa")]),
        ("so my boo Dashiell has had a fever for 3 days", [("PERSON_NAME", "Dashiell")]),
        (
            "Card holder Rurik Vasquez-Oyelowo, member 77Q2-118-90",
            [("PERSON_NAME", "Rurik Vasquez-Oyelowo"), ("INSURANCE_ID", "77Q2-118-90")],
        ),
    ],
)
def test_the_tagger_adds_what_it_reads(text, expected):
    found = kinds_found(text)
    for item in expected:
        assert item in found
    # what it adds comes from the tagger itself, and find() keeps it
    tagged = [(str(k), text[s:e]) for s, e, k in tagger.learned_spans(text, [])]
    for item in expected:
        assert item in tagged


def test_rules_only_is_a_subset_and_answers_are_stable():
    text = "Card holder Rurik Vasquez-Oyelowo, member 77Q2-118-90, DOB 03/07/1971"
    rules = kinds_found(text, learned=False)
    both = kinds_found(text)
    assert set(rules) <= set(both)
    assert len(both) > len(rules)
    assert [kinds_found(text) for _ in range(3)] == [both] * 3


@pytest.mark.parametrize(
    "text",
    [
        # list items and headings: every line opens with a capitalised medical word
        "Signs may include:\n- Short stature\n- Coxa valga\n- Telangiectasia\n- Myoclonus\n",
        "Features - Hyperreflexia - Respiratory insufficiency - Broad clavicles - High palate",
        # brands before their generic names, eponyms, places and nationalities
        "Is Amaryl (glimepiride) better than metformin for my dad?",
        "What are the signs of Koolen de Vries syndrome in a toddler?",
        "It is most common in people from Sweden and South America.",
        "Dr. X said the scan was normal but the pain is worse",
        "Options include donepezil (Aricept), and beta interferon (Avonex, Betaseron, and Rebif).",
        "What are the symptoms of Dykes Markes Harper syndrome in adults?",
        "Questions to ask:\n- Will I need dialysis?\n- Is my blood pressure where it should be?",
        "Avoiding Noise-Induced Hearing Loss at work, and Alpha-Thalassemia X-Linked forms",
        # visit, due and collection dates are not dates of birth
        "My appointment is on 12/03/2025 at 9:30am and my rash is spreading",
        "Collected: 03/02/2025 07:45  TSH 6.8 mIU/L",
        # hotlines are not identity numbers
        "Read more about the ACA at HealthCare.gov or call 18003182596 for help",
    ],
)
def test_ordinary_medical_text_gets_nothing_from_the_tagger(text):
    assert tagger.learned_spans(text, []) == []


@pytest.mark.parametrize(
    ("text", "span", "kind", "names", "expected"),
    [
        ("Dr. X said it was fine", "X", "PERSON_NAME", [], False),
        ("our OB, Dr. Okonkwo-Reyes, said to wait", "Okonkwo-Reyes", "PERSON_NAME", [], True),
        ("To: Demetrius Hall\nSubject: results", "Hall", "PERSON_NAME", [], True),
        ("Is Cytotec (misoprostol) safe?", "Cytotec", "PERSON_NAME", [], False),
        ("- Large fontanelles\n- Short ribs", "Large", "PERSON_NAME", [], False),
        ("beta interferon (Avonex, Betaseron, and Rebif)", "Rebif", "PERSON_NAME", [], False),
        ("symptoms of Dykes Markes Harper syndrome?", "Markes Harper", "PERSON_NAME", [], False),
        ("Questions:\n- Will I need dialysis?", "Will", "PERSON_NAME", [], False),
        ("my cousin Will thinks she should go", "Will", "PERSON_NAME", [], True),
        ("Avoiding Noise-Induced Hearing Loss", "Noise-Induced", "PERSON_NAME", [], False),
        ("common in Sweden and South America", "South America", "PERSON_NAME", [], False),
        ("Johns Hopkins, Baltimore, MD. Reviewed", "Baltimore", "PERSON_NAME", [], False),
        ("The drug's name is Qulipta and it helps", "Qulipta", "PERSON_NAME", [], False),
        ("the thing Selena Gomez has, lupus", "Selena Gomez", "PERSON_NAME", [], False),
        ("my roomie Zuzanna has a fever", "Zuzanna", "PERSON_NAME", [], True),
        # a form's field label is a cue, not the head of a sentence
        ("Student: Aiyana Whitehorse   Gr. 3", "Aiyana Whitehorse", "PERSON_NAME", [], True),
        ("Parent (Dawn Whitehorse) contacted", "Dawn Whitehorse", "PERSON_NAME", [], True),
        ("My grandpa, Harold (Hal) Ostrowski, is 91", "Hal", "PERSON_NAME", [], True),
        ("Sputum cytology: Abnormal cells", "Abnormal", "PERSON_NAME", [], False),
        ("my son Will has a fever", "Will", "PERSON_NAME", [], True),
        ("my daughter May have strep", "May", "PERSON_NAME", [], False),
        # amounts, counts and products' numbers are not a person's
        ("the chart showed 120000 platelets", "120000", "MRN", [], False),
        ("barcode 5012345678900 on the box", "5012345678900", "SSN", [], False),
        ("my hba1c went from 234567890123 to nothing", "234567890123", "MRN", [], False),
        ("my appointment is 12/03/2025", "12/03/2025", "DATE_OF_BIRTH", [], False),
        ("her date of birth is 12/03/1961", "12/03/1961", "DATE_OF_BIRTH", [], True),
        ("the clinic line, 5th floor", "5th", "DATE_OF_BIRTH", [], False),
        ("NWACHUKWU, Adaeze  03/07/1971", "03/07/1971", "DATE_OF_BIRTH", [17], True),
        ("call 1-888-430-9898 for forms", "1-888-430-9898", "SSN", [], False),
        ("during 2008-2010 twenty cases", "2008-2010", "MRN", [], False),
        ("chart number 00-44-1932 at the clinic", "00-44-1932", "MRN", [], True),
        # a citation's DOI and year are no one's number
        (
            "Review. doi: 10.1111/j.1540-8159.2012.03489.x. Epub",
            "10.1111/j.1540-8159.2012.03489.x",
            "SSN",
            [],
            False,
        ),
        ("Smith, J. (2008). Root canal outcomes", "2008", "SSN", [], False),
        ("member 2008 4417 7731 on my card", "2008 4417 7731", "INSURANCE_ID", [], True),
    ],
)
def test_plausible(text, span, kind, names, expected):
    start = text.index(span)
    end = start + len(span)
    lexicon = tagger._shipped().lexicon
    assert plausible.plausible(text, start, end, kind, lexicon, names) is expected


def test_tokens_and_shapes():
    text = "SSN 123-45-6789, Dr. O'Neil"
    assert [w for _, _, w in tagger.tokens(text)] == [
        "SSN",
        "123-45-6789",
        ",",
        "Dr",
        ".",
        "O'Neil",
    ]
    for s, e, w in tagger.tokens(text):
        assert text[s:e] == w
    feats = tagger.token_features(tagger.tokens(text), 1, text, "O", "O")
    assert "s=ddd-dd-dddd" in feats and "w-1=ssn" in feats


def test_the_shipped_weights_load_and_name_their_training_files():
    data = json.loads(tagger.DATA.read_text(encoding="utf-8"))
    assert data["labels"][0] == tagger.OUT
    assert set(data["kinds"]) <= {str(k) for k in Kind}
    assert "PHONE" not in data["kinds"]  # phones and addresses stay with the rules
    assert data["trained_on"] and all(name.startswith("phi_") for name in data["trained_on"])
    words = name_words.english_words()
    assert len(words) > 100_000
    assert "stature" in words and "hannah" not in words


def test_the_perceptron_learns_a_name_from_its_context(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    import train_phi_tagger as train

    people = ["Ada", "Bram", "Cleo", "Dov", "Esi", "Fen", "Gus", "Hew", "Ivo", "Jun"]
    rows = []
    for who in people:
        text = f"my flatmate {who} has flu and a cough"
        start = text.index(who)
        rows.append(
            {
                "text": text,
                "spans": [{"start": start, "end": start + len(who), "kind": "PERSON_NAME"}],
            }
        )
        rows.append({"text": "my flatmate has flu and a cough", "spans": []})
    model = train.fit(rows, train.lexicon(rows, []))
    learned = tagger.Tagger(model | {"kinds": ["PERSON_NAME"]})
    toks, labels = learned.labels_for("my flatmate Zuri has flu and a cough")
    assert dict(zip([w for _, _, w in toks], labels, strict=True))["Zuri"] == "PERSON_NAME"
    toks, labels = learned.labels_for("my flatmate has flu and a cough")
    assert set(labels) == {tagger.OUT}


def test_training_refuses_the_blind_set(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    import train_phi_tagger as train

    assert train.BLIND
    for blind in train.BLIND:
        path = tmp_path / blind
        path.write_text('{"text": "x", "spans": []}\n')
        with pytest.raises(SystemExit):
            train.load(path)
        assert blind not in [p.name for p in train.phi_files()]


def test_phi_still_imports_without_django():
    code = (
        "import sys; from weighin.safety import phi; "
        "print(phi.find('my grandmama Odessa been on dialysis')[0].kind); "
        "print('django' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["PERSON_NAME", "False"]
