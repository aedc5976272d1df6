"""What the triage round and review tests share: a labelled set's three target figures, as assess
gives them (emergency recall, self-harm recall, routine texts read as emergencies), and the
check that a review's look-alike is read no further from its judgement than at the start."""

from __future__ import annotations

import json
from pathlib import Path

from weighin.safety.triage import assess

DATA = Path(__file__).resolve().parents[1] / "data"


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


# --- Reviews' look-alikes: each with the start's verdict and the reviewer's judgement --------
_RANK = {"routine": 0, "urgent": 1, "emergency": 2}


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
