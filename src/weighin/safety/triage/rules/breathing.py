"""Clinical rules for breathing: choking, asthma that the reliever does not touch or that has
gone quiet, noisy breathing in (stridor) with drooling or a swelling neck, an airway closing from
a throat or tooth infection, breathlessness after a flight or surgery, fast laboured breathing."""

from __future__ import annotations

import re

from weighin.safety.triage.facts import Facts
from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import ANIMAL, Ctx

_EXERTION_NORMAL = compiled(
    r"\b(?:ran|running|run|rushed|rushing|dashed) (?:for|after|to catch) (?:the|a|my) (?:bus|train"
    r"|tram)\b"
    r"|\bafter (?:running|a run|exercise|exercising|the gym|a workout|working out|jogging|sprinting"
    r"|football|training|climbing|sex)\b|\bwhen (?:i|he|she) (?:run|exercise|jog|work out)\b"
    r"|\b(?:when|while|after|from) (?:i am |he is |she is )?(?:running|jogging|sprinting|rushing"
    r"|hurrying|exercising|working out|dancing|swimming|cycling)\b"
)


_SIDE_OF_CHEST = compiled(
    r"\bpain\b[^.!?]{0,15}\b(?:(?:on|in|down|across) )?(?:the )?(?:left |right |one )?side of"
    r" (?:my |his |her |their |the )?chest\b"
)


# A chest wall strained or a stitch from running: no collapsed lung.
_CHEST_WALL = compiled(
    r"\b(?:pulled|strained|torn|tweaked) (?:a |my )?(?:\w+ )?muscle\b|\btwist\w*\b|\bstitch\b"
    r"|\bwhen (?:i|he|she) (?:twist|move|press|lift|stretch)\b|\bprecordial\b"
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
# too breathless to speak in sentences: "clutching his chest and can't get a full sentence out"
# (not a toddler's first sentences, a stutter, a boss who talks, or crying)
_NO_SENTENCE = compiled(
    r"\b(?:cannot|can not|could not) (?:get|finish|say|speak in) (?:a|one|his|her|my|full|whole)"
    r" (?:full |whole )?sentences?(?: out)?\b(?! yet)"
)
_BREATH_CONTEXT = compiled(
    r"\bbreath\w*|\bchest\b|\btight[- ]chested\b|\bgasp\w*|\bwheez\w*|\basthma\b|\binhaler\b|\bpuff"
    r"er\b|\blungs?\b"
)
_SENTENCE_ELSE = compiled(
    r"\btoddler|\bstutter\w*|\bstammer\w*|\bparkinson\w*|\bboss\b|\bmeetings?\b|\bcrying\b"
    r"|\banxious\b|\byet\b|\b\d+ ?(?:year|yr) old\b"
)
_CHOKED_RECOVERED = compiled(
    # told over sentences: "choked on a grape at lunch ... it came out straight away. He's been
    # running around laughing", "choked on water and coughed for ages ... fine now"
    r"\bchoked\b(?:(?!\b(?:now|still|again)\b).){0,160}?\b(?:(?:fine|ok|okay|alright|normal)"
    r" (?:now|today|since)|(?:i|he|she|they) (?:was|were) fine|breathing normally"
    r"|then (?:was|is) (?:totally |completely |absolutely )?(?:fine|ok|okay|normal)"
    r"|came (?:out|up) (?:straight|right) away|coughed (?:it|them) (?:\w+ )?(?:up|out)"
    r"|(?:been|back to) normal|running around)\b|"
    r"\bchoked\b[^.!?]{0,60}\b(?:was|is|were) (?:totally |completely |perfectly |absolutely )?"
    r"(?:fine|ok|okay|normal) (?:\d+|a few|two|a couple of) (?:seconds?|secs?) later\b"
    # "choked on my own spit in a meeting, big coughing fit, totally fine after"
    r"|\bchoked\b(?:(?!\b(?:still|again|now)\b)[^.!?]){0,80}\b(?:totally |completely |perfectly |ab"
    r"solutely )?(?:fine|ok|okay"
    r"|normal) (?:after|afterwards|straight after|right after)\b"
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


# cannot swallow one's own saliva: with breathing trouble, an airway closing
_OWN_SPIT = compiled(r"\b(?:swallow|swallowing) (?:my |his |her |their )?own (?:spit|saliva)\b")


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


# Too breathless to speak: a severe asthma attack ("wheezing so badly he can't answer me").
_NO_WORDS = compiled(
    r"\b(?:cannot|can not|could not|unable to|struggling to|too breathless to) (?:answer|talk|speak"
    r"|say (?:a word|anything|more than)|get (?:a |the )?words? out"
    r"|finish (?:a |his |her |my )?sentences?)"
    r"|\bhunched (?:over|forward)\b|\bonly (?:say|speak|manage) (?:a (?:few|couple of) )?words\b"
)


def _pet_only(f: Facts, at: int) -> bool:
    """The sentence up to ``at`` names an animal and no person."""
    before = f.t[f.sentence_span(at)[0] : at]
    return bool(ANIMAL.search(before)) and not _PERSON.search(before)


_RATTLY = compiled(r"\b(?:rattl\w*|laboured|labored|gurgl\w*)\b")


_GONE_GREY = compiled(
    r"\b(?:he|she|they|face|lips|skin|colour|color)(?: is| has| have| are| was)? (?:gone|going"
    r"|turned|turning|looks?|looking) (?:very |a bit |quite )?(?:grey|gray|ashen|dusky)\b"
)


# Something gave way in the chest: a collapsed lung ("felt something pop in my chest playing
# basketball, now really short of breath and tight on one side")
_POP_IN_CHEST = compiled(
    r"\b(?:something|a|felt a|felt something) pop(?:ped)? in (?:my|his|her|their) chest\b"
    r"|\bchest\b[^.!?]{0,15}\bwent pop\b"
)


_PLEURITIC_PAIN = compiled(
    r"\b(?:hurts?|hurting|pain\w*|sharp|stab\w*|catch\w*|sore|twinge)\b[^.!?]{0,40}\b(?:when|if"
    r"|every time) (?:i|he|she|they|you) (?:breathe|takes? (?:a )?(?:deep |big )?breaths?|inhale"
    r"|breath in)\w*|\b(?:hurts?|painful|pain|sore) (?:to|on|when) (?:breathe|breathing|breath)"
    r"(?: in| deep\w*)?\b"
    # round widen: "hurts to take a deep breath", "painful taking a big breath in"
    r"|\b(?:hurts?|painful|pain|sore|stabs?) (?:to|on|when|taking) (?:take |taking )?(?:a )?"
    r"(?:deep|big|full) breaths?\b"
)
# round widen: chills told as "hot and cold sweats" beside a cough bringing up phlegm
_SPUTUM = compiled(
    r"\bcough\w* up (?:\w+ ){0,2}(?:green|yellow|brown|gunk|phlegm|stuff|muck)\b"
    r"|\b(?:green|yellow|brown) (?:phlegm|gunk|stuff|mucus|muck|snot)\b"
)
_CHILLS = compiled(r"\bhot and cold\b|\bchills\b|\bshivery\b|\bshivering\b|\brigors\b")
_COUGHING = compiled(r"\bcough\w*|\bphlegm\b|\bmucus\b|\bsputum\b|\bchest infection\b")


_NOISY_AT_REST = compiled(
    # (not the quiet that comes with calm: "noisy when he cries but quiet when calm")
    r"(?<!quiet )(?<!fine )(?<!settles )(?<!stops )(?<!okay )(?<!ok )(?<!normal )(?<!goes )"
    r"(?<!silent )(?<!better )(?<!away )"
    r"\b(?:even |still )?(?:at rest|when (?:calm|resting|settled|still|quiet)|while (?:calm|resting"
    r"|asleep|sleeping|sitting still)|sitting (?:still|calm|quietly)|even sitting (?:calm|still)"
    r"|even (?:when|while) (?:calm|resting|sitting|sat|asleep|still|not crying))\b"
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
    if _POP_IN_CHEST.search(t) and any_breath and not ANIMAL.search(t):
        hit(EMERGENCY, "breathing", "a pop in the chest, then short of breath (collapsed lung?)")
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
    if f.first_current(_NO_SENTENCE) and _BREATH_CONTEXT.search(t) and not _SENTENCE_ELSE.search(t):
        category = "cardiac" if on("chest_pain") else "breathing"
        hit(EMERGENCY, category, "too breathless to speak in sentences", 3)
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
    if on("stridor") and f.first_current(_NOISY_AT_REST) and not ANIMAL.search(t):
        # croup's noise breathing in while calm and still: the airway is narrowing
        hit(EMERGENCY, "breathing", "noisy breathing in even at rest (stridor)")
    if on("stridor", "barking") and not ANIMAL.search(t):
        hit(URGENT, "breathing", "noisy breathing or barking cough")
    if on("breathing_fast"):
        hit(URGENT, "breathing", "fast breathing")
    if (
        (
            c.fever
            or ((on("productive_cough") or f.first_current(_SPUTUM)) and f.first_current(_CHILLS))
        )
        and f.first_current(_PLEURITIC_PAIN)
        and f.first_current(_COUGHING)
    ):
        # a cough and a fever with a catch on breathing in: pneumonia with pleurisy, a doctor today
        hit(URGENT, "infection", "a cough and fever with pain on breathing in (chest infection?)")
    _lung_and_airway(c)


# Round widen: emergencies the rules read lower. A choke that lets no sound or cough out; an
# asthma attack going quiet and sleepy; a chest that pops or stops moving on one side while
# breathing is hard (a collapsed lung).
_WRONG_WAY = compiled(
    r"\bwent down the wrong (?:way|hole|pipe)\b|\bchok\w*|\b(?:holding|clutching|grabbing)"
    r" (?:at )?(?:his|her|their|my) (?:throat|neck)\b"
)
_NO_SOUND = compiled(
    r"\b(?:cannot|can not|could not|unable to|not able to) (?:make (?:any |a )?(?:sound|noise)"
    r"|cough or (?:speak|talk|breathe)|speak or (?:cough|breathe)|get any air)\b"
    r"|\bno sound (?:is )?coming out\b"
)
_GOING_QUIET = compiled(
    r"\b(?:going|gone|getting|went) (?:really |very )?(?:quiet|silent)\b|\btoo tired to"
    r" breathe\b"
)
_CHEST_POPPED = compiled(
    r"\b(?:something |felt a |a )?pop(?:ped)? in (?:my|his|her|their) chest\b"
    r"|\bsomething (?:popped|went pop)\b[^.!?]{0,20}\bchest\b"
    r"|\b(?:one side of )?(?:my|his|her|their) chest (?:does not|did not|is not|will not) (?:seem"
    r" to )?(?:move|moving|rise|go up)\b"
)

_BREATHING_WORSE = compiled(r"\bbreathing (?:is |has got |getting )?(?:worse|harder)\b")

# noisy breathing in with a neck swollen, operated on or struck: the airway narrowing
_NECK_CAUSE = compiled(
    r"\bneck (?:is |has )?(?:swollen|swelling|gone (?:big|hard))\b|\bswollen neck\b"
    r"|\b(?:neck|thyroid) (?:op|operation|surgery)\b|\bwound is swelling\b"
    r"|\b(?:kicked|punched|hit|struck|elbowed|strangled|choked) (?:me |him |her )?in the"
    r" (?:neck|throat)\b|\b(?:cannot|can not|can't) open (?:her|his|my|their) mouth\b"
)
# epiglottitis: spit that cannot be swallowed, drooling, with a fever and the breath affected
_CANNOT_SWALLOW_SPIT = compiled(
    r"\b(?:cannot|can not|could not|unable to) swallow (?:his|her|my|their) (?:own )?(?:spit"
    r"|saliva)\b|\bdrooling\b"
)
# a tracheostomy tube out, blocked, or not going back in
_TRACH_OUT = compiled(
    r"\btrach\w*\b[^.!?]{0,30}\b(?:came out|come out|fell out|fallen out|pulled out|blocked"
    r"|will not go (?:back )?in)\b|\b(?:cannot|can not|can't) get the (?:spare|new) (?:trach|tube)"
    r"?\s?in\b"
)


def _lung_and_airway(c: Ctx) -> None:
    f, t, on, hit = c.f, c.t, c.on, c.hit
    live = f.first_current
    if live(_NO_SOUND) and _WRONG_WAY.search(t) and not ANIMAL.search(t):
        hit(EMERGENCY, "breathing", "choking with no sound or cough getting out", 5)
    if (
        c.asthma
        and on("wheeze", "asthma_worse", "breathless")
        and (on("drowsy") or live(_GOING_QUIET))
    ):
        hit(EMERGENCY, "breathing", "an asthma attack going quiet or sleepy", 5)
    if on("stridor") and live(_NECK_CAUSE) and not ANIMAL.search(t):
        hit(EMERGENCY, "breathing", "noisy breathing in with a swollen, operated or struck neck", 5)
    if live(_CANNOT_SWALLOW_SPIT) and c.fever and (c.any_breath or on("breathing_fast", "stridor")):
        hit(EMERGENCY, "breathing", "drooling, cannot swallow, fever and breathing hard", 5)
    if live(_TRACH_OUT) and not ANIMAL.search(t):
        hit(EMERGENCY, "breathing", "a tracheostomy tube out or blocked", 5)
    if (
        live(_CHEST_POPPED)
        and (c.any_breath or on("breathing_fast", "asthma_worse") or live(_BREATHING_WORSE))
        and not ANIMAL.search(t)
    ):
        hit(EMERGENCY, "breathing", "a chest that popped or will not move, breathing hard")
