"""Clinical rules for a stroke: a face, an arm, speech or sight gone suddenly, and what looks like
one and is not (an old stroke's leftover weakness, a dentist's numb face, a leg gone dead from
kneeling, Bell's palsy)."""

from __future__ import annotations

import re

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.lexicon import neuro as neuro_lex
from weighin.safety.triage.patterns import Pattern, compiled
from weighin.safety.triage.rules.context import Ctx
from weighin.safety.triage.scope import ACTIVE, INFO, NEGATED

_BELLS = compiled(neuro_lex.BELLS_SIGNS)

# A stroke dated months or years back, and a deficit that is "still" there: not a new one.
_OLD_STROKE = compiled(
    r"\bstroke\b[^.!?]{0,30}\b(?:\d+|a|two|three|four|five|few|several|many|couple of) (?:years?"
    r"|months?) ago\b|\b(?:years?|months?) (?:since|after) (?:her|his|my|the) stroke\b|\bsince"
    r" (?:her|his|my|the) stroke\b|\b(?:her|his|my) stroke (?:was )?(?:in (?:19|20)\d\d|last year)"
    r"\b|\bstroke\b[^.!?]{0,20}\b(?:in|back in) (?:19|20)\d\d\b|\b(?:in|back in) (?:19|20)\d\d\b"
    r"[^.!?]{0,30}\bstroke\b|\bstroke\b[^.!?]{0,20}\blast (?:year|month|summer|winter|spring"
    r"|autumn)\b"
    # "home after his stroke in January", "still recovering from her stroke"
    r"|\b(?:home|discharged|recovering|recovery|recovered) (?:after|from) (?:her|his|my|the|a)"
    r" stroke\b|\b(?:her|his|my) stroke (?:back )?in (?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december)\b"
)

_STILL = compiled(
    r"\bstill\b|\b(?:just|only) (?:a bit of |a little |some |mild )?(?:weakness"
    r"|numbness|clumsiness|slurring)\b[^.!?]{0,30}\bnow\b|\bleft (?:him|her|me|them) with\b"
    r"|\b(?:the )?(?:aphasia|dysphasia)\b"
)

# drink explains a slur said alone: "slurring at the pub, his mates said hed had 8 pints"
_DRUNK = compiled(
    r"(?<!sounds )(?<!sound )(?<!like )(?<!seems )(?<!looks )(?<!as if )\bdrunk\b|\bpints\b"
    r"|\bbeen drinking\b|\bwasted\b|\bhammered\b|\btipsy\b|\b\d+ (?:beers|drinks|shots)\b"
)
_SOBER = compiled(
    r"\b(?:does not|do not|did not|never) drink\b|\b(?:has not|have not|had not) (?:had|been) "
    r"(?:a drop|a drink|drinking)\b|\bnot (?:been )?drinking\b|\bsober\b"
)
# a face that only looked lopsided: in a photo, a smile that always was
_ONLY_LOOKED = compiled(
    r"\b(?:in|on) (?:a|the|this|that|my|his|her) (?:photo|picture|pic|selfie|video)\b"
    r"|\balways been (?:lopsided|crooked|wonky|like that)\b|\bjust (?:his|her|my) smile\b"
    r"|\bgrimac\w*"
)

_LOCAL_ANAESTHETIC = compiled(
    r"\bdentists?\b|\bdental\b|\b(?:local )?ana?esthetic\b|\bnovocaine\b|\blidocaine\b"
    r"|\bfilling\b|\broot canal\b|\btooth (?:out|pulled|extract\w*)\b"
)

# The back of the brain: sudden dizziness or a walk gone unsteady, with double vision ("suddenly
# went really dizzy, cant walk in a straight line, seeing double and being sick")
_DOUBLE_VISION = compiled(
    r"\bseeing double\b|\bdouble vision\b|\bseeing two of everything\b"
    # round widen: "everything doubled", "seeing 2 of everything"
    r"|\beverything (?:is |went |has gone |looks |looked )?doubled?\b|\bseeing (?:2|two) of\b"
)
_UNSTEADY = compiled(
    r"\b(?:cannot|can not|could not) walk (?:in a )?straight(?: line)?\b|\bstaggering\b"
    r"|\bwalking like (?:she|he|they) (?:is|are) drunk\b"
    # round widen: "walking as if he's drunk", "wobbling about like he is drunk"
    r"|\b(?:walking|walks|wobbling|staggering) (?:about |around )?(?:as if|like) (?:(?:she|he"
    r"|they) (?:is|are|was|were|has|have) |a )?drunk\b|\bveering to (?:one|the) side\b"
    r"|\b(?:keep|keeps|kept) (?:falling|toppling|tipping|leaning) (?:over )?(?:to (?:the|one)"
    r" (?:left|right|side))?\b|\b(?:falling|pulling|leaning) to (?:the|one) (?:left|right|side)\b"
    r"|\b(?:the )?room (?:is )?spinning\b"
)
_WOKE_WITH = compiled(r"\bwoke (?:up )?with\b|\bwoke up (?:and|to)\b")
_NEW_DEFICIT = compiled(
    r"\bagain\b|\bsudden\w*|\bnew\b|\bworse\b|\bjust now\b|\btoday\b|\bthis (?:morning"
    r"|afternoon|evening)\b|\b(?:minutes?|hours?) ago\b|\bright now\b"
)

# A limb numb from the way it was held ("after kneeling in the garden", "slept on my arm") that
# came back once moved.
_PRESSED_LIMB = compiled(
    r"\b(?:after|from|by) (?:sitting|kneeling|squatting|sleeping|lying|leaning|crouching)\b"
    r"|\b(?:slept|sat|lay|lain|leant|leaned) on (?:it|my|his|her)\b|\bcross[- ]?legged\b"
)

_TOLD_FOR_FUN = compiled(r"\blaughing\b|\blol\b|\bhaha\w*|\bwhy does (?:that|this|it) happen\b")
_WORN_OFF = compiled(
    r"\b(?:fine|normal|ok|okay|better|gone|back) (?:once|when|after|as soon as) (?:i|he|she|they)"
    r" (?:walked|moved|stood|shook|got up|stretched)\b|\bwore off\b|\bwent away\b"
    r"|\bback to normal\b"
)

_LIMB = compiled(r"\b(?:arms?|legs?|hands?|foot|feet|body|fingers)\b")
_FOOT_ONLY = compiled(r"\bfoot (?:flops?|drop|slaps?|drags?)\b|\b(?:toes|foot)\b")
_LIMB_NOT_FOOT = compiled(r"\b(?:legs?|arms?|hands?|side|face|body)\b")
_MS = compiled(r"\bmultiple sclerosis\b|\bms\b(?! (?:word|teams|office|paint))|\brrms\b")
# come on over days, not in a moment: "over the last 3 days", "since monday", "for 2 days now"
_OVER_DAYS = compiled(
    r"\b(?:over|for|in) (?:the )?(?:last |past )?(?:\d|two|three|four|five|a few|few|a couple of"
    r"|several) days\b|\bsince (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\bgradually\b|\bslowly\b|\bday by day\b|\bbit by bit\b"
    # round BQ-B2: "last few days her leg is heavy", "weaker every day"
    r"|\b(?:the )?(?:last|past) (?:few|couple of|\d|two|three|four|five) days\b|\bevery day\b"
)


def stroke(c: Ctx) -> None:
    f, t, on, hit, asthma, severe_breath = c.f, c.t, c.on, c.hit, c.asthma, c.severe_breath
    # (asthma only as a breathing story now: "i have mild asthma." told in passing does not make
    # a lost speech breathlessness)
    breath_story = c.any_breath or on("asthma_fail", "asthma_worse", "breathing_fast")
    speech = on("speech") and not (on("choking") or (asthma and breath_story) or severe_breath)
    strong_stroke = [
        (on("face_droop"), "face drooping"),
        (speech, "slurred or lost speech"),
        (on("limb_weak_strong"), "one-sided weakness"),
        (on("vision_sudden"), "sudden loss of vision"),
        (on("stroke_now"), "suspected stroke"),
    ]
    found = [r for ok, r in strong_stroke if ok]
    if (
        (on("sudden") or f.first_current(_WOKE_WITH))
        and f.first_current(_DOUBLE_VISION)
        and (on("faint_feel", "cannot_stand") or f.first_current(_UNSTEADY))
    ):
        found.append("sudden dizziness or unsteadiness with double vision")
    found += _widened_signs(c)
    if found and _OLD_STROKE.search(t) and _STILL.search(t) and not _NEW_DEFICIT.search(t):
        found = []  # "her stroke was 3 years ago and her speech is still slow": what remains
    # "Half my face went numb" is read as one-sided weakness, but it is the face only.
    face_only = (
        {"one-sided weakness"}
        if _face_only(f.mentions("limb_weak_strong")) or (on("face_numb") and not _LIMB.search(t))
        else set()
    )
    if (
        _LOCAL_ANAESTHETIC.search(t)
        and set(found) <= {"face drooping", "slurred or lost speech"} | face_only
        and not on("limb_weak", "confusion")
    ):
        found = []  # a face numb or lopsided after a dental or local anaesthetic injection
    if found == ["slurred or lost speech"] and _DRUNK.search(t) and not _SOBER.search(t):
        found = []  # a slur with the pints said: drink (the drink rules read the rest)
    if found == ["face drooping"] and _ONLY_LOOKED.search(t):
        found = []  # lopsided in a photo, a smile that always was
    if found == ["slurred or lost speech"] and on("drowsy", "unconscious"):
        found = []  # drowsy and mumbling: the neuro rules cover it
    if found == ["one-sided weakness"] and (on("chest_pain") or on("spine", "trauma_severe")):
        found = []  # an arm gone numb or heavy with chest pain: the cardiac rules cover it
    if found == ["one-sided weakness"] and on("limb_hurt") and on("limb_swollen"):
        found = []  # a wrist that cannot grip since the fall, swollen: the injury, not a stroke
    if found == ["one-sided weakness"] and all(
        _FOOT_ONLY.search(m.group()) and not _LIMB_NOT_FOOT.search(m.group())
        for m in f.mentions("limb_weak_strong")
    ):
        found = []  # a foot that flops or whose toes will not lift: foot drop, not a stroke
        hit(URGENT, "neuro", "a foot gone weak on its own (foot drop?)")
    if found == ["one-sided weakness"] and _MS.search(t) and f.first_current(_OVER_DAYS):
        # a leg gone numb and weak over days in known MS: a relapse for the team today
        found = []
        hit(URGENT, "neuro", "weakness over days with known MS (a relapse?)")
    worn = _WORN_OFF.search(t)
    if (
        found == ["one-sided weakness"]
        and _PRESSED_LIMB.search(t)
        and (
            (worn and not re.search(r"\b(?:but|now|since|today|this morning)\b", t[worn.end() :]))
            or (not worn and _TOLD_FOR_FUN.search(t))
        )
    ):
        found = []  # a leg gone dead from kneeling on it, fine once walked on: pressure on a nerve
    weak = on("limb_weak", "face_numb")
    if (
        found == ["face drooping"]
        and (_BELLS.search(t) or f.first_current(_EYE_OR_BROW))
        and not weak
        and _not_sudden(c)
        and (
            f.ignored.get("speech") == NEGATED
            or f.ignored.get("limb_weak") == NEGATED
            or re.search(
                r"\b(?:speech|talking|arms?)\b[^.!?;]{0,25}\b(?:is|are) (?:fine|normal|ok)", t
            )
            or _REST_FINE.search(t)
        )
    ):
        found = []  # whole side of the face including the eye, speech and arms fine: Bell's palsy
        hit(URGENT, "neuro", "one-sided facial weakness including the eye (Bell's palsy?)")
    if (
        set(found) <= {"face drooping"} | face_only
        and (found or on("face_numb") or f.first_current(_FACE_SIDE) or _brow_still(c))
        and _bells_over_hours(c)
    ):
        # round widen: one side of the face slack with the eye or the forehead taken, over hours
        # or with the arms and the words working: Bell's palsy, told in more words
        found = []
        hit(URGENT, "neuro", "one-sided facial weakness including the eye (Bell's palsy?)")
    if found:
        reason = " and ".join(found[:2])
        hit(EMERGENCY, "stroke", reason)
    elif weak and (on("sudden") and not on("chest_pain")):
        hit(EMERGENCY, "stroke", "sudden numbness or weakness")
    elif on("limb_weak") and on("face_numb"):
        hit(EMERGENCY, "stroke", "face and limb numbness")


# Bell's palsy takes the eye and the forehead too (a stroke spares the forehead)
_EYE_OR_BROW = compiled(
    r"\beye(?:lid)?\b[^.!?]{0,15}\b(?:will not|does not|cannot|can not|would not) (?:fully "
    r"|properly |all the way )?(?:close|shut)\b|\b(?:cannot|can not|unable to) (?:wrinkle|raise"
    r"|lift|frown with|move) (?:my|his|her|the) (?:forehead|eyebrows?|brow)\b|\bforehead\b"
    r"[^.!?]{0,20}\b(?:will not|does not|cannot|can not) (?:wrinkle|move|crease|frown)\b"
)
_FOREHEAD = compiled(r"\bforehead\b|\beyebrows?\b|\bbrow\b")
# the arms, the legs and the words all said to be working
_REST_FINE = compiled(
    r"\b(?:speech|talking|speaking|words|arms?|legs?|hands?)\b[^.!?;]{0,30}\b(?:fine|normal\w*"
    r"|ok|okay|unaffected|(?:work|working) (?:fine|normally|ok)|strong)\b"
)
_JUST_NOW = compiled(
    r"\bjust now\b|\b(?:minutes?|an hour|half an hour|\d+ ?mins?) ago\b|\bright now\b"
    r"|\bsudden\w*|\bout of (?:nowhere|the blue)\b|\ball of a sudden\b"
)


def _not_sudden(c: Ctx) -> bool:
    """No sudden onset; woken with it counts only with the forehead taken too, as Bell's does."""
    if not c.on("sudden"):
        return True
    woke = all(m.group(0).startswith("woke") for m in c.f.mentions("sudden"))
    return woke and bool(_FOREHEAD.search(c.t)) and not _JUST_NOW.search(c.t)


def _face_only(matches: list[re.Match[str]]) -> bool:
    return bool(matches) and all(
        "face" in m.group(0) and not re.search(r"\b(?:arm|leg|hand|foot|body)\b", m.group(0))
        for m in matches
    )


# Round widen: Bell's palsy told in more words. The eye that will not shut, the forehead that will
# not wrinkle or moves no more ("half my face wont move inc forehead"); grown over hours or a day
# ("over yesterday", "since last night", "worse overnight"); the rest working ("speaks
# normally", "can lift both arms", "otherwise she is ok").
_EYE_SHUT = compiled(
    r"\b(?:cannot|can not|could not|unable to|not able to) (?:\w+ ){0,5}(?:or |and )?(?:close|shut"
    r"|blink) (?:my|his|her|their|the|that) (?:\w+ )?eye\b|\beye (?:on (?:that|one|the \w+) side )?"
    r"(?:will not|does not|would not|cannot|can not|is not) (?:fully |properly |all the way )?"
    r"(?:close|shut|closing|shutting)\b"
    r"|\b(?:inc|including|and|even|plus|with) (?:the |my |his |her )?(?:forehead|eyebrow|brow)\b"
)
_OVER_HOURS = compiled(
    r"\b(?:over|since|during) (?:yesterday|last night|the night|this morning|the day)\b"
    r"|\b(?:overnight|since (?:i|he|she|they) woke|woke (?:up )?with)\b"
    r"|\bstarted (?:yesterday|last night|this morning)\b"
)
# round widen bn: found on waking, read as Bell's only with the forehead taken too (a face
# dropped on waking with an eye that will not shut, the brow unsaid, can be a stroke)
_ON_WAKING = compiled(
    r"\bwoke (?:up )?(?:and|to find|this morning|today)\b|\bwhen (?:i|he|she|they) woke\b"
    r"|\bon waking\b"
)
_REST_WORKS = compiled(
    r"\b(?:speaks|talks|talking|speaking|speech)\b[^.!?;]{0,15}\b(?:normal\w*|fine|clear|ok)\b"
    r"|\bcan (?:lift|raise|move) (?:both|his|her|my) arms\b|\barms? (?:are |is )?(?:strong"
    r"|fine|normal|ok)\b|\botherwise (?:completely |totally |perfectly )?(?:she is|he is|i am"
    r"|i feel|they are|fine|ok|okay|well)\b"
)


# "half my wifes face is slack", "one side of his face has gone weak"
_FACE_SIDE = compiled(
    r"\b(?:half|one side|side) (?:of )?(?:\w+ ){0,2}face\b[^.!?]{0,20}\b(?:slack|droop\w*|weak"
    r"|paraly[sz]ed|not moving|frozen|dropped|lopsided)\b"
    r"|\bface\b[^.!?]{0,25}\b(?:slack|lopsided)\b"
    # round BN: "the whole left side of her face will not move", "cannot move half my face"
    r"|\b(?:half|one side|side) (?:of )?(?:\w+ ){0,2}face\b[^.!?]{0,20}\b(?:will not|cannot|can not"
    r"|does not|would not|is not able to) move\b|\b(?:cannot|can not|unable to) move (?:the )?"
    r"(?:left |right )?(?:half|side) of (?:my|his|her|their) face\b"
)


# round BN: the forehead that will not wrinkle or move is Bell's own sign (a stroke spares it)
_BROW_STILL = compiled(
    r"\b(?:forehead|eyebrow|brow)\b[^.!?]{0,20}\b(?:will not|does not|cannot|can not|would not)"
    r" (?:wrinkle|move|crease|frown|lift|go up)\b|\b(?:cannot|can not|unable to) (?:wrinkle|raise"
    r"|lift|move) (?:my|his|her|the) (?:forehead|eyebrows?|brow)\b"
)


def _brow_still(c: Ctx) -> bool:
    """Said with a "not" in it: a negated reading still holds."""
    return any(c.f.status_of(m) in (ACTIVE, NEGATED) for m in _BROW_STILL.finditer(c.t))


def _bells_over_hours(c: Ctx) -> bool:
    f, on, t = c.f, c.on, c.t
    # (these are said with a "not" in them: read as negated, they still hold)
    eye = any(
        f.status_of(m) in (ACTIVE, NEGATED)
        for rx in (_EYE_SHUT, _EYE_OR_BROW)
        for m in rx.finditer(t)
    )
    brow = _brow_still(c)
    return bool(
        eye
        and (
            f.first_current(_OVER_HOURS)
            or _REST_FINE.search(t)
            or f.first_current(_REST_WORKS)
            or (brow and f.first_current(_ON_WAKING))
        )
        # (or the forehead taken, which a stroke spares: "cannot raise my eyebrow")
        and (f.first_current(_REST_WORKS) or _REST_FINE.search(t) or _BELLS.search(t) or brow)
        and not _JUST_NOW.search(t)
        and not on("limb_weak", "confusion", "vision_sudden", "stroke_now", "thunderclap")
        and not (on("speech") and not f.first_current(_REST_WORKS))
    )


# Round widen: a neck cracked or manipulated, then double vision or a drunken walk (a torn neck
# artery); a cup that cannot be held, with confusion or muddled words; a child suddenly walking
# as if drunk with eyes that flick.
_NECK_MANIPULATED = compiled(
    r"\b(?:cracked|clicked|manipulated|adjusted|popped) (?:my|his|her|their) neck\b"
    r"|\bneck (?:was |got )?(?:cracked|manipulated|adjusted)\b|\bchiro\w*|\bosteopath\w*"
)
_CANNOT_HOLD = compiled(
    r"\b(?:cannot|can not|could not|unable to) (?:hold|grip|pick up) (?:a|her|his|my|the|their)"
    r" (?:cup|mug|glass|pen|fork|spoon|phone|kettle)\b"
)
_EYES_FLICK = compiled(
    r"\beyes? (?:keep |are |is |keeps )?(?:flicking|jerking|jumping|darting|flickering|wobbling)"
    r"(?: (?:side to side|from side to side|about|around|back and forth))?\b|\bnystagmus\b"
)


_ASKED = compiled(r"\?|\bwhat if\b|\bif (?:a|my|your|the) (?:child|kid|toddler)\b")


def _widened_signs(c: Ctx) -> list[str]:
    f, t, on = c.f, c.t, c.on
    live = f.first_current
    out = []
    if (
        _NECK_MANIPULATED.search(t)
        and (live(_DOUBLE_VISION) or live(_UNSTEADY))
        and (on("faint_feel", "cannot_stand") or live(_DOUBLE_VISION))
    ):
        out.append("double vision or a drunken walk after the neck was manipulated")
    if live(_CANNOT_HOLD) and on("confusion", "speech", "face_numb", "limb_weak"):
        out.append("a hand that cannot hold a cup, with confusion or muddled words")

    # ("walking as if drunk" is read as a hypothetical: its likeness is the point)
    # (and the "as if" reaches the eyes told after it; a question asked is still set aside)
    def told(rx: Pattern) -> bool:
        return any(f.status_of(m) in (ACTIVE, INFO) for m in rx.finditer(t))

    if told(_UNSTEADY) and told(_EYES_FLICK) and (on("sudden") or f.child) and not _ASKED.search(t):
        out.append("walking as if drunk with flicking eyes")
    return out
