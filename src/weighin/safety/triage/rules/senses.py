"""Eyes, ears, mouth and throat, skin, genitals and the urinary tract: where an emergency hides
among small complaints.

A tooth or throat infection spreading into the neck with breathing or swallowing trouble
(Ludwig's angina, a deep neck abscess); a penetrating eye injury (a teardrop pupil, the sight
gone dark); a hot liquid or hydrofluoric acid on the eye or skin; a scrotum or groin gone black
or crackling (Fournier's gangrene); redness spreading by the hour with shivering or pain out of
proportion (necrotising fasciitis); a kidney stone with a fever (an infected, blocked kidney);
a urine infection with confusion and shaking (urosepsis); a tampon with a fever and a sunburn
rash (toxic shock); blood at the tip of the penis after a fall astride with no urine passed (a
torn urethra; a bladder that cannot empty is urgent, as our sets label it); jaw or tooth pain
brought on by exertion with sweating or breathlessness (the heart). Each key match is checked
current with ``Facts.current``.
"""

from __future__ import annotations

import re

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx

_INTO_NECK = compiled(
    r"\b(?:spread\w*|gone|going|moved|moving|tracking|swelling)\b[^.!?]{0,20}\b(?:down )?(?:into"
    r"|to|down)"
    r" (?:my|his|her|the|their) neck\b|\b(?:jaw|face|cheek) and neck (?:is "
    r"|are )?(?:all )?swollen\b"
    r"|\b(?:jaw|face) and neck\b[^.!?]{0,15}\bswollen\b"
    r"|\bunder (?:my|his|her|the) tongue\b[^.!?]{0,30}\bswoll\w*|\bfloor of (?:my|his|her"
    r"|the) mouth\b"
    r"|\btongue (?:is )?(?:being )?(?:pushed|lifted|raised|pushing) up\b"
)
_SWALLOW_HARD = compiled(
    r"\b(?:cannot|can not|could not|hard to|struggling to|barely) (?:swallow|open (?:my|his|her)"
    r" mouth)\b|\bdrooling\b(?![^.!?]{0,30}\bteeth\w*)"
)
# a penetrating eye injury: the pupil out of shape, the sight gone dark
_EYE_BREACH = compiled(
    r"\bpupil\b[^.!?]{0,30}\b(?:teardrop|tear drop|irregular|misshapen|not round|oval|odd shape"
    r"|funny shape|pointed)\b|\bteardrop pupil\b|\beverything (?:is|looks|went|goes) (?:dark"
    r"|black)\b"
    r"|\bfluid (?:leaking|coming) (?:out of|from) (?:the|his|her|my) eye\b"
)
_HOT_LIQUID_EYE = compiled(
    r"\b(?:boiling (?:oil|fat|water|grease)|(?:hot|burning|molten) (?:oil|fat|grease|wax|glue"
    r"|solder|metal))\b[^.!?]{0,40}\b(?:in|into) (?:my|his|her|their|the) eyes?\b"
    r"|\b(?:oil|fat|grease) (?:from the (?:wok|pan|fryer|frying pan|chip pan) )?(?:spat|spit"
    r"|splashed"
    r"|flew|jumped)\b[^.!?]{0,30}\b(?:in|into) (?:my|his|her|their|the) eyes?\b"
    r"(?=[^.!?]{0,60}\b(?:cannot|can not|could not) open\b|[^.!?]{0,60}\b(?:agony|unreal"
    r"|excruciating"
    r"|unbearable|screaming)\b)"
)
_HYDROFLUORIC = compiled(
    r"\b(?:hydrofluoric|hf acid)\b[^.!?]{0,60}\b(?:on (?:my|his|her)|got|spilled|splashed|touched"
    r"|fingers?|hands?|skin|eyes?|swallowed|drank)\b"
    r"|\b(?:on (?:my|his|her)|got|spilled|splashed|touched|swallowed|drank)\b[^.!?]{0,60}"
    r"\b(?:hydrofluoric|hf acid)\b"
)
_GROIN_NECROTIC = compiled(
    r"\b(?:scrot\w*|balls?|testic\w*|groin|perine\w*|penis|vulva|labia|bum|anus|back passage)\b"
    r"[^.!?]{0,50}\b(?:black (?:patch|area|spot|skin|bit)|(?:gone|going|turning|turned) black"
    r"|crackl\w* (?:when|if|under)|crunch\w* (?:when|under|if))\b"
)
_FAST_SPREAD = compiled(
    r"\bspreading (?:so |really |very )?(?:fast|quickly|by the hour)\b|\bpast the (?:line|pen"
    r" line|mark)\b|\b(?:drew|drawn) (?:a |round |around )?(?:line|circle)\b"
    r"|\bspread (?:so |really )?(?:fast|quickly)\b"
)
_OUT_OF_PROPORTION = compiled(
    r"\bpain (?:is )?(?:way |much |so much )?(?:worse|more) than (?:it|the \w+) looks\b"
    r"|\b(?:way |much |so much )?more painful than (?:it|the \w+) looks\b"
    r"|\bout of (?:all )?proportion\b"
)
_RIGORS = compiled(r"\brigors?\b|\bshaking\b|\bshivering\b|\bshakes\b|\bteeth chattering\b")
_TAMPON = compiled(r"\btampons?\b|\bmenstrual cup\b")
_ASTRIDE = compiled(
    r"\bcrossbar\b|\bstraddl\w*|\bastride\b|\bkicked (?:in|between) (?:the|my|his) (?:groin|legs"
    r"|balls)\b|\bfell (?:on|onto) (?:the|a) (?:fence|bar|beam|rail)\b"
)
_TIP_BLOOD = compiled(
    r"\bblood (?:at|from|coming out of|out of) (?:the )?(?:tip|end) of (?:my|his|the)"
    r" (?:penis|willy|dick)\b|\bbleeding from (?:my|his|the) (?:penis|willy|urethra)\b"
)
_EXERTION = compiled(
    r"\b(?:jaw|tooth|teeth)\b[^.!?]{0,40}\b(?:when(?:ever)? (?:i|he|she) (?:walk|climb|go up"
    r"|exercise"
    r"|exert|hurry|rush)\w*|(?:walking|climbing|going) up (?:the )?(?:stairs|hill)\b|on exertion)"
    r"|\b(?:when(?:ever)? (?:i|he|she) (?:walk|climb|go up)\w*|(?:walking|climbing|going) up"
    r" (?:the )?(?:stairs|hill))\b[^.!?]{0,30}\b(?:my|his|her|the) (?:jaw|tooth|teeth)\b"
)
_RESTS_OFF = compiled(
    r"\b(?:goes|went|eases|settles|stops)(?: away| off)? (?:after|with|when (?:i|he|she)) rest\w*"
)
_AT_REST = compiled(r"\bright now\b|\bsitting (?:down|still)\b|\bat rest\b|\bclammy\b")


# Toiletries and kitchen irritants sting but are rinsed out at home.
_MILD_IN_EYE = compiled(
    r"\b(?:shampoo|conditioner|soap|shower gel|body wash|sun ?(?:cream|screen|block)|lotion"
    r"|moisturi[sz]er|hand saniti[sz]er|make ?up|mascara|sweat|onion|lemon juice|chilli|chili"
    r"|hot sauce|salt water|pool water)\b"
)


_CAUSTIC = compiled(
    r"\b(?:chemicals?|bleach|acid|alkali|cleaner|lime|cement|ammonia|caustic|solvent|glass|metal)\b"
)


def _mild_in_eye(said: str) -> bool:
    return _MILD_IN_EYE.search(said) is not None and _CAUSTIC.search(said) is None


_BEEN_SICK = re.compile(r"\b(?:been|was|being) sick\b|\bthrew up\b|\bthrown up\b")


_HALOS = re.compile(
    r"(?<!no )(?<!without )\b(?:rainbow|coloured|colored) (?:rings|halos?|circles)\b"
    r"|(?<!no )(?<!without )\bhalos? (?:around|round)\b"
    r"|\b(?:blurry|blurred|misty|foggy|cloudy) with halos?\b|\bseeing halos?\b"
    r"|(?<!no )\b(?:have|has|had|got|with) (?:\w+ )?halos?\b"
)


def eyes(c: Ctx) -> None:
    """An eye injured, burnt by a chemical, or red and painful with the sight going (acute
    glaucoma when halos, a headache or vomiting come with it)."""
    f, t, on, hit = c.f, c.t, c.on, c.hit
    if on("eye_injury"):
        if re.search(
            r"\b(?:blood in (?:my|his|her|the) eye|cloudy|cannot see|lost (?:my )?vision|"
            r"vision (?:is )?(?:gone|cloudy|blurry|blurred|dark|double))\b",
            t,
        ):
            hit(EMERGENCY, "other", "eye injury with blood or loss of vision")
        else:
            hit(URGENT, "other", "eye injury")
    if on("painful_eye") and (on("light_hurts", "photophobia") or on("contact_lens")):
        hit(URGENT, "infection", "painful red eye with light sensitivity or contact lenses")
    if on("eye_chemical") and not all(_mild_in_eye(m.group(0)) for m in f.mentions("eye_chemical")):
        hit(EMERGENCY, "other", "chemical or object in the eye")
    halos = _HALOS.search(t)
    if (on("red_eye_vision") or (halos and on("painful_eye", "eye_pain"))) and (
        on("nausea", "vomit_persistent", "severe_headache") or _BEEN_SICK.search(t)
    ):
        # acute angle-closure glaucoma: sight is lost within hours
        hit(EMERGENCY, "other", "painful red eye with blurred vision, halos, headache or vomiting")
    elif on("red_eye_vision"):
        hit(URGENT, "other", "painful red eye with blurred vision")


def senses(c: Ctx) -> None:
    f, on, hit = c.f, c.on, c.hit
    live = f.first_current
    swollen_face = on("face_swell", "hands_face_swell")
    # spreading into the neck, with the breathing or the swallowing going; or the face swollen
    # from a tooth with the breathing going
    if on("dental") and swollen_face and on("breathless", "breath_severe"):
        hit(EMERGENCY, "infection", "a tooth infection with the face swollen and breathing hard")
    if (
        (on("dental") or on("sore_throat") or swollen_face)
        and live(_INTO_NECK)
        and (on("breathless", "breath_severe", "total_dysphagia") or live(_SWALLOW_HARD))
    ):
        hit(EMERGENCY, "infection", "a mouth or throat infection spreading into the neck")
    if on("eye_injury") and live(_EYE_BREACH):
        hit(EMERGENCY, "other", "an eye injury with the pupil out of shape or the sight gone")
    if live(_HOT_LIQUID_EYE):
        hit(EMERGENCY, "other", "a hot liquid in the eye")
    if live(_HYDROFLUORIC):
        hit(EMERGENCY, "poisoning", "hydrofluoric acid on the skin or swallowed")
    if live(_GROIN_NECROTIC) and (c.fever or on("severe_pain_any")):
        hit(EMERGENCY, "infection", "the groin or scrotum going black or crackling (Fournier's?)")
    # (spreading past a pen line with a fever alone is cellulitis, for today)
    if (
        on("spreading_red")
        and live(_OUT_OF_PROPORTION)
        and (live(_FAST_SPREAD) or c.fever or on("shivering") or live(_RIGORS))
    ):
        hit(
            EMERGENCY,
            "infection",
            "redness spreading fast with shivering or pain out of proportion",
        )
    # (a temperature with shivering alone is for today; a high fever, or rigors with the person
    # unable to stand, is not)
    if on("kidney_stone") and (
        c.high_fever or (live(_RIGORS) and on("cannot_stand", "faint_feel", "confusion", "drowsy"))
    ):
        hit(EMERGENCY, "infection", "a kidney stone with a fever (an infected, blocked kidney)")
    if on("urinary", "kidney_stone") and on("confusion") and (c.fever or live(_RIGORS)):
        hit(EMERGENCY, "infection", "a urine infection with confusion and shaking (sepsis?)")
    if (
        live(_TAMPON)
        and c.fever
        and on("rash", "hives")
        and (on("nausea", "fluid_loss", "faint_feel", "vomit_persistent") or c.high_fever)
    ):
        hit(EMERGENCY, "infection", "a tampon, a fever and a sunburn-like rash (toxic shock?)")
    if on("retention") and (live(_TIP_BLOOD) or (live(_ASTRIDE) and on("bleeding_any"))):
        hit(EMERGENCY, "other", "blood at the penis and cannot pass urine after an injury")
    # (at rest now, or clammy: not the ache that goes with a rest, which is for today)
    if (
        live(_EXERTION)
        and on("sweating")
        and (on("breathless", "breath_severe") or live(_AT_REST))
        and not _RESTS_OFF.search(c.t)
    ):
        hit(EMERGENCY, "cardiac", "jaw or tooth pain on exertion with sweating or breathlessness")
    if on("dental") and swollen_face and c.fever:
        hit(URGENT, "infection", "a tooth infection with a swollen face and a fever")
