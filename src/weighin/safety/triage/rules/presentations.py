"""Presentations a careful emergency physician would catch, told in words no feature had (BQ).

Weakness that climbed from the feet to the hands over days (Guillain-Barre?), with the breath
now taken: an emergency; the saddle gone numb with the bladder stopped (cauda equina); a sudden
leg that gave way with the body leaning to one side (a stroke); and for a doctor today: a heart
failure filling up again (kilos on in days, puffier ankles, an extra pillow), a slow pulse with
tiredness, a blood pressure reading of 180/110 or more (any reading of a series, not the first),
140/90 or more late in pregnancy, a cut that gapes, a barking cough in a child, sugars past 20
(or 300) for days, a high fever with white patches on the tonsils, a curtain over one eye that
lifted or a face and speech gone wrong that came back (a warning stroke), a face swollen after a
hair dye (a rash after a new medicine is in ``presentations_more``). Every match must be current
(``Facts.first_current``) unless said otherwise.
"""

from __future__ import annotations

import re

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import ANIMAL, Ctx
from weighin.safety.triage.scope import NEGATED

# ---- weakness climbing over days ---------------------------------------------------------------
# "my feet have been tingling, then my legs got weak ... today my hands are weak too"
_LEGS_FIRST = compiled(
    r"\b(?:feet|foot|toes|legs?|calves|shins)\b[^.!?]{0,40}\b(?:tingl\w*|numb\w*|pins and "
    r"needles|weak\w*|heavy|gave way|giving way|buckl\w*)"
    r"|\b(?:tingl\w*|numb\w*|pins and needles|weak\w*)\b[^.!?]{0,15}\b(?:in|of) (?:my |his |her "
    r"|both )?(?:feet|toes|legs)\b"
)
_HANDS_NOW = compiled(
    r"\b(?:hands?|arms?|fingers)\b[^.!?]{0,20}\b(?:weak\w*|numb\w*|tingl\w*|pins and needles)\b"
    r"[^.!?]{0,15}\b(?:too|as well|now)\b"
    r"|\b(?:now|today|then|and)\b[^.!?]{0,10}\b(?:my |his |her |both )?(?:hands?|arms?|fingers)"
    r"\b[^.!?]{0,20}\b(?:weak\w*|numb\w*|tingl\w*)"
    r"|\b(?:spread\w*|mov\w*|going|gone|crept|creeping|climb\w*) (?:up )?(?:in)?to (?:my |his "
    r"|her |both )?(?:hands|arms|fingers)\b"
)
_WEAK = compiled(r"\bweak\w*|\bgave way\b|\bgiving way\b|\bbuckl\w*|\bcannot (?:walk|stand|grip)")
_BREATH_NOW = compiled(
    r"\b(?:harder|hard|difficult|struggl\w*) (?:to|for (?:me|him|her) to) (?:take a (?:deep |full"
    r" )?breath|breathe|get (?:a )?breath)|\bcannot (?:take a (?:deep|full) breath|get (?:a |my "
    r")?breath)\b|\bshort of breath\b|\bbreath\w* (?:feels? )?(?:shallow|weak)\b"
    r"|\b(?:trouble|difficulty) swallowing\b|\bcannot swallow\b"
)
_NOT_CLIMBING = compiled(
    r"\bneuropath\w*|\bcarpal\b|\bfor (?:months|years|ages)\b|\bpanic\w*|\banxi\w+|\bhyperventil"
    r"\w*|\bmultiple sclerosis\b|\bms\b|\bgym\b|\bworkout\b|\bmarathon\b|\bdiabet\w*"
    r"|\bfor (?:a|one|\d+|two|three|several) (?:months?|years?)\b|\b(?:climb|walk)\w* (?:up )?"
    r"(?:the )?(?:stairs|hills?)\b"
)

# ---- the saddle gone numb ----------------------------------------------------------------------
_SADDLE = compiled(
    r"\b(?:numb\w*|tingl\w*|pins and needles|no feeling)\b[^.!?]{0,12}\b(?:between (?:my|his|her"
    r"|the) legs|(?:in|around|round|down) (?:my |his |her |the )?(?:groin|privates|genitals|bum"
    r"|bottom|back passage|crotch|saddle area|inner thighs|down there|down below))\b"
    r"|\b(?:cannot|can not|could not) feel (?:the )?(?:toilet (?:paper|roll|tissue)|myself) "
    r"(?:when|as) (?:i|he|she) wipe"
    r"|\bsaddle (?:numbness|anaesthesia|anesthesia|area (?:is |has gone |went )?numb)\b"
)
_BLADDER_GONE = compiled(
    r"\b(?:cannot|can not|could not|unable to|not been able to|have not|has not|not) (?:\w+ )?"
    r"(?:pee|wee|urinate|pass urine|pass water)\b|\bwet (?:myself|himself|herself)\b"
    r"|\b(?:lost|no) control of (?:my|his|her) (?:bladder|bowels?)\b|\bnot (?:felt|feeling) "
    r"(?:the )?(?:need|urge) to (?:pee|wee)\b"
    # "bladder feels full but nothing comes out", "had an accident with my bladder"
    r"|\bbladder\b[^.!?]{0,30}\bnothing (?:comes|coming|came|will come) out\b"
    r"|\b(?:tried|try|trying|went) to (?:pee|wee)\b[^.!?]{0,20}\bnothing (?:comes|came) out\b"
    r"|\b(?:an? )?accidents? with (?:my|his|her) (?:bladder|bowels?|waterworks)\b"
)

# ---- a leg that gave way with the body leaning to one side -------------------------------------
_LEANING = compiled(
    r"\b(?:leaning|leans|leant|listing|slumped|slumping|slouch\w*|tilting|tilted|keeling|falling"
    r"|tipping|sliding|slid) (?:over )?(?:to|towards|on)(?: to)? (?:one|the left|the right|his left"
    r"|his right|her left|her right|the|his|her) side\b"
)
_GAVE_WAY = compiled(
    r"\b(?:leg|arm|side|knee)\b[^.!?]{0,20}\b(?:gave way|gave out|went from under|collapsed under"
    r"|buckled|just went|went dead|went weak|will not hold|cannot hold)"
    r"|\b(?:dropping|dropped|cannot hold|could not hold|cannot grip) (?:things|his cup|her cup"
    r"|the cup|his fork|her fork)\b"
    # "suddenly couldn't hold her arm up", "can't lift his leg"
    r"|\b(?:cannot|can not|could not|unable to) (?:hold|lift|raise|keep) (?:up )?(?:my |his |her "
    r"|the |one |left |right )*(?:arm|leg|hand)s?\b"
)
_LEAN_EXPLAINED = compiled(r"\bsciatica\b|\bdisc\b|\bhip\b|\bback (?:pain|spasm)\b|\bdrunk\b")

# ---- a heart failure filling up ----------------------------------------------------------------
_HF = compiled(
    r"\bheart failure\b|\b(?:ccf|chf|hf|hfref|hfpef)\b|\bweak heart\b|\bfurosemide\b|\bbumetanide\b"
    r"|\bwater (?:tablets?|pills?)\b|\bentresto\b"
)
_FILLING = (
    compiled(
        r"\b(?:gone up|put on|gained|up by|weight (?:is |has gone )?up)\b[^.!?]{0,15}\b"
        r"\d+(?:\.\d)? ?(?:kg|kgs|kilos?|lbs?|pounds)\b"
        r"|\b\d+(?:\.\d)? ?(?:kg|kgs|kilos?|lbs?|pounds) (?:heavier|up|on)\b"
        # "heavier every morning on the scales", "up half a stone this week"
        r"|\bheavier\b[^.!?]{0,25}\bscales?\b|\b(?:up|on|gained|put on|heavier)\b[^.!?]{0,15}"
        r"\b(?:half a|a|one|two|\d) stones?\b"
    ),
    compiled(
        r"\bankles?\b[^.!?]{0,20}\b(?:puffier|more swollen|swelling up|swollen(?: up)? again"
        r"|bigger|fatter)\b|\b(?:puffier|more swollen) (?:ankles|legs|feet)\b"
        # "more puffy round the ankles", "socks leaving deep marks", "shoes tight"
        r"|\bpuffy (?:round|around|in) (?:the |his |her |my )?(?:ankles|legs|feet)\b"
        r"|\bsocks? (?:are )?(?:leaving|leave|left) (?:deep |big )?(?:marks|dents|grooves)\b"
        r"|\bshoes (?:are |feel |getting )?(?:tight|tighter)\b"
    ),
    compiled(
        r"\b(?:extra|another|more|two|three|2|3) pillows?\b|\bpropped up\b|\bsleep\w* (?:sitting"
        r" up|in (?:the|a) chair)\b|\b(?:breathless|out of breath) (?:lying|when (?:i|he|she) lie)"
        r"|\bsleep\w* (?:more )?upright\b|\bmore (?:puffed|breathless|out of breath)\b"
    ),
)

# ---- a slow pulse with symptoms ----------------------------------------------------------------
_SLOW_RATE = compiled(
    r"\b(?:heart ?rate|pulse|hr)\b[^.!?\d]{0,40}\b(?P<n>[2-4]\d)\b(?! ?(?:years|yrs|mins?|minutes"
    r"|seconds|%))|\b(?P<m>[2-4]\d) ?bpm\b"
)
_SLOW_SIGNS = compiled(
    r"\b(?:more |really |very |so )?(?:tired|exhausted|weak|lethargic|wiped out|washed out"
    r"|dizzy|light ?headed|woozy|faint\w*|breathless|out of breath|confused|muddled)\b"
)
_FIT_HEART = compiled(
    r"(?<!not an )(?<!not a )(?<!no )\b(?:athlete|runner|marathon|cyclist|triathl\w*|rower"
    r"|swimmer|running|training)\b"
    r"|\b(?:asleep|sleeping|while (?:i|he|she) slept|overnight|at night)\b"
)

# ---- blood pressure readings -------------------------------------------------------------------
_BP_WORD = compiled(
    r"\b(?:blood pressure|bp|reading\w*|mmhg|systolic|diastolic|monitor|machine|cuff|midwife)\b"
)
_BP = compiled(r"\b(?P<s>[7-9]\d|1\d\d|2[0-6]\d) ?(?:/|over) ?(?P<d>[4-9]\d|1[0-5]\d)\b")
_BP_SYMPTOMS = compiled(
    r"\b(?:severe|worst|pounding|splitting|thumping) headache\b|\bchest pain\b|\bconfus\w*"
    r"|\bblurr\w* vision\b|\bvision\b[^.!?]{0,15}\b(?:blurr\w*|gone|going|flashing)\b"
    r"|\b(?:weak|numb)\w* (?:on one side|down one side)\b|\bslurr\w*"
)
# ---- a cut that gapes --------------------------------------------------------------------------
_CUT_WORD = compiled(r"\b(?:cut|gash|laceration|wound|slice|sliced|split)\b")
# "it gapes open when I spread my hand", "the edges pull apart", "you can see fat in it"
_GAPES = compiled(
    r"\bgap(?:es|ing|ed)\b(?! (?:tooth|teeth|smile|hole in (?:my|our) life))"
    r"|\b(?:edges|sides) (?:of (?:it|the cut|the wound) )?(?:come|pull|pulls|spring|are|move)"
    r" apart\b|\b(?:falls?|flaps?|springs?) open\b|\bwill not (?:stay )?(?:shut|closed|close)\b"
    r"|\bcan see (?:the )?(?:fat|yellow (?:fat|stuff)|bone|tendon)\b"
    # "the sides don't stay together", "opens up when he bends it"
    r"|\b(?:edges|sides) (?:\w+ )?(?:do not|does not|will not|would not) (?:stay |stick |hold "
    r"|come )?(?:together|shut|closed)\b|\bopens? (?:up )?(?:again )?when (?:i|he|she|they|you) "
    r"(?:bend|move|flex|open|talk|smile|stretch)"
)
_CLOSED = compiled(
    r"\bsteri ?strips? (?:on|in)\b|\bglued (?:it|shut|together)\b"
    r"|\bstitched (?:it )?(?:up|shut)\b|\b(?:got|had) (?:it )?(?:stitched|glued)\b"
    r"|\b(?:got|had) stitches (?:in|at|today|yesterday)\b"
)

# ---- a barking cough ---------------------------------------------------------------------------
_BARK = compiled(
    r"\b(?:bark\w*|seal(?:-like)?|sea lion) (?:\w+ )?cough\w*|\bcough\w* (?:like|sounds like)"
    r" (?:a )?(?:seal|dog|sea lion)\b|\bcroup(?:y)?\b"
)
_CHILD_WORD = compiled(
    r"\b(?:son|daughter|toddler|baby|child|kid|boy|girl|little one|lo|ds|dd)\b"
    r"|\b(?:[1-9]|1[0-2]|one|two|three|four|five|six) ?(?:year|yr|y)[ -]?(?:old|o)\b"
)
# had before, treated, or settled by the morning: "all good now", "fine this morning"
_CROUP_OVER = compiled(
    r"\b(?:had|has had) croup (?:before|last|as)\b|\bsteroid\w*|\bdexa\w*|\ball good now\b"
    r"|\b(?:fine|better|normal|settled) (?:now|this morning|today)\b|\bsettled\b|\bhelped\b"
    r"|\brunning around\b|\bback to normal\b"
    # "today he's absolutely fine", "no cough now", "not coughing today"
    r"|\btoday (?:\w+ ){0,3}(?:fine|well|ok|okay|normal|great|grand)\b"
    r"|\b(?:absolutely|totally|completely|perfectly) (?:fine|well|normal)\b"
    r"|\bno (?:more )?cough\w* (?:now|today|since|this morning)\b"
    r"|\bnot (?:coughing|barking) (?:now|today|any ?more|this morning)\b"
)

# ---- sugars very high for days ----------------------------------------------------------------
_SUGARS = compiled(
    r"\b(?P<w>sugars?|glucose|bms?|bs|blood sugars?|readings?|levels?)\b[^.!?\d]{0,25}\b(?P<n>"
    r"\d{2,3}(?:\.\d)?)s?(?: ?(?:-|to) ?\d{2,3}(?:\.\d)?)?\b"
)
_FOR_DAYS = compiled(
    r"\bfor (?:\d+|two|three|four|five|several|a few|a couple of) days\b|\ball (?:day|week)\b"
    r"|\bsince (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|i got)\b"
    r"|\bwill not come down\b|\bnot coming down\b|\bstuck (?:at|around|over)\b"
)

# ---- a tonsillitis with a high fever -----------------------------------------------------------
# a whole-number fever: "39 fever", "fever of 39", "temp 40"
_FEVER_39 = compiled(
    r"\b(?:39|40|41)(?:\.\d)? ?(?:c|degrees?)? ?(?:fever|temp\w*)\b"
    r"|\b(?:fever|temp\w*) (?:of |is |was |at |about )?(?:39|40|41)(?:\.\d)?\b"
)
_EXUDATE = compiled(
    r"\b(?:white|yellow|pus)(?:y)? (?:patches|spots|stuff|bits|coating|dots)\b[^.!?]{0,25}\b"
    r"(?:tonsils?|back of (?:the |my |his |her )?throat)\b|\btonsils?\b[^.!?]{0,30}\b(?:white"
    r"|yellow|pus|covered)\b"
)

# ---- a warning stroke that came back -----------------------------------------------------------
_CURTAIN = compiled(
    r"\b(?:lost|lose|losing|loss of) (?:the |all |my |his |her )?(?:vision|sight)\b[^.!?]{0,20}\b"
    r"(?:in|of) (?:one|my|his|her|the) (?:left |right )?eye\b"
    r"|\b(?:curtain|blind|shade|shutter|veil)\b[^.!?]{0,30}\b(?:coming|came|pulled|pulling|drawn"
    r"|drawing|going|went|fell|falling) (?:down|up|across|over)\b"
)
_SIDE_SIGNS = compiled(
    r"\b(?:face|mouth|lip|smile)\b[^.!?]{0,25}\b(?:droop\w*|drop\w*|lopsided|sag\w*|slipped|"
    r"went down)\b(?![^.!?]{0,40}\b(?:numb\w*|injection|anaesthe\w*))"
    r"|\bspeech\b[^.!?]{0,25}\b(?:funny|slurr\w*|garbled|jumbled|wrong|strange"
    r"|odd|weird)\b|\b(?:words|speech) (?:came|were coming|was coming) out (?:\w+ )?(?:funny|wrong"
    r"|jumbled|garbled|muddled|strange|weird)\b|\b(?:arm|hand|leg)\b[^.!?]{0,20}\b(?:went weak"
    r"|would not work|stopped working)\b"
)
_CAME_BACK = compiled(
    r"\bcame back\b|\bwent away\b|\bwore off\b|\bpassed\b|\bcleared\b|\bback to normal\b"
    r"|\b(?:fine|normal|ok|okay) (?:again|since|now)\b|\bfor (?:about |around |maybe )?(?:a "
    r"few|a couple of|\d+|ten|twenty|half an|an?) (?:minutes?|mins?|seconds?|hours?)\b"
    r"|\bfine since\b"
)
# the curtain not lifted: "it's still there", "hasn't gone", "still can't see out of it"
_STILL_DARK = compiled(
    r"\bstill (?:there|here|dark|black|down|grey|gray|blurr\w*|covering|blocking|(?:cannot|can not)"
    r" see)\b|\b(?:has not|have not|not|never) (?:come back|gone|lifted|cleared|moved|gone away)\b"
)
_LONG_PAST = compiled(r"\byears? ago\b|\bin (?:19|20)\d\d\b|\bmonths ago\b|\blast year\b")
# a migraine's aura, a dentist's injection, a limb slept or sat on: not a warning stroke
_NOT_TIA = compiled(
    r"\bmigraine\w*|\baura\b|\bzig ?zag\w*|\bflashing lights\b|\bbell'?s\b|\bdentist\w*"
    r"|\binjection\b|\banaesthe\w*|\banesthe\w*|\bnumbing\b|\b(?:slept|sleeping|lying|lay|sat"
    r"|sitting|kneeling) on (?:it|my|his|her)\b|\bcross-?legged\b"
    # the eye or the forehead taken too: Bell's palsy (``stroke``)
    r"|\b(?:close|shut) (?:my|his|her|the) eye\b|\bforehead\b|\beyebrow\b"
)

# ---- a face swollen after a hair dye -----------------------------------------------------------
_DYE = compiled(
    r"\bhair ?dye\w*|\b(?:dyed|dyeing|colou?r(?:ed|ing)) (?:my |his |her )?(?:own )?hair\b"
    r"|\bhair colou?r\w*|\bppd\b|\bblack henna\b|\bhenna tattoo\b"
)
_FACE_SWOLLEN = compiled(
    r"\b(?:eyelids?|eyes|forehead|face|scalp)\b[^.!?]{0,30}\b(?:puffy|swollen|swelling|weeping"
    r"|blister\w*|oozing|puffed)\b|\beyes? (?:\w+ )?(?:half )?(?:shut|closed)\b"
)


def presentations(c: Ctx) -> None:
    f, t, on, hit, live = c.f, c.t, c.on, c.hit, c.f.first_current
    if ANIMAL.search(t):
        return
    if "hand" in t or "arm" in t or "finger" in t:
        _climbing(c)
    saddle = "numb" in t or "feel" in t or "saddle" in t or "tingl" in t or "needles" in t
    if saddle and live(_SADDLE) and (on("retention", "incontinence") or live(_BLADDER_GONE)):
        hit(EMERGENCY, "neuro", "the saddle numb and the bladder stopped (cauda equina?)", 20)
    if "side" in t and live(_LEANING) and live(_GAVE_WAY) and not _LEAN_EXPLAINED.search(t):
        hit(EMERGENCY, "stroke", "a limb gave way and the body leans to one side (a stroke?)")
    if _HF.search(t) and sum(bool(live(rx)) for rx in _FILLING) >= 2:
        hit(URGENT, "cardiac", "heart failure filling up: weight on, ankles, pillows")
    _slow_pulse(c)
    _pressure(c)
    if _CUT_WORD.search(t) and live(_GAPES) and not live(_CLOSED):
        hit(URGENT, "bleeding", "a cut that gapes open (closing today)")
    croup = "cough" in t or "croup" in t
    if croup and live(_BARK) and (f.child or _CHILD_WORD.search(t)) and not _CROUP_OVER.search(t):
        hit(URGENT, "breathing", "a barking cough in a child (croup?)")
    _sugars_high(c)
    hot = c.high_fever or f.temp >= 38.5 or live(_FEVER_39)
    if ("tonsil" in t or "throat" in t) and hot and live(_EXUDATE):
        hit(URGENT, "infection", "a high fever with white patches on the tonsils")
    _warning_stroke(c)
    if _DYE.search(t) and live(_FACE_SWOLLEN):
        hit(URGENT, "allergy", "a face, scalp or eyelids swollen after a hair dye")


def _climbing(c: Ctx) -> None:
    live = c.f.first_current
    if _NOT_CLIMBING.search(c.t):
        return
    legs, hands = live(_LEGS_FIRST), live(_HANDS_NOW)
    if not (legs and hands and legs.start() < hands.start()):
        return
    if not (c.on("limb_weak", "limb_weak_strong") or live(_WEAK)):
        return
    if c.any_breath or c.on("cannot_swallow") or live(_BREATH_NOW):
        hit_level, reason = EMERGENCY, "weakness climbed from the legs to the hands, breath taken"
    else:
        hit_level, reason = URGENT, "weakness climbed from the legs to the hands over days"
    c.hit(hit_level, "neuro", reason, 20)


def _slow_pulse(c: Ctx) -> None:
    f, t = c.f, c.t
    if "pulse" not in t and "rate" not in t and "bpm" not in t and "hr" not in t:
        return
    if _FIT_HEART.search(t):
        return
    for m in f.current(_SLOW_RATE):
        n = int(m.group("n") or m.group("m"))
        if 25 <= n < 50 and f.first_current(_SLOW_SIGNS):
            c.hit(URGENT, "cardiac", "a pulse under 50 with tiredness or dizziness")
            return


def _readings(c: Ctx) -> list[tuple[int, int]]:
    """Every blood pressure reading in a current clause (not only the first one said)."""
    if "/" not in c.t and "over" not in c.t:
        return []
    if not _BP_WORD.search(c.t):
        return []
    out = []
    for m in c.f.current(_BP):
        s, d = int(m.group("s")), int(m.group("d"))
        if s > d + 10:
            out.append((s, d))
    return out


def _pressure(c: Ctx) -> None:
    readings = _readings(c)
    if not readings:
        return
    f = c.f
    if c.pregnant and (f.ga_weeks or 0) >= 20:
        if any(s >= 160 or d >= 110 for s, d in readings):
            c.hit(EMERGENCY, "pregnancy", "blood pressure 160/110 or more in pregnancy")
        elif any(s >= 140 or d >= 90 for s, d in readings):
            # (with a headache or the vision gone the pregnancy rules decide the rest)
            c.hit(URGENT, "pregnancy", "blood pressure 140/90 or more after 20 weeks")
        return
    if any(s >= 180 or d >= 110 for s, d in readings):
        if f.first_current(_BP_SYMPTOMS):
            c.hit(EMERGENCY, "cardiac", "blood pressure past 180/110 with symptoms")
        else:
            c.hit(URGENT, "cardiac", "a blood pressure reading past 180/110")


def _sugars_high(c: Ctx) -> None:
    f, t = c.f, c.t
    if not any(w in t for w in ("sugar", "glucose", "bm", "reading", "bs")):
        return
    known = c.on("diabetic_ctx") or re.search(r"\bdiabet\w*|\binsulin\b|\bmetformin\b", t)
    for m in f.current(_SUGARS):
        # (no diabetes said: a blood sugar named as one, "bs in the 320s")
        if not known and m.group("w") not in ("bs", "blood sugar", "blood sugars", "glucose"):
            continue
        n = float(m.group("n"))
        if (20 <= n < 35 or 300 <= n < 900) and _FOR_DAYS.search(t, *f.sentence_span(m.start())):
            c.hit(URGENT, "other", "blood sugars very high for days")
            return


def _warning_stroke(c: Ctx) -> None:
    """A curtain over one eye, or a face and speech gone wrong, that came back: the episode is
    over (so a past clause counts), but recent; a doctor today."""
    f, t = c.f, c.t
    if _NOT_TIA.search(t):
        return
    for rx in (_CURTAIN, _SIDE_SIGNS):
        if not rx.possible_in(t):
            continue
        for m in rx.finditer(t):
            if f.status_of(m) == NEGATED:
                continue
            a, b = f.sentence_span(m.start())
            if _LONG_PAST.search(t, a, b):
                continue
            end = min(len(t), b + 60)
            if (
                rx is _CURTAIN
                and _STILL_DARK.search(t, m.end(), end)
                and not _CAME_BACK.search(t, m.end(), end)
            ):
                c.hit(EMERGENCY, "stroke", "a curtain over one eye that is still there")
                return
            if _CAME_BACK.search(t, a, min(len(t), b + 120)):
                c.hit(URGENT, "stroke", "a warning stroke: a sign that came and went (TIA?)")
                return
