"""Clinical rules for infections: meningitis and its rash, sepsis (with a racing pulse, fast
breathing, confusion or mottled skin), toxic shock, skin infections gone deep (necrotising
fasciitis), infections round the eye, the face and the throat, and wounds that turn."""

from __future__ import annotations

import re

from weighin.safety.triage.facts import Facts
from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx

# A throat closing from within (epiglottitis, an abscess): leaning forward to breathe, spit that
# cannot be swallowed.
_LEAN_TO_BREATHE = compiled(
    r"\b(?:lean\w*|sit\w*|bend\w*) (?:right )?(?:forward|forwards|up) to (?:breathe?|get air)\b"
    r"|\b(?:sitting|sat) (?:up )?(?:and )?leaning forward\b|\b(?:will not|would not|cannot) lie"
    r" (?:down|flat|back)\b"
    r"|\btripod\w*\b"
)


_OWN_SPIT = compiled(
    r"\b(?:swallow|swallowing) (?:my |his |her |their )?(?:own )?(?:spit|saliva)\b"
)


_DENTAL = compiled(r"\b(?:tooth|teeth|toothache|dental|gum|wisdom)\b")


_FACE_SWELLING = compiled(
    r"\b(?:jaw|cheek|face|gum|chin|neck)s?\b[^.!?;]{0,30}\b(?:swell\w*|swollen|puff\w*)\b"
    r"|\b(?:swell\w*|swollen|puffy) (?:up )?(?:jaw|cheek|face|gum|chin)\b"
)


_LITTLE_URINE = compiled(
    r"\b(?:barely|hardly|not) (?:peeing|weeing|passed (?:any )?urine|passing (?:any )?urine)\b"
    r"|\b(?:has not|have not|had not) (?:passed urine|peed|weed|been for a wee)\b"
)


_DIZZY = compiled(r"\bdizz\w*|\blight ?headed\w*")


# the skin itself darkening ("skin going dark", "the edges are turning darker"; not vision)
_SKIN_DARKENING = (
    r"|\b(?:skin|area|redness|edges?|patch|wound|middle)\b (?:\w+ ){0,2}?(?:is |are )?(?:going"
    r"|turning|gone|turned|getting|gotten|went) (?:really |very |a bit )?(?:dark(?:er)?|bluish"
    r"|blue-black|purplish)\b"
)

_NECROSIS = compiled(
    r"\b(?:going|turning|gone|turned) (?:black|dusky|purple|grey|gray)(?:ish)?\b"
    r"|\bblack (?:in the middle|patch|skin)\b|\bblood[- ]filled blisters?\b"
    r"|\bcrackl\w* under the skin\b" + _SKIN_DARKENING
)


# without a fever told: the skin going dusky or blistering and a pain beyond words
_NECROSIS_SKIN = compiled(
    r"\b(?:going|turning|gone|turned|looks?) (?:black|dusky|purple)(?:ish)?\b"
    r"|\bblood[- ]filled blisters?\b"
    r"|\bdusky\b[^.!?]{0,20}\bblister\w*" + _SKIN_DARKENING
)


_PAIN_EXTREME = compiled(
    r"\bpain (?:is )?(?:unreal|unbearable|insane|excruciating|off the scale|beyond)\b"
    r"|\b(?:worst|unbearable|excruciating|agonising|agonizing) pain\b|\bin agony\b"
    r"|\bpain (?:is )?(?:a )?(?:10|11|ten|eleven) ?(?:/|out of) ?(?:10|ten)\b|\bscreaming in pain\b"
)


_WHOLE_LIMB_RED = compiled(
    r"\b(?:whole|entire) (?:leg|arm|forearm|foot|hand|thigh|calf|shin)\b[^.!?]{0,15}"
    r"\b(?:red|swollen)\b"
    # red and hot: "a red hot foot"
    r"|\bred(?:,| and)? hot\b|\bhot(?:,| and)? red\b"
)


_OUT_OF_PROPORTION = (
    r"\bpain\b[^.!?]{0,30}\b(?:worse|more|bigger) than (?:it looks|it should|you would expect"
    r"|the wound)\b|\bout of proportion\b"
    # "screaming in pain even tho it only looks a bit swollen"
    r"|\bpain\b[^.!?]{0,40}\b(?:even though|even tho|but) (?:it|the \w+) (?:only )?looks (?:a bit"
    r"|slightly|mildly|a little|fine|ok|okay|normal)\b"
)
_PAIN_OUT_OF_PROPORTION = compiled(_OUT_OF_PROPORTION)


# A break in the skin, and signs it is infected.
_WOUND = compiled(
    r"\b(?:cut|cuts|wound|bite|bitten|scratch|graze|scrape|puncture|splinter|ulcer|incision"
    r"|stitches|sore on|boil|abscess|drained)\b"
)


# a pulse of 130 or more now, with an infection: "heart 130", "pulse is 134" (not one taken on
# a run, on a watch, someone else's with AF, or one that "was")
_HEART_130 = compiled(
    r"\b(?:heart ?rate|pulse|hr|heart) (?:is |is now |now |of |at |has been |sitting at )?"
    r"(?:1[3-9]\d|2\d\d)\b(?! ?(?:when|on|during|at(?! rest)|after|playing|before)\b)"
)


_HEART_ELSE = compiled(
    r"\b(?:run|running|ride|bike|cycling|spin|gym|workout|hike|hiking|parkrun|football|dancing"
    r"|garmin|watch|max|af|pacemaker|used to|dad'?s|mum'?s|husband'?s|wife'?s|fine)\b"
)


_DARK_SKIN = compiled(
    r"\b(?:purple|black|blackish|dusky|grey|gray|dark)\b[^.!?]{0,30}\b(?:blister\w*|skin|leg|arm"
    r"|foot|hand)\b|\b(?:blister\w*|skin)\b[^.!?]{0,30}\b(?:purple|black|dusky|dark|bluish"
    r"|purplish|blackish)\b|" + _OUT_OF_PROPORTION
)


_INFECTED = compiled(
    r"\b(?:oozing|pus|weeping|smells?|smelly|stinks?|red and (?:warm|hot|swollen)|hot and red"
    r"|spreading redness|redness (?:is )?spreading)\b"
)


# A tampon (or a cup, a sponge) left in, with a fever and a rash, sickness or faintness: toxic
# shock.
_TAMPON_LEFT = compiled(
    r"\b(?:tampon|menstrual cup|contraceptive sponge)\b[^.!?]{0,40}\b(?:in for|left in|stuck"
    r"|forgot|forgotten|days|overnight|still in)\b|\b(?:forgot|forgotten|left)\b[^.!?]{0,20}"
    r"\b(?:tampon|menstrual cup)\b"
)


_TSS_SIGN = compiled(
    r"\brash\b|\bsunburn\w*|\bvomit\w*|\bthrow\w* up\b|\bdiarrh\w*|\bdizz\w*|\bfaint\w*"
    r"|\bconfus\w*"
)


_EYE_DEEP = compiled(
    r"\beye\w* (?:is |are |looks )?(?:bulging|sticking out|pushed (?:out|forward))\b|\bbulging eye"
    r"|\bhurts? to (?:move|look)\b|\bpain (?:when|moving) (?:moving )?(?:his|her|my|the) eye"
    r"|\b(?:cannot|can not|could not) see (?:properly|well|out of)\b|\bdouble vision\b"
)


_EYE_SHUT = compiled(r"\beye (?:is |has )?(?:swollen|puffed|puffy) (?:shut|closed)\b")


_AROUND_EYE = re.compile(r"\b(?:eyelids?|eye ?lids?|around (?:his|her|my|their|the) eyes?)\b")


# the writer's own stomach bug, still going, and the rash in the same sentence as its days
# ("had a stomach bug for 3 days and now theres a purple rash"; not someone else's, a past one,
# or spots round the eyes after retching)
_BUG_AND_RASH = compiled(
    r"(?:\b(?:had|have|got|with|off with|been ill with) (?:a |the )?(?:stomach|tummy|sickness) bug"
    r" (?:for|since)|\bd ?& ?v\b|\bdiarrh?(?:o|oe|e)a and vomiting\b|\bvomiting and"
    r" diarrh?(?:o|oe|e)a\b)[^.!?]{0,40}\b(?:now|and)\b[^.!?]{0,40}\b(?:rash|spots|dots|blotch\w*)"
    r"\b"
    r"(?![^.!?]{0,40}\b(?:eyes|face|eyelids|cheeks)\b)"
)


def _heart_130(f: Facts) -> bool:
    m = f.first_current(_HEART_130)
    return m is not None and not _HEART_ELSE.search(f.t, *f.sentence_span(m.start()))


def infection(c: Ctx) -> None:
    f, t, on, hit, fever, high_fever = c.f, c.t, c.on, c.hit, c.fever, c.high_fever
    if on("stiff_neck") and (fever or on("nonblanching") or on("photophobia")):
        hit(EMERGENCY, "infection", "stiff neck with fever, rash or light sensitivity")
    elif (
        on("stiff_neck")
        and on("headache", "severe_headache")
        and on("confusion", "drowsy")
        and (on("infection_ctx") or on("severe_headache"))
    ):
        hit(EMERGENCY, "infection", "a headache, stiff neck and confusion after an infection")
    # (with a stomach bug too: meningococcal disease can start as one)
    if on("nonblanching") and (
        fever or f.child or on("drowsy") or f.first_current(_BUG_AND_RASH) is not None
    ):
        hit(EMERGENCY, "infection", "rash that does not fade under pressure")
    elif on("nonblanching"):
        hit(URGENT, "infection", "non-fading rash")
    infect = fever or on("infection_ctx") or on("shivering")
    sepsis_signs = [
        on("confusion"),
        on("breathing_fast") and not f.child,
        (on("shivering") or f.temp >= 39.0) and not f.child,
        on("drowsy"),
        (on("palpitations") or _heart_130(f)) and not f.child,
    ]
    low_bp = f.bp is not None and f.bp[0] < 90
    # (a fever with an infection and a resting pulse past 130 is sepsis's own alarm)
    racing = fever and on("infection_ctx") and _heart_130(f) and not f.child
    if infect and (_mottled(f) or on("dying_feel") or sum(sepsis_signs) >= 2 or low_bp or racing):
        hit(
            EMERGENCY,
            "infection",
            "signs of sepsis (infection with confusion, fast breathing or mottled skin)",
            10,
        )
    elif infect and on("confusion"):
        hit(URGENT, "infection", "infection with new confusion")
    if fever and _TAMPON_LEFT.search(t) and _TSS_SIGN.search(t):
        hit(EMERGENCY, "infection", "a tampon left in, with fever, rash or sickness (toxic shock?)")
    dark = _DARK_SKIN.search(t)
    if _WOUND.search(t) and (on("limb_swollen") or dark) and fever:
        if c.faintish or dark:
            hit(
                EMERGENCY,
                "infection",
                "a wound gone swollen and dark with fever (a severe skin infection?)",
            )
        else:
            hit(URGENT, "infection", "a swollen wound with fever")
    elif _WOUND.search(t) and _INFECTED.search(t) and (fever or on("diabetic_ctx")):
        hit(URGENT, "infection", "an infected wound with fever or diabetes")
    if on("scarlet_rash") and (fever or on("sore_throat")):
        category = "pediatric" if f.child or f.infant else "infection"
        hit(URGENT, category, "sore throat or fever with a sandpaper rash (scarlet fever?)")
    if (
        fever
        and f.first_current(_EYE_DEEP)
        and (on("face_swell") or _AROUND_EYE.search(t) or _EYE_SHUT.search(t))
    ):
        hit(EMERGENCY, "infection", "a swollen eye with fever: bulging, painful to move or blurred")
    if fever and on("face_swell") and _AROUND_EYE.search(t):
        hit(URGENT, "infection", "swelling around the eye with fever (orbital cellulitis?)")
    if (fever or on("shivering")) and on("malaria_travel"):
        hit(URGENT, "infection", "fever after travel where there is malaria")
    if (fever or on("shivering")) and on("immunocomp"):
        hit(EMERGENCY, "infection", "fever during chemotherapy or immune suppression")
    if on("red_streaks"):
        if fever or on("confusion", "shivering") or c.faintish:
            hit(EMERGENCY, "infection", "spreading infection with fever")
        else:
            hit(URGENT, "infection", "red streaks from a wound")
    if (on("spreading_red") or _WHOLE_LIMB_RED.search(t)) and (
        (fever and (_NECROSIS.search(t) or _PAIN_OUT_OF_PROPORTION.search(t)))
        or (_NECROSIS_SKIN.search(t) and _PAIN_EXTREME.search(t))
    ):
        # skin going black or pain far beyond what shows: a flesh-eating infection, for surgery
        hit(EMERGENCY, "infection", "spreading infection going dark, or pain beyond what shows", 10)
    elif (
        on("spreading_red")
        and (fever or on("shivering"))
        and (c.faintish or on("confusion", "drowsy") or _LITTLE_URINE.search(t) or _DIZZY.search(t))
    ):
        hit(EMERGENCY, "infection", "spreading skin infection with fever and faintness", 10)
    elif on("spreading_red"):
        hit(URGENT, "infection", "spreading skin or wound infection")
    if fever:
        if f.days >= 3 or (high_fever and f.days >= 2):
            hit(URGENT, "infection", "fever for three days or more")
        if f.temp >= 40.0 or on("meds_failing"):
            hit(URGENT, "infection", "very high fever or not responding to paracetamol")
        if on("urinary"):
            hit(URGENT, "infection", "fever with urinary symptoms (kidney infection?)")
        if on("productive_cough") and (on("worsening") or f.days >= 3):
            hit(URGENT, "infection", "chest infection not improving")
        if on("stiff_neck"):
            hit(URGENT, "infection", "fever with stiff neck")
    if on("urinary") and on("flank_pain") and not fever:
        hit(URGENT, "infection", "urinary symptoms with pain in the side (kidney infection?)")
    drool = on("drooling") or (on("cannot_swallow") and _OWN_SPIT.search(t))
    throat = (
        on("sore_throat", "barking")
        or bool(fever)
        or bool(re.search(r"\b(?:throat|tonsils?)\b", t))
    )
    lean = _LEAN_TO_BREATHE.search(t)
    airway = (
        on("stridor")
        or c.severe_breath
        or (lean and (throat or re.search(r"\bto (?:breathe?|get air)\b", lean.group(0))))
    )
    if drool and (airway or (c.any_breath and throat)):
        hit(EMERGENCY, "infection", "drooling, cannot swallow and struggling to breathe")
    elif on("sore_throat") and (on("cannot_swallow") or on("one_side_throat") or on("drooling")):
        hit(URGENT, "infection", "sore throat and cannot swallow")
    if on("productive_cough") and on("worsening") and f.days >= 5:
        hit(URGENT, "infection", "chest infection not improving")
    if re.search(r"\babscess\b|\bboils?\b(?! (?:the|some|water|it|them))", t) and (
        on("face_swell") or fever or re.search(r"swell", t)
    ):
        hit(URGENT, "infection", "abscess with swelling")
    elif _DENTAL.search(t) and _FACE_SWELLING.search(t):
        hit(URGENT, "infection", "tooth infection with a swollen face or jaw")
    if on("bite") and (on("spreading_red") or re.search(r"\b(?:red|swollen|swelling|pus)\b", t)):
        hit(URGENT, "infection", "infected bite")


# "a red blotchy rash": a rash's look, not the mottled skin of sepsis
_RASH_BLOTCHY = compiled(r"\bblotchy (?:\w+ )?rash\b|\brash\b[^.!?]{0,20}\bblotchy\b")


def _mottled(f: Facts) -> bool:
    said = f.matches.get("mottled", [])
    return bool(said) and not all(
        m.group() == "blotchy" and _RASH_BLOTCHY.search(f.t, max(0, m.start() - 30), m.end() + 30)
        for m, _ci in said
    )
