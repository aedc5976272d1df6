"""More emergencies the rules read as routine or urgent (round med 2), told by their signs.

- Impaled on a spike, a post or canes; trapped and crushed under a machine.
- Knocked out, then asking the same thing again and again and vomiting; clear fluid from the nose
  after a blow to the head.
- Early pregnancy (under 14 weeks) with agony low in the belly and faintness (ectopic?).
- An irregular heart or warfarin and sudden stomach agony (a gut's blood supply blocked?).
- Steroids stopped suddenly, now vomiting and unable to stand (adrenal crisis).
- A neck in agony, light that hurts, a rash; not knowing a child and burning hot.
- A blow to the throat and now only a whisper.
- Back pain, then legs numb or weak with the bladder or the bottom's feeling gone; legs weaker
  day by day from tingling toes until walking fails.
- The cord, or a rope-like thing, after the waters broke.
- A child drooling and not swallowing, sitting forward or bolt upright (epiglottitis?).
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx

# "one of the spikes has gone through his calf", "onto the fence post, deep hole in my side"
_IMPALED = compiled(
    r"\b(?:spikes?|railings?|fence post|post|stake|canes?|pole|metal bar|rebar)\b[^.!?]{0,40}"
    r"\b(?:through|gone into|went into|into) (?:his|her|my|their) (?:calf|leg|thigh|arm|hand"
    r"|chest|side|belly|stomach|tummy|back|neck|bottom|buttock|groin|eye)\b"
    r"|\bstill stuck on (?:it|the \w+)\b"
    r"|\bimpaled\b|\b(?:onto|on) (?:the |a )?(?:railings?|fence post|spikes?|stake)\b[^.!?]{0,30}"
    r"\b(?:deep hole|hole in|through)\b"
)
_CRUSHED = compiled(
    r"\b(?:trapped|pinned|stuck) under\b[^.!?]{0,40}\b(?:hour|hours|crushed)\b"
    r"|\bcrushed\b[^.!?]{0,30}\b(?:under|by)\b[^.!?]{0,20}\b(?:tractor|car|machine|wall|lorry)\b"
)
_OUT_COLD = compiled(
    r"\bout cold\b|\bknocked out\b|\bsleeping (?:a )?few minutes\b|\bwas unconscious\b"
    r"|\bpassed out\b[^.!?]{0,20}\b(?:hit|fell|fall)\b"
)
_REPEATS = compiled(
    r"\b(?:same questions?|asking the same|repeat\w* (?:the )?same|keeps? asking)\b"
)
_VOMITS = compiled(r"\bvomit\w*|\bthrowing up\b|\bthrew up\b|\bbeen sick\b")
_CSF = compiled(r"\bclear (?:watery )?(?:fluid|stuff|liquid)\b[^.!?]{0,30}\b(?:nose|ear)\b")
_HEAD_BLOW = compiled(r"\bpunched\b|\bhit (?:his|her|my) head\b|\bout cold\b|\bknocked out\b")
_EARLY_WEEKS = compiled(r"\b(?:[4-9]|1[0-3]) ?(?:weeks?|wks?) pregnant\b")
_LOW_AGONY = compiled(r"\bagony\b[^.!?]{0,30}\b(?:lower|low|belly|tummy|side|pelvis)\b")
_FAINT = compiled(r"\bfaint\w*|\bdizzy\b|\bpass(?:ing)? out\b|\blight-?headed\b")
_AF = compiled(
    r"\b(?:afib|a-?fib|atrial fib\w*|irregular (?:heart ?beat|heart rhythm|rhythm))\b|\bwarfarin\b"
)
_GUT_AGONY = compiled(
    r"\b(?:stomach|tummy|belly)\b[^.!?]{0,20}\b(?:agony|crippling|excruciating|worst)\b"
    r"|\b(?:agony|crippling|excruciating|doubled over)\b[^.!?]{0,30}\b(?:stomach|tummy|belly)\b"
)
_SUDDEN = compiled(r"\bsudden\w*|\bout of nowhere\b|\bcame on\b|\bscreaming\b|\bworse than\b")
_STEROIDS_STOPPED = compiled(
    r"\b(?:stopped|stopping|ran out of|came off)\b[^.!?]{0,20}\b(?:steroids|prednisolone"
    r"|hydrocortisone|prednisone)\b"
)
_CRISIS = compiled(r"\b(?:can|could) (?:barely|hardly) stand\b|\bdizzy\b|\bfaint\w*|\bconfus\w*")
_NECK_AGONY = compiled(r"\bneck\b[^.!?]{0,15}\b(?:agony|stiff|so sore)\b")
_LIGHT = compiled(r"\b(?:cannot|can not) (?:look at|stand) (?:the )?light\b|\blight hurts\b")
_RASH = compiled(r"\brash\b|\bspots\b")
_UNKNOWING = compiled(
    r"\b(?:does not|doesnt) (?:seem to )?(?:know|recogni[sz]e) (?:who i am|me|us)\b"
)
_BURNING_HOT = compiled(r"\bburning (?:hot|up)\b|\bboiling hot\b")
_THROAT_BLOW = compiled(
    r"\b(?:kick|punch|hit|blow|elbow|struck|smack|karate[- ]chop)\w*\b[^.!?]{0,20}\b(?:to|in"
    r"|on|across) (?:the|his|her|my) (?:throat|windpipe|adam'?s apple|voice ?box|larynx)\b"
    # "took a hockey stick to the throat", "caught a cricket ball in the throat"
    r"|\b(?:took|caught|got)\b (?:a|an|the) (?:\w+ )?(?:stick|bat|puck|ball|racket|club|fist"
    r"|knee|foot|elbow|frisbee|shot)\b (?:to|in) the (?:throat|windpipe)\b"
)
_WHISPER = compiled(
    r"\bvoice\b[^.!?]{0,20}\b(?:whisper|gone|croak\w*)\b|\bcannot speak\b"
    # "can only whisper now", "lost my voice since", "neck swelling up", "crackly skin"
    r"|\b(?:only|just) (?:whisper|croak|rasp)\w*|\bwhispering\b|\blost (?:my|his|her) voice\b"
    r"|\bneck\b[^.!?]{0,15}\b(?:swell\w*|swollen)\b|\bcrackl\w*|\bcoughing (?:up )?blood\b"
)
_SADDLE = compiled(
    r"\bwet (?:him|her|my)sel(?:f|ves)\b|\b(?:cannot|can not) feel (?:the )?toilet paper\b"
    r"|\bnumb (?:bum|bottom|backside|between (?:my|his|her) legs)\b"
    # "numbness round my bum and privates", "no feeling down below"
    r"|\bnumb\w*\b[^.!?]{0,20}\b(?:bum|bottom|backside|privates|genitals|groin|saddle|down"
    r" below|between (?:my|his|her) legs|back passage)\b"
    r"|\blost control of (?:my|his|her) (?:bladder|bowels)\b"
)
_LEGS_GONE = compiled(r"\blegs?\b[^.!?]{0,20}\b(?:weak|numb|gone|heavy)\w*")
# the bladder stopped with the saddle gone numb, and a nerve pain down both legs (cauda equina)
_CANNOT_PEE = compiled(
    r"\b(?:cannot|can not|could not|unable to|not able to) (?:pee|wee|urinate|pass urine|go for a"
    r" (?:wee|pee))\b|\bhave not (?:peed|weed|passed urine)\b"
)
_BOTH_LEGS = compiled(
    r"\b(?:both|two) legs\b|\bboth sides\b|\bdown (?:each|either) leg\b|\bbilateral\b"
)
_ASCENDING = compiled(
    r"\blegs?\b[^.!?]{0,30}\bweaker\b[^.!?]{0,60}\b(?:tingl\w*|numb\w*)\b"
    r"|\btingl\w*[^.!?]{0,40}\blegs?\b[^.!?]{0,30}\bweaker\b"
)
_CANNOT_WALK = compiled(r"\b(?:cannot|can not|could not|unable to) (?:walk|stand)\b")
_WATERS = compiled(r"\bwaters (?:went|gone|have gone|broke|have broken|broken)\b")
_CORD_OUT = compiled(
    r"\b(?:cord|rope\w*(?: thing)?)\b[^.!?]{0,40}\b(?:poking out|coming out|come out|hanging"
    r"|pulsing|out)\b|\bslippery\b[^.!?]{0,30}\bcord\b|\bsomething\b[^.!?]{0,20}\bcome out\b"
    r"[^.!?]{0,60}\bcord\b"
)
_DROOL_NO_SWALLOW = compiled(r"\bdrool\w*")
_NO_SWALLOW = compiled(r"\b(?:will not|cannot|can not|refus\w+ to) swallow\b")
_TRIPOD = compiled(
    r"\bleaning forward\b|\bbolt upright\b|\bsitting up\b|\bhardly making a sound\b|\bmuffled\b"
)

# round widen bn: a baby's intussusception told without "jelly": blood or red in the nappy, with
# screaming and the legs drawn up; a red food owned up to stands only when not denied ("assumed
# it was the beetroot but she hasn't had any" is no retraction)
_RED_NAPPY = compiled(
    r"\b(?:blood|bloody|red|dark red|bright red)\b[^.!?]{0,15}\b(?:in|on|through) (?:the |her |his"
    r" |their |my baby's |baby's |babys |a )?(?:nappy|nappies|diaper|poo|poop|stool)\b"
    r"|\b(?:nappy|diaper|poo|poop|stool)\b[^.!?]{0,20}\b(?:blood|bloody|red|streaked)\b"
)
_LEGS_DRAWN = compiled(
    r"\b(?:pull\w*|draw\w*|bring\w*|brought|tuck\w*|curl\w*) (?:up )?(?:his|her|their) (?:legs"
    r"|knees)\b|\blegs? (?:pulled |drawn |tucked )?up\b|\bknees (?:up|to (?:his|her) chest)\b"
)
_SCREAMING = compiled(r"\bscream\w*|\binconsolabl\w*|\bcannot (?:be )?(?:settle|consoled)\b")
_RED_FOOD_OWNED = compiled(
    r"\b(?:it was|it is|its|turned out|must be|probably|just|from (?:the|her|his))\b[^.!?]{0,20}"
    r"\b(?:beetroot|beets|tomato\w*|strawberr\w*|raspberr\w*|red (?:food )?colou?ring|cranberr\w*"
    r"|ribena|blackcurrant|calpol|red juice|red (?:sweets|jelly))\b"
)
_NOT_EATEN = compiled(
    r"\b(?:has not|had not|have not|did not|never|has never) (?:had|eaten|eat|have|touched)"
    r" (?:any|it|them|some|beetroot|that)\b|\bno beetroot\b"
)


def _red_nappy_screaming(c: Ctx) -> bool:
    f, t = c.f, c.t
    return bool(
        (f.infant or f.child or _NAPPY.search(t))
        and f.first_current(_RED_NAPPY)
        and f.first_current(_SCREAMING)
        and f.first_current(_LEGS_DRAWN)
        and not (_RED_FOOD_OWNED.search(t) and not _NOT_EATEN.search(t))
    )


_NAPPY = compiled(r"\bnapp(?:y|ies)\b|\bdiapers?\b|\bbaby\b|\btoddler\b")


def late_signs(c: Ctx) -> None:
    live, t, hit = c.f.first_current, c.t, c.hit
    if live(_IMPALED):
        hit(EMERGENCY, "other", "impaled on a spike, a post or canes")
    if live(_CRUSHED):
        hit(EMERGENCY, "other", "trapped and crushed under a machine")
    if live(_OUT_COLD) and live(_REPEATS) and live(_VOMITS):
        hit(EMERGENCY, "other", "knocked out, now repeating questions and vomiting")
    if live(_CSF) and _HEAD_BLOW.search(t):
        hit(EMERGENCY, "other", "clear fluid from the nose after a blow to the head")
    if _EARLY_WEEKS.search(t) and live(_LOW_AGONY) and live(_FAINT):
        hit(EMERGENCY, "pregnancy", "early pregnancy, agony low in the belly and faint")
    if _AF.search(t) and live(_GUT_AGONY) and live(_SUDDEN):
        hit(EMERGENCY, "other", "an irregular heart or warfarin, and sudden stomach agony")
    if live(_STEROIDS_STOPPED) and live(_VOMITS) and live(_CRISIS):
        hit(EMERGENCY, "other", "steroids stopped suddenly, vomiting and unable to stand")
    if live(_NECK_AGONY) and live(_LIGHT) and live(_RASH):
        hit(EMERGENCY, "infection", "a neck in agony, light that hurts and a rash")
    if live(_UNKNOWING) and (live(_BURNING_HOT) or c.f.temp >= 39.0):
        hit(EMERGENCY, "infection", "not knowing family and burning hot")
    if live(_THROAT_BLOW) and live(_WHISPER):
        hit(EMERGENCY, "breathing", "a blow to the throat and now only a whisper")
    if live(_SADDLE) and (live(_LEGS_GONE) or (live(_CANNOT_PEE) and _BOTH_LEGS.search(t))):
        hit(EMERGENCY, "other", "legs weak or numb with the bladder or saddle's feeling gone")
    if live(_ASCENDING) and live(_CANNOT_WALK):
        hit(EMERGENCY, "other", "legs weaker by the day from tingling toes, now cannot walk")
    if _WATERS.search(t) and live(_CORD_OUT):
        hit(EMERGENCY, "pregnancy", "the cord out after the waters broke")
    if _red_nappy_screaming(c):
        hit(
            EMERGENCY,
            "pediatric",
            "blood in the nappy, screaming, legs drawn up (intussusception?)",
        )
    if live(_DROOL_NO_SWALLOW) and live(_NO_SWALLOW) and live(_TRIPOD):
        hit(EMERGENCY, "breathing", "drooling, not swallowing, sitting forward (epiglottitis?)")
