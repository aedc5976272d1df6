"""Long-term conditions: readings and known illnesses that change what a symptom means.

People who live with an illness write in its language: the potassium the dialysis unit rang
about, a platelet count on chemotherapy, sickle cell with a fever, weak legs and a bladder that
will not empty, a lithium level, a missed dialysis session, Addison's with a stomach bug, a
bruise on warfarin, a brain shunt, a hernia gone hard, heart failure putting on weight, a heart
rate that stays up at rest, and a clinician's instruction to go to emergency now.
Each is read whole-text, its key match checked current with ``Facts.current`` (negation, the past
and general questions apply as to any feature).
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import ANIMAL, Ctx

_POTASSIUM = compiled(
    r"\b(?:potassium|k\+|serum k)\b(?: levels?)?[^.!?\d]{0,25}?\b([2-9](?:\.\d)?)\b"
    r"(?! ?(?:%|years?|yrs?|months?|weeks?|days?|mg|tablets?|times))"
)
_PLATELETS = compiled(r"\b(?:platelets?|plt|plts)\b(?: count)?[^.!?\d]{0,20}?\b(\d{1,3})\b")
_BLEEDING = (
    "nosebleed_long",
    "bleeding_any",
    "bleed_severe",
    "melena",
    "rectal_blood",
    "vomit_blood",
    "cough_blood",
    "urine_blood",
)
# Told by a clinician, a unit or a helpline to go in now (not "if it gets worse, go in").
_SENT_IN = compiled(
    r"\b(?:said|says|told (?:me|us|him|her|them)|advised(?: me| us| him| her)?|want(?:s|ed)?"
    r" (?:me|us|him|her) to|rang (?:and|to) (?:say|said|tell))\b[^.!?]{0,25}?\b(?:go|come|get"
    r"|going|be taken|take (?:him|her|them|me|my \w+)) (?:in |straight |back )?(?:to )?"
    r"(?:a ?& ?e|a and e|the er|er|emergency"
    r"|the emergency (?:department|room)|casualty|the hospital|hospital)\b[^.!?]{0,20}?"
    r"\b(?:now|straight away|immediately|right away|asap|tonight|within the hour|urgently)\b"
    r"(?! and then| and again)"
)
_CONDITIONAL = compiled(r"\bif\b|\bunless\b|\bshould (?:it|he|she|i|they)\b|\bin case\b")
_SICKLE = compiled(r"\bsickle\b|\bhbss\b|\bsickler\b")
_SICKLE_CHEST = compiled(
    r"\bchest (?:pain|hurts?|is tight|tightness)\b|\bpain (?:\w+ ){0,3}in (?:my|his|her) chest\b"
    r"|\bsats\b[^.!?\d]{0,10}\b(?:[5-8]\d|9[0-3])\b|\boxygen\b[^.!?\d]{0,10}\b(?:[5-8]\d|9[0-3])\b"
)
PRIAPISM = compiled(
    r"\berection\b[^.!?]{0,30}\b(?:will not|would not|does not|not) (?:go|going) (?:down|away)\b"
    r"|\bpriapism\b"
)
_CRISIS_UNCONTROLLED = compiled(
    r"\b(?:crisis|pain)\b[^.!?]{0,60}\b(?:not (?:enough|working|helping|touching)|(?:nothing|meds"
    r"|medicines?|painkillers?) (?:is |are )?(?:not )?(?:touching|helping|working))\b"
)
# Both legs weak or numb (a cord pressed by a tumour or a disc), with a bladder that will not
# empty: an emergency scan, not a urinary problem.
_LEGS_GONE = compiled(
    r"\blegs\b[^.!?]{0,40}?\b(?:weak\w*|numb\w*|heavy|giving way|paraly\w*|gone)\b"
    r"|\b(?:weak\w*|numb\w*|heaviness) (?:in|of) (?:both )?(?:my |his |her )?legs\b"
    r"|\b(?:cannot|could not|can not) (?:feel|move|lift) (?:my |his |her )?(?:legs|feet"
    r"|anything below)\b|\bnumb\w* (?:from|below) (?:my|his|her|the) (?:waist|belly button|chest"
    r"|hips|ribs)\b|\bcannot feel anything below\b"
)
_LITHIUM_LEVEL = compiled(
    r"\blithium (?:blood )?levels?\b[^.!?\d]{0,25}?\b(\d(?:\.\d+)?)\b"
    r"(?! ?(?:mg|years?|yrs?|months?|weeks?|days?))"
)
_MISSED_DIALYSIS = compiled(
    r"\bmissed (?:\w+ ){0,2}(?:dialysis|haemodialysis|hemodialysis)\b"
    r"|\b(?:dialysis|haemodialysis|hemodialysis)\b[^.!?]{0,40}\bmissed\b"
    r"|\bmissed (?:\w+ ){0,2}(?:sessions?|runs?)\b(?=[^.!?]{0,60}\bdialysis\b)"
)
_DIALYSIS_DANGER = compiled(
    r"\bbreathless\w*|\bshort of breath\b|\bcannot (?:breathe|catch my breath|lie flat)\b"
    r"|\bheart\b[^.!?]{0,25}\b(?:skip\w*|racing|pounding|irregular|flutter\w*)|\bpalpitat\w*"
    r"|\b(?:legs|arms|muscles)\b[^.!?]{0,25}\b(?:weak|heavy)\w*|\bchest pain\b|\bconfus\w*"
)
# A heart rate of 120 to 139 that stays up at rest (140 and more is the ``fast_rate`` feature).
_FAST_AT_REST = compiled(
    r"\b(?:heart ?rate|hr|pulse)\b[^.!?\d]{0,25}\b1[23]\d\b(?=[^.!?]{0,50}\b(?:rest\w*|sitting"
    r"|lying|all (?:morning|day|night|evening|afternoon)|for hours|will not (?:come|go) down))"
    r"|\b(?:rest\w*|sitting|lying)\b[^.!?\d]{0,20}\b(?:heart ?rate|hr|pulse)\b[^.!?\d]{0,15}"
    r"\b1[23]\d\b"
)
_ADRENAL = compiled(
    r"\baddison'?s\b|\badrenal (?:insufficiency|failure)\b|\bhypopituitar\w*|\bcah\b"
    r"|\bcongenital adrenal\b|\bsteroid[- ]dependent\b"
)
_GUT_UPSET = compiled(
    r"\b(?:stomach|tummy|gastro|norovirus|vomiting|diarrh\w*|d&v|d and v)\b(?: bug| virus)?"
    r"|\bbeen sick\b|\bthrowing up\b|\bthrew up\b"
)
_ANTICOAGULATED = compiled(
    r"\b(?:warfarin|apixaban|rivaroxaban|eliquis|xarelto|edoxaban|dabigatran|pradaxa|coumadin"
    r"|blood thinners?|anticoagula\w+)\b"
)
_BIG_BRUISE = compiled(
    r"\b(?:massive|huge|big|large|enormous|giant|spreading|dinner[- ]plate|palm[- ]sized) (?:dark "
    r"|purple |black )?bruis\w*|\bbruis\w* (?:all over|everywhere|the size of)\b"
    r"|\bbruises? (?:keep|keeps) (?:appearing|coming up)\b"
)
_NO_KNOCK = compiled(
    r"\b(?:did not|didn't|do not|never) (?:bang|knock|hit|bump|fall|injure)\w*|\bout of nowhere\b"
    r"|\bfor no reason\b|\bwithout (?:any )?(?:injury|knock|bump|reason)\b|\bappeared\b"
)
_SHUNT = compiled(r"\b(?:vp |ventricular |brain )?shunt\b")
_SHUNT_SIGN = compiled(r"\bheadache\w*|\bvomit\w*|\bbeen sick\b|\bdrows\w*|\bsleepy\b")
_HF = compiled(r"\bheart failure\b|\bhf\b|\bccf\b|\bchf\b|\bef (?:of )?\d\d ?%")
_WEIGHT_UP = compiled(
    r"\b(?:weight (?:is )?(?:up|gone up|increased|jumped)|put on|gained|up)\b (?:by )?"
    r"(?:about |over |nearly |almost )?(\d(?:\.\d)?) ?(kg|kilos?|lbs?|pounds)\b[^.!?]{0,15}"
    r"\b(?:in|over) (?:the (?:last|past) )?(?:a |one |two |three |four |\d )?(?:days?|week)\b"
)
_MORE_PILLOWS = compiled(
    r"\b(?:needing|need|using|sleeping on|propped up on) (?:\d|two|three|four|five|more|extra)"
    r" pillows\b|\bpillows? (?:now )?instead of (?:one|1|two|2)\b"
)
# A hernia gone hard or dark, that will not go back, with vomiting: strangulated
_HERNIA = compiled(r"\bhernia\b")
_HERNIA_STUCK = compiled(
    r"\b(?:will not|would not|does not|cannot|can not|not) (?:go|push|pop|slip) (?:back )?in\b"
    r"|\b(?:gone|going|turned|is|very) (?:hard|dark|purple|black|red and hard|tender)\b"
    r"|\bstuck out\b"
)
_VOMITING = compiled(r"\bvomit\w*|\bbeen sick\b|\bthrowing up\b|\bbeing sick\b")
_EXERCISE = compiled(
    r"\b(?:run|running|ran|jog\w*|gym|workout|exercis\w*|cycl\w*|climb\w*|hik\w*|training"
    r"|spin class|sprint\w*)\b"
)


def chronic(c: Ctx) -> None:
    f, hit, on = c.f, c.hit, c.on

    live = f.first_current

    animal = ANIMAL.search(f.t) is not None  # "my dog's potassium was 7 at the vet"
    potassium = max((float(m.group(1)) for m in f.current(_POTASSIUM)), default=0.0)
    if animal:
        potassium = 0.0
    if potassium >= 6.5:
        hit(EMERGENCY, "other", "a potassium of 6.5 or more")
    elif potassium >= 6.0:
        hit(URGENT, "other", "a potassium of 6 or more")
    platelets = [int(m.group(1)) for m in f.current(_PLATELETS)]
    if platelets and on(*_BLEEDING):
        if min(platelets) < 20:
            hit(EMERGENCY, "bleeding", "bleeding with a very low platelet count", 5)
        elif min(platelets) < 50:
            hit(URGENT, "bleeding", "bleeding with a low platelet count")
    sent = live(_SENT_IN)
    if (
        sent
        and not _CONDITIONAL.search(sent.group(0))
        and not _CONDITIONAL.match(f.t, sent.end() + 1)  # "... immediately if her temp is 38"
    ):
        hit(EMERGENCY, "other", "a clinician said to go to emergency now")
    if live(_SICKLE):
        if c.fever:
            hit(EMERGENCY, "pediatric" if f.child else "infection", "fever with sickle cell")
        if live(_SICKLE_CHEST) or on("breath_severe", "breathless"):
            hit(EMERGENCY, "breathing", "chest pain or breathlessness with sickle cell", 3)
        if live(PRIAPISM):
            hit(EMERGENCY, "other", "an erection that will not go down, with sickle cell")
        if live(_CRISIS_UNCONTROLLED):
            hit(URGENT, "other", "a sickle cell crisis not controlled at home")
    if on("retention") and live(_LEGS_GONE):
        hit(EMERGENCY, "neuro", "weak or numb legs and cannot pass urine (spinal cord pressed?)")
    lithium = max((float(m.group(1)) for m in f.current(_LITHIUM_LEVEL)), default=0.0)
    if 2.5 <= lithium < 10:
        hit(EMERGENCY, "poisoning", "a lithium level of 2.5 or more")
    elif 1.5 <= lithium < 10:
        hit(URGENT, "poisoning", "a lithium level of 1.5 or more")
    if live(_MISSED_DIALYSIS):
        if live(_DIALYSIS_DANGER):
            hit(EMERGENCY, "other", "missed dialysis with breathlessness, palpitations or weakness")
        else:
            hit(URGENT, "other", "a missed dialysis session")
    if live(_ADRENAL) and live(_GUT_UPSET):
        # a stomach bug where the body cannot make its own steroid: sick-day dosing, seen today
        if on("vomit_persistent", "drowsy", "confusion", "fainted", "collapsed"):
            hit(EMERGENCY, "other", "adrenal insufficiency with vomiting or drowsiness (crisis?)")
        else:
            hit(URGENT, "other", "a stomach bug with adrenal insufficiency")
    if live(_ANTICOAGULATED) and live(_BIG_BRUISE) and _NO_KNOCK.search(f.t):
        hit(URGENT, "bleeding", "large bruising without injury on a blood thinner")
    if live(_SHUNT) and live(_SHUNT_SIGN):
        hit(URGENT, "neuro", "headache, vomiting or drowsiness with a brain shunt")
    if _HF.search(f.t) and not any(h.category == "cardiac" for h in c.hits):
        gain = [
            float(m.group(1)) / (2.2 if m.group(2).startswith(("lb", "pound")) else 1.0)
            for m in f.current(_WEIGHT_UP)
        ]
        if (gain and max(gain) >= 2.0) or live(_MORE_PILLOWS):
            hit(URGENT, "cardiac", "heart failure: weight up 2 kg in days, or more pillows")
    if live(_HERNIA) and live(_HERNIA_STUCK):
        if on("vomit_persistent", "nausea") or _VOMITING.search(f.t):
            hit(EMERGENCY, "other", "a hernia stuck out, hard or dark, with vomiting")
        else:
            hit(URGENT, "other", "a hernia that will not go back in")
    if live(_FAST_AT_REST) and not _EXERCISE.search(f.t) and not on("fast_rate"):
        hit(URGENT, "cardiac", "a heart rate of 120 or more at rest")
