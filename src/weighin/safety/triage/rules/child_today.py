"""Children who need a doctor today, not an ambulance (round BL): a baby with a cold or
bronchiolitis taking half its feeds or less, or with fewer wet nappies and feeding poorly
(drying out); a fever of five days or more with red eyes, cracked lips, a rash or swollen hands
(Kawasaki disease?); a child limping or not bearing weight with no fall, or with a fever (an
infected joint?); and a blistered burn on a child's face, hands, feet or genitals. The
emergencies (a floppy baby, a burn over a large area) stay in ``maternal_child`` and ``other``.
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import ANIMAL, Ctx

_FEEDS = r"(?:feeds?|feeding|bottles?|milk|breast ?feeds?|ounces|oz|ml)"
_HALF_FEEDS = compiled(
    r"\b(?:only|just|barely|about|around|less than|under|not even) (?:\w+ ){0,3}(?:half|a third"
    r"|a quarter)\b[^.!?]{0,30}\b" + _FEEDS + r"\b"
    r"|\bhalf (?:of )?(?:(?:her|his|their|the|a) )?(?:usual|normal|regular)? ?" + _FEEDS + r"\b"
    r"|\b(?:feeding|drinking|taking) (?:half|a third|a quarter) (?:of )?(?:what|her|his|the)\b"
    # round widen: "maybe half what he normally has", "drunk less than half his normal milk"
    r"|\bhalf (?:of )?what (?:he|she|they|baby|bub|it) (?:normally|usually) (?:has|takes|drinks"
    r"|feeds|gets)\b"
    # round BN: "feeding about half as much", "taking half her usual amount"
    r"|\b(?:feeding|drinking|taking|having|feeds?|eating) (?:\w+ ){0,3}half (?:as much|(?:of )?"
    r"(?:her|his|their|the|its) (?:usual|normal) (?:amount|intake|feeds?|milk))\b"
)
# round widen: a feed given in numbers, the new no more than half the old: "takes 2oz instead
# of 5", "only managing 60ml when she usually has 150"
_FEED_NUMBERS = compiled(
    r"\b(\d+(?:\.\d+)?) ?(?:oz|ounces?|ml|mls)\b[^.!?]{0,20}?\b(?:instead of|rather than|when"
    r" (?:he|she|they) (?:usually|normally) (?:has|takes|drinks)|down from|not) (?:the |his |her"
    r" )?(?:usual |normal )?(\d+(?:\.\d+)?)"
)
_POOR_FEEDING = compiled(
    r"\b(?:not|barely|hardly|is not|has not been) (?:feeding|eating|drinking|taking (?:her|his|the)"
    r" (?:bottles?|milk|feeds?))(?: (?:well|properly|much|great|very well))?\b|\bfeeding (?:much |a"
    r" lot |way |really )?less\b|\boff (?:her|his|their) (?:feeds|milk|bottles?)\b|\brefus\w*"
    r" (?:feeds|the bottle|bottles|(?:her|his) milk|the breast)\b|\bpoor(?:ly)? feed\w*\b"
    r"|\bfeeding poorly\b|\bbringing up (?:her|his|all (?:her|his)) feeds\b"
    # round widen: "only feeding a couple of minutes at a time", "barely wants the breast",
    # "feeds dropped right off", "will not take the bottle"
    r"|\bfeeding (?:for )?(?:only )?(?:a couple|a few|one|two|\d) (?:of )?(?:minutes?|mins?)\b"
    r"|\b(?:barely|hardly|does not|will not) (?:wants?|take|takes|have|has|drink) (?:the|her|his"
    r"|a|any|its) (?:breast|bottles?|milk|feeds?)\b"
    r"|\bfeeds? (?:have |has )?(?:dropped|dropping|gone down|dried up)\b"
)
_FEWER_NAPPIES = compiled(
    r"\b(?:fewer|less|not many|hardly any|barely any|no"
    r"|only (?:one|two|1|2|a few|a couple(?: of)?)) (?:wet )?(?:nappies|nappy|diaper"
    r"|diapers|wees|pees)\b|\bnappies (?:are |have been )?(?:dry|drier|not (?:as )?wet)\b"
    r"|\b(?:nappy|diaper) (?:has been |is )?dry (?:for|since|all)\b"
    # round widen: "nappies less wet than usual"
    r"|\b(?:nappies|diapers) (?:are |have been )?(?:much |a lot )?less wet\b"
    # round BN: "has not had a wet nappy since this morning", "only 3 wet nappies today"
    r"|\b(?:has not|have not|had not|not) (?:had|done|produced) (?:a|any) wet (?:nappy|nappies"
    r"|diapers?)\b|\bonly (?:3|three) wet (?:nappies|diapers)\b|\bwet (?:nappies|diapers)\b"
    r"[^.!?]{0,10}\b(?:but|though) (?:fewer|less)\b"
)
# round BN: a stomach bug told as such
_TUMMY_BUG = compiled(
    r"\b(?:tummy|stomach|sickness|vomiting) (?:bug|virus)\b|\bgastro\w*|\bd ?(?:and|&) ?v\b"
    r"|\b(?:been|was) sick\b|\bvomited\b|\bthrown up\b|\bthrew up\b|\brunny (?:nappies|poos?)\b"
)
# round widen (an emergency): no wet nappy for half a day or more, with feeds refused
_NO_WET_NAPPY_LONG = compiled(
    r"\b(?:no|not had a|not done a|has not had a|not had any) wet (?:nappy|nappies|diapers?)"
    r"\b[^.!?]{0,40}\b(?:(?:1[2-9]|2\d|twelve|fifteen|eighteen|twenty) ?(?:hours|hrs)|since"
    r" (?:last night|yesterday)|all day|a day)\b"
)
# round widen (an emergency): a young baby who keeps stopping breathing for seconds (apnoea)
_APNOEA = compiled(
    r"\b(?:keeps?|kept|keeping) (?:stopping|pausing|forgetting to) breath\w*"
    r"|\bstop(?:s|ped|ping) breathing (?:for (?:like |about |around )?(?:\d+|a few|several)"
    r" (?:seconds|secs)|again and again|over and over|every few)"
    r"|\bpauses? in (?:her|his|their|the) breathing\b[^.!?]{0,30}\b(?:\d+|long|several) sec"
)
# round widen (an emergency): a whole tube or most of a bottle of toothpaste or mouthwash in a
# small child ("my 3yo squeezed out and ate a whole tube of grown-up toothpaste")
_WHOLE_TUBE = compiled(
    r"\b(?:ate|eaten|eat|swallowed|drank|drunk|had|sucked|squeezed \w+ and ate) (?:a |the |an )?"
    r"(?:whole|entire|full|half a|half the|most of (?:a|the)) (?:tube|bottle|pot|tub) of"
    r" (?:\w+ ){0,3}(?:toothpaste|mouthwash|listerine|corsodyl)\b"
)
_COLD = compiled(
    r"\bbronchiolitis\b|\brsv\b|\b(?:a|the|bad|stinking|streaming) cold\b|\bsnott?y\b|\bsnuffl\w*"
    r"|\bblocked nose\b|\bcough\w*|\bchesty\b|\bcongest\w*|\bvirus\b|\bbug\b"
    r"|\brunny nose\b|\bstuffy\b"
)
_BABY = compiled(
    r"\bbab(?:y|ies)\b|\binfant\b|\bnewborn\b|\b\d+ ?(?:week|wk|month|mo)s? old\b"
    # round widen: "bub", and bronchiolitis, an illness of babies
    r"|\bbub(?:ba)?\b|\bbronchiolitis\b"
)
# Kawasaki disease: a long fever with the eyes, the mouth, the skin or the hands
_KAWASAKI = compiled(
    r"\b(?:red|bloodshot|pink) eyes\b|\beyes (?:are |have gone |gone |really |very |so )*(?:red"
    r"|bloodshot)\b|\blips\b[^.!?]{0,25}\b(?:cracked|cracking|red|split|peeling|dry and red)\b"
    r"|\b(?:cracked|cracking|bright red|red) lips\b|\bstrawberry tongue\b|\brash\b|\b(?:hands?"
    r"|feet|fingers|toes)\b[^.!?]{0,25}\b(?:swollen|puffy|peeling|red)\b|\bswollen (?:hands"
    r"|feet|fingers)\b|\bpeeling (?:skin|fingers|toes)\b"
    # round widen: "strawberry looking tongue", "fingertips peeling", "puffy feet", "palms have
    # gone red", "a swollen gland in the neck"
    r"|\bstrawberry (?:\w+ )?tongue\b|\b(?:fingertips|finger tips|palms|soles)\b[^.!?]{0,25}"
    r"\b(?:peeling|red|swollen)\b|\bpuffy (?:hands|feet|fingers|toes)\b"
    r"|\bswollen (?:\w+ )?glands? (?:in|on) (?:his|her|their|the) neck\b"
)
# round widen: five days of fever or more told without a number the reader takes ("5 days of
# temps", "day 7 of fever", "fever since last friday so 5 days", "high temp for almost a week")
_LONG_FEVER = compiled(
    r"\b(?:fever|temps?|temperature|temp)\b[^.!?]{0,40}\b(?:[5-9]|1[0-4]|five|six|seven|eight"
    r"|nine|ten) days\b|\b(?:[5-9]|1[0-4]|five|six|seven|eight|nine|ten) days (?:of|with) (?:a "
    r"|high |the )?(?:fever|temps?|temperature|high temp)\b|\bday (?:[5-9]|1[0-4]|five|six|seven"
    r"|eight|nine|ten) of (?:the |a |her |his )?(?:fever|temp\w*)\b|\b(?:fever|temp\w*)\b"
    r"[^.!?]{0,25}\b(?:for |nearly |almost |over |about )+(?:a|one) week\b"
)
_LIMP = compiled(
    r"\blimping\b|\b(?:has|with|got|developed) a limp\b|\bstarted limping\b|\b(?:will not|refuses"
    r" to|does not want to|cannot|can not) (?:put (?:any )?weight on|stand on|walk on|bear weight"
    r" on)\b"
    # round widen: "refusing to stand on his left leg", "won't walk", "not weight bearing"
    r"|\b(?:refusing|refused|will not|would not) (?:to )?(?:stand|walk|put (?:any )?weight)\b"
    r"|\bnot (?:weight[- ]bearing|bearing weight)\b"
)
# round widen (an emergency with a fever): a leg that cannot be moved without a scream, or a
# child gone floppy or pale beside a limp (an infected joint or bone, or sepsis)
_LEG_SCREAMS = compiled(
    r"\b(?:screams?|screaming|cries|crying|shrieks?) (?:\w+ ){0,2}(?:if|when|whenever) (?:you|we|i"
    r"|anyone) (?:move|moves|touch|touches|bend|straighten)\b|\bfloppy\b|\b(?:very|so|really"
    r"|deathly|grey and) pale\b|\bpale and floppy\b"
)
_NO_FALL = compiled(
    r"\bno (?:\w+ )?(?:fall|falls|injury|injuries|knock|bump|trauma|accident)\b|\b(?:did not|has"
    r" not|have not) (?:fall(?:en)?|hurt|injur|bang|knock)\w*|\bnot (?:fallen|injured|hurt (?:it"
    r"|himself|herself))\b|\bno (?:known|obvious) (?:reason|cause)\b|\bout of (?:nowhere|the"
    r" blue)\b|\bfor no reason\b|\bwoke (?:up )?limping\b"
)
_SON_OR_DAUGHTER = compiled(
    r"\bmy (?:little )?(?:son|daughter|boy|girl)\b"
    # round widen: "daughter 6 has a temp", "granddaughter 3", "my nephew is 4", "toddler"
    r"|\b(?:son|daughter|grandson|granddaughter|nephew|niece) (?:is |aged? )?\(?(?:[1-9]|1[0-5])"
    r"\b(?! ?(?:weeks|days|hours|months))|\btoddler\b"
)
# round widen: a fever said small ("slight temperature", "running a bit of a temp")
_LOW_TEMP = compiled(
    r"\b(?:slight|low|mild|a bit of a|bit of a|low grade|small) (?:temp\w*|fever)\b"
    r"|\brunning a (?:bit of a )?temp\w*"
)
_PRETEND = compiled(r"\bfak\w*|\bpretend\w*|\bput(?:ting)? it on\b|\bto get out of\b")
# A burn on the parts that matter most in a child
BURN_SAID = compiled(
    r"\bburn\w*|\bscald\w*|\b(?:hot|boiling) (?:water|tea|coffee|oil|drink|soup|pan|iron"
    r"|kettle|oven|plate)\b|\b(?:touched|grabbed|held|pulled) (?:the|a|my|his|her) (?:iron|oven"
    r"|hob|stove|straighteners|hair straighteners|curling tongs|pan|kettle|radiator|heater)\b"
    # round widen: "sat in bath water that was too hot"
    r"|\b(?:bath|bath ?water|water|shower)\b[^.!?]{0,20}\b(?:too|very|really|scalding) hot\b"
)
BLISTER = compiled(r"\bblister\w*")
_SPECIAL_SITE = compiled(
    r"\b(?:face|cheeks?|lips?|mouth|nose|eyes?|ears?|hands?|palms?|fingers?|thumbs?|feet|foot"
    r"|soles?|toes?|genitals?|penis|willy|privates|bottom|groin|vulva|bum|buttocks?)\b"
)


_SMALL_CHILD = compiled(r"\btoddler\b|\bbab(?:y|ies)\b|\b[1-5] ?(?:yo|y/o|year old|yr old)\b")
# medicine named, then got into by a pronoun: "i hide the tablets from my toddler but he found
# them and ate some", "we lock the meds away but today my son got into them"
_MEDICINE_NAMED = compiled(
    r"\b(?:tablets?|pills?|meds|medicines?|medication|paracetamol|calpol|ibuprofen|capsules"
    r"|iron)\b"
)
_GOT_INTO_THEM = compiled(
    r"\b(?:got into|got hold of|ate|eaten|swallowed|chewed|found and ate)"
    r" (?:them|some|a few|one|the lot|all of them|some of them|a few of them|one of them)"
    r"(?= ?(?:[,.!?;]|$|and\b|but\b|too\b|i think\b|maybe\b))"
)


def child_today(c: Ctx) -> None:
    f, t, on, hit, live = c.f, c.t, c.on, c.hit, c.f.first_current
    small_child_swallow(c)
    months = f.age_months
    baby = (
        f.infant
        or (months is not None and months < 24)
        or (months is None and bool(_BABY.search(t)))
    )
    if baby:
        baby_emergencies(c, months)
        half = live(_HALF_FEEDS) or _halved_feed(c)
        if half and (_COLD.search(t) or c.fever or on("breathless", "breathing_fast")):
            hit(URGENT, "pediatric", "a baby with a cold taking half its feeds or less")
        if live(_FEWER_NAPPIES) and (live(_POOR_FEEDING) or half):
            hit(
                URGENT, "pediatric", "a baby with fewer wet nappies, not feeding well (drying out?)"
            )
    if (
        (
            baby
            or (months is not None and months < 48)
            or (months is None and _SMALL_CHILD.search(t))
        )
        and live(_FEWER_NAPPIES)
        and (on("fluid_loss", "vomit_persistent") or live(_TUMMY_BUG))
    ):
        # round BN: vomiting or diarrhoea with the nappies drying out in a small child
        hit(URGENT, "pediatric", "a small child with vomiting or diarrhoea and fewer wet nappies")
    if not (f.child or f.infant or (months is None and _SON_OR_DAUGHTER.search(t))):
        return
    long_fever = (c.fever and f.days >= 5) or live(_LONG_FEVER)
    if long_fever and (months is None or months < 16 * 12) and live(_KAWASAKI):
        hit(URGENT, "pediatric", "five days of fever with red eyes, lips or rash (Kawasaki?)")
    if (
        (months is None or months < 16 * 12)
        and c.fever
        and live(_LIMP)
        and live(_LEG_SCREAMS)
        and not ANIMAL.search(t)
    ):
        hit(EMERGENCY, "pediatric", "a feverish child who will not walk, floppy or screaming")
    if (
        (months is None or months < 16 * 12)
        and live(_LIMP)
        and (live(_NO_FALL) or c.fever or live(_LOW_TEMP))
        and not _PRETEND.search(t)
        and not ANIMAL.search(t)
    ):
        hit(URGENT, "pediatric", "a child limping or not bearing weight, no fall or with a fever")
    if (
        (months is None or months < 16 * 12)
        and live(BURN_SAID)
        and live(BLISTER)
        and live(_SPECIAL_SITE)
    ):
        hit(URGENT, "pediatric", "a blistered burn on a child's face, hands, feet or genitals")


def _halved_feed(c: Ctx) -> bool:
    """A feed told in numbers, half or less of the usual: "takes 2oz instead of 5"."""
    for m in c.f.current(_FEED_NUMBERS):
        now, usual = float(m.group(1)), float(m.group(2))
        if 0 < now <= usual / 2:
            return True
    return False


def baby_emergencies(c: Ctx, months: float | None) -> None:
    """Round widen: a young baby who keeps stopping breathing; no wet nappy for half a day with
    feeds refused; a whole tube or bottle of toothpaste or mouthwash in a small child."""
    live, hit = c.f.first_current, c.hit
    if (months is None or months < 12) and live(_APNOEA) and not ANIMAL.search(c.t):
        hit(EMERGENCY, "pediatric", "a baby who keeps stopping breathing (apnoea)")
    if live(_NO_WET_NAPPY_LONG) and (live(_POOR_FEEDING) or live(_HALF_FEEDS)):
        hit(EMERGENCY, "pediatric", "no wet nappy for 12 hours or more, feeds refused")


def small_child_swallow(c: Ctx) -> None:
    """A whole tube of toothpaste or most of a bottle of mouthwash in a child under six; a
    medicine named and then got into ("found them and ate some")."""
    months = c.f.age_months
    small = (months is not None and months < 72) or (
        months is None and (c.f.infant or bool(_SMALL_CHILD.search(c.t)))
    )
    if (
        small
        and _MEDICINE_NAMED.search(c.t)
        and c.f.first_current(_GOT_INTO_THEM)
        and not ANIMAL.search(c.t)
    ):
        c.hit(EMERGENCY, "poisoning", "a small child got into the medicine named")
    if small and c.f.first_current(_WHOLE_TUBE) and not ANIMAL.search(c.t):
        c.hit(
            EMERGENCY,
            "poisoning",
            "a small child swallowed a whole tube or bottle of toothpaste or mouthwash",
        )
