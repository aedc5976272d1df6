"""Injuries at home and in the garden that look smaller than they are.

A thigh or leg bent where no joint is (a broken thighbone: an ambulance, not a car), and a paint
sprayer's or grease gun's jet into a finger (a high-pressure injection: a tiny hole, a surgical
emergency). Each key match is checked current with ``Facts.current``.
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx

_HURT_NOW = compiled(
    r"\b(?:fell|fallen|fall|landed|crash\w*|hit by|knocked|kicked|tackled|slipped|tripped|came off"
    r"|thrown)\b"
)
_CANNOT_MOVE = compiled(
    r"\b(?:cannot|can not|could not|unable to) (?:move|stand|walk|get up|put weight)\b"
    r"|\bscreaming\b"
    r"|\b(?:pain|agony)\b"
)
_THIGH_BENT = compiled(
    r"\b(?:thigh|thighbone|femur|upper leg|shin|leg)\b[^.!?]{0,25}\b(?:is |was |looks )?(?:bent"
    r" (?:in the middle|halfway|sideways|the wrong way)|at a (?:funny|weird|wrong|strange|odd)"
    r" angle|(?:pointing|facing) the wrong way|not straight any ?more|has a bend in it)\b"
)
_JET = compiled(
    r"\b(?:paint (?:sprayer|gun)|airless (?:sprayer|gun)|grease gun|hydraulic (?:line|hose)"
    r"|high[- ]pressure (?:hose|line|sprayer|gun)|diesel injector|fuel injector)\b"
)
_INTO_HAND = compiled(
    r"\b(?:went off|fired|injected|shot)\b[^.!?]{0,25}\b(?:against|into|in|through)"
    r" (?:my|his|her|the) (?:finger|thumb|hand|palm|fingertip)\b"
    r"(?=[^.!?]{0,80}\b(?:hole|swell\w*|pain\w*|agony|hurts|puncture|under the skin)\b)"
)


def home(c: Ctx) -> None:
    live = c.f.first_current
    # (after a fall or a blow, with pain or no movement: not a yoga pose, a baby asleep, bow legs)
    if live(_THIGH_BENT) and live(_HURT_NOW) and live(_CANNOT_MOVE):
        c.hit(EMERGENCY, "other", "a thigh or leg bent where no joint is (a broken bone)")
    if live(_JET) and live(_INTO_HAND):
        c.hit(EMERGENCY, "other", "a high-pressure jet into a finger or hand (injection injury)")
