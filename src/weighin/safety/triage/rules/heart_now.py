"""The heart attack told without the words ``cardio`` reads (round widen): the pain of an old
heart problem the same again, sudden, for minutes or right now (moved here from ``cardio`` on
2026-11-29, beside its twins); the pain of an old heart attack named as back, crushing, with
sweat or going on for minutes; a chest pain that came
and went and is now constant, with sweating; and an older diabetic who is suddenly sick and
sweating with no chest pain at all (the heart attack without pain). ``cardio`` keeps the chest
pain it reads; these are what it leaves to the learned backstop.
"""

from __future__ import annotations

import re

from weighin.safety.triage.levels import EMERGENCY
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx

# "my old heart attack pain", "the same pain as my last heart attack", "like my angina before"
_OLD_ATTACK_PAIN = compiled(
    r"\b(?:old|same|previous|last|first) (?:\w+ ){0,3}(?:heart attack|angina|mi)\b"
    r"|\bheart attack pain\b"
    # round widen bn: "the pain i had before my stents", "like when i had my heart attack"
    r"|\b(?:pain|tightness|pressure|feeling) (?:that )?(?:i|he|she) (?:had|got|felt) (?:with|before"
    r"|when|during)\b[^.!?]{0,20}\b(?:heart attack|stents?|bypass|angina|mi)\b"
)
# the same pain, back: "the same pain is back right now", "that pain has come back", "same as
# when i had my heart attack"
_BACK_NOW = compiled(
    r"\b(?:pain|it|tightness|pressure|ache|feeling)(?: is| has| has just)? (?:come |coming |came )?"
    r"back\b(?! (?:to normal|home|to work|to bed|to sleep|from)\b)|\b(?:is|has) returned\b"
    r"|\b(?:attack|angina) is back\b(?! (?:pain|ache|to|from|home|in|at|on)\b)"
    # round widen bn: "it has started again", "the tightness is happening again"
    r"|\b(?:pain|it|tightness|pressure|ache|feeling)(?: is| has)? (?:started|starting|happening"
    r"|come on|coming on|kicked in|kicking in) again\b"
)
# the pain named a few words back: "the pain i had before my stents has come back tonight" (read
# only with a pain word in its sentence)
_COME_BACK = compiled(
    r"\b(?:has|have) (?:just )?come back\b(?! (?:to normal|home|to work|to bed|to sleep|from)\b)"
    r"|\bcame back (?:tonight|today|this (?:morning|evening|afternoon)|just now|earlier|an hour"
    r" ago|\d+ ?(?:mins?|minutes) ago)\b"
)
# ... a return dated in the past: "the same pain came back last year, turned out to be reflux"
_DATED_PAST = compiled(
    r"\blast (?:year|month|week|summer|winter|spring|autumn|time)\b|\bin (?:19|20)\d\d\b"
    r"|\b(?:\w+|\d+) (?:years?|months?|weeks?) ago\b|\bturned out\b"
)
_SAME_AS_ATTACK = compiled(
    r"\bsame (?:as|like) (?:when|with|before|during) (?:i|he|she|my|his|her)\b[^.!?]{0,20}"
    r"\b(?:heart attack|mi|stent|bypass|angina)\b"
)
# the angina spray named, a pain it has not moved: "used my gtn spray 3 times and the pain
# hasnt gone" (no "chest": the spray says where)
_GTN_NAMED = compiled(
    r"\b(?:gtn|nitro(?:glycerin|glycerine|lingual)?|glyceryl trinitrate|angina spray)\b"
)
_PAIN_WORD = compiled(r"\b(?:pain|tightness|pressure|ache|crushing|heaviness)\b")
_NOT_EASING = compiled(
    r"\bnot (?:easing|going away|going|settling|stopping|getting better|letting up)\b"
    r"|\b(?:will not|would not|does not|has not) (?:ease|go away|settle|stop|let up)\b"
)
# a pain that came and went, now there all the time: "on and off since lunch but for the last 40
# min it's been constant", "now it is non-stop"
_NOW_CONSTANT = compiled(
    r"\b(?:now|but now|last \d+ ?(?:min\w*|hours?)|past \d+ ?(?:min\w*|hours?))\b[^.!?]{0,30}"
    r"\b(?:constant|non ?stop|continuous|there all the time|not going away|not stopping)\b"
    r"|\b(?:it is|it has been|been|now) (?:constant|non ?stop|continuous)\b"
)
# the older diabetic: "my dad is 67 and diabetic", "diabetic, 72"
_OLDER_SAID = compiled(
    r"\b(?:is|aged?|\(|,) ?(?:[6-9]\d|1[01]\d)\b(?! ?(?:kg|lbs?|mg|mmol|minutes|mins|%|days))"
    r"|\b(?:[6-9]\d|1[01]\d) (?:and|year old|yo|y/o)\b|\belderly\b"
)
_HYPO_OR_BUG = compiled(
    r"\bhypo\w*|\b(?:sugar|glucose|bm|blood sugar)\b[^.!?]{0,15}\b(?:low|[1-3](?:\.\d)?)\b"
    r"|\b(?:food poisoning|stomach bug|gastro|norovirus|diarrh\w*|ate something|dodgy)\b"
    r"|\bpanic\b|\banxiety\b|\bhot flush\w*|\bmenopaus\w*"
)

_SUDDEN_BREATHLESSNESS = compiled(r"\bsudden (?:onset )?(?:of )?breathlessness\b")
# symptoms read about or asked in general: "what are the signs ... I read sudden breathlessness"
_READ_ABOUT = compiled(r"\b(?:i read|read that|signs of|symptoms of|what are)\b")

# exercise: a collapse during sport is the heart's until shown otherwise
_EXERTION = compiled(
    r"\b(?:football|rugby|running|a run|jogging|tennis|basketball|netball|hockey|training|the gym"
    r"|exercis\w*|sport|sports|pe|a race|swimming|cycling|playing)\b"
)
# the spray that usually works and tonight has not
_SPRAY_FAILED = compiled(
    r"\b(?:spray|gtn|nitro\w*|puffs?)\b[^.!?]{0,40}\b(?:but )?(?:tonight|today|this time|now)"
    r" (?:it )?(?:has not|did not|is not|does not|had not)\b"
)
_GREY_OR_CLAMMY = compiled(r"\b(?:grey|gray|ashen|clammy|white as a sheet)\b")
# vomiting made on purpose or laxatives, and a heart that skips with weak legs (low potassium)
_PURGING = compiled(
    r"\bmaking (?:herself|himself|myself|themselves) sick\b|\bpurg\w*|\bbulimi\w*"
    r"|\blaxatives\b"
)
_HEART_ODD = compiled(
    r"\bheart\b[^.!?]{0,25}\b(?:skip\w*|weird|thump\w*|flutter\w*|racing|jumping)\b"
)
_LEGS_WEAK = compiled(
    r"\b(?:legs?|arms?|muscles)\b[^.!?]{0,20}\b(?:weak|heavy|jelly|giving way)\b"
    r"|\b(?:barely|hardly|cannot|can not) stand\b"
)


# the same pain said to be there now: "i have the same pain as my heart attack right now"
_SAME_RIGHT_NOW = compiled(
    r"\bsame (?:\w+ ){0,2}(?:pain|feeling|tightness|pressure)\b[^.!?]{0,60}"
    r"\b(?:right now|rn|at the moment|as we speak)\b"
)


def heart_now(c: Ctx) -> None:
    f, t, on, hit = c.f, c.t, c.on, c.hit
    live = f.first_current
    if (
        not on("chest_pain")
        and on("same_again")
        and on("cardiac_history")
        and (on("sudden", "ongoing_minutes", "gtn_fail") or live(_SAME_RIGHT_NOW))
    ):
        # "the exact same pain as before my stent started ten minutes ago", "the same pain as my
        # heart attack 2 years ago right now": no "chest" needed
        hit(EMERGENCY, "cardiac", "the pain of a previous heart problem, back now", 5)
    if (
        not on("chest_pain")
        and on("cardiac_history")
        and on("chest_severe", "pressure_felt")
        and _OLD_ATTACK_PAIN.search(t)
        and (on("sweating") or (on("ongoing_minutes") and live(_NOT_EASING)))
    ):
        # "my old heart attack pain, crushing, sweating, 20 minutes and not easing"
        hit(EMERGENCY, "cardiac", "the crushing pain of an old heart attack, back now", 5)
    if (
        not on("chest_pain")
        and on("cardiac_history")
        and (back := live(_BACK_NOW) or _pain_come_back(c))
        and not _DATED_PAST.search(t, back.end(), f.sentence_span(back.start())[1])
        and (on("same_again") or _OLD_ATTACK_PAIN.search(t) or _SAME_AS_ATTACK.search(t))
    ):
        # "had a heart attack 3 years ago and the same pain is back right now"
        hit(EMERGENCY, "cardiac", "the pain of a previous heart attack, back now", 5)
    if not on("chest_pain") and on("gtn_fail") and _GTN_NAMED.search(t) and live(_PAIN_WORD):
        hit(EMERGENCY, "cardiac", "pain the angina spray has not relieved", 5)
    if (
        "chest_pain" in f.settled
        and not on("chest_pain")
        and live(_NOW_CONSTANT)
        and (on("sweating", "radiating", "breathless") or c.faintish)
    ):
        # on and off since lunch, constant for the last 40 minutes, sweating buckets
        hit(EMERGENCY, "cardiac", "chest pain that came and went, now constant with sweating", 5)
    if (
        on("diabetic_ctx")
        and live(_SUDDEN_BREATHLESSNESS)
        and on("sweating")
        and on("nausea")
        and not on("breathless")
        and not _READ_ABOUT.search(t)
        and not _HYPO_OR_BUG.search(t)
    ):
        # "diabetic 58, sudden breathlessness and sweating at rest, feel sick" (the breath in a
        # noun ``cardio`` does not read)
        hit(
            EMERGENCY,
            "cardiac",
            "a diabetic suddenly breathless, sick and sweating (a heart attack without pain?)",
            5,
        )
    collapsed = c.faintish or bool({"collapsed", "fainted"} & f.settled)
    if (
        collapsed
        and (on("palpitations", "chest_pain") or {"palpitations", "chest_pain"} & f.settled)
        and (_EXERTION.search(t) or on("confusion", "sweating"))
        and on("collapsed", "fainted") | bool({"collapsed", "fainted"} & f.settled)
    ):
        # "collapsed at football, came round, chest hurts"; "heart going fast during football
        # then he collapsed"
        hit(EMERGENCY, "cardiac", "a collapse with a racing heart or chest pain", 5, sticky=True)
    chest_told = on("chest_pain") or "chest_pain" in f.settled or "chest_pain" in f.ignored
    if chest_told and live(_SPRAY_FAILED) and (on("sweating") or live(_GREY_OR_CLAMMY)):
        hit(EMERGENCY, "cardiac", "chest pain the spray has not eased, grey or sweating", 5)
    if (
        f.ignored.get("chest_pain") == "info"
        and on("radiating")
        and on("sweating")
        and on("ongoing_minutes")
    ):
        # told beside a film or a scare, but the pain is here: "30 mins now, down my arm,
        # sweating"
        hit(EMERGENCY, "cardiac", "chest pain going down the arm with sweating, for minutes", 5)
    if _PURGING.search(t) and live(_HEART_ODD) and live(_LEGS_WEAK):
        hit(EMERGENCY, "other", "purging with a skipping heart and weak legs (low potassium?)", 5)
    older = (f.age_months is not None and f.age_months >= 60 * 12) or (
        f.age_months is None and live(_OLDER_SAID) is not None
    )
    if (
        older
        and on("diabetic_ctx")
        and on("nausea")
        and on("sweating")
        and on("sudden", "ongoing_minutes")
        and not f.mild("sweating")
        and not _HYPO_OR_BUG.search(t)
        and not on("vomit_persistent", "diarrhoea", "fever")
    ):
        # "67 and diabetic, suddenly sick and sweating loads, no chest pain, just 'off'"
        hit(
            EMERGENCY,
            "cardiac",
            "an older diabetic suddenly sick and sweating (a heart attack without pain?)",
            5,
        )


def _pain_come_back(c: Ctx) -> re.Match[str] | None:
    for m in c.f.current(_COME_BACK):
        start = c.f.sentence_span(m.start())[0]
        if _PAIN_WORD.search(c.t, start, m.start()):
            return m
    return None
