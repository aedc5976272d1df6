"""What the triage round tests share: a labelled set's three target figures, as assess gives them
(emergency recall, self-harm recall, routine texts read as emergencies)."""

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
