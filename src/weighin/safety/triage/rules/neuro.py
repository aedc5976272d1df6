"""Clinical rules for seizures, head injury, consciousness; infection and sepsis."""

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
# Blacking out again and again, or with a pacemaker or a known heart disease: the heart's rhythm
_FAINTS_AGAIN = compiled(
    r"\b(?:blacked out|fainted|passed out|collapsed|keeled over)\b[^.!?]{0,30}\b(?:twice|three"
    r" times|four times|\d+ times|several times|again and again|repeatedly|over and over)\b"
    r"|\bkeeps? (?:blacking out|fainting|passing out|collapsing)\b"
)
_HEART_DEVICE = compiled(
    r"\bpacemaker\b|\bicd\b|\bdefibrillator\b|\bheart (?:failure|disease|condition|block)\b"
)
_LITTLE_URINE = compiled(
    r"\b(?:barely|hardly|not) (?:peeing|weeing|passed (?:any )?urine|passing (?:any )?urine)\b"
    r"|\b(?:has not|have not|had not) (?:passed urine|peed|weed|been for a wee)\b"
)
_DIZZY = compiled(r"\bdizz\w*|\blight ?headed\w*")
_WORSE_CONFUSED = compiled(
    r"\b(?:much |lot |lots |far |way )?more (?:confused|muddled|agitated|disorientated|disoriented)"
    r"\b(?! (?:in the )?(?:evenings?|at night|at times|sometimes|when|late in the day))"
    r"|\bconfusion (?:is |has )?(?:got |gotten |getting )?(?:much |a lot )?worse\b"
    r"|\b(?:worse|new) confusion\b|\bpicking at (?:the )?(?:air|sheets|nothing)\b"
)
_NECROSIS = compiled(
    r"\b(?:going|turning|gone|turned) (?:black|dusky|purple|grey|gray)\b|\bblack (?:in the middle"
    r"|patch|skin)\b|\bblood[- ]filled blisters?\b|\bcrackl\w* under the skin\b"
)
# without a fever told: the skin going dusky or blistering and a pain beyond words
_NECROSIS_SKIN = compiled(
    r"\b(?:going|turning|gone|turned|looks?) (?:black|dusky|purple)\b|\bblood[- ]filled blisters?\b"
    r"|\bdusky\b[^.!?]{0,20}\bblister\w*"
)
_PAIN_EXTREME = compiled(
    r"\bpain (?:is )?(?:unreal|unbearable|insane|excruciating|off the scale|beyond)\b"
    r"|\b(?:worst|unbearable|excruciating|agonising|agonizing) pain\b|\bin agony\b"
)
_WHOLE_LIMB_RED = compiled(
    r"\b(?:whole|entire) (?:leg|arm|foot|hand|thigh|calf)\b[^.!?]{0,15}\b(?:red|swollen)\b"
)
_PAIN_OUT_OF_PROPORTION = compiled(
    r"\bpain\b[^.!?]{0,30}\b(?:worse|more|bigger) than (?:it looks|it should|you would expect"
    r"|the wound)\b|\bout of proportion\b"
)

# puzzled, not confused: "confused why i still get out of breath"
_SLEEPY = compiled(r"\bsleepy\b|\bdrowsy\b|\bdozing\b")
_WORSE_AND_WORSE = compiled(
    r"\b(?:worse and worse|getting worse|keeps getting worse|worsening"
    r"|worse by the (?:hour|minute))\b"
)
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


# After a knock: clear fluid from the nose or ears (a skull fracture) and a gap in the memory.
_HEAD_INJURY_RED = compiled(
    r"\b(?:clear|watery)\b[^.!?]{0,20}\b(?:fluid|stuff|liquid|water)\b[^.!?]{0,25}\b(?:nose"
    r"|ears?)\b|\b(?:cannot|could not|does not|do not|did not) remember\b[^.!?]{0,25}\b(?:getting"
    r" (?:home|here|there|back)|how (?:i|he|she|they) got|what happened|the (?:fall|crash|accident"
    r"|hit|game|match|impact|tackle)|falling|hitting|anything (?:after|since|about))\b"
    r"|\bkeeps? asking the same\b|\brepeating (?:himself|herself|the same)\b"
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
    if on("ascending"):
        if c.any_breath or on("cannot_swallow"):
            hit(EMERGENCY, "neuro", "weakness climbing the body and now breathing or swallowing")
        elif _FAST_COURSE.search(t):
            hit(EMERGENCY, "neuro", "weakness climbing the body within hours")
        else:
            hit(URGENT, "neuro", "weakness or numbness spreading up the body")
    if on("thunderclap"):
        hit(EMERGENCY, "neuro", "sudden worst-ever headache")
    if on("unconscious"):
        hit(EMERGENCY, "neuro", "unresponsive or will not wake")
    if on("collapsed"):
        hit(EMERGENCY, "neuro", "collapsed")
    if on("head_injury"):
        # Feeling a bit queasy is common after a knock; vomiting is the red flag.
        red = (
            on("knocked_out", "confusion", "drowsy", "seizure", "unconscious", "speech")
            or (on("headache") and bool(_WORSE_AND_WORSE.search(t)))
            or (on("nausea") and not f.mild("nausea"))
            or on("anticoag")
            or f.first_current(_SLEEPY) is not None
            or f.first_current(_HEAD_INJURY_RED) is not None
        )
        if (red and not f.mild("confusion")) or on("pupils"):
            hit(EMERGENCY, "neuro", "head injury with red-flag signs")
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


# A break in the skin, and signs it is infected.
_WOUND = compiled(
    r"\b(?:cut|cuts|wound|bite|bitten|scratch|graze|scrape|puncture|splinter|ulcer|incision"
    r"|stitches|sore on)\b"
)
# a pulse of 130 or more now, with an infection: "heart 130", "pulse is 134" (not one taken on
# a run, on a watch, someone else's with AF, or one that "was")
_HEART_130 = compiled(
    r"\b(?:heart ?rate|pulse|hr|heart) (?:is |is now |now |of |at |has been |sitting at )?"
    r"(?:1[3-9]\d|2\d\d)\b(?! ?(?:when|on|during|at|after|playing|before)\b)"
)
_HEART_ELSE = compiled(
    r"\b(?:run|running|ride|bike|cycling|spin|gym|workout|hike|hiking|parkrun|football|dancing"
    r"|garmin|watch|max|af|pacemaker|used to|dad'?s|mum'?s|husband'?s|wife'?s|fine)\b"
)
_DARK_SKIN = compiled(
    r"\b(?:purple|black|blackish|dusky|grey|gray|dark)\b[^.!?]{0,30}\b(?:blister\w*|skin|leg|arm"
    r"|foot|hand)\b|\b(?:blister\w*|skin)\b[^.!?]{0,30}\b(?:purple|black|dusky)\b"
    r"|\bout of proportion\b|\bpain (?:is )?(?:way |much |far |a lot )?worse than it looks\b"
)
_INFECTED = compiled(
    r"\b(?:oozing|pus|weeping|smells?|smelly|stinks?|red and (?:warm|hot|swollen)|hot and red"
    r"|spreading redness|redness (?:is )?spreading)\b"
)


_ACCIDENT = compiled(
    r"\b(?:crash\w*|accident|fell|fall|fallen|knocked|tackle\w*|collision|thrown|assault\w*"
    r"|punched|kicked|hit by)\b"
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
    r"\b(?:had|have|got|with|off with|been ill with) (?:a |the )?(?:stomach|tummy|sickness) bug"
    r" (?:for|since)\b[^.!?]{0,40}\b(?:now|and)\b[^.!?]{0,40}\b(?:rash|spots|dots|blotch\w*)\b"
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
    if infect and (on("mottled") or on("dying_feel") or sum(sepsis_signs) >= 2 or low_bp or racing):
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
