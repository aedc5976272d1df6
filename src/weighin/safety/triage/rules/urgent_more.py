"""More same-day presentations (round BN): what needs a doctor today, told in words no feature had.

Bruises that come from nowhere with bleeding gums, nosebleeds, tiny red dots or a tiredness that
will not lift (a blood disorder?); an older person's fall onto the hip, walking but in pain (a
hip fracture that still lets them walk); an implanted device's pocket or a recent operation's
wound gone red, warm or swollen (infected?); a tooth socket still bleeding hours after the
extraction; belly pain that moved from the navel to the lower right, or lower right pain that
hurts to walk, with no appetite or a temperature (appendicitis?); a medicine that must not
stop (for epilepsy, Parkinson's, a transplant, insulin, adrenal steroids) run out; headaches
every morning, worse lying down or on coughing, with vomiting or a blurring (raised pressure
inside the head?). Every match must be current (``Facts.first_current``); these rules only ever
make a text urgent, the emergencies elsewhere still decide the rest.
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import Pattern, compiled
from weighin.safety.triage.rules.context import ANIMAL, Ctx
from weighin.safety.triage.scope import INFO, NEGATED

# ---- bruises from nowhere ----------------------------------------------------------------------
_BRUISES_UNEXPLAINED = compiled(
    r"\bbruis\w*\b[^.!?]{0,50}\b(?:(?:can|could) ?not explain|no (?:idea|reason)|for no (?:\w+ )?"
    r"reason|without (?:\w+ )?(?:hitting|bumping|knocking|banging|injury)|(?:do|did|does) not "
    r"(?:remember|recall|know)|not (?:bumped|banged|knocked|hit)|(?:from|out of) nowhere|appear\w*"
    r"|popping up|pop(?:ping)? out|coming up|come up|turning up|showing up|everywhere|all over)"
    r"|\b(?:random|unexplained|mystery|strange|weird|new|loads of|lots of|unexplainable)"
    r" (?:\w+ )?bruis\w*|\b(?:blue|purple|black) (?:marks|patches)\b[^.!?]{0,40}\b(?:do not know"
    r"|no idea|from nowhere|no reason)"
)
_OTHER_BLEEDING = compiled(
    r"\bgums? (?:\w+ )?(?:bleed\w*|bled)\b|\bbleeding (?:from (?:my|his|her|the) )?gums\b"
    r"|\bnose ?bleeds?\b|\bnose (?:keeps|has been|is|has) (?:bleeding|bled)\b"
    r"|\b(?:tiny|little|small|pin ?prick|pinpoint) (?:red|purple|dark) (?:dots|spots)\b"
    r"|\bpetechia\w*|\b(?:super |really |very )?heavy periods\b"
)
_DRAINED = compiled(
    r"\b(?:tired|exhausted|knackered|shattered|wiped out|drained|fatigued?|lethargic|no energy"
    r"|pale|washed out|weak)\b"
)
_BRUISE = compiled(r"\bbruis\w*")
_DAILY = compiled(r"\bevery day\b|\bdaily\b")
# "always bruised easily, my mum's the same": a lifelong trait, not a new illness
_LIFELONG = compiled(
    r"\balways (?:have|had|has|bruised|bruise)\b|\bsince (?:i was|childhood|a child|birth)\b"
    r"|\bruns in (?:the|my|our) family\b"
)

# ---- an older person's fall onto the hip ---------------------------------------------------------
_OLDER_WORD = compiled(
    r"\b(?:elderly|grandma|grandmother|grandad|granddad|grandpa|grandfather|granny|grandmom"
    r"|nana|nan|gran|nani|dadi|nanna|oap|pensioner)\b|\b(?:in (?:her|his|my) )(?:70s|80s|90s|"
    r"seventies|eighties|nineties)\b"
)
_OLDER_NUMBER = compiled(
    r"\b(?:i am|she is|he is|aged?|mum|mom|mother|dad|father|husband|wife|nan|gran|grandma"
    r"|grandad|mama|papa)\b[^.!?\d]{0,6}\b(?:6[5-9]|[7-9]\d)\b|\b(?:6[5-9]|[7-9]\d) ?(?:y/?o"
    r"|years?|yrs?|[mf])\b|\((?:6[5-9]|[7-9]\d)\)"
    # an age set off by commas: "fell on my hip yesterday, 78, can walk"
    r"|(?:^|, )(?:6[5-9]|[7-9]\d)(?:,|\.|$)"
)
_FELL = compiled(r"\b(?:fell|fall|falling|slipped|tripped|took a tumble|went over|landed)\b")
_HIP_PAIN = compiled(
    r"\bhip\b[^.!?]{0,60}\b(?:hurt\w*|sore|pain\w*|agony|aching|achy|tender|bruised|killing)\b"
    r"|\b(?:hurt\w*|sore|pain|painful|bruised) (?:\w+ ){0,2}(?:her|his|my|the) hip\b|\bhip pain\b"
    r"|\blimp\w*\b"
)
_WALKS_FINE = compiled(
    r"\bwalking (?:on it |about |around )?(?:normally|fine|ok|okay|perfectly|no problem)\b"
    r"|\b(?:no|not) limp\w*"
)
_LONG_AGO = compiled(r"\byears? ago\b|\blast year\b|\bmonths ago\b|\bin (?:19|20)\d\d\b")

# ---- a device's pocket or an operation's wound, infected ----------------------------------------
_DEVICE = compiled(
    r"\bpacemaker\b|\bicd\b|\bdefibrillator\b|\bloop recorder\b|\bport(?:-a-cath)?\b(?= (?:site"
    r"|wound|area))|\bpicc\b|\bstimulator\b|\bimplant(?:ed)? device\b"
)
_SURGERY = compiled(
    r"\b(?:operation|surgery|op|post[- ]op|replacement|replaced|repair|c-?section|caesarean"
    r"|cesarean|hysterectomy|keyhole|laparoscop\w*|appendix out|gallbladder out|out by keyhole"
    r"|fitted|put in|stitched|biopsy|vasectomy)\b"
)
_WOUND_SITE = compiled(r"\b(?:wound|incision|scar|stitches|staples|site|pocket|dressing|cut)\b")
_INFECTION_SIGNS = (
    compiled(r"\bred(?:ness|der)?\b|\binflamed\b|\bangry\b"),
    compiled(r"\bhot(?:ter)?\b|\bwarm(?:er)?\b"),
    compiled(r"\bswell\w*|\bswollen\b|\bpuff\w*"),
    compiled(
        r"\bpus\b|\booz\w*|\bleak\w*|\bdischarg\w*|\bweep\w*|\bcloudy\b|\byellow\w* (?:stuff"
        r"|fluid|gunk)\b|\bgaping\b|\bopened up\b|\bcoming apart\b"
    ),
    compiled(r"\bsmell\w*|\bstinks?\b|\bodou?r\b"),
    compiled(r"\bfever\w*|\bshiver\w*|\b(?:high|slight) temp\w*|\bspreading\b"),
)
_HEALED_LONG = compiled(r"\byears? ago\b|\b(?:[4-9]|\d\d) months? ago\b|\blast year\b")

# ---- a socket still bleeding -------------------------------------------------------------------
_EXTRACTION = compiled(
    r"\b(?:tooth|teeth|molar|wisdom)\b[^.!?]{0,20}\b(?:out|pulled|removed|extracted|taken)\b"
    r"|\bextraction\b|\bsocket\b|\b(?:took|taken|pulled|removed|extracted) (?:out )?(?:a|my|his"
    r"|her|the|one|two) (?:\w+ )?(?:tooth|teeth|molar|wisdom)\b"
)
# still going after hours, or through the gauze: a plain "still oozing a bit" the morning after
# is the socket healing
_STILL_BLEEDING = compiled(
    r"\b(?:bleed\w*|bled|ooz\w*|blood)\b[^.!?]{0,60}\b(?:will not stop|would not stop|not stopping"
    r"|has not stopped|(?:\d+|a few|several|two|three|four|five|six) (?:hours|hrs) later"
    r"|hours later"
    r"|through the gauze|despite|even (?:though|with|after|when) (?:\w+ ){0,2}(?:biting|gauze"
    r"|pressure)|still going)\b|\b(?:keeps?|kept) (?:on )?(?:bleeding|oozing)\b"
    r"|\b(?:still|keeps?) (?:bleeding|oozing)\b[^.!?]{0,40}\b(?:\d+|a few|several|six|five|four"
    r"|three) (?:hours|hrs)\b"
    # still going that night, or slowing and coming back: "still oozing now at 9pm", "it slows
    # down but keeps coming back"
    r"|\bstill (?:bleeding|oozing)\b(?: now)? at (?:\d{1,2}(?::\d\d)? ?(?:pm|am)|\d{1,2} o'?clock"
    r"|night|bedtime)|\bslows? (?:down )?but (?:it )?(?:keeps?|kept) (?:on )?(?:coming back"
    r"|starting (?:up )?again)\b"
)
_SOCKET_FINE = compiled(
    r"\b(?:said|says) (?:that is |it is |that was |it was )?(?:normal|expected|fine)\b|\bhelps\b"
    r"|\b(?:has |had )?stopped (?:now|bleeding)\b"
)

# ---- appendicitis ------------------------------------------------------------------------------
_MIGRATED = compiled(
    r"\b(?:belly ?button|tummy ?button|navel|middle of (?:my|his|her|the) (?:tummy|belly|stomach)"
    r"|centre|center|middle)\b[^.!?]{0,80}\b(?:moved|moving|went|gone|shifted|travel\w*|spread\w*"
    r"|now)\b[^.!?]{0,30}\b(?:lower right|right lower|bottom right|low (?:down )?on the right"
    r"|lower (?:down )?on the right|right hip|right side of (?:my|his|her|the) (?:tummy|belly"
    r"|stomach|abdomen)|(?:to|towards|into) the (?:lower )?right\b(?! (?:side )?of (?:my|his|her)"
    r" (?!tummy|belly|stomach)))"
)
_PAIN = compiled(r"\bpain\w*|\bache\w*|\bhurt\w*|\bsore\b|\bcramp\w*|\btwinge\w*|\bagony\b")
_LOW_RIGHT = compiled(
    r"\b(?:lower|bottom) right\b(?! (?:side of (?:my|his|her) )?(?:back|leg|tooth|teeth|jaw|arm"
    r"|eye|knee))|\bright lower\b(?! (?:back|leg|tooth|teeth|jaw))|\blow (?:down )?on the right\b"
    r"|\bright iliac\b|\bappendix\b"
)
_APPY_SIGN = compiled(
    r"\b(?:hurts?|worse|pain\w*|sore|agony)\b[^.!?]{0,12}\b(?:when|to|if|on|with) (?:\w+ )?"
    r"(?:walk\w*|cough\w*|jump\w*|mov\w*|bump\w*|sneez\w*|laugh\w*|stand\w* up)\b|\b(?:will not"
    r"|does not want to|cannot|can not) (?:jump|walk properly|stand up straight)\b|\bbent (?:over|"
    r"double)\b|\bwalking (?:\w+ )?bent\b|\boff (?:his|her|my|their) food\b|\bnot hungry\b"
    r"|\b(?:lost|losing) (?:my|his|her) appetite\b|\bdo not (?:feel like|want to) eat\w*\b"
    r"|\bdid not want (?:lunch|dinner|breakfast|food|to eat|his tea|her tea)\b|\btemp\w*|\bfever"
    r"|\b3[78]\.\d\b|\bvomit\w*|\bbeing sick\b|\bthrew up\b|\bgetting (?:a bit )?worse\b"
)
_BELLY = compiled(r"\b(?:tummy|belly|stomach|abdom\w*|appendix|side|groin|pain)\b")
_NOT_APPENDIX = compiled(
    r"\bappendix (?:out|removed|taken out)\b|\b(?:had|have had) (?:my|his|her) appendix\b"
    r"|\bappendicectomy\b|\bappendectomy\b|\bovulat\w*|\bperiod\b|\bmid[- ]cycle\b|\bpiercing\b"
)

# ---- a medicine that must not stop -------------------------------------------------------------
_VITAL_MEDICINE = compiled(
    r"\bepilep\w*|\bseizure (?:meds|medicines?|medication|tablets|pills)\b|\blevetiracetam\b"
    r"|\bkeppra\b|\blamotrigine\b|\blamictal\b|\bvalproate\b|\bepilim\b|\bdepakote\b"
    r"|\bcarbamazepine\b|\btegretol\b|\bphenytoin\b|\btopiramate\b|\blacosamide\b|\bvimpat\b"
    r"|\bzonisamide\b|\bbrivaracetam\b|\bperampanel\b|\bphenobarb\w*|\binsulin\b|\blantus\b"
    r"|\blevemir\b|\bnovorapid\b|\bhumalog\b|\btresiba\b|\bparkinson\w*|\bmadopar\b|\bsinemet\b"
    r"|\bco-?careldopa\b|\bco-?beneldopa\b|\blevodopa\b|\btacrolimus\b|\bciclosporin\b"
    r"|\bcyclosporine\b|\bmycophenolate\b|\banti-?rejection\b|\btransplant\b|\bhydrocortisone"
    r" (?:tablets|pills)\b|\bfludrocortisone\b|\baddison\w*|\bsteroid (?:tablets|pills)\b"
)
# (a worry about running out, before a trip, is no run-out yet)
_OUT = (
    r"(?:ran|(?<!about )(?<!of )(?<!avoid )running|has run|have run|had run|is running"
    # the "have" dropped: "run out of my lamotrigine" (not "do not want to run out")
    r"|(?<!to )(?<!not )(?<!never )(?<!if i )(?<!if we )(?<!if he )(?<!if she )(?<!would )"
    r"(?<!might )(?<!will )(?<!before i )(?<!in case i )(?<!could )(?<!hell )(?<!shell )"
    r"(?<!ill )(?<!going to )(?<!gonna )(?<!about to )(?<!may )run) out"
)
_MEDS = r"(?:meds|medicines?|medication|tablets|pills|prescription|script|supply)"
# "ran out of his Madopar", "my epilepsy meds ran out", "the chemist has none of her insulin"
_RUN_OUT = compiled(
    r"\b" + _OUT + r" of (?:[\w']+ ){0,4}?(?:" + _MEDS + r"|" + _VITAL_MEDICINE.pattern + r")"
    r"|(?:" + _VITAL_MEDICINE.pattern + r")[^.!?]{0,30}\b(?:" + _OUT + r"\b(?! of)|out of stock"
    r"|none left|finished)"
    r"|\b(?:pharmacy|chemist)\b[^.!?]{0,40}\b(?:shut|closed|out of stock|do not have|does not have"
    r"|has not got|cannot get|not there|no stock)\b"
    r"|\b(?:cannot|can not|could not|unable to) get (?:any )?(?:more )?(?:of )?(?:my |his |her )?"
    r"(?:" + _MEDS + r"|" + _VITAL_MEDICINE.pattern + r")"
    r"|\bmissed (?:\w+ ){0,4}(?:doses|for (?:\d|two|three|a couple of) days)\b"
    # the last one gone: "took my last one this morning", "on my last tablet", "none left"
    r"|\b(?:took|taken|had|swallowed|used) (?:my|his|her|their|the) (?:very )?last (?:\w+ )?"
    r"(?:one|tablet|pill|dose|capsule)\b(?! (?:of \w+ )?(?:at|around|about) "
    r"\d)(?![^.!?]{0,40}\bnext\b)"
    r"|\b(?:i am|he is|she is|am|down to|on) (?:my|his|her|the) (?:very )?"
    r"last (?:tablet|pill|dose|capsule|one|" + _VITAL_MEDICINE.pattern + r")\b"
    r"|\b(?:none|no (?:more|tablets|pills|meds|capsules|doses)) left\b"
    r"|\b(?:i am|he is|she is|we are) (?:completely |totally )?out of (?:my |his"
    r" |her )?(?:" + _VITAL_MEDICINE.pattern + r")"
)
_PARKINSON = compiled(r"\bparkinson\w*|\bmadopar\b|\bsinemet\b|\bco-?careldopa\b|\blevodopa\b")
_HOT = compiled(r"\bburning up\b|\bred hot\b|\bboiling (?:hot|up)\b|\bsweating buckets\b")
_RESUPPLIED = compiled(
    r"\b(?:got|picked up|collected|have) (?:some |my |his |her )?(?:more|new supply|supply|"
    r"prescription)\b(?! (?:until|till|before))|\bsorted (?:now|it)\b|\bback on\b"
)

# ---- headaches of raised pressure --------------------------------------------------------------
_MORNING = compiled(
    r"\bevery morning\b|\bin the mornings?\b|\bfirst thing\b|\bwhen (?:i|he|she|they) wakes?\b"
    r"|\bon waking\b|\bwak(?:es?|ing) (?:me |him |her |them )?(?:up )?(?:every day |each day |most"
    r" days |daily )?(?:with|from)\b"
    r"|\bwakes? (?:me|him|her|them) up\b|\bwaking (?:up )?with\b|\bmorning headaches?\b"
)
_POSTURE = compiled(
    r"\bworse\b[^.!?]{0,15}\b(?:lying|lie|cough\w*|bend\w*|strain\w*|sneez\w*)\b"
    r"|\b(?:lying (?:down|flat)|cough\w*|bend\w* (?:over|down))\b[^.!?]{0,15}\bmakes? it worse\b"
)
_HEADACHE_SIGNS = (
    compiled(r"\bvomit\w*|\bthrow\w* up\b|\bthrew up\b|\bbeing sick\b|\bbeen sick\b|\bsick\b"),
    compiled(
        r"\b(?:blurr\w*|double|blurry|dim\w*) (?:vision|sight)\b|\bvision\b[^.!?]{0,25}\b(?:blurr"
        r"\w*|goes|went|grey|dark|double|funny)\b|\bseeing double\b|\bclums\w*|\bbalance\b"
    ),
    compiled(
        r"\bgetting (?:steadily |slowly |progressively )?worse\b|\bworse and worse\b|\bworse every"
        r" (?:day|week)\b|\bnever (?:had|get|got) (?:\w+ )?headaches?\b|\bnew headaches?\b"
    ),
)
_BENIGN_MORNING = compiled(
    r"\bhangover\b|\bdrinking\b|\bdrunk\b|\bcaffeine\b|\bcoffee\b|\bsnor\w*|\bsleep apn\w*"
    r"|\bgas (?:heater|fire|boiler)\b|\bboiler\b|\bcarbon monoxide\b|\bfor (?:years|ages)\b"
    r"|\balways (?:had|get|got)\b|\bmigraines? (?:for|since)\b"
)


def urgent_more(c: Ctx) -> None:
    f, t, on, hit = c.f, c.t, c.on, c.hit
    live = f.first_current
    if _bruises_from_nowhere(c):
        hit(
            URGENT,
            "bleeding",
            "bruises from nowhere with bleeding gums or tiredness (bloods today)",
        )
    if _older(c) and live(_HIP_PAIN) and _fell_recently(c) and not _WALKS_FINE.search(t):
        hit(URGENT, "other", "an older person's fall with hip pain (a fracture that still walks?)")
    if _wound_infected(c):
        hit(URGENT, "infection", "a device site or a recent operation wound red, warm or swollen")
    if _EXTRACTION.search(t) and live(_STILL_BLEEDING) and not _SOCKET_FINE.search(t):
        hit(URGENT, "bleeding", "a tooth socket still bleeding hours after the extraction")
    if _appendix(c):
        hit(URGENT, "other", "belly pain moved to the lower right, or there with walking painful")
    if _vital_medicine_out(c):
        if _PARKINSON.search(t) and (c.fever or on("cannot_swallow", "confusion") or live(_HOT)):
            # without levodopa: rigid and burning up, or unable to swallow (a crisis)
            hit(
                EMERGENCY, "other", "Parkinson's medicine run out, with fever, confusion or swallow"
            )
        else:
            hit(URGENT, "other", "a medicine that must not stop has run out (a supply today)")
    # (a headache that comes every morning is told as a habit, read as settled: it counts here,
    # the recurrence is the sign)
    if (
        (on("headache", "severe_headache") or "headache" in f.settled)
        and (live(_MORNING) or live(_POSTURE))
        and sum(bool(live(rx)) for rx in (_MORNING, _POSTURE, *_HEADACHE_SIGNS)) >= 2
        and not _BENIGN_MORNING.search(t)
    ):
        hit(URGENT, "neuro", "headaches on waking or lying down, with vomiting or worsening")


def _near(c: Ctx, rx: Pattern, near: Pattern, span: int = 80) -> bool:
    """A current match of ``rx`` with ``near`` within ``span`` characters on either side."""
    t = c.t
    return any(near.search(t, max(0, m.start() - span), m.end() + span) for m in c.f.current(rx))


def _bruises_from_nowhere(c: Ctx) -> bool:
    live, t = c.f.first_current, c.t
    if _LIFELONG.search(t):
        return False
    bruises = live(_BRUISES_UNEXPLAINED)
    if bruises:
        return bool(live(_OTHER_BLEEDING) or live(_DRAINED))
    # nosebleeds day after day with bruising or a drained, pale look
    return bool(_near(c, _OTHER_BLEEDING, _DAILY, 40) and (_BRUISE.search(t) or live(_DRAINED)))


def _older(c: Ctx) -> bool:
    months = c.f.age_months
    return (
        (months is not None and months >= 65 * 12)
        or bool(_OLDER_NUMBER.search(c.t))
        or bool(_OLDER_WORD.search(c.t))
    )


def _fell_recently(c: Ctx) -> bool:
    f, t = c.f, c.t
    for m in _FELL.finditer(t):
        if f.status_of(m) in (NEGATED, INFO):
            continue
        a, b = f.sentence_span(m.start())
        if not _LONG_AGO.search(t, a, b):
            return True
    return False


def _wound_infected(c: Ctx) -> bool:
    f, t = c.f, c.t
    device = _DEVICE.search(t)
    if not (device or _SURGERY.search(t)) or (_HEALED_LONG.search(t) and not device):
        return False
    for m in f.current(_WOUND_SITE):
        a, b = f.sentence_span(m.start())
        signs = sum(
            any(f.status_of(s) not in (NEGATED, INFO) for s in rx.finditer(t, a, b))
            for rx in _INFECTION_SIGNS
        )
        if c.f.temp >= 37.5:
            signs += 1
        if signs >= 2:
            return True
    return False


def _appendix(c: Ctx) -> bool:
    f, t, live = c.f, c.t, c.f.first_current
    if _NOT_APPENDIX.search(t) or ANIMAL.search(t):
        return False
    for m in f.current(_MIGRATED):
        if _PAIN.search(t, *f.sentence_span(m.start())):
            return True
    for m in f.current(_LOW_RIGHT):
        a, b = f.sentence_span(m.start())
        if _BELLY.search(t, a, b) and live(_APPY_SIGN):
            return True
    return False


def _vital_medicine_out(c: Ctx) -> bool:
    t = c.t
    if _RESUPPLIED.search(t):
        return False
    f = c.f
    return any(_VITAL_MEDICINE.search(t, *f.sentence_span(m.start())) for m in f.current(_RUN_OUT))
