"""Clinical rules for allergic reactions: anaphylaxis, swelling of the lips, tongue and throat."""

from __future__ import annotations

import re

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx
from weighin.safety.triage.scope import ACTIVE, SETTLED

_LIPS = compiled(r"\b(?:lips?|mouth|tongue|face)\b")
# A tongue that only feels big after a bite, a burn or the dentist's numbing ("my tongue feels
# massive after i bit it"), with no swelling that grows, no drooling or swallowing trouble.
_TONGUE_ONLY_FEELS_BIG = compiled(
    r"^(?=[\s\S]*\b(?:bit|bitten|biting|pierc\w*|burnt|burned|scald\w*|numb\w*|dentist"
    r"|anaesthetic|anesthetic)\b)"
    r"(?![\s\S]*\b(?:swell\w*|swollen|puff\w*|bigger|drool\w*|swallow\w*|voice|breath\w*|throat"
    r"|tablets?|pills?|medicine|medication)\b)"
    r"[\s\S]*\btongue (?:feels|feel|is|felt) (?:\w+ )?(?:massive|huge|big|fat|thick|enormous)\b"
)
# A knock or a tooth explains a swollen face better than an allergy does.
_FACE_OTHER_CAUSE = compiled(
    r"\b(?:hit|punched|fell|fall|bumped|knocked|bruised?|tooth|teeth|toothache|dental|dentist"
    r"|wisdom|"
    r"gum|abscess|mumps|cold sore|sunburn\w*|crying|cried)\b"
)
# "used her pen" in an allergic reaction: the adrenaline pen, however well she seems after it.
_PEN_USED = compiled(
    r"\b(?:used|gave|given|jabbed|injected|did)(?: (?:him|her|them))? (?:his|her|their|my|the)"
    r" (?:own )?pen\b"
    # "had her epipen for a cashew reaction 15 mins ago"
    r"|\b(?:had|needed|got) (?:his|her|their|my) (?:epi ?pen|adrenaline(?: pen)?|jext|emerade)"
    r" (?:for (?:a|an|the|his|her|their) (?:\w+ )?(?:reaction|sting|bite)|after|because"
    r"|an hour ago|(?:\d+|ten|five|twenty) (?:mins?|minutes) ago)"
)
_ALLERGY_WORD = compiled(r"\ballerg\w*|\banaphyla\w*")
# hives and a cough that will not stop, with the adrenaline pen at hand or an allergen named:
# "has hives all over and keeps coughing, which end of the auto-injector goes in?" (hives with a
# cold's cough, no pen and no allergen, is a child's viral rash)
_COUGHING = compiled(
    r"\b(?:keeps?|kept|started|starting|is|been|non ?stop|constantly|wont stop) cough\w*"
    r"|\bcoughing (?:and|fit|a lot|loads|non ?stop|constantly)\b"
)
_PEN_NAMED = compiled(r"\bepi-? ?pens?\b|\bauto-?injector\b|\bjext\b|\bemerade\b|\badrenaline\b")
# what the pen was for: a reaction told in the text, settled or not
_REACTION = compiled(
    r"\bswell\w*|\bswollen\b|\bwheez\w*|\bhives\b|\brash\b|\bthroat\b|\blips?\b|\bbreath\w*"
    r"|\breaction\b|\banaphyla\w*|\bepi\w*|\badrenaline\b|\bvomit\w*|\bfaint\w*"
)
# other medicines given by pen: then "his pen" is not adrenaline
_OTHER_PENS = compiled(
    r"\binsulin\b|\bdiabet\w*|\bozempic\b|\bwegovy\b|\bmounjaro\b|\bsaxenda\b|\bvictoza\b"
    r"|\btrulicity\b|\bsemaglutide\b|\btirzepatide\b|\bgrowth hormone\b|\bhumira\b|\benbrel\b"
)

# A rash that blisters or peels, with the lips, mouth or eyes raw: a drug's skin reaction
# (Stevens-Johnson syndrome), a burn-unit emergency.
_SKIN_LIFTING = compiled(
    r"\bblister\w*|\bpeel\w*|\bskin (?:is )?(?:coming|came|falling) off\b|\braw skin\b"
)
_MUCOSA_RAW = compiled(
    r"\b(?:lips?|mouth|eyes?|gums|inside (?:of )?(?:my|his|her) (?:mouth|cheeks))\b"
    r"[^.!?]{0,30}\b(?:peel\w*|blister\w*|sores?|ulcers?|raw|crust\w*|bleeding|really sore|burning"
    r"|red and sore)\b|\b(?:sores|ulcers|blisters) (?:in|on|inside) (?:my|his|her|the) (?:mouth"
    r"|lips?)\b"
)

_STUNG_MOUTH = compiled(
    r"\b(?:stung|sting|bitten)\b[^.!?;]{0,30}\b(?:neck|throat|mouth|tongue|lip)\b"
)
_SWELLING = compiled(r"\bswell\w*|\bswollen\b|\bpuff\w*")
# a sting and its swelling both told in a past sentence, and nothing today
_ONLY_PAST_STING = compiled(
    r"^(?![\s\S]*\b(?:today|now|tonight|just|this (?:morning|afternoon|evening))\b)[\s\S]*"
    r"\b(?:stung|sting)\b[^.!?]{0,40}\b(?:last (?:summer|year|spring|autumn|week|month)|years? ago"
    r"|as a (?:kid|child))\b"
)

# the skin itself coming away: "peeling off in sheets"
_SHEETS = compiled(r"\b(?:peel\w*|coming|came|falling) off in sheets\b|\bskin (?:is )?slough\w*")

# shingles keeps to one side; chickenpox and cold sores blister the mouth too
_ONE_SIDED_OR_VIRAL = compiled(
    r"\bshingles\b|\bchicken ?pox\b|\bcold sores?\b|\bherpes\b|\bhand,? foot\b"
    # a burn, not eyes "burning"
    r"|\bsun\w*|\bburn(?:s|t|ed)?\b|\bscald\w*|\bwind ?burn\w*"
    r"|\b(?:one|right|left) side\b"
)


def allergy(c: Ctx) -> None:
    f, t, on, hit, any_breath, faintish = c.f, c.t, c.on, c.hit, c.any_breath, c.faintish
    allergen = on("allergen")
    systemic = (
        any_breath
        or (on("nausea") and on("face_swell", "hives") and on("strong_allergen"))
        or on("throat_tight")
        or on("stridor")
        or faintish
        or on("chest_pain")
        or on("cannot_swallow")
        or (on("drowsy") and allergen)
        or (on("abdo_pain", "vomit_persistent") and on("hives") and on("strong_allergen"))
        or (on("hives") and f.first_current(_COUGHING) and (allergen or _PEN_NAMED.search(t)))
    )
    if on("throat_closing"):
        if (
            allergen
            or on("hives", "face_swell")
            or re.search(r"\bclos|\bshut\b", t)
            or (re.search(r"\btongue\b", t) and not _TONGUE_ONLY_FEELS_BIG.search(t))
        ):
            hit(EMERGENCY, "allergy", "throat closing or tongue swelling")
        elif not _TONGUE_ONLY_FEELS_BIG.search(t):
            hit(URGENT, "other", "swollen throat")
    pen = (
        _PEN_USED.search(t)
        if (_ALLERGY_WORD.search(t) or allergen) and not _OTHER_PENS.search(t)
        else None
    )
    # (given and the child better since: still an ambulance, for the reaction can come back)
    if pen and _REACTION.search(t) and f.status_of(pen) in (ACTIVE, SETTLED):
        hit(EMERGENCY, "allergy", "an adrenaline pen used for an allergic reaction")
    if on("anaphylaxis_now"):
        if re.search(r"anaphyla|epipen|shock", t) or systemic or on("face_swell"):
            hit(EMERGENCY, "allergy", "anaphylaxis")
        else:
            hit(URGENT, "allergy", "allergic reaction")
    rapid = bool(
        re.search(
            r"\b(?:blowing up|ballooning|blown up|massive|huge|really swollen|so swollen|a lot|"
            r"fast|"
            r"quickly|rapidly|getting worse|getting bigger|whole face|can(?:not)? (?:see|open))\b",
            t,
        )
    )
    if (on("face_swell") or on("hives")) and (allergen or on("anaphylaxis_now")):
        strong_trigger = on("strong_allergen") and rapid and not f.mild("face_swell")
        if (
            systemic
            or strong_trigger
            or (on("hives") and on("face_swell") and not f.mild("face_swell"))
        ):
            hit(EMERGENCY, "allergy", "allergic swelling or hives with breathing or fainting signs")
        else:
            hit(URGENT, "allergy", "allergic reaction without breathing problems")
    elif (
        on("face_swell")
        and not f.mild("face_swell")
        and any(_LIPS.search(m.group(0)) for m in f.mentions("face_swell"))
        and not _FACE_OTHER_CAUSE.search(t)
    ):
        if on("throat_tight", "stridor", "cannot_swallow", "wheeze", "breath_severe"):
            # whatever set it off: a swelling face with a tight throat or a wheeze is anaphylaxis
            hit(EMERGENCY, "allergy", "swelling of the face with a tight throat or wheezing")
        else:
            hit(URGENT, "allergy", "swelling of the lips or face")
    elif on("drug_rash"):
        hit(URGENT, "allergy", "new rash after starting a medicine")
    elif on("hives") and systemic and not on("fever"):
        hit(EMERGENCY, "allergy", "hives with breathing or fainting signs")
    if on("strong_allergen") and (
        on("wheeze", "breath_severe", "breathless", "throat_tight", "cannot_swallow", "stridor")
        or (on("throat_itch") and re.search(r"\bcough", t))
    ):
        hit(EMERGENCY, "allergy", "breathing or throat symptoms after a known allergen")
    if (
        allergen
        and on("wheeze", "breath_severe", "stridor", "throat_tight")
        and c.faintish
        and on("hives", "mottled", "rash", "face_swell")
    ):
        # three systems after a new exposure: the airway, the circulation, the skin
        hit(EMERGENCY, "allergy", "wheezing, faint and a rash after an exposure (anaphylaxis?)")
    if on("large_local") and not systemic:
        hit(URGENT, "allergy", "large swelling after a sting or bite")
    # (a sting told of last summer is history: the swelling must be now)
    if _STUNG_MOUTH.search(t) and f.first_current(_SWELLING) and not _ONLY_PAST_STING.search(t):
        hit(EMERGENCY, "allergy", "sting in the mouth or neck with swelling")
    if (
        re.search(r"\b(?:stung|sting|bee|wasp|hornet)\b", t)
        and on("hives", "throat_tight", "faint_feel")
        and not f.mild("hives")
    ):
        hit(EMERGENCY, "allergy", "whole-body reaction to a sting")
    if (
        (on("rash", "drug_rash", "spreading_red", "hives") or f.first_current(_SHEETS))
        and f.first_current(_SKIN_LIFTING)
        and f.first_current(_MUCOSA_RAW)
        and not _ONE_SIDED_OR_VIRAL.search(t)
    ):
        hit(EMERGENCY, "allergy", "a rash that blisters or peels, with the mouth, lips or eyes raw")
