"""The air at home: a household unwell indoors and better out of it, beside a boiler, a fire or
a heater burning, is carbon monoxide until shown otherwise, and its "better" is the clue, not a
recovery ("whole family has had headaches since the boiler came on ... we all feel better when
we go out"). ``acute.poisoning`` reads the alarm, the named gas and the household unwell now.
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.acute import HOUSEHOLD_ILL, PET_ILL
from weighin.safety.triage.rules.context import Ctx

# unwell at home and better away from it: the air at home ("we all feel better when we go out")
_BETTER_AWAY = compiled(
    r"\b(?:better|fine|ok|okay|clears? up|goes away|go away|disappears?|lifts?)\b[^.!?]{0,25}"
    r"\b(?:when|once|after|as soon as) (?:we|i|they|he|she|the kids) (?:go|goes|get|gets|went|are"
    r"|is|leave|leaves|step|steps) (?:out|outside|away|to (?:work|school|my mum's|the shops))\b"
    r"|\b(?:better|fine|ok|okay|clears?)\b (?:outside|out of the house|away from (?:home|the"
    r" house|the flat))\b"
)
_HOME_FUEL = compiled(
    r"\b(?:boiler|heater|gas fire|wood ?burner|log burner|stove|generator|furnace|fireplace"
    r"|chimney|flue)\b"
)


def home_air(c: Ctx) -> None:
    f, t, on, hit = c.f, c.t, c.on, c.hit
    household = HOUSEHOLD_ILL.search(t)
    # more than a headache: sick, faint, drowsy or muddled, or the pets unwell too (a headache
    # alone that lifts outside is a doctor today: "headache every evening when the wood burner
    # is going, goes away when we go outside")
    unwell = {"nausea", "faint_feel", "drowsy", "confusion", "vomit", "vomit_persistent"}
    if (
        (household or on("carbon_monoxide") or _HOME_FUEL.search(t))
        and (unwell & (set(f.active) | f.settled) or PET_ILL.search(t))
        and f.first_current(_BETTER_AWAY)
    ):
        hit(EMERGENCY, "poisoning", "unwell at home and better away from it (carbon monoxide?)")
