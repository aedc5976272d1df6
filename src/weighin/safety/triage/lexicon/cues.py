"""Clause-level cues (negation, time, information-seeking, idioms) and people words."""

from __future__ import annotations

from weighin.safety.scanning import alternatives

# --------------------------------------------------------------------------------------------
# Clause-level cues.
# --------------------------------------------------------------------------------------------

# Words that end one clause and start another (a negation or past marker stops here).
CLAUSE_BREAK = (
    r"[,;:()\[\]]|\s-\s|\s—\s|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bexcept\b|\bwhereas\b"
    r"|\band now\b|\bnow\b(?= (?:i|he|she|they|we|my|his|her|their|it|there|the|this|am|is|are|has"
    r"|have|cannot|can|suddenly|just)\b)|\bthen\b|\btoday\b(?= (?:i|he|she|they|my|his|her|it)\b)"
    r"|\bbut now\b|\buntil\b(?= (?:today|now|this|yesterday))|\bsince then\b"
    r"|\band (?=(?:has|have|is|are|now|today|then|still|keeps|i|he|she|my|his|her|the|this|there"
    r"|it is|it has|it keeps|its)\b)"
)

SENTENCE_BREAK = r"[.!?\n]+(?:\s|$)|[!?]+|\n+|\.{2,}"

# Negation cues and how many words after them they reach (within the clause).
NEGATION_CUES: dict[str, int] = {
    "no": 5,
    "not": 5,
    "without": 4,
    "denies": 6,
    "denied": 6,
    "deny": 6,
    "never": 4,
    "nor": 3,
    "neither": 3,
    "free of": 4,
    "ruled out": 5,
    "rule out": 5,
    "negative for": 5,
    "absence of": 4,
    "none": 3,
    "nothing like": 4,
    "did not have": 4,
    "does not have": 4,
    "do not have": 4,
    "has not had": 4,
    "have not had": 4,
    "no sign of": 5,
    "no signs of": 5,
    "no history of": 5,
}
# ... unless the cue is part of one of these (they do not negate what follows).
NEGATION_FALSE = (
    r"\bnot (?:sure|certain|only|just|even|that|really sure)\b|\bno (?:idea|one|longer|clue|matter|"
    r"way|doubt|more than)\b|\bno-one\b|\bnobody\b|\bnot (?:breathing|responding|moving|waking|"
    r"conscious|stopping|normal|right)\b"
)
# Scope stops at these words.
NEGATION_STOP = {"and", "but", "so", "because", "as", "now", "which", "while", "yet", "although"}

# Remote past: the clause reports history, not what is happening now.
PAST_CUES = (
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"few|several|many|couple(?: of)?|some|a few|a couple of)\s+(?:years?|months?|decades?|weeks?"
    r"|summers?|winters?|springs?|autumns?|christmases)"
    r"\s+(?:ago|back|earlier)\b|\b(?:years|months|decades|ages) ago\b|\ba long time ago\b"
    r"|\blast (?:winter|summer|spring|autumn|fall|christmas|easter|decade|pregnancy|time)\b"
    # a sport's or school's year: "knocked out playing rugby last season"
    r"|(?<!since )\blast (?:season|term|semester)\b"
    # "last week" dates the past; "the last week" and "since last week" reach to now
    r"|(?<!the )(?<!this )(?<!past )(?<!since )\blast (?:year|month|week|weekend)\b"
    r"|\bin my (?:first|last|previous|earlier|other|second|older) (?:pregnancy|child's pregnancy)\b"
    r"|\bback when (?:i|we|he|she|they) (?:was|were|used to|drank|lived|had|worked|smoked|did)\b"
    r"|\bwhen (?:i|he|she|they|we) (?:was|were) (?:\d{1,2}|aged \d{1,2})\b|\bin the (?:19"
    r"|20)?\d0'?s\b|\bin the (?:sixties|seventies|eighties|nineties)\b|\bin (?:19|20)\d\d\b"
    r"|(?<!go )(?<!goes )(?<!going )(?<!gone )(?<!push )(?<!pushed )(?<!pop )(?<!slip )(?<!put it )"
    r"\bback in\b|\byears back\b|\bused to\b|\b(?:was|were) (?:in )?(?:19|20)[0-2]\d\b"
    # a story told "in the October" (a month with "the" is a past one)
    r"|\bin the (?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b|\bas a (?:kid|child|teen|"
    r"teenager|baby|newborn|infant|toddler|youngster|student|boy|girl)\b"
    r"|\bwhen (?:i|he|she|they|we) (?:was|were) "
    r"(?:little|young|younger|small|a kid|a child|a teenager|a teen|a baby|a toddler|in (?:school|"
    r"college|university))\b|\bwhen (?:he|she|i) was (?:little|small|a baby)\b|\bin (?:college"
    r"|high "
    r"school|school|university|my (?:twenties|teens|thirties|youth)|childhood)\b"
    r"|\bin (?:his|her|their|my|our) (?:teens|twenties|thirties|forties|fifties|sixties|seventies"
    r"|youth)\b"
    r"|(?<!nearly )(?<!almost )\bdied\b|\bpassed "
    r"away\b|\bdeath\b|\blost (?:him|her|them|my \w+) to\b|\bhistory of\b|\brecovered\b"
    r"|\brecovering "
    r"(?:from|well|after)\b|\bhas recovered\b|\bsurvived\b|\bruled out\b|\bonce (?:in|when|before"
    r"|as|"
    r"at|years|long)\b|\bnever again\b|\bbeen (?:fine|well|good|ok|okay|clean|sober"
    r"|stable) (?:since|"
    r"for|ever since)\b|\bpreviously\b|\bin the past\b|\bprevious (?:pregnancy|episode|attack)\b"
    r"|\bas a teenager\b|\bdecades? ago\b|\bafter (?:his|her|my) (?:stroke|heart attack)\b"
    # an event called old: "could that old overdose have damaged my heart?"
    r"|\b(?:that|the|my|his|her) old (?:overdose|od|attempt|bleed|stroke|heart attack)\b"
    r"(?![^.!?]{0,40}\b(?:has|is|keeps|started|back|again|now)\b)"
    # (not "pregnant with our first")
    r"|(?<!pregnant )\bwith (?:our|my|her|his|their) (?:first|second|third|eldest|oldest|older|last"
    r"|previous)"
    r"(?: (?:one|child|baby|pregnancy|son|daughter|labour|birth))?\b(?! (?:\w+ )?on the way)"
    # "When my gran had her stroke ...": a past event frames the clause.
    r"|\bwhen (?:i|he|she|they|we|(?:my|his|her|our|their) (?:\w+ ){1,2}?)(?:had|suffered|went"
    r" through) (?:a |an |her |his |their |my |the )?(?:\w+ )?(?:stroke|heart attack|seizure|fit"
    r"|cardiac arrest|overdose|breakdown|anaphylaxis|reaction|surgery|operation|accident)\b"
)
# An age an event happened at ("attempted suicide at 17"), and the age the writer gives for now
# ("I'm 26 now"): with the second at least three years on, the first dates the past.
AT_AGE = (
    r"\bat (?:age |the age of )?(1[3-9]|[2-9]\d)\b(?! ?(?:am|pm|a\.m|p\.m|o'clock|:|h\b|hrs?\b"
    r"|hours|weeks?|wks?|months?|mins?\b|minutes|degrees|%|percent|mg|ml|kg|bpm|mmhg|/|\.\d))"
    # a small child's age said as one: "at 18 months", "at age 2", "at 3 years old"
    r"|\bat (?:age |the age of )(\d{1,2})\b(?! ?(?:months?|weeks?))"
    r"|\b(?:at|when (?:i|he|she|they) (?:was|were)) (\d{1,2})(?: (?:years? old|yrs? old|yo))?\b"
    r"(?! ?(?:am|pm|o'clock|:|months?|weeks?|days?|hours?|mins?|minutes|%|mg|kg))"
    r"|\bat (\d{1,2}) months?(?: old)?\b(?! (?:pregnant|gestation|along))"
)
AGE_NOW = (
    r"\b(?:i am|he is|she is|they are|we are) (?:now )?(\d{1,2})(?: years old| yrs| yo)? now\b"
    r"|\bnow (?:i am |he is |she is )?(?:aged )?(\d{1,2})\b(?! ?(?:am|pm|o'clock|:|mins?\b"
    r"|minutes|hours|hrs?\b|days|weeks|wks|months|mg|ml|kg|%|/))"
)
# A bare "25 now," opening its clause (24 or more: no clock hour) dates an "at 17" (13 or more,
# five years back; never "at 8", a clock time: "took 12 co-codamol at 8. 20 now").
AGE_NOW_BARE = r"(?:^|[.!?,;]\s*)(2[4-9]|[3-9]\d) now\b(?= ?[,.!?;])"
# A time phrase that only dates the trigger of a current symptom ("after my surgery last week").
PAST_TRIGGER = (
    r"\b(?:after|since|following) (?:my|his|her|their|the|a|an)? ?(?:\w+ ){0,2}(?:surgery|operation"
    r"|op|flight|fall|accident|procedure|birth|delivery|c-section|caesarean|vaccine|vaccines|jab|"
    r"injection|trip|holiday|treatment|chemo|chemotherapy|bite|sting|injury|crash|transplant) $"
)

# The clause is about now even if it also mentions the past.
PRESENT_CUES = (
    r"\bnow\b|\bright now\b|\bcurrently\b|\bat the moment\b|(?<!never )\bagain\b|\bstill\b"
    r"|\btoday\b"
    r"|\btonight\b"
    # a thought that keeps coming, told in the present: "since my wife died last spring I often
    # think it would be easier to ..."
    r"|\b(?:i|he|she|they) (?:often|sometimes|constantly|keep) (?:think|thinks|thinking|wish"
    r"|wishes|wishing|feel|feels|feeling|wonder|wonders)\b"
    r"|\bthis (?:morning|evening|afternoon)\b|\bjust now\b|\bstarted\b|\bstarting\b|\brecently\b"
    r"|\blately\b|\b(?:are|is) back\b|\bcame back\b|\bcoming back\b|\bkeeps?\b|\bas we speak\b"
    r"|\bhappening\b|\b(?:\d+|few|ten|twenty|thirty|forty|fifteen|five|a few) (?:minutes|seconds|"
    r"hours)(?: ago)?\b|\ban hour ago\b|\bhalf an hour\b|\bsuddenly\b|\ball of a sudden\b"
    r"|\bthis week\b|\bwill not stop\b|\bwill not go away\b|\bis having\b|\bam having\b"
    r"|\bare having\b"
)

# Strong "this is happening now" cues that survive an information-seeking frame.
STRONG_PRESENT = (
    r"\bright now\b|\brn\b|\bcurrently\b|\bat the moment\b|\bas we speak\b|\bhappening now\b"
    r"|\b(?:\d+|few|ten|twenty|thirty|fifteen|five|a few) (?:minutes|mins|seconds) ago\b|\ban hour "
    r"ago\b|\bfor (?:the last |the past |about |over )?(?:an hour|half an hour|\d+ minutes"
    r"|\d+ mins)\b"
    r"|\bhelp me\b|\bplease help\b|\bhelp!|\bjust (?:started|now)\b|\bis (?:happening|going on)\b"
    # an ambulance already called: "what do we do while we wait for the ambulance?"
    r"|\b(?:while|till|until) (?:we|i) (?:wait|are waiting|am waiting) for (?:the|an) (?:ambulance"
    r"|paramedics|emts?)\b"
)

# The symptom settled ("then it went back to normal", "came round straight away").
RESOLVED_CUES = (
    # explained away: "thought my face looked droopy but it was just tired eyes"
    r"\bbut it (?:was|turned out to be) (?:just|only)\b|\bbut it is just how\b"
    r"|\bbut (?:she|he|they|i) (?:means?|meant) (?:she|he|they|i) (?:was|were|is|am|got) (?:just )?"
    r"(?:puffed|out of breath|winded|tired|breathless from|panting)\b"
    # "totally fine after some water", "she's home now and absolutely fine."
    r"|\b(?:totally|completely|absolutely|perfectly) fine (?:after|since|now|again)\b"
    r"|\b(?:is|are) (?:home )?(?:now )?(?:and )?(?:totally|completely|absolutely|perfectly) fine"
    r"(?= ?(?:[.!?]|$|now\b))"
    r"|\b(?:no|nope|oh),? turns out\b"
    # checked by a clinician and found normal: "midwife checked my oxygen and said all normal"
    r"|\b(?:midwife|doctor|dr|gp|nurse|paramedics?|consultant)\b[^.!?]{0,20}\b(?:checked"
    r"|tested|examined|measured)\b(?:(?!last |ago\b|yesterday|before)[^.!?]){0,30}\b(?:said|says)"
    r" (?:all |everything |it |it is |it was )?(?:normal|fine|ok|okay|good|clear)\b"
    r"|\bturned out (?:it was |to be )?(?:just|only)\b|"
    r"(?<!not )(?<!never )(?:went|gone|go|came|come|is|are|was|were|been|got) back to (?:normal|"
    r"himself|herself|myself|themselves)\b|\bback to normal\b|\b(?:then|and|it|has|have|had|since|"
    r"but|before it|until it|which) (?:it )?(?:all )?(?:cleared|resolved|settled|subsided|"
    r"disappeared|eased|wore off|recovered|got better|returned to normal|passed(?! out| away)"
    # (not a medicine stopped: "she has AF and stopped her blood thinner last week")
    r"|stopped(?! \w+ing)(?! (?:my|his|her|their|our|taking|using)\b))\b|(?<!not )(?<!never )"
    r"(?<!will not )(?<!would not )(?<!does not )(?<!did not )(?<!has not )\b(?:went|goes|has gone|"
    r"had gone) away\b|\b(?:it is|it has|it) (?:all )?(?:gone|resolved|settled|cleared)\b"
    # "it's gone down his left arm": gone somewhere is spreading, not gone
    r"(?! (?:down (?:my|his|her|their|the|both|one|into|to)\b|up|into|in to|through|across|over"
    r"|round|around|to|towards|along|all "
    r"over|under|behind|from|back into|straight))|\bcame "
    r"(?:round|around|to)\b|\b(?:it |and |but )(?:passes|settles|eases|subsides|calms down|goes "
    r"away)\b|(?<!not )(?<!never )\bfe(?:el|els|eling|lt) (?:totally |completely |"
    r"absolutely |perfectly )?(?:fine|ok|okay|normal|better|good|alright|all right)\b|\b(?:fine|ok|"
    r"okay|better|normal) now\b|\bno longer (?:hurts|there|a problem|painful)\b|\bfor (?:a few|a "
    r"couple of|about \d+|about a|around a|about one|half a|\d+|ten|five|two|a|one|twenty|thirty) "
    r"(?:seconds?|minutes?)(?: and| then|"
    r",)? (?:then )?(?:it |they )?(?:went |was (?!not)|cleared|came|stopped(?! \w+ing)|passed(?! ou"
    r"t)|"
    r"resolved|settled|eased)|\bseems (?:fine|ok|okay|normal|back to normal) now\b|\b(?:vision|sigh"
    r"t|speech|"
    r"feeling|strength|movement) (?:came|has come|is|was) back\b|\b(?:yesterday|last night|earlier|"
    r"this morning|last week)\b[^.!?]{0,30}\bfor (?:a few|a couple of|about \d+|\d+|ten|five|two|"
    r"twenty) (?:seconds|minutes)\b"
    r"|\bnow (?:fine|ok|okay|better|normal|back to normal|all gone|gone)\b|\b(?:all )?gone now\b"
    r"|\b(?:recovered|got (?:my|his|her) breath back|caught (?:my|his|her) breath|was fine)"
    r" (?:after|within|in) (?:a few|a couple of|\d+|a|one|two|five|ten) (?:seconds?|minutes?"
    r"|mins)\b|"
    r"\bfor (?:a few"
    r"|a couple of|"
    r"about \d+|about a|\d+|ten|five|two|a|one|twenty|thirty) (?:seconds?"
    r"|minutes?) (?:this morning|"
    r"yesterday|last night|earlier|last week|this afternoon)\b"
)
# ... unless hoped for or waited on: "should I wait and see if it passes", "hoping it settles".
SETTLE_HOPED = (
    r"\b(?:if|whether|unless|hope|hoping|hopefully|until|till|wait for|waiting for|in case)"
    r"(?: (?:it|this|that|they|these|i|he|she|we|you|the \w+|my \w+|his \w+|her \w+))?"
    r"(?: (?:will|would|just|might|ever|to|can))?\s*$"
)
# ... but these keep it going.
ONGOING_CUES = (
    r"\bstill\b|\bwill not (?:stop|go away|settle)\b|\bnot (?:gone|stopped|settling|better|stopping"
    r"|easing|going away|improving|settled|waking|responding)\b"
    r"|\bgetting worse\b|\bworsening\b|\bkeeps? (?:getting|coming|happening)\b|\bagain\b|\bhas not "
    r"(?:stopped|gone|settled|improved)\b|\bongoing\b|\bnow (?:her|his|my|she|he|i|it)\b"
)

# A recurring symptom that has now stopped recurring and stayed: "on and off all day but the last
# 30 min it hasn't stopped", "comes and goes but now it's constant".
UNBROKEN_CUES = (
    r"\b(?:it|the pain|pain|this one) (?:has not|have not|will not|would not|is not|does not)"
    r" (?:stopped|stopping|stop|gone away|eased|eased off|ease off|ease|let up|settled|settling)\b"
    r"(?! (?:me|him|her|us|them|you)\b)"
    r"|\b(?:now|but now|and now) (?:it is |its |it has been |they are )?(?:constant|non ?stop"
    r"|continuous|there all the time)\b"
)
# Habitual or recurring: "I get palpitations when I drink coffee", "sometimes".
# An episode that passes each time, told in the present and ending its sentence: "tight feeling
# in my chest for like 10 mins then it goes." (its clause, and the one it follows)
THEN_PASSES = r"\bthen (?:it )?(?:goes|passes|settles|eases off|wears off)(?= ?(?:[.!?]|$))"
HABITUAL_CUES = (
    THEN_PASSES + "|"
    r"\bsometimes\b|\boften\b|\balways\b|\bevery time\b|\bwhenever\b|\boccasionally\b|\busually\b"
    r"|\bfrom time to time\b|\bon and off\b|\bnow and then\b|\bregularly\b|\bcomes and goes\b"
    # a symptom on going out, or put down to nerves ("can't breathe when I go outside", "words
    # came out jumbled because I was so nervous")
    r"|\bwhen(?:ever)? i (?:go|step|walk) (?:outside|outdoors|out)\b"
    r"|\b(?:i|he|she) (?:get|gets|have|has) (?:panic attacks|attacks|episodes|spells|these)"
    r" (?:where|when|in which)\b"
    r"|\bbecause i (?:was|am|got|get) (?:so |really |very )?(?:nervous|anxious|stressed"
    r"|panick\w+)\b"
    r"|\ba few times a (?:year|"
    r"month|week)\b|\bevery (?:spring|summer|winter|autumn|year|month)\b|\bwhen i (?:drink|eat"
    r"|stand"
    r" up|get up|exercise|run)\b|\bwhen (?:i am|i get|i feel|she is|he is) (?:anxious|stressed|"
    r"nervous|upset|worried|panicky|panicking)\b"
)

# Information-seeking / hypothetical / fiction frames (sentence level).
INFO_CUES = (
    # what a first-aid course taught, in its own clause only (a course now is no shield for an
    # emergency told beside it): "in my CPR course they taught 30 compressions"
    r"\b(?:in|at|on|from) (?:my|our|a|the|this|that) (?:cpr|first[- ]aid|bls|acls|pals|lifeguard"
    r"|resuscitation|life ?saving) (?:course|class|training|refresher|session|certification)\b"
    r"(?=[^.!?;,]{0,40}\b(?:taught|teach|teaches|said|says|told|showed|learned|learnt|covered)\b)"
    r"|\b(?:doing|studying for|training for|revising for|working on) (?:my|a|the|our) (?:bronze "
    r"medallion|lifesaving award|(?:first[- ]aid|lifeguard|cpr|bls) (?:course|certificate|badge"
    r"|qualification|test|exam|certification))\b(?=[^.!?;,]{0,40}\b(?:understand|learn|know|how"
    r"|what"
    r"|why|revis\w*|study\w*)\b)|"
    # prevention, and how a thing is done: "aspirin every day to prevent a heart attack", "the
    # right way to do back blows on a baby who is choking"
    r"\b(?:to|help|helps|would|will|can|could|does|do) (?:prevent|avoid|reduce (?:the |my |his"
    r" |her )?(?:risk|chance)s? of|lower (?:the |my |his |her )?(?:risk|chance)s? of)\b"
    r"|\bwhat(?: is|'s) the (?:right|best|correct|proper|safest) way to\b|"
    # a debate or a programme about it: "we were arguing about hypothermia at dinner"
    r"\b(?:arguing|argued|debating|debated|an argument|a debate|a documentary|a podcast|a lecture"
    r"|an essay|an article|a film|a movie|an episode) about\b|"
    # the name asked of what was seen, in its own clause ("flings her arms out, is that a
    # seizure?"): what is described beside it still counts; and a risk asked about
    r"\bis (?:that|this|it) (?:a |an )?(?:seizure|fit|stroke|overdose|heart attack|anaphylaxis"
    r"|allergic reaction)\b(?! if\b)|\bis (?:it|that|this) (?:an )?overdose if (?:i|you|we|he"
    r"|she) (?:take|took|have taken|had|ha"
    r"ve had)\b(?![^.!?]{0,40}\b(?:\d{2,}|whole|all|pack\w*|box|strip|bottle|handful)\b)"
    r"|\b(?:any|is there (?:any|a)) need to worry about\b"
    # the signs asked about or hidden: "do antihistamines mask the early signs of anaphylaxis?"
    r"|\b(?:mask|masks|masking|hide|hides|hiding) (?:the )?(?:early |first |warning )?(?:signs"
    r"|symptoms) of\b|\bwhat are the (?:early |first |warning )?(?:signs|symptoms) of\b"
    # whether it could happen, what a word means, a risk named: "could she overdose on
    # fluoride?", "keeps asking what anaphylaxis means", "the psychiatrist mentioned overdose risk"
    r"|\b(?:could|can|would|will) (?:[\w']+ ){1,4}?overdose on\b"
    r"|\b(?:asks?|asking|asked|wonders?|wondering) what (?:[\w']+ ){1,4}?(?:means?|stands for)\b"
    r"|\b(?:overdose|suicide) risk\b"
    r"|\brisk of (?:an? )?(?:overdose|suicide)\b"
    # a fear of what might happen, or a joke about it: "so scared of choking, which foods to
    # avoid?", "my friend joked i am having a stroke"
    r"|\b(?:scared|afraid|worried|terrified|nervous|paranoid) (?:of|about) "
    r"(?:him |her |them |my \w+ )?(?:choking|drowning|sids|cot death|overdosing)\b"
    r"|\b(?:joked|joking|jokes) (?:that )?(?:i am|he is|she is|we are) having an? \w+"
    # "bit scared of anaphylaxis tbh" (before a test): the fear ends its sentence
    r"|(?:(?<=^)|(?<=[.!?] )|(?<=\bbit )|(?<=\bhonestly )|(?<=\btbh )|(?<=\babit ))"
    r"(?:scared|afraid|terrified|frightened|nervous|paranoid) (?:of|about) (?:an? |having an? )?"
    r"(?:anaphylaxis|anaphylactic shock|reaction|allergic reaction|heart attack|stroke|seizure"
    r"|fit|overdose)s?\b(?= ?(?:tbh|to be honest|honestly|lol)? ?(?:[.!?,;]|$))"
    # a look or a guess, not a plan: "looked at me like i was planning an overdose"
    r"|\b(?:looked at|look at|looks at|treated|eyed|made) (?:me|him|her|us)(?: feel)? (?:like|as if"
    r"|as though) (?:i|he|she|we) (?:was|were) (?:planning|going to|about to|trying to)\b"
    # a fear of a diagnosis, named: "scared it's a stroke or MS"
    r"|\b(?:scared|worried|afraid|terrified|paranoid|convinced|worry|worrying) (?:that )?(?:it is"
    r"|its|i am having|i have|i might have|it might be|it could be) (?:a |an )?(?:stroke|heart"
    r" attack|seizure|tumou?r|ms|cancer|blood clot|clot|sepsis|meningitis)\b"
    # (only where the fear ends its sentence: "worried it could be sepsis, he's mottled" is not)
    r"(?=[^.!?,;]*(?:[.!?]|$))"
    # a lecture or an essay on it: "psych module lecture on paracetamol overdose today"
    r"|\b(?:lecture|module|seminar|lesson|talk|essay|assignment|exam|course|workshop|webinar) on\b"
    r"(?! (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d|\d|time|my|the way))"
    # (not when something happens during it: "at a lecture on sepsis when my friend collapsed")
    r"(?![^.!?]*\b(?:when (?:my|our|he|she|they|i|a|the)|suddenly|collapsed|started|now)\b)"
    r"|\b(?:is|are|am) (?:severely |very )?anaphylactic to\b"
    # advice quoted: "the pamphlet says call 000 for chest pain lasting more than 10 minutes"
    r"|\b(?:pamphlet|leaflet|poster|website|booklet|guidelines?|advice|nhs|app|sign|card) (?:says"
    r"|tells you|recommends) (?:to )?(?:call|ring|phone|dial|go to|get to)\b"
    r"(?![^.!?]*(?:\s[-\u2013:]\s|\b(?:my|now|she|he|his|her|they|we|i|as)\b))"
    # an allergy's name, said of someone: "my husband has peanut anaphylaxis"
    r"|\b(?:has|have|with|known|diagnosed with) (?:a |an )?(?:severe |known )?(?:\w+ )?anaphylaxis"
    r"\b(?! (?:right )?now| reaction| happening| again| and)"
    # what people in general do ("i know people overdose when they relapse")
    r"|\b(?:i know |that )?people (?:can |often |sometimes |usually )?(?:overdose|od|die|choke"
    r"|collapse)\b(?![^.!?]{0,50}\b(?:and|but) (?:my|his|her|our|i|we)\b)|"
    # how a process goes: "what happens in labour?"
    r"\bwhat (?:happens|will happen|to expect|should (?:i|we) expect)"
    r" (?:in|during|at|after|when)\b|"
    # a dream is not an event: "had a dream my face went droopy"
    r"\b(?:had a dream|i dreamt|i dreamed|in my dream|had a nightmare)\b|"
    r"\bwhat (?:are|were|is) (?:the |some )?(?:early |warning |common |main |first |typical "
    r"|usual |"
    r"classic |tell-?tale |red flag )*(?:signs?|symptoms?|causes?|risks?|risk factors?"
    r"|side effects?"
    r"|treatments?|complications|chances|odds|stages|types)\b"
    r"|\bhow (?:do|can|would|will|should|could|does) (?:i|you|we|one|someone|people|a person"
    r"|parents"
    r"|doctors) (?:know|tell|recogni[sz]e|spot|identify|check|treat|prevent|avoid|use|do|manage|"
    r"reduce|lower|help|talk|speak|approach|support|store|give|perform|stop a"
    r"|tell the difference)\b"
    r"|\bwhat (?:does it|would it|could it|do they|does that) mean\b|\bwhat causes\b"
    r"|\bwhat (?:should"
    r"|do|would|can|could|must) (?:i|you|we|one|someone|parents) do (?:if|when|in case)\b|\bwhat "
    r"(?:happens|would happen|will happen|could happen) (?:if|when|to)\b|\bis it (?:hereditary"
    r"|genetic|"
    r"inherited|true|possible|normal|common|contagious|dangerous|safe|ok|okay|bad|serious|likely)\b"
    r"|\b(?:hereditary|genetic|inherited|runs in (?:the|my) family|contagious)\b|\b(?:can|could"
    r"|does|"
    r"do|will|would|might|may) (?:\w+ ){1,5}(?:cause|causes|lead to|trigger|increase|raise|mean)\b"
    r"|\bdifference between\b|\bhow (?:long|common|likely|often|quickly|soon|fast|serious"
    r"|dangerous)"
    r"\b|\bhow (?:is|are) (?:\w+ ){0,2}(?:spread|treated|diagnosed|caught|transmitted)\b"
    r"|\bfor (?:my|"
    r"a|our|the) (?:first aid|course|class|exam|essay|project|assignment|presentation|nursing"
    r"|medical|"
    r"homework|research|thesis|training)\b|\b(?:i am|as) (?:a |an )?(?:nurse|nursing|medical|med|"
    r"paramedic|doctor|student|teacher|first aider|emt|carer)\b"
    # not when someone of one's own is ill beside it: "I'm a student paramedic and my mum has
    # collapsed"
    r"(?![^.!?]{0,60}\b(?:and|but|when|while|,|-) (?:my|our|his|her) (?!osce|exams?|course|module"
    r"|placement|lecturer|tutor|assignment|essay|class|revision|finals|textbook|notes|patients?)"
    r"\w+)"
    r"|\b(?:writing|write|wrote|reading|"
    r"read) (?:a|my|an|the) (?:novel|story|book|essay|script|paper|article|screenplay|report|blog)"
    r"\b(?![^.!?]*\b(?:suddenly|just|now|when (?:my|our|he|she))\b)"
    r"|\b(?:in|on) (?:the|a|this) (?:movie|film|show|tv show|series|episode|book|novel"
    r"|documentary|"
    r"video(?! (?:call|chat|consult\w*|appointment))|game|news|play)\b|\bgrey's anatomy\b|\bdocume"
    r"ntary\b|\ba character\b|\bstatistics\b"
    r"|\bjust curious\b|\bhypothetically\b|\bout of curiosity\b|\bin general\b|\bgenerally\b"
    r"|\bin real life\b|\bhow would (?:you|i|we|one|someone) (?:help|react|respond|treat|handle)\b"
    r"|\b(?:watched|watching|saw|seen|read|reading) (?:a|the|this|that) (?:film|movie|show|"
    r"documentary|programme|program|episode|series|book|novel|article|story)\b"
    r"(?![^.!?]*\b(?:suddenly|just|now|when (?:my|our|he|she))\b)"
    r"|\bshould (?:i|we) (?:be worried|worry|get (?:screened|tested|checked))\b|\bshould (?:he|she|"
    r"they) (?:still )?(?:take|get|be screened|have)\b|\bif (?:someone|somebody|a (?:person|child|"
    r"kid|baby|friend|patient|toddler)|anyone|people|my \w+ (?:ever|were to))\b|\bwhat if\b"
    r"|\bin case (?:of|someone|my)\b|\bat what (?:temperature|point|age)\b|\bwhen should (?:i|you"
    r"|we)"
    r"\b|\bwhen (?:is|are) (?:it|the)\b|\bhow (?:much|many) (?:\w+ )?(?:is|are) too\b"
    r"|\bcan you (?:grow out|die|get)\b|\bhow to\b"
    r"|\bjust in case\b|\bfirst aid (?:for|if|when|on)\b"
    r"|\b(?:what is )?the best way to (?:talk|speak|approach|support|help|ask|bring up|raise)\b"
    # Preparing for a condition, not living through it ("what to pack for anaphylaxis").
    r"|\bplanning ahead\b|\b(?:pack|packing|prepare|preparing|prepared|ready|plan|planning|kit"
    r"|bag|training|trained|course|drill) (?:\w+ ){0,5}?for (?:an? )?(?:anaphylaxis|anaphylactic"
    r" shock|seizures?|fits?|emergenc(?:y|ies)|heart attacks?|choking|strokes?|asthma attacks?"
    r"|hypos?|overdoses?)\b|\b(?:emergency|action|care|safety) (?:plan|kit|bag)\b"
    # What counts as a threshold ("what temperature counts as a fever for a baby").
    r"|\bwhat (?:temperature|temp|reading|number|level|age|weight|heart rate|blood pressure|bp"
    r"|sugar level|oxygen level) (?:counts|is (?:considered|classed|classified|too)|should)\b"
    r"|\b(?:is|was) (?:it|this|that|the (?:song|film|movie|show|book|series)) (?:really )?about"
    r" (?:suicide|self[- ]harm|depression|overdos\w+)\b"
    # in its own clause only (an emergency told beside it still counts): a subject studied, a
    # film watched
    r"|\b(?:pharmacology|pharmacy|nursing|medical|med school|biology|anatomy|physiology|toxicology"
    r"|first aid|paramedic|emt|health science) (?:exams?|tests?|quiz|viva|osce|finals?|midterms?"
    r"|assignments?|essays?|class|lectures?|modules?|coursework|revision)\b"
    r"(?![^.!?]{0,40}\b(?:and|but|when|while) (?:my|our|his|her|i|we)\b)"
    r"|\b(?:watched|watching|saw|seen) (?:a|the|this|that) (?:horror|scary|gory|war|crime"
    r"|medical|zombie) (?:film|movie|show|series|programme|program)\b"
    r"|\bwhy (?:is|are|do|does|would) (?!(?:my|his|her|our|their)\b)(?:an? |the )?(?:\w+ ){1,3}"
    r"(?:treated|given|managed)"
    r" (?:with|by)\b"
    r"|\bwhat counts as\b|\bcounts? as (?:an? )?(?:fever|emergency|high|low)\b"
    # whether anyone can: "can you overdose on vitamin a supplements?"
    r"|\bcan (?:you|one|someone|a person|people) (?:\w+ )?(?:overdose|od) on\b"
    # a claim about anyone, said with the generic "you": "my mate says you cant overdose on weed"
    r"|\b(?:says?|said|heard|read|true that|is it true) (?:that )?you (?:can|cannot|can not|could"
    r"|could not) (?:\w+ ){0,2}?(?:overdose|od|die)\b"
    # a risk or a history asked about: "am I a candidate for a stroke?", "does my ECG look like I
    # have ever had a heart attack?"
    r"|\b(?:am i|is (?:he|she|my \w+)) (?:a |an )?(?:possible |likely |potential |good "
    r"|high[- ]risk )?(?:candidate|at (?:high |higher |more |greater )?risk) (?:for|of)\b"
    r"(?![^.!?]{0,40}\b(?:with this|now that|right now|at the moment|currently)\b)"
    r"|\bever had (?:a |an )?(?:silent |mini[- ]?)?(?:heart attack|stroke|tia|seizure|fit"
    r"|blood clot|clot)\b"
)
# Fiction, teaching or hypothetical frames: they cover the whole sentence they appear in.
FRAME_CUES = (
    # a policy or a plan being written: "updating our medical emergency policy ... choking,
    # anaphylaxis, asthma attacks"
    r"\b(?:updating|writing|drafting|reviewing|putting together) (?:our|the|a|an) (?:[\w']+ ){0,3}"
    r"(?:policy|protocol|guidance|procedures?|training|risk assessment)\b"
    r"(?![^.!?]*\b(?:now|today|tonight|this morning|is having|are having|has just|just)\b)|"
    # what anxiety does, told as a pattern: "my anxiety makes me feel like im having a heart attack"
    r"\b(?:my|his|her|the) (?:health )?(?:anxiety|panic attacks?|panic disorder) (?:makes|made"
    r"|gives|gave|can make) (?:me|him|her) (?:feel|think)\b(?![^.!?]*\bbut\b)|"
    r"\b(?:watched|watching|saw|seen|read|reading) (?:a|the|this|that|some) (?:\w+ )?(?:video|clip|"
    r"reel|post|tiktok|thread|youtube)\b|\bon (?:tv|telly|youtube|tiktok|instagram|facebook|reddit|"
    r"the news)\b|"
    r"\bin real life\b|\bhow would (?:you|i|we|one|someone) (?:help|react|respond|treat|handle)\b"
    r"|\b(?:in|on) (?:the|a|this|my) (?:(?:detective|crime|fantasy|horror|new|latest|last|first"
    r"|second|next) )?(?:movie|film|show|tv show|series|episode|book|novel"
    r"|documentary|video(?! (?:call|chat|consult\w*|appointment))|game|play|soap|drama)\b"
    r"|\bgrey's anatomy\b|\bcasualty\b|\ber (?:tv )?show\b"
    r"|\bthe way (?:they|it|the (?:show|film|movie|book|series)) (?:showed|shows|portrayed"
    r"|portrays|depicted|depicts|handled|dealt with)\b"
    r"|\b(?:suicide|self[- ]harm|overdose) (?:storyline|plot|scene|theme)s?\b"
    r"|\b(?:the|these|those|its|song|song's) lyrics\b|\blyrics (?:of|to|about)\b"
    r"|\bdocumentary\b|\ba character\b|\b(?:writing|write|wrote) (?:a|my|an|the) (?:\w+ )?"
    r"(?:novel|story|book|essay|script|paper|screenplay|play|poem|scene)\b"
    r"|\b(?:a|the) (?:\w+ )?(?:novel|book|film|movie|play|show|series|episode|scene"
    r"|chapter) (?:where|in which|about)\b"
    r"|\bfor (?:my|a|our|the) (?:first aid|course|class|exam|"
    r"essay|project|assignment|presentation|homework|thesis|training)\b|\bhypothetically\b"
    r"|\b(?:watched|watching|saw|seen) (?:a|the|this|that) (?:film|movie|show|documentary"
    r"|programme|"
    r"program|episode|series)\b|\b(?:(?:i am|as) (?:a |an )?)?(?:nursing|medical|med|paramedic"
    r"|pharmacy|pharmacology|toxicology|vet|veterinary|psychology|midwifery|dental|physio"
    r"|physiotherapy|ot|student nurse) student(?:s)?\b"
    # a story told and retold ("grandad tells the story of his heart attack in 1998")
    r"|\b(?:tells?|told|telling|retells?) (?:\w+ )?(?:the|a|his|her|that) (?:same )?story"
    r" (?:of|about)\b"
    # a shift's cases told by the one who worked it ("last night shift we had three overdoses")
    r"|\b(?:last|on (?:my|the|a|our)|this) (?:night |day |late |early |long )?shift,? we (?:had|got"
    r"|saw|admitted)\b|\bwe (?:had|got|saw|admitted) (?:\w+ ){0,4}?(?:on|during) (?:my|the|our"
    r"|last|a) (?:night |day |late |early )?shift\b"
    r"(?!,? (?:and|but) i\b)|\b(?:in|for) (?:my|our|a|the|this) (?:\w+ )?"
    r"(?:module|lecture|seminar|textbook|tutorial)\b"
    r"|\bwe are (?:covering|studying|learning about|revising)\b"
    r"|\b(?:i was|i have been|i am|been|was) (?:reading|researching|learning) (?:up )?"
    r"(?:about|on)\b"
    r"(?![^.!?]*\b(?:my|his|her|our|now|currently)\b)"
    # stories read of others: "I keep reading horror stories online about cords and bleeding"
    r"|\b(?:keep|kept|been|was|am|i) reading (?:\w+ ){0,3}?(?:stories|posts|threads|articles"
    r"|forums?)\b(?![^.!?]*\b(?:(?:my|our|his|her) (?!head in\b)\w+|i have|i am|now|currently"
    r"|right now|at the moment|today|tonight)\b)"
    # a course's question: "lifeguard course next month - what's the right CPR sequence"
    r"|\b(?:first aid|lifeguard|cpr|bls|life ?saving|resus\w*) (?:course|class|training|exam|test"
    r"|certification|refresher)\b(?![^.!?]{0,60}\b(?:my|our|his|her) (?!osce|exams?|course"
    r"|instructor|trainer|class|certificate)\w+)"
    # ... and no emergency on the course itself: "on a first aid course right now and the
    # instructor collapsed"
    r"(?![^.!?]{0,80}\b(?:now|just|suddenly|collapsed|fainted|choking|not breathing|stopped"
    r" breathing|fitting|bleeding)\b)"
    # a student's or a course's question: "student nurse question: ... for my OSCE"
    r"|\bstudent (?:nurse|doctor|paramedic|midwife|pharmacist)s?\b"
    r"(?![^.!?]{0,60}\b(?:my|our|his|her) (?!osce|exams?|course|module|placement|lecturer|tutor"
    r"|assignment|essay|class|revision|finals|textbook|notes)\w+)"
    r"|\bfor (?:my|a|our|the) (?:osce|viva|finals|placement|revision)\b"
    r"|\b(?:in )?(?:a |this )?hypothetical\b|\bin theory\b|\b(?:say|let us say|suppose|imagine) "
    r"(?:someone|somebody|a (?:person|friend|colleague|stranger|patient))\b"
)
# A frame never hides what is happening now in its sentence: "my son was hit in the head in the
# rugby game and now he is unconscious", "I was telling my son a story about dragons when he
# started choking", "while reading a novel my husband suddenly got crushing chest pain".
_NOT_NOW = (
    r"(?![^.!?]*\b(?:suddenly|just|right now|now (?:my|his|her|their|our)|started|began"
    r"|is not breathing|are not breathing|is doing cpr|when (?:my|our|he|she))\b)"
)


# (appended to each top-level alternative, so that each stays a part the scanner gates on its
# own words, as a group wrapped round the whole would not let it)
FRAME_CUES = "|".join(a + _NOT_NOW for a in alternatives(FRAME_CUES))

# A question starting like this with no personal subject is a general information question.
QUESTION_START = (
    r"(?:(?:hi|hello|hey|doc|doctor|dr|please|quick question|question"
    r"|general question)\W+)*(?:what|"
    r"how|when|why|which|where|who|is|are|(?:can|could)(?! (?:hardly|barely|not|only|no longer|"
    r"still|feel|see|hear|taste|just|now))|does|do|should|would|will|may|might|at what|in "
    r"what|whats)\b"
)
# A sentence that says the question before it was not hypothetical: "Is it normal to feel fine
# after taking 30 paracetamol? I did it at lunch."
DID_IT = (
    r"\b(?:(?:and|but|yes|yeah|well|so|honestly|because) )?(?:i|he|she|they|we|(?:my|our) \w+)"
    r" (?:(?:already|actually|just|really|have|had|has) )*(?:did|done|took|taken|swallowed|drank"
    r"|drunk|ate|eaten) (?:it|that|this|them|those|the lot|all of them|some|(?:about |like |around"
    r" |maybe )?\d+(?: of (?:them|mine|his|hers|theirs))?)\b"
    # what the question described is happening now: "is it normal for a migraine to make your
    # arm go numb? mum just got this 10 min ago, first time ever"
    r"|\b(?:(?:and|but|yes|yeah|so) )?(?:i|he|she|they|we|(?:my|our) \w+|mum|mom|dad|nan|gran"
    r"|grandma|grandad|grandpa) (?:(?:just|has|have|had|is|was) )*(?:got|had|has|have|getting"
    r"|having|started|developed) (?:this|that|it|these)\b(?=[^.!?]{0,40}\b(?:just now|right now"
    r"|now|(?:\d+|a few|ten|five|fifteen|twenty) (?:min|mins|minutes|hours?) ago|this morning"
    r"|tonight|today|first time)\b)"
)
PERSONAL = (
    r"\b(?:i|me|my|mine|myself|we|our|us|he|she|his|her|him|this|these|mum|mom|dad"
    r"|son|daughter|husband|wife|partner|friend|boyfriend|girlfriend|brother|sister|grandma"
    r"|grandpa|"
    # ("in a baby" is any baby)
    r"(?<!\ba )baby|(?<!\ba )toddler)\b"
)
# Hypothetical: from the cue to the end of the clause.
HYPO_CUES = (
    # ("sorry if this is the wrong place" apologises; it does not suppose)
    r"(?<!not sure )(?<!no idea )(?<!do not know )(?<!wondering )(?<!check )(?<!even )(?<!sorry )"
    r"(?<!apologies )(?<!forgive me )(?<!excuse me )\bif\b"
    r"|\bin case\b|\bwhat if\b|\bsuppose\b|\bimagine\b|\bwould (?:it|that|this) (?:be|mean)\b"
)

# Taking one's medicines as one should ("took all my tablets today! first time I remembered"):
# neither an overdose nor an act of self-harm.
ADHERENCE = (
    r"\b(?:remembered|remember(?:ing)? to take|reminders?|pill ?(?:box|organi[sz]er)|dosette)\b"
)

# ... unless a large amount is said ("set reminders, but tonight I took all 60 of my pills").
LARGE_AMOUNT = (
    r"\b(?:[1-9]\d+|whole|bottles?|(?<!dosette )(?<!pill )box(?:es)?|packets?|packs?|at once"
    r"|the lot|handfuls?)\b"
)

# Idioms that look like danger words ("this headache is killing me", "dying to know").
# Jumps and falls for fun: a fall or a "jump off a cliff" beside them is a sport, not an injury
# or a plan (the injury rules and the self-harm reader both use this).
LEISURE_JUMPS = r"bungee\w*|cliff[- ]?div\w*|sky ?div\w*|parachut\w*"

IDIOMS = (
    # a smell that "makes me feel like I'm suffocating", said not to be so
    r"\bfeel(?:s)? like (?:i am|i'm|im) (?:suffocating|choking|drowning)\b(?=[^.!?]{0,25}\bnot"
    r" (?:actually|really|literally) (?:short of breath|breathless|struggling|suffocating|choking"
    r"|having (?:any )?(?:trouble|difficulty) breathing)\b)|"
    # a smell or a drink strong enough "to knock someone out"
    r"\b(?:could|would|enough to|can) knock (?:someone|anyone|you|a horse|an elephant|a person)"
    r" (?:out|unconscious|dead|sideways|flat)\b|"
    # a mouth or lips coloured by food: "lips went blue from the blueberries"
    r"\b(?:lips?|tongue|mouth|teeth)\b (?:went|are|were|was|is|turned|all) (?:all |bright |dark )?"
    r"(?:blue|purple|black|red|green|orange)\b from (?:the |eating "
    r"|all the )?(?:\w+ )?(?:blueberr\w+"
    r"|blackberr\w+|beetroot|ice lolly|lolly|lollies|juice|paint|marker|crayon|felt tips?"
    r"|food colou?ring|jelly|slush\w*|popsicles?|squash|icing)\b"
    r"(?![^.!?]*\b(?:chok\w*|stuck|cannot breathe|not breathing|cannot cough|gasping)\b)|"
    # asleep, not unconscious: "passed out on the sofa after painting all day, slept 10 hours"
    r"\bpassed out (?:on|in) (?:the|my|his|her) (?:sofa|couch|settee|bed|armchair)\b"
    r"(?=[^.!?]{0,60}\b(?:slept|sleep|woke up|lol|haha|exhausted|knackered|shattered)\b)"
    r"(?![^.!?]*\b(?:not waking|will not wake|cannot wake|not wake|fit|seizure|not breathing"
    r"|not responding|unresponsive)\b)|"
    # everyone doomed, said of a small mishap: "we're all gonna die of smoke inhalation lol"
    r"\bwe(?: are|re| were)? all (?:going to|gonna) die\b(?=[^.!?]{0,60}\b(?:lol|lmao|haha)\b)|"
    # what looked like blood and was not: "blood everywhere, turned out it was beetroot juice"
    r"\bblood (?:everywhere|all over)\b[^.!?]{0,30}\bturned out (?:it was|to be) (?!not\b)"
    r"(?:just )?(?:\w+ ){0,2}(?:juice|paint|ketchup|jam|dye|sauce|beetroot|colou?ring|lipstick"
    r"|nail varnish|polish)(?=[ \t]*(?:[,.!?]|lol|haha|$))|"
    # a shock, not an arrest: "my heart stopped when I saw the bill"
    r"\bheart (?:stopped|skipped a beat|sank|dropped|nearly stopped) (?:when|as|after) (?:i|we|he"
    r"|she) (?:saw|heard|read|got|opened|checked|looked)\b|"
    # laughing or embarrassed "so much I could not breathe", or said with a "lol"
    r"\b(?:laugh\w*|embarrass\w*|cring\w*|giggl\w*)\b[^.!?]{0,50}\b(?:could not|cannot|can not)"
    r" breathe?\b|\b(?:could not|cannot|can not) breathe?\b[^.!?]{0,30}(?:\b(?:laugh\w*|giggl\w*"
    r"|hilarious|comedian|omg|lol|lmao|haha)\b|😂|🤣)"
    r"|\bthroat (?:closed|closing|closes)(?: up)?\b[^.!?]{0,50}\b(?:lol|lmao|haha|rofl)\b"
    # a blocked nose: "so blocked I can't breathe through it"
    r"|\b(?:blocked|stuffy|stuffed|bunged up|congested)\b[^.!?]{0,40}\b(?:cannot|can not|could not)"
    r" breathe? through it\b"
    r"|\b(?:cannot|can not|could not) breathe? through (?:one side|one nostril|(?:my|his|her|their)"
    r" nose|the (?:left|right)(?: side)?)\b"
    # the weather or a place as "suffocating": "the humidity here is suffocating lol"
    r"|\b(?:humidity|heat|weather|air|atmosphere|office|house|flat|room|traffic|city|job|marriage"
    r"|relationship|family) (?:[\w']+ ){0,3}?(?:is|was|gets|feels) (?:so |really "
    r"|absolutely |literally )?(?:suffocating|stifling|choking)\b"
    # a burden, not a place, "suffocating me" so that "i cannot breathe": "this homework is
    # literally suffocating me i cant breathe"
    r"|\b(?:homework|school|work|job|exams?|revision|deadlines?|essays?|assignments?|coursework"
    r"|meetings?|boss|marriage|relationship|family|life|parents|uni|college) (?:[\w']+ ){0,3}?"
    r"(?:is|are|was|were) (?:so |really |absolutely |literally )?(?:suffocating|stifling"
    r"|choking|killing) me\b(?:[^.!?]{0,15}\b(?:cannot|can not|could not) breathe?\b)?"
    r"|\b(?:could not|cannot|can not|can barely|can hardly|could barely) breathe?\b"
    r"[^.!?]{0,50}\b(?:lol|lmao|haha|rofl)\b|\b(?:cannot|can not|could not) breathe? without (?:my"
    r" )?(?:morning )?(?:coffee|tea|phone|music|\w+ (?:coffee|tea))\b"
    r"|\bchoked (?:laughing|on (?:my|his|her|their) (?:words|laughter|tears|drink))\b"
    # a likeness, not an event: "my hands feel like they are on fire", "feels like my body is
    # poisoned"
    r"|\b(?:feels?|feeling|felt) (?:like|as if|as though) (?:(?:i|it|they|he|she|(?:my|his|her)"
    r" (?:\w+ )?\w+) (?:am|is|are|was|were|have been|has been|had been) )?(?:on fire|burning"
    r"|being burned|burnt|poisoned|being poisoned)\b"
    r"|\b(?:feels?|felt) like (?:i am|i was|he is|she is) having a (?:stroke|heart attack)\b"
    r"[^.!?]{0,3}\s*(?:lol|haha|lmao|rofl)\b|\bbrain freeze\b[^.!?]{0,40}\bstroke\b|"
    r"\b(?:is|are|was|were|be) killing me\b|\bdying (?:to|for)\b|\bdying (?:with|of) (?:this|a|the"
    r"|my) "
    r"(?:\w+ )?(?:cold|flu|man flu|hangover|cough|heat|hay ?fever)\b|\bkill (?:me|him|her|them"
    r"|us) if\b"
    r"|\bwill kill me\b|\bgoing to kill me\b|\bcould (?:murder|kill) (?:a|for|some)\b|\bkill for\b"
    r"|\b(?:nearly|almost|literally) died (?:laughing|of embarrassment|of shame|of boredom)\b"
    r"|\bdied "
    r"laughing\b|\bbored to death\b|\bscared to death\b|\bto die for\b|\bdead tired\b|\bkilled it\b"
    r"|\bdying of (?:embarrassment|boredom|laughter|shame)\b|\bwant to die of (?:embarrassment|"
    r"shame)\b|\bkilling it\b|\bmy (?:boss|mum|dad|wife|husband|parents) (?:will|would|is going to|"
    r"are going to) kill me\b|\bheart ?broken\b|\bbreak(?:ing)? my heart\b"
    # ("I could just die of shame"; not a wish: "I wish I could die")
    r"|(?<!wish i )(?<!wish he )(?<!wish she )(?<!wishes he )(?<!wishes she )(?<!wished i )"
    r"(?<!wishing i )\bcould (?:just )?die\b"
    r"(?! (?:tonight|now|today))|\bmoment to breathe\b|\broom to breathe\b|\bbreathe a sigh\b"
    r"|\bbreathing down my neck\b|\bdrowning in (?:\w+ )?(?:work|paperwork|debt|emails|homework"
    r"|assignments|coursework|deadlines|bills|exams|essays|admin|laundry|revision)\b"
    # pauses in a snorer's sleep: sleep apnoea, for the GP ("snores like a train and stops
    # breathing for a few seconds in his sleep")
    r"|\b(?:husband|wife|partner|boyfriend|girlfriend|hubby|dad|father|mum|mother|he|she|i)"
    r" snor\w*\b[^.!?]{0,80}\b(?:stops?|stopped|stopping|pauses? (?:in )?his|pauses? (?:in )?her)"
    r" breathing\b for (?:a few|a couple of|[1-9]|ten|few|several) (?:seconds|secs)"
    r" (?:in|during|while) (?:his|her|my|their) sleep\b"
    r"(?:[^.!?]{0,40}\bwak(?:es|ing|e|ed) (?:up )?gasping\b)?"
    r"(?![^.!?]*\b(?:seizure|fit|fitting|blue|grey|chest pain|confus\w*|not waking"
    r"|will not wake)\b)"
    r"|\b(?:snor\w*|sounds?|sounded|noise|loud)\b[^.!?]{0,20}\blike a (?:chainsaw|train"
    r"|freight train|jet|drill)\b"
    r"|\bsnor\w*\b[^.!?]{0,40}\b(?:like|as if|as though) (?:he|she|i|they|someone) (?:is|are|am"
    r"|was|were) (?:choking|drowning|suffocating|gasping)\b"
    # "out cold for like 11 hours last night, best sleep in ages"
    r"|\bout cold for (?:like |about |a good |nearly |over )?(?:\d+|eight|nine|ten|eleven|twelve)"
    r" hours\b"
    # sleep starts: "twitches in his sleep like he's having a fit but fine in the morning"
    r"|\btwitch\w* in (?:his|her|my|their) sleep like (?:he|she|i|they) (?:is|are|am|was|were)"
    r" having a fit\b"
    # "says he's 'dying' with man flu lol"
    r"|\b(?:says|thinks|reckons|convinced|swears)(?: that)? (?:he is|hes|he's|he) ['\"]?dying['\"]?"
    r" (?:with|from|of) (?:the |his |a )?man ?flu\b"
    r"(?![\s\S]*\b(?:confus\w*|not making sense|unresponsive|floppy|blue|mottled|not eaten"
    r"|has not eaten|drowsy|blood|chest|rash|breath\w*|sugars?|diabet\w*|vomit\w*|seizure|fit"
    r"|stiff neck|collapsed|faint\w*)\b)"
    # "has man flu and says he's dying": a joke about a cold
    r"|\bman ?flu\b[^.!?]{0,60}\b(?:says|thinks|reckons|acting like|convinced|swears)(?: that)?"
    r" (?:he is|hes|he's|he|i am|im) (?:dying|going to die)\b"
    r"(?![\s\S]*\b(?:confus\w*|not making sense|unresponsive|floppy|blue|mottled|not eaten"
    r"|has not eaten|drowsy|blood|chest|rash|breath\w*|sugars?|diabet\w*|vomit\w*|seizure|fit"
    r"|stiff neck|collapsed|faint\w*)\b)"
    # Surroundings or situations called suffocating; hazards named, not happening.
    r"|\b(?:heat|weather|humidity|atmosphere|office|job|marriage|relationship) (?:is |was"
    r" |feels )?(?:so |really |just |absolutely |honestly )?(?:suffocating|stifling)\b"
    r"|\bsuffocating (?:heat|humidity|relationship|job|marriage|atmosphere|family)\b"
    r"|\bchok(?:ing|e) (?:hazards?|risks?|points?)\b|\bchoked (?:up|back)\b|\bdog tired\b"
    r"|\bdead on my feet\b|\bdead (?:beat|exhausted|knackered)\b"
    # Overdoing exercise or work: "killing myself at the gym", "working myself to death".
    r"|\bkilling (?:my|him|her|them)sel(?:f|ves) (?:at|in|on|with|over) (?:the |my |his |her |th"
    r"ese |this |all )?(?:gym|training|workouts?|exercise|cardio|runs?|running|treadmill|diet|w"
    r"ork|job|office|revision|studying|exams?|shifts?|overtime)\b|\bkilling (?:my|him|her)self "
    r"(?:training|working|running|studying|revising|exercising|dieting)\b"
    r"|\bwork(?:ing|ed)? (?:my|him|her)self to death\b"
    # An "overdose" of something that is no drug ("overdosed on netflix", "od on chocolate").
    r"|\boverdos(?:e|ed|ing)? on (?!(?:my |his |her |their |the |some |all |purpose|them|it|"
    r"\w+ (?:pills|tablets|meds))|(?:\w+ )?(?:pills|tablets|meds|drugs|heroin|fentanyl|insulin"
    r"|paracetamol|ibuprofen|caffeine|alcohol|sleeping|painkillers|opioids|coke|cocaine|mdma"
    r"|ketamine|xanax))(?:netflix|tv|telly|television|chocolate|sugar|sweets|candy|cake|carbs"
    r"|junk|youtube|tiktok|social media|games|gaming|sun|sunshine|drama|love|cuteness|news"
    r"|crisps|pizza|christmas|work|studying|revision|exercise|\w+ shows?|\w+ films?)\b"
    # machines and moods: "the laptop had a seizure", "gonna have a seizure if I don't find a
    # charger"; a streak counted ("seizure free 18 months")
    r"|\b(?:laptop|computer|pc|phone|printer|wifi|router|app|screen|tv|telly|server|website"
    r"|system|spreadsheet|excel)\b[^.!?]{0,10}\b(?:had|having|has|have|is having) (?:a |another )?"
    r"(?:seizure|fit|heart attack|stroke|meltdown)\b"
    r"|\b(?:going to|gonna|about to) have (?:a |an )?(?:seizure|fit|heart attack|stroke|aneurysm)"
    r" (?:if|when|because|over)\b"
    r"|\bseizure[- ]free\b|\bfree (?:of|from) seizures\b|\bwithout a (?:seizure|fit)\b"
    # a quiet chest after giving up smoking; a teenager hard to wake for school
    r"|\bchest (?:has |is )?(?:gone |been |so much )?quiet\w*\b[^.!?]{0,40}\b(?:since (?:i|he|she)"
    r" (?:stopped|quit|gave up)|no more|great|thankfully|finally)\b"
    r"|\bbarely rous(?:e)?able (?:in the mornings?|for school|before (?:noon|lunch))\b"
    # too much of a good thing: "I overdosed on crossword puzzles this weekend"
    r"|\boverdos\w* on (?:\w+ )?(?:chips|crisps|fries|junk food|takeaways?|biscuits|cookies"
    r"|ice cream|carbs|sugar|caffeine|coffee|reels|tiktok|youtube|crosswords?|puzzles?"
    r"|crossword puzzles|chocolate|sweets|candy|cake"
    r"|netflix|tv|telly|box ?sets?|christmas|nostalgia|sunshine|sun|work|gardening|shopping"
    r"|cheese|pizza|memes|reading|books|drama|love|carbs)\b"
    # a limb slept on: "arm went dead after sleeping on it"
    r"|\b(?:arm|leg|hand|foot)\b[^.!?]{0,30}\b(?:after|from) (?:sleeping|lying|laying|sitting)"
    r" (?:funny |awkwardly )?on (?:it|them)\b"
    # breath taken by a stuffy room
    r"|\b(?:cannot|can not|could not) breathe in (?:this|that|the|here|our) (?:\w+ )?(?:office"
    r"|heat|humidity|weather|traffic|crowd|classroom|open plan)\b"
    # a blocked nose: "cannot breathe from nose at night"
    r"|\b(?:cannot|can not|could not) breathe (?:from|through|out of) (?:my |his |her |the |one )?"
    r"(?:nose|nostril)\b"
    # clothes too tight: "she can't breathe in her new school jumper"
    r"|\b(?:cannot|can not|could not) breathe in (?:this|that|the|her|his|my|these|those) (?:\w+ )"
    r"{0,2}(?:jumper|dress|top|jeans|collar|shirt|tie|bra|corset|mask|coat|trousers|costume"
    r"|wetsuit|uniform|suit)\b"
    # a brain overloaded: "my brain is having a full seizure trying to learn excel"
    r"|\b(?:my |his |her )?brain (?:is having|had|is having a|just had) (?:a )?(?:full |total "
    r"|complete |mini |little )?(?:seizure|meltdown|stroke|aneurysm|heart attack)\b"
    # a forum's apology and thanks: "sorry everyone for the long post, thanks for everything"
    r"|\bsorry(?: (?:everyone|all|guys|folks|in advance))? (?:for|about) the (?:long|rambling"
    r"|massive|huge|essay|novel|epic)? ?(?:post|message|rant|essay|ramble|read|vent)\b"
    r"(?:[^.!?]{0,10}\bthanks? (?:you )?(?:all )?for (?:everything|reading|any (?:help|advice)"
    r"|listening)\b)?"
)

# --------------------------------------------------------------------------------------------
# People.
# --------------------------------------------------------------------------------------------

CHILD_WORDS = (
    r"\b(?:baby|babies|babys|baby's|infant|newborn|new born|neonate|toddler|toddlers|little one|"
    r"little girl|little boy|little man|kid|kids|child|children|my boy|my girl|preschooler|"
    r"bubba|bub|kiddo)\b"
)
YOUNG_BABY_WORDS = r"\b(?:newborn|new born|neonate)\b"
ANIMAL_SUBJECT = r"\b(?:dog|dogs|cat|cats|puppy|kitten|pet|horse|rabbit|hamster|bird|parrot)\b"
