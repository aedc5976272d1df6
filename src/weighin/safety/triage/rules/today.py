"""More same-day presentations of the small parts of the body and of accidents at home: what
needs a doctor today but no ambulance (rounds AN and AO; ``same_day`` has the older ones).

Fingers white, numb and then blistered after the cold (frostbite); eyelids glued shut; a
tendon cut (a fingertip that will not bend); a jaw stuck open; a shingles band; eczema gone
crusty with punched-out sores (eczema herpeticum); a one-sided sore throat with the mouth hard
to open (quinsy); a newborn's sticky, swollen eye; a blocked catheter with a sore belly; a
condom that broke with a partner of unknown status (post-exposure treatment); a pregnancy with
no fluid kept down and dark urine; hearing muffled with blood after a cotton bud (a perforated
drum); a squashy swelling on the ear or inside the nose after a blow (a haematoma); a fish
hook past its barb, glass left in a wound; eyes gritty and light-shy after welding (arc eye);
a fall or a shock in pregnancy; a limb that will not bear weight or grip after a fall; thirst,
passing water often and weight lost (new diabetes); bruises everywhere with bleeding gums.
Every match is current (``Facts.first_current``); these rules only make a text urgent.
"""

from __future__ import annotations

from weighin.safety.triage.levels import URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx

_COLD = compiled(
    r"\b(?:snow|cold|freezing|frost\w*|ice|climbing|without gloves|no gloves|winter)\b"
)
_DIGITS_WHITE = compiled(
    r"\b(?:fingers?|fingertips?|toes?)\b[^.!?]{0,20}\b(?:went|gone|turned|are|were) (?:white|waxy"
    r"|grey|gray)\b"
)
_BLISTER_PURPLE = compiled(r"\bblister\w*|\bpurpl\w*|\bblack\w*")
_GLUED_SHUT = compiled(
    r"\b(?:super ?glue|glue)\b[^.!?]{0,50}\b(?:eye|eyelids?|eyelashes|lashes)\b"
    r"|\b(?:eye|eyelids?|eyelashes) (?:is |are )?glued\b"
)
_TIP_WONT_BEND = compiled(
    r"\b(?:cannot|can not|could not|unable to) (?:bend|straighten|move) (?:the )?(?:tip|end|top)"
    r" of (?:my|his|her|the) (?:finger|thumb)\b"
    r"|\b(?:finger|thumb)\b[^.!?]{0,60}\b(?:cannot|can not|could not) (?:bend|straighten)"
    r" (?:the )?(?:tip|end|top) of it\b"
)
_JAW_STUCK = compiled(
    r"\bjaw (?:is |has )?(?:stuck|locked|gone) (?:open|out)\b|\b(?:cannot|can not) close (?:my|his"
    r"|her) (?:mouth|jaw)\b"
)
_BAND_RASH = compiled(
    r"\b(?:rash|blisters?)\b[^.!?]{0,40}\b(?:band|strip|stripe|belt)\b[^.!?]{0,40}\bone side\b"
    r"|\b(?:band|strip|stripe) of (?:blisters|painful blisters|rash)\b"
)
_ECZEMA_SORES = compiled(
    r"\beczema\b[^.!?]{0,60}\b(?:punched[- ]out|crusty|crusted|weeping) (?:\w+ )?(?:sores|spots"
    r"|blisters)\b|\beczema\b[^.!?]{0,40}\b(?:suddenly )?(?:went|gone|turned) (?:crusty|weepy)\b"
)
_ONE_SIDED_THROAT = compiled(
    r"\b(?:sore )?throat\b[^.!?]{0,60}\b(?:one side|left side|right side)\b"
)
_MOUTH_HARD_TO_OPEN = compiled(
    r"\b(?:opening|open) (?:my|his|her) mouth (?:is )?(?:getting )?(?:harder|hard|difficult)\b"
    r"|\b(?:cannot|can not|can barely|struggling to) open (?:my|his|her) mouth\b"
)
_STICKY_EYE = compiled(
    r"\beyes?\b[^.!?]{0,30}\b(?:goop|gunk|pus|discharge|sticky|yellow stuff|green stuff)\b"
    r"|\b(?:lids?|eyelids?) (?:are |is )?swollen\b"
)
_CATHETER_BLOCKED = compiled(
    r"\bcatheter\b[^.!?]{0,30}\b(?:stopped draining|not draining|blocked|bypassing|nothing in the"
    r" bag|no urine)\b"
)
_CONDOM_RISK = compiled(
    r"\bcondom (?:broke|split|came off|slipped off|burst)\b[^.!?]{0,80}\b(?:do not know|dont know"
    r"|did not know|stranger|hiv|hep|positive|sex worker|random|hook ?up|new guy|new partner)\b"
)
_NO_FLUID_KEPT = compiled(
    r"\b(?:cannot|can not|could not) keep (?:even )?(?:water|fluids?|anything|liquids?) down\b"
)
_DARK_URINE = compiled(r"\b(?:pee|wee|urine)\b[^.!?]{0,15}\b(?:dark|brown|very yellow)\b")
_BUD_BLOOD = compiled(
    r"\b(?:cotton bud|q-?tip|ear bud|bobby pin|hair ?pin)\b[^.!?]{0,80}\b(?:blood|bleed\w*)\b"
)
_MUFFLED = compiled(r"\bhearing(?:'s| is| has gone)? (?:muffled|dull|gone)\b|\bmuffled\b")
_BLOW_SWELLING = compiled(
    r"\b(?:squish\w*|squash\w*|soft|spongy|purple)\b[^.!?]{0,30}\bswelling\b[^.!?]{0,40}\b(?:ear"
    r"|inside (?:my|his|her|the) nose|middle bit|septum)\b|\bswelling (?:on|inside) (?:the|my|his"
    r"|her) (?:ear|nose)\b"
)
_HOOK = compiled(
    r"\bfish(?:ing)? ?hook\b[^.!?]{0,60}\b(?:past the barb|stuck|in (?:my|his|her) (?:finger"
    r"|thumb|hand))\b"
)
_GLASS_LEFT = compiled(
    r"\b(?:glass|splinter|shard)\b[^.!?]{0,20}\b(?:still )?(?:in it|in there|stuck|left in"
    r"|inside)\b|\bstill (?:a )?(?:bit of )?(?:glass|splinter) in\b"
)
_WELDING = compiled(
    r"\bweld\w*\b[^.!?]{0,60}\b(?:without|no) (?:the |a )?(?:proper )?(?:mask"
    r"|goggles|visor|helmet)\b|\barc eye\b"
)
_EYES_GRITTY = compiled(
    r"\beyes?\b[^.!?]{0,30}\b(?:gritty|sand|burning|watering|sore)\b|\b(?:cannot|can not)"
    r" stand the light\b"
)
_PREG_KNOCK = compiled(
    r"\b(?:slipped|fell|fall|landed|tripped)\b(?! pregnant)|\b(?:shock|zap|jolt) (?:from|off)\b"
)
_NO_WEIGHT = compiled(
    r"\b(?:will not|wont|cannot|can not|refuses to|does not want to) (?:put (?:any )?weight on"
    r"|stand on|walk on)\b|\b(?:cannot|can not) grip\b|\bmight be broken\b|\bthink (?:it is|it's"
    r"|its) broken\b"
)
_FELL = compiled(r"\bfell\b|\bfall\b|\bslipped\b|\btripped\b|\bshut (?:her|his|my) \w+ in\b")
_THIRST = compiled(r"\b(?:so|really|very|always|constantly) thirsty\b|\bthirsty all the time\b")
_WEIGHT_LOST = compiled(
    r"\blost (?:a stone|\d+ ?(?:kg|lbs?|pounds|kilos)|weight)\b[^.!?]{0,20}\bwithout (?:trying"
    r"|dieting)\b"
)
_BRUISES = compiled(
    r"\b(?:new )?bruises (?:everywhere|all over)\b|\bbruising (?:everywhere"
    r"|all over)\b"
)
_GUMS_BLEED = compiled(r"\bgums (?:bleed|bleeding|are bleeding)\b|\bbleeding gums\b")


def today(c: Ctx) -> None:
    f, on, hit = c.f, c.on, c.hit
    live = f.first_current
    if live(_DIGITS_WHITE) and live(_BLISTER_PURPLE) and _COLD.search(c.t):
        hit(URGENT, "other", "fingers or toes white, then blistered, after the cold (frostbite?)")
    if live(_GLUED_SHUT):
        hit(URGENT, "other", "eyelids glued together")
    if live(_TIP_WONT_BEND):
        hit(URGENT, "other", "a cut with a fingertip that will not bend (a tendon?)")
    if live(_JAW_STUCK):
        hit(URGENT, "other", "a jaw stuck open")
    if live(_BAND_RASH):
        hit(URGENT, "infection", "a blistering band of rash on one side (shingles?)")
    if live(_ECZEMA_SORES):
        hit(URGENT, "infection", "eczema gone crusty with punched-out sores")
    if live(_ONE_SIDED_THROAT) and live(_MOUTH_HARD_TO_OPEN):
        hit(URGENT, "infection", "a one-sided sore throat, the mouth hard to open (quinsy?)")
    if f.infant and f.age_months is not None and f.age_months < 1 and live(_STICKY_EYE):
        hit(URGENT, "infection", "a newborn's sticky or swollen eye")
    if live(_CATHETER_BLOCKED):
        hit(URGENT, "other", "a catheter that has stopped draining")
    if live(_CONDOM_RISK):
        hit(URGENT, "infection", "a condom failed with a partner of unknown status (PEP?)")
    if c.pregnant and live(_NO_FLUID_KEPT) and live(_DARK_URINE):
        hit(URGENT, "pregnancy", "no fluid kept down in pregnancy, with dark urine")
    if live(_BUD_BLOOD) and live(_MUFFLED):
        hit(URGENT, "other", "blood and muffled hearing after something in the ear")
    if live(_BLOW_SWELLING):
        hit(URGENT, "other", "a squashy swelling on the ear or in the nose after a blow")
    if live(_HOOK):
        hit(URGENT, "other", "a fish hook embedded")
    if live(_GLASS_LEFT):
        hit(URGENT, "other", "glass or a splinter left in a wound")
    if live(_WELDING) and live(_EYES_GRITTY):
        hit(URGENT, "other", "sore, gritty eyes after welding (arc eye)")
    if c.pregnant and live(_PREG_KNOCK) and not on("preg_bleed"):
        hit(URGENT, "pregnancy", "a fall, a blow or a shock in pregnancy")
    if live(_NO_WEIGHT) and live(_FELL):
        hit(URGENT, "other", "a limb that will not bear weight or grip after a fall")
    if live(_THIRST) and live(_WEIGHT_LOST):
        hit(URGENT, "other", "thirst with weight lost without trying (diabetes?)")
    if live(_BRUISES) and (live(_GUMS_BLEED) or on("bleeding_any")):
        hit(URGENT, "bleeding", "bruises everywhere with bleeding gums")
