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
_BY_MISTAKE = compiled(
    r"\b(?:accident(?:al)?ly|by (?:mistake|accident)|without thinking)\b"
    # round widen: "oops swallowed a sip", "swallowed some while rinsing", "spat the rest out"
    r"|\b(?:oops|whoops|oopsie)\b|\bwhile (?:rinsing|brushing|gargling)\b"
    r"|\bspat (?:it|most of it|the rest|some) out\b"
)
# round widen: an adult who tells the sip and that nothing has followed ("30 yo, no symptoms")
_NOTHING_FOLLOWED = compiled(
    r"\bno symptoms\b|\bfeel(?:s|ing)? (?:fine|ok|okay|normal|well)\b|\b(?:is|am|seems)"
    r" (?:fine|ok|okay)\b"
)


def adult_sip(c: Ctx) -> bool:
    """A sip of mouthwash or toothpaste an adult swallowed by mistake (its alcohol is no dose);
    a child's, more than a sip, or one that has made someone drowsy or confused is not this."""
    f, t = c.f, c.t
    return bool(
        MILD_TOXIC.search(t)
        and (_BY_MISTAKE.search(t) or _NOTHING_FOLLOWED.search(t))
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
# the breath said to be working: a tight chest left behind is then the doctor's today
_BREATHING_OK = compiled(
    r"\b(?:can|able to) (?:breathe|breath) (?:ok|okay|fine|normally|alright|all right)\b"
    r"|\bbreathing (?:is |seems )?(?:ok|okay|fine|normal|alright)\b|\b(?:can )?talk(?:ing)? "
    r"(?:fine|normally|ok|okay)\b"
    # round BQ-B2: "can speak in full sentences", "finger o2 thing says 97"
    r"|\b(?:speak|speaking|talk|talking|talks|speaks) in (?:full|whole) sentences\b"
    r"|\b(?:o2|oxygen|sats?|saturation)\b[^.!?\d]{0,20}\b(?:9[5-9]|100)\b"
)
_COUGHING_HARD = compiled(r"\bcannot stop coughing|\bcoughing (?:non ?stop|constantly)")


# Round widen: bleach put with another cleaner, said without "mixed" or "fumes" ("cleaning the
# bathroom with bleach and ammonia, started coughing")
_BLEACH_PAIR = compiled(
    r"\bbleach (?:and|with|plus|then) (?:a |an |some )?(?:ammonia|vinegar|toilet cleaner"
    r"|limescale remover|\w+ cleaner|another (?:cleaner|product|spray)|other (?:cleaners|sprays))\b"
    r"|\b(?:ammonia|vinegar) (?:and|with) bleach\b|\bcombined bleach\b"
)


def household(c: Ctx) -> None:
    if not (
        c.on("toxic_fumes") or (c.f.first_current(_BLEACH_PAIR) and c.f.first_current(_FUMES_LEFT))
    ):
        return
    f, on = c.f, c.on
    chest = on("chest_pain") or f.first_current(_FUMES_CHEST)
    # round widen: a little wheeze that is easing in fresh air is the doctor's today
    easing_wheeze = (
        on("wheeze")
        and f.mild("wheeze")
        and not on("breathless", "throat_tight")
        and (f.first_current(_FRESH_AIR) or f.first_current(_BREATHING_OK))
    )
    if (
        c.severe_breath
        or on("breathless", "throat_tight")
        or (on("wheeze") and not easing_wheeze)
        or _COUGHING_HARD.search(c.t)
        or (
            (chest or c.any_breath)
            and not f.first_current(_FRESH_AIR)
            and not (chest and not c.any_breath and f.first_current(_BREATHING_OK))
        )
    ):
        c.hit(EMERGENCY, "poisoning", "breathing trouble after toxic fumes", 3)
    elif (
        chest
        or easing_wheeze
        or (f.first_current(_FUMES_LEFT) and not f.first_current(_FUMES_GONE))
    ):
        c.hit(URGENT, "poisoning", "a cough or a tight chest after breathing cleaning fumes")
