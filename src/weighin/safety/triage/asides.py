"""Mentions the writer takes back, speaks in figure, or tells as the ordinary course of things
(round calm): read after the features, each takes some matches out of the active (and settled)
ones and remembers them as set aside for the reasons of a routine verdict.

- Taken back at once: "threw up blood!! oh wait, it was the beetroot", "false alarm, it was the
  red slushie": a red (blue, black) food or dye owned up to retracts the blood (the blue lips,
  the black stool) told before it, unless guessed ("I think it's the beetroot?") or serious
  ("turns out it was an ulcer"); "false alarm" or "scratch that" on their own retract all that
  came before, in their sentence and the one before (not beside an alarm that went off: smoke,
  carbon monoxide). What comes after stays.
- A neighbour's smoke, bonfire or smell one "literally can't breathe" in, in a text that asks
  whether it is legal or how to complain: a nuisance, not an airway (asthma, a wheeze, blue lips
  or a fire keep it).
- A chest that "hurts" after a break-up, said with a laugh or asking whether broken heart
  syndrome is real (pain spreading, sweating, breathlessness or fainting keep it).
- A young baby who "won't stop crying" every evening and settles by night: colic, the pattern
  told (not "tonight", not with a fever, floppiness or a weak cry).
- A heart rate reached while exercising, felt as fine: the workout's pulse, not a racing heart
  (not one that stays up at rest, or with chest pain, dizziness or breathlessness).
- Breathless on hills weeks after an infection and getting better week by week: a slow
  recovery told, not a breathlessness of now (not worse, not at rest).
- Croup or a barking cough last night in a child who is completely fine this morning.
- A finger (a thumb, a knee) cut that "bled a lot" and stopped after a few minutes of pressure,
  yesterday or before: an ordinary cut, not a heavy bleed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from weighin.safety.triage.asides_more import more_asides
from weighin.safety.triage.patterns import compiled

if TYPE_CHECKING:
    from weighin.safety.triage.facts import Facts

# status remembered for a mention set aside here
ASIDE = "figurative"

# -- taken back ---------------------------------------------------------------------------------
_RED = (
    r"(?:beetroots?|beets?|red (?:food )?(?:colouring|coloring|dye|sweets|jelly|slushie|slush"
    r"|ice ?lolly|lolly|lollies|lollipop|drink|juice|pepper|peppers|wine|velvet|gatorade|powerade"
    r"|sauce|cabbage|crayon|pen|marker|felt tip|paint|icing|frosting)|food (?:colouring|coloring"
    r"|dye)|ketchup|tomato(?:es)?(?: soup| sauce| ketchup)?|jam|cranberr\w*|ribena|blackcurrant"
    r"|strawberr\w*|raspberr\w*|cherr(?:y|ies)|pomegranate|watermelon|dragon ?fruit|chilli"
    r"|lipstick|lip ?gloss|nail (?:varnish|polish)|paint|crayons?|felt tips?|markers?|dye|rust"
    r"|wine|ribena|kool[- ]aid|skittles|haribo|sweets|slushie|slush puppie|calpol)"
)
_BLUE = (
    r"(?:blueberr\w*|blue (?:slushie|slush|ice ?lolly|lolly|sweets|icing|frosting|raspberry"
    r"|gatorade|powerade|drink|paint|pen|marker|crayon|dye|food (?:colouring|coloring))"
    r"|(?:paint|pen|marker|crayon|felt tip|ink|dye|food (?:colouring|coloring))s?)"
)
_BLACK = (
    r"(?:iron (?:tablets|pills|supplements?)|iron|ferrous \w+|liquorice|licorice|blueberr\w*"
    r"|pepto(?:[- ]bismol)?|bismuth|black pudding|beetroot|spinach|charcoal)"
)
_OWNED = (
    r"\b(?:(?:it|that|they|this|those)(?: was| were|'?s| is| are)"
    r"|turns out|turned out|realised|realized|realise|realize)"
    r"(?: (?:it|that|they) (?:was|were|is|are))?(?: to be)?"
    r" (?:just |only |actually |probably |all |definitely )?(?:from |because of |the |some |a |an"
    r" |my |his |her |their |all the |too much )*(?:\w+ )?"
)
_WAIT = (
    r"(?:\b(?:no|oh|ah|ok|okay|hang on|hold on|nope|nvm)[,.!]* wait|\bwait[,.!]* no"
    r"|\b(?:no|nope|oh|ah|phew|lol|haha|ok|okay|update|edit)\b)[,.!:]* "
)
_TAKEN_BACK = {
    "red": compiled(r"(?:" + _WAIT + r")?" + _OWNED + _RED + r"\b"),
    "blue": compiled(r"(?:" + _WAIT + r")?" + _OWNED + _BLUE + r"\b"),
    "black": compiled(r"(?:" + _WAIT + r")?" + _OWNED + _BLACK + r"\b"),
}
_OWNS = {
    "red": frozenset(
        {
            "bleed_severe",
            "nosebleed_long",
            "vomit_blood",
            "cough_blood",
            "rectal_blood",
            "bleeding_any",
            "preg_bleed",
            "urine_blood",
            "stool_blood",
            "vomit_blood_mild",
            "bleed_recurrent",
        }
    ),
    "blue": frozenset({"cyanosis"}),
    "black": frozenset({"melena", "stool_blood"}),
}
# the whole thing retracted: "ok false alarm", "never mind, found it", "scratch that"
_RETRACT_ALL = compiled(
    r"(?:^|[.!?,:;-]\s*|\b(?:ok|okay|oh|sorry|update|edit|phew|nope|no|ah|actually|lol)[,:!.]*"
    r"\s+)(?:it was |it is |its |that was |this was |all )?(?:a |all a |just a |total )?"
    r"(?:false alarm|scratch that)\b(?![^.!?\n]*\?)"
)
# an alarm that went off (smoke, carbon monoxide, a monitor): "false alarm" is then its own
_ALARM = compiled(r"\balarms?\b")
_HEDGED = compiled(
    r"\b(?:think|thinking|maybe|might|could|hope|hoping|probably|perhaps|not sure|unless|or)\b"
)
# an explanation that is itself the alarm: "turns out it was a heart attack"
_SERIOUS = compiled(
    r"\b(?:blood|bleed\w*|stroke|heart attack|clot|sepsis|meningitis|ulcer|ectopic|appendi\w*"
    r"|anaphyla\w*|seizure|fracture|overdose|poison\w*|cancer|tumou?r|internal)\b"
)


def _sentences(f: Facts) -> list[tuple[int, int]]:
    spans: dict[int, list[int]] = {}
    for c in f.clauses:
        spans.setdefault(c.sentence, [c.start, c.end])[1] = c.end
    return [(a, b) for a, b in spans.values()]


def _back_to(sentences: list[tuple[int, int]], pos: int) -> int:
    """Where a retraction at ``pos`` reaches back to: its sentence and the one before."""
    idx = max(i for i, (a, _b) in enumerate(sentences) if a <= pos) if sentences else 0
    return sentences[max(0, idx - 1)][0] if sentences else 0


def _taken_back(f: Facts) -> list[tuple[frozenset[str] | None, int, int]]:
    t = f.t
    sentences = _sentences(f)
    out: list[tuple[frozenset[str] | None, int, int]] = []
    for kind, rx in _TAKEN_BACK.items():
        for m in rx.finditer(t):
            said = m.group(0)
            # "it was only a little blood", "it was a bleed": no taking back; nor a guess ("I
            # think it is the beetroot?")
            a, b = f.sentence_span(m.start())
            if _SERIOUS.search(said) or "?" in t[a : b + 1] or _HEDGED.search(t, a, m.start()):
                continue
            out.append((_OWNS[kind], _back_to(sentences, m.start()), m.start()))
    for m in _RETRACT_ALL.finditer(t):
        if len(_ALARM.findall(t)) > len(re.findall(r"\bfalse alarm\b", t)):
            break
        out.append((None, _back_to(sentences, m.start()), m.start()))
    return out


# -- hyperbole: a neighbour's nuisance, a broken heart ------------------------------------------
_NUISANCE = compiled(
    r"\b(?:neighbou?rs?'?s?|next doors?|downstairs|upstairs|the flat (?:below|above)|over the fence"
    r"|the garden (?:behind|opposite))\b[^.!?]{0,80}\b(?:smokes?|smoking|bonfires?|barbecues?|bbqs?"
    r"|fire ?pits?|weed|cannabis|vap\w*|cigarettes?|fumes|smell\w*|stench|stink\w*|perfume"
    r"|incense|wood ?burner|log ?burner|chimney|paint)\b"
    r"|\b(?:smoke|bonfires?|barbecues?|bbqs?|fire ?pits?|weed|cannabis|vap\w*|cigarettes?|fumes"
    r"|smell\w*|stench|stink\w*|wood ?burner|log ?burner|chimney)\b[^.!?]{0,80}"
    r"\b(?:neighbou?rs?'?s?|next doors?|downstairs|upstairs|over the fence)\b"
)
_COMPLAINT = compiled(
    r"\b(?:legal|illegal|allowed|lawful|against the law|complain\w*|report (?:them|him|her|it)"
    r"|council|environmental health|landlord|housing association|my rights|statutory nuisance"
    r"|nuisance|police|by-?laws?|regulations?|what can i do about|bring it up|raise it|politely"
    r"|ask (?:them|him|her) to|talk to (?:them|him|her) about)\b"
)
_AIRWAY_REAL = compiled(
    r"\basthma\w*|\binhaler|\bpuffer|\bwheez\w*|\bcopd\b|\bblue\b|\bgrey\b|\blips\b|\bchok\w*"
    r"|\b(?:house|flat|kitchen|building) (?:is |was )?(?:on fire|fire)\b|\bfire brigade\b"
    r"|\bsmoke alarm\b|\bcarbon monoxide\b|\bco alarm\b|\bcoughing up\b|\bcollaps\w*|\bfaint\w*"
    r"|\bpregnan\w*|\bbaby\b|\bnewborn\b|\bchest pain\b"
)
_BREATH = frozenset({"breath_severe", "breathless", "breathing_fast"})
_HEARTBREAK = compiled(
    r"\bbreak ?up\b|\bbroke up\b|\bbreaking up\b|\bdumped\b|\bsplit up\b|\bsplitting up\b"
    r"|\bheart ?break\w*|\bheart ?broken\b|\bbroken heart\b|\bmy ex\b|\bex (?:boyfriend|girlfriend"
    r"|husband|wife)\b|\bbroke my heart\b|\bcheated on\b|\bleft me\b"
)
_LAUGHED_OR_ASKED = compiled(
    r"\b(?:lol|lmao|haha\w*|rofl)\b|😂|🤣|🥲|💔|\bbroken heart syndrome\b|\btakotsubo\b"
    r"|\bcan (?:you|a person|someone|people) (?:actually |really |literally )?die of a broken"
    r" heart\b"
)
_CHEST_REAL = compiled(
    r"\barm\b|\bjaw\b|\bneck\b|\bback\b|\bsweat\w*|\bclammy\b|\bbreath\w*|\bfaint\w*|\bdizz\w*"
    r"|\bcrush\w*|\bpressure\b|\bsqueez\w*|\bspread\w*|\bradiat\w*|\bgrey\b|\bpale\b|\bsick\b"
    r"|\bvomit\w*|\bcollaps\w*|\bheart attack\b|\bstent\b|\bangina\b|\b[5-9]\d ?(?:yo|years?)\b"
)
_CHEST = frozenset({"chest_pain"})

# -- a pattern told: evening colic --------------------------------------------------------------
_EVENINGS = compiled(
    r"\b(?:every|each|most|all) (?:single )?(?:evening|night|day)s?\b|\bin the evenings\b"
    r"|\bevery (?:day|evening|night) (?:from|between|around|at)\b|\bsame time every\b"
    r"|\bwitching hour\b|\bcolic\w*\b"
)
_SETTLES = compiled(
    r"\b(?:settles?|settled|calms? down|falls? asleep|goes? (?:off )?to sleep|stops?|is fine|is"
    r" happy|fine)\b[^.!?]{0,20}\b(?:by|after|around|at|in the end|eventually|mornings?|days?"
    r"|midnight|\d+ ?(?:pm|am)|\d{1,2}(?::\d\d)?)\b|\bcolic\w*\b"
)
_CRY_REAL = compiled(
    r"\btonight\b|\bright now\b|\bhigh[- ]pitched\b|\bweak cry\b|\bfloppy\b|\blimp\b|\bdrowsy\b"
    r"|\bnot feeding\b|\bwill not feed\b|\brefus\w* (?:feeds|to feed|the bottle|milk)\b|\bblue\b"
    r"|\bpale\b|\bgrey\b|\bmottled\b|\brash\b|\bvomit\w*|\bbulging\b|\bfell\b|\bdropped\b"
    r"|\bdifferent\b|\bnever (?:like|cries like) this\b|\bhours now\b"
)
_CRYING = frozenset({"inconsolable"})

# -- the workout's pulse ------------------------------------------------------------------------
_WORKOUT = compiled(
    r"\b(?:during|while|when|in|at|after|on) (?:my |a |the |an |hard |intense |a hard"
    r" |an intense )?"
    r"(?:spin(?:ning)?(?: class)?|class|gym|workouts?|working out|exercis\w*|run(?:ning)?|jog\w*"
    r"|sprint\w*|cycl\w*|(?:bike|hill) (?:rides?|sprints?|intervals?)|hiit|cardio|training"
    r"|intervals?|crossfit|zumba|football|rowing(?: machine)?|swim\w*|parkrun|races?|5k|10k"
    r"|marathon|peloton|treadmill|circuits|boxing|the stairmaster|stairmaster|(?:\d+|five|six"
    r"|seven) a side|squash|tennis|netball|basketball|hockey|badminton|a match|the match"
    r"|exercise bike|cross ?trainer|elliptical)\b"
)
_PULSE_REAL = compiled(
    r"\bat rest\b|\bresting\b|\bsitting\b|\blying\b|\b(?:does not|will not|did not|would not"
    r"|never) (?:come|go|settle|drop)\b|\bstays?\b|\bfor (?:ages|hours)\b|\bchest (?:pain|tight\w*"
    r"|pressure|hurt\w*)\b|\bdizz\w*|\blight ?headed\b|\bfaint\w*|\bblack(?:ed|ing)? out\b"
    r"|\bcollaps\w*|\bbreathless\b|\bshort of breath\b|\bcannot breathe\b|\bpalpitations\b"
    r"|\birregular\b|\bskipp\w*|\bflutter\w*|\bsuddenly\b|\b2[2-9]\d\b|\bstuck\b"
    r"|\b(?:an|one|two|\d+) hours?\b|\b(?:second|third|fourth) time\b|\bkeeps? happening\b"
)
_PULSE_FINE = compiled(
    r"\bfe(?:el|lt|eling) (?:totally |completely |absolutely |perfectly )?(?:fine|ok|okay|great"
    r"|good|normal)\b|\bno (?:symptoms|pain|dizziness|problems|issues)\b|\bis (?:that|this) normal"
    r"\b|\bnormal (?:for|at)\b|\btoo high\b|\bmax(?:imum)? heart rate\b|\bmax\b|\bzones?\b"
    r"|\bsafe\b|\bunfit\b|\b(?:(?:came|comes|dropped|drops|went|goes) (?:back )?down(?: to \d+)?"
    r"|(?:dropped|drops|fell|settled) (?:back )?to \d+) (?:in|within) (?:a (?:few|couple of) )?"
    r"(?:\d+ )?(?:min|mins|minutes|seconds)\b"
)
_PULSE = frozenset({"palpitations", "fast_rate"})

# -- a slow recovery told -----------------------------------------------------------------------
_MENDING = compiled(
    r"\b(?:getting|slowly getting|feeling|feel) (?:a (?:bit|little) )?better (?:every|each|week"
    r"|day|by|all the time|slowly|gradually)\b|\b(?:improving|better) (?:every|each|week by week"
    r"|day by day|slowly|gradually|steadily)\b|\b(?:slowly|gradually|steadily) (?:improving"
    r"|getting better)\b|\bimproving\b|\b(?:a (?:bit|little) )?easier (?:each|every) (?:week|day)\b"
    r"|\b(?:each|every) (?:week|day) (?:it is|its|it's) (?:a (?:bit|little) )?(?:easier|better)\b"
    r"|\bbetter than (?:last week|a week ago|before|it was)\b"
)
_AGO_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|a few|several|couple of) (?:weeks?|months?)"
_ILLNESS = r"(?:covid|flu|chest infection|pneumonia|virus|bronchitis|long covid|infection)"
_AFTER_ILLNESS = compiled(
    r"\b" + _ILLNESS + r"\b[^.!?]{0,40}\b" + _AGO_NUM + r" ago\b"
    r"|\b" + _AGO_NUM + r" (?:ago|since|after)\b[^.!?]{0,40}\b" + _ILLNESS + r"\b"
    r"|\b" + _ILLNESS + r"\b (?:last (?:month|week)|in (?:january|february|march|april|may|june"
    r"|july|august|september|october|november|december))\b"
)
_EXERTION = compiled(
    r"\b(?:on|up|climbing|going up|walking up) (?:the )?(?:hills?|stairs|steps|inclines?)\b"
    r"|\bwhen (?:i|he|she) (?:run|exercise|walk fast|climb|go up)\b|\bon exertion\b"
)
_MEND_REAL = compiled(
    r"\bat rest\b|\bworse\b|\bworsening\b|\bsuddenly\b|\blips\b|\bblue\b|\bchest pain\b|\bcalf\b"
    r"|\bcough\w* (?:up )?blood\b|\bcannot (?:walk|talk|speak|finish)\b|\blying (?:down|flat)\b"
    r"|\bpillows\b|\bswollen\b|\bfaint\w*"
)

# -- croup last night ---------------------------------------------------------------------------
_FINE_TODAY = compiled(
    r"\b(?:completely|totally|absolutely|perfectly|right as rain|back to (?:normal|himself"
    r"|herself)|fine|happy|running around|playing|bouncing)\b[^.!?]{0,25}\b(?:this morning|today"
    r"|now)\b|\b(?:this morning|today|now)\b[^.!?]{0,25}\b(?:completely fine|totally fine"
    r"|absolutely fine|perfectly fine|right as rain|back to (?:normal|himself|herself))\b"
    r"|\b(?:this morning|today|now)\b[^.!?]{0,15}\b(?:fine|happy|running around|playing|eating"
    r"|bouncing|normal)\b|\bbreathing (?:is )?(?:quiet|normal|fine|settled|easy)\b"
    r"|\bno noise when (?:she|he|they) breathes?\b"
)
_OVERNIGHT = compiled(
    r"\blast night\b|\byesterday\b|\bovernight\b|\bin the night\b|\ball night\b"
    r"|\blast evening\b"
)
_CROUP_REAL = compiled(
    r"\bstill\b|\bagain\b|\btonight\b|\bstridor\b|\bdrool\w*|\bsucking in\b|\brecession\b"
    r"|\bblue\b|\bstruggling\b|\bfast breathing\b|\bcannot (?:breathe|swallow)\b|\bfever\b"
)
_CROUP = frozenset({"barking", "stridor"})

# -- a cut that stopped with pressure -----------------------------------------------------------
_SMALL_PART = compiled(
    r"\b(?:finger|fingertip|thumb|knuckle|toe|hand|palm|knee|shin|elbow|lip|ear ?lobe|chin)s?\b"
)
_PRESSED_STOP = compiled(
    r"\bstopped (?:after|with|within|once i|when i)\b[^.!?]{0,30}\b(?:minutes?|mins?|pressure"
    r"|pressing|pressed|held|holding|squeez\w*|tissue|towel|plaster)\b"
    r"|\b(?:pressure|pressed|pressing|held|holding)\b[^.!?]{0,40}\bstopped\b"
)
_CUT_DATED = compiled(
    r"\byesterday\b|\blast night\b|\b(?:\d+|two|three|four|a few|couple of) days ago\b"
    r"|\bthe other day\b|\blast week\b"
)
_CUT_REAL = compiled(
    r"\b(?:started|bleeding) again\b|\bstill bleeding\b|\bwill not stop\b|\bspurt\w*|\bpulsing"
    r"\b|\bgaping\b|\bdeep\b|\bbone\b|\bnumb\w*|\bcannot (?:bend|move|feel)\b|\bblood thinners?\b"
    r"|\bwarfarin\b|\bapixaban\b|\brivaroxaban\b|\bhaemophilia\b|\bfaint\w*|\bdizz\w*"
)
_BLEED = frozenset({"bleed_severe"})


def _sentence_of(f: Facts, pos: int) -> tuple[int, int]:
    return f.sentence_span(pos)


def _whole(f: Facts, names: frozenset[str]) -> list[tuple[frozenset[str] | None, int, int]]:
    return [(names, 0, len(f.t))]


def _told(f: Facts) -> list[tuple[frozenset[str] | None, int, int]]:
    """The readings of a nuisance, a heartbreak, colic, a workout, a mending, croup and a cut."""
    t, has = f.t, f.active.keys() | f.settled
    out: list[tuple[frozenset[str] | None, int, int]] = []
    if has & _BREATH and _COMPLAINT.search(t) and not f.first_current(_AIRWAY_REAL):
        for m in _NUISANCE.finditer(t):
            out.append((_BREATH, *_sentence_of(f, m.start())))
    if (
        has & _CHEST
        and _HEARTBREAK.search(t)
        and _LAUGHED_OR_ASKED.search(t)
        and not f.first_current(_CHEST_REAL)
        and not has & {"radiating", "sweating", "breathless", "faint_feel", "fainted"}
    ):
        out += _whole(f, _CHEST)
    if (
        has & _CRYING
        and (f.infant or f.child or re.search(r"\b(?:week|month)s? old\b", t))
        and _EVENINGS.search(t)
        and _SETTLES.search(t)
        and not f.first_current(_CRY_REAL)
        and not f.temp >= 38.0
    ):
        out += _whole(f, _CRYING)
    if (
        has & _PULSE
        and _WORKOUT.search(t)
        and _PULSE_FINE.search(t)
        and not f.first_current(_PULSE_REAL)
        and not has & {"chest_pain", "faint_feel", "fainted", "breath_severe", "collapsed"}
    ):
        out += _whole(f, _PULSE)
    if (
        "breathless" in has
        and _MENDING.search(t)
        and _AFTER_ILLNESS.search(t)
        and _EXERTION.search(t)
        and not f.first_current(_MEND_REAL)
    ):
        out += _whole(f, frozenset({"breathless"}))
    if (
        has & _CROUP
        and _OVERNIGHT.search(t)
        and _FINE_TODAY.search(t)
        and not f.first_current(_CROUP_REAL)
    ):
        out += _whole(f, _CROUP)
    if (
        has & _BLEED
        and _SMALL_PART.search(t)
        and _PRESSED_STOP.search(t)
        and _CUT_DATED.search(t)
        and not f.first_current(_CUT_REAL)
    ):
        out += _whole(f, _BLEED)
    return out


def set_aside(f: Facts) -> None:
    """Take the mentions read above out of ``f.active``, ``f.matches`` and the settled ones."""
    if not f.active and not f.settled:
        return
    spans = _taken_back(f) + _told(f) + more_asides(f)
    if not spans:
        return

    def aside(name: str, m: re.Match[str]) -> bool:
        return any((names is None or name in names) and a <= m.start() < b for names, a, b in spans)

    for name in list(f.matches):
        kept = [(m, ci) for m, ci in f.matches[name] if not aside(name, m)]
        if len(kept) == len(f.matches[name]):
            continue
        f.ignored.setdefault(name, ASIDE)
        if kept:
            f.matches[name] = kept
            f.active[name] = [ci for _m, ci in kept]
        else:
            del f.matches[name], f.active[name]
    for name in list(f.settled_matches):
        kept = [(m, ci) for m, ci in f.settled_matches[name] if not aside(name, m)]
        if len(kept) == len(f.settled_matches[name]):
            continue
        f.ignored.setdefault(name, ASIDE)
        if kept:
            f.settled_matches[name] = kept
        else:
            del f.settled_matches[name]
            f.settled.discard(name)
