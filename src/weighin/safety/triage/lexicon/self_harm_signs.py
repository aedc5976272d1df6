"""Self-harm warning-sign families: lethal means at hand, farewells, settling affairs, a chosen
time, being cut off, attempts, overdoses, staged means and deliberate acts.

A person in crisis often writes no ideation word at all ("ive got the blades. sorry to
everyone"), so any two different families together read as an act being readied (the reader is
``triage.self_harm``). Acts, plans and timing are in ``self_harm_acts``.
"""

from __future__ import annotations

from weighin.safety.triage.lexicon.common import (
    MEDICINE,
    NOT_DENIED,
    NOT_STAFF,
    NOT_TO_A_ROLE,
    POISONS,
)
from weighin.safety.triage.lexicon.self_harm_languages import (
    SELF_HARM_FAREWELL_OTHER_LANGUAGES,
    SELF_HARM_MEANS_OTHER_LANGUAGES,
)
from weighin.safety.triage.lexicon.self_harm_more import (
    MEANS_MORE,
    OVERDOSE_MORE,
    ROPE_USE,
)

# --------------------------------------------------------------------------------------------
# Warning-sign families. Each is general wording, not a sentence: any two together (or one with
# ideation) make an emergency.
# --------------------------------------------------------------------------------------------
# Lethal means: a medicine, a ligature, a firearm, a blade, a height, fumes, a poison.
_WEAPON = (
    r"(?:rope|noose|belt|cord|cable|ligature|guns?|firearm|pistol|rifle|shotgun|revolver|bullets|"
    r"ammo|blades?|razors?|razor blades|knife|knives|scalpel|charcoal|bbq|barbecue|hose|exhaust|"
    r"bleach|antifreeze|poison|weed ?killer|helium(?: (?:tank|canister|cylinder|bottle|gas|kit))?"
    r"(?![^.!?]{0,30}\b(?:balloons?|party|parties|birthday|wedding|celebration)\b)"
    r"|nitrogen (?:tank|canister|cylinder)|exit bag)"
)
MEANS = r"(?:" + MEDICINE + r"|bottle of \w+|" + _WEAPON + r")"

# Means at hand: got, bought, taken out, holding, ready, lined up, in front of the writer.
# ("take" alone is how anyone speaks of a medicine, so it counts only for the other means.)
SELF_HARM_MEANS_AT_HAND = (
    r"\bi (?:have|have got|got) (?:the|all the) (?:stuff|things|means)\b(?! (?:for|to) (?:the|my"
    r"|a) (?:party|trip|move|course|recipe|cake|class))|\b(?:tablets|pills|meds|capsules)\b[^.!?]"
    r"{0,10}\bin (?:one|my) hand\b|"
    # (the means denied before the verb is none: "i have not got any pills", "havent bought one")
    r"\b"
    + NOT_DENIED
    + r"(?:have|has|had|got|gotten|bought|buy|buying|ordered|order|ordering|grabbed|grab|fetched"
    r"|picked up|holding|hold|"
    r"holds|loaded|loading|found|collected|stashed|hid|hidden|carrying|sitting (?:here )?with|"
    r"sat (?:here )?with|counted out|laid out|lined up|set out|tied|put|piled|poured|emptied)\b"
    # not a duty, a denial or a treatment: "I have to take medicines for five years", "I have not
    # taken a Flomax pill for a year", "they have her on morphine", "i have no rope"
    r"(?! (?:to|not|never|no|him on|her on|them on|me on)\b)"
    # nor means put out of reach: "we've locked the tablets away", "have hidden the knives"
    r"(?![^.!?;]{0,20}?\b(?:locked|hidden|hid|removed|taken away|put away))"
    # (within one thing said: "have a plan for tonight and the tablets ..." is two signs)
    r"(?:(?! and )[^.!?;]){0,35}?\b" + MEANS + r"\b(?! (?:locked )?(?:away|up)\b)"
    r"|\b(?:took|taken|take|takes|taking)\b[^.!?;]{0,20}?\b" + _WEAPON + r"\b"
    r"|\b" + MEANS + r"\b[^.!?;]{0,25}?\b(?:in front of|next to|beside|by) (?:me|him|her|them)\b"
    # where they are kept, within reach: "the pills are in my drawer right here"
    r"|\b(?:the|my|his|her) "
    + MEANS
    + r" (?:are|is) (?:right )?(?:here|in (?:my|the|his|her) (?:drawer"
    r"|bedside|room|bag|pocket|car)|under (?:my|the|his|her) (?:bed|pillow|mattress))\b"
    r"|\b" + MEANS + r"\b(?: (?:are|is|all))? (?:ready|lined up|laid out|counted out|loaded|"
    r"on (?:my|the|his|her) (?:lap|bed|desk|table|bedside)|in (?:my|his|her) (?:hand|pocket|bag|"
    r"lap))\b"
    r"|\b" + _WEAPON + r"\b (?:has |have |finally |just )*(?:arrived|been delivered|was delivered"
    r"|got delivered|came)\b"
    r"|\b(?:i am|i'm|he is|she is|they are|standing|stood|sat|sitting|up) (?:up )?(?:on|at) "
    r"(?:the )?(?:edge of (?:the |a )?)?(?:roof|bridge|ledge|cliff|platform|railway|tracks|"
    r"top floor|balcony|car park|quarry|tower|multi[- ]?storey)\b"
    r"|\b(?:drove|driven|driving|walked|walking|went|gone|got|cycled|heading|headed|on (?:my|his"
    r"|her) way) (?:up |out )?(?:to|for|towards) (?:the )?(?:top of (?:the |a )?)?"
    r"(?:bridge|cliffs?|quarry|viaduct|railway|tracks|level crossing|multi[- ]?storey|car park roof"
    r"|roof|tower block)\b|\b(?:sitting|sat|standing|stood|parked) (?:in the car )?at the top\b"
    r"|\b(?:location|phone|tracker|find my \w+|gps|snap ?map)\b[^.!?;]{0,20}\b(?:shows?|says|puts"
    r"|is)"
    r"\b[^.!?;]{0,20}\b(?:bridge|cliff|railway|tracks|roof|car park|station|level crossing|river|"
    r"canal|motorway|viaduct)\b"
    r"|\b(?:with|carrying|took|taken|taking) (?:a |the |my |his |her |their |\w+'s )?(?:\w+ )?"
    + _WEAPON
    + r"\b"
    # A supply gathered over time, or one already counted out ("have them counted out").
    r"|\bstockpil\w+\b|\bhoard(?:ing|ed)\b[^.!?;]{0,20}\b" + MEDICINE + r"\b|\b(?:saving|saved"
    r"|storing|stored|collecting|collected) (?:up )?(?:my |his |her |all (?:my |the )?)?(?:\w+ )?"
    + MEDICINE
    + r"\b(?! (?:for|until) (?:a|my|the|next|when|emergencies|travel|holiday))"
    r"|\b(?:have|got|has) (?:them|it|they|all of them|the lot|enough) (?:all )?(?:counted out"
    r"|lined up|laid out|ready|saved up|stashed|hidden)\b"
    # A method described with its setting ("a disposable bbq in a closed car").
    r"|\bengine (?:is |still )?(?:running|on)\b[^.!?]{0,60}\b(?:garage|shut|closed|sealed)\b"
    r"|\b(?:garage|car) (?:door )?(?:is |are )?(?:shut|closed|sealed)\b[^.!?]{0,60}\bengine (?:is "
    r")?(?:running|on)\b"
    r"|\b(?:charcoal|bbq|barbecue|exhaust|hose|gas) (?:\w+ ){0,2}in (?:a |the |my )?(?:closed "
    r"|sealed |shut |locked )?(?:car|garage|room|tent|bathroom)\b"
)

# Farewell: goodbye, sorry to everyone, thanks for nothing, look after my cat, a last message.
SELF_HARM_FAREWELL = (
    r"\b(?:already|have) (?:wrote|written|left|finished) (?:a |my |the )?(?:note|letters?)\b"
    r"(?! (?:for|to) (?:the )?(?:school|teacher|work|office|boss|doctor|gp|nurse|pharmacy))|"
    # not a goodbye said to someone leaving ("said goodbye to my son at the station")
    r"(?<!said )(?<!say )(?<!saying )\bgoodbyes?\b(?! to (?:my|his|her|our|the|a) (?!life|world"
    r"|everyone|everybody))"
    + NOT_TO_A_ROLE
    + r"|\bsee (?:you|u|ya|everyone) (?:all )?(?:on the other side|in (?:the|another"
    r"|my) next "
    r"life|in another life|in heaven)\b|\b(?:it has|it's|it is) been (?:nice|good|fun) knowing "
    r"(?:you|everyone|u)\b|\bchecking out (?:for good|early|now)\b|\bsigning off (?:for good"
    r"|forever)\b|\bsorry (?:to|for) (?:everyone|everybody|everything|all of (?:you|it|this)|"
    r"you all|all this|being (?:a burden|like this))\b|\bsorry everyone\b|\bthanks? (?:you )?for "
    r"(?:nothing|everything)\b|\b(?:love|loved) (?:you|them|u) (?:all|always|so much)\b"
    r"|\b(?:saying|says|said|telling|tells|told) (?:us |me |everyone |them )?(?:that )?(?:he|she"
    r"|they|"
    r"i) (?:loves?|love|is sorry|are sorry|am sorry|was sorry)\b"
    r"|\btell (?:mum|mom|dad|my (?:little |big |baby |younger |older |twin )?\w+|them|everyone|her"
    r"|him|the kids) (?:that )?(?:i|i am) (?:love"
    r"|loved|am sorry|sorry)\b|\b(?:caption|captioned|posted|wrote|texted|messaged|status)\b"
    r"[^.!?;]{0,40}\bthe end\b"
    r"|\bforgive me\b|\b(?:will not|cannot) (?:write|say) (?:much|more|any more)\b"
    r"|\bthis is (?:it|the end|my last \w+)\b|\bnot coming (?:down|back|home)\b|\b(?:you|they) "
    r"will not (?:hear|see) (?:from )?(?:me|him|her) (?:again|anymore)\b|\b(?:last|final) "
    r"(?:message|post|words|goodbye)\b|\bplease (?:look after|take care of|feed) (?:my|the)\b"
    r"|\b(?:look after|take care of) (?:mum|dad|mom|my \w+|the kids|the dog|the cat) for me\b"
    r"|\b(?:letters?|notes?) (?:to|for) (?:my|mum|dad|everyone|the kids|them|her|him)\b"
    r"|\b(?:wrote|written|writing|left|leaving) (?:my |his |her |a |the )?(?:\w+ )?(?:a |some )?"
    r"(?:goodbye )?(?:letters?|notes?) (?:to|for|on|explaining)\b|\b(?:wrote|written|writing) "
    r"(?:my|his|her) (?:mum|dad|mom|wife|husband|kids|children|family|sister|brother|partner) "
    r"(?:a )?(?:letters?|notes?)\b"
    r"|\b(?:will not|am not going to|do not think i will) be (?:posting|around|here|writing"
    r"|messaging|online|on here|replying|coming back|back|needing (?:this|it|them|anything))"
    r"(?: \w+)? (?:again|anymore|any more|much longer|for much longer|after (?:tonight|today))\b"
    r"|\bthank (?:you|u) (?:all )?for (?:being (?:so )?(?:kind|there|good)|putting up with me)\b"
    r"|\b(?:wanted|want|needed|need) (?:someone|somebody|anyone|one person|you) (?:\w+ )?to "
    r"know\b|\b(?:wanted|want|needed) to tell (?:someone|somebody|anyone|you)(?: first)?\b"
)

# Settling affairs: pets and things given away, accounts deleted, passwords sent, a will.
SELF_HARM_AFFAIRS = (
    r"\b(?:giving|gave|given|give) (?:all )?(?:my|his|her|their) (?:\w+ )?(?:things|stuff"
    r"|belongings|"
    r"possessions|clothes|books|games|pets?|cat|dog|savings|money) away\b"
    r"|\b(?:gave|given|giving|give|handed) (?:away )?(?:all )?(?:of )?(?:my|his|her|their|the) "
    r"(?:\w+ )?(?:dog|cat|pets?|puppy|kitten|hamster|rabbit|things|stuff|belongings|possessions|"
    r"games|clothes|books|guitar|savings|money|bank card)\b"
    r"|\b\w+ (?:is|are) (?:taking|having|looking after) (?:the|my|his|her) (?:cat|dog|pets?|kids|"
    r"children|puppy|kitten)\b|\bfound (?:a )?(?:new )?homes? for (?:my|the|his|her) \w+\b"
    r"|\b(?:deleted|deleting|closed|closing|wiped) (?:all )?(?:of )?(?:my|his|her) (?:socials|"
    r"social media|accounts?|instagram|facebook|tiktok|snapchat|twitter|profiles?|photos|"
    r"messages)\b|\bpasswords?\b|\b(?:wrote|written|writing|made|updated|sorted) (?:out )?"
    r"(?:a |my |his |her )?(?:will|affairs|funeral)\b|\b(?:put|putting|puts|got|getting|has|have)"
    r" (?:all )?(?:my |his |her |their )?affairs in order\b"
    r"|\b(?:cancelled|paid off|settled) (?:all )?"
    r"(?:my|his|her) (?:\w+ )?(?:debts|bills|subscriptions|contracts?|accounts)\b"
    # "already given my PS5 away and paid back what i owe my sister"
    r"|\balready (?:given|gave|giving) (?:my|his|her) \w+ away\b"
    # things handed to someone: "gave my camera and my records to my cousin"
    r"|\b(?:gave|given|giving|handed) (?:away )?(?:all )?(?:my|his|her) (?:\w+ ){0,2}?"
    r"(?:and (?:all )?(?:my|his|her) (?:\w+ ){0,2}?)?to (?:my|his|her)"
    r" (?:little |big |younger |older |best )?"
    r"(?:brother|sister|bro|sis|cousin|friend|mate|nephew|niece|son|daughter|flatmate|neighbour)\b"
    r"|\b(?:paid|paying|pay) back (?:what|everything|all|the money) (?:i|he|she) (?:owe|owed"
    r"|owes)\b"
    r"|\b(?:sold|selling) (?:all )?(?:of )?(?:my|his|her) (?:\w+ )?(?:things|stuff|belongings|"
    r"guitar|car|games|console|bike|possessions)\b|\b(?:my|his|her) (?:dog|cat|pets?|kids|"
    r"children|puppy|kitten) (?:is|are) (?:now )?(?:with|staying with|going to|living with) "
    r"(?:my|his|her|a|the|our)\b"
    r"|\b(?:left|leaving|put|sorted|gathered|organised|organized) (?:out )?(?:the |my |all (?:the "
    r"|my )?)?"
    r"(?:insurance|bank|pension|mortgage|will|life insurance|account|financial|funeral) (?:papers|"
    r"documents|details|policy|policies|info|information|plans?|stuff)\b"
    # Who inherits what, written down ("I've written down who gets what").
    r"|\bwho (?:gets|should get|will get|is getting|can have|should have) (?:what|my \w+)\b"
    r"|\bclear(?:ed|ing)? (?:out )?(?:my|his|her) (?:room|flat|desk|locker)\b"
)

# A chosen time or moment for an act: "doing it tonight", "once it's dark", "after everyone's
# asleep", "tonight is the night".
SELF_HARM_SET_TIME = (
    r"\bthe (?:date|day|time) is (?:today|tonight|tomorrow|set|now)\b|\bset (?:a|the) (?:date|day)"
    r"\b|\b(?:will not|would not|do not|does not) (?:need|be needing) (?:him|her|it|them|this|that|"
    r"these|those|my \w+|any \w+) (?:after|past|beyond) (?:tonight|today|tomorrow|this \w+|\w+day)"
    r"\b|"
    # (not a habit told: "I do it when the thoughts get loud")
    r"(?<!i )(?<!we )\b(?:doing|do) it (?:tonight|today|tomorrow|this \w+|once|when|after|before"
    r"|soon|now|at)\b"
    r"|\bgoing to do it\b|\b(?:tonight|today|tomorrow)(?:'s| is) the (?:night|day)\b"
    r"|\bonce it is dark\b"
    r"|\b(?:after|when|once|while|before) (?:everyone|everybody|they|the kids|(?:my|her|his|their"
    r"|our) \w+|mum|dad|he|"
    r"she)(?:'?s| is| are| has| have| goes| go| gets| get)? (?:gone )?(?:\w+ )?(?:asleep|to bed|"
    r"in bed|out|away|at work|to work|left|gone)\b|\bnot coming down this time\b"
    r"|\b(?:it|this|everything|it all|all of it) (?:all )?(?:ends|will end|is ending|finishes"
    r"|is over) "
    r"(?:tonight|today|tomorrow|this \w+|soon|on \w+)\b|\b(?:tonight|today|tomorrow|this \w+) "
    r"(?:it|everything|it all) (?:ends|will end|is over|stops)\b"
    r"|\b(?:tonight|today|tomorrow) i am (?:done|finished|going)\b(?! (?:with|to (?:bed|the|a|my|w"
    r"ork"
    r"|see|get|try|ask|call)))"
)

# Cut off: locked in, not opening the door, not answering, phone off, missing.
SELF_HARM_CUT_OFF = (
    r"\block(?:ed|s)? (?:himself|herself|themselves|myself) in\b|\block(?:ed|s)? (?:the|his|her|"
    r"my) (?:\w+ )?(?:door|bathroom|bedroom|room)\b|\b(?:will not|does not|is not|not|refuses "
    r"to|refusing to) (?:open|opening|unlock|unlocking) (?:the|his|her) (?:door|bathroom)\b"
    r"|" + NOT_STAFF + r"\b(?:will not|does not|is not|not|stopped|has stopped) (?:answer|answering"
    r"|picking up|reply|replying|responding)\b"
    r"|\bphone(?:'s)? (?:is |has been |was |keeps )?(?:going straight to voicemail|off|switched off"
    r"|turned off|dead|going to v"
    r"oicemail)\b"
    r"|\b(?:cannot|could not) (?:reach|find|get hold of|contact) (?:him|her|them)\b"
    r"|\bso (?:nobody|no one|no-one) (?:finds|will find|can find|would find|finds) (?:me|him|her)\b"
    r"|(?<!are )(?<!few )(?<!some )(?<!tablets )(?<!pills )(?<!none )(?<!nothing )\b(?:has |have )?"
    r"(?:gone )?missing\b"
    # (not a dose: "is missing a couple of days a problem")
    r"(?! from| (?:a|an|one|two|three|\d+|a couple of|a few|several|doses?|days?|tablets?|pills?"
    r"|meds|periods?|my|his|her|training|school|work|class|classes|lectures|college|uni"
    r"|practice)\b)|\b(?:door|bathroom|bedroom) (?:is|was|has been)"
    r" (?:still )?locked\b"
)

# An attempt that has just happened: found hanging, cut down, a ligature round the neck.
SELF_HARM_ATTEMPT = (
    r"\bfound (?:me|him|her|them) (?:hanging|with (?:a|the|his|her|my) (?:belt|rope|cord|noose|"
    r"ligature|cable|scarf|tie)|(?:\w+ ){0,3}(?:belt|rope|cord|noose|ligature) (?:round|around))\b"
    r"|\bcut (?:me|him|her|them) down\b|\b(?:belt|rope|cord|noose|ligature|cable|scarf) "
    r"(?:was |is |still )?(?:round|around) (?:my|his|her|their) neck\b"
    # ... not one worn: "a scarf round her neck because of the cold"
    r"(?![^.!?]{0,40}\b(?:to keep (?:warm|out the cold)|because (?:of the cold|it was cold)|fashion"
    r"|style|outfit|wore|wearing)\b)"
    r"|\btried to (?:hang|strangle|"
    r"suffocate|drown|gas|poison)\b|\b(?:hanging|hung (?:himself|herself|myself)) (?:from|in)\b"
    # out of a window to jump: "just tried to climb out of her first-floor window to jump"
    r"|\b(?:tried|trying|tries|attempted) to (?:climb|get) out (?:of )?(?:a|the|her|his|my|their)"
    r" (?:[\w-]+ ){0,2}window (?:to|and) jump\b"
    r"|(?<!cat )(?<!dog )(?<!kitten )(?<!puppy )(?<!bird )(?<!parrot )\b(?:tried|trying|tries"
    r"|attempted) to (?:jump|throw (?:herself|himself|myself|themselves)) out (?:of )?(?:a|the|her"
    r"|his|my|their) (?:[\w-]+ ){0,2}window\b"
)

# Saying there is no plan or intent: a time word is then not read as one.
SELF_HARM_DENIAL = (
    r"\bno (?:plans?|intention|intent)\b|\b(?:not|never) (?:going to|gonna|planning to|planning "
    r"on) (?:do|act|try)\w*\b|\b(?:would|will|could) (?:not|never) (?:actually |really |ever )?"
    r"(?:act on|do) (?:it|them|"
    r"anything)\b|\bnot (?:going to )?act on (?:it|them)\b|\b(?:do not|does not) have anything "
    r"to do it with\b|\b(?:i am|i feel|he is|she is) safe\b"
    r"|\b(?:zero|no|not any|without any) (?:actual |real )?(?:desire|wish|urge|intention|want)"
    r" to (?:die|act|do it|kill myself|end it|end my life)\b"
)

# A large amount of a medicine taken by the writer (or by someone, of all of their own supply).
SELF_HARM_OVERDOSE = (
    # everything kept for pain or illness, swallowed: "just took everything in my pain box"
    r"\b(?:took|taken|swallowed|downed|necked)\b (?:everything|all|the lot|whatever (?:was|i had))"
    r" (?:in|from) (?:my|the|his|her) (?:pain |pill |medicine |meds |first aid )?(?:box"
    r"|cabinet|cupboard|drawer|bag|stash|tin|kit)\b(?! to (?:clean|tidy|sort|check|throw))|"
    r"\b(?:took|taken|swallowed|downed|necked|had|eaten|ate)\b[^.!?;]{0,20}?\b(?:(?:like|about|"
    # (not an age: "had a stroke at 70 while on venlafaxine")
    r"around|over|maybe|nearly) )?(?<!\bat )(?<!aged )"
    r"(?:[1-9]\d|1\d\d|twenty|thirty|forty|fifty|a hundred|all|the "
    r"whole|a whole|whole|every(?: single)? one|the lot|most|loads|handfuls?)\b"
    # (a time, not an amount: "had a headache all day that paracetamol isn't touching")
    r"(?! (?:day|night|morning|week|evening|afternoon|weekend|year|month|along|over|the time"
    r"|together|of a sudden)\b)(?: \w+)?(?: of)?"
    r"(?: (?:my|the|her|his|their|these|those|them))? ?(?:\w+ )?" + MEDICINE + r"\b"
    # a question about what a large dose does, then "I already did"
    r"|\b(?:take|taking|took|swallow\w*)\b[^.!?]{0,20}\b(?:[1-9]\d|1\d\d|all|the whole|a whole)"
    r"\b[^.!?]{0,30}\b" + MEDICINE + r"\b[^.!?]{0,20}[.!?]+\s*(?:i|he|she|they) (?:(?:already|just)"
    r" (?:did|did it|took them|took it|have|has|had)\b|(?:actually |really )?(?:did|have done"
    r"|has done|had done) (?:it|that|this)\b|(?:actually |really )?(?:took|swallowed|downed)"
    r" (?:them|it|the lot|all of them|those)\b)"
)

# Means staged for use: a weapon or ligature out and ready, or a stash of medicine laid out.
# An act being readied even with no other word ("have the razor blades out on the floor").
SELF_HARM_STAGED = (
    r"\b" + _WEAPON + r"\b (?:\w+ ){0,2}?(?:are |is )?(?:out|laid out|set out|lined up|ready|up) "
    r"(?:on|in|next to|beside|by|over) (?:the|my|his|her) (?:\w+ )?(?:floor|bed|table|desk|"
    r"bath|side|sink|lap|beam|banister|door|hook)\b"
    r"|\b(?:all|every one of|a pile of|piles of|a stash of|a heap of|loads of)\b[^.!?;]{0,15}\b"
    + MEDICINE
    + r"\b[^.!?;]{0,25}\b(?:in (?:a )?piles?|in a heap|lined up|counted out|laid out|"
    r"on (?:the|my) (?:bed|floor|table|desk)|in front of me|next to me)\b"
    r"|\b(?:put|piled|poured|emptied|tipped) (?:out )?(?:all )?(?:of )?(?:my|the|his|her) "
    r"(?:\w+ )?" + MEDICINE + r"\b (?:out )?(?:in|into|onto|on) (?:a )?(?:piles?|heap|the bed|the "
    r"floor|the table|my hand)\b|\b(?:the )?(?:rope|noose|belt|cord|ligature) is (?:up|ready|tied"
    r"|set up)\b"
    r"|\b(?:about to|going to|gonna|ready to) (?:go over the edge|step (?:off )?(?:in front of"
    r"|under)|throw (?:myself|himself|herself) (?:off|in front of|under))\b"
    r"|\b(?:rope|noose|belt|cord|cable|ligature|scarf|tie)\b (?:is |already )?(?:tied|hanging|"
    r"fixed|attached|knotted) (?:to|around|round|on|from|over) (?:the|a|my|his|her) (?:\w+ ){0,2}?"
    r"(?:door|handle|banister|bannister|beam|hook|tree|bed|rail|railing|pipe|loft|wardrobe)\b"
)

# An act done on purpose: "drank half a bottle of bleach on purpose", "took them to end it".
SELF_HARM_DELIBERATE = (
    r"\bcut (?:\w+ )?(?:deeper|too deep) than (?:i|he|she|they) (?:meant|wanted|intended"
    r"|have ever|had ever|ever|usually|normally|ever have)\b|\bcut (?:\w+ )?deeper than (?:ever"
    r"|before|usual|normal)\b"
    # a poison drunk "because" of a blow in life (not "because of" a symptom), or after a fight
    r"|(?<!dog )(?<!cat )(?<!puppy )(?<!pet )\b(?:drank|drink|drunk|swallowed|ate)\b (?:the |some |"
    r"a "
    r"|his |her )?(?:\w+ )?(?:pesticide"
    r"|weed ?killer|poison|bleach|antifreeze|insecticide|paraquat)\b"
    r"(?:(?!by accident|accidentally|by mistake|thinking)[^.!?]){0,60}\b(?:because (?:he"
    r"|she|i|they)|after (?:a |the |another |their |our |his |her )?(?:big |huge |bad |terrible )?"
    r"(?:fight|argument|row|quarrel|break ?up))\b"
    r"|\b(?:opened|slit|slashed) (?:up )?(?:my|his|her|their) (?:wrists?|veins?)\b|"
    # all the insulin given at once: "just bolused all the insulin left in my pump"
    r"\b(?:bolused|injected|gave myself|dialled up|dialed up) (?:all (?:of )?(?:the |my )?insulin"
    r" (?:left|that was left|remaining)|the whole (?:pen|cartridge|vial)|every unit|the rest of"
    r" (?:the |my )?(?:insulin|pen))\b|"
    # fumes made on purpose and breathed: "mixed the bleach and the toilet cleaner ... on
    # purpose and shut the door" (not "on purpose to clean the grout")
    r"\bmixed (?:the |some )?(?:bleach|chemicals|cleaners?|\w+ cleaner)\b[^.!?;]{0,60}"
    r"\b(?:on purpose|deliberately|intentionally) (?:and|then) (?:shut|closed|locked|sat|stayed"
    r"|breathed)\b|"
    # a hot thing held to the skin, an object forced into the body, on purpose: "pressed the
    # iron onto my leg on purpose", "held my hand on the hob deliberately", "jammed a pen into
    # my ear on purpose" (not a baby holding her head up on purpose)
    r"\b(?:pressed|held|put|stuck|placed)\b (?:a |the |my |his |her )?(?:hot |heated |burning "
    r"|lit |red hot )?(?:iron|lighter|cigarette|match|spoon|knife|blade|pan|straighteners|curling"
    r" iron|kettle|flame|candle|lit match)\b[^.!?;]{0,30}\b(?:on|onto|to|against|into)"
    r" (?:my|his|her) (?:\w+ )?(?:arms?|legs?|wrists?|hands?|thighs?|skin|stomach|chest|face|neck"
    r"|body|foot|feet)\b[^.!?;]{0,40}\b(?:on purpose|deliberately|intentionally)\b|"
    r"\b(?:held|put|pressed|kept) (?:my|his|her) (?:hand|arm|fingers?|palm|wrist) (?:on|onto|in"
    r"|over|against|under) (?:the |a )?(?:hob|stove|iron|flame|fire|kettle|boiling water"
    r"|radiator|hot plate|candle)\b[^.!?;]{0,40}\b(?:on purpose|deliberately|intentionally)\b|"
    r"\b(?:jammed|shoved|stuck|forced|pushed) (?:a |the |my )?(?:\w+ ){0,2}(?:into|in) (?:my"
    r"|his|her) (?:ear|eye|skin|arm|leg|wrist|thigh|stomach|throat|vagina|urethra)\b"
    r"[^.!?;]{0,40}\b(?:on purpose|deliberately|intentionally)\b|"
    # arms slit or slashed: no accident is told so ("i slit both my arms in the bath")
    r"\b(?:slit|slashed) (?:open )?(?:both (?:of )?)?(?:my|his|her|their) (?:fore)?arms?\b"
    r"(?![^.!?]{0,30}\b(?:on a|on the|at work|metal|glass|slipped|tin|can)\b)|"
    r"\b(?:drank|drunk|drink|swallowed|took|taken|ate|eaten|injected|stabbed|jumped|crashed"
    r"|overdosed|poisoned)\b[^.!?;]{0,40}\b(?:on purpose|deliberately|intentionally|"
    r"(?<!no wish )(?<!no desire )(?<!not want )(?<!never want )(?<!no intention )(?<!no plan )"
    r"(?<!going )(?<!gonna )(?<!is going )"
    r"to (?:die|end it|end it all|kill (?:myself|himself|herself|themselves)|end (?:my|his|her|"
    r"their) life|not wake up)|because (?:i|he|she|they) (?:want|wants|wanted) to (?:die|be dead"
    r"|end it))\b"
)

# An ordinary reason for clearing things out: then it is not a farewell.
SELF_HARM_AFFAIRS_BENIGN = (
    r"\b(?:moving|moved|move|relocating|emigrating|emigrate|decluttering|declutter|downsizing|"
    r"clearing out|clear out|spring clean\w*|charity shop|car boot|new (?:house|flat|home|job|car)|"
    r"abroad|travelling|going travelling|gap year|uni|university|allergic|allergy|baby"
    r"|renovat\w+|solicitor|lawyer|attorney|power of attorney|estate planning"
    r"|end[- ]of[- ]life planning|advance (?:directive|care plan)|funeral plan)\b"
)

# A decision taken, and a date to be gone by: "I've made up my mind", "I'll be gone by Sunday".
SELF_HARM_SET_TIME += (
    # a date set, a day chosen: "date's set for the 14th", "i chose friday" (not "a date for the
    # wedding")
    r"|\b(?:the |my )?(?:date|day)(?:'s| is| has been) (?:set|chosen|picked)\b"
    r"(?! for (?:the|our|my|a|"
    r"his|her) (?:wedding|party|move|trip|holiday|surgery|operation|appointment|scan|baby"
    r"|transfer|induction|c-?section))"
    r"|(?:\b(?:i|we)(?: have| had)? |^|(?<=[.!?] ))(?:chose|chosen|picked|decided on) (?:this )?"
    r"(?:monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|the (?:date|day|night))\b(?! (?:for|to) )"
    r"|\b(?:will|going to|gonna) be (?:gone|dead|at peace|out of (?:here|everyone's way)) (?:by"
    r"|before|"
    r"on|tonight|tomorrow|soon|this|after)\b"
    # back to the place later: "lay down on the train line earlier but got scared, going back
    # after dark"
    r"|\b(?:train line|tracks|railway|bridge|cliff|roof|motorway|ledge|river)\b[^!?]{0,80}"
    r"\bgoing back (?:there )?(?:after dark|tonight|later|tomorrow|when it is dark)\b"
)

# Gone: walked out of school, left home without a word.
SELF_HARM_CUT_OFF += (
    r"|\b(?:walked|ran|stormed|drove|went|took off) (?:out|off|away)(?: of (?:school|work"
    r"|the house|"
    r"home|class|the ward|hospital))?\b(?! (?:to|for|with|of)\b)"
    r"|\bleft (?:school|work|home|the house|"
    r"the ward|hospital) (?:without|an hour|hours|and|this morning|last night)\b"
)

# Going silent on purpose: turning the phone off.
SELF_HARM_CUT_OFF += (
    r"|\b(?:turning|turned|switching|switched|putting|put) (?:my|his|her|their|the) phones? off\b"
    r"|\bphone(?:'s| is| has| was)? (?:now |been )?(?:off|dead|switched off|turned off)\b"
)

# Farewell in other words: "to whoever reads this", "it's not your fault", "look after the kids";
# cut off: "won't say where he is"; a ligature readied; an act "to hurt himself" or "because I
# couldn't cope".
SELF_HARM_FAREWELL += (
    r"|\b(?:to|for) whoever (?:reads|finds|sees|gets) (?:this|me|it)\b"
    r"|\bby the time (?:you|anyone|someone|they) (?:read|reads|see|sees|find|finds|get"
    r"|gets) this\b|\b(?:it is|it's|its) not "
    r"(?:your|anyone's|anyones|their) fault\b|\b(?:look after|take care of|care for) (?:the|my|our)"
    r" (?:kids|children|boys|girls|dog|cat|mum|family|babies)\b"
    # "told him to look after mum", "made my sister promise to take care of the dog" (not
    # for a trip: "... while I'm on holiday")
    r"|\b(?:told|asked|made) (?:him|her|them|my \w+) (?:to )?(?:promise to )?"
    r"(?:look after|take care of|care for)"
    r" (?:mum|mom|dad|mam|nan|gran|everyone|the family|my \w+|the \w+)\b"
    r"(?![^.!?]{0,40}\b(?:while|whilst|when (?:i am|i'm|im)|until|for the (?:week|weekend|day"
    r"|night)|on holiday|away|at work|in hospital)\b)"
)
SELF_HARM_CUT_OFF += (
    r"|\b(?:will not|would not|does not|refuses to|refusing to|not) (?:say|tell (?:me|us)) where "
    r"(?:he|she|they) (?:is|are|has gone|went)\b"
)
SELF_HARM_STAGED += (
    r"|\b(?:tied|made|set up|put up|hung|fixed) (?:a |the |my )?(?:cord|rope|noose|ligature|belt)\b"
    + ROPE_USE
)
SELF_HARM_DELIBERATE += (
    r"|\b(?:drank|drunk|swallowed|took|taken|ate|eaten|injected|overdosed)\b[^.!?;]{0,50}\b(?:to "
    r"(?:hurt|harm|punish) (?:myself|himself|herself|themselves)|because (?:i|he|she"
    r"|they) (?:could "
    r"not|cannot|could no longer) (?:cope|take it|go on|carry on|face))\b"
)
SELF_HARM_OVERDOSE += (
    r"|\b(?:took|taken|swallowed|downed|necked|had|eaten|ate)\b[^.!?;]{0,15}?\b(?:a |the )?(?:full|"
    r"entire|whole) (?:pack|packet|box|bottle|strip|tub|blister|sheet)s? of\b"
    # something swallowed and then regretted: "drank some paraquat weed killer, regret it"
    r"|\b(?:drank|drunk|swallowed|downed|took|taken|ate)\b[^.!?]{0,40}\b(?:"
    + MEDICINE
    + r"|"
    + POISONS
    + r")\b[^.!?]{0,30}[,;.]?\s*(?:i )?(?:regret|regretting|regretted)"
    r" (?:it|doing it|that|drinking it|taking (?:it|them))\b"
    # "a few extra" half-admitted, then the count: "took a few extra of my sleeping tablets to
    # get some sleep, maybe 12??"
    r"|\b(?:took|taken|swallowed|had)\b[^.!?;]{0,10}\bextra\b[^.!?;]{0,25}\b"
    + MEDICINE
    + r"\b[^.!?]{0,40}\b(?:maybe|like|about|around|over|prob(?:ably)?) (?:1\d|[2-9]\d)\b"
)

# "I've written my note": the note, with no more said.
SELF_HARM_FAREWELL += (
    r"|\b(?:wrote|written|writing|finished|left) (?:my|his|her|their) (?:last |final )?(?:letters?|"
    r"notes?)\b"
)

# --- Found on the training sets written by three more writers (2026-11-26) -----------------
# An act about to happen: a leg over the rail, come to jump, someone saying they will jump now,
# pills already crushed into a drink, every pack emptied into a bowl, patches all put on at once.
SELF_HARM_DELIBERATE += (
    r"|\b(?:stepped|walked|ran|drove) (?:out )?(?:in front of|into) (?:a |the )?(?:car|bus|lorry"
    r"|truck|train|traffic|wall|tree)\b[^.!?]{0,20}\b(?:on purpose|deliberately|intentionally)\b"
    r"|\bslashed (?:my|his|her|their) (?:fore)?arms?\b"
)

# Means at hand: a gun on the table, pills or blades by the bath, syringes drawn up, pills gone.
SELF_HARM_MEANS_AT_HAND += (
    r"|\b(?:gun|rifle|shotgun|revolver|pistol)\b[^.!?]{0,15}\b(?:on|in) (?:the|my|his|her)"
    r" (?:table|desk|lap|bed|hand|pocket)\b"
    r"|\b(?:blades?|razor)\b (?:is |are )?(?:on|by|next to) the (?:side|bath|sink|edge)\b"
    r"|\b(?:drawn|drew) (?:them|it|the \w+) up\b|\bhandbrake (?:is )?off\b"
    r"|\b(?:her|his|their|my) (?:pills|tablets|sleeping tablets|medication|meds|bottle of \w+"
    r"(?: \w+)?) (?:is|are) (?:gone|missing)\b|\bso is (?:her|his|their) (?:bottle|box|packet)"
    r" of\b"
)

# Farewells in other words.
SELF_HARM_FAREWELL += (
    r"|\bgoodbye (?:texts?|videos?|voice ?notes?|posts?)\b|\blast time (?:i|you|we|they)"
    r"(?:'ll| will) (?:hear|see)\b|\btell (?:everyone|them all|mum|dad|my \w+) (?:bye|goodbye)\b"
    r"|\b(?:do not|don't|dont) (?:come )?look(?:ing)? for me\b|\bone last (?:whisky|whiskey"
    r"|drink|cigarette|smoke|beer)\b"
)

# A plan said as a decision, a date set, everything in place, a dose known.
SELF_HARM_SET_TIME += (
    r"|\bi (?:have )?set the date\b|\b(?:train|next one|next train) (?:is due|comes|arrives)"
    r" in \d+\b"
    # a train that will not stop, coming through: "the next fast one comes through in about 20"
    r"|\bnext (?:(?:fast|express|freight|non-stop) (?:one|train)|express|freight|one)\b"
    r" (?:is due|comes|arrives|goes|passes)(?: through| past)? in (?:about |around |like"
    r" |roughly )?\d+\b|\b(?:train|one) (?:comes|goes|passes) (?:through|past) in (?:about"
    r" |around |like |roughly )?\d+\b|\bcounting down from \d+\b"
)
SELF_HARM_ATTEMPT += (
    r"|\b(?:found|finding) (?:his|her|their|my) (?:\w+ ){0,2}?(?:bottle|packet|box|pack)s?"
    r" (?:empty|emptied)\b"
)

# Found on blind set G (spent): an overdose of "every X I had left", "it's already done"; a blade
# in the hand; "give me one reason"; "that's when I'm doing it".
SELF_HARM_OVERDOSE += (
    r"|\b(?:every|all (?:the|my|of my)?) ?(?:\w+ )?(?:pills?|tablets?|xanax|oxys?|benzos?|valium"
    r"|diazepam|sleeping pills|painkillers|meds)\b (?:i|he|she) (?:had|have|could find)(?: left)?\b"
)
SELF_HARM_MEANS_AT_HAND += (
    r"|\b(?:blade|razor|knife|gun|pills|tablets|rope)s? (?:is |are )?in my hand\b"
)
SELF_HARM_SET_TIME += (
    r"|\b(?:that is|that's|thats) when (?:i am|i'm|im) (?:doing|going to do|gonna do) it\b"
)

# --- Found on blind set J (spent) -------------------------------------------------------------
# Insulin injected all at once, or in a dose no regimen uses ("injected my whole pen", "shot
# 300 units"): an overdose with no pill in it.
SELF_HARM_OVERDOSE += (
    r"|\b(?:injected|i inject|inject(?:ed)? myself with|shot|pumped|gave (?:myself|himself"
    r"|herself))\b"
    r"[^.!?;]{0,15}?\b(?:all|every bit|the whole|a whole|whole|an entire|the rest|the lot)\b"
    r"(?: (?:of )?(?:the|my|his|her|their|a))?(?: \w+)? (?:insulin|pens?|vials?|cartridges?)\b"
    r"|\b(?:injected|gave (?:myself|himself|herself)|shot)\b[^.!?;]{0,20}?\b(?:[2-9]\d\d|1\d\d\d)"
    r" units\b"
)

# Means shown in a picture sent or posted ("sent me a photo of a bottle of pills").
SELF_HARM_MEANS_AT_HAND += (
    r"|\b(?:photo|picture|pic|pics|snap|selfie|video|image)s? of (?:\w+ ){0,3}?" + MEANS + r"\b"
)

# Self-injury beyond the usual ("cut deeper than normal tonight"): an act needing care now.
SELF_HARM_DELIBERATE += (
    r"|\bcut (?:\w+ )?(?:deeper|too deep|further) than (?:normal|usual|ever|before|last time"
    r"|i ever have)\b"
)

# A ligature already tied ("the belt is already tied"); chemicals mixed behind a shut door.
SELF_HARM_STAGED += (
    r"|\b(?:rope|noose|belt|cord|ligature)(?: is|'s|s) (?:already |all )(?:up|ready|tied|set up)\b"
)
SELF_HARM_MEANS_AT_HAND += (
    r"|\b(?:mixing|mixed|mix) (?:the |some )?(?:bleach|ammonia|chemicals|cleaners|cleaning"
    r" products)\b[^.!?]{0,80}\b(?:door|doors|windows?) (?:is |are )?(?:shut|closed|locked"
    r"|sealed)\b"
)

# --- Found on blind sets AH and AI (2026-11-27) -------------------------------------------------
# The rest of a supply swallowed, with its count ("swallowed the rest of my propranolol ... maybe
# 25 left in the box"); an overdose regretted a sentence later ("took ... about 30 mins ago, im
# 34 weeks. i regret it now").
SELF_HARM_OVERDOSE += (
    r"|\b(?:took|taken|swallowed|downed|necked)\b (?:all )?(?:of )?the rest of (?:my|the|his|her"
    r"|their) (?:\w+ ){0,2}?" + MEDICINE + r"\b[^.!?]{0,40}\b(?:maybe |about |around |like |over "
    r"|nearly |at least )?(?:[1-9]\d|1\d\d)\b(?: \w+)? (?:left|in the|of them|tablets|pills)\b"
    r"|\b(?:took|taken|swallowed|downed)\b[^.!?]{0,40}\b(?:a load|loads|a lot|a handful|handfuls"
    r"|a bunch) of\b[^.!?]{0,30}\b" + MEDICINE + r"\b[^!?]{0,80}?\bi (?:now )?(?:regret|regretted)"
    r" (?:it|doing it|that|taking (?:it|them))\b"
)
# Cards or letters left for birthdays to come: a goodbye ("wrote birthday cards for the kids
# for the next few years"); "i have got what i need", said of no errand.
SELF_HARM_FAREWELL += (
    r"|\b(?:wrote|written|writing|bought|made|left)\b[^.!?]{0,20}\b(?:cards|letters|messages"
    r"|presents)\b[^.!?]{0,40}\b(?:next|coming|future) (?:few |\w+ )?(?:years|birthdays"
    r"|christmases)\b"
)
SELF_HARM_MEANS_AT_HAND += (
    r"|\bi (?:have|have got|got) (?:everything |all )?(?:what )?i need\b(?=\s*(?:[.!?,;]|$|and\b"
    r"|now\b))"
)
SELF_HARM_MEANS_AT_HAND += (
    r"|\b(?:the )?(?:stuff|things) (?:i|we) (?:ordered|bought)(?: online"
    r"| off \w+)? (?:came|arrived|has come|has arrived|got delivered|was delivered)\b"
)
# A poison swallowed after a fight or a leaving, said in a learner's English ("swallow the
# bleach after her boyfriend leave her", "took the rat poison after we fight"); a goodbye
# that ends the message; a roof "now".
SELF_HARM_DELIBERATE += (
    r"|(?<!dog )(?<!cat )(?<!puppy )(?<!pet )"
    r"\b(?:drank|drink|drinked|drunk|swallow|swallowed|swallows|took|take|ate|eat)\b"
    r" (?:the |some |a )?"
    r"(?:\w+ )?" + POISONS + r"\b(?:(?!by accident|accidentally|by mistake|thinking)[^.!?]){0,60}"
    r"\bafter (?:a |the |our |their )?(?:fight|argument"
    r"|we (?:fight|fought|argue|argued)|(?:her|his|my|their) (?:boyfriend|girlfriend|husband|wife"
    r"|partner|father|mother|parents) (?:leave|left|dump\w*|hit|beat|shout\w*))\b"
)
SELF_HARM_FAREWELL += r"|\b(?:bye|goodbye|bye bye)(?: x+)?\W*$"
SELF_HARM_MEANS_AT_HAND += (
    r"|\bon (?:the |a |my |our |this )?(?:\w+ )?(?:roof|rooftop|ledge)\b (?:now|right now)\b"
)

# --- Found by re-reading every labelled set's misses (2026-11-28, third session) -------------
# Affairs: "sorted the will", "sorting out my affairs", "delete my account after"; things
# handed to a colleague or an apprentice.
SELF_HARM_AFFAIRS += (
    r"|\b(?:sorted|sorting|finished|finalised|finalized|done|did) (?:out )?(?:the |my )?(?:will"
    r"|affairs)\b(?! (?:for|of) (?:my|his|her|our|the) (?:late|mum|dad|mother|father|nan|gran))"
    r"(?![^.!?]{0,40}\b(?:house|home|mortgage|baby|born|married|wedding|solicitor|estate|probate"
    r"|inheritance)\b)"
    # (after the writer is gone; not for privacy or a move to another app)
    r"|\bdelete (?:my|all my) (?:accounts?|profiles?|socials|social media|instagram|facebook"
    r"|tiktok|snapchat) after(?:wards)?(?= ?(?:[.!?,]|$))"
    r"(?![^\n]*\b(?:switch\w*|moving to|another app|new app|privacy|data|gdpr)\b)"
    r"|\b(?:gave|given|giving|handed) (?:away )?(?:all )?(?:my|his|her) (?:\w+ ){0,2}?to (?:my|his"
    r"|her) (?:apprentice|colleague|workmate|co-?worker|students?|team)\b"
)
# A farewell: "tell my mum it wasnt her fault", "love to my mum" ending the message.
SELF_HARM_FAREWELL += (
    r"|\btell (?:my \w+|mum|mom|dad|them|her|him|everyone|the kids) (?:that )?(?:it was not"
    r"|it is not|none of (?:this|it) (?:was|is)) (?:her|his|their|your|anyone'?s) fault\b"
    r"|\b(?:all my |my |send my |give my )?love to (?:my \w+|mum|mom|dad|everyone|you all"
    r"|the kids)\W*$"
)
# A weapon where the writer is, and its use set for a time: "theres a knife in my room and im
# going to use it tonight".
SELF_HARM_MEANS_AT_HAND += (
    r"|\b(?:there is|i have|i have got|i got|i am keeping|i hid|hidden|keeping)\b (?:a |the |my )?"
    r"(?:knife|blade|razor blade|noose)s? (?:in|under|by|next to"
    r"|beside|with) (?:my (?:room|bed|pillow|mattress|bag|pocket|drawer)|me)\b"
)
SELF_HARM_SET_TIME += (
    # the time first: "i've decided, tonight im doing it"
    r"|\b(?:tonight|today|tomorrow|this weekend),? i am (?:doing|going to do) it\b"
)
# Pills taken, then regretted or feared: "i took the pills and now i changed my mind i dont
# want to die" (the wish negated is fear after the act, not its absence).
SELF_HARM_OVERDOSE += (
    r"|\bi (?:took|have taken|swallowed|have swallowed|downed) (?:them|all (?:the |of )?(?:my )?"
    r"(?:\w+ )?(?:pills|tablets|meds|capsules)|the (?:pills|tablets|lot)|those (?:pills|tablets)"
    r"|these (?:pills|tablets))\b[^.!?]{0,40}\b(?:changed my mind|do not want to die"
    r"|did not want to die)\b"
)
# A poison drunk and regretted a sentence later: "drank bleach like 10 mins ago. mouth and
# throat burning. i regret it now, i dont want to die"
SELF_HARM_OVERDOSE += (
    r"|\b(?:drank|drunk|swallowed|downed)\b (?:(?:some|a bit|a little|half|most) of )?(?:some |the"
    r" |a |my |his |her )?(?:\w+ )?"
    + POISONS
    # ("i do not really want to die anymore": the wish gone since)
    + r"\b[^!?]{0,80}?\b(?:i regret it|regret it now|i do not (?:really |even )?want to die"
    r"|changed my mind"
    r"|what have i done)\b"
)
# A message that thanks the site for the years and says goodbye: "thank you everyone on here
# for the advice over the years. you were the only ones i could talk to. goodbye x"
SELF_HARM_FAREWELL += (
    r"|\bthank(?:s| you| u)(?: so much)? (?:all |everyone |guys |you all )?(?:on here )?for"
    r" (?:\w+ ){0,4}over the years\b"
    r"|\b(?:you|u) (?:were|have been) the only (?:ones?|people|person) i (?:could|can)"
    r" (?:talk|speak) to\b"
)

# --- Found on training sets W11 to W15 (2026-11-29: self-harm read too low) -----------------
# Means sought or set up: walking to the edge of a platform or a bridge, the key to the gun
# cabinet asked for, a chair put under a beam (not to reach the loft), a syringe drawn up.
SELF_HARM_MEANS_AT_HAND += (
    r"|\b(?:walk\w*|went|go|goes|going|gone|got|stepp\w*|edg\w*|climb\w*) (?:up |out |over )?"
    r"to the (?:very )?edge of (?:the |a )?(?:platform|bridge|roof|rooftop|cliffs?|ledge|car park"
    r"|multi[- ]?storey|balcony|quarry|tracks)\b"
    r"|\b(?:key|keys|combination|code) (?:to|for) (?:the |his |her |my |our )?(?:gun|rifle"
    r"|shotgun|firearms?) (?:cabinet|safe|cupboard|locker|case)\b"
    r"|\b(?:hide|hidden|hid|find|found|get|got) (?:the |a |his |her |my )?(?:gun|rifle|shotgun)"
    r" (?:cabinet|safe|cupboard) keys?\b"
    r"|\b(?:walking|walked|sitting|sat|standing|stood|lying|lay) (?:along|on|by|beside|next to"
    r"|near) the (?:railway|train|rail) (?:line|lines|tracks?)\b[^.!?]{0,60}[.!?,]?[^.!?]{0,60}"
    r"\b(?:comes?|goes|passes|due) (?:thru|through|past|by)?\b"
    r"|\b(?:put|placed|moved|set|stood|dragged) (?:the |a |my )?(?:chair|stool|step ?ladder"
    r"|ladder) (?:under|beneath|below) (?:the |a )?(?:beam|banister|bannister|rafters?|joist|hook"
    r"|tree|branch)\b(?! to\b)(?![^.!?]{0,40}\b(?:reach\w*|loft|paint\w*|fix\w*|bulb|decorat\w*"
    r"|christmas|lights?|shelf|smoke alarm|clean\w*)\b)"
    r"|\b(?:is|are|all|already) drawn up\b|\bdrawn up in (?:a |the )?syringes?\b"
)
# A goodbye worded sideways: a body to be found ("posting so someone finds me"), a leaving
# that is not the one they think, the last words of a message ("tell my little sister i love
# her. im done"), worry told to stop ("dont worry for me anymore"), and no one left to do a
# daily task ("tell my sister the cat needs his tablets every morning. i wont be around to do
# it"; not when a reason is given: away, in hospital).
SELF_HARM_FAREWELL += (
    r"|\bso (?:someone|somebody|anyone|they|you|my \w+) (?:finds|will find|can find|find) (?:me"
    r"|my body)\b(?=\s*(?:$|[.!?,;]|i guess|in time|before|when|after))"
    r"|\b(?:going away|leaving|going|gone)\b[^.!?]{0,10}\bbut not (?:in )?(?:the way|how)"
    r" (?:they|you|he|she|everyone|people|anyone) (?:think|thinks|expect|expects|imagine|mean)\b"
    r"|(?:^|[.!?,]\s*)i am (?:so |just |completely )?done\W*$"
    r"|\b(?:do not|no need to) (?:worry|cry) (?:for|about) me (?:anymore|any more|ever again)\b"
    r"|\b(?:everyone|you|they|you all|the family) (?:can|will|could) (?:finally )?stop worrying"
    r" about me\b"
    r"|\bthat was the last thing\b[^.!?]{0,30}[.!?,]? ?now i can (?:go|rest|leave)\W*$"
    r"|\b(?:you|they|we|he|she) (?:will not|would not|do not|does not) (?:have|need) to (?:worry"
    r"|deal|put up|bother) (?:about|with) (?:me|him|her) (?:much|for much|any) longer\b"
    r"(?!\s*(?:[\u2014\u2013:;,-]|because|since|once|now that|as soon as))"
    r"|\bi (?:will not|am not going to) be (?:around|here|alive) to (?:do it|do that|do this|feed"
    r"|look after|take care|give|walk|see)\b(?![^.!?]{0,40}\b(?:because|as i|since|while"
    r"|holiday|away|hospital|work|trip|abroad|op|operation|surgery|course|conference)\b)"
)
# Care handed over: a pet's routine told to be passed on, a pet left at the kennels ("the
# dog's at the kennels"; a holiday is one sign at most), things given away that a person keeps
# for life ("giving away his tools and his medals").
SELF_HARM_AFFAIRS += (
    r"|\b(?:tell|remind|ask) (?:my \w+|mum|dad|him|her|them|someone) (?:that )?(?:the|my) (?:cat"
    r"|dog|rabbit|fish|hamster|bird|horse|pets?) (?:needs?|has|gets|likes|eats)\b"
    r"|\b(?:the|my|his|her|our) (?:dog|dogs|cat|cats|pets?|puppy|kitten)(?:'s| is| are)?"
    r" (?:now |already )?(?:at|in) (?:the )?(?:kennels|cattery|boarding|rescue|shelter)\b"
    r"(?![^.!?]{0,40}\b(?:while|whilst|when (?:we|i)|until|till|for the (?:week|weekend|day|night)"
    r"|holiday|away|trip|abroad|vets?)\b)"
    r"|\bfound (?:a )?(?:good |new |nice |loving )?homes? for (?:the|my|our) (?:dog|dogs|cat|cats"
    r"|pets?|rabbits?|bird|birds|fish|horse)\b"
    r"|\b(?:giving|gave|given|give|handing|handed) away (?:all |some of |most of )?(?:my|his|her"
    r"|their) (?:\w+ )?(?:tools|medals|jewel\w*|watch|watches|collection|records|gear|camera"
    r"|paintings|guns?|rifles?)\b"
)
# A day named for "it": "doing it on my birthday on thursday", "sunday is the day", "the 14th
# is when im doing it".
SELF_HARM_SET_TIME += (
    r"|\b(?:train|freight|express|one) (?:comes|goes|passes) (?:thru|through|past|by) (?:at "
    r"|around |about )midnight\b"
    r"|\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|the \d+(?:st|nd|rd|th)"
    r"|my birthday) is (?:the day|when i (?:am )?(?:doing|do|will do) it)\b"
    r"|(?<!i )(?<!we )\b(?:doing|do) it on (?:my birthday|(?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day|the (?:anniversary|\d+(?:st|nd|rd|th)?))\b"
    # the train awaited: "if i do it it'll be the next one"
    r"|\b(?:it will|it is going to|i will go|i am going) (?:be )?(?:the|on the) next (?:fast )?"
    r"(?:one|train)\b"
)
# Gone quiet behind a door or a switched-off phone: "is locked in his room", "turn off her
# phone".
SELF_HARM_CUT_OFF += (
    r"|\b(?:is|was|has been|got|still) locked in (?:his|her|their|the) (?:\w+ )?(?:room|bedroom"
    r"|bathroom|toilet)\b"
    r"|\b(?:turn|turned|turns|switch|switched|switches|shut) off (?:her|his|their|my|the)"
    r" phones?\b"
)
# Found in a car with a hose or a pipe from the exhaust: an attempt, the engine on or off.
SELF_HARM_ATTEMPT += (
    r"|\bfound (?:(?:him|her|them|my \w+) )?in (?:his|her|their|the|a) (?:car|van|garage)\b"
    r"[^.!?]{0,60}\b(?:hose|pipe|tube)\b[^.!?]{0,20}\bexhaust\b"
)
SELF_HARM_FAREWELL += SELF_HARM_FAREWELL_OTHER_LANGUAGES
SELF_HARM_MEANS_AT_HAND += SELF_HARM_MEANS_OTHER_LANGUAGES
# Going back to the place to look over: "ive been going up there at night and looking over"
SELF_HARM_MEANS_AT_HAND += (
    r"|\b(?:going|gone|been|went|go|walking|walk|walked|climbing|climb) up (?:there|to the"
    r" (?:bridge|roof|top|cliffs?|car park"
    r"|multi[- ]?storey))\b[^.!?]{0,30}\b(?:looking|look|stare|staring|leaning) (?:over|down)\b"
)
# A last visit and belongings left behind: "going up to the roof for the last time and left his
# badge and wallet on my desk"; waiting for the right time with the means.
SELF_HARM_FAREWELL += (
    r"|\b(?:going|go|went|gone|heading) (?:up |out |down )?to the (?:\w+ )?(?:roof|bridge|cliffs?"
    r"|top|station|tracks|river|sea|quarry|car park) for the (?:very )?last time\b"
    r"|\bthis is the last time (?:i will|i'll|ill|i) (?:come|be) here\b"
)
SELF_HARM_AFFAIRS += (
    r"|\bleft (?:his|her|my|their) (?:badge|wallet|keys|phone|id|cards?|ring)(?: and (?:his |her "
    r"|my |their )?(?:badge|wallet|keys|phone|id|cards?|ring))? (?:on|in|at) (?:my|the|his|her"
    r"|our) (?:\w+ )?(?:desk|table|bed|car|doorstep)\b(?![^.!?]{0,30}\b(?:lol|haha|locked out|by"
    r" mistake|forgot)\b)"
    r"|\bleft (?:my|his|her) \w+(?: and (?:my |his |her )?\w+)? (?:at home|behind) so (?:they|you"
    r"|she|he|my \w+) (?:can|could|will) have (?:them|it)\b"
)
SELF_HARM_SET_TIME += (
    r"|\b(?:waiting|wait) for the right (?:time|moment|day|night)\b(?! to (?:tell|ask|say|buy"
    r"|sell|book|start|plant|propose|talk))"
)
# Situations the families above did not word (self_harm_more): an overdose told by how it was
# taken, a firearm held or borrowed, a blade with the bath, pills ready or gone from the
# cupboard, a height or a platform.
SELF_HARM_OVERDOSE += OVERDOSE_MORE
SELF_HARM_MEANS_AT_HAND += MEANS_MORE
