"""Same-day presentations: what needs a doctor today but no ambulance.

Each is a pattern many writers told in their own words and the symptom lexicons had no feature
for: a bite through the skin, a new irregular heartbeat, shingles near the eye, a period heavy
enough to soak a pad an hour, a surgical wound gone red and leaking, a child limping with no
injury, a lip swelling on an ACE inhibitor, fumes breathed in with a cough, a new temple headache
in an older person, hearing gone in one ear overnight, a foot that slaps, a medicine with a
narrow margin (lithium, digoxin, phenytoin) and two kinds of its overdose signs, an INR of 5 or
more, a heart stent with its blood thinner run out, AF with its anticoagulant stopped,
chickenpox met in pregnancy by a woman not known to be immune, blood in the urine on a blood
thinner, a yellow newborn, a chemical in the eye, a diabetic's foot wound gone red or leaking, a
new headache worse on coughing or bending.
Every match must be
current (not negated, past, hypothetical or a general question: ``Facts.status``); these rules
only ever make a text urgent, the emergency rules elsewhere still decide the rest.
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import Pattern, compiled
from weighin.safety.triage.rules.context import ANIMAL, Ctx
from weighin.safety.triage.scope import INFO, NEGATED

_BITE = compiled(
    r"\b(?:dog|dogs|cat|cats|puppy|kitten|fox|bat|monkey|ferret|rat|horse|hamster)\b[^.!?]{0,40}"
    r"\b(?:bit|bitten|bites|biting)\b|\bbitten by (?:a|an|the|our|my|his|her|their|some|next"
    r" door's|neighbou?r'?s?|a neighbou?r'?s?|a stray) (?:\w+ )?(?:dog|cat|puppy|kitten|fox|bat"
    r"|monkey|ferret|rat|horse)\b"
)
_SKIN_BROKEN = compiled(
    r"\bpunctures?\b|\bbroke (?:the )?skin\b|\bbroken skin\b|\bteeth marks\b|\bbled\b|\bbleeding"
    r"\b|\bdeep\b|\bwound\b|\bthrobbing\b"
)
_IRREGULAR = compiled(
    # "AF" only as a watch or a doctor says it ("tired af" is slang)
    r"\b(?:(?:possible )?(?:a-?fib|atrial fibrillation)|(?:possible|in|new|paroxysmal) af)\b"
    r"(?=[^.!?]{0,40}\b(?:watch|since|today"
    r"|yesterday|flag|says|said|alert|rate|new)\b)|\b(?:pulse|heart ?beat|heart|rhythm)\b"
    r"[^.!?]{0,30}\b(?:irregular|all over the place|erratic|out of rhythm)\b"
)
_NEW_ONSET = compiled(
    r"\bsince (?:this morning|yesterday|last night|this afternoon|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)\b|\bfor (?:the (?:last|past) )?(?:two|2|three|3|a few|a"
    r" couple of) days\b|\btoday\b|\bnever had\b|\bnew\b|\bkeeps? (?:telling|saying|flagging)\b"
)
_KNOWN_AF = compiled(
    r"\b(?:diagnosed|known|have had|has had|long[- ]standing|permanent)\b[^.!?]{0,20}"
    r"\b(?:af|a-?fib|atrial fibrillation)\b"
)
_SHINGLES = compiled(
    r"\bshingles\b|\bblister\w*\b[^.!?]{0,20}\brash\b|\brash\b[^.!?]{0,30}\bblister\w*"
)
_NEAR_EYE = compiled(r"\b(?:eye(?! doctor)|eyelid|eyes|tip of (?:my|his|her|the) nose|forehead)\b")
_HEAVY_PERIOD = compiled(
    r"\b(?:soak\w*|chang\w*|going through|fill\w*|bleeding through)\b[^.!?]{0,25}\b(?:pads?"
    r"|tampons?|cups?)\b[^.!?]{0,30}\bevery (?:hour|half hour|(?:1|one|2|two|couple of)"
    r" hours?)\b"
)
_PERIOD = compiled(r"\bperiods?\b|\bmenstrua\w+\b")
_EVERY_HOUR = compiled(r"\bevery (?:hour|half hour|1 hour|one hour)\b")
_BLOOD_LOSS_SIGN = compiled(
    r"\bdizz\w*|\bfaint\w*|\btired\b|\bexhausted\b|\bpale\b|\bbreathless\w*|\bclots?\b"
    r"|\bfor (?:\d+|two|three|four|five|six|seven|eight|nine|ten) days\b"
)
_WOUND = compiled(
    r"\b(?:wound|incision|scar|stitches|c-?section|cut|site|keyhole)\b[^.!?]{0,60}\b(?:red|hot"
    r"|warm|swollen|angry)\b"
)
_DISCHARGE = compiled(
    r"\bpus\b|\booz\w*\b|\bleak\w*\b|\bdischarg\w*\b|\byellow\w*\b|\bgreen\w*\b|\bweeping\b"
)
_AFTER_SURGERY = compiled(
    r"\b(?:operation|surgery|op|c-?section|pacemaker|out by keyhole|removed|stitches|keyhole"
    r"|fitted|put in)\b"
)
_LIMP = compiled(
    r"\blimp\w*\b|\b(?:will not|does not|would not|cannot|not) (?:want to )?(?:put|bear|take)"
    r" (?:much |any )?weight\b|\bfavou?rs? (?:his|her|their) (?:left|right) leg\b"
)
_NO_INJURY = compiled(
    r"\bno (?:fall|injury|knock|bump|trauma)\b|\bnot (?:fallen|injured|hurt)\b"
    r"|\bdid not (?:see (?:him|her|them) )?fall\b|\bhad a (?:cold|virus|bug)\b"
    r"|(?<!no )(?<!without a )(?<!without )\b(?:temp|fever|temperature)\b"
)
_ACE_INHIBITOR = compiled(
    r"\b\w+pril\b|\bace inhibitor\b|\bnew (?:bp|blood pressure) (?:pill|tablet|medicine)\b"
)
_LIP_SWELL = compiled(
    r"\b(?:lips?|tongue|face|eyelids?)\b[^.!?]{0,25}\b(?:swell\w*|swollen|puff\w*)\b"
    r"|\b(?:swell\w*|swollen|puffy)\b[^.!?]{0,10}\b(?:lips?|tongue)\b"
)
_FUMES = compiled(
    r"\b(?:breathed|inhaled|breathing|smell\w*|fumes?|gas)\b[^.!?]{0,60}\b(?:bleach|chlorine"
    r"|ammonia|oven cleaner|cleaner|spray|chemicals?|fumes)\b|\b(?:bleach|chlorine|ammonia|oven"
    r" cleaner|cleaning products?)\b[^.!?]{0,60}\b(?:fumes|smell|breathed|inhaled|mixed)\b"
)
_COUGH_OR_EYES = compiled(
    r"\bcough\w*\b|\bwheez\w*\b|\bthroat\b|\bchest\b|\beyes? (?:sting|burn|water)\w*"
)
_TEMPLE = compiled(r"\btemples?\b")
_GCA_SIGN = compiled(
    r"\bjaw\b[^.!?]{0,30}\b(?:ache|aches|pain|hurts|sore)\b|\bscalp\b[^.!?]{0,30}\b(?:tender|sore"
    r"|hurts|painful)\b|\b(?:tender|sore|painful) scalp\b"
)
# Fifty or older, said as a number beside the person ("I'm 72", "mum 74", "63F").
_FIFTY_PLUS = compiled(
    r"\b(?:i am|i'm|aged?|she is|he is|mum|mom|mother|dad|father|husband|wife|nan|gran)\b"
    r"[^.!?\d]{0,6}\b[5-9]\d\b|\b[5-9]\d ?(?:y/?o|years?|yrs?|[mf])\b"
)
_HEARING_GONE = compiled(
    r"\bhearing\b[^.!?]{0,30}\b(?:gone|went|lost|disappeared|muffled|dulled)\b|\b(?:deaf|can(?:not|"
    r"'t) hear)\b[^.!?]{0,20}\b(?:in|out of) (?:my|his|her|one|the) (?:left |right )?ear\b"
)
_EAR_BLOCKED = compiled(r"\bwater in\b|\bwax\b|\bswimming\b|\b(?:heavy |a |bad )?cold\b|\bflight\b")
# Known for years, or since childhood: no new presentation
_LONG_KNOWN = compiled(
    r"\bfor (?:\d+|many|several|a few|two|three|ten|twenty) years\b|\balways has\b|\bsince (?:my )?"
    r"(?:polio|childhood|birth|i was (?:a child|young))\b|\btmj\b|\bgrind\w*\b|\bclench\w*\b"
)
# Shingles placed elsewhere on the body ("shingles on my back ... my eyes are tired")
_OTHER_SITE = compiled(
    r"\b(?:shingles|rash|blisters?)\b (?:on|across|around|down) (?:my|his|her|the)"
    r" (?:left |right )?(?:back|chest|waist|stomach|tummy|ribs|leg|arm|bum|buttocks?|neck"
    r"|shoulder)\b"
)
_SUDDEN_OR_WOKE = compiled(r"\bsudden\w*\b|\bwoke\b|\bovernight\b|\bthis morning\b|\byesterday\b")
_FOOT_DROP = compiled(
    r"\bfoot\b[^.!?]{0,30}\b(?:slaps|slapping|flops|flopping|drags|dragging|drop)\b|\b(?:cannot"
    r"|can not|unable to) lift (?:the front of )?(?:my|his|her) (?:foot|toes)\b"
)

# Medicines whose level in the blood turns toxic at ordinary doses; two different kinds of sign
# ("sick and unsteady on his lithium") say the level is too high, one tremor alone does not.
_LEVEL_MEDICINE = compiled(
    r"\b(?:lithium|priadel|camcolit|digoxin|lanoxin|phenytoin|epanutin|dilantin|carbamazepine"
    r"|tegretol|theophylline|aminophylline|uniphyllin)\b"
)
_TOXIC_SIGNS = (
    compiled(r"\bvomit\w*|\bthrow\w* up\b|\bbeing sick\b|\bdiarrh\w*|\bsick\b|\bnause\w*"),
    compiled(
        r"\bunsteady\b|\bwobbl\w*|\bstagger\w*|\bclums\w*|\bdrunk\b|\bslurr\w*|\bconfus\w*"
        r"|\bdrows\w*|\bmuddled\b|\bnot making sense\b|\bbalance\b"
    ),
    compiled(
        r"\b(?:blurr\w*|double|yellow\w*|green\w*) (?:vision|halos?|tinge)\b"
        r"|\bseeing (?:double|yellow|halos)\b|\beyes? (?:flicking|jumping|darting)\b"
    ),
    compiled(r"\bshak\w*|\btremor\w*|\btrembl\w*|\btwitch\w*|\bjerk\w*"),
)
_TOXIC_BRAIN = compiled(
    r"\bslurr\w*|\bconfus\w*|\bdrows\w*|\bmuddled\b|\bnot making sense\b|\bdisorientat\w*"
)
_INR = compiled(r"\binr\b[^.!?\d]{0,20}(\d+(?:\.\d+)?)")
# with the INR that high: a bruise that spreads, or bleeding that will not stop
_INR_NOW = compiled(r"\binr\b[^!?]{0,40}\bnow (?:down to |back to |only )?(\d+(?:\.\d+)?)")
_INR_BLEED = compiled(
    r"\b(?:huge|massive|enormous|spreading) bruis\w*|\bbruis\w*\b[^.!?]{0,30}(?<!not )(?<!no )"
    r"\b(?:spreading|getting bigger|growing|is huge|is massive)\b"
    r"|\b(?:coughing|coughed|vomiting|throwing|threw|brought) up blood\b|\bblack (?:poo|stool)s?\b"
    r"|\b(?:poo|stools?) (?:is |are |has gone |gone |looks )?(?:black|tarry)\b"
    r"|\b(?:bleeding|bleed|nosebleed)\b[^.!?]{0,30}\b(?:will not|would not|cannot|can not|does not"
    r"|has not|not) stop\b"
)
_STENT = compiled(r"\bstents?\b")
_DAYS_AGO = compiled(r"\b(?:\d|a|one|two|three|four|five|six|a few|a couple of) days? ago\b")
_ANTIPLATELET_STOPPED = compiled(
    r"\b(?:ran|run|running|have run|has run) out of\b[^.!?]{0,40}\b(?:clopidogrel|plavix"
    r"|ticagrelor|brilinta|prasugrel|efient|blood thinners?)\b|\b(?:stopped|stop|forgot|missed"
    r"|not taken|have not taken|has not taken|no more|out of|without)\b[^.!?]{0,30}"
    r"\b(?:clopidogrel|plavix|ticagrelor|brilinta|prasugrel|efient)\b|\b(?:clopidogrel|plavix"
    r"|ticagrelor|brilinta|prasugrel|efient)\b[^.!?]{0,30}\b(?:ran out|run out|stopped|finished"
    r"|for (?:\d+|two|three|four|five|a few) days)\b"
)
# AF with its blood thinner stopped: a stroke waiting (restart it, today)
_AF = compiled(
    r"\b(?:a-?fib|atrial fibrillation)\b|\b(?:has|have|had|with|in|known|diagnosed with|for)"
    r" (?:paroxysmal )?af\b"
)
_THINNER_STOPPED = compiled(
    r"\b(?:stopped|quit|ran out of|run out of|not taking|off)\b[^.!?]{0,25}"
    r"\b(?:blood thinners?|warfarin|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|dabigatran"
    r"|anticoagula\w+)\b"
)
_RESTARTED = compiled(
    r"\b(?:restarted|back on|started (?:it )?again|resumed"
    r"|(?:switched|changed|moved) (?:\w+ )?to)\b"
)
_CHICKENPOX_MET = compiled(
    r"\b(?:chicken ?pox|varicella|shingles)\b[^.!?]{0,60}\b(?:around|near|with|contact|exposed"
    r"|played|visited|visit|sat|held|cuddled|nursery|school|class|hugged|spent)\b|\b(?:exposed"
    r"|been around|been near|contact|played with|was with|spent|cuddled|held|hugged|visited"
    r"|babysat|looked after)\b[^.!?]{0,60}\b(?:chicken ?pox"
    r"|varicella|shingles)\b"
)
_IMMUNE = compiled(
    r"(?<!if i am )(?<!whether i am )(?<!not )\bimmune\b"
    r"|\b(?:had|have had) (?:chicken ?pox|it) (?:as a (?:child|kid)|when i was|already"
    r"|before)\b|\bvaccinated\b|\bhad the (?:chicken ?pox |varicella )?(?:vaccine|jab)\b"
)

_BLOOD_IN_URINE = compiled(
    r"\b(?:pee|wee|urine|piss)\b[^.!?]{0,25}\b(?:pink|red|bloody|blood)\b|\b(?:pink|red|bloody)"
    r" (?:pee|wee|urine)\b|\bblood in (?:my |his |her |the )?(?:pee|wee|urine)\b"
)
_ANTICOAGULANT = compiled(
    r"\b(?:warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|lixiana|dabigatran"
    r"|pradaxa|blood thinners?|anticoagula\w+)\b"
)
_YELLOW_BABY = compiled(
    r"\bjaundice\w*|\b(?:looks?|looking|turned|turning|gone|going|skin|eyes|whites of (?:her|his"
    r"|the) eyes)\b[^.!?]{0,15}\byellow\b"
)
_NEWBORN = compiled(r"\bnewborn\b|\b(?:[1-9]|1\d|2[0-8]|one|two|three) (?:days?|weeks?) old\b")
# a midwife or doctor has looked already ("midwife checked and said mild jaundice")
_CHECKED = compiled(
    r"\b(?:midwife|doctor|gp|nurse|health visitor|paediatrician|pediatrician|hospital)\b"
    r"[^.!?]{0,20}\b(?:checked|said|saw|looked|tested|confirmed)\b"
)
_CHEMICAL_EYE = compiled(
    r"\b(?:chlorine|bleach|chemicals?|cleaner|cleaning (?:spray|product)|cement|lime|acid|alkali"
    r"|detergent|dishwasher|washing (?:powder|liquid)|hair dye|superglue|glue|pepper spray)\b"
    r"[^.!?]{0,40}\b(?:in|into) (?:my|his|her|their|the|both|one) eyes?\b"
)
_DIABETES = compiled(r"\bdiabet\w*|\bsugar\b|\bmetformin\b|\binsulin\b|\bglycomet\b")
_FOOT_WOUND = compiled(
    r"\b(?:foot|feet|toes?|sole|heel)\b[^.!?]{0,40}\b(?:wound|cut|sore|ulcer|blister)\b"
    r"|\b(?:wound|cut|sore|ulcer|blister)\b[^.!?]{0,40}\b(?:foot|feet|toes?|sole|heel)\b"
)
_INFECTED = compiled(
    r"\bred(?:ness)?\b|\bswell\w*|\bswollen\b|\bpus\b|\byellow\w*|\bsmell\w*|\bblack\w*"
    r"|\boozing\b|\bleaking\b|\bhot\b|\bwarm\b"
)
_WORSE_ON_STRAIN = compiled(
    r"\bheadaches?\b[^.!?]{0,60}\bworse (?:when|on|with|if|after) (?:\w+ )?(?:cough\w*|bend\w*"
    r"|lying|lie|strain\w*|sneez\w*)"
)
_NEW_HEADACHE = compiled(
    r"\bnew\b|\bnever had\b|\bsince\b|\bfor (?:the (?:last|past) )?(?:\d|a|two|three|few)\w* "
    r"(?:days|weeks)\b|\bevery morning\b|\bwakes? (?:me|him|her) up\b"
)

# A recent exposure to blood or sex with someone who may carry HIV or hepatitis: medicine to
# prevent it (PEP) works only if started within 72 hours.
_EXPOSED = compiled(
    r"\bcondom (?:broke|split|came off|slipped off|tore)\b|\bunprotected\b|\bneedle ?stick\b"
    r"|\b(?:pricked|jabbed|stabbed) (?:myself |me )?(?:by|with|on) (?:a |an )?(?:used |dirty )?"
    r"(?:needle|syringe|sharp)\b|\bshared (?:a )?(?:needles?|syringes?)\b|\b(?:raped|sexually"
    r" assaulted)\b"
)
_BLOOD_BORNE = compiled(
    r"\bhiv\b|\bhep(?:atitis)? ?[bc]\b|\binjects\b|\binjecting\b|\bdrug user\b|\bused needle"
    r"|\bsyringe\b|\bneedle ?stick\b|\b(?:raped|sexually assaulted)\b|\bnot on (?:meds|treatment)"
)
_WITHIN_DAYS = compiled(
    r"\blast night\b|\bthis (?:morning|afternoon|evening)\b|\byesterday\b|\btoday\b|\btonight\b"
    r"|\b(?:\d+|a few|two|three) hours? ago\b|\bearlier\b|\bjust now\b|\bat the weekend\b"
)
# Low sugars that keep coming ("waking with hypos every night this week").
_AGAIN_AND_AGAIN = compiled(
    r"\bevery (?:night|day|morning)\b|\bmost (?:nights|days|mornings)\b|\bagain and again\b"
    r"|\b(?:several|many|\d+|three|four|five) (?:times|hypos)\b|\bkeep (?:having|getting)\b"
    r"|\bnightly\b"
)


def same_day(c: Ctx) -> None:
    f, t, hit = c.f, c.t, c.hit

    current = f.current

    def live(rx: Pattern) -> bool:
        return any(current(rx))

    def live_near(rx: Pattern, near: Pattern) -> bool:
        """A current match of ``rx`` with ``near`` in the same sentence."""
        return any(near.search(t, *f.sentence_span(m.start())) for m in current(rx))

    if live(_BITE) and live(_SKIN_BROKEN):
        hit(URGENT, "infection", "an animal bite through the skin (antibiotics, tetanus)")
    if live(_IRREGULAR) and _NEW_ONSET.search(t) and not _KNOWN_AF.search(t):
        hit(URGENT, "cardiac", "a new irregular heartbeat")
    if live_near(_SHINGLES, _NEAR_EYE) and not _OTHER_SITE.search(t):
        hit(URGENT, "infection", "shingles on the forehead or near the eye")
    if (
        live(_HEAVY_PERIOD)
        and not c.pregnant
        and (_EVERY_HOUR.search(t) or _BLOOD_LOSS_SIGN.search(t))
    ):
        hit(URGENT, "bleeding", "a period soaking a pad an hour or two")
    if live(_WOUND) and _DISCHARGE.search(t) and _AFTER_SURGERY.search(t):
        hit(URGENT, "infection", "a surgical wound red and leaking")
    if f.child and live(_LIMP) and _NO_INJURY.search(t):
        hit(URGENT, "pediatric", "a child limping with no clear injury")
    if live(_LIP_SWELL) and _ACE_INHIBITOR.search(t):
        hit(URGENT, "allergy", "swelling of the lips or face on a blood pressure medicine")
    if live(_FUMES) and _COUGH_OR_EYES.search(t):
        hit(URGENT, "poisoning", "chemical fumes breathed in, still coughing")
    if (
        live(_TEMPLE)
        and _GCA_SIGN.search(t)
        and ((f.age_months or 0) >= 600 or _FIFTY_PLUS.search(t))
        and not _LONG_KNOWN.search(t)
    ):
        hit(URGENT, "neuro", "a new temple headache with a tender scalp or jaw pain (arteritis?)")
    if live(_HEARING_GONE) and _SUDDEN_OR_WOKE.search(t) and not live(_EAR_BLOCKED):
        hit(URGENT, "other", "hearing lost suddenly")
    if live(_FOOT_DROP) and not _LONG_KNOWN.search(t) and not ANIMAL.search(t):
        hit(URGENT, "neuro", "a foot that slaps or cannot be lifted (foot drop)")
    if _LEVEL_MEDICINE.search(t) and sum(bool(live(rx)) for rx in _TOXIC_SIGNS) >= 2:
        if live(_TOXIC_BRAIN):
            # the level is high enough to reach the brain: muddled, slurring, drowsy
            hit(
                EMERGENCY, "poisoning", "confusion or slurring with a medicine whose level can rise"
            )
        else:
            hit(URGENT, "poisoning", "signs of too high a level of a medicine (a blood test today)")
    inrs = [float(m.group(1)) for m in current(_INR)]
    if any(v >= 5 for v in inrs):
        # (the latest reading still high: "inr was 5.8 last month, now 2.5" is not)
        lower_now = _INR_NOW.search(t)
        if inrs[-1] >= 5 and live(_INR_BLEED) and not (lower_now and float(lower_now[1]) < 5):
            hit(EMERGENCY, "bleeding", "an INR of 5 or more, with a spreading bruise or a bleed")
        else:
            hit(URGENT, "bleeding", "an INR of 5 or more")
    # stopped some time ago is still stopped now: only a negation or a question sets it aside
    stopped = any(f.status_of(m) not in (NEGATED, INFO) for m in _THINNER_STOPPED.finditer(t))
    if _AF.search(t) and stopped and not _RESTARTED.search(t):
        hit(URGENT, "stroke", "atrial fibrillation with the blood thinner stopped")
    # (the stop is told beside the stent's date: "had a stent 3 weeks ago and ran out of my
    # clopidogrel 2 days ago" is about now, though the clause opens in the past)
    stopped = live(_ANTIPLATELET_STOPPED) or (
        (m := _ANTIPLATELET_STOPPED.search(t)) and _DAYS_AGO.search(t, m.end(), m.end() + 40)
    )
    if _STENT.search(t) and stopped:
        hit(URGENT, "cardiac", "a heart stent with its blood thinner stopped or run out")
    if c.pregnant and live(_CHICKENPOX_MET) and not _IMMUNE.search(t):
        hit(URGENT, "pregnancy", "chickenpox met in pregnancy (immunity to be checked today)")
    if live(_BLOOD_IN_URINE) and _ANTICOAGULANT.search(t):
        hit(URGENT, "bleeding", "blood in the urine on a blood thinner")
    if (
        live(_YELLOW_BABY)
        and (f.young_infant or (f.age_months is None and _NEWBORN.search(t)))
        and not _CHECKED.search(t)
    ):
        hit(URGENT, "pediatric", "a yellow newborn (jaundice to be checked today)")
    if live(_CHEMICAL_EYE):
        hit(URGENT, "other", "a chemical in the eye (rinse, then an eye check today)")
    if _DIABETES.search(t) and live_near(_FOOT_WOUND, _INFECTED):
        hit(URGENT, "infection", "a diabetic foot wound red, swollen or leaking")
    if live(_WORSE_ON_STRAIN) and _NEW_HEADACHE.search(t) and not _LONG_KNOWN.search(t):
        hit(URGENT, "neuro", "a new headache worse on coughing or bending")
    if _BLOOD_BORNE.search(t) and _WITHIN_DAYS.search(t) and live(_EXPOSED):
        hit(URGENT, "infection", "a possible HIV or hepatitis exposure (medicine within 72 hours)")
    if c.on("hypo_word") and live(_AGAIN_AND_AGAIN):
        hit(URGENT, "other", "low sugars again and again (the treatment needs changing today)")
