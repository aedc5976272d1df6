"""Emergencies the learned backstop caught and the rules did not (round med 2), by situation.

One system for ``rules/__init__.py``: poisonings told the long way (``late_poisons``), allergic
reactions and bleeds (``late_reactions``), and the body's other emergencies (``late_body``,
``late_signs``).
"""

from __future__ import annotations

from dataclasses import replace

from weighin.safety.triage.rules.context import Ctx
from weighin.safety.triage.rules.late_body import late_body
from weighin.safety.triage.rules.late_poisons import late_poisons
from weighin.safety.triage.rules.late_reactions import late_reactions
from weighin.safety.triage.rules.late_signs import late_signs


def late_catch(c: Ctx) -> None:
    before = len(c.hits)
    late_poisons(c)
    late_reactions(c)
    late_body(c)
    late_signs(c)
    # These rules fill gaps: where an older rule already names the emergency (cocaine's chest
    # pain is the heart's), its category stands; ours only decide when nothing else does.
    for i in range(before, len(c.hits)):
        c.hits[i] = replace(c.hits[i], priority=c.hits[i].priority - 100)
