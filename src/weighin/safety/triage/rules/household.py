"""Household products (round BL): a sip of mouthwash or toothpaste an adult swallowed by mistake
is routine (``acute`` asks ``adult_sip`` before it calls a swallow urgent); fumes from cleaners
mixed are an emergency with breathing trouble, or with a chest that burns while still in them,
and a doctor today for a cough or a tight chest that is easing in fresh air."""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx

MILD_TOXIC = compiled(r"mouthwash|toothpaste")
SMALL_AMOUNT = compiled(
    r"\b(?:mouthful|a sip|sips|a little|a bit|a small amount|while rinsing|a gulp)\b"
)
NOT_SMALL = compiled(
    r"\b(?:bottle|half|whole|drunk|get drunk|on purpose|dementia|confused|cups?)\b"
)
_BY_MISTAKE = compiled(r"\b(?:accident(?:al)?ly|by (?:mistake|accident)|without thinking)\b")


def adult_sip(c: Ctx) -> bool:
    """A sip of mouthwash or toothpaste an adult swallowed by mistake (its alcohol is no dose);
    a child's, more than a sip, or one that has made someone drowsy or confused is not this."""
    f, t = c.f, c.t
    return bool(
        MILD_TOXIC.search(t)
        and _BY_MISTAKE.search(t)
        and SMALL_AMOUNT.search(t)
        and not NOT_SMALL.search(t)
        and (f.age_months or 216) >= 216
        and not (f.child or f.infant)
        and not c.on("vomit_persistent", "drowsy", "confusion", "unconscious", "fainted", "seizure")
    )


# Out of the fumes and easing: a cough or a tight chest left behind wants a doctor today.
_FRESH_AIR = compiled(
    r"\b(?:fresh air|outside|out of (?:the|that) (?:room|bathroom|house|shower|kitchen)|opened"
    r" (?:all )?(?:the |a )?windows?|(?:now|feel\w*|is|am|getting|much|bit) better|better now"
    r"|easing|settled)\b"
)
_FUMES_CHEST = compiled(
    r"\bchest\b[^.!?]{0,25}\b(?:tight\w*|burn\w*|sore|heavy|hurts?)\b"
    r"|\btight(?:ness in the)? chest\b"
)
_FUMES_LEFT = compiled(
    r"\bcoughing\b|\b(?:a|slight|bad|tickly|dry|little|the) cough\b|\bstill cough\w*"
    r"|\bthroat\b[^.!?]{0,15}\b(?:sore|burn\w*|raw|stings?)\b|\bsore throat\b"
)
_FUMES_GONE = compiled(
    r"\b(?:completely |totally |all |absolutely )?fine (?:now|since|today|again)\b|\b(?:is|are|am"
    r"|everyone'?s|everyone is|we are|i am|all) (?:completely |totally |absolutely )?fine\b"
    r"|\bno cough\b|\bback to normal\b|\ball good now\b"
)
_COUGHING_HARD = compiled(r"\bcannot stop coughing|\bcoughing (?:non ?stop|constantly)")


def household(c: Ctx) -> None:
    if not c.on("toxic_fumes"):
        return
    f, on = c.f, c.on
    chest = on("chest_pain") or f.first_current(_FUMES_CHEST)
    if (
        c.severe_breath
        or on("breathless", "wheeze", "throat_tight")
        or _COUGHING_HARD.search(c.t)
        or ((chest or c.any_breath) and not f.first_current(_FRESH_AIR))
    ):
        c.hit(EMERGENCY, "poisoning", "breathing trouble after toxic fumes", 3)
    elif chest or (f.first_current(_FUMES_LEFT) and not f.first_current(_FUMES_GONE)):
        c.hit(URGENT, "poisoning", "a cough or a tight chest after breathing cleaning fumes")
