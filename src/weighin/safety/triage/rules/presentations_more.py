"""More presentations for a doctor today (round BQ-B2), told in words the first round missed.

A single shock from an implanted defibrillator ("one zap from his ICD", "the defib went off
once"); Bell's palsy told as a smile gone on one side with the eye that will not shut, or the
whole face weak "incl forehead"; a leg weakening over days in known MS (a relapse); a foot that
drops ("cannot stand on my heel"); with the cleaners mixed the night before, a chest still
tight the morning after; and a rash, blisters or crusted lips in the weeks after starting a
medicine that can do it (lamotrigine, allopurinol and the like: Stevens-Johnson?). Every match
must be current (``Facts.first_current``).
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx
from weighin.safety.triage.scope import ACTIVE, PAST

# ---- one shock from an implanted defibrillator -------------------------------------------------
_ICD = compiled(r"\b(?:icd|s-icd|defibrillator|defib)\b")
# a shock told as done ("went off once at dinner") is read as past: recent unless dated back
_LONG_AGO = compiled(
    r"\b(?:years?|months?) ago\b|\bin (?:19|20)\d\d\b|\blast (?:year|month)\b|\bwhen (?:it|they)"
    r" (?:was )?(?:first )?(?:fitted|put in|implanted)\b|\bever since\b"
    r"|\bin (?:\d+|a few|several|many|two|three|four|five) (?:years|months)\b"
)
# "one shock from his defibrillator", "a single zap from my icd", "the defib went off once"
_ONE_SHOCK = compiled(
    r"\b(?:shock|zap|jolt)(?:ed)?\b[^.!?]{0,15}\b(?:from|by) (?:my|his|her|their|the|its|an?) "
    r"(?:\w+ )?(?:icd|s-icd|defibrillator|defib)\b"
    r"|\b(?:icd|s-icd|defibrillator|defib)\b[^.!?]{0,15}\b(?:went off|gone off|fired|shocked"
    r"|zapped|discharged|gave (?:me|him|her) a (?:shock|zap|jolt))\b"
)

# ---- Bell's palsy in other words ---------------------------------------------------------------
# a smile gone on one side, the face weak "incl" the forehead
_ONE_SIDED_FACE = compiled(
    r"\b(?:cannot|can not|could not|unable to) smile (?:on|with) (?:one|the (?:left|right)|that|"
    r"(?:his|her|my) (?:left|right)) side\b"
    r"|\b(?:whole|all (?:of )?(?:the|my|his|her)) (?:left |right )?(?:side of (?:the |my |his "
    r"|her )?)?face\b[^.!?]{0,15}\b(?:weak|droop\w*|slack|paraly[sz]ed|not moving|frozen)\b"
)
_EYE_OR_BROW = compiled(
    r"\b(?:shut|close|blink)\w* (?:my |his |her |the |that |one )?(?:\w+ )?eye\b"
    r"|\b(?:incl|inc|including|and|even|plus|with) (?:the |my |his |her )?(?:forehead|eyebrow"
    r"|brow)\b"
)
# the rest of a stroke's signs: then not Bell's, the stroke rules decide
_STROKE_REST = compiled(r"\bslurr\w*|\bconfus\w*|\bsudden\w*|\bjust now\b|\bminutes ago\b")

# ---- a leg weakening over days with known MS ---------------------------------------------------
_MS = compiled(r"\bmultiple sclerosis\b|\bms\b(?! (?:word|teams|office|paint))|\brrms\b")
_LIMB_WORSE = compiled(
    r"\b(?:legs?|arms?|hands?|foot|feet|side)\b[^.!?]{0,30}\b(?:weak\w*|heavy|numb\w*|dragg\w*"
    r"|clumsy|giving way)\b|\bweaker\b"
)
_OVER_DAYS = compiled(
    r"\b(?:over|for|in) (?:the )?(?:last |past )?(?:\d|two|three|four|five|a few|few|a couple of"
    r"|several) days\b|\b(?:the )?(?:last|past) (?:few|couple of|\d|two|three|four|five) days\b"
    r"|\bsince (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bevery day\b"
    r"|\bgradually\b|\bday by day\b|\brelapse\b"
)

# ---- a foot that drops -------------------------------------------------------------------------
_FOOT_DROP = compiled(
    r"\bfoot (?:just )?(?:drops|dropping|flops|flopping|slaps|slapping)\b|\bfoot drop\b"
    r"|\b(?:cannot|can not|could not|unable to) (?:stand|walk) on (?:my|his|her|their|the|that)"
    r" (?:left |right )?heels?\b"
)
_FOOT_LONG = compiled(r"\bfor (?:months|years|ages)\b|\bsince (?:birth|childhood)\b|\bpalsy\b")

# ---- cleaners mixed, the chest tight next morning ----------------------------------------------
_MIXED = compiled(
    r"\b(?:mixed|mixing|combined|combining|mix of)\b[^.!?]{0,30}\b(?:bleach|ammonia|cleaners?"
    r"|cleaning products?)\b|\bbleach (?:and|with|plus) (?:ammonia|vinegar|\w+ cleaner)\b"
)
_CHEST_STILL = compiled(
    r"\bchest\b[^.!?]{0,20}\b(?:tight\w*|burn\w*|sore|heavy)\b|\btight(?:ness in the)? chest\b"
)

# ---- a rash weeks after starting an anti-epileptic ---------------------------------------------
_CULPRIT = (
    r"(?:lamotrigine|lamictal|carbamazepine|tegretol|oxcarbazepine|phenytoin|allopurinol"
    r"|co-?trimoxazole|septrin|sulfasalazine|sulphasalazine|nevirapine|modafinil)"
)
# started weeks ago ("2 weeks ago", "3 weeks back", "in january", "last month"), not years
_STARTED_DRUG = compiled(
    r"\b" + _CULPRIT + r"\b[^.!?]{0,40}\b(?:\d|two|three|four|five|six|seven|eight|a few|a couple"
    r" of) (?:days?|weeks?) (?:ago|back)\b"
    r"|\b(?:started|starting|began|begun|commenced|switched|moved|put|new) (?:me |him |her )?(?:on "
    r"|to |onto |taking )?(?:\w+ )?" + _CULPRIT + r"\b"
)
_DRUG_LONG_AGO = compiled(
    r"\b(?:years?|decades?) ago\b|\bin (?:19|20)\d\d\b|\blast year\b|\bfor (?:years|ages|\d+ "
    r"years)\b|\b(?:\d+|many|several) years\b"
)
_DRUG_RASH = compiled(r"\brash\w*|\bhives\b|\bspots\b")
_SKIN_FAILING = compiled(
    r"\bblister\w*|\bpeel\w*|\bmouth (?:sores|ulcers)\b|\bsores in (?:my|his|her) mouth\b"
    r"|\bskin (?:coming|falling) off\b|\bsore eyes\b"
    # "her lips are crusted and sore", "lips raw and bleeding"
    r"|\blips?\b[^.!?]{0,20}\b(?:crust\w*|raw|bleeding|blister\w*|peeling|cracked and sore)\b"
)


def presentations_more(c: Ctx) -> None:
    t, live, on, hit = c.t, c.f.first_current, c.on, c.hit
    if ("icd" in t or "defib" in t) and _ICD.search(t) and _shock_told(c):
        hit(URGENT, "cardiac", "a shock from an implanted defibrillator", 5)
    face = "face" in t or "smile" in t
    if face and live(_ONE_SIDED_FACE) and _EYE_OR_BROW.search(t) and not _STROKE_REST.search(t):
        hit(URGENT, "neuro", "one-sided facial weakness including the eye (Bell's palsy?)")
    if _MS.search(t) and live(_LIMB_WORSE) and _OVER_DAYS.search(t):
        hit(URGENT, "neuro", "weakness over days with known MS (a relapse?)")
    if ("foot" in t or "heel" in t) and live(_FOOT_DROP) and not _FOOT_LONG.search(t):
        hit(URGENT, "neuro", "a foot gone weak on its own (foot drop?)")
    if "chest" in t and live(_MIXED) and live(_CHEST_STILL) and not on("breath_severe"):
        hit(URGENT, "poisoning", "a cough or a tight chest after breathing cleaning fumes")
    started = _STARTED_DRUG.search(t)
    # (dated back near the drug named, not "on quetiapine for years, switched to lamotrigine")
    if started and not _DRUG_LONG_AGO.search(t, max(0, started.start() - 20), started.end() + 30):
        _drug_skin(c)


_NOT = compiled(r"\b(?:not|never|no)\b")


def _shock_told(c: Ctx) -> bool:
    f = c.f
    for m in _ONE_SHOCK.finditer(c.t):
        if _NOT.search(m.group()):
            continue  # "the icd has not fired once", "never gone off"
        status = f.status_of(m)
        if status == ACTIVE:
            return True
        if status == PAST and not _LONG_AGO.search(c.t, *f.sentence_span(m.start())):
            return True
    return False


def _drug_skin(c: Ctx) -> None:
    """A rash, blisters or crusted lips in the weeks after starting a medicine that can do it
    (Stevens-Johnson?): blisters, or lips and mouth gone raw, are an emergency, rash said or not."""
    hit, live = c.hit, c.f.first_current
    if live(_SKIN_FAILING) and (live(_DRUG_RASH) or "lip" in c.t or "mouth" in c.t):
        hit(EMERGENCY, "allergy", "a rash with blisters or mouth sores on a new medicine")
    elif live(_DRUG_RASH):
        hit(URGENT, "allergy", "a rash in the weeks after starting a medicine that can do it")
