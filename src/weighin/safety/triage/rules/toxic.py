"""Poisons read by their signs (round BA): what was swallowed is often said badly or not at all,
the body says it plainly.

- An opioid's pinpoint pupils with slow or shallow breathing or deep sleepiness ("my breathing
  is slow and my pupils are tiny" after tramadol and wine).
- Fast-acting insulin injected by mistake in a large dose ("40 units of my fast insulin instead
  of my lantus"): a deep hypo is coming.
- A household chemical drunk by mistake, said the way it is found out ("drank from a bottle
  thinking it was water but it was some cleaning chemical"), with a burning mouth or throat,
  vomiting or trouble breathing.

- Stimulants from the gym bag or the fridge (pre-workout, caffeine pills, fat burners, energy
  drinks) with signs of too much: a pounding heart, vomiting, twitching or shaking, chest pain,
  confusion. Two signs after a lot (pills, a doubled scoop, three cans or more: "doubled up on
  a new preworkout plus 2 monsters. chest hammering, been sick 3 times, hands twitching"),
  three after an ordinary dose (two cans and a sleepless night is no poisoning).
- A week's (or a month's) medicines taken at once by mistake, the dosette muddled: an
  emergency with a narrow-margin medicine (digoxin, lithium, warfarin ...) or with signs of too
  much ("took the whole weeks worth of her digoxin ... now shes vomiting and says everything
  looks yellow"), a doctor today without.

Emergencies (but the week's medicines without signs); the signs must be current.
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.acute import NARROW_MARGIN, toxic_signs
from weighin.safety.triage.rules.context import ANIMAL, Ctx

_SLOW_BREATHING = compiled(
    r"\bbreathing (?:is |has gone |has got |got |gone |seems |looks )?(?:really |very |so )?"
    r"(?:slow|shallow)\b|\b(?:slow|shallow) breath(?:ing|s)\b"
    r"|\b(?:really |very |so )?(?:heavy|sleepy|drowsy) and (?:sleepy|drowsy|heavy)\b"
    # counted: "breathing maybe 4 times a minute"
    r"|\bbreathing (?:maybe |only |about |like )?(?:[1-8]|one|two|three|four|five|six|seven|eight)"
    r" (?:times|breaths) (?:a|per) minute\b"
)
# frail: dementia or old age, where a week's tablets at once is an emergency even without signs
_FRAIL = compiled(
    r"\bdementia\b|\balzheimer\w*|\b(?:[7-9]\d|10\d) ?(?:years?|yrs?|yo|y/o)\b|\((?:[7-9]\d)\)"
)
# eye drops that shrink pupils, and the textbook
_PUPILS_ELSE = compiled(
    r"\bpilocarpine\b|\beye ?drops\b|\bstudy\w*|\brevis\w*|\bpharmacology\b|\btextbook\b"
    r"|\blecture\b|\bexam\b"
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
_FAST_INSULIN_WRONG = compiled(
    r"\b(?:[2-9]\d|1\d\d) ?(?:units|u)\b[^.!?]{0,30}\b(?:fast|rapid|quick|short)[- ]?acting\b"
    r"[^.!?]{0,40}\binstead of (?:my |his |her )?(?:lantus|levemir|tresiba|toujeo|abasaglar"
    r"|semglee|basal|long[- ]acting|slow|night|background|humulin i)"
    r"|\b(?:[2-9]\d|1\d\d) ?(?:units|u)\b[^.!?]{0,30}\b(?:novorapid|novo ?rapid|humalog|apidra"
    r"|fiasp|actrapid|lyumjev|admelog|(?:fast|rapid|quick|short)[- ]?acting|fast insulin"
    r"|quick insulin)\b[^.!?]{0,50}\b(?:instead of (?:my |his |her )?(?:lantus|levemir|tresiba"
    r"|toujeo|abasaglar|semglee|basal|long[- ]acting|slow|night|background|humulin i)|by mistake"
    r"|by accident|wrong pen)"
)

_STIMULANT_TAKEN = compiled(
    r"\bpre-?workouts?\b|\bcaffeine (?:pills?|tablets?|powder|shots?)\b|\bfat ?burners?\b"
    r"|\b(?:\d+|two|three|four|five|six|a few|several|loads of) (?:\w+ )?(?:energy drinks|monsters"
    r"|red ?bulls|relentless|cans of (?:monster|red ?bull|relentless|energy drink))\b"
    r"|\bdnp\b|\bclenbuterol\b|\bclen\b|\bephedrine\b|\byohimbine\b"
)
# a lot of it: pills, powders, a doubled scoop, three cans or more (two cans is a normal night)
_STIMULANT_LOTS = compiled(
    r"\bcaffeine (?:pills?|tablets?|powder|shots?)\b|\bfat ?burners?\b|\bdnp\b|\bclen(?:buterol)?\b"
    r"|\bephedrine\b|\byohimbine\b|\bdoubled? (?:up|scoop|dose|scooped)\b|\b(?:two|2|three|3)"
    r" scoops\b|\b(?:[3-9]|\d\d|three|four|five|six|seven|eight|loads of) (?:\w+ )?(?:energy drinks"
    r"|monsters|red ?bulls|relentless|cans)\b"
)
_HEART_POUNDING = compiled(
    r"\b(?:chest|heart)\b (?:is |has been |keeps |feels like it is )?(?:hammering|pounding|racing"
    r"|going mad|going crazy|beating out of)\b"
)
_JITTERS = compiled(r"\btwitch\w*|\bshaking\b|\bshakes\b|\btremors?\b|\btrembling\b|\bjitter\w*")
_BEEN_SICK = compiled(
    r"\b(?:been|was|keep being|kept being) sick\b|\bthrowing up\b|\bthrew up\b|\bvomit\w*"
)


def _stimulant_signs(c: Ctx) -> int:
    live = c.f.first_current
    return sum(
        (
            bool(c.on("palpitations", "fast_rate") or live(_HEART_POUNDING)),
            bool(c.on("vomit_persistent") or live(_BEEN_SICK)),
            bool(live(_JITTERS)),
            c.on("chest_pain"),
            c.on("confusion"),
        )
    )


_DAYS_OF_DOSES = compiled(
    r"\b(?:took|taken|swallowed|had|gave (?:him|her|them|my \w+))\b[^.!?]{0,25}"
    r"(?:\b(?:a|the|whole|entire|full|her|his) (?:(?:whole|entire|full) )?"
    r"(?:week'?s?|fortnight'?s?|month'?s?) "
    r"(?:worth|supply|dose|doses|(?:of )?(?:tablets|pills|meds|medicines|medication))\b"
    r"|\b(?:the )?(?:whole|entire) (?:dosette|blister pack|pill "
    r"organi[sz]er|nomad)\b|\ball (?:7|seven) days'? (?:doses|tablets|pills)\b)"
)


def toxic(c: Ctx) -> None:
    f, on, hit = c.f, c.on, c.hit
    live = f.first_current
    if (
        on("pinpoint_pupils")
        and (live(_SLOW_BREATHING) or on("drowsy", "unconscious"))
        and not _PUPILS_ELSE.search(c.t)
    ):
        hit(EMERGENCY, "poisoning", "pinpoint pupils with slow breathing or drowsiness (opioid?)")
    if live(_DAYS_OF_DOSES) and not ANIMAL.search(c.t):
        if NARROW_MARGIN.search(c.t) or toxic_signs(c) or _FRAIL.search(c.t):
            hit(
                EMERGENCY,
                "poisoning",
                "a week's medicines taken at once, with signs or a risky one",
            )
        else:
            hit(URGENT, "poisoning", "a week's medicines taken at once by mistake")
    if live(_FAST_INSULIN_WRONG):
        hit(EMERGENCY, "poisoning", "a large dose of fast insulin by mistake (a deep hypo coming)")
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
    if (
        live(_STIMULANT_TAKEN)
        and _stimulant_signs(c) >= (2 if _STIMULANT_LOTS.search(c.t) else 3)
        and not ANIMAL.search(c.t)
    ):
        # (below the heart's own findings: a racing heart with chest pain is the heart's)
        hit(
            EMERGENCY,
            "poisoning",
            "too much of a stimulant (pre-workout, caffeine) with its signs",
            -40,
        )
