"""Injuries at home and in the garden that look smaller than they are.

A thigh or leg bent where no joint is (a broken thighbone: an ambulance, not a car), and a paint
sprayer's or grease gun's jet into a finger (a high-pressure injection: a tiny hole, a surgical
emergency). Each key match is checked current with ``Facts.current``.
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx

_THIGH_BENT = compiled(
    r"\b(?:thigh|thighbone|femur|upper leg|shin|leg)\b[^.!?]{0,25}\b(?:is |was |looks )?(?:bent"
    r" (?:in the middle|halfway|sideways|the wrong way)|at a (?:funny|weird|wrong|strange|odd)"
    r" angle|(?:pointing|facing) the wrong way|not straight any ?more|has a bend in it)\b"
)
_JET = compiled(
    r"\b(?:paint (?:sprayer|gun)|airless (?:sprayer|gun)|spray gun|grease gun|pressure washer"
    r"|jet washer|hydraulic (?:line|hose)|high[- ]pressure (?:hose|line|sprayer|gun|washer))\b"
)
_INTO_HAND = compiled(
    r"\b(?:went off|fired|sprayed|shot|injected|went)\b[^.!?]{0,25}\b(?:against|into|in|through)"
    r" (?:my|his|her|the) (?:finger|thumb|hand|palm|fingertip)\b"
    r"|\b(?:hole|puncture|prick) (?:in|on) (?:my|his|her|the) (?:finger|thumb|hand|palm)\b"
)


def home(c: Ctx) -> None:
    live = c.f.first_current
    if live(_THIGH_BENT):
        c.hit(EMERGENCY, "other", "a thigh or leg bent where no joint is (a broken bone)")
    if live(_JET) and live(_INTO_HAND):
        c.hit(EMERGENCY, "other", "a high-pressure jet into a finger or hand (injection injury)")
