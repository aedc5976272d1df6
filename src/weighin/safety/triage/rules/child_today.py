"""Children who need a doctor today, not an ambulance (round BL): a baby with a cold or
bronchiolitis taking half its feeds or less, or with fewer wet nappies and feeding poorly
(drying out); a fever of five days or more with red eyes, cracked lips, a rash or swollen hands
(Kawasaki disease?); a child limping or not bearing weight with no fall, or with a fever (an
infected joint?); and a blistered burn on a child's face, hands, feet or genitals. The
emergencies (a floppy baby, a burn over a large area) stay in ``maternal_child`` and ``other``.
"""

from __future__ import annotations

from weighin.safety.triage.levels import URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import ANIMAL, Ctx

_FEEDS = r"(?:feeds?|feeding|bottles?|milk|breast ?feeds?|ounces|oz|ml)"
_HALF_FEEDS = compiled(
    r"\b(?:only|just|barely|about|around|less than|under|not even) (?:\w+ ){0,3}(?:half|a third"
    r"|a quarter)\b[^.!?]{0,30}\b" + _FEEDS + r"\b"
    r"|\bhalf (?:of )?(?:(?:her|his|their|the|a) )?(?:usual|normal|regular)? ?" + _FEEDS + r"\b"
    r"|\b(?:feeding|drinking|taking) (?:half|a third|a quarter) (?:of )?(?:what|her|his|the)\b"
)
_POOR_FEEDING = compiled(
    r"\b(?:not|barely|hardly|is not|has not been) (?:feeding|eating|drinking|taking (?:her|his|the)"
    r" (?:bottles?|milk|feeds?))(?: (?:well|properly|much|great|very well))?\b|\bfeeding (?:much |a"
    r" lot |way |really )?less\b|\boff (?:her|his|their) (?:feeds|milk|bottles?)\b|\brefus\w*"
    r" (?:feeds|the bottle|bottles|(?:her|his) milk|the breast)\b|\bpoor(?:ly)? feed\w*\b"
    r"|\bfeeding poorly\b|\bbringing up (?:her|his|all (?:her|his)) feeds\b"
)
_FEWER_NAPPIES = compiled(
    r"\b(?:fewer|less|not many|hardly any|barely any|no"
    r"|only (?:one|two|1|2|a few|a couple(?: of)?)) (?:wet )?(?:nappies"
    r"|diapers|wees|pees)\b|\bnappies (?:are |have been )?(?:dry|drier|not (?:as )?wet)\b"
    r"|\b(?:nappy|diaper) (?:has been |is )?dry (?:for|since|all)\b"
)
_COLD = compiled(
    r"\bbronchiolitis\b|\brsv\b|\b(?:a|the|bad|stinking|streaming) cold\b|\bsnott?y\b|\bsnuffl\w*"
    r"|\bblocked nose\b|\bcough\w*|\bchesty\b|\bcongest\w*|\bvirus\b|\bbug\b"
)
_BABY = compiled(r"\bbab(?:y|ies)\b|\binfant\b|\bnewborn\b|\b\d+ ?(?:week|wk|month|mo)s? old\b")
# Kawasaki disease: a long fever with the eyes, the mouth, the skin or the hands
_KAWASAKI = compiled(
    r"\b(?:red|bloodshot|pink) eyes\b|\beyes (?:are |have gone |gone |really |very |so )*(?:red"
    r"|bloodshot)\b|\blips\b[^.!?]{0,25}\b(?:cracked|cracking|red|split|peeling|dry and red)\b"
    r"|\b(?:cracked|cracking|bright red|red) lips\b|\bstrawberry tongue\b|\brash\b|\b(?:hands?"
    r"|feet|fingers|toes)\b[^.!?]{0,25}\b(?:swollen|puffy|peeling|red)\b|\bswollen (?:hands"
    r"|feet|fingers)\b|\bpeeling (?:skin|fingers|toes)\b"
)
_LIMP = compiled(
    r"\blimping\b|\b(?:has|with|got|developed) a limp\b|\bstarted limping\b|\b(?:will not|refuses"
    r" to|does not want to|cannot|can not) (?:put (?:any )?weight on|stand on|walk on|bear weight"
    r" on)\b"
)
_NO_FALL = compiled(
    r"\bno (?:\w+ )?(?:fall|falls|injury|injuries|knock|bump|trauma|accident)\b|\b(?:did not|has"
    r" not|have not) (?:fall(?:en)?|hurt|injur|bang|knock)\w*|\bnot (?:fallen|injured|hurt (?:it"
    r"|himself|herself))\b|\bno (?:known|obvious) (?:reason|cause)\b|\bout of (?:nowhere|the"
    r" blue)\b|\bfor no reason\b|\bwoke (?:up )?limping\b"
)
_SON_OR_DAUGHTER = compiled(r"\bmy (?:little )?(?:son|daughter|boy|girl)\b")
_PRETEND = compiled(r"\bfak\w*|\bpretend\w*|\bput(?:ting)? it on\b|\bto get out of\b")
# A burn on the parts that matter most in a child
BURN_SAID = compiled(
    r"\bburn\w*|\bscald\w*|\b(?:hot|boiling) (?:water|tea|coffee|oil|drink|soup|pan|iron"
    r"|kettle|oven|plate)\b|\b(?:touched|grabbed|held|pulled) (?:the|a|my|his|her) (?:iron|oven"
    r"|hob|stove|straighteners|hair straighteners|curling tongs|pan|kettle|radiator|heater)\b"
)
BLISTER = compiled(r"\bblister\w*")
_SPECIAL_SITE = compiled(
    r"\b(?:face|cheeks?|lips?|mouth|nose|eyes?|ears?|hands?|palms?|fingers?|thumbs?|feet|foot"
    r"|soles?|toes?|genitals?|penis|willy|privates|bottom|groin|vulva)\b"
)


def child_today(c: Ctx) -> None:
    f, t, on, hit, live = c.f, c.t, c.on, c.hit, c.f.first_current
    months = f.age_months
    baby = (
        f.infant
        or (months is not None and months < 24)
        or (months is None and bool(_BABY.search(t)))
    )
    if baby:
        if live(_HALF_FEEDS) and (_COLD.search(t) or c.fever or on("breathless", "breathing_fast")):
            hit(URGENT, "pediatric", "a baby with a cold taking half its feeds or less")
        if live(_FEWER_NAPPIES) and (live(_POOR_FEEDING) or live(_HALF_FEEDS)):
            hit(
                URGENT, "pediatric", "a baby with fewer wet nappies, not feeding well (drying out?)"
            )
    if not (f.child or f.infant or (months is None and _SON_OR_DAUGHTER.search(t))):
        return
    if c.fever and f.days >= 5 and (months is None or months < 16 * 12) and live(_KAWASAKI):
        hit(URGENT, "pediatric", "five days of fever with red eyes, lips or rash (Kawasaki?)")
    if (
        (months is None or months < 16 * 12)
        and live(_LIMP)
        and (live(_NO_FALL) or c.fever)
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
