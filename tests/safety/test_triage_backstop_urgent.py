"""The backstop's raise of an urgent finding to an emergency, and the picker that sets it.

The raise was off for months because of a NaN in the threshold picker
(``bench/triage_thresholds.py``), not because its budget said so; these tests pin both the wiring
and the mend.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from weighin.safety.triage import verdict
from weighin.safety.triage.model import DATA, Model

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from triage_thresholds import URGENT_FLOOR, added_per_file  # noqa: E402

# The rules read this as urgent (a possible broken bone); the tiny model below reads "crumpled"
# as an emergency.
TEXT = "fell off the ladder and i think my wrist is broken, it looks crumpled"


def _model(urgent: float) -> Model:
    return Model(
        {
            "bias": {"emergency": -2.0, "self_harm": -9.0},
            "thresholds": {"self_harm": 0.6, "emergency": 0.5, "routine": 0.9, "urgent": urgent},
            "features": {"w crumpled": [40.0, 0.0]},
        }
    )


def test_the_rules_alone_read_the_text_as_urgent():
    assert verdict.assess_with(TEXT, None).level == "urgent"


def test_a_near_certain_backstop_raises_an_urgent_finding_to_an_emergency():
    a = verdict.assess_with(TEXT, _model(0.99))
    assert a.level == "emergency"
    assert a.category == verdict.assess_with(TEXT, None).category  # the rules' body system
    assert any("learned model" in r for r in a.reasons)


def test_with_the_threshold_off_the_urgent_finding_stands():
    assert verdict.assess_with(TEXT, _model(1.01)).level == "urgent"


def test_the_shipped_model_raises_urgent_findings_only_when_near_certain():
    shipped = Model.load(DATA)
    assert URGENT_FLOOR <= shipped.thresholds["urgent"] <= 1.0


def test_a_file_without_texts_of_a_kind_adds_nothing_to_the_budget():
    nan = float("nan")
    assert added_per_file([0.1, nan, 0.3], [0.05, nan, 0.3]) == [0.1 - 0.05, 0.0, 0.0]
    assert not any(math.isnan(x) for x in added_per_file([nan], [0.2]))
