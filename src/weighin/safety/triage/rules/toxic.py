"""Poisons read by their signs (round BA): what was swallowed is often said badly or not at all,
the body says it plainly.

- An opioid's pinpoint pupils with slow or shallow breathing or deep sleepiness ("my breathing
  is slow and my pupils are tiny" after tramadol and wine).
- A household chemical drunk by mistake, said the way it is found out ("drank from a bottle
  thinking it was water but it was some cleaning chemical"), with a burning mouth or throat,
  vomiting or trouble breathing.

Emergencies only; the signs must be current.
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import ANIMAL, Ctx

_SLOW_BREATHING = compiled(
    r"\bbreathing (?:is |has gone |has got |got |gone |seems |looks )?(?:really |very |so )?"
    r"(?:slow|shallow)\b|\b(?:slow|shallow) breath(?:ing|s)\b"
    r"|\b(?:really |very |so )?(?:heavy|sleepy|drowsy) and (?:sleepy|drowsy|heavy)\b"
)
_FOUND_OUT = compiled(
    r"\b(?:drank|drunk|swallowed|sipped|had a (?:sip|swig|mouthful|gulp|drink))\b[^.!?]{0,60}"
    r"\b(?:it was|turned out to be|was actually|but it was)\b (?:some |a |the )?(?:\w+ )?"
    r"(?:bleach|cleaning (?:chemical|product|fluid|spray|stuff)|cleaner|chemical|descaler"
    r"|drain (?:cleaner|unblocker)|antifreeze|weed ?killer|white spirit|turps|paraffin|petrol"
    r"|oven cleaner|limescale remover|caustic soda|acid|ammonia|screenwash|lamp oil)\b"
)
_BURNT_INSIDE = compiled(
    r"\b(?:throat|mouth|tongue|lips|chest|stomach)\b[^.!?]{0,20}\b(?:burning|burns|burnt|on fire"
    r"|stinging|blistered|blistering)\b|\b(?:burning|burnt) (?:throat|mouth|tongue)\b"
)


def toxic(c: Ctx) -> None:
    f, on, hit = c.f, c.on, c.hit
    live = f.first_current
    if on("pinpoint_pupils") and (live(_SLOW_BREATHING) or on("drowsy", "unconscious")):
        hit(EMERGENCY, "poisoning", "pinpoint pupils with slow breathing or drowsiness (opioid?)")
    if (
        live(_FOUND_OUT)
        and (live(_BURNT_INSIDE) or on("nausea", "vomit_persistent") or c.any_breath)
        and not ANIMAL.search(c.t)
    ):
        hit(
            EMERGENCY,
            "poisoning",
            "a household chemical drunk, with burning, vomiting or breathing",
        )
