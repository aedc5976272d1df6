"""Poisonings the rules read as routine because of how they are told (round med 2).

- A garden or car poison drunk from a bottle it had been decanted into: the verb and the poison
  are far apart ("took a swig from an old squash bottle in the shed, it had weedkiller in it").
  Antifreeze and paraquat kill hours later with nothing to see at first, so no signs are asked.
- An empty antifreeze bottle beside someone acting drunk with no drink on the breath.
- A small child near a caustic (drain unblocker, a dishwasher tablet) with a white, foaming or
  burnt mouth, drooling, or refusing to swallow.
- A small child found in someone's medicines, opened, emptied or spilt, when they are iron or a
  heart, blood-pressure, diabetes, sleeping or opioid medicine (one tablet can harm a toddler).
- Insulin injected twice or in a multiple of the dose, with the sugar low or a hypo's signs; a
  sugar under 3 with confusion or a failed swallow.
- Methotrexate taken every day instead of weekly, with mouth ulcers or feeling very unwell.
- A poisonous plant or wild mushroom eaten, and now vomiting or an odd heartbeat.
- A drink spiked or a party drug, and now unable to stand, agitated and drenched, or fitting.
- Tramadol or a street drug beside an antidepressant, twitching, sweating and hot (serotonin).
- Pills taken and now only roused by shaking.

Each key phrase must be current (``Facts.first_current``): a question about antifreeze, a bottle
found with nothing drunk, a reaction last year stay as they were.
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import ANIMAL, Ctx
from weighin.safety.triage.rules.pods import pods

# the poisons that kill from a mouthful: "anti-freeze", "weed killer", "paraquat"
_DEADLY = (
    r"(?:anti-?freeze|coolant|weed ?killers?|paraquat|gramoxone|herbicides?|drain (?:unblocker"
    r"|cleaner)|caustic soda|methanol|rat poison|slug pellets)"
)
# a mouthful taken from something: "took a swig", "got a mouthful", "drank from"
_SWIG = compiled(
    r"\b(?:drank|drunk|swallowed|swigged|gulped|sipped|necked)\b(?! (?:water|tea|coffee|beer"
    r"|wine|alcohol)\b)"
    r"|\b(?:took|had|got|taken|swallowed) (?:a |some |two |2 )?(?:big |small |little |few )?"
    r"(?:swigs?|sips?|gulps?|mouthfuls?|drinks?) (?:of|from|out of|by accident|by mistake)\b"
    r"|\bgot a mouthful\b|\bsucked (?:some )?\w* ?(?:out of|from)\b|\bsucked some\b"
    r"|\b(?:drink|drinking|drank) (?:from|out of) (?:(?:an?|the|his|her|my) )?(?:old )?(?:\w+ )?"
    r"(?:bottle"
    r"|container|jug|can)\b"
)
# the poison in the bottle: "a lemonade bottle that had weedkiller in it", "but it is weed killer"
_IN_VESSEL = compiled(
    r"\b(?:bottles?|container|cup|glass|jug|flask|tub|can|carton|mug)\b[^.!?]{0,60}?"
    r"\b(?:had|with|full of|filled (?:up )?with|contain\w*|of|was|it was|it is|turned out to be"
    r"|put)\b[^.!?]{0,20}?\b" + _DEADLY + r"\b"
    r"|\b" + _DEADLY + r"\b[^.!?]{0,12}\bin (?:it|there)\b"
    r"|\b(?:but|actually|turned out|turns out)\b[^.!?]{0,15}\b" + _DEADLY + r"\b"
    # "swallowed a mouthful of paraquat"
    r"|\b(?:mouthfuls?|swigs?|gulps?|sips?|capful) of (?:the |some )?" + _DEADLY + r"\b"
)
# petrol or lamp oil sucked or swallowed by a child, then a cough or a wheeze (into the lungs)
_HYDROCARBON = compiled(
    r"\b(?:petrol|paraffin|lamp oil|white spirit|turps|kerosene|lighter fluid|diesel)\b"
)
_INTO_LUNGS = compiled(r"\bcough\w*|\bwheez\w*|\bbreath\w*|\bchok\w*")
# an empty antifreeze bottle and someone "acting drunk" without a drink: ethylene glycol
_EMPTY_POISON = compiled(
    r"\b(?:empty|emptied|half[- ]empty|open) " + _DEADLY + r" (?:bottle|can|container|jug)"
    # "the antifreeze bottle was empty", "a bottle of antifreeze, nearly empty"
    r"|\b" + _DEADLY + r" (?:bottle|can|container|jug)\b[^.!?]{0,20}\b(?:empty|emptied)\b"
    r"|\b(?:bottle|can|container|jug) of " + _DEADLY + r"\b[^.!?]{0,20}\b(?:empty|emptied)\b"
)
# any word that it was meant: "on purpose", "wanted to die", "has been so low"
_INTENT = compiled(
    r"\bon purpose\b|\bdeliberate\w*|\bmeant to\b|\bsuicid\w*|\bkill (?:him|her|my|them)sel"
    r"|\bend (?:it|his life|her life)\b|\bwant\w* to die\b|\bdepress\w*|\boverdose\w*|\bnote\b"
    r"|\b(?:so|really|very) low\b|\bself[- ]harm\w*|\bhurt (?:him|her|my|them)sel"
)
_DRUNK_NO_DRINK = compiled(
    r"\b(?:acting|seems?|looks?|is|feels?|feel|feeling|walking|talking) (?:really |a bit |very "
    r"|kind of |kinda )?drunk\b"
    # "staggering about like he is drunk", "slurring and wobbly"
    r"|\blike (?:he|she|they|i)(?:'?s| is| was| are|'?re)? (?:really )?drunk\b|\bslurr\w*"
    r"|\bstaggering\b|\bcannot walk straight\b"
)

# -- a caustic near a small child -------------------------------------------------------------
_CAUSTIC = compiled(
    r"\bdrain (?:unblocker|cleaner)\b|\bcaustic\b|\boven cleaner\b|\bdishwasher (?:tablet|pod)s?"
    r"\b|\b(?:laundry|washing|liquitab|detergent) (?:pod|capsule|tablet)s?\b|\bbleach\b"
    r"|\blimescale remover\b|\bdescaler\b"
)
_MOUTH_BURNT = compiled(
    r"\b(?:white|foam\w*|froth\w*|burns?|burnt|blister\w*)\b[^.!?]{0,25}\b(?:mouth|lips|tongue)\b"
    r"|\b(?:mouth|lips|tongue)\b[^.!?]{0,25}\b(?:white|foam\w*|froth\w*|burnt|burns|blister\w*)\b"
    r"|\bdrool\w*|\bdribbl\w*|\b(?:will not|cannot|refus\w+ to|does not want to) swallow\b"
)
_SMALL_CHILD = compiled(
    r"\b(?:toddler|baby|little one|tot|(?:[1-5]|one|two|three|four|five) ?(?:yo|y/o|yr|year|yrs"
    r"|years)(?:[- ]old)?|\d{1,2} ?(?:months?|mo)(?:[- ]old)?|my (?:son|daughter|boy|girl|little"
    r" (?:sister|brother))|(?:little|baby) (?:sister|brother)|kid|grandson|granddaughter)\b"
)

# -- a child in someone's medicines --------------------------------------------------------
_INTO_MEDS = compiled(
    r"\b(?:got into|got hold of|got at|found\b[^.!?]{0,30}\b(?:with|holding|next to)"
    r"|sat (?:behind \w+ \w+ )?with"
    r"|sitting with|was playing with|had|chewing|eating)\b"
    r"[^.!?]{0,60}\b(?:pills?|tablets?|meds|medicines?|medication|capsules|blister|packet|strip"
    r"|pill (?:organi[sz]er|box)|dosette|bottle|handbag)\b"
)
_SOME_GONE = compiled(
    r"\b(?:open|opened|lid (?:was )?off|cap (?:was )?off|empty|emptied|missing|gone|on the "
    r"(?:floor|carpet|rug)|no idea how many|do not know how many|(?:cannot|can not|could not)"
    r" tell how many|not sure how many|unaccounted)\b"
)
_NONE_GONE = compiled(
    r"\b(?:none|nothing) (?:was |were |is |are )?(?:missing|gone)\b|\ball (?:still )?(?:there"
    r"|accounted for)\b|\bcounted (?:them|it)\b[^.!?]{0,20}\b(?:all|none)\b"
)
# the medicines a toddler can die of in one or two tablets
_RISKY_MEDS = compiled(
    r"\biron\b|\bferrous\b|\bblood pressure\b|\bbp (?:pills|tablets|meds)\b|\bheart (?:pills"
    r"|tablets|meds|medicine|medication)\b|\bdiabet\w* (?:pills|tablets|meds)\b|\bsleeping"
    r" (?:pills|tablets)\b|\bmethadone\b|\bmorphine\b|\boxycodone\b|\bcodeine\b|\btramadol\b"
    r"|\bbuprenorphine\b|\bdigoxin\b|\bamlodipine\b|\bnifedipine\b|\bglipizide\b|\bgliclazide\b"
    r"|\bglibenclamide\b|\bpropranolol\b|\bbisoprolol\b|\batenolol\b|\bamitriptyline\b"
    r"|\bflecainide\b|\bverapamil\b|\bdiltiazem\b|\bclonidine\b|\bantidepressants?\b"
    r"|\bzopiclone\b|\bdiazepam\b"
)

# -- insulin and a low sugar ----------------------------------------------------------------
_INSULIN_TWICE = compiled(
    r"\b(?:insulin|lantus|levemir|tresiba|toujeo|novorapid|humalog|fiasp|humulin|units?)\b"
    r"[^.!?]{0,40}\b(?:twice|double|instead of|rather than|by mistake|by accident)\b"
    r"|\b(?:injected|took|gave|did) (?:my |his |her )?(?:\w+ )?(?:insulin|lantus|levemir|tresiba"
    r"|toujeo|novorapid|humalog) (?:twice|two times|double)\b"
    r"|\baccidentally injected\b[^.!?]{0,30}\b(?:insulin|lantus|units)\b"
)
_HYPO_SIGNS = compiled(
    r"\bshak\w*|\bsweat\w*|\btrembl\w*|\bdropping\b|\bconfus\w*|\bnot making sense\b"
)
_NOT_MAKING_SENSE = compiled(
    r"\bnot (?:make|making) sense\b|\bconfus\w*|\b(?:cannot|can not|not able to) swallow\b"
    r"|\bcome?s? out of (?:his|her) mouth\b|\bwill not wake\b|\bunrespons\w*"
)

# -- methotrexate daily --------------------------------------------------------------------
_MTX_DAILY = compiled(
    r"\bmethotrexate\b[^.!?]{0,40}\b(?:every day|daily|each day|every morning|every night)\b"
    r"|\b(?:every day|daily|each day)\b[^.!?]{0,30}\bmethotrexate\b"
)
_MTX_MISTAKE = compiled(r"\binstead of (?:once a |every |each )?week\w*|\bevery day this week\b")
_MTX_SIGNS = compiled(
    r"\b(?:really|very|so) (?:unwell|ill|poorly)\b|\bbruis\w*|\bbleed\w*|\bvomit\w*"
)

# -- plants and wild mushrooms -------------------------------------------------------------
_TOXIC_PLANT = compiled(
    r"\b(?:foxgloves?|oleander|yew|lily of the valley|deadly nightshade|belladonna|hemlock"
    r"|monkshood|aconite|laburnum|castor beans?|toadstools?|death caps?|destroying angels?"
    r"|wild mushrooms?|magic mushrooms?)\b"
    r"|\bmushrooms?\b[^.!?]{0,60}\b(?:forest|woods?|park|field|picked|foraged|found|find)\b"
    r"|\b(?:forest|woods?|park|field|picked|foraged|found|find)\b[^.!?]{0,60}\bmushrooms?\b"
)
_ATE_IT = compiled(
    r"\b(?:ate|eaten|eating|chew\w*|swallowed|cook\w*|soup|tasted|nibbled|had some)\b"
    # brewed or drunk as a herbal tea: "made tea from leaves off the garden"
    r"|\b(?:tea|brew\w*|infusion|drank|drunk|smoothie|salad)\b"
)
_PLANT_SIGNS = compiled(
    r"\bvomit\w*|\bbeing sick\b|\bbeen sick\b|\bthrowing up\b|\bthrown up\b|\bthrew up\b"
    r"|\bdiarrh\w*|\bheart ?beat\b[^.!?]{0,20}\b(?:irregular|funny|weird|slow|skipping)\b"
    r"|\b(?:irregular|slow|weird) (?:heart ?beat|pulse)\b"
    # the foxglove's (digoxin's) signs: sick, vision gone yellow, a pulse all over the place
    r"|\b(?:now|feel\w*|is|been|being|getting|gone) (?:really |very |so )?sick\b"
    r"|\b(?:seeing|sees|vision|everything|things)\b[^.!?]{0,20}\b(?:yellow|green|halos?)\b"
    r"|\b(?:pulse|heart ?beat|heart)\b[^.!?]{0,20}\b(?:all over the place|irregular|jumping"
    r"|skipping|erratic|racing)\b"
)

# -- spiked drinks, party drugs, serotonin -----------------------------------------------------
_SPIKED = compiled(
    r"\bspiked\b|\b(?:put|slipped) something in (?:my|her|his) drink\b"
    r"|\bdrink\b[^.!?]{0,30}\b(?:guy|man|stranger|bloke|lad)\b[^.!?]{0,30}\b(?:bought|gave"
    r"|got)\b|\b(?:guy|man|stranger|bloke|lad)\b[^.!?]{0,30}\b(?:bought|gave|got) (?:me|her)"
    r" (?:a |one )?drink\b"
)
_CANNOT_STAND = compiled(
    r"\b(?:can|could) (?:barely|hardly) (?:stand|walk|stay awake|keep (?:my|her|his) eyes open)"
    r"\b|\b(?:cannot|can not|could not) (?:stand|walk|stay awake)\b|\blegs (?:feel |are |went"
    r" )?(?:like )?jelly\b|\bgoing dark\b|\bblacking out\b|\bpassing out\b"
)
_PARTY_DRUG = compiled(
    r"\b(?:festival|rave|gig)\b[^.!?]{0,30}\b(?:had|took|taken) (?:some )?(?:stuff|something"
    r"|pills)\b|\b(?:coke|cocaine|mdma|ecstasy|molly|pingers|ket|ketamine|speed|meth|crystal|2cb|acid|lsd"
    r"|pills? at|bombs?)\b|\bswallowed something\b|\b(?:took|had|taken) (?:some )?(?:stuff"
    r"|something)\b[^.!?]{0,40}\b(?:gave|give|gig|festival|party|rave|club)\b"
    r"|\bsomething (?:someone|somebody|a guy|a stranger) gave\b|\b(?:did|doing) lines\b"
)
_DRUG_SIGNS = (
    compiled(r"\bagitat\w*|\bparanoid\b|\bcannot sit still\b|\bmanic\b"),
    compiled(r"\bsweating (?:buckets|loads|like|a lot|so much)\b|\bdrenched\b|\bpouring sweat\b"),
    compiled(r"\bshaking\b|\btwitch\w*|\bjerk\w*|\bfitting\b|\bseizure\b"),
    compiled(r"\beyes (?:are |keep )?(?:rolling|rolled)\b|\bseeing things\b|\bhallucinat\w*"),
    compiled(r"\b(?:burning|boiling) (?:hot|up)\b|\bchest pain\b|\bheart (?:is )?racing\b"),
)
_SEROTONERGIC = compiled(
    r"\btramadol\b|\bmdma\b|\becstasy\b|\blinezolid\b|\bfentanyl\b|\blithium\b|\bst john"
)
_ANTIDEPRESSANT = compiled(
    r"\bantidepressants?\b|\bssris?\b|\bsertraline\b|\bfluoxetine\b|\bcitalopram\b"
    r"|\bescitalopram\b|\bparoxetine\b|\bvenlafaxine\b|\bduloxetine\b|\bmirtazapine\b"
    r"|\bphenelzine\b|\bmaoi\b|\bamitriptyline\b|\bclomipramine\b"
)
_TWITCH = compiled(r"\btwitch\w*|\bjerk\w*|\bclonus\b|\bshivering\b|\btremor\w*|\bshaking\b")
_SEROTONIN_HOT = compiled(r"\bsweat\w*|\bagitat\w*|\bconfus\w*|\brestless\b")
# roused only by shaking, after pills: "have to shake her hard to get anything out of her"
_ROUSED_BY_SHAKING = compiled(
    r"\b(?:have|had|got) to shake (?:him|her|them) (?:really |very )?hard\b"
    r"|\b(?:barely|hardly) (?:responding|responds|respond|rousable|wakes?)\b"
)
_PILLS_TAKEN = compiled(
    r"\b(?:took|taken|swallowed|had)\b[^.!?]{0,20}\b(?:pills|tablets|meds|drugs|something)\b"
)


def _poison_from_bottle(c: Ctx) -> None:
    live = c.f.first_current
    if ANIMAL.search(c.t):
        return
    if live(_SWIG) and live(_IN_VESSEL):
        c.hit(EMERGENCY, "poisoning", "a garden or car poison drunk from a bottle it was kept in")
    elif live(_EMPTY_POISON) and live(_DRUNK_NO_DRINK):
        c.hit(EMERGENCY, "poisoning", "acting drunk beside an empty antifreeze bottle")
        # found, not told: with no word of intent and no self-harm read by the rules, the
        # learned model must not turn the finding into self-harm (the poisoning is the same)
        if not _INTENT.search(c.t) and not any(h.category == "self_harm" for h in c.hits):
            c.f.self_harm_ruled_out = True
    if live(_HYDROCARBON) and _SMALL_CHILD.search(c.t) and live(_SWIG) and live(_INTO_LUNGS):
        c.hit(EMERGENCY, "poisoning", "petrol or lamp oil in a child's mouth, now coughing")
    if live(_CAUSTIC) and live(_MOUTH_BURNT) and _SMALL_CHILD.search(c.t):
        c.hit(EMERGENCY, "poisoning", "a caustic near a small child, the mouth burnt or drooling")


def _child_in_medicines(c: Ctx) -> None:
    live = c.f.first_current
    if not (_SMALL_CHILD.search(c.t) or c.f.child or c.f.infant):
        return
    if (
        live(_INTO_MEDS)
        and live(_SOME_GONE)
        and _RISKY_MEDS.search(c.t)
        and not _NONE_GONE.search(c.t)
        and not ANIMAL.search(c.t)
    ):
        c.hit(EMERGENCY, "poisoning", "a small child in someone's risky medicines, some gone")


def _insulin_and_sugar(c: Ctx) -> None:
    f, live = c.f, c.f.first_current
    low = f.sugar is not None and f.sugar < 4.0
    if live(_INSULIN_TWICE) and (low or live(_HYPO_SIGNS)) and not ANIMAL.search(c.t):
        c.hit(EMERGENCY, "other", "insulin injected twice or too much, and the sugar falling")
    if f.sugar is not None and f.sugar < 3.0 and live(_NOT_MAKING_SENSE):
        c.hit(EMERGENCY, "other", "a sugar under 3 with confusion or a failed swallow")


def _medicines_and_plants(c: Ctx) -> None:
    live = c.f.first_current
    if live(_MTX_DAILY) and _MTX_MISTAKE.search(c.t) and live(_MTX_SIGNS):
        c.hit(EMERGENCY, "poisoning", "methotrexate taken daily instead of weekly, now unwell")
    if live(_TOXIC_PLANT) and _ATE_IT.search(c.t) and live(_PLANT_SIGNS) and not ANIMAL.search(c.t):
        c.hit(EMERGENCY, "poisoning", "a poisonous plant or wild mushroom eaten, now vomiting")


def _drugs(c: Ctx) -> None:
    f, live = c.f, c.f.first_current
    if live(_SPIKED) and live(_CANNOT_STAND):
        c.hit(EMERGENCY, "poisoning", "a drink perhaps spiked, and now unable to stand")
    signs = sum(bool(live(p)) for p in _DRUG_SIGNS) + (f.temp >= 39.0)
    if live(_PARTY_DRUG) and signs >= 2:
        c.hit(EMERGENCY, "poisoning", "a party drug, and now agitated, drenched or fitting")
    if (
        _SEROTONERGIC.search(c.t)
        and _ANTIDEPRESSANT.search(c.t)
        and live(_TWITCH)
        and (f.temp >= 38.5 or c.fever)
        and live(_SEROTONIN_HOT)
    ):
        c.hit(EMERGENCY, "poisoning", "tramadol or a drug beside an antidepressant: serotonin")
    if live(_ROUSED_BY_SHAKING) and live(_PILLS_TAKEN):
        c.hit(EMERGENCY, "poisoning", "pills taken and now only roused by shaking")


def late_poisons(c: Ctx) -> None:
    _poison_from_bottle(c)
    _child_in_medicines(c)
    _insulin_and_sugar(c)
    _medicines_and_plants(c)
    _drugs(c)
    pods(c)
