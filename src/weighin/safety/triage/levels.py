"""Levels, categories, and the hit a rule records."""

from __future__ import annotations

from dataclasses import dataclass

LEVELS = ("routine", "urgent", "emergency")
CATEGORIES = (
    "cardiac",
    "stroke",
    "breathing",
    "allergy",
    "poisoning",
    "bleeding",
    "neuro",
    "self_harm",
    "pregnancy",
    "pediatric",
    "infection",
    "other",
)
ROUTINE, URGENT, EMERGENCY = 0, 1, 2

# Category priority when several rules reach the same level.
PRIORITY = {
    "self_harm": 100,
    "poisoning": 90,
    "allergy": 85,
    "pregnancy": 80,
    "pediatric": 75,
    "stroke": 60,
    "cardiac": 55,
    "breathing": 50,
    "bleeding": 45,
    "neuro": 40,
    "infection": 35,
    "other": 30,
}


@dataclass(frozen=True)
class Hit:
    level: int
    category: str
    reason: str
    priority: int
    sticky: bool = False  # stays an emergency even when the episode has settled
