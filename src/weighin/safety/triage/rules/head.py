"""The head and the nerves: what a knock, a fit or a faint turns into (round AS).

Drowsier by the day, or a limb gone weak, days after a knock to the head, said in one sentence
(a bleed that grows); a head wound gushing and not stopping; a baby stiffening with the eyes
turned off to one side (fits); a first fit just now with the person still drowsy; a seizure in
the bath or the water (water breathed in); a faint with a tight chest; hands cramping days
after thyroid surgery (calcium low enough for a drip); weakness climbing from the legs to the
arms, and now breathing or swallowing too (Guillain-Barré).

Emergencies only, each rule within one phrase or one sentence (see ``belly``).
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import ANIMAL, Ctx

_KNOCK_THEN_DROWSY = compiled(
    r"\b(?:hit|banged|bumped|knocked|bashed|whacked|cracked|smacked) (?:his|her|my|their) head\b"
    r"[^.!?]{0,30}\b(?:yesterday|(?:\d|two|three|four|five|a few|couple of) days ago|on (?:monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday)|at the weekend)\b[^.!?]{0,30}\b(?:got"
    r"|getting|gotten|become|becoming|grown|growing|is|has) (?:drowsier|sleepier|more (?:and more"
    r" )?(?:drowsy|sleepy))\b|\b(?:hit|banged|bumped|knocked) (?:his|her|my|their) head\b"
    r"[^.!?]{0,30}\b(?:days ago|yesterday)\b[^.!?]{0,60}\b(?:drowsier|sleepier) (?:each|every"
    r"|by the) (?:day|hour)\b"
)
_HEAD_WOUND_GUSHING = compiled(
    r"\b(?:cut|gash|wound|laceration) (?:on|in|to) (?:my|his|her|the) (?:head|forehead|scalp)\b"
    r"[^.!?]{0,15}\b(?:is )?(?:gushing|pouring|spurting|pumping)\b[^.!?]{0,20}\b(?:will not|wont"
    r"|cannot|can not|not) stop\w*\b"
)
_STIFF_EYES = compiled(
    r"\b(?:going|goes|went|gone|keeps going) stiff\b[^.!?]{0,30}\beyes?\b[^.!?]{0,15}\b(?:rolling"
    r"|rolled|staring|turned|turning|flicking) (?:off )?(?:to (?:one|the) side|up|back)\b"
)
_FIRST_FIT = compiled(
    r"\bfirst (?:ever )?(?:fit|seizure|convulsion)\b[^.!?]{0,40}\b(?:just|right now|now)\b"
)
_SEIZURE_IN_WATER = compiled(
    r"\b(?:had|having|has had|just had|went into) (?:a )?(?:seizure|convulsion|epileptic fit)\b"
    r"[^.!?]{0,20}\b(?:in|under|into) the (?:bath|pool|water|sea|lake|swimming pool|tub)\b"
    r"|\b(?:seizure|convulsion) (?:while|whilst) (?:swimming|in the (?:bath|pool|water))\b"
    # round widen: "seized in the bath", and a "fit" in the water told with what a seizure does
    # (went under, went stiff, pulled out, coughing): not a tantrum or a fit of temper
    r"|\bseized (?:up )?in the (?:bath|pool|water|sea|tub)\b"
    r"|\b(?:had|having|has had|just had) a fit in the (?:bath|pool|water|sea|tub)\b"
    r"(?=[^.!?]{0,80}\b(?:went under|under the water|went (?:all )?stiff|shaking|jerking"
    r"|(?:pulled|got|lifted) (?:him|her|them) out|breathing|cough\w*|blue|sleepy|drowsy)\b)"
)
_CHEST_TIGHT = compiled(
    r"\bchest (?:felt|feels|was|is|went|going|got) (?:\w+ )?(?:tight|heavy|crushing|squeez\w*"
    r"|pressure)\b|\b(?:tight|heavy|crushing) (?:feeling in )?(?:his|her|my|the) chest\b"
)
_THYROID_SPASM = compiled(
    r"\b(?:had (?:my |her |his )?thyroid (?:out|removed|taken out)|thyroid (?:was )?(?:out"
    r"|removed) (?:on|yesterday|last|\d+ days ago)|thyroidectomy (?:on|yesterday|last|\d+ days"
    r" ago))\b[^.!?]{0,60}\b(?:hands?|fingers) (?:are |is |keep )?(?:cramp\w*|spasm\w*|going"
    r" into claws)"
)
# weakness that climbs: "my legs got weaker and weaker, now my arms too"
_ASCENDING = compiled(
    r"\b(?:legs?|feet)\b[^.!?]{0,40}\b(?:weaker|weak)\b[^.!?]{0,80}\b(?:now|today|this morning)"
    r"\b[^.!?]{0,15}\b(?:arms?|hands?)\b(?: (?:too|as well|are weak|going weak|getting weak"
    r"|are going|are getting))"
    r"|\b(?:legs?|feet)\b[^.!?]{0,40}\b(?:weaker|weak)\b[^.!?]{0,80}\b(?:arms?|hands?)\b"
    r" (?:are |is )?(?:now )?(?:going|getting) weak"
)
_ASCENDING_ELSE = compiled(
    r"\bspin\b|\bgym\b|\bclass\b|\bworkout\b|\bclimb\w*|\bstairs\b|\bpregnan\w*|\bdiabet\w*"
    r"|\bfor (?:a|\d+|two|several) (?:years?|months)\b|\bswollen\b|\bswelling\b"
)
_BREATH_SWALLOW = compiled(
    r"\b(?:hard|difficult|struggling|cannot|can not|trouble|difficulty) (?:to )?(?:breath\w*"
    r"|swallow\w*)\b|\bbreathing (?:feels |is |getting )?(?:shallow|weak|hard)\b"
)


def head(c: Ctx) -> None:
    f, on, hit = c.f, c.on, c.hit
    live = f.first_current
    if live(_KNOCK_THEN_DROWSY) and not ANIMAL.search(c.t):
        hit(EMERGENCY, "neuro", "drowsier days after a knock to the head (a bleed?)")
    if live(_HEAD_WOUND_GUSHING):
        hit(EMERGENCY, "bleeding", "a head wound gushing and not stopping")
    if f.infant and live(_STIFF_EYES):
        hit(EMERGENCY, "pediatric", "a baby stiffening with the eyes turned off (fits?)")
    if live(_FIRST_FIT) and on("drowsy", "confusion"):
        hit(EMERGENCY, "neuro", "a first fit just now, still drowsy or confused")
    if live(_SEIZURE_IN_WATER) and not ANIMAL.search(c.t):
        hit(EMERGENCY, "neuro", "a seizure in the water (water breathed in?)")
    if on("fainted", "knocked_out", "collapsed") and live(_CHEST_TIGHT):
        hit(EMERGENCY, "cardiac", "fainted with a tight chest")
    # the hands cramping days after thyroid surgery: calcium low enough for a drip
    if (
        _ASCENDING.search(c.t)
        and not _ASCENDING_ELSE.search(c.t)
        and (live(_BREATH_SWALLOW) or on("breathless", "breath_severe", "cannot_swallow"))
    ):
        hit(EMERGENCY, "neuro", "weakness climbing to the arms, with breathing or swallowing")
    if live(_THYROID_SPASM):
        hit(EMERGENCY, "other", "hands cramping after thyroid surgery (calcium very low?)")
