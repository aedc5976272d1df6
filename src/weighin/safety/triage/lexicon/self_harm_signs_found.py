"""Wordings of the warning-sign families found on the training and blind sets, appended family
by family to the tables in ``self_harm_signs``, after those in ``self_harm_signs_reworded``;
the same families in other languages go in at their place here.
"""

from __future__ import annotations

from weighin.safety.triage.lexicon.common import MEANS, MEDICINE, POISONS
from weighin.safety.triage.lexicon.self_harm_languages import (
    SELF_HARM_FAREWELL_OTHER_LANGUAGES,
    SELF_HARM_MEANS_OTHER_LANGUAGES,
)

# --- Found on the training sets written by three more writers (2026-11-26) -----------------
# An act about to happen: a leg over the rail, come to jump, someone saying they will jump now,
# pills already crushed into a drink, every pack emptied into a bowl, patches all put on at once.
DELIBERATE_FOUND = (
    r"|\b(?:stepped|walked|ran|drove) (?:out )?(?:in front of|into) (?:a |the )?(?:car|bus|lorry"
    r"|truck|train|traffic|wall|tree)\b[^.!?]{0,20}\b(?:on purpose|deliberately|intentionally)\b"
    r"|\bslashed (?:my|his|her|their) (?:fore)?arms?\b"
)

# Means at hand: a gun on the table, pills or blades by the bath, syringes drawn up, pills gone.
MEANS_AT_HAND_FOUND = (
    r"|\b(?:gun|rifle|shotgun|revolver|pistol)\b[^.!?]{0,15}\b(?:on|in) (?:the|my|his|her)"
    r" (?:table|desk|lap|bed|hand|pocket)\b"
    r"|\b(?:blades?|razor)\b (?:is |are )?(?:on|by|next to) the (?:side|bath|sink|edge)\b"
    r"|\b(?:drawn|drew) (?:them|it|the \w+) up\b|\bhandbrake (?:is )?off\b"
    r"|\b(?:her|his|their|my) (?:pills|tablets|sleeping tablets|medication|meds|bottle of \w+"
    r"(?: \w+)?) (?:is|are) (?:gone|missing)\b|\bso is (?:her|his|their) (?:bottle|box|packet)"
    r" of\b"
)

# Farewells in other words.
FAREWELL_FOUND = (
    r"|\bgoodbye (?:texts?|videos?|voice ?notes?|posts?)\b|\blast time (?:i|you|we|they)"
    r"(?:'ll| will) (?:hear|see)\b|\btell (?:everyone|them all|mum|dad|my \w+) (?:bye|goodbye)\b"
    r"|\b(?:do not|don't|dont) (?:come )?look(?:ing)? for me\b|\bone last (?:whisky|whiskey"
    r"|drink|cigarette|smoke|beer)\b"
)

# A plan said as a decision, a date set, everything in place, a dose known.
SET_TIME_FOUND = (
    r"|\bi (?:have )?set the date\b|\b(?:train|next one|next train) (?:is due|comes|arrives)"
    r" in \d+\b"
    # a train that will not stop, coming through: "the next fast one comes through in about 20"
    r"|\bnext (?:(?:fast|express|freight|non-stop) (?:one|train)|express|freight|one)\b"
    r" (?:is due|comes|arrives|goes|passes)(?: through| past)? in (?:about |around |like"
    r" |roughly )?\d+\b|\b(?:train|one) (?:comes|goes|passes) (?:through|past) in (?:about"
    r" |around |like |roughly )?\d+\b|\bcounting down from \d+\b"
)
ATTEMPT_FOUND = (
    r"|\b(?:found|finding) (?:his|her|their|my) (?:\w+ ){0,2}?(?:bottle|packet|box|pack)s?"
    r" (?:empty|emptied)\b"
)

# Found on blind set G (spent): an overdose of "every X I had left", "it's already done"; a blade
# in the hand; "give me one reason"; "that's when I'm doing it".
OVERDOSE_FOUND = (
    r"|\b(?:every|all (?:the|my|of my)?) ?(?:\w+ )?(?:pills?|tablets?|xanax|oxys?|benzos?|valium"
    r"|diazepam|sleeping pills|painkillers|meds)\b (?:i|he|she) (?:had|have|could find)(?: left)?\b"
)
MEANS_AT_HAND_FOUND += (
    r"|\b(?:blade|razor|knife|gun|pills|tablets|rope)s? (?:is |are )?in my hand\b"
)
SET_TIME_FOUND += (
    r"|\b(?:that is|that's|thats) when (?:i am|i'm|im) (?:doing|going to do|gonna do) it\b"
)

# --- Found on blind set J (spent) -------------------------------------------------------------
# Insulin injected all at once, or in a dose no regimen uses ("injected my whole pen", "shot
# 300 units"): an overdose with no pill in it.
OVERDOSE_FOUND += (
    r"|\b(?:injected|i inject|inject(?:ed)? myself with|shot|pumped|gave (?:myself|himself"
    r"|herself))\b"
    r"[^.!?;]{0,15}?\b(?:all|every bit|the whole|a whole|whole|an entire|the rest|the lot)\b"
    r"(?: (?:of )?(?:the|my|his|her|their|a))?(?: \w+)? (?:insulin|pens?|vials?|cartridges?)\b"
    r"|\b(?:injected|gave (?:myself|himself|herself)|shot)\b[^.!?;]{0,20}?\b(?:[2-9]\d\d|1\d\d\d)"
    r" units\b"
)

# Means shown in a picture sent or posted ("sent me a photo of a bottle of pills").
MEANS_AT_HAND_FOUND += (
    r"|\b(?:photo|picture|pic|pics|snap|selfie|video|image)s? of (?:\w+ ){0,3}?" + MEANS + r"\b"
)

# Self-injury beyond the usual ("cut deeper than normal tonight"): an act needing care now.
DELIBERATE_FOUND += (
    r"|\bcut (?:\w+ )?(?:deeper|too deep|further) than (?:normal|usual|ever|before|last time"
    r"|i ever have)\b"
)

# A ligature already tied ("the belt is already tied"); chemicals mixed behind a shut door.
STAGED_FOUND = (
    r"|\b(?:rope|noose|belt|cord|ligature)(?: is|'s|s) (?:already |all )(?:up|ready|tied|set up)\b"
)
MEANS_AT_HAND_FOUND += (
    r"|\b(?:mixing|mixed|mix) (?:the |some )?(?:bleach|ammonia|chemicals|cleaners|cleaning"
    r" products)\b[^.!?]{0,80}\b(?:door|doors|windows?) (?:is |are )?(?:shut|closed|locked"
    r"|sealed)\b"
)

# --- Found on blind sets AH and AI (2026-11-27) -------------------------------------------------
# The rest of a supply swallowed, with its count ("swallowed the rest of my propranolol ... maybe
# 25 left in the box"); an overdose regretted a sentence later ("took ... about 30 mins ago, im
# 34 weeks. i regret it now").
OVERDOSE_FOUND += (
    r"|\b(?:took|taken|swallowed|downed|necked)\b (?:all )?(?:of )?the rest of (?:my|the|his|her"
    r"|their) (?:\w+ ){0,2}?" + MEDICINE + r"\b[^.!?]{0,40}\b(?:maybe |about |around |like |over "
    r"|nearly |at least )?(?:[1-9]\d|1\d\d)\b(?: \w+)? (?:left|in the|of them|tablets|pills)\b"
    r"|\b(?:took|taken|swallowed|downed)\b[^.!?]{0,40}\b(?:a load|loads|a lot|a handful|handfuls"
    r"|a bunch) of\b[^.!?]{0,30}\b" + MEDICINE + r"\b[^!?]{0,80}?\bi (?:now )?(?:regret|regretted)"
    r" (?:it|doing it|that|taking (?:it|them))\b"
)
# Cards or letters left for birthdays to come: a goodbye ("wrote birthday cards for the kids
# for the next few years"); "i have got what i need", said of no errand.
FAREWELL_FOUND += (
    r"|\b(?:wrote|written|writing|bought|made|left)\b[^.!?]{0,20}\b(?:cards|letters|messages"
    r"|presents)\b[^.!?]{0,40}\b(?:next|coming|future) (?:few |\w+ )?(?:years|birthdays"
    r"|christmases)\b"
)
MEANS_AT_HAND_FOUND += (
    r"|\bi (?:have|have got|got) (?:everything |all )?(?:what )?i need\b(?=\s*(?:[.!?,;]|$|and\b"
    r"|now\b))"
)
MEANS_AT_HAND_FOUND += (
    r"|\b(?:the )?(?:stuff|things) (?:i|we) (?:ordered|bought)(?: online"
    r"| off \w+)? (?:came|arrived|has come|has arrived|got delivered|was delivered)\b"
)
# A poison swallowed after a fight or a leaving, said in a learner's English ("swallow the
# bleach after her boyfriend leave her", "took the rat poison after we fight"); a goodbye
# that ends the message; a roof "now".
DELIBERATE_FOUND += (
    r"|(?<!dog )(?<!cat )(?<!puppy )(?<!pet )"
    r"\b(?:drank|drink|drinked|drunk|swallow|swallowed|swallows|took|take|ate|eat)\b"
    r" (?:the |some |a )?"
    r"(?:\w+ )?" + POISONS + r"\b(?:(?!by accident|accidentally|by mistake|thinking)[^.!?]){0,60}"
    r"\bafter (?:a |the |our |their )?(?:fight|argument"
    r"|we (?:fight|fought|argue|argued)|(?:her|his|my|their) (?:boyfriend|girlfriend|husband|wife"
    r"|partner|father|mother|parents) (?:leave|left|dump\w*|hit|beat|shout\w*))\b"
)
FAREWELL_FOUND += r"|\b(?:bye|goodbye|bye bye)(?: x+)?\W*$"
MEANS_AT_HAND_FOUND += (
    r"|\bon (?:the |a |my |our |this )?(?:\w+ )?(?:roof|rooftop|ledge)\b (?:now|right now)\b"
)

# --- Found by re-reading every labelled set's misses (2026-11-28, third session) -------------
# Affairs: "sorted the will", "sorting out my affairs", "delete my account after"; things
# handed to a colleague or an apprentice.
AFFAIRS_FOUND = (
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
FAREWELL_FOUND += (
    r"|\btell (?:my \w+|mum|mom|dad|them|her|him|everyone|the kids) (?:that )?(?:it was not"
    r"|it is not|none of (?:this|it) (?:was|is)) (?:her|his|their|your|anyone'?s) fault\b"
    r"|\b(?:all my |my |send my |give my )?love to (?:my \w+|mum|mom|dad|everyone|you all"
    r"|the kids)\W*$"
)
# A weapon where the writer is, and its use set for a time: "theres a knife in my room and im
# going to use it tonight".
MEANS_AT_HAND_FOUND += (
    r"|\b(?:there is|i have|i have got|i got|i am keeping|i hid|hidden|keeping)\b (?:a |the |my )?"
    r"(?:knife|blade|razor blade|noose)s? (?:in|under|by|next to"
    r"|beside|with) (?:my (?:room|bed|pillow|mattress|bag|pocket|drawer)|me)\b"
)
SET_TIME_FOUND += (
    # the time first: "i've decided, tonight im doing it"
    r"|\b(?:tonight|today|tomorrow|this weekend),? i am (?:doing|going to do) it\b"
)
# Pills taken, then regretted or feared: "i took the pills and now i changed my mind i dont
# want to die" (the wish negated is fear after the act, not its absence).
OVERDOSE_FOUND += (
    r"|\bi (?:took|have taken|swallowed|have swallowed|downed) (?:them|all (?:the |of )?(?:my )?"
    r"(?:\w+ )?(?:pills|tablets|meds|capsules)|the (?:pills|tablets|lot)|those (?:pills|tablets)"
    r"|these (?:pills|tablets))\b[^.!?]{0,40}\b(?:changed my mind|do not want to die"
    r"|did not want to die)\b"
)
# A poison drunk and regretted a sentence later: "drank bleach like 10 mins ago. mouth and
# throat burning. i regret it now, i dont want to die"
OVERDOSE_FOUND += (
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
FAREWELL_FOUND += (
    r"|\bthank(?:s| you| u)(?: so much)? (?:all |everyone |guys |you all )?(?:on here )?for"
    r" (?:\w+ ){0,4}over the years\b"
    r"|\b(?:you|u) (?:were|have been) the only (?:ones?|people|person) i (?:could|can)"
    r" (?:talk|speak) to\b"
)

# --- Found on training sets W11 to W15 (2026-11-29: self-harm read too low) -----------------
# Means sought or set up: walking to the edge of a platform or a bridge, the key to the gun
# cabinet asked for, a chair put under a beam (not to reach the loft), a syringe drawn up.
MEANS_AT_HAND_FOUND += (
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
FAREWELL_FOUND += (
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
AFFAIRS_FOUND += (
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
SET_TIME_FOUND += (
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
CUT_OFF_FOUND = (
    r"|\b(?:is|was|has been|got|still) locked in (?:his|her|their|the) (?:\w+ )?(?:room|bedroom"
    r"|bathroom|toilet)\b"
    r"|\b(?:turn|turned|turns|switch|switched|switches|shut) off (?:her|his|their|my|the)"
    r" phones?\b"
)
# Found in a car with a hose or a pipe from the exhaust: an attempt, the engine on or off.
ATTEMPT_FOUND += (
    r"|\bfound (?:(?:him|her|them|my \w+) )?in (?:his|her|their|the|a) (?:car|van|garage)\b"
    r"[^.!?]{0,60}\b(?:hose|pipe|tube)\b[^.!?]{0,20}\bexhaust\b"
)
FAREWELL_FOUND += SELF_HARM_FAREWELL_OTHER_LANGUAGES
MEANS_AT_HAND_FOUND += SELF_HARM_MEANS_OTHER_LANGUAGES
# Going back to the place to look over: "ive been going up there at night and looking over"
MEANS_AT_HAND_FOUND += (
    r"|\b(?:going|gone|been|went|go|walking|walk|walked|climbing|climb) up (?:there|to the"
    r" (?:bridge|roof|top|cliffs?|car park"
    r"|multi[- ]?storey))\b[^.!?]{0,30}\b(?:looking|look|stare|staring|leaning) (?:over|down)\b"
)
# A last visit and belongings left behind: "going up to the roof for the last time and left his
# badge and wallet on my desk"; waiting for the right time with the means.
FAREWELL_FOUND += (
    r"|\b(?:going|go|went|gone|heading) (?:up |out |down )?to the (?:\w+ )?(?:roof|bridge|cliffs?"
    r"|top|station|tracks|river|sea|quarry|car park) for the (?:very )?last time\b"
    r"|\bthis is the last time (?:i will|i'll|ill|i) (?:come|be) here\b"
)
AFFAIRS_FOUND += (
    r"|\bleft (?:his|her|my|their) (?:badge|wallet|keys|phone|id|cards?|ring)(?: and (?:his |her "
    r"|my |their )?(?:badge|wallet|keys|phone|id|cards?|ring))? (?:on|in|at) (?:my|the|his|her"
    r"|our) (?:\w+ )?(?:desk|table|bed|car|doorstep)\b(?![^.!?]{0,30}\b(?:lol|haha|locked out|by"
    r" mistake|forgot)\b)"
    r"|\bleft (?:my|his|her) \w+(?: and (?:my |his |her )?\w+)? (?:at home|behind) so (?:they|you"
    r"|she|he|my \w+) (?:can|could|will) have (?:them|it)\b"
)
SET_TIME_FOUND += (
    r"|\b(?:waiting|wait) for the right (?:time|moment|day|night)\b(?! to (?:tell|ask|say|buy"
    r"|sell|book|start|plant|propose|talk))"
)
