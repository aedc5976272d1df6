"""The heart, seen today rather than by ambulance (round BL): a watch or a home monitor flagging
an irregular rhythm for the first time in someone who feels well (new atrial fibrillation); beats
that skip with no more than a light head; and a chest wall sore after a cough in someone young
and well, which is routine. ``cardio`` asks these; the emergencies stay there."""

from __future__ import annotations

from weighin.safety.triage.levels import URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx
from weighin.safety.triage.scope import ACTIVE, SETTLED

_DEVICE = (
    r"(?:smart ?watch|watch|fitbit|garmin|kardia|monitor|bp machine|blood pressure machine|app)"
)
_IRREGULAR = (
    r"(?:a-?fib|afib|af\b|atrial fib\w*|irregular (?:heart ?(?:beat|rate|rhythm)|rhythm|pulse|beat)"
    r"|possible af)"
)
_WATCH_RHYTHM = compiled(
    rf"\b{_DEVICE}\b[^.!?]{{0,60}}\b{_IRREGULAR}"
    rf"|\b{_IRREGULAR}[^.!?]{{0,40}}\b(?:on|from|by) (?:my|his|her|the|their) {_DEVICE}\b"
)
# AF already known and treated, or the alert already checked ("GP did an ECG, it was normal")
_KNOWN_AF = compiled(
    r"\b(?:i|he|she|they|mum|dad|husband|wife) (?:has|have|had|got) (?:had )?(?:a-?fib|af\b"
    r"|atrial fib)|\b(?:my|his|her) (?:a-?fib|af|atrial fibrillation)\b|\bdiagnosed\b"
    r"|\b(?:apixaban|rivaroxaban|edoxaban|dabigatran|warfarin|eliquis|xarelto|blood thinners?"
    r"|bisoprolol|digoxin|flecainide)\b|\becg\b[^.!?]{0,30}\b(?:normal|fine|clear)\b"
    r"|\bfalse (?:alarm|positive)s?\b|\baccurate\b"
)
# Beats that skip or miss, not a race
_SKIPS = compiled(
    r"\bskip\w* (?:a )?beats?\b|\bskipping\b|\bmiss(?:ed|ing|es) (?:a )?beats?\b|\bextra beats?\b"
    r"|\bectopics?\b|\bflutter\w*|\bflip-?flop\w*"
    # round widen: "extra thumps in my chest", "her heart is jumping"
    r"|\bextra (?:thumps|thuds|heartbeats)\b|\bheart (?:is |keeps |keeps on )?(?:jumping|jumps)\b"
)
_HEART_SKIPS = compiled(
    r"\bheart\b[^.!?]{0,25}\b(?:skip\w*|miss(?:ed|ing|es)) (?:a )?beats?\b|\bectopics?\b"
    r"|\bextra (?:thumps|thuds|beats)\b[^.!?]{0,20}\b(?:in|from) (?:my|his|her|the) chest\b"
)
_LIGHT_HEAD = compiled(r"\blight ?headed\w*|\bwoozy\b|\bdizz\w*|\bwobbly\b|\bswimmy\b")
# pain the hand can find: "hurts when I press the spot", "tender to touch"
_PRESS_HURTS = compiled(
    r"\b(?:hurts?|sore|pain\w*|tender|worse) (?:\w+ ){0,3}(?:when|if) (?:i|you|he|she|they)"
    r" (?:press|push|touch|prod|poke)\w*\b|\btender (?:to (?:the )?touch|when (?:pressed|touched))"
    r"|\b(?:press|push|prod|poke)\w* (?:on )?(?:it|the spot|that spot|there|the area|my ribs)\b"
    r"[^.!?]{0,20}\b(?:hurts?|sore|pain\w*|tender)\b"
    # round widen: "a tender patch on his breastbone, hurts to touch", "tender where the ribs
    # meet the breastbone"
    r"|\bhurts? to (?:the )?touch\b|\btender (?:patch|spot|area|bit) (?:on|over)\b"
    r"|\btender (?:where|over) (?:the|my|his|her) (?:ribs?|breastbone|sternum)\b"
)
_STRAINED = compiled(
    r"\bcough\w*|\bsneez\w*|\blift\w*|\bgym\b|\bpulled\b|\bstrain\w*|\bpress-?ups?\b"
    r"|\bpush-?ups?\b|\bwork(?:ing)? ?out\b|\bbench(?:ing| press\w*)?\b|\bweights\b"
)
# an age said the way people say it when the reader does not take it: "im 27", "19, no problems"
_YOUNG_SAID = compiled(
    r"\b(?:i am|im|aged?) (?:1[6-9]|[23]\d)\b(?! (?:weeks|days|hours|minutes|times|%))"
    r"|\b(?:1[6-9]|[23]\d) ?(?:yo|y/o|yrs? old|years? old|[mf])\b"
    r"|(?:^|[,.] )(?:1[6-9]|[23]\d)(?= and (?:healthy|fit|well)|,| no other)"
)
_WELL = compiled(
    r"\b(?:otherwise |perfectly |generally |fit and )?(?:healthy|well)\b|\bfit\b"
    r"|\bfeel (?:fine|ok|okay) otherwise\b|\botherwise (?:fine|ok|okay)\b|\brunning about\b"
)


def chest_wall(c: Ctx) -> bool:
    """A chest that hurts where it is pressed, after a cough or a strain, in someone young and
    well, with nothing else: the wall, not the heart (``cardio`` leaves it routine)."""
    f, on = c.f, c.on
    young = (f.age_months is not None and 60 <= f.age_months < 40 * 12) or (
        f.age_months is None and _YOUNG_SAID.search(c.t) is not None
    )
    return (
        f.first_current(_PRESS_HURTS) is not None
        and _STRAINED.search(c.t) is not None
        and (young or (f.age_months is None and _WELL.search(c.t) is not None))
        and not (c.fever or c.any_breath or c.faintish or c.pregnant)
        and not on("radiating", "sweating", "cardiac_history", "palpitations", "chest_severe")
    )


def mild_skips(c: Ctx) -> bool:
    """Beats that skip with no more than a light head: no faint, no chest pain, no breathlessness
    (an ECG today, not an ambulance)."""
    on = c.on
    return (
        # only while they are happening: an episode that has passed keeps the old reading
        "palpitations" not in c.f.settled
        and c.f.first_current(_SKIPS) is not None
        # (a light head "now and then" is read as settled: it still comes with the skips)
        and any(c.f.status_of(m) in (ACTIVE, SETTLED) for m in _LIGHT_HEAD.finditer(c.t))
        and not on("fainted", "collapsed", "chest_pain", "chest_severe", "pressure_felt")
        and not on("fast_rate", "sweating", "cyanosis", "confusion")
        and not c.any_breath
    )


def watch_rhythm(c: Ctx) -> None:
    """A watch or monitor that says AF or an irregular rhythm, not known before: an ECG today."""
    if c.f.first_current(_WATCH_RHYTHM) and not _KNOWN_AF.search(c.t):
        c.hit(URGENT, "cardiac", "a watch or monitor showing an irregular rhythm (new AF?)")
    if not c.on("palpitations") and c.f.first_current(_HEART_SKIPS) and mild_skips(c):
        # "my heart keeps missing beats and I feel a bit dizzy": words the racing heart lacks
        c.hit(URGENT, "cardiac", "skipped beats with a light head (no faint, no chest pain)")


# the spray's own effect: "lightheaded after using my gtn", "the spray makes me woozy"
GTN_DIZZY = compiled(
    r"\b(?:dizzy|dizziness|light ?headed\w*|woozy|faint|headache)\b[^.!?]{0,20}\b(?:after|from"
    r"|when (?:i|he|she) (?:use|used|take|took|had)|with)\b (?:(?:using|taking|having|a|the|my"
    r"|his|her|\d|two|one) )*(?:sprays? of )?(?:gtn|nitro\w*|glyceryl trinitrate|angina spray"
    r"|spray|puffs?)\b"
    r"|\b(?:gtn|nitro\w*|spray)\b[^.!?]{0,20}\b(?:makes?|made|making|always makes) (?:me|him|her)"
    r" (?:feel )?(?:a bit )?(?:dizzy|light ?headed|woozy|faint)\b"
)
# a known angina that the spray settled at once, as it always does, now over (not one coming more
# often, at rest, or new)
_USUAL_ANGINA = compiled(r"\b(?:usual|normal|typical|stable|regular|known|old) (?:\w+ )?angina\b")
_SPRAY_EASED = compiled(
    r"\b(?:gtn|nitro\w*|spray|puffs?)\b[^.!?]{0,60}\b(?:went|gone|eased|settled|stopped|cleared"
    r"|disappeared|passed|better)\b"
)
_ANGINA_CHANGED = compiled(
    r"\bmore (?:often|frequent\w*)\b|\bat rest\b|\bwhile (?:resting|sitting|asleep)\b"
    r"|\b(?:worse|longer|new)\b|\bevery day now\b|\bwoke me\b"
)


def usual_angina_eased(c: Ctx) -> bool:
    """A known angina the spray settled, over now and no different from usual (round widen bn)."""
    t = c.t
    return bool(
        "chest_pain" not in c.f.active
        and _USUAL_ANGINA.search(t)
        and _SPRAY_EASED.search(t)
        and not _ANGINA_CHANGED.search(t)
    )
