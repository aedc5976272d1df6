"""Medicines for the mind, drugs and drink: the emergencies they bring, in the words people use.

Withdrawal from drink or sedatives with a fit, things seen that are not there, or confusion
(delirium tremens); a fit after too much of a medicine, even one that is over; confusion with
flicking eyes, or with a drunken walk in a heavy drinker who is sober (Wernicke's); ecstasy with
confusion or a fit (too much water, overheating); two serotonin-raising medicines with jerking
and a fever (serotonin syndrome); someone paranoid or hearing voices with a weapon in hand; an
erection that will not go down for hours; an injecting site with a fever and a swollen limb; and
(urgent) a sore throat on clozapine, which wants a blood count today. Round BB: someone manic or
psychotic somewhere high ("on the roof saying he can fly"); someone with a mental illness who
has stopped moving, speaking, eating and drinking for days (catatonia); and someone with an
eating disorder who has started eating again and now swells, is breathless or has a racing
heart (refeeding). Round BL (urgent): days without sleep with racing thoughts, sprees, fast
talk or grand ideas (mania), not a newborn's nights or worry keeping someone awake.
Each key match is checked current with ``Facts.current``, as every feature is.
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.chronic import PRIAPISM
from weighin.safety.triage.rules.context import Ctx

_SEDATIVES = (
    # (drinking alcohol, not "energy drinks" or "fizzy drinks")
    r"(?:drink(?:ing)?(?! (?:energy|fizzy|soft|diet|sugary|sports) drinks| coffee| tea| cola"
    r"| coke| soda| caffeine| pop| juice| water| milk)|alcohol|booze|the drink|xanax|benzos?"
    r"|diazepam|valium|alprazolam|lorazepam"
    r"|clonazepam|temazepam|zopiclone|zolpidem|sleeping (?:pills|tablets)|gabapentin|pregabalin"
    r"|ghb|g)"
)
_WITHDRAWAL = compiled(
    r"\b(?:stopped|stopping|stop|quit|quitting|gave up|giving up|came off|coming off|cut out"
    r"|ran out of|run out of|detoxing|detox from|off)\b(?: \w+)?(?: \w+)? " + _SEDATIVES + r"\b"
    r"|\b(?:alcohol|drink|booze|benzo|xanax|diazepam) withdrawal\b|\bcold turkey\b"
    r"|\b(?:has not|have not|had not) (?:had )?(?:a drink|any alcohol|a drop)\b"
    r"(?= (?:since|for (?:\d|a day|two|three|four|five)|in (?:\d|two|three) days))"
    # "tried to stop yesterday" in someone who drinks a bottle a day
    r"|\b(?:tried|trying) to (?:stop|quit|cut down)\b(?= (?:yesterday|today|this morning"
    r"|last night|\d+ days? ago|two days ago|on \w+day))"
)
_SEEING_THINGS = compiled(
    r"\bhallucinat\w*|\bseeing (?:things|insects|bugs|spiders|rats|snakes|people|faces)\b"
    r"(?! clearly| differently| more clearly)|\bhearing (?:things|voices)\b"
    r"|\b(?:insects|bugs|spiders|things|ants) crawling\b"
    r"|\bdoes not know where (?:he|she|they) (?:is|are)\b|\bdo not know where i am\b"
    r"|\bnot (?:recogni[sz]ing|know(?:ing)?) (?:me|us|anyone)\b"
)
_SHAKES = compiled(r"\bshak\w*|\btremor\w*|\bthe shakes\b|\bsweat\w*|\bjitter\w*|\btrembl\w*")
_TOO_MUCH = compiled(
    r"\b(?:twice|double|extra|too (?:much|many)|by (?:mistake|accident)|overdos\w*|(?:a|the) lot"
    r" of)\b"
)
# an extra dose taken as an epilepsy plan says, after a seizure: the plan, not an overdose
_AS_PLANNED = compiled(
    r"\b(?:as (?:prescribed|planned|directed)|plan says"
    r"|(?:neurologist|doctor|nurse)['\u2019]?s? plan"
    r"|rescue (?:med\w*|dose)|epilepsy plan|seizure plan)\b"
)
_EYES_FLICKING = compiled(
    r"\beyes? (?:keep |are |is |keeps )?(?:flicking|jerking|jumping|darting|flickering|wobbling"
    r"|twitching) (?:side to side|from side to side|about|around|back and forth)\b|\bnystagmus\b"
)
_HEAVY_DRINKER = compiled(
    r"\balcoholic\b|\b(?:heavy|big|daily) drinker\b|\bdrinks (?:heavily|a lot|every day|most"
    r" (?:days|nights)|all day)\b|\bdrinking (?:heavily|a lot|every day)\b|\balcohol problem\b"
)
_WALK_OFF = compiled(
    r"\b(?:cannot|can not|could not) walk (?:straight|in a straight line|properly)\b"
    r"|\bstaggering\b|\bunsteady\b|\bwobbly on (?:his|her|their) feet\b|\bfalling about\b"
)
_PARTY_DRUG = compiled(
    r"\b(?:mdma|molly|ecstasy|mandy|pingers)\b"
    r"|\b(?:taking|took|taken|had|dropped|did|done|after) (?:some |an? |half an? )?(?:md|e|pills?)"
    r"\b(?= (?:at|and|last|earlier|tonight|because|at the|then))"
)
_WATER_LOAD = compiled(r"\b(?:litres|liters|gallons|bottles|loads) (?:and \w+ )?of water\b")
_SEROTONERGIC = compiled(
    r"\b(?:sertraline|zoloft|fluoxetine|prozac|citalopram|escitalopram|lexapro|paroxetine"
    r"|seroxat|venlafaxine|effexor|duloxetine|cymbalta|tramadol|st john['\u2019]?s wort"
    r"|triptans?|sumatriptan|linezolid|mdma|ecstasy|lithium|fentanyl|methylene blue|trazodone"
    r"|clomipramine|phenelzine|moclobemide)\b"
)
# a brand and its generic are one medicine: "sertraline (zoloft)" is not two
_SAME_DRUG = {
    "zoloft": "sertraline", "prozac": "fluoxetine", "lexapro": "escitalopram",
    "seroxat": "paroxetine", "effexor": "venlafaxine", "cymbalta": "duloxetine",
    "ecstasy": "mdma", "sumatriptan": "triptan", "triptans": "triptan",
}  # fmt: skip
_JERKS = compiled(
    r"\b(?:jerk\w*|twitch\w*|clonus|rigid|stiff (?:all over|muscles)|legs? (?:jumping|kicking)"
    r" on (?:their|its|my|his|her) own)\b"
)
_HOT_OR_MUDDLED = compiled(
    r"\b(?:cannot|can not|could not) think (?:straight|clearly)\b|\bagitat\w*|\bconfus\w*"
)
_DELUDED = compiled(
    r"\b(?:thinks|convinced|believes|says|saying|keeps saying|sure)\b[^.!?]{0,50}"
    r"\b(?:coming (?:to|for) (?:kill|get|hurt)|(?:out|coming) to (?:get|kill)"
    r"|trying to (?:kill|poison|get|hurt))\b"
    r"|\b(?:is|he is|she is|they are|gone|so|really|very) paranoid (?:that|about (?:people"
    r"|someone|them|the neighbours|everyone))\b|\bhearing voices\b|\bthe voices\b|\bpsychotic\b"
    r"|\bpsychosis\b"
)
# a weapon in hand, not "a knife and fork" or a screwdriver mending a radio
_WEAPON_HELD = compiled(
    r"\b(?:holding|waving|clutching|brandishing|grabbed|picked up|has got|has|got) (?:a |the |his "
    r"|her |my )?(?:kitchen |big |large )?(?:knife|knives|blade|machete|axe|gun)\b"
    r"(?! and fork)(?![^.!?]{0,30}\b(?:chopping|cooking|cutting (?:up|the)|peeling|carving the)\b)"
)
_HOURS = compiled(
    r"\b(?:[2-9]|1\d|two|three|four|five|six|several|a few|many) (?:hours|hrs)\b|\ball night\b"
    r"|\bsince (?:last night|this morning)\b|\bpriapism\b"
)
_INJECTS = compiled(r"\b(?:injecting|injects|inject|injected|shooting up|shoots up|iv drug)\b")
# a medicine or a vaccine injected: not drugs
_MEDICAL_JAB = compiled(
    r"\b(?:insulin|vaccin\w*|jabs?|flu shot|booster|b12|ozempic|wegovy|mounjaro|saxenda|depot"
    r"|injection site|steroid injection|clexane|heparin|methotrexate|humira|testosterone)\b"
)
_CLOZAPINE = compiled(r"\bclozapine\b|\bclozaril\b|\bcarbimazole\b")
_UP_HIGH = compiled(
    r"\b(?:on|onto|up on|out on) (?:the|a|our|his|her) (?:roof|ledge|balcony railing|railings?"
    r"|scaffolding|window ?ledge|top of (?:the|a) \w+)\b"
)
_UNREAL = compiled(
    r"\b(?:manic|mania|psychotic|psychosis|hearing voices|hallucinat\w*"
    r"|(?:says|thinks|believes|convinced) (?:he|she|they) (?:can|could) fly)\b"
    # round widen: "says god told her she can fly"
    r"|\b(?:told|telling) (?:him|her|them) (?:that )?(?:he|she|they) (?:can|could) fly\b"
)
# round widen: a threat to kill or stab another person ("said he's going to kill our neighbour")
_THREAT_TO_KILL = compiled(
    r"\b(?:going to|gonna|will|wants to|threaten\w*(?: to)?|says (?:he|she|they) will) (?:kill|stab"
    r"|murder|slit the throat of) (?:our|the|his|her|my|their|that|a|everyone|someone|them|him|her)"
    r"\b(?! ?(?:self|myself|himself|herself|themselves))"
)
_JOKING = compiled(r"\b(?:lol|lmao|haha\w*|jk|joking|kidding|cake|in the game|film|movie)\b")
# round widen: a height said with its floor ("keeps going out onto the 8th floor balcony")
_HIGH_PLACE = compiled(
    r"\b(?:on|onto|out on|out onto|up on|over) (?:the|a|our|his|her|their) (?:\w+ ){0,2}"
    r"(?:roof|rooftop|ledge|balcony|railings?|window ?sill|bridge|cliff)\b"
)
# round widen: "has not eaten or drunk anything in 3 days"
_NO_FOOD_DRINK_DAYS = compiled(
    r"\b(?:has not|have not|had not|not) (?:eaten|had anything to eat) (?:or|and|nor) (?:drunk"
    r"|drank|had anything to drink)\b(?: anything)?[^.!?]{0,12}\b(?:in|for) (?:\d+|two|three"
    r"|four|five|several|a few|a couple of|days)\b"
)
# New voices or whispers, getting louder or known not to be real: "started hearing whispering. i
# know its not real but its getting louder" (not tinnitus, not a neighbour's telly)
_NEW_VOICES = compiled(
    r"\b(?:started|starting|keep|keeps|been|now|begun|began) (?:to )?hear(?:ing)? (?:voices|whisper"
    r"\w*|people talking|someone (?:talking|whisper\w*)|my name (?:being )?called)\b(?=[^!?]{0,80}"
    r"\b(?:not real|louder|worse|nobody (?:is )?there|no one (?:is )?there|nobodys there|scared"
    r"|scaring|telling me|talking about me|never had|alone|going crazy|going mad)\b)"
    r"(?![^!?]{0,80}\b(?:next door|neighbou?rs?|tv|telly|radio|through the wall|tinnitus)\b)"
)
_STILL_AND_SILENT = compiled(
    r"\b(?:has not|have not|not) (?:moved|spoken|talked|said a word)"
    r"(?: or (?:moved|spoken|talked|eaten))? (?:for|in) (?:\d+|two|three|four|a few|several"
    r"|a couple of) (?:days|hours)\b"
)
_NOT_EATING_DRINKING = compiled(
    r"\b(?:will not|not|refuses to|refusing to) (?:eat|eating) (?:or|and|nor) (?:drink"
    r"|drinking)\b|\bnot (?:eating|drinking) or (?:eating|drinking)\b"
)
_MIND_ILL = compiled(
    r"\b(?:bipolar|schizo\w*|psychosis|psychotic|depress\w*|catatoni\w*"
    r"|mental (?:illness|health))\b"
)
_EATING_DISORDER = compiled(
    r"\b(?:anorexi\w*|bulimi\w*|eating disorder|(?:barely|hardly) eaten (?:for|in) (?:weeks|months)"
    r"|nearly nothing for (?:weeks|months)"
    r"|after months of (?:nearly|almost|hardly|barely) nothing)\b"
)
_EATING_AGAIN = compiled(
    r"\b(?:started|starting|began) (?:eating|to eat|refeeding|re-?feeding)\b|\beating again\b"
    r"|\brefeeding\b"
)


def mind(c: Ctx) -> None:
    f, on, hit, t = c.f, c.on, c.hit, c.t
    live = f.first_current
    seizure = on("seizure") or "seizure" in f.settled
    if (live(_UP_HIGH) or live(_HIGH_PLACE)) and live(_UNREAL):
        hit(EMERGENCY, "other", "someone manic or psychotic somewhere high")
    if live(_STILL_AND_SILENT) and live(_NOT_EATING_DRINKING) and _MIND_ILL.search(t):
        hit(EMERGENCY, "other", "not moving, speaking, eating or drinking for days (catatonia?)")
    if (
        _EATING_DISORDER.search(t)
        and live(_EATING_AGAIN)
        and (on("ankle_swelling", "breathless", "palpitations", "confusion") or c.faintish)
    ):
        hit(EMERGENCY, "other", "eating again after starving, now swelling, breathless or racing")
    if live(_WITHDRAWAL):
        if seizure or live(_SEEING_THINGS) or on("confusion"):
            hit(
                EMERGENCY,
                "neuro",
                "a fit, hallucinations or confusion on stopping drink or sedatives",
            )
        elif live(_SHAKES):
            hit(URGENT, "other", "withdrawal from drink or sedatives")
    if (
        seizure
        and (on("minor_dose", "overdose", "big_quantity") or live(_TOO_MUCH))
        and not _AS_PLANNED.search(t)
    ):
        hit(EMERGENCY, "neuro", "a fit after too much of a medicine or drug")
    if on("confusion") and (
        live(_EYES_FLICKING)
        or (_HEAVY_DRINKER.search(t) and (live(_WALK_OFF) or on("cannot_stand")))
    ):
        hit(EMERGENCY, "neuro", "confusion with flicking eyes or an unsteady walk (Wernicke's?)")
    if _PARTY_DRUG.search(t) and (
        on("confusion", "seizure", "unconscious")
        or (live(_WATER_LOAD) and on("nausea", "headache"))
    ):
        hit(EMERGENCY, "poisoning", "ecstasy with confusion, a fit or too much water")
    serotonergic = {_SAME_DRUG.get(m.group(0), m.group(0)) for m in _SEROTONERGIC.finditer(t)}
    if len(serotonergic) >= 2:
        if live(_JERKS) and (c.fever or live(_HOT_OR_MUDDLED) or on("confusion")):
            hit(EMERGENCY, "poisoning", "jerking with a fever on two serotonin medicines", 3)
        elif live(_JERKS) or live(_SHAKES):
            hit(URGENT, "poisoning", "shaking or sweating on two serotonin medicines")
    if live(_THREAT_TO_KILL) and live(_WEAPON_HELD) and not _JOKING.search(t):
        # round widen: "says he is going to kill the neighbour ... he has a knife"
        hit(EMERGENCY, "other", "threatening to kill someone, with a weapon at hand", 5)
    elif live(_DELUDED) and live(_WEAPON_HELD):
        hit(EMERGENCY, "other", "someone paranoid or hearing voices, with a weapon")
    elif live(_NEW_VOICES):
        hit(URGENT, "other", "new voices or whispers (a mental health team today)")
    if live(PRIAPISM) and _HOURS.search(t):
        hit(EMERGENCY, "other", "an erection that will not go down for hours")
    if (
        live(_INJECTS)
        and c.fever
        and on("limb_swollen", "spreading_red", "red_streaks")
        and not _MEDICAL_JAB.search(t)
    ):
        hit(EMERGENCY, "infection", "a fever and a swollen or spreading red limb where drugs go in")
    if _CLOZAPINE.search(t) and on("sore_throat") and not c.fever:
        hit(URGENT, "infection", "a sore throat on clozapine (a blood count today)")
    if _NO_SLEEP_DAYS.search(t) and not _SLEEP_EXPLAINED.search(t):
        racing = live(_RACING_THOUGHTS) and not _WORRIED.search(t)
        signs = {m.group(0) for m in f.current(_MANIC_SIGNS)}
        # the sleepless days asked about ("is it normal to go 3 nights with no sleep?") count
        # when two signs of mania are told as happening beside them
        if (live(_NO_SLEEP_DAYS) and (signs or racing)) or len(signs) >= 2:
            hit(URGENT, "other", "days without sleep with racing thoughts, spending or grand ideas")
    if live(_NO_FOOD_DRINK_DAYS) and on("confusion"):
        # "high for a week, not eaten or drunk in 3 days, now confused and shaking": drying out
        # and delirium, whatever began it
        hit(EMERGENCY, "other", "days without food or drink, now confused")


# Round BL: days without sleep, with racing thoughts, sprees or grand ideas (mania: a mental
# health team today). Not a newborn's nights, a shift pattern, or worry keeping someone awake.
_DAYS = r"(?:\d+|two|three|four|five|six|seven|several|a few|a couple of|many) (?:days|nights)"
_NO_SLEEP_DAYS = compiled(
    r"\b(?:has not|have not|had not|not|barely|hardly|no|without) (?:really )?(?:slept|sleep\w*"
    r"|had any sleep|been to (?:bed|sleep))\b[^.!?]{0,20}\b(?:in|for|over)(?: the (?:last|past))? "
    + _DAYS
    + r"|\b"
    + _DAYS
    + r" (?:without|with no|with barely any|with hardly any) sleep\b|\bup for "
    + _DAYS
    + r"(?: straight)?\b|\b(?:does not|do not|says (?:she|he|they) does not) need (?:any )?sleep\b"
    # round widen: "not slept in like 4 days", "not needed sleep since tuesday", "up all night
    # every night this week", "sleeping maybe 2 hrs a night", "awake most nights for 5 days"
    r"|\b(?:has not|have not|had not|not) (?:really )?(?:slept|had any sleep)\b[^.!?]{0,12}\b(?:in"
    r"|for) (?:like |about |around |nearly |almost |over )?(?:" + _DAYS + r"|a week)\b"
    r"|\b(?:has not|have not|not) (?:needed|needing|wanted) (?:any )?sleep\b"
    r"|\bup all night (?:every night|night after night|for days|all week)\b"
    r"|\b(?:sleeping|sleeps|getting) (?:maybe |only |about |barely |like |around )?(?:\d|one|two"
    r"|an?) (?:hours?|hrs?) (?:a|per|each) night\b"
    r"|\bawake (?:most|all|every) (?:of the )?nights?\b"
)
_SLEEP_EXPLAINED = compiled(
    r"\b(?:newborn|new baby|the baby|teething|night shifts?|jet ?lag|colic|cluster feed\w*"
    r"|exams?|deadline|revision)\b"
)
_RACING_THOUGHTS = compiled(
    r"\bracing thoughts\b|\bthoughts (?:are )?racing\b|\b(?:mind|brain|head) (?:is |keeps )?"
    r"(?:racing|going a mile a minute|will not switch off)\b"
)
_WORRIED = compiled(r"\bworr\w*|\banxi\w*|\bstress\w*|\bpanic\w*|\bgrie\w*|\boverthink\w*")
_MANIC_SIGNS = compiled(
    r"\bmani(?:a|c)\b|\bhypomani\w*|\bspending (?:spree|sprees|like crazy|loads|money)\b"
    r"|\bspent (?:all|thousands|hundreds|loads|our|the|his|her|their|\d)[^.!?]{0,20}"
    r"(?:savings|money|£|\$|pounds|dollars|credit)?|\bmaxed out\b|\bbuying (?:loads|everything"
    r"|cars?|a car|stuff)\b|\btalking (?:non ?stop|so fast|really fast|constantly|over everyone"
    r"|a mile a minute|at a hundred miles an hour)|\bgrandios\w*|\binvincible\b|\bgenius\b"
    r"|\b(?:chosen|sent) by god\b|\bgod (?:chose|has chosen|told|is talking)\b|\bspecial"
    r" (?:powers|mission)\b|\bmission from\b|\bgoing to (?:be|become) (?:president|famous"
    r"|rich|a millionaire|a billionaire|the next)\b|\bmillion (?:pound|dollar) (?:idea|business)"
    r"|\bbusiness (?:ideas|plans)\b|\bon top of the world\b|\beuphoric\b|\bnot (?:even )?tired"
    r"\b|\bwired\b|\bparanoi\w*|\bhearing (?:voices|whispers|things)\b"
    # round widen: fast talk, thoughts too fast to write, sprees and schemes told in other words
    r"|\btalks? (?:so|really|very|too) fast\b|\b(?:thoughts|mind|brain|ideas) (?:are |is )?"
    r"(?:going|coming|moving) (?:so|too|really) fast\b|\b(?:brain|mind|head) (?:is )?buzzing\b"
    r"|\bjump\w* from (?:topic|subject|one thing) to\b|\bvery chatty\b|\bon a whim\b"
    r"|\bgiv\w* (?:his|her|their|my) money away\b|\bspecial (?:plans|purpose)\b"
    r"|\bbe famous\b|\bstarting (?:\d|two|three|several) (?:new )?businesses\b"
    r"|\bordering (?:loads|tons|heaps)\b|\bbought a (?:car|house|boat)\b(?=[^.!?]{0,40}\b(?:without"
    r" telling|on a whim|out of nowhere))|\bbooked flights\b"
)
