"""Clinical rules for the heart: chest pain and what comes with it, racing and slow pulses,
defibrillator shocks, and a heart attack without pain in older people and diabetics (the
breathing rules are in ``breathing.py``)."""

from __future__ import annotations

import re

from weighin.safety.triage import lexicon
from weighin.safety.triage.facts import Facts
from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules import heart_today
from weighin.safety.triage.rules.context import Ctx
from weighin.safety.triage.scope import NEGATED

_HEARTBURN = compiled(
    r"\bheartburn\b|\breflux\b|\bindigestion\b|\bspicy\b|\bafter (?:meals|eating)\b"
)


_PLEURITIC = compiled(
    r"\bwhen (?:i|he|she) (?:breathe|breath|cough|take a deep|move|press|lie)\w*\b"
)


# A mild chest ache explained by coughing or a strain, and already easing.
_STRAIN = compiled(
    r"\b(?:cough\w*|sneez\w*|strain\w*|pulled|lifting|gym|press-?ups?|push-?ups?)\b[^.!?]{0,60}"
    r"\b(?:improving|getting better|easing|better now|settling|going away)\b"
    r"|\b(?:sore|achy|aching|bruised|tender|hurts?)\b[^.!?]{0,15}\b(?:from|after|with) (?:all "
    r"(?:the |this |my )?|the |this |my |so much |a lot of |days of |a week of )?(?:cough\w*|sneez"
    r"\w*)\b"
)


# A slow resting pulse in someone fit is expected, not a warning.
# a slow pulse with sweating that has its own cause: asleep, a watch, the heat, the menopause,
# a beta blocker
_SLOW_EXPLAINED = compiled(
    r"\bwatch\b|\bsleep\w*|\basleep\b|\bnight sweats\b|\bmenopaus\w*|\bheat\w*|\bhot\b"
    r"|\bbisoprolol\b|\bbeta ?blockers?\b|\bmetoprolol\b|\batenolol\b|\bpropranolol\b"
)
_ATHLETE = compiled(
    r"(?<!not an )(?<!no )\bathlet\w*\b|\b(?:marathon|distance) runner\b|\bi run\b"
    r"|\bcyclist\b|\brower\b"
    r"|\b(?:very|really|quite) fit\b|\btrain (?:a lot|every day|daily)\b"
)


_CARDIAC_HISTORY = compiled(lexicon.FEATURES["cardiac_history"])

# Pain that came with effort for days and has now come at rest: unstable angina ("chest pain
# on my runs all week ... now its come on just sitting on the sofa and its been 20 mins").
_NOW_AT_REST = compiled(
    r"\b(?:now|this time|today|tonight)\b[^.!?]{0,40}\b(?:at rest|resting|(?:just )?sitting"
    r" (?:down|still|on|in|at|watching)|lying (?:down|in bed|on)|in bed|watching tv"
    r"|doing nothing)\b"
)
# ... but not pain that a movement, a meal or the gym explains
_REST_PAIN_ELSE = compiled(
    r"\bwhen i (?:twist|turn|bend|move|lie on|press)\b|\btwist\w*|\bbending\b|\bheartburn\b"
    r"|\breflux\b|\bindigestion\b|\bafter (?:meals|eating|food|dinner|tea|lunch)\b"
    r"|\bsore chest from\b|\bpulled (?:a )?(?:muscle|pec)\b"
)
# Days of it on effort, and now at rest, without minutes counted: "chest tightness walking up
# hills for 3 days, now its there sitting watching tv", "now its woken me up".
_ON_EFFORT = compiled(
    r"\b(?:walk\w*|stairs|hills?|uphill|cycl\w*|running|runs|jog\w*|carrying|mowing|exercis\w*"
    r"|digging|climbing|exertion|effort|the dog|football|gym)\b"
)
_FOR_DAYS = compiled(
    r"\bfor (?:days|a few days|a week|weeks|the (?:last|past) (?:few|\d+|two|three|four|five) days)"
    r"\b|\ball week\b|\b(?:last|past) (?:few|\d+|two|three|four|five) days\b|\bthis week\b"
    r"|\bsince (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)\b"
    r"|\blately\b|\bfor (?:a couple of|a few|\d+|two|three|four|five) days\b"
    r"|\b(?:the )?(?:last|past) (?:week|fortnight|few weeks)\b"
)
_AT_REST_NOW = compiled(
    r"\b(?:now|tonight|today|this time|lately|even|this (?:morning|evening)|last night)\b"
    r"[^.!?]{0,40}\b(?:at rest|resting|sitting|sat (?:still|down|at|on|in|watching)|just sat|lying"
    r"|in bed|watching (?:tv|telly)|at my desk|doing nothing"
    r"|(?:woken|woke|wakes|waking) (?:me|him|her) up)\b"
    r"(?![^.!?]{0,30}\b(?:fine|ok|okay|gone|settled|better|no pain|eases|goes (?:away|off))\b)"
)
# Fainting in the middle of exercise: a heart's warning sign in the young.
_FAINTED_EXERTING = compiled(
    r"\b(?:fainted|collapsed|passed out|blacked out|keeled over)\b[^.!?]{0,25}"
    r"\b(?:mid|during|while|whilst|in the middle of|halfway through|at the end of)\b (?:a |the |his"
    r" |her |my |our |their )?(?:\w+ )?(?:sprint|run|running|race|match|game|training|football"
    r"|rugby|netball|hockey|basketball|exercise|workout|session|swim|gym|spin|class|bleep test"
    r"|cross country|sport|pe|lesson)\b"
)
_CHEST_ODD = compiled(
    r"\bchest\b[^.!?]{0,20}\b(?:funny|weird|strange|odd|tight|hurts?|hurting|pain\w*|sore"
    r"|pounding|fluttering|racing)\b"
    r"(?! from (?:the |a |laughing|coughing|the fall|falling|the bench|bench|the hit|the tackle))"
)
_SUDDEN_DEATH_FAMILY = compiled(
    r"\bdied (?:suddenly|in (?:his|her|their) sleep|young|playing|while|during)\b"
    r"|\bsudden(?:ly)? (?:death|cardiac|arrest)\b|\bdropped dead\b"
)


# Angina that the spray does not settle: "won't go away even after 2 puffs of his gtn spray"
_GTN = compiled(
    r"\b(?:gtn|nitro\w*|glyceryl trinitrate|angina spray|(?:his|her|my) (?:angina )?spray)\b"
)


_NOT_RELIEVED = compiled(
    r"\b(?:will not|would not|has not|did not|does not|is not|not) (?:go(?:ne)? away|help\w*"
    r"|work\w*|eas\w*|settl\w*|stop\w*|touch\w*|shift\w*)\b|\beven after\b|\bstill\b"
    r"|\bno (?:better|difference|effect)\b"
)


_ICD = compiled(r"\b(?:icd|s-icd|defibrillator|defib)\b")


_IT_FIRED = compiled(
    r"\b(?:it|the device|the thing)\b (?:has |have |just |keeps |kept |has just )?(?:shocked|fired"
    r"|zapped|gone off|went off|going off|firing|shocking)\b"
)


# More than one shock from an implanted defibrillator: a storm of dangerous rhythms.
_REPEATED_SHOCKS = compiled(
    r"\b(?:\d+|two|three|four|five|six|several|multiple|many|a few|a couple of) (?:\w+ )?(?:times"
    r"|shocks)\b"
    r"|\btwice\b|\bagain\b|\bkeeps?\b|\bkept\b|\bmore than once\b|\bin a row\b|\bback to back\b"
    r"|\banother\b|\brepeated(?:ly)?\b"
)


def cardiac(c: Ctx) -> None:
    f, t, on, hit, asthma, any_breath, faintish = (
        c.f,
        c.t,
        c.on,
        c.hit,
        c.asthma,
        c.any_breath,
        c.faintish,
    )
    if on("arrest"):
        hit(EMERGENCY, "cardiac", "no pulse / CPR in progress", 2)
    not_breathing = bool(re.search(r"\b(?:not|stopped|no longer|is not) breathing\b", t))
    if on("collapsed", "unconscious") and not_breathing and not on("choking", "drowning"):
        hit(EMERGENCY, "cardiac", "collapsed and not breathing (possible cardiac arrest)", 2)
    if on("chest_pain"):
        mild = f.mild("chest_pain") and not on("chest_severe")
        severe = on("chest_severe") and not mild
        companions = [
            (on("radiating"), "pain spreading to the arm, jaw or back"),
            (on("sweating"), "sweating"),
            (on("nausea"), "nausea"),
            (any_breath, "shortness of breath"),
            (faintish and not heart_today.GTN_DIZZY.search(t), "dizziness or fainting"),
            (on("palpitations"), "a racing heart"),
            (on("stimulant"), "stimulant drugs"),
            (on("cyanosis"), "grey or blue skin"),
        ]
        found = [r for ok, r in companions if ok]
        onset = [
            (on("sudden") and not mild, "sudden"),
            (
                on("ongoing_minutes")
                and not mild
                and not _PLEURITIC.search(t)
                and (
                    f.days < 1
                    or (f.first_current(_NOW_AT_REST) is not None and not _REST_PAIN_ELSE.search(t))
                ),
                "going on for a while",
            ),
            (on("heart_attack_now"), "feels like a heart attack"),
            (on("gtn_fail"), "not relieved by angina spray"),
            (
                on("same_again") and bool(_CARDIAC_HISTORY.search(t)),
                "same pain as a previous heart attack",
            ),
        ]
        found_onset = [r for ok, r in onset if ok]
        heartburn = bool(_HEARTBURN.search(t))
        if on("chronic") and not (severe or found or found_onset):
            pass
        elif (severe or found or found_onset) and not (mild and found == ["nausea"]):
            reason = ("severe chest pain" if severe else "chest pain") + (
                " with " + ", ".join(found[:3]) if found else ""
            )
            if found_onset:
                reason += f" ({', '.join(found_onset)})"
            hit(EMERGENCY, "cardiac", reason)
        elif (heartburn or _STRAIN.search(t)) and mild and not on("chest_severe"):
            pass  # a little heartburn, or a chest sore from coughing and getting better
        elif heart_today.chest_wall(c):
            pass  # sore where it is pressed after a cough, young and well: the chest wall
        elif heart_today.usual_angina_eased(c):
            pass  # the usual angina, gone with the spray as it always goes, over now
        else:
            hit(URGENT, "cardiac", "chest pain")
        if asthma and on("asthma_fail", "breath_severe"):
            hit(EMERGENCY, "breathing", "asthma attack not responding to the inhaler", 8)
    if on("chest_pain") and _GTN.search(t) and _NOT_RELIEVED.search(t):
        hit(EMERGENCY, "cardiac", "chest pain not relieved by the GTN spray")
    if on("heart_attack_now"):
        hit(EMERGENCY, "cardiac", "suspected heart attack now")
    if (
        on("chest_pain")
        and not f.mild("chest_pain")
        and _ON_EFFORT.search(t)
        and (f.days >= 1 or _FOR_DAYS.search(t))
        and f.first_current(_AT_REST_NOW)
        and not _REST_PAIN_ELSE.search(t)
    ):
        hit(EMERGENCY, "cardiac", "chest pain on effort for days, now at rest (unstable angina?)")
    if f.first_current(_FAINTED_EXERTING):
        if f.first_current(_CHEST_ODD) or on("chest_pain", "palpitations") or any_breath:
            hit(EMERGENCY, "cardiac", "fainted during exercise, with chest symptoms")
        elif _SUDDEN_DEATH_FAMILY.search(t):
            hit(URGENT, "cardiac", "fainted during exercise, with sudden deaths in the family")
    if (
        on("pressure_felt")
        and not on("chest_pain", "chronic")
        and sum((on("radiating"), on("sweating"), on("nausea"), faintish, any_breath)) >= 2
    ):
        hit(EMERGENCY, "cardiac", "a crushing pain with sweating, sickness or faintness")
    if on("radiating") and on("sweating") and (faintish or on("nausea") or any_breath):
        hit(EMERGENCY, "cardiac", "arm, jaw or back pain with sweating and faintness")
    elif on("radiating") and faintish and on("sudden", "fast_rate") and not on("chronic"):
        hit(EMERGENCY, "cardiac", "arm or jaw pain come on suddenly with faintness")
    elif on("radiating") and any_breath and (on("nausea") or faintish) and not on("chronic"):
        # The presentation women, diabetics and older people often have: no chest pain at all.
        hit(EMERGENCY, "cardiac", "arm, jaw or back pressure with breathlessness and nausea")
    if (
        on("indigestion")
        and not on("chest_pain")
        and (on("sweating", "radiating") or (on("faint_feel") and any_breath))
    ):
        hit(
            EMERGENCY,
            "cardiac",
            "'indigestion' with sweating or pain spreading (possible heart attack)",
        )
    if on("palpitations"):
        if heart_today.mild_skips(c):
            hit(URGENT, "cardiac", "skipped beats with a light head (no faint, no chest pain)")
        elif faintish or on("breath_severe", "cyanosis", "collapsed", "sweating", "chest_severe"):
            hit(EMERGENCY, "cardiac", "racing heart with fainting or breathlessness")
        elif on("fast_rate") or f.days >= 1 or _HOURS_OF_IT.search(t):
            hit(URGENT, "cardiac", "persistent racing heart")
        elif _PAUSES.search(t):
            # pauses, not a race: a slow or blocked rhythm wants an ECG today
            hit(URGENT, "cardiac", "heart stopping and starting")
    # "I have an ICD ... It has shocked me 3 times": the device named a sentence before
    if on("icd_shock") or (_ICD.search(t) and _IT_FIRED.search(t)):
        if (
            # (not "it has not gone off again")
            any(f.status_of(m) != NEGATED for m in _REPEATED_SHOCKS.finditer(t))
            or faintish
            or any_breath
            or on("chest_pain", "palpitations", "confusion")
        ):
            hit(EMERGENCY, "cardiac", "repeated defibrillator shocks, or one with symptoms", 5)
        else:
            hit(URGENT, "cardiac", "a shock from an implanted defibrillator", 5)
    if on("heart_failure"):
        hit(URGENT, "cardiac", "breathless lying flat or waking up gasping", 2)
    elif on("ankle_swelling") and (c.any_breath or _BREATH_WORD.search(t)):
        hit(URGENT, "cardiac", "swollen ankles with breathlessness", 2)
    if on("nitro_failed"):
        hit(EMERGENCY, "cardiac", "chest pain that angina spray or tablets did not relieve", 8)
    if on("slow_rate"):
        low_bp = f.bp is not None and f.bp[0] < 90
        if (
            (faintish and not _dizzy_at_38_plus(c))
            or on("chest_pain", "confusion", "breath_severe")
            or (on("sweating") and not _ATHLETE.search(t) and not _SLOW_EXPLAINED.search(t))
            or any_breath
            or low_bp
        ):
            hit(EMERGENCY, "cardiac", "very slow pulse with faintness or breathlessness", 5)
        elif (
            on("vomit_persistent", "minor_dose") or (on("nausea") and _RATE_SLOWING_DRUG.search(t))
        ) and not _ATHLETE.search(t):
            # a heart medicine taken twice, or a poisoning, slowing the heart ("took his digoxin
            # twice ... vomited several times and his pulse is 38")
            hit(
                EMERGENCY,
                "cardiac",
                "very slow pulse after extra doses or with repeated vomiting",
                5,
            )
        elif not _ATHLETE.search(t):
            hit(URGENT, "cardiac", "very slow pulse")
    older = (f.age_months is not None and f.age_months >= 600) or bool(_OLDER.search(t))
    if (
        on("sweating")
        and any_breath
        and (
            ((faintish or on("prostrate")) and _GREY.search(t))
            or (on("sudden") and on("breathless") and _sick_with_sweat(f))
        )
        and (older or on("diabetic_ctx"))
        and not _NOT_CARDIAC.search(t)
    ):
        # no chest pain at all: how a heart attack often shows in older people and diabetics
        hit(
            EMERGENCY,
            "cardiac",
            "breathless and sweaty, grey or sick, older or diabetic (a heart attack without pain?)",
            5,
        )
    heart_today.watch_rhythm(c)


# a racing heart that has lasted hours: "for 3 hours", "4 hours of it now", "2 hours nonstop"
_HOURS_OF_IT = compiled(
    r"\bfor (?:an|over an|\d+) hours?\b|\b(?:\d+|two|three|four|five|six|several) hours? (?:of it"
    r"|now|straight|nonstop|non stop|solid|on the trot)\b"
)
_PAUSES = compiled(r"\bheart\b[^.!?]{0,30}\b(?:stopping and starting|stops and starts)\b")


# an older person named with an age ("dad is 81", "mum (77)") or in words
_OLDER = compiled(
    r"\b(?:mum|mom|mam|dad|father|mother|grandma|grandmother|grandad|granddad|grandpa|grandfather"
    r"|granny|gran|nan|nana|husband|wife|partner|aunt|uncle|neighbou?r)\b[^.!?\d]{0,10}"
    r"(?:is |aged |\(|, )(?:[6-9]\d|1[01]\d)\b"
    r"|\b(?:elderly|in (?:his|her|their) (?:60|70|80|90)s)\b"
)


# round BQ-B2: a pulse of 38 to 49 that leaves one dizzy, light-headed or washed out, no faint
# ("pulse 42 since the bisoprolol went up, tired and a bit dizzy"): a doctor today, not 999
_ONLY_DIZZY = compiled(
    r"dizzy|dizziness|light ?headed|lightheadedness|woozy|washed out|feels? (?:shaky|weak|wobbly)"
)


# not mild: very dizzy, cannot stand, digoxin, or doses doubled up ("took tonight's and then the
# next morning's as well")
_SLOW_NOT_MILD = compiled(
    r"\b(?:very|so|extremely|really really) dizzy\b|\b(?:cannot|can not|will not|could not) "
    r"(?:stand|get up)\b|\bdigoxin\b|\blanoxin\b|\bas well\b|\btwice\b|\bdouble\w*"
    r"|\bextra\b|\bthe whole\b|\btoo many\b"
)


def _dizzy_at_38_plus(c: Ctx) -> bool:
    rates = [int(n) for m in c.f.mentions("slow_rate") for n in re.findall(r"\b[2-4]\d\b", m[0])]
    return bool(
        rates
        and min(rates) >= 38
        and not c.on("fainted", "collapsed", "unconscious", "minor_dose", "overdose")
        and not _SLOW_NOT_MILD.search(c.t)
        and all(_ONLY_DIZZY.fullmatch(m[0]) for m in c.f.mentions("faint_feel"))
    )


_RATE_SLOWING_DRUG = compiled(
    r"\b(?:digoxin|lanoxin|bisoprolol|atenolol|metoprolol|propranolol|carvedilol|verapamil"
    r"|diltiazem|beta ?blockers?)\b"
)


_SICK = compiled(r"\b(?:sick|nause\w*|queasy|vomit\w*|throwing up)\b")


_TOLD_AS_PAST = compiled(
    r"\b(?:years?|months?|weeks?) ago\b|\blast (?:year|month|time)\b|\bhad (?:a |her |his |my )?"
    r"(?:silent |mild |small )?heart attack\b|\bif it happens\b"
)


def _sick_with_sweat(f: Facts) -> bool:
    """Sick in the same sentence as a current sweating ("short of breath, sweaty and sick"), and
    that sentence not a story told of the past ("had a silent heart attack 5 years ago")."""
    for m, _ci in f.matches.get("sweating", []):
        a, b = f.sentence_span(m.start())
        if _SICK.search(f.t, a, b) and not _TOLD_AS_PAST.search(f.t, a, b):
            return True
    return False


_GREY = compiled(r"\b(?:grey|gray|ashen|ashy|grey-looking|a bad colou?r)\b")


_NOT_CARDIAC = compiled(
    r"\bpanic\b|\banxiety\b|\bhypo\b|\b(?:sugar|glucose|bm) (?:is |was )?(?:low|\d\.\d)\b"
)


# Breath in any words, negated or not ("can't lie flat without getting breathless"): with
# swollen ankles, the heart.
_BREATH_WORD = compiled(r"\bbreath|\bpillows\b|\b(?:lie|lying|laying) flat\b")
