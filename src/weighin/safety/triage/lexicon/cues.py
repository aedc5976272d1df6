"""Clause-level cues: where a clause ends, negation, past and present, settled and habitual."""

from __future__ import annotations

# --------------------------------------------------------------------------------------------
# Clause-level cues.
# --------------------------------------------------------------------------------------------

# Words after which a run-on question does not start a clause of its own (see CLAUSE_BREAK).
_ASKING = (
    "what", "when", "why", "how", "where", "who", "which", "whether", "if", "long", "soon",
    "much", "many", "often", "far", "quickly", "and",
)  # fmt: skip

# Words that end one clause and start another (a negation or past marker stops here).
CLAUSE_BREAK = (
    r"[,;:()\[\]]|\s-\s|\s—\s|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bexcept\b|\bwhereas\b"
    r"|\band now\b|\bnow\b(?= (?:i|he|she|they|we|my|his|her|their|it|there|the|this|am|is|are|has"
    r"|have|cannot|can|suddenly|just)\b)|\bthen\b|\btoday\b(?= (?:i|he|she|they|my|his|her|it)\b)"
    r"|\bbut now\b|\buntil\b(?= (?:today|now|this|yesterday))|\bsince then\b"
    r"|\band (?=(?:has|have|is|are|now|today|then|still|keeps|i|he|she|my|his|her|the|this|there"
    r"|it is|it has|it keeps|its)\b)"
    # a question whether to wait or go, run on after what is happening: "he is grey and sweating
    # is it ok to wait", "bleeding a lot do we need to go in": the question is its own clause,
    # so its "is it ok" (a general question's words) does not reach back over the story. (Not
    # after a question word: "when should i go in if ...", "how long can it wait" stay whole.)
    + "|"
    + r"\b(?=(?:or )?(?:(?:is|would|will|could) (?:it|this|that|he|she)(?: be)?"
    r" (?:ok|okay|safe|alright|all right|fine|serious|an emergency|urgent|normal|bad|dangerous"
    r"|worth|something|nothing|a problem|an issue|life[- ]threatening)"
    r"|(?:should|shall|do|must|can|could) (?:i|we) (?:just |still |really )?(?:wait|leave|go|call"
    r"|ring|phone|take|bring|drive|worry|be worried|be concerned|need|get|see|stay)"
    r"|(?:can|could|will) (?:this|it|that|he|she) (?:just |still )?(?:wait|hold|keep|be left)"
    r"|how (?:long|soon) (?:should|can|do|could|must) (?:i|we|it|this)"
    r"|what (?:should|do|can|must) (?:i|we) do"
    # the name asked of it: "cannot feel my left side is this a stroke"
    r"|(?:is|could|can|might) (?:this|it|that)(?: be)? (?:a|an)"
    r")\b)(?<=[a-z0-9] )" + "".join(rf"(?<!\b{w} )" for w in _ASKING)
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
    # treatment already given: "bled heavily after her delivery and needed a transfusion"
    r"|\b(?:needed|had|got|was given|were given|received|required) (?:a |two |three |\d+ "
    r"|several )?(?:blood )?transfusions?\b(?! (?:now|today|tonight|right now))"
    # an event called old: "could that old overdose have damaged my heart?"
    r"|\b(?:that|the|my|his|her) old (?:overdose|od|attempt|bleed|stroke|heart attack)\b"
    r"(?![^.!?]{0,40}\b(?:has|is|keeps|started|back|again|now)\b)"
    # (not "pregnant with our first")
    # every pregnancy of hers, told: "she had pre-eclampsia with both her babies"
    r"|(?<!pregnant )\bwith (?:both|all|each of) (?:our|my|her|his|their) (?:babies|pregnancies"
    r"|children|kids|boys|girls)\b"
    r"|(?<!pregnant )\bwith (?:our|my|her|his|their) (?:first|second|third|eldest|oldest|older|last"
    r"|previous)"
    r"(?: (?:one|child|baby|pregnancy|son|daughter|labour|birth))?\b(?! (?:\w+ )?on the way)"
    # "When my gran had her stroke ...": a past event frames the clause.
    r"|\bwhen (?:i|he|she|they|we|(?:my|his|her|our|their) (?:\w+ ){1,2}?)(?:had|suffered|went"
    r" through) (?:a |an |her |his |their |my |the )?(?:\w+ )?(?:stroke|heart attack|seizure|fit"
    r"|cardiac arrest|overdose|breakdown|anaphylaxis|reaction|surgery|operation|accident)\b"
)
# A clause told in the simple past ("went", "collapsed"), and the words that put a clause in the
# present ("is", "can", "keeps", "an hour ago", "last night": news of its own).
TOLD_PAST = (
    r"\b(?:was|were|had|did|took|went|came|got|gave|said|told|felt|fell|ran|saw|made|kept|left|"
    r"spent|thought|found|brought|sent|put|lasted|grew|began|bled|broke|threw|woke|rang|caught"
    r"|drove|knew|slept|spoke|stood|tore|became|\w{2,}(?<!e)ed)\b"
)
NOW_WORDS = (
    r"\b(?:is|are|am|can|cannot|has|have|do|does|feel|feels|keep|keeps|need|needs|hurts?|looks?|"
    r"seems?|gets?|just|will|going|gonna|wo)\b|\b(?:minutes?|mins?|hours?|hrs?) ago\b"
    # news of its own: "had surgery 3 weeks ago, the wound bled a lot last night"
    r"|\b(?:last night|yesterday|this (?:morning|afternoon|evening)|today|tonight|earlier)\b"
)

# A story dated months or years back (``scope_story``): not weeks, which may still be news.
STORY_DATED = (
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several"
    r"|many|couple of|some) (?:years?|months?|decades?) (?:ago|back|earlier)\b"
    r"|\b(?:years|decades|ages) (?:ago|back)\b|\bin (?:19|20)\d\d\b|\bin the (?:19|20)?\d0'?s\b"
    r"|\blast (?:year|winter|summer|spring|autumn|fall|christmas|easter|season|term|semester"
    r"|decade)\b|\bwhen (?:i|he|she|they|we|(?:my|our|his|her|their) \w+) (?:was|were)"
    r" (?:\d|an? |little|young|small|in )|\bas a (?:kid|child|teen|teenager|baby|toddler|student)\b"
    r"|\bin (?:his|her|their|my|our) (?:teens|twenties|thirties|forties|fifties|sixties|youth)\b"
    r"|\bat (?:age|the age of) \d|\bthen (?:aged )?\d{1,2}\b(?! (?:minutes|mins|hours|days))"
    # another's pregnancies, all of them: "pre-eclampsia with both her babies"
    r"|\bwith (?:both|all|each of) (?:our|my|her|his|their) (?:babies|pregnancies|children|kids)\b"
)
# A person of the story, an age now: "he is 9 now", "the baby is 4 now and thriving" (not "she is
# 30 weeks now")
KID_NOW = (
    r"\b(?:he|she|they|(?:the |my |our |his |her |their )?(?:baby|son|daughter|boy|girl|child|kid"
    r"|twins|little one)) (?:is|are) (?:now )?\d{1,2}(?: (?:years?|yrs?|months?)(?: old)?| yo)?"
    r" now\b"
)
# How the post closes such a story: its outcome, a look back at it, an end to the pregnancy.
STORY_CLOSED = (
    r"\b(?:survived|recovered|pulled through|was discharged|were discharged|went home|came home"
    r"|sent home|turned out|all clear|slept it off)\b"
    r"|\b(?:scans?|tests?|bloods?|ct|mri|x-?rays?|ecg|results?)\b[^.!?,;]{0,20}\b(?:was|were"
    r"|came back) (?:all )?(?:clear|normal|fine|ok|okay|negative)\b"
    # treatment it took: "needed 4 units of blood", "needed two stents", "needed my epipen"
    r"|\b(?:needed|required|had to have) (?:an? |two |three |\d+ |my |his |her |emergency )?"
    r"(?:surgery|operation|op|stents?|units?|transfusions?|bypass|epipen|epi-?pens?|adrenaline"
    r"|stitches|section|c-section|caesarean)\b"
    # a stay: "was in intensive care for weeks", "a night in hospital", "kept him in"
    r"|\b(?:was|were|spent [\w ]{1,12}|stayed|ended up|a night|nights?|weeks?) in (?:the )?"
    r"(?:hospital|intensive care|icu|nicu|picu|resus|er|a&e|ed)\b"
    r"|\b(?:er|a&e|hospital) (?:visit|trip|stay|admission)\b|\bkept (?:him|her|me|them|us) in\b"
    # a look back: "scariest night of my life", "i remember", "still gives me nightmares"
    r"|\b(?:scariest|worst|longest|hardest|most (?:frightening|terrifying)) (?:night|day|week"
    r"|weekend|moment|experience|time|hours?|months?) of (?:my|our|her|his|their) li(?:fe|ves)\b"
    r"|\bi (?:still )?remember\b|\bnightmares?\b|\bnever forget\b|\b(?:ever )?since then\b"
    r"|\b(?:fine|well|ok|okay|good|great|healthy|normal)\b[^.!?]{0,30}\b(?:ever )?since(?= ?[,.!?;]"
    r"|$| and\b)"
    # the pregnancy it told ended in a birth: "the first one was born at 32 weeks after she had a
    # seizure"
    r"|\b(?:was|were) born\b"
    # it did not come back: "he grew out of them", "has not had one since", "never happened again"
    r"|\b(?:grew|grown|growing) out of (?:it|them|those|that|the \w+)\b|\bout(?:grew|grown)\b"
    r"|\b(?:has not|have not|had not|never|not) (?:had (?:one|another|any(?: more)?|a (?:single"
    r" |repeat|recurrence)|it)(?: \w+)?|happened) (?:ever )?(?:since|again)\b"
    # the child of the story grown since: "baby is 4 now", "our son is 9 now", "she's 6 now"
    r"|" + KID_NOW
)
# A month named as when a story happened ("knocked out playing rugby in March"), read as past when
# its clause is told in the past tense and says nothing of the future ("my scan is in March").
MONTH_DATED = (
    r"\b(?:in|back in|during|last|early|late|mid|the start of|the end of)"
    r"(?: (?:early|late|mid|the middle of))?[ -]"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|sept|oct|nov|dec)\b"
)
MONTH_FUTURE = (
    r"\b(?:will|going to|gonna|due|booked|scheduled|planned|planning|next|coming|appointment"
    r"|waiting|wait|until|till|this|hope|hoping|should|want)\b"
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
    r"|\b(?:at|when (?:i|he|she|they|(?:my|our|his|her|their) \w+) (?:was|were)) (\d{1,2})"
    r" months?(?: old)?\b(?! (?:pregnant|gestation|along))"
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
    r"\bnow\b|\bright now\b|\bcurrently\b|\bat the moment\b|"
    # (not an episode that never came back: "never happened again")
    r"(?<!never happened )(?<!not happened )(?<!never occurred )(?<!not occurred )"
    r"(?<!never had one )(?<!never had it )(?<!not had one )(?<!never done it )"
    r"(?<!never )\bagain\b|\bstill\b"
    r"|\btoday\b"
    r"|\btonight\b"
    # a thought that keeps coming, told in the present: "since my wife died last spring I often
    # think it would be easier to ..."
    r"|\b(?:i|he|she|they) (?:often|sometimes|constantly|keep) (?:think|thinks|thinking|wish"
    r"|wishes|wishing|feel|feels|feeling|wonder|wonders)\b"
    r"|\bthis (?:morning|evening|afternoon)\b|\bjust now\b|\bstarting\b|\brecently\b"
    # (an onset dated years back is history: "the seizures started in 2015, well controlled")
    r"|\bstarted\b(?![^.!?,;]{0,25}\b(?:last year|in (?:19|20)\d\d|(?:\w+|\d+) years ago"
    r"|when (?:i|he|she) was (?:a |\d)|as a (?:child|kid|teen|teenager))\b)"
    r"|\blately\b|\b(?:are|is) back\b|\bcoming back\b|\bkeeps?\b|\bas we speak\b"
    # (a return months or years back is past: "my chest pain came back last year, all fine now";
    # last week's stays a recent concern)
    r"|\bcame back\b(?![^.!?,;]{0,25}\b(?:last (?:year|summer|winter|spring|autumn)"
    r"|in (?:19|20)\d\d|(?:\w+|\d+) (?:years?|months?) ago)\b)"
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
    r"|\b(?:could not|did not) (?:breathe|catch (?:my|his|her) breath|talk|speak|move|see) for"
    r" (?:a few|a couple of|a|several|\d+|two|three|five|ten) seconds\b"
    r"|\band (?:was |felt )?fine after(?:wards)?\b"
    # "lasted 10 minutes, fine since": fine from then to now
    r"|(?<!not )\b(?:fine|ok|okay|normal|alright|well) (?:ever )?since(?= ?(?:[.,!?;]|$))"
    r"|\b(?:recovered|passed|got (?:my|his|her) breath back|caught (?:my|his|her) breath"
    r"|was (?:(?:comp"
    r"letely|totally|absolutely|perfectly) )?fine)"
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
    r"|\bgetting worse\b|\bworsening\b|\bkeeps? (?:getting|coming|happening)\b"
    # (not what one hopes to do again: "when can i play again?")
    r"|(?<!play )(?<!drive )(?<!train )(?<!swim )(?<!run )(?<!fly )(?<!exercise )(?<!travel )"
    r"(?<!work )(?<!lift )(?<!go back )"
    r"(?<!never happened )(?<!not happened )(?<!never occurred )(?<!not occurred )"
    r"(?<!never had one )(?<!never had it )(?<!not had one )(?<!never done it )"
    r"\bagain\b|\bhas not "
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
    # "when i get my words muddled", "whenever he gets these headaches"
    r"|\bwhen(?:ever)? (?:i|he|she|they) (?:get|gets) (?:my|his|her|their) words\b"
    r"|\bwhen(?:ever)? (?:i|he|she|they) (?:get|gets) (?:these|those|this|a|an|one of (?:my|his"
    r"|her|these|those)) (?:bad )?(?:headaches?|migraines?|attacks?|episodes?|spells?|pains?"
    r"|flare\w*|turns?|dizzy spells?)\b"
    # tiredness blamed: "gets words muddled when he's tired"
    r"|\bwhen(?:ever)? (?:i am|he is|she is|they are|i get|he gets|she gets) (?:really |very |so )?"
    r"(?:tired|exhausted|knackered|sleepy|run down|worn out)\b"
    # panic, or sleep coming: "when i panic i feel like i cant breathe", "when im falling asleep
    # my whole body jerks and i wake up gasping"
    r"|\bwhen(?:ever)? (?:i|he|she|they) (?:panic|start to panic|am falling asleep"
    r"|is falling asleep|fall asleep|falls asleep|drift off|drifts off|nod off|nods off)\b"
    # an attack of a known kind, whenever it comes: "when i have a panic attack it feels like"
    r"|\bwhen(?:ever)? (?:i|he|she|they) (?:have|has|get|gets|am having|is having) (?:a |an )?"
    r"(?:panic attack|anxiety attack|migraine|flare|flare-up|hot flush|hot flash)\b"
    # the weather blamed, as it always does: "the heat makes me feel like i cant breathe"
    r"|\b(?:heat|humidity|cold|weather|summer|winter|pollen|hay ?fever) (?:always |just |really )?"
    r"makes? me (?:feel )?"
)
