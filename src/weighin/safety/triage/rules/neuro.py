"""Clinical rules for seizures, head injury and consciousness (infection and sepsis are in
``infection.py``)."""

from __future__ import annotations

import re

from weighin.safety.triage.facts import Facts
from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx

# Weakness climbing within hours, or the legs no longer holding: not a wait for the GP.
_FAST_COURSE = compiled(
    r"\b(?:in|over|within) the (?:last|past) (?:few |couple of |\d+ |two |three )?(?:hours?"
    r"|minutes?)\b|\b(?:an?|\d+|few|couple of) hours? ago\b|\bsince (?:this )?(?:morning"
    r"|lunch|breakfast)\b|\b(?:quickly|rapidly|fast|by the hour|by the minute)\b"
    r"|\b(?:cannot|can not|could not|unable to|can barely|can hardly) (?:walk|stand)\b"
    r"|\blegs? (?:gave|keep giving|keeps giving|giving) way\b"
)
# legs gone dead from how they were sat on, or from the night before: not a nerve failing
_LEGS_ASLEEP = compiled(
    r"\b(?:sat|sitting|knelt|kneeling) (?:cross[- ]legged|on (?:my|his|her) (?:legs|feet)"
    r"|on the floor for)\b|\b(?:legs?|feet) (?:\w+ )?(?:fell|went|had gone|gone) asleep\b"
    r"|\bdead legs?\b|\b(?:heels|dancing all night|drunk|pissed|wasted)\b"
    r"|\b(?:dog|cat|horse|pony|puppy|rabbit)(?:s|'s)? (?:back )?legs\b"
)
# Blacking out again and again, or with a pacemaker or a known heart disease: the heart's rhythm
_FAINTS_AGAIN = compiled(
    r"\b(?:blacked out|fainted|passed out|collapsed|keeled over)\b[^.!?]{0,30}\b(?:twice|three"
    r" times|four times|\d+ times|several times|again and again|repeatedly|over and over)\b"
    r"|\bkeeps? (?:blacking out|fainting|passing out|collapsing)\b"
)
_HEART_DEVICE = compiled(
    r"\bpacemaker\b|\bicd\b|\bdefibrillator\b|\bheart (?:failure|disease|condition|block)\b"
)
_WORSE_CONFUSED = compiled(
    r"\b(?:much |lot |lots |far |way )?more (?:confused|muddled|agitated|disorientated|disoriented)"
    r"\b(?! (?:in the )?(?:evenings?|at night|at times|sometimes|when|late in the day))"
    r"|\bconfusion (?:is |has )?(?:got |gotten |getting )?(?:much |a lot )?worse\b"
    r"|\b(?:worse|new) confusion\b|\bpicking at (?:the )?(?:air|sheets|nothing)\b"
)

# puzzled, not confused: "confused why i still get out of breath"
_SLEEPY = compiled(
    r"\bsleepy\b|\bdrowsy\b|\bdozing\b"
    # round widen: "cant stop falling asleep even typing this"
    r"|\b(?:cannot|can not) stop (?:falling asleep|nodding off|dozing off)\b"
)
_WORSE_AND_WORSE = compiled(
    r"\b(?:worse and worse|getting worse|keeps getting worse|worsening"
    r"|worse by the (?:hour|minute))\b"
)
_KNOCK_DAYS_AGO = compiled(
    r"\b(?:yesterday|last night|the other day|(?:\d+|two|three|a couple of|a few) days ago"
    r"|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|at the weekend)\b"
    # round widen: "3 days later", "last week"
    r"|\b(?:\d+|two|three|a couple of|a few) days (?:later|on)\b|\blast week\b"
)
# round widen: worse and worse over days, not hours ("worse day by day", "3 days later")
_BY_THE_DAY = compiled(
    r"\bday by day\b|\b(?:each|every) day\b|\bby the day\b"
    r"|\b(?:\d+|two|three|a couple of|a few) days (?:later|on|now)\b"
)
_WORSE_SINCE = compiled(
    r"\b(?:getting|got|gone|grown|is|feels?|been getting) (?:a bit |a little |slightly |much "
    r"|a lot )?worse\b|\bworsening\b|\bworse (?:today|now|than yesterday)\b"
    # round widen: "building worse and worse", "stronger each day"
    r"|\b(?:building|growing) worse\b|\bworse and worse\b|\b(?:getting|gets|growing) stronger\b"
)
_WORSE_FAST = compiled(r"\bworse and worse\b|\bby the (?:hour|minute)\b|\bunbearable\b")
_PUZZLED = compiled(
    r"\bconfused (?:why|whether|if|by|how|as to|about (?:why|whether|if|how|what))\b"
)


# the asker puzzled by a question, not confused: "i'm confused, is vomiting a side effect?"
_ASKER_PUZZLED = compiled(
    r"\b(?:i am|im|i'm) (?:so |a bit |really |very |just |quite )?confused\b[^.!?]{0,40}"
    r"\b(?:why|whether|if|is|does|can|should|what|how|side effects?)\b"
)
_CONFUSED_STATE = compiled(
    r"\b(?:is|seems|seem|getting|gone|went|been|became|become|looks?|and|now|im|i am|i'm|he's"
    r"|she's) (?:really |very |quite |all |more |so )?confused\b(?! ?(?:,|about|why|whether|if|by"
    r"|as to|what))"
)
_HANGOVER = compiled(r"\bhung ?over\b|\bhangover\b|\bnight out\b|\bdrunk\b|\bdrinking\b")
_VOMITING = compiled(r"\b(?:vomiting|throwing up|being sick|keeps being sick)\b")


# After a knock: clear fluid from the nose or ears (a skull fracture; not a cold's or hay
# fever's) and a gap in the memory.
_CLEAR_FLUID = compiled(
    r"\b(?:clear|watery)\b[^.!?]{0,20}\b(?:fluid|stuff|liquid|water)\b[^.!?]{0,25}\b(?:nose"
    r"|ears?)\b"
)
# blood from the ear, or the bruise behind it, after a knock: the base of the skull broken (not
# a piercing, an earring or a scratch on the ear itself)
_EAR_BLEED = compiled(
    r"(?<!piercing )(?<!earring )\b(?:blood|bleeding|bled|bloody)\b[^.!?]{0,20}\b(?:from|out of"
    r"|in|inside|coming out of|trickling out of) (?:his|her|my|their|the|one|both|an|each)"
    r" (?:left |right )?ears?\b(?! (?:lobe|piercing|ring))"
    r"|\bears? (?:is |are |has been |was |have been |started |keeps? |now )?(?:bleeding|bled)\b"
    r"|\bbleeding (?:left |right )?ear\b|\bbruis\w* behind (?:his|her|my|their|the|one) ears?\b"
)
_EAR_BLEED_ELSE = compiled(
    r"\bpierc\w*|\bearring|\bear ?lobe|\bcotton bud|\bq-?tip|\bcut (?:on|to)"
)
_RUNNY_NOSE = compiled(
    r"\b(?:a cold|colds?|hay ?fever|runny|streaming|allerg\w+|sneez\w+|the flu|pollen|snot\w*)\b"
)
_HEAD_INJURY_RED = compiled(
    r"\b(?:cannot|could not|does not|do not|did not) remember\b[^.!?]{0,25}\b(?:getting"
    r" (?:home|here|there|back)|how (?:i|he|she|they) got|what happened|the (?:fall|crash|accident"
    r"|hit|game|match|impact|tackle)|falling|hitting|anything (?:after|since|about))\b"
    r"|\bkeeps? asking the same\b|\brepeating (?:himself|herself|the same)\b"
    # round widen: "keeps asking what the score is over and over"
    r"|\bkeeps? asking\b[^.!?]{0,40}\bover and over\b"
)

# the face, not the person, that does not move: "the right side of my face not moving" (a
# limb that does not move stays an emergency here: "his hand and leg are not moving")
_PART_NOT_MOVING = compiled(
    r"\b(?:face|eye|eyelid|eyebrow|brow|forehead|mouth|lip|cheek)\b[^.!?,;:]{0,25}\bnot "
    r"(?:really )?moving\b"
)


def _part_still(f: Facts) -> bool:
    """Every current "unresponsive" is a body part's "not moving"."""
    said = f.matches.get("unconscious", [])
    return bool(said) and all(
        m.group().endswith("moving")
        and _PART_NOT_MOVING.search(f.t, max(0, m.start() - 40), m.end())
        for m, _ci in said
    )


def neuro(c: Ctx) -> None:
    f, t, on, hit, pregnant = c.f, c.t, c.on, c.hit, c.pregnant
    if on("seizure_long"):
        # Over five minutes, or one after another without coming round: an emergency even when
        # it has stopped by the time anyone writes (it stays one when the episode is settled).
        hit(EMERGENCY, "neuro", "a long seizure, or one after another", 15, sticky=True)
    if on("seizure"):
        if on("seizure_long") or on("seizure_first") or on("seizure_now") or on("unconscious"):
            hit(EMERGENCY, "neuro", "seizure that is ongoing, prolonged or a first one", 15)
        elif pregnant or on("head_injury") or f.young_infant:
            hit(EMERGENCY, "neuro", "seizure")
        elif on("stimulant"):
            hit(EMERGENCY, "poisoning", "seizure after stimulant drugs", 15)
        else:
            hit(URGENT, "neuro", "seizure")
    elif on("seizure_long"):
        hit(EMERGENCY, "neuro", "fit that will not stop")
    if on("ascending") and not _LEGS_ASLEEP.search(t):
        if c.any_breath or on("cannot_swallow"):
            hit(EMERGENCY, "neuro", "weakness climbing the body and now breathing or swallowing")
        elif _FAST_COURSE.search(t):
            hit(EMERGENCY, "neuro", "weakness climbing the body within hours")
        else:
            hit(URGENT, "neuro", "weakness or numbness spreading up the body")
    if on("thunderclap"):
        hit(EMERGENCY, "neuro", "sudden worst-ever headache")
    if on("unconscious") and not _part_still(c.f):
        hit(EMERGENCY, "neuro", "unresponsive or will not wake")
    if on("collapsed"):
        hit(EMERGENCY, "neuro", "collapsed")
    if on("head_injury"):
        # Feeling a bit queasy is common after a knock; vomiting is the red flag.
        # a headache worse since a knock a day or more ago, and nothing else: a doctor today
        worse = on("headache") and bool(_WORSE_AND_WORSE.search(t))
        worse_since = (
            on("headache")
            and _WORSE_SINCE.search(t)
            and _KNOCK_DAYS_AGO.search(t)
            and not (_WORSE_FAST.search(t) and not _BY_THE_DAY.search(t))
        )
        red = (
            on("knocked_out", "confusion", "drowsy", "seizure", "unconscious", "speech")
            or (worse and not worse_since)
            or (on("nausea") and not f.mild("nausea"))
            or on("anticoag")
            or f.first_current(_SLEEPY) is not None
            or f.first_current(_HEAD_INJURY_RED) is not None
            or (f.first_current(_CLEAR_FLUID) is not None and not _RUNNY_NOSE.search(t))
            or (f.first_current(_EAR_BLEED) is not None and not _EAR_BLEED_ELSE.search(t))
        )
        if (red and not f.mild("confusion")) or on("pupils"):
            hit(EMERGENCY, "neuro", "head injury with red-flag signs")
        elif worse_since:
            hit(URGENT, "neuro", "a headache getting worse since a knock to the head a day ago")
        elif on("mild_fog", "nausea", "faint_feel", "confusion") or (
            on("headache") and not f.mild("headache")
        ):
            hit(URGENT, "neuro", "head injury with symptoms")
    elif (
        on("knocked_out")
        and _ACCIDENT.search(t)
        and (on("nausea", "severe_headache") or (on("headache") and not f.mild("headache")))
    ):
        # "i was unconscious after the car crash, now severe headache and vomiting"
        hit(EMERGENCY, "neuro", "knocked out in an accident, now headache or vomiting")
    if on("pupils"):
        if on("drowsy", "confusion", "unconscious", "severe_headache", "thunderclap"):
            hit(EMERGENCY, "neuro", "unequal pupils with drowsiness, confusion or headache")
        else:
            hit(URGENT, "neuro", "unequal pupils")
    if on("drowsy") and re.search(r"\b(?:hard|difficult|impossible) to (?:wake|rouse)|barely", t):
        hit(EMERGENCY, "neuro", "very hard to wake")
    elif on("drowsy") and on("confusion", "collapsed", "speech", "unconscious"):
        hit(EMERGENCY, "neuro", "drowsy and confused")
    elif on("drowsy") and not f.child:
        hit(URGENT, "neuro", "unusually drowsy")
    if on("confusion"):
        if on("sudden") or on("drowsy"):
            hit(EMERGENCY, "neuro", "sudden confusion")
        elif (
            (on("vomit_persistent") or f.first_current(_VOMITING))
            and not f.mild("confusion")
            and not f.child
            and not _PUZZLED.search(t)
            and not re.search(r"\bdementia\b|\balzheimer|\balways\b", t)
            and not _ASKER_PUZZLED.search(t)
            and _CONFUSED_STATE.search(t)
            and not _HANGOVER.search(t)
        ):
            # confused and being sick: the brain, an infection or a poison, for a doctor now
            hit(EMERGENCY, "neuro", "confused and vomiting")
        elif (
            on("breathless", "breath_severe") and not f.mild("confusion") and not _PUZZLED.search(t)
        ):
            hit(EMERGENCY, "breathing", "confused and breathless")
        elif not f.mild("confusion") and not re.search(r"\bdementia\b|\balzheimer", t):
            hit(URGENT, "neuro", "new confusion")
        elif _WORSE_CONFUSED.search(t):
            # dementia gone suddenly worse over hours or days: delirium has a cause to find
            hit(URGENT, "neuro", "confusion suddenly worse than usual (delirium?)")
    if on("fainted"):
        if (
            on("chest_pain", "palpitations", "breathless")
            or pregnant
            or _FAINTS_AGAIN.search(t)
            or _HEART_DEVICE.search(t)
        ):
            hit(EMERGENCY, "cardiac", "fainting with heart or breathing symptoms", sticky=True)
        else:
            hit(URGENT, "neuro", "fainted")
    if on("severe_headache", "thunderclap") and on("vomit_persistent"):
        hit(EMERGENCY, "neuro", "severe headache with repeated vomiting")
    if (on("severe_headache") or (on("headache") and on("meds_failing"))) and (
        f.days >= 2 or on("meds_failing", "worsening")
    ):
        hit(URGENT, "neuro", "severe or persistent headache")


_ACCIDENT = compiled(
    r"\b(?:crash\w*|accident|fell|fall|fallen|knocked|tackle\w*|collision|thrown|assault\w*"
    r"|punched|kicked|hit by)\b"
)
