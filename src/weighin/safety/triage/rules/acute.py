"""Clinical rules for poisoning and bleeding."""

from __future__ import annotations

import re

from weighin.safety.triage import lexicon
from weighin.safety.triage.facts import taken_as_prescribed
from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.lexicon import acute as acute_lex
from weighin.safety.triage.lexicon.common import MEDICINE, POISONS
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import ANIMAL, Ctx
from weighin.safety.triage.rules.found import found_after_all, not_swallowed
from weighin.safety.triage.rules.household import MILD_TOXIC as _MILD_TOXIC
from weighin.safety.triage.rules.household import NOT_SMALL as _NOT_SMALL
from weighin.safety.triage.rules.household import SMALL_AMOUNT as _SMALL_AMOUNT
from weighin.safety.triage.rules.household import adult_sip
from weighin.safety.triage.rules.paracetamol import (
    PARACETAMOL,
    PAST_THE_LIMIT,
    clock_grams,
    pack_grams,
    paracetamol_grams,
    tablet_grams,
)

_CANNABIS = compiled(r"\b(?:weed|cannabis|thc|edibles?|pot|hash|gumm(?:y|ies) )\b|\bweed gumm")
_TOXIC = compiled(
    r"bleach|cleaner|cleaning|detergent|\bpods?\b|antifreeze|anti-freeze|batter|magnet|poison|"
    r"weed ?killer|pesticide|insecticide|pellets|paraffin|kerosene|lamp oil|petrol|gasoline|"
    r"lighter|white spirit|turp|methanol|ammonia|\blye\b|caustic|\bacid\b|liquid|nicotine|"
    r"mushroom|berries|\biron\b|essential|mouthwash|sanitis|sanitiz|remover|superglue|"
    + acute_lex.TOXIC_EXTRA
)
_BUTTON_BATTERY = compiled(
    r"\b(?:button|coin|watch|lithium|disc|disk|round flat) (?:cell |type )?batter(?:y|ies)\b"
    r"|\bbatter(?:y|ies)\b[^.!?]{0,40}\b(?:missing|gone|is not there|cannot find|can not find)\b"
)
_MAY_HAVE_SWALLOWED = compiled(
    r"(?<!not )(?<!never )\b(?:think|thinks|might|may|could|probably|possibly|maybe|worried"
    r"|scared|afraid)\b"
    r"[^.!?]{0,25}\b(?:swallowed|swallow|eaten|ate|put it in (?:his|her|their) mouth)\b"
    r"|\bswallowed (?:it|one)\b"
)
# ... and one surely swallowed, told as current: "swallowed a coin battery from a toy"
# the animal right after "a snake bit my ...": the pet is the one bitten
_PET_AFTER = re.compile(r"\s*(?:dog|cat|puppy|kitten|horse|pony|cow|goat|sheep|pet|calf)\b")
_SWALLOWED_BATTERY = compiled(r"\b(?:swallowed|ate|eaten)\b[^.!?]{0,30}\bbatter(?:y|ies)\b")
# an overdose feared after a doubled dose: "worried i overdosed, took 2 tablets instead of 1"
_FEARED_OD = compiled(
    r"\b(?:worried|scared|afraid|terrified|paranoid|think|wondering if|did) (?:that )?i (?:have "
    r"|might have |may have )?(?:overdosed|od'?d|taken an overdose)\b"
)
# only the wrapping chewed, and what was in it still whole
_WRAPPER = compiled(r"\bwrappers?\b|\bwrapping\b|\bfilm\b")
_INTACT = compiled(
    r"\b(?:still |is |looks )?(?:whole|intact|unopened|sealed|in one piece)\b|\bno powder\b"
)
# a medicine rubbed on the skin, and only a lick or a smear of it
_TOPICAL = compiled(r"\b(?:gel|cream|ointment|lotion|balm)\b")
_A_LICK = compiled(r"\b(?:licked|licking|smear|dab|tiny bit|little bit|trace)\b")
_SWALLOWED_TOO = compiled(
    r"\b(?:swallowed|chewed|drank|drunk|ate|eaten|took|taken|also|tablets?|pills?|patch\w*)\b"
)
# A day's vitamins taken twice by an adult: no poisoning (iron is; a child's dose is below).
_SUPPLEMENT = compiled(
    r"\b(?:(?:multi)?vitamins?|fish oil|omega[- ]?3s?|cod liver oil|probiotics?|magnesium|calcium"
    r"|zinc|biotin|folic acid|b12|glucosamine|evening primrose"
    # medicines one extra dose of which does no harm
    r"|metformin|(?:atorva|simva|rosuva|prava)statin|statins?|omeprazole|lansoprazole|esomeprazole"
    r"|pantoprazole|levothyroxine|thyroxine|cetirizine|loratadine|fexofenadine|montelukast)\b"
)
_IRON = compiled(r"\biron\b|\bferr\w+|\bvitamin a\b")
FEATURE_PATTERNS = {
    name: compiled(lexicon.FEATURES[name]) for name in ("ingest", "minor_dose", "big_quantity")
}
_AS_PRESCRIBED = compiled(r"\bas (?:prescribed|directed|advised)\b|\b(?:the|a|my) course\b")
# the child found with it ("found my 3 year old with an empty bottle of calpol"), not a bottle
# found empty in a cupboard
_EMPTIED = compiled(
    r"\b(?:found|caught|discovered)\s+(?:my|our|the|his|her|him|them)\b[^.!?]{0,30}?\b(?:with"
    r"|holding|next to|playing with)\s+(?:an?\s+|the\s+|my\s+|her\s+|his\s+)?(?:\w+\s+){0,2}?"
    r"(?:empty|emptied|opened|open|half[- ]empty)\b[^.!?]{0,25}\b(?:bottle|packet|pack|box"
    r"|blister|strip|tub|sachet|jar|container)\b"
    # the child found with the tablets themselves: "found my toddler with my iron tablets"
    r"|\b(?:found|caught|discovered)\s+(?:my|our|the)\s+(?:\w+\s+)?(?:toddler|baby|son|daughter"
    r"|child|kid|little one|boy|girl|\d+ (?:year|month) old)\s+(?:with|holding|playing with|eating"
    r"|chewing|sucking)\s+"
    r"(?:my|our|the|her|his|some|a)\s+(?:[\w']+\s+){0,2}?(?:tablets|pills|medicines?|meds"
    r"|capsules|vitamins|gummies)\b"
)
# the count checked and nothing gone: "counted them, none missing", "the lid was still on"
_NONE_GONE = compiled(
    r"\b(?:none|nothing|no (?:tablets?|pills?|capsules?)) (?:were |was |is |are |seems? )?"
    r"(?:missing|gone)\b|\ball (?:still )?(?:there|accounted for)\b|\b(?:lid|cap) (?:was |is )?"
    r"(?:still )?on\b(?!\s+(?:the|a|his|her|my)\b)"
)
_MEDICINE = compiled(r"\b" + MEDICINE + r"\b|\bdoses?\b")
_DOSE_TAKEN = compiled(
    r"\b(?:took|taken|had|swallowed|double dosed|(?:was|were|got|been|be) given|gave (?:him|her"
    r"|them|"
    r"me|my \w+|his \w+|her \w+)|got (?:\w+ )?(?:doses?|two|2|double))\b"
)
# "I keep thinking about overdosing": a thought (the self-harm path reads it), not an act.
_THOUGHT_OF = compiled(
    r"\b(?:thinking|thought|thoughts|think|thinks|dreaming|fantasi[sz]ing|scared|afraid|urge|urges"
    r"|tempted|want|wanting) (?:a lot |of |about |to )*(?:\w+ )?$"
)
_POISON_NAMED = compiled(r"\b" + POISONS + r"\b")
# Signs of a cholinergic poisoning (organophosphate pesticides).
_CHOLINERGIC = ("drooling", "sweating", "nausea", "pinpoint_pupils", "wheeze")
_CHOLINERGIC_MORE = compiled(
    r"\btwitch\w*|\bmuscle spasms?\b|\bwatery eyes\b|\bstreaming eyes\b|\bdiarrh\w+"
)
# Someone qualified already said it is harmless ("rang poison control, they said she'd be fine").
_CLEARED = compiled(
    r"\b(?:poisons? (?:control|centre|center|line|helpline|unit)|111|doctor|gp|pharmacist|nurse"
    r"|hospital|paediatrician|pediatrician|they) (?:said|says|told (?:us|me)|reassured (?:us|me)"
    r"|confirmed)[^.!?]{0,30}\b(?:fine|ok|okay|harmless|safe|nothing to worry|non-toxic"
    r"|not (?:dangerous|toxic|harmful|poisonous))\b"
)
# A dose a parent gave is a poisoning only when it went wrong ("gave her adult paracetamol").
_MISDOSED = compiled(
    r"\b(?:accident\w*|by mistake|mistaken\w*|wrong|adult|\w+ times|double|too much|overdos\w*"
    r"|extra)\b"
)
# Medicines whose safe dose is close to a harmful one: extra doses with symptoms are poisoning.
NARROW_MARGIN = compiled(
    r"digoxin|lithium|methotrexate|\w+trexate|warfarin|insulin|colchicine|theophylline|flecainide"
    r"|verapamil|diltiazem|\w+triptyline|clozapine|carbamazepine|phenytoin|methadone|morphine"
    r"|oxycodone|fentanyl|tramadol|gliclazide|glipizide|glyburide|glibenclamide"
)
# digoxin's own sign: "says everything looks yellow"
_YELLOW_VISION = compiled(r"\b(?:everything|things|vision|world)\b[^.!?]{0,20}\byellow\b")
_SLOW_HEART = compiled(r"\b(?:heart|pulse|heart ?rate)\b[^.!?]{0,15}\b(?:very |really |so )?slow\b")


# Too young for self-harm: a baby, a toddler, a child of five or under (or ``_CHILD_AGED``).
_YOUNG_CHILD = re.compile(
    r"\b(?:baby|toddler|little one|infant)\b"
    r"|\b(?:[1-5]|one|two|three|four|five)[ -]?(?:years?|yrs?|y)[ -]?(?:old|o)\b"
)
# An adult who could be the one who swallowed, or low mood: then it may be self-harm.
_ADULT_OR_LOW = re.compile(
    r"\b(?:wife|husband|partner|mum|mom|mother|dad|father|sister|brother|friend|girlfriend"
    r"|boyfriend|teen\w*|1[3-9]|depress\w*|low|suicid\w*|on purpose|end it|overdose)\b"
)
_SHE_HE = re.compile(r"[^.!?]*\b(?:she|he)\b")
# A child named with an age in words or digits: "my granddaughter is two", "my son, 3,".
_CHILD_AGED = re.compile(
    r"\b(?:son|daughter|grand(?:son|daughter|child)|niece|nephew|boy|girl|kid)\b[ ,]*(?:is |was )?"
    r"(?:[1-5]|one|two|three|four|five)\b(?! (?:weeks|months|days) (?:ago|pregnant))"
)


def toxic_signs(c: Ctx, severe: bool = False) -> bool:
    """Symptoms of too much of such a medicine: sick, drowsy, confused, faint, a slow heart
    (``severe``: vomiting that goes on rather than nausea, fainting rather than feeling faint)."""
    if severe:
        return c.on("vomit_persistent", "drowsy", "confusion", "fainted", "seizure") or bool(
            _SLOW_HEART.search(c.t)
        )
    return c.on(
        "nausea", "vomit_persistent", "drowsy", "confusion", "faint_feel", "fainted", "seizure"
    ) or bool(_SLOW_HEART.search(c.t) or _YELLOW_VISION.search(c.t))


_REPEATED_OR_ADULT = compiled(r"\badult\b|\b(?:[3-9]|three|four|five|six) times\b")
_OBJECT = compiled(r"coin|marble|pin|screw|nail|glass|something sharp")
_BLURRED = compiled(r"\b(?:blurry|blurred|blurring|misty|foggy|snowy|cannot see|like snow)\b")


HOUSEHOLD_ILL = compiled(
    r"\b(?:whole family|whole house(?:hold)?|all of us|everyone in the house|we all|we have all"
    r"|we've all|all the family)\b[^.!?]{0,60}\b(?:headaches?|dizzy|dizziness)\b"
)
PET_ILL = compiled(
    r"\b(?:dog|cat|puppy|kitten|pets?|bird|budgie)\b[^.!?]{0,40}\b(?:lying|lethargic|sleepy"
    r"|sick|not (?:eating|moving|right|himself|herself|itself)|wobbly|vomit\w*|poorly|quiet)\b"
)


def poisoning(c: Ctx) -> None:
    f, t, on, hit, S, severe_breath = c.f, c.t, c.on, c.hit, c.S, c.severe_breath
    emptied = f.first_current(_EMPTIED)
    if (
        emptied
        and (f.child or f.infant)
        and _MEDICINE.search(t)
        and not ANIMAL.search(t)
        and not _NONE_GONE.search(t)
    ):
        # a small child found with a medicine's container emptied or opened: how much went in is
        # unknown, and "she's acting normal" is how many poisonings look at first
        hit(EMERGENCY, "poisoning", "a child found with an opened or emptied medicine")
    grams = (
        max(paracetamol_grams(f), clock_grams(t), tablet_grams(f), pack_grams(f))
        if PARACETAMOL.search(t)
        else 0.0
    )
    if (
        grams <= 4
        and PARACETAMOL.search(t)
        and any(
            not re.search(r"\b(?:never|not|no)\b[^.!?;]{0,10}$", t[: m.start()])
            for m in f.current(PAST_THE_LIMIT)
        )
        and on("nausea", "vomit_persistent", "abdo_pain", "jaundice_adult")
    ):
        # more than the packet allows for days, and now sick or sore under the ribs: the liver
        hit(EMERGENCY, "poisoning", "more paracetamol than the limit, and now sick or in pain")
    if grams >= 8 or (
        grams > 4 and on("nausea", "vomit_persistent", "abdo_pain", "jaundice_adult")
    ):
        # more than the liver can take, at once or day after day (a staggered overdose)
        hit(EMERGENCY, "poisoning", f"about {grams:g} g of paracetamol taken")
    elif grams > 4:
        hit(URGENT, "poisoning", f"more than 4 g of paracetamol a day ({grams:g} g)")
    for m, ci in f.matches.get("ingest", []):
        before = t[max(f.clauses[ci].start, m.start() - 40) : m.start()]
        if ANIMAL.search(before):
            continue
        subst = m.group("subst") or m.group("subst2") or m.group("subst3")
        if subst is None:  # "drank most of it": find what "it" was
            near = FEATURE_PATTERNS["ingest"].search(t, f.clauses[ci].start)
            subst = (
                near and (near.group("subst") or near.group("subst2") or near.group("subst3"))
            ) or "medicine"
        span = m.group(0)
        # "my granddaughter is two ... I think she swallowed": the child named a sentence back;
        # the "she" is the child only when no adult is named (and no low mood said)
        named_back = bool(
            _SHE_HE.match(t, max(f.clauses[ci].start, m.start() - 12))
            and _CHILD_AGED.search(t, 0, m.start())
        )
        adult_or_low = _ADULT_OR_LOW.search(t) is not None
        child = f.child or bool(
            re.search(
                r"\b(?:son|daughter|kid|toddler|baby|child|grand(?:son|daughter|child|kid)"
                r"|little one)\b",
                before,
            )
            or (named_back and not adult_or_low)
        )
        clause_text = t[f.clauses[ci].start : f.clauses[ci].end]
        if _AS_PRESCRIBED.search(clause_text) or not_swallowed(c, subst, span, m.end()):
            continue
        # cleared by someone qualified, except what is never harmless (a battery, magnets)
        if _CLEARED.search(t, m.start()) and not re.search(r"batter|magnet", m.group(0)):
            continue
        minor = bool(FEATURE_PATTERNS["minor_dose"].search(clause_text)) or "minor_dose" in S
        drink = re.search(
            r"\b(?:wine|beer|cider|vodka|whisky|whiskey|gin|rum|tequila|spirits|alcohol|booze)\b",
            subst,
        )
        big = bool(FEATURE_PATTERNS["big_quantity"].search(span)) or bool(
            # a count of anything; of a drink, not a measure ("20 ml of red wine" is a sip)
            re.search(r"\b(?:[1-9]\d|1\d\d)\b" + (r"(?!\s*(?:ml|mls|cl)\b)" if drink else ""), span)
        )
        if _OBJECT.fullmatch(subst.split()[-1]) or subst in {"a coin", "something sharp"}:
            if re.search(r"batter", subst):
                hit(EMERGENCY, "poisoning", "swallowed a battery")
            elif severe_breath or on("choking"):
                hit(EMERGENCY, "breathing", "swallowed object blocking breathing")
            else:
                hit(URGENT, "poisoning", "swallowed a small object")
        elif (
            _MILD_TOXIC.search(subst)
            and not big
            and _SMALL_AMOUNT.search(t)
            and not _NOT_SMALL.search(t)
            and (
                f.age_months >= 72
                if f.age_months is not None
                else not (f.child or f.infant or child)
            )
            and not on("vomit_persistent", "drowsy", "confusion", "unconscious")
        ):
            # a mouthful of mouthwash or toothpaste by a school-age child or an adult: poison
            # advice, not an ambulance (a toddler's, hand gel, or more than a mouthful: below);
            # a sip an adult swallowed by mistake while rinsing is not even that
            if not adult_sip(c):
                hit(URGENT, "poisoning", f"swallowed {subst}")
        elif _TOXIC.search(subst):
            hit(EMERGENCY, "poisoning", f"swallowed {subst}")
        elif big and _CANNABIS.search(subst) and not (f.child or f.infant or child):
            # too many edibles in an adult: frightening, rarely dangerous (a child's are below)
            hit(URGENT, "poisoning", f"large amount of {subst} taken")
        elif big and not taken_as_prescribed(t, m):
            hit(EMERGENCY, "poisoning", f"large amount of {subst} taken")
        elif minor and child and _REPEATED_OR_ADULT.search(clause_text):
            hit(EMERGENCY, "poisoning", f"child given adult or repeated doses of {subst}")
        elif (
            minor
            and toxic_signs(c)
            and (NARROW_MARGIN.search(subst) or (NARROW_MARGIN.search(t) and toxic_signs(c, True)))
        ):
            # ("took my heart tablets twice ... so three digoxin": the medicine named apart)
            # digoxin, lithium, methotrexate, ...: extra doses that have made someone ill
            hit(EMERGENCY, "poisoning", f"extra doses of {subst} and now unwell")
        elif (
            minor
            and _SUPPLEMENT.search(subst)
            and not (child or _IRON.search(clause_text) or toxic_signs(c))
        ):
            pass  # "took my vitamin D twice this morning": nothing to treat
        elif minor and not adult_sip(c):
            hit(URGENT, "poisoning", f"extra dose of {subst} by mistake")
        elif child and _WRAPPER.search(clause_text) and _INTACT.search(t):
            # "chewed a dishwasher tablet wrapper, the tablet itself is still whole"
            hit(URGENT, "poisoning", f"chewed the wrapper of {subst}, the contents whole")
        elif (
            child
            and _TOPICAL.search(clause_text)
            and _A_LICK.search(clause_text)
            and not _SWALLOWED_TOO.search(t)
        ):
            # "licked a tiny smear of my ibuprofen gel off my knee": poison advice at most
            hit(URGENT, "poisoning", f"a lick of {subst} gel or cream")
        elif child and (
            not re.search(r"\b(?:gave|give|giving|prescribed)\b", before + span)
            or _MISDOSED.search(t, f.clauses[ci].start)
        ):
            hit(EMERGENCY, "poisoning", f"child swallowed {subst}")
            young = _YOUNG_CHILD.search(before) or _CHILD_AGED.search(before) or named_back
            if (f.infant or young) and not adult_or_low:
                f.self_harm_ruled_out = True  # a toddler's swallowing is an accident
    swallowed = [
        m
        for m in f.current(_SWALLOWED_BATTERY)
        if _BUTTON_BATTERY.search(m.group(0))
        and not ANIMAL.search(t, max(0, m.start() - 40), m.start())
    ]
    if (
        not any(h.level == EMERGENCY for h in c.hits)
        and _BUTTON_BATTERY.search(t)
        and (_MAY_HAVE_SWALLOWED.search(t) or swallowed)
        and not found_after_all(t)
    ):
        # a button battery gone from a toy or a key fob and perhaps swallowed: it burns through
        # the gullet in hours, however well the child looks
        hit(EMERGENCY, "poisoning", "a button battery perhaps swallowed")
    if (
        on("minor_dose")
        and not any(h.category == "poisoning" for h in c.hits)
        and _MEDICINE.search(t)
        and _DOSE_TAKEN.search(t)
    ):
        if NARROW_MARGIN.search(t) and toxic_signs(c):
            hit(EMERGENCY, "poisoning", "extra doses of a narrow-margin medicine and now unwell")
        elif not (_SUPPLEMENT.search(t) and not toxic_signs(c)) and not adult_sip(c):
            hit(URGENT, "poisoning", "extra dose of a medicine by mistake")
    if (
        on("overdose")
        and not (on("minor_dose") and _FEARED_OD.search(t) and not toxic_signs(c))
        and not all(
            _THOUGHT_OF.search(t, max(0, m.start() - 35), m.start()) for m in f.mentions("overdose")
        )
    ):
        hit(EMERGENCY, "poisoning", "overdose")
    household = HOUSEHOLD_ILL.search(t)
    if household and (PET_ILL.search(t) or on("drowsy", "confusion", "unconscious")):
        # the whole household unwell at once (and the dog): the air, not a bug
        hit(EMERGENCY, "poisoning", "everyone in the house unwell at once (carbon monoxide?)")
    if on("carbon_monoxide") and (
        on("alarm") or on("headache", "faint_feel", "nausea", "drowsy", "confusion", "unconscious")
    ):
        hit(EMERGENCY, "poisoning", "possible carbon monoxide poisoning")
    if on("suspected_toxic") and re.search(
        r"\b(?:drank|drunk|drinking|ate|eaten|swallowed|licked|sipped|had some|got into|swig\w*"
        r"|gulp\w*|downed|necked|took a (?:sip|swig|mouthful|gulp))\b",
        t,
    ):
        hit(EMERGENCY, "poisoning", "swallowed what may be a poison")
    # "How long does antifreeze take to work? Already drank some": the poison named before.
    for m, ci in f.matches.get("drank_some", []):
        poison = _POISON_NAMED.search(t, max(0, m.start() - 150), m.start())
        if poison and not ANIMAL.search(t[f.clauses[ci].start : m.start()]):
            hit(EMERGENCY, "poisoning", f"swallowed {poison.group(0)}")
            break
    if on("toxic_exposure"):
        signs = sum(on(s) and not f.mild(s) for s in _CHOLINERGIC)
        signs += bool(_CHOLINERGIC_MORE.search(t))
        if signs >= 2 or severe_breath or on("seizure", "drowsy", "confusion", "unconscious"):
            hit(EMERGENCY, "poisoning", "unwell after exposure to a pesticide or chemical", 3)
        elif signs or c.any_breath or on("faint_feel", "headache", "burn"):
            hit(URGENT, "poisoning", "symptoms after exposure to a pesticide or chemical")
    if on("bootleg_spirit") and (
        on("breathing_fast", "confusion", "drowsy", "vision_sudden")
        or (on("nausea") and _BLURRED.search(t))
    ):
        hit(EMERGENCY, "poisoning", "unwell after home-made or bootleg spirits (methanol?)")
    if on("wild_mushrooms") and on("nausea", "fluid_loss", "vomit_persistent", "abdo_pain"):
        hit(EMERGENCY, "poisoning", "sick after eating wild mushrooms")
    if on("envenomation") and not any(
        ANIMAL.search(t, max(0, m.start() - 25), m.start() + 1) or _PET_AFTER.match(t, m.end())
        for m in f.mentions("envenomation")
    ):
        # a venomous bite to a person (a dog's is the vet's)
        hit(EMERGENCY, "poisoning", "venomous bite or sting")
    if on("took_something") and on(
        "unconscious", "drowsy", "seizure", "confusion", "overheating", "collapsed", "nausea"
    ):
        hit(EMERGENCY, "poisoning", "took an unknown substance and is now unwell", 5)
    if on("ingest", "overdose") and (
        on("unconscious", "drowsy", "seizure", "confusion", "overheating", "collapsed")
        or severe_breath
    ):
        hit(EMERGENCY, "poisoning", "took something and now drowsy, fitting or confused", 5)
