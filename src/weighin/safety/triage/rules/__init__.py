"""Clinical rules: combinations of active features that make a text urgent or an emergency.

"chest pain + sweating", "fever + stiff neck", "infant under 3 months + fever", ... One function
per body system, run in a fixed order (the order breaks ties between rules of equal priority).
Each reads the active features through ``Ctx.on`` and records ``Hit``s; the level of a text is
the highest any rule reaches.
"""

from __future__ import annotations

from weighin.safety.triage.facts import Facts
from weighin.safety.triage.levels import Hit
from weighin.safety.triage.rules import (
    acute,
    allergy,
    belly,
    bleeding,
    breathing,
    cardio,
    chest_blood,
    child_today,
    chronic,
    exposures,
    head,
    heart_now,
    home,
    home_air,
    household,
    infection,
    injury,
    late_catch,
    maternal_child,
    mind,
    neuro,
    other,
    presentations,
    presentations_more,
    same_day,
    senses,
    stroke,
    today,
    toxic,
    treatment,
    urgent_more,
)
from weighin.safety.triage.rules.context import Ctx

SYSTEMS = (
    cardio.cardiac,
    heart_now.heart_now,
    stroke.stroke,
    breathing.breathing,
    allergy.allergy,
    acute.poisoning,
    household.household,
    home_air.home_air,
    bleeding.bleeding,
    neuro.neuro,
    infection.infection,
    maternal_child.pregnancy,
    maternal_child.children,
    child_today.child_today,
    other.other,
    senses.eyes,
    exposures.exposures,
    chronic.chronic,
    mind.mind,
    senses.senses,
    home.home,
    today.today,
    treatment.treatment,
    treatment.womens,
    belly.belly,
    head.head,
    injury.injury,
    toxic.toxic,
    chest_blood.chest_blood,
    same_day.same_day,
    urgent_more.urgent_more,
    presentations.presentations,
    presentations_more.presentations_more,
    late_catch.late_catch,
)


def evaluate(f: Facts, active: set[str]) -> list[Hit]:
    """Every hit of every system's rules, given the features taken as active."""
    c = Ctx(f, active)
    for system in SYSTEMS:
        system(c)
    return c.hits
