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

_HEAD_KNOCK = compiled(
    r"\b(?:hit|banged|bumped|knocked|bashed|whacked|cracked|smacked) (?:his|her|my|their) head\b"
    r"|\bhead injury\b|\b(?:knock|bang|blow) (?:to|on) (?:the|his|her|my) head\b"
)
_DROWSIER = compiled(r"\b(?:drowsier|sleepier|more (?:and more )?(?:drowsy|sleepy))\b")
_LIMB_WEAK = compiled(
    r"\b(?:left|right|one) (?:arm|leg|hand|side)\b[^.!?]{0,15}\b(?:seems|is|feels|looks|has gone"
    r"|went|going|gone) (?:a bit |really |very )?(?:weak|floppy|dead|heavy|useless)\b"
)
_GUSHING = compiled(
    r"\b(?:gushing|pouring|spurting|pumping|streaming)\b[^.!?]{0,20}\b(?:will not|wont|cannot"
    r"|can not|not) stop\w*\b"
)
_STIFFENING = compiled(
    r"\b(?:going|goes|went|gone|keeps going) stiff\b|\bstiffen\w*\b|\b(?:jerking|twitching)"
    r" (?:of )?(?:her|his|the) (?:arms?|legs?|limbs|body)\b"
)
_EYES_FIXED = compiled(
    r"\beyes?\b[^.!?]{0,20}\b(?:staring|rolling|rolled|fixed|turned|deviat\w*|flicking)\b"
    r"[^.!?]{0,20}(?:\b(?:one side|to the side|up|back|off)\b)?"
)
_IN_WATER = compiled(
    r"\b(?:seizure|fit|fitting|convulsion|convulsing)\b[^.!?]{0,20}\b(?:in|under|into) the"
    r" (?:bath|pool|water|sea|lake|swimming pool|tub)\b"
)
# a first fit just now, the person still drowsy or confused from it
_FIRST_FIT = compiled(
    r"\bfirst (?:ever )?(?:fit|seizure|convulsion)\b[^.!?]{0,40}\b(?:just|right now|now)\b"
)
_CHEST_TIGHT = compiled(
    r"\bchest (?:felt|feels|was|is|went|going|got) (?:\w+ )?(?:tight|heavy|crushing|squeez\w*"
    r"|pressure)\b|\b(?:tight|heavy|crushing) (?:feeling in )?(?:his|her|my|the) chest\b"
)
_FAINT_SPORT = compiled(
    r"\b(?:fainted|fainting|passed out|collapsed|blacked out|keeled over)\b[^.!?]{0,20}\b(?:while"
    r"|when|whilst|during|mid)[- ](?:\w+ )?(?:running|jogging|exercising|sprinting|training"
    r"|cycling|swimming|a run|a race|the race|a match|the match|football|rugby|netball"
    r"|basketball|the gym|pe|sport)\b"
)
_FLUTTER = compiled(r"\b(?:chest|heart)\b[^.!?]{0,15}\b(?:flutter\w*|racing|pounding|skipping)\b")
_DIED_YOUNG = compiled(
    r"\bdied (?:suddenly|in (?:his|her|their) sleep)\b[^.!?]{0,30}\b(?:at|aged) (?:[1-4]\d)\b"
    r"|\bsudden (?:cardiac )?death\b"
)
_SUDDEN_NEW = compiled(
    r"\b(?:was|he was|she was|they were) (?:fine|normal|ok|okay|himself|herself) (?:last night"
    r"|yesterday|this morning|an hour ago|at breakfast|at lunch)\b|\ball of a sudden\b"
)
_SAME_QUESTIONS = compiled(
    r"\b(?:keeps|kept|keep) asking (?:the same|what day|where (?:he|she|we) (?:is|are)|why)\b"
    r"[^.!?]{0,60}(?:\bover and over\b|\bagain and again\b)?"
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
            r"\b(?:tingl\w*|pins and needles|numb\w*)\b[^.!?]{0,60}\b(?:thyroid|parathyroid)\b"
            r"[^.!?]{0,20}\b(?:out|removed|surgery|operation|op)\b|\b(?:thyroid|parathyroid)\b"
            r"[^.!?]{0,20}\b(?:out|removed|surgery|operation)\b[^.!?]{0,60}\b(?:tingl\w*"
            r"|pins and needles|cramp\w*)\b"
        ),
        "other",
        "tingling or cramps after thyroid surgery (low calcium?)",
    ),
    (
        compiled(
            r"\b(?:anti-?sickness|metoclopramide|maxolon|prochlorperazine|stemetil|haloperidol"
            r"|new (?:tablets|medicine|meds|medication))\b[^.!?]{0,60}\b(?:neck (?:keeps |is )?"
            r"(?:twisting|turning|pulling)|eyes (?:keep )?(?:rolling|roll) up)\b"
            r"|\b(?:neck (?:keeps |is )?(?:twisting|turning|pulling)|eyes (?:keep )?"
            r"(?:rolling|roll) up)\b[^.!?]{0,60}\b(?:anti-?sickness|metoclopramide|maxolon"
            r"|prochlorperazine|stemetil|haloperidol|new (?:tablets|medicine|meds|medication))\b"
        ),
        "neuro",
        "the neck twisting or the eyes rolling up on a medicine (a dystonic reaction?)",
    ),
    (
        compiled(
            r"\bparkinson\w*\b[^.!?]{0,40}\b(?:ran out|run out|running out|out of|missed)\b"
            r"[^.!?]{0,20}\b(?:meds|medication|medicine|tablets|madopar|sinemet|levodopa)\b"
        ),
        "neuro",
        "Parkinson's medicines run out",
    ),
    (
        compiled(
            r"\b(?:bone |area |skin )?behind (?:my|his|her|the) ear\b[^.!?]{0,30}\b(?:swollen"
            r"|swelling|red|sticking out|pushed out)\b"
        ),
        "infection",
        "swelling behind the ear (mastoiditis?)",
    ),
    (
        compiled(
            r"\b(?:woke up|overnight|suddenly)\b[^.!?]{0,40}\b(?:left|right|one) ear\b[^.!?]{0,30}"
            r"\b(?:muffled|deaf|cannot hear|can not hear|gone quiet|blocked)\b"
            r"|\b(?:left|right|one) ear\b[^.!?]{0,30}\b(?:muffled|deaf|gone quiet)\b[^.!?]{0,40}"
            r"\b(?:overnight|this morning|suddenly|woke up)\b"
        ),
        "other",
        "hearing gone in one ear overnight",
    ),
    (
        compiled(
            r"\b(?:hurts|pain|painful|aches?)\b[^.!?]{0,20}\bwhen (?:i|he|she) (?:move|moves|look)"
            r"\b[^.!?]{0,15}\beyes?\b"
        ),
        "neuro",
        "an eye that hurts to move, with the sight going (optic neuritis?)",
    ),
    (
        compiled(
            r"\b(?:double vision|seeing double|see double)\b[^.!?]{0,30}\b(?:started|since|began"
            r"|this morning|today|came on|woke up)\b|\b(?:started|suddenly|woke up with)\b"
            r"[^.!?]{0,20}\b(?:double vision|seeing double)\b"
        ),
        "neuro",
        "new double vision",
    ),
    (
        compiled(
            r"\b(?:grip|hand|arm)\b[^.!?]{0,20}\b(?:getting|going|gone|is) (?:weaker|weak)\b"
            r"(?=[^\n]{0,120}\bneck\b)|\bneck\b[^\n]{0,120}\b(?:grip|hand|arm)\b[^.!?]{0,20}"
            r"\b(?:getting|going) (?:weaker|weak)\b"
        ),
        "neuro",
        "neck pain with a grip or arm getting weaker (a trapped nerve root?)",
    ),
    (
        compiled(
            r"\b(?:nos|nitrous|laughing gas|whippets|balloons|canisters)\b[^\n]{0,100}\b(?:numb"
            r"|tingl\w*|wobbly|unsteady|cannot walk)\b"
        ),
        "poisoning",
        "numbness or a wobbly walk after nitrous oxide",
    ),
)


def head(c: Ctx) -> None:
    f, on, hit = c.f, c.on, c.hit
    live = f.first_current
    if _HEAD_KNOCK.search(c.t) and (live(_DROWSIER) or live(_LIMB_WEAK)):
        hit(EMERGENCY, "neuro", "drowsier or a limb weak after a knock to the head (a bleed?)")
    if on("head_injury") and live(_GUSHING):
        hit(EMERGENCY, "bleeding", "a head wound gushing and not stopping")
    if f.infant and live(_STIFFENING) and live(_EYES_FIXED):
        hit(EMERGENCY, "pediatric", "a baby stiffening with the eyes fixed (fits?)")
    if live(_FIRST_FIT) and on("drowsy", "confusion"):
        hit(EMERGENCY, "neuro", "a first fit just now, still drowsy or confused")
    if live(_IN_WATER):
        hit(EMERGENCY, "neuro", "a fit in the water (water breathed in?)")
    if on("fainted", "knocked_out", "collapsed") and live(_CHEST_TIGHT):
        hit(EMERGENCY, "cardiac", "fainted with a tight chest")
    # (one that is over is for today, unless the heart is still fluttering or someone in the
    # family died young and suddenly)
    sport = next(iter(_FAINT_SPORT.finditer(c.t)), None)
    status = (
        f.status(sport.start(), sport.end(), f.clause_at(sport.start()), "fainted")
        if sport is not None
        else ""
    )
    if status == ACTIVE or (
        status == SETTLED and (on("palpitations") or live(_FLUTTER) or live(_DIED_YOUNG))
    ):
        hit(EMERGENCY, "cardiac", "fainted during exercise (the heart?)")
    # (the same questions over and over are the confusion, said without the word)
    if (live(_SAME_QUESTIONS) and live(_SUDDEN_NEW)) or (on("confusion") and on("sudden")):
        hit(EMERGENCY, "neuro", "a sudden new confusion")
    for rx, category, reason in _TODAY:
        if live(rx):
            hit(URGENT, category, reason)
