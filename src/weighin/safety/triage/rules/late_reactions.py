"""Allergic reactions and bleeds the rules read as routine or urgent (round med 2).

- A named trigger (a food one is allergic to, a scan's dye, a sting, a new tablet or rub) with
  a swelling face or hives and a second system: vomiting, a cough, a changing voice or throat, a
  tight chest, faintness, paleness, sleepiness, a sense of doom ("lips massive, throwing up").
- Someone allergic with the throat or voice changing, an antihistamine taken or not.
- An adrenaline pen used today, however well the child seems now ("used the epipen on him").
- A tongue too big for the mouth on an ACE inhibitor (ramipril): angioedema.
- Bleeding through a bandage, towels or a dressing changed again and again, or still pouring
  after pressure held; blood spurting in pulses; a cut to the neck bleeding hard.
- A heavy bleed (a gush, a bowl full of blood, tarry stools, blood vomited, a soaked pad) with
  faintness, dizziness on standing, paleness, shaking or cold.
- Any fresh bleeding days after tonsils out; a bleed on warfarin or with haemophilia that will
  not stop or swells a joint.
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx

# -- allergy ----------------------------------------------------------------------------------
_TRIGGER = compiled(
    r"\ballerg\w*|\banaphyla\w*|\b(?:peanuts?|cashews?|nuts?|pistachios?|sesame|eggs?|prawns?"
    r"|shrimps?|shellfish|crab|lobster|fish|milk|satay|pesto)\b|\b(?:ct|contrast|x-?ray) ?dye\b"
    r"|\bcontrast\b|\b(?:stung|sting|wasp|bee|hornet)\b|\bnew (?:\w+ )?(?:tablet|pill|medicine"
    r"|medication|antibiotic|cream|rub|gel|lotion)\b|\bfirst dose\b|\bmuscle rub\b"
    r"|\bfirst (?:taste|time (?:eating|having|trying))\b|\bepi-? ?pens?\b|\bcookie\b"
)
# lips or face swelling told in more ways than the lexicon's: "lips are massive", "like sausages"
_SKIN = compiled(
    r"\b(?:lips?|face|eyes|tongue)\b[^.!?]{0,20}\b(?:massive|huge|like sausages|ballooned"
    r"|puff\w*|swell\w*|swollen|tingl\w*)\b|\bhives\b|\bwelts\b|\bitchy all over\b"
    r"|\bface (?:has )?(?:ballooned|blown up|puffed)\b"
)
_SECOND_SYSTEM = compiled(
    r"\bvomit\w*|\bthrowing up\b|\bthrew up\b|\b(?:been |being )?sick (?:twice|again|\d)\b"
    r"|\bcough\w*|\bthroat (?:is |feels )?(?:itchy|scratchy)\b|\bthroat\b[^.!?]{0,25}\b(?:tight\w*"
    r"|small|closing|swell\w*)\b|\bscratch\w* at (?:her|his|my|their) throat\b"
    r"|\bvoice\b[^.!?]{0,20}"
    r"\b(?:chang\w*|weird|funny|hoarse|strange|different|croaky)\b|\bhoarse\b"
    r"|\b(?:cannot|can not|cant) (?:really )?(?:talk|speak) properly\b"
    r"|\bchest (?:is |feels )?(?:getting )?tight\w*|\bwheez\w*"
    r"|\bfaint\w*|\bpass out\b|\bpassing out\b|\bdizzy\b|\blight-?headed\b|\bpale\b|\bsleepy\b"
    r"|\bfloppy\b|\bgoing to die\b|\bgonna die\b|\b(?:bp|blood pressure) (?:has )?(?:dropped"
    r"|fallen|is low)\b|\b(?:bp|blood pressure)\b[^.!?]{0,15}\b[4-8]\d/\d\d\b"
    r"|\bgone (?:really )?quiet\b"
)
_GUT = compiled(
    r"\bvomit\w*|\bthrowing up\b|\bthrew up\b|\b(?:been |being )?sick (?:twice|again|\d)\b"
)
_CHEST = compiled(
    r"\bcough\w*|\bvoice\b[^.!?]{0,20}\b(?:chang\w*|weird|funny|hoarse|strange|different)\b"
    r"|\bhoarse\b|\b(?:cannot|can not) (?:really )?(?:talk|speak) properly\b|\bwheez\w*"
    r"|\bthroat\b[^.!?]{0,25}\b(?:tight\w*|small|closing|swell\w*)\b"
)
_CIRCULATION = compiled(
    r"\bfaint\w*|\bdizzy\b|\blight-?headed\b|\bpale\b|\bsleepy\b|\bfloppy\b"
    r"|\bgone (?:really )?quiet\b"
)
# breath told as failing, even said with "does not": "doesnt breathe properly since the sting"
_BREATH_FAILS = compiled(
    r"\b(?:does not|doesnt|cannot|can not|cant|is not|isnt) breath\w* (?:properly|right|well)\b"
)
_AIRWAY = compiled(
    r"\bthroat\b[^.!?]{0,25}\b(?:tight\w*|small|closing|swell\w*)\b|\bscratch\w* at (?:her|his"
    r"|my|their) throat\b|\bvoice\b[^.!?]{0,20}\b(?:chang\w*|weird|funny|hoarse|strange"
    r"|different)\b|\bthroat (?:is |feels )?itchy\b[^.!?]{0,40}\bfaint\b"
)
_ALLERGIC = compiled(r"\ballerg\w*|\banaphyla\w*")
_PEN_USED = compiled(
    r"\b(?:used|gave|given|jabbed|injected|did)(?: (?:him|her|them|it|himself|herself|myself"
    r"|themselves|(?:my|his|her|our|their) \w+))?(?: with)? (?:(?:his|her|their|my|the|our"
    r"|an?) )?(?:\w+'?s )?(?:epi-? ?pen|adrenaline(?: pen)?|auto[- ]?injector|jext|emerade)\b"
    # (a pen handed over, not fired: "gave my son his epipen prescription", "given her new pens")
    r"(?!s?(?: (?:prescriptions?|scripts?|refills?|boxes|box|cases?|bags?|pouch|trainer|training"
    r"|to take|for school|to keep|back)\b))"
    r"|\b(?:epi-? ?pen|adrenaline pen)\b (?:was |has been )?(?:used|given)\b"
    r"|\bused it on (?:him|her|them|my \w+)\b"
)
# "stabbed my thumb with her epipen by mistake", "the auto injector went into my finger"
_PEN_IN_FINGER = compiled(
    r"\b(?:stabbed|jabbed|injected|shot|pricked)\b[^.!?]{0,25}\b(?:thumb|finger|hand)\b[^.!?]{0,30}"
    r"\b(?:epi-? ?pen|auto[- ]?injector|adrenaline pen)\b"
    r"|\b(?:epi-? ?pen|auto[- ]?injector|adrenaline pen)\b[^.!?]{0,30}\b(?:into|in|through)"
    r" (?:my|his|her|their|the) (?:thumb|finger|hand)\b"
)
_ACE = compiled(r"\b(?:ramipril|lisinopril|enalapril|perindopril|captopril|\w+pril)\b")
_TONGUE_BIG = compiled(r"\btongue\b[^.!?]{0,20}\b(?:too big|massive|huge|swell\w*|swollen|thick)\b")

# -- bleeding -------------------------------------------------------------------------------
_BLOOD = compiled(r"\bblood\w*|\bbleed\w*|\bclots?\b|\bpouring\b|\bgush\w*")
_SOAKED_THROUGH = compiled(
    r"\b(?:through|soaked|soaking|soaks)\b (?:the |a |two |2 |three |3 |several |my |his |her )?"
    r"(?:bath |tea |hand )?(?:bandages?|dressings?|towels?|tea towels?|cloths?)\b"
    r"|\bsoaked (?:\d|two|three|four) (?:bath |tea |hand )?(?:towels?|tea towels?)\b"
    r"|\b(?:changed|changing) (?:it|the dressing|the bandage) (?:\d|two|three|four|several)"
    r" times\b|\bcoming through the (?:dressing|bandage)\b"
)
_NOT_STOPPING = compiled(
    r"\b(?:will not|won't|wont|does not|is not|not) stop\w*\b|\bstill (?:going|pouring|gushing"
    r"|bleeding|coming)\b|\bkeeps? coming\b|\bnot stopping\b|\bbeen going\b"
)
_SPURTING = compiled(
    r"\bspurt\w*|\bshooting out\b|\bin pulses\b|\bpulsing out\b|\blike a tap\b|\bpumping out\b"
)
_HEAVY = compiled(
    r"\bhuge gush\b|\bgush\w*|\bbowl (?:is )?full\b|\bmassive amount of blood\b"
    r"|\b(?:lots|loads|lot) of blood\b|\bbleeding (?:very|so|really) (?:much|heavy|heavily)\b"
    r"|\bbleeding (?:heavy|heavily)\b|\bblack (?:tarry|tar)\b|\btarry\b"
    r"|\bbright red blood, (?:loads|lots) of it\b|\bhuge clots\b|\bblood everywhere\b"
    r"|\bblood (?:is )?coming (?:out )?a lot\b"
)
_SHOCK = compiled(
    r"\bfaint\w*|\bdizzy\b|\bwoozy\b|\blight-?headed\b|\bnearly (?:blacked|passed) out\b"
    r"|\bblack(?:ed|ing) out\b|\bpale\b|\bshaking\b|\bfeels? (?:very |really )?cold\b"
    r"|\bclammy\b|\bsweating\b|\bhands (?:are )?tingl\w*|\bweak\b"
)
_TONSILS_OUT = compiled(r"\btonsils? (?:out|removed|taken out)\b|\btonsillectomy\b")
# days since the operation: "tonsils out 8 days ago", "day 6 after"
_DAYS_SINCE = compiled(
    r"\b(?:[1-9]|1[0-4]|a few|two|three|four|five|six|seven|eight|nine|ten) days? ago\b"
    r"|\bday (?:[1-9]|1[0-4])\b"
)
_SETTLED_BLEED = compiled(r"\bfixed\b|\bstopped\b|\bsettled\b|\bnext week\b")
_FRESH_BLOOD = compiled(r"\bbright red\b|\bclots?\b|\bbleed\w*|\bblood\b")
_NECK_CUT = compiled(
    r"\b(?:cut|slashed|gashed|glass)\b[^.!?]{0,30}\bneck\b|\bneck\b[^.!?]{0,20}\bcut\b"
)
_THINNED = compiled(
    r"\bwarfarin\b|\bhaemophilia\w*|\bhemophilia\w*|\bblood thinners?\b|\bapixaban\b"
    r"|\brivaroxaban\b"
)
_JOINT_SWELLING = compiled(r"\b(?:knee|elbow|ankle|joint)\b[^.!?]{0,30}\b(?:swell\w*|swollen)\b")
_BRUISE_SWELL = compiled(
    r"\b(?:swell\w*|swollen)\b[^.!?]{0,40}\bbruis\w*|\bbruis\w*[^.!?]{0,30}\bswell\w*"
)
# soaked in minutes: "soaked a bath towel in 15 mins"
_FAST_SOAK = compiled(
    r"\bsoak\w*\b[^.!?]{0,40}\bin (?:like |about |under )?(?:\d+|ten|fifteen|twenty) (?:mins?"
    r"|minutes)\b"
)
_PRESSED = compiled(r"\bpress\w*|\bpressure\b|\bholding\b")
_GOING_TO_FAINT = compiled(r"\bgoing to (?:faint|pass out|black out)\b")
_LONG_OR_THROAT = compiled(
    r"\bdown (?:his|her|my) throat\b|\b(?:[3-9]\d|\d{3}) ?(?:mins?|minutes)\b|\ban hour\b"
    r"|\bhours?\b"
)


# a sign said to be fine or absent: "breathing fine", "throat did not swell"
_FINE_AFTER = compiled(r"\W{0,3}(?:\w+ ){0,2}(?:fine|ok|okay|normal\w*|good)\b")


def _second_system(c: Ctx) -> bool:
    return any(not _FINE_AFTER.match(c.t, m.end()) for m in c.f.current(_SECOND_SYSTEM))


# a reaction told as history: "last week", "at 3, the allergist wants a food challenge"
_OLD_REACTION = compiled(
    r"\blast (?:week|month|year|summer|spring|autumn|winter)\b|\b(?:weeks|months|years) ago\b"
    r"|\ballergist\b|\bfood challenge\b|\bwhen (?:he|she|i) was (?:little|a baby|\d)"
)


def _allergy(c: Ctx) -> None:
    live = c.f.first_current
    if _OLD_REACTION.search(c.t):
        return
    trigger = live(_TRIGGER)
    trigger = trigger or c.on("allergen")
    systems = sum(bool(live(p)) for p in (_GUT, _CHEST, _CIRCULATION))
    skin = live(_SKIN)
    if (trigger and skin and (_second_system(c) or _BREATH_FAILS.search(c.t))) or (
        skin and systems >= 2
    ):
        c.hit(EMERGENCY, "allergy", "a trigger, a swelling or hives, and a second system")
    elif _ALLERGIC.search(c.t) and trigger and systems >= 2:
        c.hit(EMERGENCY, "allergy", "someone allergic, sick and coughing or pale after it")
    elif _ALLERGIC.search(c.t) and trigger and live(_AIRWAY):
        c.hit(EMERGENCY, "allergy", "someone allergic with the throat or voice changing")
    if live(_PEN_IN_FINGER):
        # the adrenaline went into a finger, not a reaction: the finger's blood supply, today
        c.hit(URGENT, "other", "an adrenaline pen fired into a finger or thumb by accident")
    elif live(_PEN_USED) and (_ALLERGIC.search(c.t) or trigger):
        c.hit(EMERGENCY, "allergy", "an adrenaline pen used today: hospital even if better")
    if _ACE.search(c.t) and live(_TONGUE_BIG):
        c.hit(EMERGENCY, "allergy", "a swelling tongue on an ACE inhibitor (angioedema)")


def _bleeding(c: Ctx) -> None:
    live = c.f.first_current
    if _THINNED.search(c.t) and (
        live(_JOINT_SWELLING) or (live(_NOT_STOPPING) and live(_LONG_OR_THROAT))
    ):
        c.hit(EMERGENCY, "bleeding", "a bleed on warfarin or with haemophilia that goes on")
    if _THINNED.search(c.t) and live(_BRUISE_SWELL) and _SHOCK.search(c.t):
        c.hit(EMERGENCY, "bleeding", "a swelling bruise on warfarin, and faint or weak")
    if not _BLOOD.search(c.t):
        return
    soaked = live(_SOAKED_THROUGH)
    if (soaked and (live(_NOT_STOPPING) or _SPURTING.search(c.t))) or (
        live(_SPURTING) and live(_NOT_STOPPING)
    ):
        c.hit(EMERGENCY, "bleeding", "bleeding through dressings or spurting, and not stopping")
    elif soaked and live(_SHOCK):
        c.hit(EMERGENCY, "bleeding", "bleeding through dressings or towels, and faint")
    if live(_FAST_SOAK) or (live(_NOT_STOPPING) and live(_PRESSED) and live(_LONG_OR_THROAT)):
        c.hit(EMERGENCY, "bleeding", "soaking in minutes, or still pouring after long pressure")
    if live(_HEAVY) and (live(_SHOCK) or _GOING_TO_FAINT.search(c.t)):
        c.hit(EMERGENCY, "bleeding", "a heavy bleed with faintness, paleness or shaking")
    if (
        _TONSILS_OUT.search(c.t)
        and _DAYS_SINCE.search(c.t)
        and live(_FRESH_BLOOD)
        and not _SETTLED_BLEED.search(c.t)
    ):
        c.hit(EMERGENCY, "bleeding", "fresh bleeding after tonsils out")
    if live(_NECK_CUT) and (live(_HEAVY) or c.on("bleed_severe")):
        c.hit(EMERGENCY, "bleeding", "a cut to the neck bleeding hard")


def late_reactions(c: Ctx) -> None:
    _allergy(c)
    _bleeding(c)
