"""Clinical rules for everything else: abdomen, burns, sugar, eyes, injuries, ..."""

from __future__ import annotations

import re

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.lexicon import idioms
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx

# Skin tinted yellow by food or cosmetics, not jaundice.
# A leg that lies short or turned out after a fall: the hip.
_HIGH_ENERGY = compiled(
    r"\bpower ?lines?\b|\bhigh voltage\b|\blightning\b"
    # "the risk of electrocution?" asked is no shock had
    r"|\belectrocut\w*\b(?<!risk of electrocution)(?<!risk of electrocuting)"
    r"|\brisk of electrocut\w*(?![^.!?]*\?)"
)
_FENCE = compiled(r"\belectric fences?\b")
_FINE = compiled(r"\b(?:totally|completely|absolutely|perfectly) fine\b|\b(?:he|she) is fine\b")
_HIP_DEFORMITY = compiled(
    r"\b(?:leg|foot)\b[^.!?;]{0,30}\b(?:shorter|turned (?:out|outwards?)|twisted out\w*|rotated"
    r"|pointing out\w*|sticking out (?:to the side|sideways))\b"
)
_YELLOW_BENIGN = compiled(r"\bcarrots?\b|\btan\b|\btanning\b|\bturmeric\b|\bbeta[- ]?carotene\b")
# A rash after a tick bite that spreads or forms a ring (Lyme disease?).
_TICK_RASH = compiled(
    r"\btick\b[^.!?]{0,80}\b(?:spreading|growing|getting bigger|ring|circle|expanding)\b"
)
_NO_FEELING = compiled(
    r"\b(?:cannot|could not|can not) (?:feel|move) (?:my|his|her|their) (?:\w+ )?(?:foot|feet|toes"
    r"|leg|hand|fingers|arm)\b|\b(?:foot|leg|hand|arm) (?:is |has gone |went )?numb\b|\bagony\b"
    r"|\breally painful\b|\bexcruciating\b"
)

_LEISURE_JUMP = compiled(r"\b(?:" + idioms.LEISURE_JUMPS + r")")
_COLD_SKIN = compiled(
    r"\b(?:cold|clammy|cool) (?:and|to the touch|skin)\b|\b(?:and|is|gone|very) (?:cold|clammy)\b"
)


# nothing passed below: "havent pooed for 3 days", "not even passing wind"
_NO_STOOL = compiled(
    r"\b(?:have not|has not|had not|not) (?:pooed|pooped|been for a poo|had a poo|opened (?:my|his"
    r"|her) bowels|passed wind|farted|been able to poo)\b|\bcannot (?:poo|pass wind|fart)\b"
)


_KETONE_READING = compiled(r"\bketones?\b[^.!?\d]{0,15}(\d(?:\.\d+)?)\b(?! ?mmol/l? (?:of|in))")


def _ketones_normal(t: str) -> bool:
    """Every blood ketone reading given is under 0.6 mmol/L (normal)."""
    readings = [float(m.group(1)) for m in _KETONE_READING.finditer(t)]
    return bool(readings) and max(readings) < 0.6


# a scald over the face or the chest, or over two parts of the body ("his chest, one arm and
# part of his face")
_BURN_LARGE = re.compile(
    r"\b(?:face|chest|neck|tummy|stomach|back|groin)\b[^.!?]{0,30}\b(?:arms?|legs?|face|chest|neck"
    r"|hands?)\b|\bover (?:his|her|their|the) (?:face|chest|neck)\b"
    # a big patch on the trunk, or a pan's worth over a small child
    r"|\b(?:big|large|huge|massive|whole) (?:\w+ )?(?:patch|area|burn|blisters?)\b[^.!?]{0,20}"
    r"\b(?:on|over|across|down) (?:his|her|their|the) (?:chest|tummy|stomach|belly|back|face"
    r"|neck)\b"
    r"|\b(?:pan|pot|saucepan|kettle) of (?:boiling|hot) (?:water|soup|oil|milk)?\b[^.!?]{0,25}"
    r"\b(?:onto|over|down) (?:him|her|them)(?:self|selves)?\b"
)
_PAIN_OUT_OF_PROPORTION = re.compile(
    r"\b(?:worse|more) than it looks\b|\bpain (?:is )?(?:unbelievable|excruciating|unbearable"
    r"|out of (?:all )?proportion)\b"
)

_JOLT_HURTS = compiled(
    r"\b(?:bumps?|speed bumps?|pothole\w*|jolt\w*)\b[^.!?]{0,40}\b(?:scream\w*|agony|in tears)\b"
    r"|\b(?:scream\w*|cries out|agony)\b[^.!?]{0,30}\b(?:bumps?|pothole\w*|jolt\w*)\b"
    r"|\b(?:cannot|can not|could not) (?:walk straight|stand up straight|straighten up)\b"
    r"|\bbent double\b"
)

_ON_INSULIN = compiled(r"\btype 1\b|\bt1d?\b|\binsulin\b|\bgliclazide\b|\bsulfonylurea")


def other(c: Ctx) -> None:
    f, t, on, hit, pregnant, any_breath, faintish, fever = (
        c.f,
        c.t,
        c.on,
        c.hit,
        c.pregnant,
        c.any_breath,
        c.faintish,
        c.fever,
    )
    if on("abdo_severe") or (on("rigid_abdomen") and on("severe_pain_any", "abdo_pain")):
        if fever or on("nausea") or faintish or on("rigid_abdomen") or on("cannot_stand"):
            hit(EMERGENCY, "other", "severe abdominal pain with fever, vomiting or faintness")
        else:
            hit(URGENT, "other", "severe abdominal pain")
    elif on("abdo_pain") and on("right_lower") and (fever or on("nausea", "anorexia")):
        if _JOLT_HURTS.search(t):
            # every jolt hurts (bumps in the road, walking bent over): the lining is inflamed
            hit(EMERGENCY, "other", "right-sided tummy pain with fever or vomiting; jolts hurt")
        else:
            hit(URGENT, "other", "right-sided abdominal pain with fever or vomiting")
    if on("testicle"):
        if on("sudden") or re.search(r"\b(?:really bad|severe|agony|excruciating|terrible)\b", t):
            hit(EMERGENCY, "other", "sudden testicular pain")
        else:
            hit(URGENT, "other", "testicular pain")
    if (
        on("burn")
        and (f.infant or f.child)
        and (on("burn_severe", "burn_moderate") or re.search(r"\bboiling\b|\bkettle\b", t))
    ):
        if f.infant or on("burn_severe") or (_BURN_LARGE.search(t) and on("burn_moderate")):
            hit(EMERGENCY, "pediatric", "scald or burn on a baby or over a large area")
        else:
            hit(URGENT, "pediatric", "blistering burn in a child")
    if on("burn"):
        if on("burn_severe") or on("electric"):
            hit(EMERGENCY, "other", "severe or deep burn")
        elif on("burn_moderate"):
            hit(URGENT, "other", "blistering burn")
    if on("electric"):
        # (an electric fence's pulse, unless it burned or stunned, is not the mains; "the risk
        # of electrocution" is a question)
        if (
            f.first_current(_HIGH_ENERGY)
            or on("burn", "unconscious", "chest_pain", "palpitations")
            or ((f.child or f.infant) and not (_FENCE.search(t) and _FINE.search(t)))
        ):
            hit(EMERGENCY, "other", "electric shock injury")
        else:
            hit(URGENT, "other", "electric shock")
    if f.sugar is not None and (on("diabetic_ctx") or True):
        low = f.sugar < 4.0 if f.sugar < 30 else f.sugar < 70
        high = f.sugar >= 20 if f.sugar < 30 else f.sugar > 300
        symptoms = on("confusion", "drowsy", "unconscious", "seizure", "faint_feel") or bool(
            re.search(r"\bshaking\b|\bshaky\b|\bsweaty\b", t)
        )
        if low and symptoms:
            hit(EMERGENCY, "other", "low blood sugar with confusion or shaking", 35)
        elif low:
            hit(URGENT, "other", "low blood sugar")
        elif high and (on("ketones") or on("confusion", "drowsy") or on("vomit_persistent")):
            hit(EMERGENCY, "other", "very high blood sugar with ketones, vomiting or drowsiness")
        elif high:
            hit(URGENT, "other", "very high blood sugar")
        elif on("ketones") and on("diabetic_ctx") and not _ketones_normal(t):
            hit(URGENT, "other", "ketones in a diabetic")
    elif on("sugar_high_word"):
        if on("nausea", "vomit_persistent", "drowsy", "confusion", "breathing_fast", "ketones"):
            hit(EMERGENCY, "other", "very high blood sugar with vomiting or drowsiness")
        else:
            hit(URGENT, "other", "high blood sugar")
    elif on("hypo_word") and on("confusion", "drowsy", "unconscious", "seizure"):
        hit(EMERGENCY, "other", "hypo with confusion or drowsiness")
    elif (
        _ON_INSULIN.search(t)
        and on("confusion", "drowsy", "unconscious", "seizure")
        and (on("sweating") or re.search(r"\bshak\w*|\bclammy\b|\baggressive\b", t))
    ):
        # on insulin, confused and sweating, with no reading given: a low sugar until shown not
        hit(EMERGENCY, "other", "confused and sweating on insulin (a low sugar?)")
    elif on("ketones") and on("diabetic_ctx") and not _ketones_normal(t):
        if on("nausea", "breathing_fast", "drowsy", "confusion", "vomit_persistent", "breathless"):
            hit(EMERGENCY, "other", "signs of diabetic ketoacidosis")
        else:
            hit(URGENT, "other", "ketones in a diabetic")
    if on("open_fracture"):
        hit(EMERGENCY, "other", "bone through the skin")
    elif on("fracture") and _HIP_DEFORMITY.search(t) and on("cannot_stand"):
        # a leg short and turned out after a fall, unable to get up: a broken hip, for an
        # ambulance (not to be lifted into bed or driven in)
        hit(EMERGENCY, "other", "a fall, cannot get up, the leg short or turned out (broken hip?)")
    elif on("fracture"):
        hit(URGENT, "other", "possible broken bone")
    if on("cauda_equina") and (on("back_pain") or on("retention")):
        hit(EMERGENCY, "neuro", "back pain with numbness or loss of bladder control")
    elif (
        on("retention")
        # ("belly is swollen and agony": agony with a bladder that will not empty)
        and (on("retention_severe", "severe_pain_any") or re.search(r"\bagon(?:y|i[sz]ing)\b", t))
        and not re.search(r"\bcatheter\b", t)
    ):
        hit(EMERGENCY, "other", "cannot pass urine, in severe pain or passing clots")
    elif on("retention"):
        hit(URGENT, "other", "cannot pass urine")
    if on("tearing_pain") and (
        on("back_pain", "abdo_pain", "sweating", "dying_feel", "sudden") or faintish
    ):
        hit(EMERGENCY, "other", "tearing pain (possible aortic emergency)")
    # A sense of dying with a serious symptom is taken at its word.
    if on("dying_feel") and (
        on("sweating", "chest_pain", "chest_severe", "severe_pain_any", "breath_severe")
        or on("breathless", "palpitations")
        or faintish
    ):
        cat = "cardiac" if on("chest_pain", "chest_severe") else "other"
        hit(EMERGENCY, cat, "feels like dying, with pain, sweating or breathlessness")
    if on("bilious") and (f.infant or f.child):
        hit(EMERGENCY, "pediatric", "green (bilious) vomiting in a child")
    elif on("bilious") and (on("distended") or _NO_STOOL.search(t)):
        hit(EMERGENCY, "other", "green vomiting with a swollen belly (a blocked bowel?)")
    elif on("bilious"):
        hit(URGENT, "other", "green vomiting")
    if on("throat_itch") and on("strong_allergen"):
        hit(URGENT, "allergy", "mouth or throat itching after a food or medicine")
    if on("foreign_body"):
        if re.search(r"batter", t):
            hit(EMERGENCY, "poisoning", "button battery in nose or ear")
        elif re.search(
            r"\b(?:bead|pea|button|stone|lego|crayon|bean|toy|rubber|piece|object|"
            r"something|insect|bug)\b",
            t,
        ):
            hit(URGENT, "other", "object stuck in nose or ear")
    if on("severe_pain_any") and not on("chronic"):
        if on("faint_feel", "fainted", "collapsed", "drowsy", "confusion", "sweating"):
            hit(EMERGENCY, "other", "severe pain with faintness, sweating or confusion")
        else:
            hit(URGENT, "other", "severe pain")
    if on("told_to_attend"):
        hit(URGENT, "other", "a clinician has asked for them to come in")
    if on("ambulance"):
        hit(EMERGENCY, "other", "an ambulance has been called")
    if on("animal_bite"):
        hit(URGENT, "infection", "bite or scratch from a wild animal (rabies risk)")
    if on("puncture"):
        hit(URGENT, "other", "puncture wound")
    if on("hearing_loss"):
        hit(URGENT, "other", "sudden hearing loss")
    if on("cord") and (f.infant or f.child):
        hit(URGENT, "pediatric", "red or smelly umbilical cord")
    unwell = [
        on("confusion"),
        on("drowsy"),
        on("prostrate"),
        on("vomit_persistent"),
        fever,
        on("breathing_fast"),
        on("not_feeding"),
        on("faint_feel"),
    ]
    if on("confusion") and (on("prostrate") or on("vomit_persistent") or on("drowsy")):
        hit(EMERGENCY, "neuro", "confused and very weak or vomiting")
    elif sum(unwell) >= 3:
        hit(EMERGENCY, "other", "several signs of being acutely unwell")
    if on("burn") and on("throat_tight", "breathless", "breath_severe"):
        hit(EMERGENCY, "other", "burn with hoarse voice or breathing trouble")
    if on("total_dysphagia"):
        hit(EMERGENCY, "other", "cannot swallow even saliva")
    if on("necrosis"):
        # with fever, faintness or pain out of all proportion: necrotising fasciitis
        severe = fever or c.faintish or on("confusion") or _PAIN_OUT_OF_PROPORTION.search(t)
        hit(EMERGENCY if severe else URGENT, "infection", "blackening wound or skin")
    if (
        fever
        and on("nonblanching", "rash")
        and (on("confusion", "drowsy") or re.search(r"\bspreading\b", t))
    ):
        hit(EMERGENCY, "infection", "fever with a spreading rash and confusion")
    if on("infection_ctx") and (f.temp >= 39.0 or re.search(r"\bhigh (?:fever|temp)", t)):
        hit(URGENT, "infection", "infection with a high fever")
    if (
        on("diabetic_ctx")
        and on("nausea", "vomit_persistent")
        and on("drowsy", "confusion", "breathing_fast")
    ):
        hit(EMERGENCY, "other", "diabetic, vomiting and drowsy (possible ketoacidosis)")
    if on("drowsy") and on("vomit_persistent", "nausea") and not f.child:
        hit(EMERGENCY, "neuro", "drowsy and vomiting")
    if on("fluid_loss", "vomit_persistent") and (
        on("faint_feel") or on("dehydration", "dehydration_mild")
    ):
        hit(URGENT, "other", "vomiting or diarrhoea with signs of dehydration")
    if on("rash") and on("strong_allergen") and not on("hives", "face_swell"):
        hit(URGENT, "allergy", "new rash after a medicine or allergen")
    if (
        on("diabetic_ctx")
        and on("unconscious", "confusion", "drowsy", "seizure")
        and re.search(r"\bsweat\w*|\bshak\w*|\bclammy\b|\bhypo\b", t)
    ):
        hit(EMERGENCY, "other", "diabetic, sweaty or shaky and now confused or unresponsive", 35)
    if on("distended") and on("no_stool_wind") and on("nausea", "vomit_persistent"):
        hit(EMERGENCY, "other", "swollen belly, vomiting and no stool or wind (blocked bowel?)")
    elif on("distended") and on("no_stool_wind"):
        hit(URGENT, "other", "swollen belly and no stool or wind")
    if on("long_lie"):
        hit(EMERGENCY, "other", "found on the floor after lying there for hours")
    if on("ear_discharge") and (c.fever or f.child):
        hit(URGENT, "infection", "discharge from the ear with fever")
    if on("jaundice_adult") and not f.infant and not _YELLOW_BENIGN.search(t):
        hit(URGENT, "infection" if c.fever else "other", "yellow skin or the whites of the eyes")
    if on("throat_object"):
        hit(URGENT, "other", "something still felt in the throat after swallowing")
    if on("lyme") or (on("rash") and _TICK_RASH.search(t)):
        hit(URGENT, "infection", "a ring-shaped rash after a tick bite")
    if on("pmb"):
        hit(URGENT, "other", "bleeding after the menopause")
    if on("thirst_pee") and (on("weight_lost") or f.child):
        hit(
            URGENT,
            "pediatric" if f.child else "other",
            "thirst, passing urine often and weight loss or tiredness (diabetes?)",
        )
    if on("retinal"):
        hit(URGENT, "other", "flashes, floaters or a shadow in the vision (retina?)")
    if on("heat") and (on("confusion") or on("unconscious") or on("collapsed") or f.temp >= 40):
        hit(EMERGENCY, "other", "heat stroke")
    if on("hypothermia"):
        hit(EMERGENCY, "other", "hypothermia")
    if on("calf") and not (any_breath or on("chest_pain")):
        hit(URGENT, "other", "painful swollen calf (possible clot)")
    if f.bp is not None and (f.bp[0] >= 180 or f.bp[1] >= 110):
        if on("severe_headache", "chest_pain", "confusion", "vision_sudden", "preg_visual"):
            hit(EMERGENCY, "other", "very high blood pressure with symptoms")
        else:
            hit(URGENT, "other", "very high blood pressure")
    if (
        f.bp is not None
        and f.bp[0] < 90
        and (faintish or on("confusion", "drowsy", "chest_pain", "breath_severe") or fever)
    ):
        hit(EMERGENCY, "other", "very low blood pressure with faintness, chest pain or fever")
    if on("cold_limb") and (
        on("sudden", "limb_weak", "limb_weak_strong", "severe_pain_any") or _NO_FEELING.search(t)
    ):
        hit(EMERGENCY, "other", "a limb suddenly cold and pale or numb (blocked artery?)")
    # After a crash or with a broken bone, getting confused or pale and cold: shock, or a head hurt
    if on("injury_event", "fracture", "open_fracture") and (
        on("confusion") or (faintish and _COLD_SKIN.search(t))
    ):
        hit(EMERGENCY, "other", "confused, or pale and cold, after an injury (shock?)")
    if on("injury_event") and faintish and on("abdo_pain", "chest_pain", "severe_pain_any"):
        hit(EMERGENCY, "other", "faint with belly or chest pain after an injury (bleeding inside?)")
    if on("dka_signs") and (
        on("nausea", "fluid_loss", "breathing_fast", "drowsy", "confusion", "abdo_pain")
    ):
        hit(EMERGENCY, "other", "signs of diabetic ketoacidosis")
    elif on("dka_signs"):
        hit(URGENT, "other", "very high sugar or ketones")
    if on("testis_pain"):
        if on("sudden", "nausea", "severe_pain_any"):
            hit(EMERGENCY, "other", "sudden testicle pain (possible torsion)")
        else:
            hit(URGENT, "other", "testicle pain or swelling")
    if on("high_energy") and not _LEISURE_JUMP.search(t):
        hit(
            EMERGENCY, "pediatric" if f.child else "other", "hit by a vehicle or fall from a height"
        )
    if on("dark_urine") and not on("jaundice"):
        hit(URGENT, "other", "cola-coloured urine")
    if on("kidney_stone"):
        hit(URGENT, "other", "possible kidney stone")
    if on("vomit_persistent") and not pregnant:
        hit(URGENT, "other", "cannot keep fluids down")
    if on("no_weight") and on("sprain", "fracture", "injury_event", "head_injury"):
        hit(URGENT, "other", "cannot bear weight on an injured leg")
    if on("limb_unused") and on("limb_hurt", "sprain") and on("limb_swollen"):
        category = "pediatric" if f.child or f.infant else "other"
        hit(URGENT, category, "an injured limb swollen and not used (a broken bone?)")
    if on("limping") and f.child and fever:
        hit(URGENT, "pediatric", "a limp with a fever in a child (infected joint?)")
    if on("foreign_throat"):
        hit(URGENT, "other", "something stuck in the throat")
    if on("dehydration") and not f.child:
        hit(URGENT, "other", "signs of dehydration")
