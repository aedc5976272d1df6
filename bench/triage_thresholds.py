"""How ``bench/train_triage.py`` scores a fit and picks the backstop's thresholds.

Each labelled text is scored out of fold (``Scored``: the whole text and its current words),
combined with the rules as ``assess`` combines them (``combined``), and ``pick`` chooses, per
threshold, the lowest value on ``GRID`` above its floor whose added false alarms stay within
budget (the budgets and floors below; the method is in ``train_triage``'s docstring).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from weighin.safety.triage import verdict
from weighin.safety.triage.levels import EMERGENCY, LEVELS
from weighin.safety.triage.model import THRESHOLDS, Model

if TYPE_CHECKING:
    from train_triage import Text

# 0.50 .. 0.95, then 0.97 .. 0.99: a raise from urgent, which the model over-rates when let
# loose, may still be right where it is near certain ("drooling, won't swallow, leaning forward"
# after croup scored 0.997; the rules read urgent)
GRID = (*(round(0.5 + 0.05 * i, 2) for i in range(10)), 0.97, 0.98, 0.99)
MAX_FALSE_ALARMS = 0.015  # pooled over the left-out files
MAX_FALSE_ALARMS_PER_FILE = 0.03
ROUTINE_FLOOR = 0.90
# Self-harm raised on wording alone: not below 0.60. A 39-file fit's cross-validation chose 0.50,
# and real-question self-harm flags rose 43 -> 52 and four pinned look-alikes failed ("sorry
# everyone for the long post, thanks for everything"); every shipped fit so far chose 0.60.
SELF_HARM_FLOOR = 0.60
# An urgent finding raised to an emergency on wording: not below 0.90. On 2026-11-28 it was set
# to 0.99 (near certain) though cross-validation chose 0.90 within budget: the reviewers' pinned
# look-alikes read 9 texts over-triaged at 0.90 (a settled wheeze, a scooter's cola-coloured wee)
# against 1 at 0.99. 2026-11-29, second session: 0.90 again, measured on text nobody had tuned
# on. On seven new writers' sets (2,100 texts: blind BG, BH and BI and four training sets before
# they were trained on), 0.90 read 7 more of 630 emergencies than 0.99 and added no false alarm
# on their 980 routine texts and no emergency among their 490 urgent ones. Of the pinned texts
# it read worse, the clear misreads were the rules' ("fitting" a floor, "confused by the
# instructions"), mended there; the rest are named in tests/safety/triage_sets.py (URGENT_RAISED).
URGENT_FLOOR = 0.90


class Scored:
    """Out-of-fold scores of one text: full text and live words."""

    def __init__(self, x: Text, model: Model) -> None:
        self.x = x
        self.full = model.scores(x.t)
        self.live = model.scores(x.live)


class _Cached(Model):
    """A model whose scores are looked up (for the threshold search)."""

    def __init__(self, scored: Scored, thresholds: dict[str, float]) -> None:
        self.thresholds = thresholds
        self._by_text = {scored.x.t: scored.full, scored.x.live: scored.live}

    def scores(self, t: str):  # type: ignore[override]
        return self._by_text[t]


def combined(s: Scored, thresholds: dict[str, float]):
    x = s.x
    if x.facts is None:
        return verdict.assess_with(x.text, None)
    hits = x.hits + verdict._learned_hits(x.facts, list(x.hits), _Cached(s, thresholds))
    return verdict._verdict(x.facts, hits)


def figures(texts: list[Text], preds: list) -> dict[str, float]:
    em = [p for x, p in zip(texts, preds, strict=True) if x.level == "emergency"]
    sh = [p for x, p in zip(texts, preds, strict=True) if x.y["self_harm"]]
    rt = [p for x, p in zip(texts, preds, strict=True) if x.level == "routine"]
    ur = [p for x, p in zip(texts, preds, strict=True) if x.level == "urgent"]

    def rate(items: list, ok) -> float:
        return sum(1 for p in items if ok(p)) / len(items) if items else float("nan")

    return {
        "emergency_recall": rate(em, lambda p: p.level == "emergency"),
        "self_harm_recall": rate(sh, lambda p: p.category == "self_harm" and p.level != "routine"),
        "routine_to_emergency": rate(rt, lambda p: p.level == "emergency"),
        "routine_to_self_harm": rate(
            rt, lambda p: p.category == "self_harm" and p.level != "routine"
        ),
        "urgent_to_emergency": rate(ur, lambda p: p.level == "emergency"),
    }


def model_alone(scored: list[Scored], thresholds: dict[str, float]) -> dict[str, float]:
    class P:
        def __init__(self, s: Scored) -> None:
            em = s.full.emergency >= thresholds["emergency"]
            sh = s.full.self_harm >= thresholds["self_harm"]
            self.level = LEVELS[EMERGENCY] if em else "urgent" if sh else "routine"
            self.category = "self_harm" if sh else "other"

    return figures([s.x for s in scored], [P(s) for s in scored])


def added_per_file(rates: list[float], base_rates: list[float]) -> list[float]:
    """What a threshold adds to each file's rate. A file with no texts of the kind has no rate
    (NaN): nothing is added there. (A NaN left in failed every budget comparison and switched
    the ``urgent`` threshold off for good until 2026-11-28: ``train_w4`` has no urgent texts.)"""
    return [
        0.0 if math.isnan(a) or math.isnan(b) else a - b
        for a, b in zip(rates, base_rates, strict=True)
    ]


def pick(scored: list[Scored]) -> dict[str, float]:
    """The lowest thresholds whose added false alarms on routine texts stay within budget."""
    by_file: dict[str, list[Scored]] = {}
    for s in scored:
        by_file.setdefault(s.x.source, []).append(s)

    # texts per file a figure's false alarms are counted over
    population = {
        figure: [max(1, sum(1 for s in part if s.x.level == level)) for part in by_file.values()]
        for figure, level in (
            ("routine_to_self_harm", "routine"),
            ("routine_to_emergency", "routine"),
            ("urgent_to_emergency", "urgent"),
        )
    }

    def rates(th: dict[str, float], key: str) -> tuple[float, list[float]]:
        pooled = figures([s.x for s in scored], [combined(s, th) for s in scored])[key]
        per_file = [
            figures([s.x for s in part], [combined(s, th) for s in part])[key]
            for part in by_file.values()
        ]
        return pooled, per_file

    def ok(th: dict[str, float], base: tuple[float, list[float]], key: str, scale: float) -> bool:
        """Whether thresholds ``th`` keep figure ``key`` within the budget over ``base`` (the
        figure with this threshold off): only the false alarms it adds count, not the rules'
        own (on a new writer's hard negatives the rules alone exceed the whole budget, which
        would switch the model off where it helps most)."""
        pooled, per_file = rates(th, key)
        base_pooled, base_files = base
        pooled -= base_pooled
        per_file = added_per_file(per_file, base_files)
        limit = MAX_FALSE_ALARMS * scale
        # Per file, at least one text: a third of 3 % is less than one of a file's 90 routine
        # texts, which would forbid any added false alarm at all in the smaller files.
        per_file_limits = [
            max(MAX_FALSE_ALARMS_PER_FILE * scale, 1.001 / n) for n in population[key]
        ]
        return pooled <= limit and all(
            a <= b for a, b in zip(per_file, per_file_limits, strict=True)
        )

    th = dict.fromkeys(THRESHOLDS, 1.01)
    for key, budgets, floor in (
        ("self_harm", (("routine_to_self_harm", 1.0),), SELF_HARM_FLOOR),
        ("emergency", (("routine_to_emergency", 1.0),), 0.0),
        # An emergency the rules did not raise rests on wording alone. Below 0.90 it was wrong
        # more often than right on texts written after the sets ("constipated for a week and
        # bloated" scored 0.87), so it gets a third of the budget and a floor.
        ("routine", (("routine_to_emergency", 1 / 3),), ROUTINE_FLOOR),
        # An urgent finding the model reads as an emergency: the same floor; its raises may cost
        # the budget on urgent texts, and a third of it on routine ones.
        ("urgent", (("urgent_to_emergency", 1.0), ("routine_to_emergency", 1 / 3)), URGENT_FLOOR),
    ):
        grid = [g for g in (*GRID, ROUTINE_FLOOR, URGENT_FLOOR) if g >= floor]
        bases = {figure: rates(th, figure) for figure, _ in budgets}  # th[key] still off here
        th[key] = next(
            (
                g
                for g in sorted(set(grid))
                if all(
                    ok({**th, key: g}, bases[figure], figure, scale) for figure, scale in budgets
                )
            ),
            1.01,
        )
    return th
