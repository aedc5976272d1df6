"""The head and the nerves: what a knock, a faint or a fit turns into (round AS).

Emergencies: drowsier by the day, or a limb gone weak, after a knock to the head (a bleed that
grows); a head wound gushing and not stopping; a baby's stiffening with the eyes fixed to one
side (fits); a fit in the bath or the water (breathed in); a faint with a tight chest, or a faint
while running or in sport (the heart); a sudden new confusion in someone fine hours before,
asking the same questions over and over.

Each rule pairs its words in one phrase or one clause, and each key match is checked current
with ``Facts.current`` (a faint in sport is one even when it is over: its cause is not).

For today: a headache on sitting up after a lumbar puncture; tingling round the mouth or hands
cramping after thyroid surgery (low calcium); the neck twisting or the eyes rolling up on a new
anti-sickness medicine (a dystonic reaction); Parkinson's medicines run out; an ear infection
with the bone behind the ear swollen (mastoiditis); hearing gone in one ear overnight; an eye's
sight blurred with pain on moving it (optic neuritis); new double vision; a grip getting weaker
with neck pain down the arm; numb feet and wobbly walking after nitrous oxide.
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx
from weighin.safety.triage.scope import ACTIVE, SETTLED

# a knock to the head within days, then drowsiness growing or a limb weakening
_HEAD_KNOCK = compiled(
    r"\b(?:hit|banged|bumped|knocked|bashed|whacked|cracked|smacked) (?:his|her|my|their) head\b"
    r"(?![^.!?]{0,40}\b(?:no issues|fine since|was fine|no bump|lol)\b)"
    r"|\b(?:knock|bang|blow) (?:to|on) (?:the|his|her|my) head\b"
)
_KNOCK_RECENT = compiled(
    r"\b(?:yesterday|last night|this morning|(?:\d|two|three|four|five|a few|couple of) days ago"
    r"|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at the weekend)\b"
)
_DROWSIER = compiled(
    r"\b(?:getting|got|gotten|become|becoming|grown|growing) (?:drowsier|sleepier|more (?:and more"
    r" )?(?:drowsy|sleepy))\b|\b(?:drowsier|sleepier) (?:each|every|by the) (?:day|hour)\b"
)
_LIMB_WEAK = compiled(
    r"\b(?:today |now )?(?:his|her|my|the) (?:left|right) (?:arm|leg|hand|side)\b[^.!?]{0,15}"
    r"\b(?:seems|is|feels|looks|has gone|went|going|gone) (?:a bit |really |very )?(?:weak|floppy"
    r"|heavy|useless)\b"
)
_HEAD_WOUND_GUSHING = compiled(
    r"\b(?:cut|gash|wound|laceration|scalp|forehead|head)\b[^.!?]{0,30}\b(?:gushing|pouring"
    r"|spurting|pumping)\b[^.!?]{0,20}\b(?:will not|wont|cannot|can not|not) stop\w*\b"
)
_STIFFENING = compiled(
    r"\b(?:going|goes|went|gone|keeps going) stiff (?:in (?:her|his) (?:arms|legs)|all over)\b"
    r"|\bstiffen\w* (?:all over|(?:her|his) (?:arms|whole body))\b|\b(?:jerking|twitching)"
    r" (?:of )?(?:her|his) (?:arms?|legs?|limbs|body)\b"
)
_EYES_OFF = compiled(
    r"\beyes?\b[^.!?]{0,20}\b(?:staring|rolling|rolled|turned|deviat\w*|flicking)\b (?:off )?(?:to"
    r" (?:one|the) side|up|back|sideways)\b"
)
_NOT_FITS = compiled(r"\bwhen (?:she|he) (?:poos?|pooing|cries|crying|feeds|strains|is angry)\b")
_FIT_IN_WATER = compiled(
    r"\b(?:had|having|has had|just had|went into) (?:a )?(?:seizure|fit|convulsion)\b[^.!?]{0,20}"
    r"\b(?:in|under|into) the (?:bath|pool|water|sea|lake|swimming pool|tub)\b"
    r"|\b(?:seizure|fit|convulsion) (?:while|whilst) (?:swimming|in the (?:bath|pool|water))\b"
)
_FIRST_FIT = compiled(
    r"\bfirst (?:ever )?(?:fit|seizure|convulsion)\b[^.!?]{0,40}\b(?:just|right now|now)\b"
)
_CHEST_TIGHT = compiled(
    r"\bchest (?:felt|feels|was|is|went|going|got) (?:\w+ )?(?:tight|heavy|crushing|squeez\w*"
    r"|pressure)\b|\b(?:tight|heavy|crushing) (?:feeling in )?(?:his|her|my|the) chest\b"
)
_FAINT_SPORT = compiled(
    r"\b(?:fainted|fainting|passed out|collapsed|blacked out|keeled over)\b[^.!?]{0,20}\b(?:while"
    r"|when|whilst|during|mid)[- ](?:\w+ )?(?:running|run|jogging|exercising|sprinting|training"
    r"|cycling|swimming|a run|a race|the race|a match|the match|football|rugby|netball"
    r"|basketball|the gym|pe|sport|cross country)\b"
)
_DIED_YOUNG = compiled(
    r"\bdied (?:suddenly|in (?:his|her|their) sleep)\b[^.!?]{0,30}\b(?:at|aged) (?:[1-4]\d)\b"
    r"|\bsudden (?:cardiac )?death\b"
)
_SUDDEN_NEW = compiled(
    r"\b(?:was|he was|she was|they were) (?:fine|normal|ok|okay|himself|herself) (?:last night"
    r"|yesterday|this morning|an hour ago|at breakfast|at lunch)\b|\ball of a sudden\b"
)
_SAME_QUESTIONS = compiled(
    r"\b(?:keeps|kept|keep) asking (?:the same (?:questions?|thing)|what day it is"
    r"|where (?:he|she|we) (?:is|are))\b"
)
_THYROID_SPASM = compiled(
    r"\b(?:thyroid|parathyroid)(?:ectomy)?\b (?:\w+ )?(?:out|removed|surgery|operation|op)\b"
    r"[^.!?]{0,60}\b(?:hands?|fingers) (?:are |is |keep )?(?:cramp\w*|spasm\w*|going into claws)"
)
_TODAY = (
    (
        compiled(
            r"\b(?:lumbar puncture|spinal tap|epidural)\b[^.!?]{0,80}\bheadache\b[^.!?]{0,40}"
            r"\b(?:sit up|sitting up|stand up|standing|upright)\b"
        ),
        "neuro",
        "a headache on sitting up after a lumbar puncture",
    ),
    (
        compiled(
            r"\b(?:thyroid|parathyroid)(?:ectomy)?\b (?:\w+ )?(?:out|removed|surgery|operation"
            r"|op)\b[^.!?]{0,40}\b(?:tingl\w* (?:round|around|in) (?:my|his|her) (?:lips|mouth"
            r"|fingers)"
            r"|pins and needles (?:round|around|in) (?:my|his|her) (?:lips|mouth|fingers)"
            r"|(?:hands?|fingers) (?:are |is )?cramp\w*)\b"
        ),
        "other",
        "tingling or cramps after thyroid surgery (low calcium?)",
    ),
    (
        compiled(
            r"\b(?:anti-?sickness|metoclopramide|maxolon|prochlorperazine|stemetil|haloperidol"
            r"|new (?:tablets|medicine|meds|medication))\b[^.!?]{0,60}\b(?:neck (?:keeps |is )?"
            r"(?:twisting|turning|pulling)|eyes (?:keep )?(?:rolling|roll) up|jaw (?:is )?"
            r"(?:locked|locking|clenched)|tongue (?:is )?sticking out)\b"
        ),
        "neuro",
        "the neck twisting or the eyes rolling up on a medicine (a dystonic reaction?)",
    ),
    (
        compiled(
            r"\bparkinson\w*\b[^.!?]{0,40}\b(?:ran out of|has run out of|have run out of"
            r"|missed (?:his|her|their) (?:doses?|tablets|meds))\b[^.!?]{0,20}\b(?:meds"
            r"|medication|medicine|tablets|madopar|sinemet|levodopa|doses?)\b"
            r"|\bparkinson\w*\b[^.!?]{0,40}\bran out\b"
        ),
        "neuro",
        "Parkinson's medicines run out",
    ),
    (
        compiled(
            r"\b(?:ear infection|earache|ear ache|otitis)\b[^.!?]{0,60}\b(?:bone |area "
            r"|skin )?behind"
            r" (?:my|his|her|the) ear\b[^.!?]{0,30}\b(?:swollen|swelling|sticking out|pushed out)\b"
        ),
        "infection",
        "an ear infection with swelling behind the ear (mastoiditis?)",
    ),
    (
        compiled(
            r"\b(?:woke up|overnight|suddenly)\b[^.!?]{0,20}\b(?:deaf|(?:can not|cannot|could not)"
            r" hear|lost (?:the |my )?hearing)\b[^.!?]{0,20}\b(?:left|right|one) ear\b"
            r"|\b(?:woke up|overnight|suddenly)\b[^.!?]{0,40}\b(?:left|right|one) ear\b[^.!?]{0,20}"
            r"\b(?:deaf|muffled and ringing|gone quiet|lost (?:the |its )?hearing)\b"
        ),
        "other",
        "hearing gone in one ear overnight",
    ),
    (
        compiled(
            r"\b(?:eye|eyes)\b[^.!?]{0,10}\b(?:hurts?|painful|aches?)\b[^.!?]{0,10}\bwhen (?:i|he"
            r"|she) (?:move|moves) (?:it|them|my eyes?)\b|\bpain (?:on|when) moving (?:my|the|his"
            r"|her) eyes?\b|\bhurts when (?:i|he|she) move (?:the|my|his|her) eyes?\b"
        ),
        "neuro",
        "an eye that hurts to move (optic neuritis?)",
    ),
    (
        compiled(
            r"\b(?:double vision|seeing double|see double|everything looks doubled)\b[^.!?]{0,30}"
            r"\b(?:started|since|began|came on|woke up)\b"
            r"(?![^.!?]{0,60}\b(?:drunk|pints|hangover|drinking|tired)\b)"
        ),
        "neuro",
        "new double vision",
    ),
    (
        compiled(
            r"\bneck\b[^.!?]{0,40}\b(?:down|into) (?:my|his|her) arm\b[^.!?]{0,80}\b(?:grip|hand"
            r"|arm) (?:is )?(?:getting|going) weaker\b"
        ),
        "neuro",
        "neck pain down the arm with the grip getting weaker (a trapped nerve root?)",
    ),
    (
        compiled(
            r"\b(?:nos|nitrous|whippets|cream chargers|canisters)\b[^.!?]{0,60}\b(?:most|every)"
            r" (?:weekends?|days?|nights?)\b[^\n]{0,80}\b(?:numb|tingl\w*|wobbly|unsteady)\b"
        ),
        "poisoning",
        "numbness or a wobbly walk after months of nitrous oxide",
    ),
)


def head(c: Ctx) -> None:
    f, on, hit = c.f, c.on, c.hit
    live = f.first_current
    knock = live(_HEAD_KNOCK)
    if knock and _KNOCK_RECENT.search(c.t) and (live(_DROWSIER) or live(_LIMB_WEAK)):
        hit(EMERGENCY, "neuro", "drowsier or a limb weak days after a knock to the head (a bleed?)")
    if live(_HEAD_WOUND_GUSHING):
        hit(EMERGENCY, "bleeding", "a head wound gushing and not stopping")
    if f.infant and live(_STIFFENING) and live(_EYES_OFF) and not _NOT_FITS.search(c.t):
        hit(EMERGENCY, "pediatric", "a baby stiffening with the eyes turned off (fits?)")
    if live(_FIRST_FIT) and on("drowsy", "confusion"):
        hit(EMERGENCY, "neuro", "a first fit just now, still drowsy or confused")
    if live(_FIT_IN_WATER):
        hit(EMERGENCY, "neuro", "a fit in the water (water breathed in?)")
    if on("fainted", "knocked_out", "collapsed") and live(_CHEST_TIGHT):
        hit(EMERGENCY, "cardiac", "fainted with a tight chest")
    # (with someone in the family who died young and suddenly, or a tight chest: otherwise,
    # and over, it is for today)
    sport = next(iter(_FAINT_SPORT.finditer(c.t)), None)
    status = (
        f.status(sport.start(), sport.end(), f.clause_at(sport.start()), "fainted")
        if sport is not None
        else ""
    )
    if status in (ACTIVE, SETTLED) and (live(_DIED_YOUNG) or live(_CHEST_TIGHT)):
        hit(EMERGENCY, "cardiac", "fainted during exercise (the heart?)")
    # (the same questions over and over are the confusion, said without the word)
    if not f.child and (
        (live(_SAME_QUESTIONS) and live(_SUDDEN_NEW)) or (on("confusion") and on("sudden"))
    ):
        hit(EMERGENCY, "neuro", "a sudden new confusion")
    # the hands cramping into claws after thyroid surgery: calcium low enough for a drip
    if live(_THYROID_SPASM):
        hit(EMERGENCY, "other", "hands cramping after thyroid surgery (calcium very low?)")
    for rx, category, reason in _TODAY:
        if live(rx):
            hit(URGENT, category, reason)
