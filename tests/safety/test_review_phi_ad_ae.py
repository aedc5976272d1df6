"""PHI: what the end-of-session review of rounds AD and AE found (2026-11-27). A helper wrote
494 look-alikes of the round's changes (handles, families, chat speakers, cards, NHS numbers,
numbers written again, codes) against the session's start; 141 were read worse, all mended.
A sample of each family is pinned here with the spans the writer gave (none, for most), as
`find` returns them with the learned tagger.
"""

from __future__ import annotations

import pytest

from weighin.safety.phi import find

CASES = [
    (
        "Member number 8011 2345 6789 0124, card replaced after I lost my wallet.",
        [["8011 2345 6789 0124", "INSURANCE_ID"]],
    ),
    (
        "paying for parking every day is killing me, my ticket number was 1234 5678 9012 3 hahaha",
        [],
    ),
    (
        "Payment was refused; Cigna member ID 5500 1234 0000 9876 according to the letter.",
        [["5500 1234 0000 9876", "INSURANCE_ID"]],
    ),
    (
        "My GHIC number is 8044 0012 3456 7890, the card arrived last week.",
        [["8044 0012 3456 7890", "INSURANCE_ID"]],
    ),
    (
        "Recep: no appointments till next week\nMe: but I'm in agony",
        [],
    ),
    (
        "Uro: PSA is 6.2\nMe: is that cancer?",
        [],
    ),
    (
        "Gastro: it's probably IBS\nMe: but I'm losing weight",
        [],
    ),
    (
        "Dx: gastritis\nRx: omeprazole 20mg\nMe: how long do I take it?",
        [],
    ),
    (
        "Triage coded her as green; pt 90012387, age 4, my daughter, fever 40.",
        [["90012387", "MRN"]],
    ),
    (
        "coded as follow-up; pt 44512098, seen by Dr Ama Boateng.",
        [["44512098", "MRN"], ["Ama Boateng", "PERSON_NAME"]],
    ),
    (
        "Coded as a fall; pt 60021934, 81 years old, my nan.",
        [["60021934", "MRN"]],
    ),
    (
        "Birch pollen allergy and the Betulaceae family cross-react with hazelnuts.",
        [],
    ),
    (
        "The Picornaviridae family includes hand foot and mouth disease.",
        [],
    ),
    (
        "Cucumbers and melons are in the Cucurbitaceae family and make my mouth itch.",
        [],
    ),
    (
        "The Coronaviridae family includes the common cold viruses too.",
        [],
    ),
    (
        "@marie_curie_uk nurses were there at the end for my dad.",
        [],
    ),
    (
        "@kelly.clarkson talked about her thyroid on the show.",
        [],
    ),
    (
        "@florence.nightingale.foundation posted about nurse burnout",
        [],
    ),
    (
        "@ruby.wax wrote a great book on mindfulness and depression.",
        [],
    ),
    (
        "I spoke to the Evelina family services team about my son's stay.",
        [],
    ),
    (
        "Calling the Alfred family liaison office didn't help at all.",
        [],
    ),
    (
        "We're staying in the Rosie family accommodation while my baby is in NICU.",
        [],
    ),
    (
        "My NHS number is on the app. The US pharmacy number is 8005550199 if anyone needs it.",
        [],
    ),
    (
        "NHS number request form done. Please contact me at 617 555 0123 if anything's missing.",
        [["617 555 0123", "PHONE"]],
    ),
    (
        "The NHS number field said invalid when I typed 400 000 0000, the number on the "
        "sample form.",
        [],
    ),
    (
        "Can the pharmacy find me without my NHS number? My number is 312 555 0178.",
        [["312 555 0178", "PHONE"]],
    ),
    (
        "DOB 09/09/1999 — I'm not diabetic but my HbA1c on 10/10/2023 was 44.",
        [["09/09/1999", "DATE_OF_BIRTH"]],
    ),
    (
        "My MRN is 48291037 and the vaccine lot was 59201837.",
        [["48291037", "MRN"]],
    ),
    (
        "My MRN is 48291037 and the parking permit is 48299999, do I need both for the clinic?",
        [["48291037", "MRN"]],
    ),
    (
        "MRN 4829103 and the ward extension 4821100 if the nurses need to call back.",
        [["4829103", "MRN"]],
    ),
]


@pytest.mark.parametrize(("text", "gold"), CASES)
def test_review_phi_ad_ae(text, gold):
    # with the learned tagger: some of these were its spans
    # (a span counts when it overlaps the writer's of the same kind, as in eval_phi)
    spans = [(s.text, str(s.kind)) for s in find(text)]

    def same(a: tuple[str, str], b: tuple[str, str]) -> bool:
        return a[1] == b[1] and (a[0] in b[0] or b[0] in a[0])

    assert all(any(same(s, tuple(g)) for s in spans) for g in gold), spans
    assert all(any(same(s, tuple(g)) for g in gold) for s in spans), spans
