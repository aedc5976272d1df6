"""What the triage round and review tests share: a labelled set's three target figures, as assess
gives them (emergency recall, self-harm recall, routine texts read as emergencies), and the
check that a review's look-alike is read no further from its judgement than at the start."""

from __future__ import annotations

import json
from pathlib import Path

from weighin.safety.triage import assess

DATA = Path(__file__).resolve().parents[1] / "data"
_RANK = {"routine": 0, "urgent": 1, "emergency": 2}


def target_figures(name: str) -> tuple[int, float, bool, float]:
    """(texts, emergency recall, every self-harm text caught, routine -> emergency rate)."""
    text = (DATA / name).read_text(encoding="utf-8")
    pairs = [(r, assess(r["text"])) for r in map(json.loads, filter(str.strip, text.splitlines()))]
    em = [p.level == "emergency" for r, p in pairs if r["level"] == "emergency"]
    sh = [
        p.category == "self_harm" and p.level != "routine"
        for r, p in pairs
        if r["category"] == "self_harm" and r["level"] != "routine"
    ]
    fa = [p.level == "emergency" for r, p in pairs if r["level"] == "routine"]
    return len(pairs), sum(em) / len(em), all(sh), sum(fa) / len(fa)


def assert_meets_targets(*names: str) -> None:
    """Each blind set, after its round: 300 texts, every target met."""
    for name in names:
        n, emergency_recall, all_self_harm, false_alarms = target_figures(name)
        assert n == 300, name
        assert emergency_recall >= 0.98, (name, emergency_recall)
        assert all_self_harm, name
        assert false_alarms <= 0.05, (name, false_alarms)


# --- Raised on purpose by the backstop's urgent -> emergency raise --------------------------
# At 0.90 since 2026-11-29 (bench/triage_thresholds.py, URGENT_FLOOR; bench/REPORT.md): on seven new
# writers' sets (2,100 texts nobody had tuned on) 0.90 read 7 more of their 630 emergencies than
# 0.99 did, and added no false alarm on their 980 routine texts and not one urgent text read as an
# emergency among their 490. These pinned texts the rules read as urgent and the model, near certain
# (0.90-0.99), as emergencies. Several are what an emergency department would see today (urine that
# will not come with pain, a child's right-sided pain and vomiting for 12 hours, a handlebar to the
# belly then cola-coloured urine, a racing heart for three hours, breathlessness lying flat in
# pregnancy, a 68-year-old's sudden breathless sweat after a run); the rest are over-triage, never a
# danger. A text here may be read as urgent or as an emergency, never lower.
URGENT_RAISED = frozenset(
    {
        "Sudden pain in the back of my calf like I got kicked, can't walk on tiptoe",
        "My daughter (12) has had tummy pain for 12 hours, now worse on the right side and she's "
        "vomiting",
        "My husband can't pee and is in a lot of pain in his lower belly",
        "he went down during the match and his chest hurts from the tackle",
        "with af my dad cant have ibuprofen right? i suddenly have severe period pain in my tummy",
        "my 9 year old came off his scooter onto the handle and now his wee looks like coke",
        "after the nebuliser his wheeze has stopped and he's sleepy, sats 97, breathing easy",
        "im 68, after my run i suddenly felt breathless, sweaty and sick but it passed after 5 "
        "minutes sitting down",
        "had a seizure at 17. 20 now, and i just had another one at work",
        "tight feeling in my chest for like 10 mins then it goes",
        "my 3yo got into my bag and licked some of my diclofenac gel, not sure how much, she had "
        "the tube open in her mouth",
        "my husband was fitting on the floor earlier, he's epileptic and it was a short one, now "
        "asleep",
        "heart has been going so fast for 3 hours now and wont slow down even lying down",
        "legs are so heavy after my first spin class and my arms too, found it hard to breathe "
        "during the class",
        "pregnant, legs are heavy and swollen and my hands are swelling too, hard to breathe lying "
        "flat",
        "made a cut in my leg shaving, wont stop bleeding much",
        "shes crying so hard she cant get a sentence out, she fell off her bike and her wrist "
        "looks bent",
    }
)


def level_as_pinned(text: str, level: str) -> bool:
    """Whether ``text`` reads at ``level``, or, for a text in ``URGENT_RAISED``, above it."""
    got = assess(text).level
    if text in URGENT_RAISED:
        return _RANK[got] >= _RANK[level]
    return got == level


# --- Reviews' look-alikes: each with the start's verdict and the reviewer's judgement --------


def review_cases(name: str) -> list[dict]:
    """A review file's cases (``tests/data/review_triage_*.jsonl``)."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _distance(level: str, self_harm: bool, judged: str, judged_self_harm: bool) -> float:
    return abs(_RANK[level] - _RANK[judged]) + (0.5 if self_harm != judged_self_harm else 0)


def read_worse_than_at_the_start(case: dict) -> tuple | None:
    """The verdict now, when it is further from the reviewer's judgement than the start's was;
    None when it is not."""
    a = assess(case["text"])
    self_harm = a.category == "self_harm" and a.level != "routine"
    now = _distance(a.level, self_harm, case["judged"], case["judged_self_harm"])
    start = _distance(
        case["start_level"], case["start_self_harm"], case["judged"], case["judged_self_harm"]
    )
    return (a.level, a.category, a.reasons) if now > start else None
