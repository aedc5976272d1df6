"""Clinical rules for heart, stroke and breathing."""

from __future__ import annotations

import re

from weighin.safety.triage import lexicon
from weighin.safety.triage.facts import Facts
from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import ANIMAL, Ctx

_HEARTBURN = compiled(
    r"\bheartburn\b|\breflux\b|\bindigestion\b|\bspicy\b|\bafter (?:meals|eating)\b"
)
_PLEURITIC = compiled(
    r"\bwhen (?:i|he|she) (?:breathe|breath|cough|take a deep|move|press|lie)\w*\b"
)
_EXERTION_NORMAL = compiled(
    r"\b(?:ran|running|run|rushed|rushing|dashed) (?:for|after|to catch) (?:the|a|my) (?:bus|train"
    r"|tram)\b"
    r"|\bafter (?:running|a run|exercise|exercising|the gym|a workout|working out|jogging|sprinting"
    r"|football|training|climbing|sex)\b|\bwhen (?:i|he|she) (?:run|exercise|jog|work out)\b"
    r"|\b(?:when|while|after|from) (?:i am |he is |she is )?(?:running|jogging|sprinting|rushing"
    r"|hurrying|exercising|working out|dancing|swimming|cycling)\b"
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
_ATHLETE = compiled(
    r"\bathlet\w*\b|\b(?:marathon|distance) runner\b|\bi run\b|\bcyclist\b|\brower\b"
    r"|\b(?:very|really|quite) fit\b|\btrain (?:a lot|every day|daily)\b"
)
_CARDIAC_HISTORY = compiled(lexicon.FEATURES["cardiac_history"])


_SIDE_OF_CHEST = compiled(
    r"\bpain\b[^.!?]{0,15}\b(?:(?:on|in|down|across) )?(?:the )?(?:left |right |one )?side of"
    r" (?:my |his |her |their |the )?chest\b"
)
# A chest wall strained or a stitch from running: no collapsed lung.
_CHEST_WALL = compiled(
    r"\b(?:pulled|strained|torn|tweaked) (?:a |my )?(?:\w+ )?muscle\b|\btwist\w*\b|\bstitch\b"
    r"|\bwhen (?:i|he|she) (?:twist|move|press|lift|stretch)\b|\bprecordial\b"
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
# A reading said to be the person's own usual ("sats 91, which is my normal").
_MY_NORMAL = compiled(
    r"\b(?:my|his|her|their) (?:normal|usual|baseline)\b|\b(?:normal|usual|fine) for (?:me|him|her"
    r"|them)\b|\busually\b"
)
# A pet's choking is the vet's: an animal in the sentence and no person ("my dog keeps doing this
# reverse sneeze, sounds like he's choking").
_PERSON = compiled(
    r"\b(?:i|me|baby|toddler|child|kid|son|daughter|husband|wife|partner|mum|mom|dad|grandma"
    r"|grandad|grandpa|nan|man|woman|boy|girl|brother|sister|friend|newborn|infant|teen\w*"
    r"|grandson|granddaughter|niece|nephew|\w+-in-law|(?:\d+|a|one|two|three|four|five|six"
    r"|seven|eight|nine|ten) ?(?:-| )?(?:year|yr|month|week)s?[- ]old)\b"
)
# Breath-holding spells: a toddler blue in a tantrum who breathes again.
_BREATH_HOLDING = compiled(r"\bbreath[- ]?holding\b|\bholds? (?:his|her|their) breath\b")
# Choked earlier and fine since ("choked on water yesterday, totally fine now"): a question about
# an episode over, read by whatever symptoms are still there.
# ... or fine a moment later ("choked on his own spit, coughed and was totally fine 2 seconds
# later").
_CHOKED_RECOVERED = compiled(
    r"\bchoked\b[^.!?]{0,60}\b(?:was|is|were) (?:totally |completely |perfectly |absolutely )?"
    r"(?:fine|ok|okay|normal) (?:\d+|a few|two|a couple of) (?:seconds?|secs?) later\b"
    r"|\bchoked\b[^.!?]{0,40}\b(?:coughed it (?:straight |right )?(?:out|up))\b[^.!?]{0,30}"
    r"\b(?:fine|ok|okay|normal)\b"
    r"|\bchok(?:ed|ing)\b[^.!?]{0,40}\b(?:yesterday|last night|earlier|this morning"
    r"|(?:\d+|a few|two"
    r"|three) (?:hours|days) ago|at (?:lunch|dinner|breakfast))\b[^.!?]{0,60}\b(?:(?:totally |"
    r"completely |perfectly |absolutely )?(?:fine|ok|okay|good|normal|better) now|back to normal"
    r"|coughed it (?:\w+ )?(?:up|out)|then (?:totally |completely |perfectly |absolutely )?(?:fine"
    r"|ok|okay|normal)|(?:breathing|been) (?:normal|fine) since"
    r"|now (?:i am|i'm|he is|she is|they are) (?:totally |completely |perfectly |absolutely )?"
    r"(?:fine|ok|okay|normal|good))\b"
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
    if (
        not on("chest_pain")
        and on("same_again")
        and on("cardiac_history")
        and on("sudden", "ongoing_minutes", "gtn_fail")
    ):
        # "the exact same pain as before my stent started ten minutes ago": no "chest" needed
        hit(EMERGENCY, "cardiac", "the pain of a previous heart problem, back now", 5)
    if on("chest_pain"):
        mild = f.mild("chest_pain") and not on("chest_severe")
        severe = on("chest_severe") and not mild
        companions = [
            (on("radiating"), "pain spreading to the arm, jaw or back"),
            (on("sweating"), "sweating"),
            (on("nausea"), "nausea"),
            (any_breath, "shortness of breath"),
            (faintish, "dizziness or fainting"),
            (on("palpitations"), "a racing heart"),
            (on("stimulant"), "stimulant drugs"),
            (on("cyanosis"), "grey or blue skin"),
        ]
        found = [r for ok, r in companions if ok]
        onset = [
            (on("sudden") and not mild, "sudden"),
            (
                on("ongoing_minutes") and not mild and not _PLEURITIC.search(t) and f.days < 1,
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
        else:
            hit(URGENT, "cardiac", "chest pain")
        if asthma and on("asthma_fail", "breath_severe"):
            hit(EMERGENCY, "breathing", "asthma attack not responding to the inhaler", 8)
    if on("chest_pain") and _GTN.search(t) and _NOT_RELIEVED.search(t):
        hit(EMERGENCY, "cardiac", "chest pain not relieved by the GTN spray")
    if on("heart_attack_now"):
        hit(EMERGENCY, "cardiac", "suspected heart attack now")
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
        if faintish or on("breath_severe", "cyanosis", "collapsed", "sweating", "chest_severe"):
            hit(EMERGENCY, "cardiac", "racing heart with fainting or breathlessness")
        elif on("fast_rate") or f.days >= 1 or re.search(r"\bfor (?:an|over an|\d+) hours?\b", t):
            hit(URGENT, "cardiac", "persistent racing heart")
        elif _PAUSES.search(t):
            # pauses, not a race: a slow or blocked rhythm wants an ECG today
            hit(URGENT, "cardiac", "heart stopping and starting")
    # "I have an ICD ... It has shocked me 3 times": the device named a sentence before
    if on("icd_shock") or (_ICD.search(t) and _IT_FIRED.search(t)):
        if (
            _REPEATED_SHOCKS.search(t)
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
        if faintish or on("chest_pain", "confusion", "breath_severe") or any_breath:
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


# Breath in any words, negated or not ("can't lie flat without getting breathless"): with
# swollen ankles, the heart.
# Too breathless to speak: a severe asthma attack ("wheezing so badly he can't answer me").
_OWN_SPIT = compiled(r"\b(?:swallow|swallowing) (?:my |his |her |their )?own (?:spit|saliva)\b")
_PAUSES = compiled(r"\bheart\b[^.!?]{0,30}\b(?:stopping and starting|stops and starts)\b")
_THROAT_INFECTION = compiled(
    r"\b(?:tooth\w*|teeth|abscess\w*|tonsil\w*|sore throat|throat infection|quinsy|gums?"
    r"|dental|fever)\b"
)
# the neck, throat or tongue swelling (with noisy breathing in: the airway is narrowing)
_NECK_SWELLING = compiled(
    r"\b(?:neck|throat|tongue)\b[^.!?,]{0,20}\bswell\w*|\bswell\w*[^.!?,]{0,20}\b(?:neck|throat"
    r"|tongue)\b"
)
_ATTACK = compiled(r"\battack\b|\bpuffs\b|\bspacer\b|\bnebuli[sz]er\b")
_TIRING = compiled(
    r"\b(?:getting|gone|going|become|becoming) (?:really |very |so )?(?:tired|exhausted|quiet"
    r"|sleepy|drowsy|floppy)\b(?! (?:of|after|from))|\b(?:not|less) wheezy?(?:ing)? (?:as much|any "
    r"more|anymore)\b"
    r"[^.!?]{0,40}\b(?:worse|tired|quiet)\b"
)
# an older person named with an age ("dad is 81", "mum (77)") or in words
_OLDER = compiled(
    r"\b(?:mum|mom|mam|dad|father|mother|grandma|grandmother|grandad|granddad|grandpa|grandfather"
    r"|granny|gran|nan|nana|husband|wife|partner|aunt|uncle|neighbou?r)\b[^.!?\d]{0,10}"
    r"(?:is |aged |\(|, )(?:[6-9]\d|1[01]\d)\b"
    r"|\b(?:elderly|in (?:his|her|their) (?:60|70|80|90)s)\b"
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
_NO_WORDS = compiled(
    r"\b(?:cannot|can not|could not|unable to|struggling to|too breathless to) (?:answer|talk|speak"
    r"|say (?:a word|anything|more than)|get (?:a |the )?words? out"
    r"|finish (?:a |his |her |my )?sentences?)"
    r"|\bhunched (?:over|forward)\b|\bonly (?:say|speak|manage) (?:a (?:few|couple of) )?words\b"
)
_BREATH_WORD = compiled(r"\bbreath|\bpillows\b|\b(?:lie|lying|laying) flat\b")


def _pet_only(f: Facts, at: int) -> bool:
    """The sentence up to ``at`` names an animal and no person."""
    before = f.t[f.sentence_span(at)[0] : at]
    return bool(ANIMAL.search(before)) and not _PERSON.search(before)


_RATTLY = compiled(r"\b(?:rattl\w*|laboured|labored|gurgl\w*)\b")
_GONE_GREY = compiled(
    r"\b(?:he|she|they|face|lips|skin|colour|color)(?: is| has| have| are| was)? (?:gone|going"
    r"|turned|turning|looks?|looking) (?:very |a bit |quite )?(?:grey|gray|ashen|dusky)\b"
)


def breathing(c: Ctx) -> None:
    f, t, on, hit, asthma, severe_breath, any_breath = (
        c.f,
        c.t,
        c.on,
        c.hit,
        c.asthma,
        c.severe_breath,
        c.any_breath,
    )
    if (any_breath or on("stridor") or _RATTLY.search(t)) and f.first_current(_GONE_GREY):
        # laboured or rattly breathing and a colour gone grey: the lungs failing, not tiredness
        hit(EMERGENCY, "breathing", "breathing hard or rattly and gone grey or blue", 3)
    for m, ci in f.matches.get("low_oxygen", []):
        sat = int(m.group("sat") or m.group("sat2"))
        usual = f.clauses[ci].habitual or _MY_NORMAL.search(t, m.end(), m.end() + 60)
        if usual and 85 <= sat < 92:
            hit(URGENT, "breathing", f"oxygen saturation {sat}%, the usual for this person")
        elif sat < 92:
            hit(EMERGENCY, "breathing", f"oxygen saturation {sat}%")
        elif sat < 95:
            hit(URGENT, "breathing", f"oxygen saturation {sat}%")
    if (
        on("choking")
        and not _CHOKED_RECOVERED.search(t)
        and not all(_pet_only(f, m.start()) for m in f.mentions("choking"))
    ):
        if re.search(
            r"\bchok\w* (?:on (?:his|her|my|their) (?:food|drinks?|fluids) )?(?:more|a lot|"
            r"often|sometimes|lately|recently)\b|\bkeeps? choking\b|\boften chokes\b",
            t,
        ):
            hit(URGENT, "breathing", "repeated choking on food or drink")
        else:
            hit(EMERGENCY, "breathing", "choking", 3)
    if on("asthma_fail"):
        hit(EMERGENCY, "breathing", "asthma attack not responding to the inhaler", 8)
    if on("asthma_worse") and re.search(r"\basthma attack\b", t) and on("worsening"):
        hit(EMERGENCY, "breathing", "asthma attack getting worse", 8)
    if on("asthma_worse", "asthma_fail") and _ATTACK.search(t) and _TIRING.search(t):
        # a quiet chest in a tiring child is the danger sign, not the wheeze
        hit(EMERGENCY, "breathing", "asthma attack with exhaustion or a quietening chest", 8)
    if (
        severe_breath
        and not (
            on("cyanosis") and not on("breath_severe", "recession") and _BREATH_HOLDING.search(t)
        )
        and not all(
            _pet_only(f, m.start())
            for name in ("breath_severe", "cyanosis", "recession")
            for m in f.mentions(name)
        )
    ):
        bonus = 8 if asthma else 0
        reason = "blue or grey lips" if on("cyanosis") else "severe difficulty breathing"
        hit(EMERGENCY, "breathing", reason, bonus)
    if on("smoke") and (any_breath or on("throat_tight")):
        hit(EMERGENCY, "breathing", "breathing trouble after smoke inhalation", 3)
    if on("drowning_now"):
        hit(EMERGENCY, "breathing", "someone drowning now", 3)
    elif on("drowning") and (
        on("unconscious", "drowsy", "confusion", "froth", "breathless", "breathing_fast")
        or severe_breath
    ):
        hit(EMERGENCY, "breathing", "drowning", 3)
    if on("froth") and (any_breath or on("drowning") or re.search(r"\bcough", t)):
        hit(EMERGENCY, "breathing", "coughing up pink or frothy sputum", 3)
    if (on("calf") and (any_breath or on("chest_pain") or on("cough_blood"))) or (
        on("leg_pain") and on("chest_pain") and (any_breath or on("cough_blood"))
    ):
        hit(EMERGENCY, "breathing", "breathlessness or chest pain with a swollen calf", 10)
    if (
        on("sudden")
        and not _CHEST_WALL.search(t)
        and (any_breath or on("breathing_fast"))
        and _SIDE_OF_CHEST.search(t)
    ):
        # a sudden sharp pain on one side of the chest and breathlessness: a collapsed lung
        hit(EMERGENCY, "breathing", "sudden one-sided chest pain and breathlessness", 5)
    if on("sudden") and on("breathless") and on("cough_blood"):
        hit(EMERGENCY, "breathing", "sudden breathlessness with coughing up blood (a clot?)")
    if (any_breath or on("chest_pain")) and on("flight_or_surgery"):
        if on("sudden", "cough_blood", "calf") or (any_breath and on("chest_pain")):
            hit(
                EMERGENCY, "breathing", "breathlessness or chest pain after a flight or surgery", 10
            )
        else:
            hit(URGENT, "breathing", "breathlessness after a flight or surgery", 10)
    if on("drooling") and on("cannot_swallow") and c.any_breath:
        hit(EMERGENCY, "breathing", "drooling, cannot swallow and struggling to breathe")
    elif f.first_current(_OWN_SPIT) and on("cannot_swallow") and c.any_breath:
        # a throat or a tooth infection closing the airway (quinsy, Ludwig's angina)
        cat = "infection" if _THROAT_INFECTION.search(t) else "breathing"
        hit(EMERGENCY, cat, "cannot swallow saliva and struggling to breathe")
    if on("stridor") and (
        on("drooling", "cannot_swallow") or f.first_current(_NECK_SWELLING) is not None
    ):
        hit(
            EMERGENCY,
            "breathing",
            "noisy breathing in with drooling or a swelling neck",
        )
    if on("breathing_fast") and (asthma or on("breathless", "confusion") or f.child):
        if f.child or re.search(r"\bcopd\b|\bonly (?:say|speak)\b|\bfew words\b", t):
            hit(EMERGENCY, "breathing", "fast laboured breathing")
        else:
            hit(URGENT, "breathing", "fast breathing")
    if (
        on("breathless")
        and not severe_breath
        and (not _EXERTION_NORMAL.search(t) or f.days >= 1 or on("worsening"))
    ):
        hit(URGENT, "breathing", "shortness of breath")
    if on("wheeze", "asthma_worse") and _NO_WORDS.search(t):
        hit(EMERGENCY, "breathing", "wheezing too hard to speak")
    elif on("wheeze", "asthma_worse"):
        hit(URGENT, "breathing", "wheezing or worsening asthma")
    if on("stridor", "barking") and not ANIMAL.search(t):
        hit(URGENT, "breathing", "noisy breathing or barking cough")
    if on("breathing_fast"):
        hit(URGENT, "breathing", "fast breathing")
