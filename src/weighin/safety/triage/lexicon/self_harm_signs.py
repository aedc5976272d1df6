"""Self-harm warning-sign families: lethal means at hand, farewells, settling affairs, a chosen
time, being cut off, attempts, overdoses, staged means and deliberate acts.

A person in crisis often writes no ideation word at all ("ive got the blades. sorry to
everyone"), so any two different families together read as an act being readied (the reader is
``triage.self_harm``). Acts, plans and timing are in ``self_harm_acts``.

The families here are as first written; at the end of this module each is extended, in the order
the wordings were added, by more ways of saying it (``self_harm_signs_reworded``), by those found
on the training and blind sets (``self_harm_signs_found``) and by the situations
``self_harm_more`` words.
"""

from __future__ import annotations

from weighin.safety.triage.lexicon.common import (
    MEANS,
    MEDICINE,
    NOT_DENIED,
    NOT_STAFF,
    NOT_TO_A_ROLE,
    ON_TREATMENT,
    WEAPON,
)
from weighin.safety.triage.lexicon.self_harm_more import MEANS_MORE, OVERDOSE_MORE
from weighin.safety.triage.lexicon.self_harm_signs_found import (
    AFFAIRS_FOUND,
    ATTEMPT_FOUND,
    CUT_OFF_FOUND,
    DELIBERATE_FOUND,
    FAREWELL_FOUND,
    MEANS_AT_HAND_FOUND,
    OVERDOSE_FOUND,
    SET_TIME_FOUND,
    STAGED_FOUND,
)
from weighin.safety.triage.lexicon.self_harm_signs_reworded import (
    CUT_OFF_REWORDED,
    DELIBERATE_REWORDED,
    FAREWELL_REWORDED,
    OVERDOSE_REWORDED,
    SET_TIME_REWORDED,
    STAGED_REWORDED,
)

# --------------------------------------------------------------------------------------------
# Warning-sign families. Each is general wording, not a sentence: any two together (or one with
# ideation) make an emergency.
# --------------------------------------------------------------------------------------------
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
    + ON_TREATMENT
    # nor means put out of reach: "we've locked the tablets away", "have hidden the knives"
    + r"(?![^.!?;]{0,20}?\b(?:locked|hidden|hid|removed|taken away|put away))"
    # (within one thing said: "have a plan for tonight and the tablets ..." is two signs)
    r"(?:(?! and )[^.!?;]){0,35}?\b" + MEANS + r"\b(?! (?:locked )?(?:away|up)\b)"
    r"|\b(?:took|taken|take|takes|taking)\b[^.!?;]{0,20}?\b" + WEAPON + r"\b"
    r"|\b" + MEANS + r"\b[^.!?;]{0,25}?\b(?:in front of|next to|beside|by) (?:me|him|her|them)\b"
    # where they are kept, within reach: "the pills are in my drawer right here"
    r"|\b(?:the|my|his|her) "
    + MEANS
    + r" (?:are|is) (?:right )?(?:here|in (?:my|the|his|her) (?:drawer"
    r"|bedside|room|bag|pocket|car)|under (?:my|the|his|her) (?:bed|pillow|mattress))\b"
    r"|\b" + MEANS + r"\b(?: (?:are|is|all))? (?:ready|lined up|laid out|counted out|loaded|"
    r"on (?:my|the|his|her) (?:lap|bed|desk|table|bedside)|in (?:my|his|her) (?:hand|pocket|bag|"
    r"lap))\b"
    r"|\b" + WEAPON + r"\b (?:has |have |finally |just )*(?:arrived|been delivered|was delivered"
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
    + WEAPON
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
    r"\b" + WEAPON + r"\b (?:\w+ ){0,2}?(?:are |is )?(?:out|laid out|set out|lined up|ready|up) "
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

# Wordings added after the families were first written: more ways of saying them
# (self_harm_signs_reworded), then those found on the training and blind sets
# (self_harm_signs_found).
SELF_HARM_MEANS_AT_HAND += MEANS_AT_HAND_FOUND
SELF_HARM_FAREWELL += FAREWELL_REWORDED + FAREWELL_FOUND
SELF_HARM_AFFAIRS += AFFAIRS_FOUND
SELF_HARM_SET_TIME += SET_TIME_REWORDED + SET_TIME_FOUND
SELF_HARM_CUT_OFF += CUT_OFF_REWORDED + CUT_OFF_FOUND
SELF_HARM_ATTEMPT += ATTEMPT_FOUND
SELF_HARM_OVERDOSE += OVERDOSE_REWORDED + OVERDOSE_FOUND
SELF_HARM_STAGED += STAGED_REWORDED + STAGED_FOUND
SELF_HARM_DELIBERATE += DELIBERATE_REWORDED + DELIBERATE_FOUND
# Situations the families above did not word (self_harm_more): an overdose told by how it was
# taken, a firearm held or borrowed, a blade with the bath, pills ready or gone from the
# cupboard, a height or a platform.
SELF_HARM_OVERDOSE += OVERDOSE_MORE
SELF_HARM_MEANS_AT_HAND += MEANS_MORE
