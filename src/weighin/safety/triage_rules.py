"""Rule data for :mod:`weighin.safety.triage`: spelling fixes, cue lists and symptom lexicons.

Everything here is plain data (strings, dicts, regular-expression *sources*); the engine in
``triage.py`` compiles it once at import. Patterns are written against *normalised* text: lower
case, contractions expanded ("can't" -> "cannot", "won't" -> "will not", "she's" -> "she is"),
common misspellings fixed ("heart attak" -> "heart attack", "cnt breath" -> "cannot breath").
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------
# Normalisation: whole-token rewrites (applied after lower-casing, on [a-z0-9'] tokens).
# --------------------------------------------------------------------------------------------

TOKEN_FIXES: dict[str, str] = {
    # contractions, with and without the apostrophe
    "can't": "cannot",
    "cant": "cannot",
    "cnt": "cannot",
    "carnt": "cannot",
    "cannt": "cannot",
    "couldn't": "could not",
    "couldnt": "could not",
    "won't": "will not",
    "wont": "will not",
    "wouldn't": "would not",
    "wouldnt": "would not",
    "isn't": "is not",
    "isnt": "is not",
    "aren't": "are not",
    "arent": "are not",
    "wasn't": "was not",
    "wasnt": "was not",
    "weren't": "were not",
    "werent": "were not",
    "doesn't": "does not",
    "doesnt": "does not",
    "dosent": "does not",
    "dosnt": "does not",
    "don't": "do not",
    "dont": "do not",
    "didn't": "did not",
    "didnt": "did not",
    "hasn't": "has not",
    "hasnt": "has not",
    "haven't": "have not",
    "havent": "have not",
    "hadn't": "had not",
    "shouldn't": "should not",
    "shouldnt": "should not",
    "ain't": "is not",
    "aint": "is not",
    "i'm": "i am",
    "im": "i am",
    "i've": "i have",
    "ive": "i have",
    "i'll": "i will",
    "i'd": "i would",
    "he's": "he is",
    "hes": "he is",
    "she's": "she is",
    "shes": "she is",
    "it's": "it is",
    "its": "it is",
    "that's": "that is",
    "thats": "that is",
    "there's": "there is",
    "theres": "there is",
    "what's": "what is",
    "whats": "what is",
    "who's": "who is",
    "they're": "they are",
    "theyre": "they are",
    "we're": "we are",
    "you're": "you are",
    "youre": "you are",
    "they've": "they have",
    "we've": "we have",
    "he'll": "he will",
    "she'll": "she will",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "tryna": "trying to",
    # chat shorthand
    "n": "and",
    "r": "are",
    "u": "you",
    "ur": "your",
    "rn": "right now",
    "atm": "at the moment",
    "pls": "please",
    "plz": "please",
    "wat": "what",
    "wht": "what",
    "wut": "what",
    "cn": "can",
    "tho": "though",
    "thru": "through",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "b4": "before",
    "ppl": "people",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "mom": "mum",
    "mommy": "mum",
    "mummy": "mum",
    "mother": "mum",
    "yrs": "years",
    "yr": "year",
    "mins": "minutes",
    "min": "minute",
    "hrs": "hours",
    "hr": "hour",
    "secs": "seconds",
    "wks": "weeks",
    "wk": "week",
    "mths": "months",
    "mos": "months",
    "kys": "kill yourself",
    "unalive": "kill",
    "od": "overdose",
    "od'd": "overdosed",
    "odd'd": "overdosed",
    "oded": "overdosed",
    "alot": "a lot",
    "abt": "about",
    "smth": "something",
    "sth": "something",
    # misspellings of words the rules look for
    "attak": "attack",
    "atack": "attack",
    "attac": "attack",
    "attck": "attack",
    "attact": "attack",
    "hart": "heart",
    "stroak": "stroke",
    "strok": "stroke",
    "seizur": "seizure",
    "siezure": "seizure",
    "seisure": "seizure",
    "sezure": "seizure",
    "seizer": "seizure",
    "siezures": "seizures",
    "seizers": "seizures",
    "pils": "pills",
    "pillz": "pills",
    "tabs": "tablets",
    "swolen": "swollen",
    "swollon": "swollen",
    "swolled": "swollen",
    "swelin": "swelling",
    "sweling": "swelling",
    "swellin": "swelling",
    "speach": "speech",
    "slured": "slurred",
    "slurd": "slurred",
    "slurin": "slurring",
    "slurrin": "slurring",
    "breathin": "breathing",
    "breating": "breathing",
    "brething": "breathing",
    "breahting": "breathing",
    "breth": "breath",
    "brethe": "breathe",
    "droopin": "drooping",
    "droppin": "drooping",
    "respondin": "responding",
    "bleedin": "bleeding",
    "bleading": "bleeding",
    "bledding": "bleeding",
    "colapsed": "collapsed",
    "collasped": "collapsed",
    "colapse": "collapse",
    "collaped": "collapsed",
    "unconcious": "unconscious",
    "unconsious": "unconscious",
    "unconcsious": "unconscious",
    "unresponsve": "unresponsive",
    "pregant": "pregnant",
    "pregnent": "pregnant",
    "pregnat": "pregnant",
    "prego": "pregnant",
    "preggo": "pregnant",
    "preggers": "pregnant",
    "anaphalaxis": "anaphylaxis",
    "anaphylaxsis": "anaphylaxis",
    "anafalaxis": "anaphylaxis",
    "anaphylactic": "anaphylaxis",
    "anaphalactic": "anaphylaxis",
    "alergic": "allergic",
    "alergy": "allergy",
    "vomitting": "vomiting",
    "vommiting": "vomiting",
    "puking": "vomiting",
    "diarhea": "diarrhea",
    "diarrea": "diarrhea",
    "diarrhoea": "diarrhea",
    "feaver": "fever",
    "fevar": "fever",
    "fver": "fever",
    "temprature": "temperature",
    "temperture": "temperature",
    "tempreture": "temperature",
    "nausia": "nausea",
    "nausous": "nauseous",
    "nauseus": "nauseous",
    "dizy": "dizzy",
    "dizzey": "dizzy",
    "suicidle": "suicidal",
    "sucidal": "suicidal",
    "suicidel": "suicidal",
    "suicde": "suicide",
    "suiside": "suicide",
    "sucide": "suicide",
    "suicid": "suicide",
    "stomache": "stomach",
    "stomac": "stomach",
    "choaking": "choking",
    "chocking": "choking",
    "overdozed": "overdosed",
    "poisen": "poison",
    "posion": "poison",
    "poision": "poison",
    "swallowd": "swallowed",
    "swalowed": "swallowed",
    "swollowed": "swallowed",
    "swalow": "swallow",
    "swallo": "swallow",
    "swolow": "swallow",
    "inhailer": "inhaler",
    "inhaller": "inhaler",
    "epi-pen": "epipen",
    "adrenaline": "epipen",
    "ambulence": "ambulance",
    "headach": "headache",
    "hedache": "headache",
    "migrane": "migraine",
    "migrain": "migraine",
    "numbnes": "numbness",
    "chst": "chest",
    "chesr": "chest",
    "arme": "arm",
    "babys": "baby's",
    "newborne": "newborn",
    "toddlr": "toddler",
    "sezures": "seizures",
    "mennigitis": "meningitis",
    "meningitus": "meningitis",
    "sepsys": "sepsis",
    "bloood": "blood",
    "tylenol": "paracetamol",
    "acetaminophen": "paracetamol",
    "panadol": "paracetamol",
    "calpol": "paracetamol",
    "advil": "ibuprofen",
    "motrin": "ibuprofen",
    "nurofen": "ibuprofen",
    "tabletts": "tablets",
    "tabelts": "tablets",
    "tablests": "tablets",
    "contractons": "contractions",
    "wheesing": "wheezing",
    "wheazing": "wheezing",
    "weezing": "wheezing",
    "wheezin": "wheezing",
    "chokin": "choking",
    "chokeing": "choking",
    "throwin": "throwing",
    "sweatin": "sweating",
    "sweatting": "sweating",
    "jerkin": "jerking",
    "shakin": "shaking",
}

# Multi-word rewrites applied to the token-normalised text (regex source -> replacement).
PHRASE_FIXES: tuple[tuple[str, str], ...] = (
    (r"\bcan not\b", "cannot"),
    (r"\bcan'?t\b", "cannot"),
    (r"\bhead ache\b", "headache"),
    (r"\bnose ?bleed(s)?\b", r"nosebleed\1"),
    (r"\bepi pen\b", "epipen"),
    (r"\bheart ?attacks?\b", "heart attack"),
    (r"\bmi\b(?= (?:right now|now|symptoms))", "heart attack"),
    (r"\bshort ?ness of breathe?\b", "shortness of breath"),
    (r"\bshort of breathe\b", "short of breath"),
    (r"\bsob\b", "short of breath"),
    (r"\bkill my ?self\b", "kill myself"),
    (r"\bkilling my ?self\b", "killing myself"),
    (r"\bhurt my ?self\b", "hurt myself"),
    (r"\bmy self\b", "myself"),
    (r"\b(\d+) ?(?:yo|y/o|yr old|yrs old|years? old|year-old|yr-old)\b", r"\1 year old"),
    (r"\b(\d+) ?(?:mo|mos|mth|mths|months?|month-old|mo-old)[ -]old\b", r"\1 month old"),
    (r"\b(\d+) ?(?:wk|wks|weeks?)[ -]old\b", r"\1 week old"),
    (r"\b(\d+) ?(?:day|days)[ -]old\b", r"\1 day old"),
    (r"\b(\d+)(?:mo|mos)\b", r"\1 month old"),
    (r"\b(\d+)(?:wks?)\b", r"\1 weeks"),
    (r"\b(\d+)(?:yrs?)\b", r"\1 years"),
    (r"\b(\d+)(?:mins?)\b", r"\1 minutes"),
    (r"\b(\d+)(?:hrs?)\b", r"\1 hours"),
    (r"\bi am (?:so|really|very) (?:done|finished)\b", "i am done"),
    # "kms" is chat for "kill myself", but "10 kms" is a distance
    (r"(?<![\d.])(?<![\d.] )\bkms\b", "kill myself"),
)

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "twenty": 20,
    "thirty": 30,
    "few": 3,
    "several": 4,
    "couple": 2,
}

# Long medical words that a one-edit typo should still reach ("anaphalaxis", "unresponive").
# Only tokens of 6+ letters that are not themselves ordinary words (FUZZY_PROTECTED) are corrected.
FUZZY_TARGETS: tuple[str, ...] = (
    "anaphylaxis",
    "allergic",
    "ambulance",
    "bleeding",
    "breathing",
    "breathless",
    "collapsed",
    "confused",
    "convulsing",
    "crushing",
    "drooping",
    "drowsy",
    "epipen",
    "headache",
    "meningitis",
    "migraine",
    "numbness",
    "overdose",
    "overdosed",
    "paracetamol",
    "pregnant",
    "pregnancy",
    "responding",
    "seizure",
    "seizures",
    "slurred",
    "slurring",
    "suicidal",
    "suicide",
    "swallowed",
    "swelling",
    "swollen",
    "unconscious",
    "unresponsive",
    "vomiting",
    "wheezing",
    "tightness",
    "shortness",
    "sweating",
    "choking",
    "poisoned",
    "tablets",
    "temperature",
    "contractions",
    "antifreeze",
    "stockpiling",
    "goodbye",
    "lethargic",
    "floppy",
)

# Real words one edit away from a target: never "corrected" into one.
FUZZY_PROTECTED: frozenset[str] = frozenset(
    {
        "breeding",
        "bleating",
        "bleeping",
        "cooking",
        "chocking",
        "shocking",
        "smoking",
        "crashing",
        "crushed",
        "brushing",
        "breathes",
        "breathed",
        "breather",
        "breaths",
        "drowsily",
        "sweeping",
        "swelled",
        "swallow",
        "swallows",
        "swollen",
        "seizure",
        "poisoner",
        "confuses",
        "confuse",
        "tablet",
        "tablespoons",
        "whizzing",
        "wheeling",
        "sweating",
        "swearing",
        "sweeting",
        "sweltering",
        "floppy",
        "sloppy",
        "choppy",
        "choking",
        "cloaking",
        "stoking",
        "stroking",
        "headaches",
        "responds",
        "response",
        "collapses",
        "collapse",
        "slurped",
        "blurred",
        "slurping",
        "blurring",
        "overdoses",
        "overdone",
        "drooling",
        "drooped",
        "dropping",
        "drooping",
        "pregnancy",
        "pregnant",
        "goodbyes",
        "migraines",
        "numbness",
        "vomited",
        "vomits",
        "suicides",
        "tightens",
        "lightness",
        "rightness",
        "tightness",
        "shortness",
        "swallowing",
        "swelling",
        "dwelling",
        "spelling",
        "smelling",
        "selling",
        "yelling",
        "telling",
        "welling",
        "swilling",
        "swirling",
        "crusting",
        "crushing",
        "flushing",
        "blushing",
        "pushing",
        "rushing",
        "plushing",
        "contraction",
        # ordinary words one edit from a target (checked against a system word list)
        "blending",
        "breaching",
        "chowing",
        "coking",
        "confuser",
        "confuted",
        "contused",
        "contraptions",
        "dropsy",
        "flippy",
        "seating",
        "shelling",
        "spurred",
        "spurring",
        "tables",
        "overdoes",
    }
)

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
    r"few|several|many|couple(?: of)?|some|a few|a couple of)\s+(?:years?|months?|decades?|weeks?)"
    r"\s+(?:ago|back|earlier)\b|\b(?:years|months|decades|ages) ago\b|\ba long time ago\b"
    r"|\blast (?:year|month|week|winter|summer|spring|autumn|fall|christmas|easter|decade|pregnancy"
    r"|time)\b|\bwhen (?:i|he|she|they) (?:was|were) (?:\d{1,2}|aged \d{1,2})\b|\bin the (?:19"
    r"|20)?\d0'?s\b|\bin the (?:sixties|seventies|eighties|nineties)\b|\bin (?:19|20)\d\d\b"
    r"|\bback in\b|\byears back\b|\bused to\b|\bas a (?:kid|child|teen|"
    r"teenager|baby|toddler|youngster|student|boy|girl)\b|\bwhen (?:i|he|she|they|we) (?:was|were) "
    r"(?:little|young|younger|small|a kid|a child|a teenager|a teen|a baby|a toddler|in (?:school|"
    r"college|university))\b|\bwhen (?:he|she|i) was (?:little|small|a baby)\b|\bin (?:college"
    r"|high "
    r"school|school|university|my (?:twenties|teens|thirties|youth)|childhood)\b|\bdied\b|\bpassed "
    r"away\b|\bdeath\b|\blost (?:him|her|them|my \w+) to\b|\bhistory of\b|\brecovered\b"
    r"|\brecovering "
    r"(?:from|well|after)\b|\bhas recovered\b|\bsurvived\b|\bruled out\b|\bonce (?:in|when|before"
    r"|as|"
    r"at|years|long)\b|\bnever again\b|\bbeen (?:fine|well|good|ok|okay|clean|sober"
    r"|stable) (?:since|"
    r"for|ever since)\b|\bpreviously\b|\bin the past\b|\bprevious (?:pregnancy|episode|attack)\b"
    r"|\bas a teenager\b|\bdecades? ago\b|\bafter (?:his|her|my) (?:stroke|heart attack)\b"
)
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
)

# The symptom settled ("then it went back to normal", "came round straight away").
RESOLVED_CUES = (
    r"(?<!not )(?<!never )(?:went|gone|go|came|come|is|are|was|were|been|got) back to (?:normal|"
    r"himself|herself|myself|themselves)\b|\bback to normal\b|\b(?:then|and|it|has|have|had|since|"
    r"but|before it|until it|which) (?:it )?(?:all )?(?:cleared|resolved|settled|subsided|"
    r"disappeared|eased|wore off|recovered|got better|returned to normal|passed(?! out| away)"
    r"|stopped(?! \w+ing))\b|(?<!not )(?<!never )"
    r"(?<!will not )(?<!would not )(?<!does not )(?<!did not )(?<!has not )\b(?:went|goes|has gone|"
    r"had gone) away\b|\b(?:it is|it has|it) (?:all )?(?:gone|resolved|settled|cleared)\b|\bcame "
    r"(?:round|around|to)\b|\b(?:it |and |but )(?:passes|settles|eases|subsides|calms down|goes "
    r"away)\b|(?<!not )(?<!never )\bfe(?:el|els|eling|lt) (?:totally |completely |"
    r"absolutely |perfectly )?(?:fine|ok|okay|normal|better|good|alright|all right)\b|\b(?:fine|ok|"
    r"okay|better|normal) now\b|\bno longer (?:hurts|there|a problem|painful)\b|\bfor (?:a few|a "
    r"couple of|about \d+|\d+|ten|five|two|a|one|twenty|thirty) (?:seconds|minutes?)(?: and| then|"
    r",)? (?:then )?(?:it |they )?(?:went |was (?!not)|cleared|came|stopped(?! \w+ing)|passed(?! out)|"
    r"resolved|settled|eased)|\bseems (?:fine|ok|okay|normal|back to normal) now\b|\b(?:vision|sight|speech|"
    r"feeling|strength|movement) (?:came|has come|is|was) back\b|\b(?:yesterday|last night|earlier|"
    r"this morning|last week)\b[^.!?]{0,30}\bfor (?:a few|a couple of|about \d+|\d+|ten|five|two|"
    r"twenty) (?:seconds|minutes)\b"
)
# ... but these keep it going.
ONGOING_CUES = (
    r"\bstill\b|\bwill not (?:stop|go away|settle)\b|\bnot (?:gone|stopped|settling|better|stopping"
    r"|easing|going away|improving|settled|waking|responding)\b"
    r"|\bgetting worse\b|\bworsening\b|\bkeeps? (?:getting|coming|happening)\b|\bagain\b|\bhas not "
    r"(?:stopped|gone|settled|improved)\b|\bongoing\b|\bnow (?:her|his|my|she|he|i|it)\b"
)

# Habitual or recurring: "I get palpitations when I drink coffee", "sometimes".
HABITUAL_CUES = (
    r"\bsometimes\b|\boften\b|\balways\b|\bevery time\b|\bwhenever\b|\boccasionally\b|\busually\b"
    r"|\bfrom time to time\b|\bon and off\b|\bnow and then\b|\bregularly\b|\bcomes and goes\b"
    r"|\ba few times a (?:year|"
    r"month|week)\b|\bevery (?:spring|summer|winter|autumn|year|month)\b|\bwhen i (?:drink|eat"
    r"|stand"
    r" up|get up|exercise|run)\b|\bwhen (?:i am|i get|i feel|she is|he is) (?:anxious|stressed|"
    r"nervous|upset|worried|panicky|panicking)\b"
)

# Information-seeking / hypothetical / fiction frames (sentence level).
INFO_CUES = (
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
    r"paramedic|doctor|student|teacher|first aider|emt|carer)\b|\b(?:writing|write|wrote|reading|"
    r"read) (?:a|my|an|the) (?:novel|story|book|essay|script|paper|article|screenplay|report|blog)"
    r"\b|\b(?:in|on) (?:the|a|this) (?:movie|film|show|tv show|series|episode|book|novel"
    r"|documentary|"
    r"video|game|news|play)\b|\bgrey's anatomy\b|\bdocumentary\b|\ba character\b|\bstatistics\b"
    r"|\bjust curious\b|\bhypothetically\b|\bout of curiosity\b|\bin general\b|\bgenerally\b"
    r"|\bin real life\b|\bhow would (?:you|i|we|one|someone) (?:help|react|respond|treat|handle)\b"
    r"|\b(?:watched|watching|saw|seen|read|reading) (?:a|the|this|that) (?:film|movie|show|"
    r"documentary|programme|program|episode|series|book|novel|article|story)\b"
    r"|\bshould (?:i|we) (?:be worried|worry|get (?:screened|tested|checked))\b|\bshould (?:he|she|"
    r"they) (?:still )?(?:take|get|be screened|have)\b|\bif (?:someone|somebody|a (?:person|child|"
    r"kid|baby|friend|patient|toddler)|anyone|people|my \w+ (?:ever|were to))\b|\bwhat if\b"
    r"|\bin case (?:of|someone|my)\b|\bat what (?:temperature|point|age)\b|\bwhen should (?:i|you"
    r"|we)"
    r"\b|\bwhen (?:is|are) (?:it|the)\b|\bhow (?:much|many) (?:\w+ )?(?:is|are) too\b"
    r"|\bcan you (?:grow out|die|get)\b|\bhow to\b"
)
# Fiction, teaching or hypothetical frames: they cover the whole sentence they appear in.
FRAME_CUES = (
    r"\bin real life\b|\bhow would (?:you|i|we|one|someone) (?:help|react|respond|treat|handle)\b"
    r"|\b(?:in|on) (?:the|a|this) (?:movie|film|show|tv show|series|episode|book|novel|documentary|"
    r"video|game|play|soap|drama)\b|\bgrey's anatomy\b|\bcasualty\b|\ber (?:tv )?show\b"
    r"|\bdocumentary\b|\ba character\b|\b(?:writing|write|wrote) (?:a|my|an|the) (?:novel|story|"
    r"book|essay|script|paper|screenplay)\b|\bfor (?:my|a|our|the) (?:first aid|course|class|exam|"
    r"essay|project|assignment|presentation|homework|thesis|training)\b|\bhypothetically\b"
    r"|\b(?:watched|watching|saw|seen) (?:a|the|this|that) (?:film|movie|show|documentary"
    r"|programme|"
    r"program|episode|series)\b|\b(?:i am|as) (?:a |an )?(?:nursing|medical|med|paramedic) student"
    r"\b"
)

# A question starting like this with no personal subject is a general information question.
QUESTION_START = (
    r"(?:(?:hi|hello|hey|doc|doctor|dr|please|quick question|question"
    r"|general question)\W+)*(?:what|"
    r"how|when|why|which|where|who|is|are|(?:can|could)(?! (?:hardly|barely|not|only|no longer|"
    r"still|feel|see|hear|taste|just|now))|does|do|should|would|will|may|might|at what|in "
    r"what|whats)\b"
)
PERSONAL = (
    r"\b(?:i|me|my|mine|myself|we|our|us|he|she|his|her|him|this|these|mum|mom|dad"
    r"|son|daughter|husband|wife|partner|friend|boyfriend|girlfriend|brother|sister|grandma"
    r"|grandpa|"
    r"baby|toddler)\b"
)
# Hypothetical: from the cue to the end of the clause.
HYPO_CUES = (
    r"(?<!not sure )(?<!no idea )(?<!do not know )(?<!wondering )(?<!check )(?<!even )\bif\b"
    r"|\bin case\b|\bwhat if\b|\bsuppose\b|\bimagine\b|\bwould (?:it|that|this) (?:be|mean)\b"
)

# Idioms that look like danger words ("this headache is killing me", "dying to know").
IDIOMS = (
    r"\b(?:is|are|was|were|be) killing me\b|\bdying (?:to|for)\b|\bkill (?:me|him|her|them|us) if\b"
    r"|\bwill kill me\b|\bgoing to kill me\b|\bcould (?:murder|kill) (?:a|for|some)\b|\bkill for\b"
    r"|\b(?:nearly|almost|literally) died (?:laughing|of embarrassment|of shame|of boredom)\b"
    r"|\bdied "
    r"laughing\b|\bbored to death\b|\bscared to death\b|\bto die for\b|\bdead tired\b|\bkilled it\b"
    r"|\bdying of (?:embarrassment|boredom|laughter|shame)\b|\bwant to die of (?:embarrassment|"
    r"shame)\b|\bkilling it\b|\bmy (?:boss|mum|dad|wife|husband|parents) (?:will|would|is going to|"
    r"are going to) kill me\b|\bheart ?broken\b|\bbreak(?:ing)? my heart\b|\bcould (?:just )?die\b"
    r"(?! (?:tonight|now|today))|\bmoment to breathe\b|\broom to breathe\b|\bbreathe a sigh\b"
    r"|\bbreathing down my neck\b|\bdrowning in (?:work|paperwork|debt|emails|homework)\b"
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

# --------------------------------------------------------------------------------------------
# Symptom lexicons. One regular-expression source per feature, on normalised text.
# --------------------------------------------------------------------------------------------

CANT = (
    r"(?:cannot|could not|unable to|can barely|can hardly|could barely|could hardly|barely able to"
    r"|hardly able to|struggling to|struggle to|having trouble to|not able to|is not able to)"
)
SEVERE = (
    r"(?:crushing|severe|severely|excruciating|unbearable|terrible|horrible|awful|agoni[sz]ing|"
    r"intense|tearing|ripping|worst|so bad|really bad|very bad|super bad|so painful|really painful"
    r"|very painful|extremely|extreme|10/10|10 out of 10|really tight|so tight|very tight|crippling"
    r"|heavy pressure|like an elephant|like a vice|squeezing)"
)
MILD = (
    r"\b(?:a (?:bit|little|tiny bit)|slight(?:ly)?|mild(?:ly)?|minor|small|tiny|little|a touch of"
    r"|not (?:too |that |very )?(?:bad|severe|serious))\b"
)

FEATURES: dict[str, str] = {
    # ---- cardiac -------------------------------------------------------------------------
    "chest_pain": (
        r"\bchest (?:pains?|hurts?|hurting|aches?|aching|tightness|tight|pressure|squeezing|"
        r"squeezed|heaviness|heavy|discomfort|is (?:really |so |very |super |kind of |a bit )?"
        r"(?:tight|painful|sore|heavy|hurting|squeezing|burning|killing me|pounding)|feels? "
        r"(?:tight|heavy|like|crushed|squeezed|painful|sore)|(?:has been|keeps|started) "
        r"(?:squeezing|hurting|tight|aching|tightening)|tightening|burning)\b"
        r"|\b(?:pain|pains|pressure|tightness|heaviness|squeezing|discomfort|ache|crushing|weight|"
        r"tight feeling|burning|stabbing|squeezing|crushing)(?: feeling| sensation| pain)? (?:in"
        r"|on|"
        r"across|around|behind|at) (?:the )?(?:middle of )?(?:my |his |her |their |your "
        r"|the )?chest\b|\b(?:tight|painful|sore|heavy|crushing|squeezing)"
        r" chest\b|\b(?:tight |heavy )?band (?:around|across|round) (?:my |his |her |the )?chest\b"
        r"|\bclutching (?:my|his|her|their) chest\b|\belephant (?:is )?(?:sitting|standing)"
        r" on\b|\bangina\b"
        r"|\b(?:breastbone|sternum)\b|\b(?:centre|center|middle) of (?:my |his |her |the )?chest\b|"
        r"\b(?:heavy |dull |sharp |crushing |tight |squeezing |burning )?(?:ache|aching|pain|pressu"
        r"re|weight|tightness) (?:behind|under|in) (?:my |his |her |the )?(?:breastbone|sternum)\b"
        r"|\bperspiring\b(?=[^.!?;]{0,30}\bchest)|\b(?:heart|chest) area\b[^.!?;]{0,20}\b(?:pain|hu"
        r"rts|aches?|tight|pressure)\b|\b(?:pain|ache|tightness|pressure) (?:in|on) (?:the )?left s"
        r"ide of (?:my |his |her )?chest\b|\bmy heart (?:hurts|is hurting|aches)\b|\bpain in (?:my|"
        r"his|her) heart\b"
        r"|\bchest\b[^.!?;]{0,20}\blike (?:someone|something|a (?:car|truck|weight|ton of bricks|br"
        r"ick|vice)|an elephant) (?:is )?(?:standing|sitting|pressing|crushing|squeezing|lying)?\b"
        r"|\bchest (?:is |has been )?(?:killing|murdering) (?:me|him|her|them)\b"
        r"|\bchest\W+(?:(?!not\b|no\b|never\b|does\b|did\b|do\b)\w+\W+){0,2}?(?:pain|pains|"
        r"painful|hurts?|hurting|aches?|aching)\b"
        r"|\b(?:clutching|holding|grabbing|gripping|rubbing|pressing on|clasping) (?:at )?(?:my|his"
        r"|her|their) chest\b"
        r"|\b(?:pain|ache|aching|pressure|tightness|discomfort|heaviness)\b(?:\W+(?!not\b|no\b|neve"
        r"r\b)\w+){0,4}?\W+(?:and|&) (?:my |his |her |the )?chest\b"
    ),
    "chest_severe": (
        SEVERE + r"|\b(?:so|really|very) (?:tight|painful|heavy)\b|\bcan(?:not)? (?:take|bear) it\b"
        r"|\blike (?:someone|something) (?:is )?(?:standing|sitting|pressing|kneeling) on\b|\bton o"
        r"f bricks\b"
    ),
    "radiating": (
        r"\b(?:goes|going|went|spreading|spreads|spread|radiating|radiates|radiated|moving|moves|"
        r"shooting|shoots|travell?ing|travels|going through|goes through) (?:down|into|to|up|"
        r"through|across|out to)? ?(?:to )?(?:my|his|her|their|the)? ?(?:left |right )?(?:arm|arms|"
        r"jaw|neck|back|shoulder|shoulders|teeth)\b|\b(?:left )?arm (?:is |feels |went |has gone |"
        r"gone |also )*(?:numb|heavy|tingling|tingly|weak|aching|aches|hurts|hurting|painful|dead)"
        r"\b|\b(?:pain|ache|aching|pressure) in (?:my|his|her|their) (?:left )?(?:arm|jaw|neck"
        r"|back)"
        r"\b|\b(?:jaw|left arm|arm) (?:pain|ache|aches)\b|\bbetween (?:my|his|her|their) shoulder "
        r"blades\b|\binto (?:my|his|her|the) jaw\b"
        r"|\b(?:radiat\w+|spread\w*|going|goes|shoot\w*|moving|moves) (?:down |into |to |up )?(?:bo"
        r"th|either|the|his|her|my) (?:arms|arm|shoulders|sides of (?:my|his|her) jaw)\b"
        r"|\b(?:pain|ache|aching|pressure) in (?:my|his|her|their) (?:upper |lower |left |right )?("
        r"?:arm|jaw|neck|back|shoulder)s?(?: and (?:jaw|arm|neck|back|shoulder))?\b"
    ),
    "sweating": (
        r"(?<!stopped )(?<!not )\b(?:sweating|sweaty|sweats|cold sweat|clammy|drenched in sweat|"
        r"pouring with sweat|pale and sweaty)\b"
        r"|\bperspiring\b|\bpouring sweat\b|\bcovered in sweat\b|\bsweating (?:buckets|profusely|a "
        r"lot|heavily)\b"
        r"|\bdiaphoretic\b|\bdiaphoresis\b"
        r"|\bsweat\b(?= (?:too much|a lot|so much|heavily|buckets|like))|\bbreak(?:ing)? (?:out )?i"
        r"n(?:to)? a (?:cold )?sweat\b|\bbroke out in a (?:cold )?sweat\b"
    ),
    "nausea": (
        r"\b(?:nausea|nauseous|nauseated|feel(?:s|ing)? (?:sick|like throwing up|like vomiting)|"
        r"throwing up|threw up|vomiting|vomited|being sick|retching|queasy)\b"
    ),
    "faint_feel": (
        r"\b(?:dizzy|dizziness|light ?headed|lightheadedness|faint|woozy|about to pass out|going "
        r"to pass out|going to faint|like i (?:am going to|will) (?:pass out|faint)|passing out|"
        r"room is spinning|grey|gray|pale|pasty)\b"
        r"|\bwashed out\b|\blooks? (?:grey|gray|ashen|awful|terrible|like death)\b|\b(?:and|is|very"
        r"|gone|turned|went) (?:very )?(?:grey|gray|ashen)\b|\bfeels? (?:shaky|weak|wobbly)\b|\bsha"
        r"ky\b"
        r"|\bfeel(?:s|ing)? (?:really |very |so )?(?:funny|weird|strange|odd|off|awful|terrible|unw"
        r"ell|horrible|wrong)\b"
        r"|\b(?:gone|went|turned|is|looks|very) (?:really |very |as )?(?:white|pale|as white as a s"
        r"heet)\b"
        r"|\b(?:going to|about to|gonna|like i will|like i am going to|feel like i will|feel like i"
        r" am going to) (?:black out|pass out|faint|collapse|keel over)\b"
    ),
    "fainted": (
        r"\b(?:fainted|passed out|blacked out|lost consciousness|keeled over|fainting|syncope)\b"
    ),
    "collapsed": r"\b(?:collapsed|collapses|collapsing|dropped to the floor|fell unconscious)\b",
    "heart_attack_now": (
        r"\b(?:having|is having|am having|are having|had|has had|just had) (?:a )?heart attack "
        r"(?:right now|now|at the moment)\b|\b(?:think|thinks|worried|scared|afraid|sure|feel like)"
        r" (?:that )?(?:i am|he is|she is|they are|it is|this is|dad is|mum is) (?:having )?(?:a )?"
        r"heart attack\b|\b(?:i am|he is|she is|dad is|mum is|is) having a heart attack\b|\bheart "
        r"attack symptoms? (?:right now|now)\b|\b(?:is|am) (?:this|it|that|i) (?:having )?a heart "
        r"attack\b|\bheart attack\?|\bgoing to have a heart attack\b"
    ),
    "arrest": (
        r"\bno pulse\b|\b(?:cannot|could not) (?:find|feel) (?:a |his |her |any )?(?:pulse|"
        r"heartbeat)\b|\b(?:doing|started|giving|performing|do|give|started doing) (?:him |her |"
        r"them )?cpr\b|\bcardiac arrest\b|\bheart (?:has )?stopped\b|\bdefib\w*\b"
        r"|\bcpr\b"
    ),
    "palpitations": (
        r"\bheart (?:is |keeps |has been |was |started |feels like it is |rate is )*(?:racing|"
        r"pounding|beating (?:really |very |so )?(?:fast|hard|irregularly|weird|out of)|fluttering"
        r"|skipping|jumping|going crazy|going mad|thumping)\b|\bpalpitations?\b|\bracing heart\b"
        r"|\bheart (?:feels like it is|is) (?:going to )?"
        r"(?:explode|exploding|burst|bursting|jump out|beating out)"
        r"|\b(?:heart rate|pulse|hr) (?:is |of |at |was |has been )*(?:over |above )?(?:1[4-9]\d|"
        r"2\d\d)\b|\btachycardi\w*\b"
        r"|\b(?:heart rate|pulse|hr|heart)\b[^.!?;]{0,25}\b(?:1[4-9]\d|2\d\d)\b"
        r"|\bheart\b[^.!?;]{0,30}\b(?:flopping|flip-?flopping|jumping around|doing somersaults|bang"
        r"ing|thudding|fluttering|racing|pounding|skipping)\b"
    ),
    "fast_rate": (
        r"\b(?:1[4-9]\d|2\d\d) ?(?:bpm|beats)|(?:heart rate|pulse|hr|racing at) (?:is |of |at "
        r"|was |over |above )*(?:1[4-9]\d|2\d\d)\b"
        r"|\b(?:heart rate|pulse|hr|heart)\b[^.!?;]{0,25}\b(?:1[4-9]\d|2\d\d)\b"
    ),
    "stimulant": r"\b(?:cocaine|coke|meth|amphetamines?|speed|crack)\b",
    "heart_failure": (
        r"\b(?:ankles?|legs?|feet) (?:keep |are |have been |keeps )?(?:swelling|swollen|puffy)\b"
        r"|\b(?:breathless|short of breath|out of breath|cannot breathe?"
        r"|shortness of breath) (?:when"
        r"|if) (?:i |he |she )?(?:lie|lying|laying|lay) (?:down|flat)\b|\b(?:wake|waking) up "
        r"(?:gasping|breathless|short of breath)\b|\bsleep (?:on|with) (?:\d+|extra|more|three"
        r"|four)"
        r" pillows\b"
    ),
    # ---- breathing -----------------------------------------------------------------------
    "breathless": (
        r"\b(?:short(?:ness)? of breath|breathless|out of breath|difficulty breathing|trouble "
        r"breathing|problems? breathing|hard to breathe?|hard time breathing|struggling (?:to|for) "
        r"(?:breathe?|air)|winded|laboured breathing|labored breathing|fighting for (?:breath|air)|"
        r"air hunger|breathing (?:is )?(?:hard|difficult|laboured|labored)|cannot get (?:enough )?"
        r"(?:air|my breath)|breathing (?:problems?|difficulties)|puffed out|wheezy)\b"
    ),
    "breath_severe": (
        CANT + r" (?:breathe?|breathing|get (?:any |enough )?air|catch (?:my|his|her|their|a) "
        r"breath|speak in (?:full )?sentences|finish (?:a )?sentences?)\b"
        r"|\b(?:gasping(?: for (?:air|breath))?|not "
        r"breathing|stopped breathing|is not breathing|no longer breathing|barely breathing|hardly "
        r"breathing|breathing (?:very |really )?slowly|cannot breathe?|turning blue)\b|\b(?:feels? "
        r")?like (?:i am |he is |she is )?(?:drowning|suffocating)\b|\bcan only (?:say|get out|"
        r"speak) (?:a few|one|two|single) words?\b|\bout of breath (?:just )?(?:talking|sitting|at"
        r" rest|lying down|doing nothing)\b|\b(?:even|just) sitting still\b|\btoo (?:breathless|"
        r"out of breath) to (?:talk|speak)\b|\bsuffocating\b|\bchoking and\b|\bcannot breath\b"
        r"|\b(?:cannot|could not|can not|unable to) (?:get|take|draw) (?:a |any )?(?:full|proper|de"
        r"ep|decent|good) breath\b|\bpeak flow\b[^.!?;]{0,30}\b(?:half|a third|third|quarter|\d{2,3"
        r"}|down|low|dropped|terrible)\b|\bbreathing (?:really |very |so )?shallow\b|\bshallow (?:a"
        r"nd fast |and rapid )?breath(?:ing|s)\b"
        r"|\bchest (?:is )?heaving\b|\bheaving for (?:breath|air)\b|\bpanting for (?:air|breath)\b|"
        r"\bcan hardly get (?:any )?air\b|\bfighting for (?:breath|air)\b|\bbreathless (?:at rest|s"
        r"itting down|lying still|even resting)\b"
        r"|\bstruggling (?:to|for) (?:breathe?|breath|air)\b|\bgurgling\b|\brattling (?:breath|brea"
        r"thing|noise)\b|\bdeath rattle\b"
    ),
    "cyanosis": (
        r"\b(?:lips?|face|mouth|skin|fingers|fingertips|nails|tongue) (?:are |is |look |looks |"
        r"looking |went |go |going |turning |turned |have gone |has gone |getting |r |a bit "
        r"|kind of"
        r" |very |slightly )*(?:blue|bluish|blueish|grey|gray|purple|dusky|ashen)\b|\b(?:blue|"
        r"bluish|blueish|grey|gray|purple|dusky) lips\b|\b(?:turned|turning|going|gone|went) blue\b"
        r"|\bblue (?:around|round) (?:the|his|her|their) (?:mouth|lips)\b"
        r"|\b(?:lips?|face|mouth|skin|fingers|fingertips|nails|tongue) (?:are |is |have |has |look "
        r"|looks |went |gone |turned |a bit |slightly )*(?:gone |turned )?(?:a |an )?(?:blue|bluish"
        r"|blueish|purple|purplish|dusky|grey|gray)(?:ish)? (?:colou?r|tinge|tint|hue)\b|\bblue tin"
        r"ge\b"
    ),
    "choking": (
        r"\b(?:is |am |are |keeps? )?chok(?:ing|ed)(?: on)?\b|\b(?:food|something|piece of \w+|"
        r"object|sweet|grape|toy|coin) (?:is )?(?:stuck|lodged) in (?:his|her|my|their|the) "
        r"(?:throat|windpipe|airway)\b.{0,40}?\b(?:cannot|not) (?:breathe?|speak|talk|cough)\b"
    ),
    "asthma_fail": (
        r"\b(?:inhaler|puffer|nebuli[sz]er|ventolin|salbutamol|albuterol|reliever|blue inhaler)\b"
        r"[^.!?;]{0,30}\b(?:not|no longer|no|is not|nothing) (?:working|helping|help|work|better|"
        r"doing anything|touching it)\b|\b(?:inhaler|puffer|ventolin|salbutamol)\b[^.!?;]{0,20}"
        r"\b(?:\d{2}|ten|twenty|fifteen|[6-9]) (?:times|puffs)\b|\bno better after (?:my|the|his|"
        r"her) (?:inhaler|puffer|nebuli[sz]er)\b|\b(?:inhaler|puffer) (?:is )?useless\b"
        r"|\b(?:inhaler|puffer|ventolin|salbutamol|nebuli[sz]er)\b[^.!?;]{0,15}\b(?:done|did|doing|"
        r"does) nothing\b|\bnothing (?:is )?helping\b[^.!?;]{0,20}\b(?:inhaler|breath)"
        r"|\b(?:inhaler|puffer|ventolin|nebuli[sz]er) (?:is |has )?(?:empty|run out|ran out|finishe"
        r"d|broken|lost)\b|\b(?:ran|run|has run) out of (?:his|her|my|their) (?:inhaler|puffer|vent"
        r"olin)\b|\b(?:no|without|forgot (?:his|her|my|their)) (?:inhaler|puffer)\b"
        r"|\b(?:inhaler|puffer|ventolin|salbutamol|nebuli[sz]er|reliever)\b[^.!?;]{0,30}\b(?:has no"
        r"t|have not|did not|does not|is not|not) (?:made|make|making) (?:a|any) (?:difference|dent"
        r")\b|\b(?:inhaler|puffer|ventolin|salbutamol)\b[^.!?;]{0,45}\b(?:\d{2}|ten|twenty|fifteen|"
        r"[6-9]) (?:times|puffs)\b"
    ),
    "asthma_worse": (
        r"\basthma (?:is |has been |getting |keeps )*(?:worse|bad|flaring|playing up|acting up|"
        r"not controlled)\b|\b(?:using|used|needing|need) (?:my |his |her )?(?:inhaler|puffer|"
        r"ventolin) (?:every|more|a lot|all the time)\b|\basthma attack\b"
    ),
    "wheeze": r"\bwheez(?:ing|y|e|es|ed)\b|\bwhistling (?:when|sound)\b",
    "stridor": (
        r"\bhigh[- ]pitched (?:noise|sound|whistle|squeak|breathing|wheeze)\b|\bstridor\b|\bnoisy "
        r"breathing\b|\b(?:noise|sound|squeak) when (?:she|he|they|i) breathes? in\b|\bcrowing\b"
        r"|\bbreathing (?:is |sounds )?(?:really |very |so )?(?:noisy|squeaky|raspy|rattly|whistly|"
        r"wheezy and noisy|loud)\b|\bsitting (?:forward|leaning forward|bolt upright) to breathe\b|"
        r"\bsitting forward\b|\btripod(?:ing)?\b"
    ),
    "barking": r"\bbark(?:ing|y)? cough\b|\bcroup\b|\bsounds like a seal\b",
    "drooling": r"\bdrooling\b|\bdribbling\b",
    "cannot_swallow": (
        r"\b" + CANT + r" swallow\b|\b(?:hard|difficult|painful|pain) (?:to|when) swallow(?:ing)?\b"
        r"|\b(?:difficulty|trouble|problems?) swallowing\b|\bcannot swallow\b"
        r"|\b(?:cannot|could not|unable to|will not) swallow (?:his|her|their|my) (?:spit|saliva|ow"
        r"n spit)\b"
        r"|\b(?:cannot|could not|can not|unable to) swallow (?:anything|even (?:water|my (?:own )?s"
        r"aliva|my spit))\b|\beven (?:my )?(?:saliva|spit)\b"
    ),
    "recession": (
        r"\bribs? (?:are |is )?(?:sucking|sucked|pulling|pulled|caving|going|showing) in\b"
        r"|\bsucking"
        r" in (?:under|between|below) (?:the|his|her|their) ribs\b|\b(?:chest|tummy|stomach|belly|"
        r"neck|throat|skin) (?:is )?(?:sucking|caving|pulling|sinking) in\b|\bgrunting\b"
        r"|\bnostrils?"
        r" (?:are )?flaring\b|\bhead bobbing\b|\busing (?:his|her|their) (?:stomach|neck|tummy) "
        r"muscles to breathe\b|\bsee (?:his|her|their) ribs\b"
        r"|\bsucking in (?:at|around|under|between|below) (?:the |her |his |their )?(?:neck|ribs|ch"
        r"est|collarbone|throat|tummy)\b"
    ),
    "breathing_fast": (
        r"\bbreathing (?:really |very |so |super |too |extremely )?(?:fast|quick(?:ly)?"
        r"|rapid(?:ly)?"
        r"|heavily)\b|\b(?:rapid|fast|quick) (?:and shallow )?breathing\b|\bpanting\b|\bbreaths? "
        r"(?:a|per) minute\b"
        r"|\bbreathing (?:really |very )?deep(?:ly)?\b|\bdeep (?:sighing )?breath(?:ing|s)\b|\bkuss"
        r"maul\b"
        r"|\bbreathing (?:is |was |seems )(?:really |very |so |super |too |extremely )?(?:fast|quic"
        r"k|rapid|shallow)\b"
    ),
    "smoke": (
        r"\b(?:breathed|inhaled|breathing|breathed in|inhaling) (?:in )?(?:a lot of |lots of "
        r"|some |"
        r"thick )?(?:smoke|fumes|gas|chemicals)\b|\bsmoke inhalation\b|\bhouse fire\b"
    ),
    "drowning": (
        r"\bdrown(?:ed|ing)\b|\bfell (?:into|in) (?:the |a )?(?:pool|water|river|lake|sea|pond"
        r"|bath)"
        r"\b|\bpulled (?:him|her|them) out (?:of the water)?\b|\bunder ?water\b"
    ),
    "sudden": (
        r"\bsudden(?:ly)?\b|\ball of a sudden\b|\bout of (?:nowhere|the blue)\b"
        r"|\bcame on (?:suddenly"
        r"|fast|quickly|all at once)\b|\bjust (?:started|now)\b|\b(?:\d+|few|ten|twenty|thirty"
        r"|five|"
        r"fifteen) (?:minutes|mins|seconds) ago\b"
        r"|\bwoke up with\b|\bwoke up (?:and|unable|to find)\b|\bout of nowhere\b|\bstarted (?:arou"
        r"nd|at|about) \d"
        r"|\b(?:about |around |nearly )?(?:an|one|two|\d) hours? ago\b|\bhalf an hour ago\b"
    ),
    "flight_or_surgery": (
        r"\b(?:long|long-haul|long haul) (?:flight|drive|car journey|trip|bus ride)\b|\bafter "
        r"(?:my|his|her|a|the) (?:\w+ )?(?:surgery|operation|op|flight|c-section|caesarean)\b|\bon "
        r"the pill\b|\bbirth control\b"
    ),
    "calf": (
        r"\bcalf\b[^.!?;]{0,40}\b(?:swollen|swelling|painful|pain|red|tender|hot|warm|hurts|aching|"
        r"sore)\b|\b(?:swollen|painful|red|tender|sore|hot|warm)(?:,? and| and|,) (?:\w+ )?calf\b"
        r"|\b"
        r"(?:swollen|painful|red|tender|sore|aching) calf\b|\bdvt\b|\bblood clot in (?:my|his|her|"
        r"the) (?:leg|calf)\b|\b(?:one|my|his|her) leg is (?:swollen|much bigger|hot and swollen)\b"
        r"|\bpain (?:in|at) (?:the back of )?(?:my|his|her|their|the) calf\b|\bachilles\b"
        r"|\b(?:my|his|her|one) leg (?:was|is|has been|got|became) (?:really |very |all )?(?:swolle"
        r"n|puffy|swelling)\b"
    ),
    # ---- stroke --------------------------------------------------------------------------
    "face_droop": (
        r"\b(?:face|mouth|smile|lip|lips|eyelid|cheek|side of (?:my|his|her|their"
        r"|the) face)s? (?:is"
        r" |are |looks? |looking |went |has gone |gone |has |seems? |started |suddenly |all |a bit "
        r"|kind of |really |very |just |now )*(?:drooping|droopy|droop(?:ed|s)?|dropped|sagging|"
        r"saggy|lopsided|crooked|uneven|slanted|twisted|paraly[sz]ed|fallen|falling|wonky"
        r"|off to one"
        r" side|pulled to one side)\b|\b(?:drooping|droopy|lopsided|crooked|wonky|uneven|sagging|"
        r"twisted|slanted) (?:face|smile|mouth|lip)\b|\bone side of (?:my|his|her|their|the) "
        r"(?:face|mouth)\b|\bface (?:is )?droop\w*\b|\bfacial (?:droop|weakness|palsy)\b"
        r"|\bhalf (?:of )?(?:my|his|her|their|the) face\b[^.!?;]{0,30}\b(?:droop\w*|numb|dropped|sa"
        r"gging|lopsided|paraly[sz]ed|not moving|frozen)\b|\b(?:face|mouth|smile) (?:is |feels |loo"
        r"ks |went |has gone )?(?:\w+ and )(?:droopy|drooping|lopsided|crooked|sagging)\b"
    ),
    "face_numb": (
        r"\b(?:face|lip|lips|cheek|tongue) (?:is |are |went |feels |has gone |gone )*(?:numb"
        r"|tingly|"
        r"tingling|weird|funny|dead)\b|\bnumb(?:ness)? (?:in|on|of) (?:my|his|her|their|the) "
        r"(?:face|lip|cheek)\b"
    ),
    "speech": (
        r"\bslurr(?:ed|ing)\b|\bspeech (?:is |was |sounds? |has gone |went |seems |suddenly |all )*"
        r"(?:slurred|garbled|weird|strange|funny|off|jumbled|muddled|gone|affected|wrong|slow|"
        r"confused|not right)\b|\bwords (?:are |were |keep )?(?:coming out |come out |came out )?"
        r"(?:wrong|jumbled|garbled|mixed up|all wrong|muddled|funny|strange)\b|\b(?:talking|"
        r"speaking) (?:gibberish|nonsense|funny|strangely)\b|\bgibberish\b|\b" + CANT + r" (?:speak"
        r"|talk|get (?:his|her|my|their|the) words out|find (?:his|her|my|their|the) words|form "
        r"words|say (?:words|anything))(?: properly| clearly| right| normally| well| straight)?\b"
        r"|\b(?:trouble|difficulty|problems?|struggling) (?:speaking|talking|finding (?:the )?words"
        r"|getting (?:her |his |my |the )?words out|with (?:his |her |my )?speech)\b|\b(?:lost|loss"
        r" of) (?:his |her |my |the )?(?:speech|ability to (?:speak|talk))\b|\b" + CANT + r" "
        r"understand (?:what|me|us|anything|words)\b|\b(?:not|is not) making (?:any )?sense when "
        r"(?:he|she|they) (?:talk|speak)s?\b|\baphasia\b"
        r"|\bwords (?:are |were |keep |kept )?(?:coming out |come out |came out )?(?:all |a bit |ki"
        r"nd of |completely |totally )(?:wrong|jumbled|garbled|mixed up|muddled|funny|strange|slurr"
        r"ed|nonsense)\b|\b(?:talking|speaking) (?:all )?(?:funny|weird|strange|drunk)\b|\bmumbling"
        r"\b(?= (?:and|words|nonsense|incoherently))"
        r"|\bsounds? (?:drunk|like (?:he|she) is drunk)\b(?=[^.!?;]{0,40}\b(?:not|has not|hasn't) ("
        r"?:been )?drink)|\b(?:he|she) sounds drunk\b"
    ),
    "limb_weak_strong": (
        r"\b" + CANT + r" (?:lift|raise|move|feel|use|grip with|hold (?:anything|things) with) "
        r"(?:my|his|her|their) (?:left |right )?(?:arm|arms|leg|legs|hand|side)\b|\b(?:arm|leg|"
        r"hand|side) (?:is |went |has gone |gone |feels |suddenly |just |has )*(?:paraly[sz]ed"
        r"|limp|"
        r"floppy|dead|useless|given way|stopped working)\b|\bdropping (?:things|stuff|everything|"
        r"his cup|her cup|the cup)\b|\b(?:left|right|one) side of (?:my|his|her|their|the) body "
        r"(?:is |went |feels |has gone |gone |suddenly )*(?:numb|weak|heavy|paraly[sz]ed|dead|"
        r"tingling)\b|\b(?:weak|numb)(?:ness)? (?:on|down|in) (?:one side|the (?:left|right)(?: "
        r"side)?|(?:my|his|her|their) (?:left|right)(?: side)?)\b|\b(?:leg|legs|knee) (?:just )?"
        r"(?:gave|gives|giving|went) (?:way|out)\b|\bone[- ]sided weakness\b|\bhemipleg\w*\b|\b"
        r"paraly[sz]ed on one side\b|\bsame side\b"
        r"|\b(?:arm|leg|hand|foot)s? (?:just |suddenly |has |is |keeps )*(?:flops?|flopping|danglin"
        r"g|hanging limp|gone floppy|gone dead|dead weight)\b|\b(?:arm|leg|hand|foot|side) (?:will "
        r"not|does not|would not|is not|did not|cannot|won't) (?:work|move|respond|lift|hold)(?:ing"
        r")?(?: properly| right| at all)?\b"
        r"|\bdragging (?:his|her|my|their) (?:left |right )?(?:leg|foot)\b|\b(?:falling|leaning|lis"
        r"ting|veering) to one side\b|\bcannot grip\b"
        r"|\b(?:left |right )?arm and (?:left |right )?leg (?:are |went |have gone |feel |felt |bot"
        r"h |suddenly |just )*(?:weak|numb|heavy|dead|paraly[sz]ed|useless|floppy)\b|\b(?:left|righ"
        r"t) (?:arm|leg|hand|foot|side) (?:went|has gone|is|feels|felt|suddenly went|just went) (?:"
        r"weak|numb|dead|heavy|floppy|limp)\b"
        r"|\b(?:my|his|her|their) (?:left|right) side (?:went|has gone|is|feels|felt|suddenly went|"
        r"just went|was|got)(?: all)? (?:\w+ and )?(?:tingly|tingling|weak|numb|heavy|dead|floppy)"
        r"\b"
    ),
    "limb_weak": (
        r"\b(?:arm|leg|hand|foot|fingers)s? (?:is |are |went |has gone |gone |feels? |felt "
        r"|suddenly"
        r" |got |getting |really |very |all |so |kind of |a bit )*(?:weak|numb|heavy|tingly"
        r"|tingling|"
        r"clumsy|floppy)\b|\bnumb(?:ness)? (?:in|on|of|down) (?:my|his|her|the|their) (?:left "
        r"|right"
        r" )?(?:arm|leg|hand|face|side)\b|\bweakness (?:in|of) (?:my|his|her|the|their) (?:left |"
        r"right )?(?:arm|leg|hand)\b|\b" + CANT + r" walk (?:straight|properly|normally)\b|\b"
        r"(?:lost|loss of) (?:balance|coordination)\b"
    ),
    "vision_sudden": (
        r"\b" + CANT + r" see (?:out of|from|with|in|through) (?:one|my|his|her|their|the) (?:left "
        r"|right )?eye\b|\b(?:sudden(?:ly)? )?(?:loss of |lost (?:the |my |his |her |all )?|losing "
        r"(?:the |my |his |her )?)(?:vision|sight)\b|\b(?:went|gone|going|is going) blind\b"
        r"|\bvision"
        r" (?:in (?:one|my|his|her) (?:left |right )?eye )?(?:went|has gone|is going|suddenly went|"
        r"suddenly|just went) (?:black|dark|blurry|dim|grey|white|blurred|double)\b|\b(?:curtain|"
        r"shadow|veil) (?:over|across|coming down|came down)\b|\bsudden(?:ly)? (?:double|blurred|"
        r"blurry) vision\b|\bblind in (?:one|my|his|her) (?:left |right )?eye\b"
        r"|\b(?:woke up with|suddenly (?:got|have|had|has)|sudden onset of|came on with) (?:double|"
        r"blurred|blurry|no|lost|loss of) (?:vision|sight)\b|\bsudden(?:ly)? (?:seeing double|see d"
        r"ouble)\b"
        r"|\bseeing double\b(?=[^.!?;]{0,40}\b(?:started|came on|suddenly|minutes ago|min ago|just "
        r"now)\b)|\b(?:started|came on|suddenly)\b[^.!?;]{0,30}\b(?:seeing double|double vision)\b"
    ),
    "stroke_now": (
        r"\b(?:having|is having|am having|has had|just had|had) a (?:mini[- ]?)?stroke (?:right now"
        r"|now|today|this morning|tonight)\b|\b(?:is|am|are) having a (?:mini[- ]?)?stroke\b"
        r"|\b(?:is"
        r"|could) (?:this|it|that|he|she) (?:be )?(?:having )?a (?:mini[- ]?)?stroke\b|\b(?:think|"
        r"thinks|worried|scared|afraid|sure) (?:that )?(?:i am|he is|she is|they are|it is|this is"
        r"|he has|she has|i have|dad is|mum is|it was) (?:having |had )?a (?:mini[- ]?)?stroke\b"
        r"|\bstroke symptoms? (?:right now|now)\b|\bstroke\?|\bjust had a stroke\b"
    ),
    "confusion": (
        r"\b(?:confused|confusion|disoriented|disorientated|delirious|incoherent|agitated and "
        r"confused|not making (?:any )?sense|making no sense|talking nonsense|does not know where "
        r"(?:he|she|they|i) (?:is|are|am)|does not recogni[sz]e (?:me|us|anyone)|not (?:herself|"
        r"himself|themselves)|acting (?:strange|strangely|weird|weirdly|drunk|odd|oddly)"
        r"|cannot think"
        r" straight|very muddled)\b"
        r"|\b(?:keeps?|kept) (?:asking|saying) the same (?:questions?|things?)\b|\brepeating (?:him"
        r"self|herself|themselves)\b|\b(?:cannot|does not|could not) remember (?:what happened|anyt"
        r"hing|the fall|where)\b|\bmemory loss\b|\bmumbling\b"
        r"|\bclear fluid (?:coming )?(?:from|out of) (?:her|his|my|their) (?:nose|ear|ears)\b"
    ),
    "drowsy": (
        r"\b(?:hard|difficult|impossible) to (?:wake|rouse)\b|\bbarely (?:awake|conscious)\b|\b"
        r"(?:very|really|so|extremely|unusually|super) (?:sleepy|drowsy|lethargic|floppy|listless|"
        r"tired and floppy)\b|\blethargic\b|\bkeeps (?:falling asleep|drifting off|passing out)\b"
        r"|\bcannot stay awake\b|\bnot waking (?:up )?properly\b|\bwill not wake (?:up )?properly\b"
        r"|\bdrowsy\b|\bfloppy\b|\bstaring blankly\b"
        r"|\bbarely (?:answering|responding|responsive|reacting)\b|\bvery drowsy\b|\bdrifting in an"
        r"d out\b"
    ),
    "mild_fog": (
        r"\b(?:a bit|slightly|little|kind of|bit) (?:foggy|confused|dazed|off)\b|\bfoggy\b"
        r"|\bdazed\b"
    ),
    # ---- neuro ---------------------------------------------------------------------------
    "seizure": (
        r"\bseizures?\b|\bseizing\b|\bconvuls\w+\b|\b(?:having|had|has|in) (?:a |another |an )?"
        r"(?:fit|fits|epileptic fit)\b|\bfitting\b|\bjerking\b|\bshaking and jerking\b|\bstatus "
        r"epilepticus\b|\btonic[- ]clonic\b|\bfebrile convulsion\b"
        r"|\bwent (?:all )?stiff and (?:started )?(?:shaking|jerking|twitching)\b|\bhad a fit\b|\bh"
        r"aving a fit\b"
        r"|\beyes (?:rolled|rolling|rolled up|rolling up) (?:back|up)\b|\bfoaming at the mouth\b|\b"
        r"shaking (?:all over|uncontrollably|violently)\b(?=[^.!?;]{0,40}\b(?:not|unresponsive|resp"
        r"onding|eyes|floor|foaming)\b)"
    ),
    "seizure_long": (
        r"\b(?:seizures?|fits?|fitting|seizing|convuls\w+|jerking|shaking)\b[^.!?;]{0,50}\b(?:will "
        r"not stop|would not stop|not stopp(?:ing|ed)|has not stopped|is not stopping|(?:going on|"
        r"lasted|lasting|been going|gone on|been|for) (?:for )?(?:over |more than |about |nearly |"
        r"almost )?(?:\d+|five|ten|several|a few|fifteen|twenty) ?(?:minutes|mins)|in a row|one "
        r"after (?:another|the other)|without waking|without coming round|back to back|keeps "
        r"happening|another one)\b|\b(?:will not|would not) stop (?:seizing|fitting|jerking|shaking"
        r"|convulsing)\b|\bstatus epilepticus\b|\b(?:second|third|another) (?:seizure|fit)\b"
    ),
    "seizure_first": (
        r"\bfirst (?:ever )?(?:seizure|fit)\b|\bnever had (?:a )?(?:seizure|fit) before\b|\bis not "
        r"epileptic\b|\bno history of (?:seizures|epilepsy)\b"
        r"|\bfirst (?:time|one)(?: ever)?\b|\bnever (?:happened|had (?:one|this|that)) before\b"
    ),
    "seizure_now": (
        r"\b(?:is|are|am|keeps?|started|starting|just) (?:having|seizing|fitting|convulsing"
        r"|jerking)"
        r"\b|\b(?:seizing|convulsing|fitting) (?:right )?now\b|\bhaving (?:a )?(?:seizure|fit) "
        r"(?:right )?now\b|\bis seizing\b|\bstill (?:seizing|fitting|jerking|shaking)\b|\bhas been "
        r"(?:seizing|fitting|jerking)\b"
        r"|\b(?:is|are|am|keeps?|started|starting) (?:now |still |currently |suddenly )(?:having|se"
        r"izing|fitting|convulsing|jerking|shaking)\b|\bwent stiff and (?:started )?(?:shaking|jerk"
        r"ing)\b"
    ),
    "thunderclap": (
        r"\bworst headache (?:of (?:my|his|her|their) (?:life|entire life)|ever|i have ever had|"
        r"(?:she|he) has ever had|i have ever felt|imaginable)\b|\bthunderclap\b"
        r"|\bsudden (?:severe|"
        r"excruciating|terrible|intense|splitting|explosive|violent|blinding) headache\b"
        r"|\bheadache "
        r"(?:that )?came on (?:suddenly|like a thunderclap|out of nowhere|in (?:seconds"
        r"|an instant)|"
        r"all at once)\b|\blike (?:i|he|she) (?:was|got|had been|have been) hit (?:on|in|over) the "
        r"head\b|\bexploding headache\b|\bhead (?:feels like it is )?exploding\b"
        r"|\bworst pain (?:of (?:my|his|her) life|i have ever (?:had|felt)|ever)\b[^.!?;]{0,25}\bhe"
        r"ad\b|\bhead\b[^.!?;]{0,25}\bworst pain (?:of (?:my|his|her) life|ever)\b"
        r"|\bheadache\b[^.!?;]{0,30}\b(?:like a (?:bomb|gunshot|thunderclap|bang|explosion|hammer|b"
        r"olt)|hit (?:me )?like)\b|\b(?:like a (?:bomb|gunshot|bang|explosion)|hit (?:me )?like a)"
        r"\b[^.!?;]{0,30}\bheadache\b"
        r"|\bsudden(?:ly)? (?:massive|huge|horrendous|awful|killer|violent|crushing|mind-blowing|ba"
        r"d|really bad|agonising|agonizing) headache\b|\b(?:massive|huge|horrendous|violent|agonisi"
        r"ng|agonizing) headache (?:came on |started )?(?:suddenly|out of nowhere|all of a sudden)"
        r"\b"
    ),
    "headache": (
        r"\bheadaches?\b|\bhead (?:hurts|is pounding|pain|is killing|is splitting|is throbbing)\b"
        r"|\bmigraines?\b|\bsplitting head\b|\bpounding head\b"
    ),
    "head_injury": (
        r"\b(?:hit|hits|hitting|banged|bumped|bashed|smacked|knocked|struck|bangs|cracked) "
        r"(?:my|his|her|their|the) head\b|\bhead (?:injury|injuries|trauma|knock|bump|first)\b"
        r"|\b(?:punched|kicked|hit|struck|smacked|elbowed|headbutted|whacked|kneed) (?:him |her "
        r"|me |"
        r"them )?(?:in|on|over) (?:the|his|her|my|their) head\b|\bfell (?:and|on|onto|down|off"
        r"|from|over)\b[^.!?;]{0,40}\bhead\b|\bknocked (?:out|"
        r"unconscious)\b|\bconcussion\b|\bwhiplash\b"
        r"|\b(?:whacked|walloped|clonked|smashed|slammed|cracked|hit) (?:my|his|her|their) head\b|"
        r"\bhead (?:hit|struck|banged) (?:the|a|against)\b"
        r"|\bhelmet (?:is |was |has )?(?:cracked|broke|broken|smashed|split|dented)\b|\b(?:fell|cam"
        r"e|thrown|flew) (?:off|from) (?:his|her|my|their|a|the) (?:bike|bicycle|horse|scooter|moto"
        r"rbike|skateboard|ladder|trampoline|roof)\b"
        r"|\b(?:bleeding|blood) (?:from|on|out of) (?:his|her|my|their|the) head\b|\bhead (?:is )?b"
        r"leeding\b|\b(?:got jumped|beaten up|was attacked|got attacked|assaulted|mugged)\b"
        r"|\b(?:hit|banged|bumped|bashed|smacked|knocked|struck|whacked|cracked) (?:the (?:back|sid"
        r"e|front|top) of )(?:my|his|her|their) head\b|\bhad a (?:bad )?fall\b|\bfell over\b|\btook"
        r" a (?:bad )?tumble\b"
        r"|\bfell down (?:the )?(?:stairs|steps)\b|\bclear fluid (?:coming )?(?:from|out of) (?:her"
        r"|his|my|their) (?:nose|ear|ears)\b"
    ),
    "knocked_out": (
        r"\bknocked (?:out|unconscious)\b|\b(?:was|got|went) out (?:cold|for)\b|\blost "
        r"consciousness\b|\bpassed out\b"
        r"|\bblack ?out\b|\bblacked out\b|\bbrief(?:ly)? (?:blackout|lost consciousness|knocked out"
        r")\b"
    ),
    "unconscious": (
        r"\bunconscious\b|\bunresponsive\b|\b(?:not|is not|stopped|is not really|not really) "
        r"(?:responding|responsive|reacting|answering|moving)\b(?! (?:his|her|my|the|their) "
        r"(?:phone|texts|calls|messages|emails))|(?<!i )\b(?:will not|would not"
        r"|does not|did not|cannot|could not|is not) (?:wake|be woken|respond|rouse|come round|open"
        r" (?:his|her|their) eyes)\b|\bcannot (?:wake|rouse) (?:him|her|them|my \w+)\b|\bno "
        r"response\b|\b(?:is|was) out cold\b|\blifeless\b|\bnot conscious\b|\blosing "
        r"consciousness\b|\bcannot wake (?:him|her|them) up\b|\bhe is gone\b|\bnot reacting\b"
        r"|\bbarely (?:answering|responding|responsive|reacting|conscious|awake)\b|\b(?:drifting|sl"
        r"ipping) in and out\b|\bfound (?:him|her|them|my \w+)? ?(?:collapsed |lying |passed out )?"
        r"on the (?:floor|ground|bathroom floor|kitchen floor)\b"
        r"|\b(?:he|she|they|baby|son|daughter|mum|dad|husband|wife|brother|sister|friend|grandma|"
        r"grandpa|nan|partner|boyfriend|girlfriend)\b(?:\W+(?!i\b)\w+){0,5}?\W+(?:is |does |did |"
        r"will |would |can |could )?not (?:wake|waking)(?! up (?:in the night|at night|early"
        r"|on time|"
        r"for)| (?:me|us|you|him|her|them)\b)\b"
        r"|\b(?:is|are|still|now|lying|found) (?:still |now )?passed out\b|\bpassed out (?:on|in) t"
        r"he (?:floor|bathroom|toilet|bed|sofa|street|kitchen)\b|\bpassed out and (?:will not|canno"
        r"t|can not|not)\b"
        r"|\b(?:is not|not|has not|will not|does not) (?:coming|come|came) (?:round|around|to)\b"
    ),
    # ---- allergy -------------------------------------------------------------------------
    "throat_closing": (
        r"\bthroat (?:is |feels |feel |feeling |keeps |started |starting )?(?:like (?:it is )?)?"
        r"(?:closing|closed|closing up|swelling shut|tightening|closing over)\b|\bthroat (?:is "
        r"|feels )?(?:swelling|swelled) (?:up|shut)\b|\b(?:tongue|tounge) (?:is |are |has |feels |"
        r"started |starting |keeps |all |a bit )*(?:swelling|swollen|swelled|puffing|puffed|huge|"
        r"thick|big|getting bigger|fat)\b|\b(?:swelling|swollen|swelled) (?:tongue|throat)\b"
        r"|\bswelling of (?:the|my|his|her|their) (?:tongue|throat)\b|\bairway (?:is )?(?:closing|"
        r"swelling|tight)\b|\bthroat (?:swelling|swollen)\b"
        r"|\b(?:tongue|tounge)\b(?: and (?:my |his |her )?(?:lips?|face|throat))? (?:\w+ )?(?:sudde"
        r"nly |just |now |really |very |so |has |have |all |started )*(?:swelled|swollen|swelling|p"
        r"uffed|blown) ?(?:up)?\b|\blips and tongue (?:\w+ )?(?:swelled|swollen|swelling|puffed)\b"
    ),
    "throat_tight": (
        r"\bthroat (?:is |feels )?(?:tight|swollen|swelling|thick|scratchy and swollen)\b|\bvoice "
        r"(?:is |has gone |sounds |went )?(?:hoarse|croaky|raspy|strange|different|funny|muffled)\b"
        r"|\bhoarse\b|\btight throat\b|\blump in (?:my|his|her) throat\b"
    ),
    "face_swell": (
        r"\b(?:lips?|face|eyes?|eyelids?|mouth|cheeks?)\b(?: and (?:my |his |her |their )?(?:lips?|"
        r"face|eyes?|tongue|eyelids?))? (?:is |are |has |have |feels? |started |starting |got |"
        r"getting |a bit |really |all |very |so |keep |keeps |both |now |just |slightly |kind of )*"
        r"(?:swelling|swollen|swelled|puffing|puffed|puffy|blowing up|ballooning|blown up"
        r"|swell(?:ing)?"
        r" up)\b|\b(?:swollen|puffy|swelling|swelled) (?:up )?(?:lips?|face|eyes?|eyelids?|mouth)\b"
        r"|\blips? (?:swollen|swolen)\b|\bswelling (?:in|of|on|around) (?:my|his|her|their|the) "
        r"(?:lips?|face|eyes?|mouth)\b"
        r"|\b(?:lips?|face|eyes?|eyelids?|mouth|cheeks?) (?:is |are |went |has gone |looks? )?(?:al"
        r"l )?(?:\w+ and )(?:puffy|swollen|swelling|puffing up|puffed up)\b"
    ),
    "hives": (
        r"\bhives\b|\bwelts\b|\burticaria\b|\b(?:itchy|itching|rash|hives|blotches|bumps|red "
        r"spots|welts) (?:all over|everywhere)\b|\b(?:whole|entire) body (?:is |feels )?(?:itchy|"
        r"itching|covered|red|blotchy)\b|\bcovered in (?:hives|a rash|spots|welts|red blotches|"
        r"bumps|red bumps)\b|\bbroke out in\b|\bitchy all over\b"
    ),
    "allergen": (
        r"\b(?:stung|sting|stings|bee|bees|wasp|wasps|hornet|peanuts?|peanut butter|nuts?|cashews?|"
        r"almonds?|tree nuts?|shellfish|shrimp|prawns?|crab|lobster|sesame|kiwi|penicillin|"
        r"amoxicillin|amoxycillin|antibiotics?|new (?:medication|medicine|drug|pill|tablets?|meds)|"
        r"ibuprofen|aspirin|allerg(?:ic|y|ies)|epipen|anaphyla\w*|contrast dye|latex|insect bite|"
        r"after eating|ate (?:a |some |an )?|eaten|bit into|cookie|cake|biscuit|sulfa|"
        r"cephalosporin|vaccine|jab|injection)\b"
        r"|\bsesame\b|\bby accident\b(?=[^.!?;]{0,40}\b(?:ate|eaten)\b)|\bstarted (?:on )?(?:a |the"
        r" )?new\b|\bstarting (?:the |a )?(?:new )?(?:tablets?|pills?|antibiotics?|medication|amoxi"
        r"cillin|penicillin)\b"
        r"|\bfirst dose\b|\b\w*(?:cillin|amoxiclav|mycin|floxacin|cef\w+|trimethoprim)\b"
    ),
    "anaphylaxis_now": (
        r"\banaphyla\w+\b|\b(?:used|using|use|gave (?:him|her|them)|given (?:him|her|them)|jabbed"
        r" (?:him|her|them) with|had to use) (?:my|his|her|their|the|an|an adrenaline) epipen\b"
        r"|\bepipen (?:used|given|did not|was used|has been used)\b|\bwent into (?:anaphyla\w+"
        r"|shock)"
        r"\b|\ballergic (?:shock|reaction)\b"
    ),
    # ---- poisoning -----------------------------------------------------------------------
    "ingest": (
        r"\b(?:swallow(?:ed|s|ing)?|ate|eaten|eating|drank|drunk|drinking|took|taken|taking|chewed|"
        r"chewing|bit into|bitten into|licked|sucked on|got into|ingested|downed|overdosed on|"
        r"necked|consumed|gulped|gave (?:him|her|them|my \w+|his \w+|her \w+))\b(?:\W+(?!and\b"
        r"|but\b|for\b|because\b|then\b)[\w']+){0,6}?\W+"
        r"(?P<subst>(?:bleach|drain cleaner|oven cleaner|toilet cleaner|cleaning (?:products?|fluid"
        r"|spray|liquid|stuff)|detergent|(?:laundry|dishwasher|washing|tide|detergent|washing up) "
        r"(?:pods?|tablets?|capsules?|liquid|powder)|(?:laundry|dishwasher|washing) pods?|pods|"
        r"antifreeze|anti-freeze|button batter(?:y|ies)|batter(?:y|ies)|magnets?|rat poison|poison|"
        r"weed ?killer|pesticides?|insecticides?|slug pellets|paraffin|kerosene|lamp oil|petrol|"
        r"gasoline|lighter fluid|white spirit|turps|turpentine|methanol|ammonia|lye|caustic \w+|"
        r"acid|e-?liquid|vape (?:juice|liquid)|(?:the |some |a )?liquid|nicotine|mushrooms?"
        r"|berries|iron (?:tablets?|pills?|"
        r"supplements?)|essential oils?|mouthwash|hand sanitis?z?er|nail polish remover|superglue|"
        r"fentanyl|heroin|cocaine|meth|ketamine|mdma|ecstasy|edibles?|weed gummies|pills?|tablets?|"
        r"vodka|whisky|whiskey|gin|rum|tequila|spirits|alcohol|booze|wine|"
        r"medicines?|medications?|meds|capsules?|paracetamol|ibuprofen|aspirin|codeine|tramadol|"
        r"oxycodone|oxy|morphine|xanax|valium|diazepam|benzos?|sleeping (?:pills|tablets)|"
        r"antidepressants?|sertraline|amitriptyline|insulin|(?:heart|blood pressure|bp|diabetes) "
        r"(?:pills?|tablets?|medication|meds)|cough (?:medicine|syrup|mixture)|vitamins?|gummies|"
        r"melatonin|benadryl|antihistamines?|lithium|warfarin|digoxin|methadone|opioids?|"
        r"painkillers?|doses?|coins?|marbles?|a coin|something sharp|a pin|a screw|a nail|glass|"
        r"metformin|statins?|\w+statin|\w+pril|\w+sartan|\w+olol|\w+azepam|\w+azolam|\w+oxetine"
        r"|\w+mycin|\w+cillin|\w+prazole|\w+formin|\w+dipine|\w+codone|\w+triptyline|\w+profen"
        r"|\w+oxacin|\w+cycline|\w+gliptin|\w+gliflozin|\w+thiazide|\w+semide|levothyroxine"
        r"|thyroxine|citalopram|escitalopram|fluoxetine|paroxetine|venlafaxine|mirtazapine"
        r"|propranolol|bisoprolol|atenolol|gabapentin|pregabalin|quetiapine|olanzapine|risperidone"
        r"|aripiprazole|zopiclone|zolpidem|clonazepam|lorazepam|carbamazepine|lamotrigine"
        r"|valproate|levetiracetam|prednisolone|prednisone|steroids?|naproxen|diclofenac"
        r"|co-codamol|cocodamol|hydrocodone|percocet|vicodin|adderall|ritalin|methylphenidate"
        r"|colchicine|allopurinol|clopidogrel|apixaban|rivaroxaban|beta blockers?|hrt"
        r"|contraceptive pills?|the pill|antibiotics?|antipsychotics?|anti-?depressants?"
        r"|blood thinners?|water tablets?|heart medication|epilepsy (?:pills|tablets"
        r"|medication)))\b"
        r"|\b(?:got hold of|found|got into|opened|got at)\b(?:\W+(?!and\b|but\b)[\w']+){0,4}?\W+(?P"
        r"<subst2>pills?|tablets?|medicines?|meds|paracetamol|ibuprofen|bleach|batter(?:y|ies)|dete"
        r"rgent|pods?|capsules?|vitamins?|iron tablets|sleeping pills|antidepressants?|painkillers?"
        r"|methadone|morphine|oxycodone|tramadol|codeine|fentanyl|heroin|opioids?|diazepam|xanax|"
        r"valium|insulin|medication|drugs|cannabis|edibles?|gummies|nicotine|vape|e-?liquid|"
        r"antifreeze|weed ?killer|rat poison|poison|white spirit|petrol|lamp oil"
        r")\b(?=[^.!?;]{0,40}\b(?:drank|ate|swallowed|chewed|eaten|took|licked|sucked|bit|mouth|mos"
        r"t of|some of|half|all of|chewing|drinking|eating|sucking)\b)|\b(?:drank|ate|swallowed|che"
        r"wed) (?:most|half|all|some|a lot) of (?:it|them|the bottle|the packet)\b"
    ),
    "overdose": (
        r"\boverdos(?:e|ed|ing)\b|\b(?:took|taken|take|has taken|had) too (?:much"
        r"|many)\b(?= (?:pills"
        r"|tablets|meds|medicine|medication|painkillers|paracetamol|ibuprofen|sleeping|of|doses|"
        r"insulin|drugs|\w+ pills|\w+ tablets)\b|\s*[.!?,;]|$)|\b(?:way )?"
        r"too (?:much|many) (?:pills|tablets|of (?:his|her|my|the))\b|\balcohol poisoning\b"
        r"|\b(?:has"
        r" been|was|got|been|is|think (?:i|he|she|they) (?:was|were|am|is|are|have been|has been)) "
        r"poisoned\b"
        r"|\b(?:took|taken|had|dropped|swallowed)\b[^.!?;]{0,25}\b(?:pills|tablets|drugs|something|"
        r"molly|mdma|ecstasy|acid|ket|ketamine|pingers)\b[^.!?;]{0,25}\b(?:festival|party|rave|club"
        r"|gig|concert)\b|\b(?:festival|party|rave|club)\b[^.!?;]{0,30}\b(?:took|taken|dropped|had)"
        r"\b[^.!?;]{0,20}\b(?:pills|tablets|drugs|something|molly|mdma|ecstasy)\b"
    ),
    "big_quantity": (
        r"\b(?:a lot of|lots of|loads of|a load of|load of|heaps of|a ton of|tons of|handful"
        r"|handfuls|bunch of|whole (?:bottle|packet|pack|box|"
        r"strip|sheet|tub|blister)|all (?:of )?(?:my|his|her|the|their|them)|entire (?:bottle|pack|"
        r"packet|box)|too (?:much|many)|way too|(?:[1-9]\d|1\d\d) (?:pills|tablets|paracetamol|"
        r"capsules|of)|(?:twenty|thirty|forty|fifty|a dozen|dozens of|dozen)|half (?:a|the) "
        r"(?:bottle|packet|box))\b"
    ),
    "minor_dose": (
        r"\b(?:double dose|twice|extra (?:dose|pill|tablet)|(?:one|an) extra|two doses|by mistake|"
        r"accidentally|by accident|double (?:up|dosed)|second dose|one too many|2 doses|took it "
        r"twice)\b"
        r"|\b(?:took|taken|given|gave (?:him|her|them)|had)\b[^.!?;]{0,30}\b(?:twice|two times|doub"
        r"le|an extra|a second|two lots)\b"
        r"|\b(?:\d|two|three|a few|a couple of) extra\b|\bextra (?:sleeping |blood pressure |heart "
        r")?(?:tablets?|pills?|doses?|capsules?)\b"
        r"|\balready (?:had|taken|took|given (?:him|her|them)) (?:two|2|one|1|some|a dose|my|his|he"
        r"r|the)\b|\b(?:then |and )?(?:remembered|realised|realized) (?:i|he|she) (?:had |would )?a"
        r"lready\b"
        r"|\banother dose\b|\ba second dose\b|\bgave (?:him|her|them) another\b|\bdouble dosed\b"
    ),
    "carbon_monoxide": (
        r"\bcarbon monoxide\b|\bco (?:alarm|detector|poisoning)\b|\bgas (?:leak|smell)\b|\bsmell "
        r"(?:of )?gas\b|\bexhaust fumes\b"
        r"|\b(?:petrol|gas|paraffin|kerosene|charcoal|diesel|propane|camping) (?:heater|generator|s"
        r"tove|bbq|barbecue|fire|cooker|lamp)\b|\bgenerator\b|\bfaulty (?:boiler|heater|gas fire)\b"
        r"|\bbbq (?:inside|indoors)\b|\bcharcoal (?:inside|indoors)\b"
        r"|\bmix(?:ed|ing)? (?:bleach|ammonia|chemicals|cleaning products)\b|\bfumes from mixing\b|"
        r"\bsniff(?:ed|ing) (?:glue|gas|aerosols?|solvents?)\b"
        r"|\b(?:wood|log|multi-?fuel|coal) ?(?:burner|stove|fire)\b|\bboiler\b|\bgas fire\b|\bopen "
        r"fire\b|\bchimney\b"
    ),
    "alarm": (
        r"\b(?:alarm|detector) (?:is |keeps |went |has been )?(?:beeping|going off|sounding"
        r"|went off)\b"
    ),
    "envenomation": (
        r"\b(?:bitten|bit|stung) by (?:a|an) (?:snake|rattlesnake|adder|viper|cobra|copperhead|"
        r"scorpion|black widow|brown recluse|funnel[- ]web|redback|box jellyfish|stonefish)\b"
        r"|\bsnake ?bite\b|\b(?:scorpion|black widow|brown recluse|funnel[- ]web|redback) "
        r"(?:bite|sting)\b"
    ),
    # ---- bleeding ------------------------------------------------------------------------
    "bleed_severe": (
        r"\b(?:will not|would not|does not|cannot|can not|not|never) stop(?:ping)? (?:the )?bleed"
        r"(?:ing)?\b|\b(?:bleeding|blood|nosebleed|bleed|wound|cut) (?:still )?(?:will not|would "
        r"not|does not|has not|is not|just will not|still has not|cannot be|not) (?:stop|stopp?ed|"
        r"stopping|slowing)\b|\b"
        + CANT
        + r" (?:get (?:it|the bleeding|the blood) to )?stop (?:the "
        r")?(?:bleed(?:ing)?|blood)\b|\bbleeding (?:heavily|a lot|badly|profusely|like crazy|"
        r"everywhere|so much|non ?stop|really bad|loads|out|through)\b|\bheavy bleeding\b"
        r"|\b(?:blood"
        r"|bleeding) (?:is )?(?:spurting|pumping|gushing|pouring|squirting|everywhere|pooling)\b"
        r"|\b(?:spurting|gushing|pouring|pumping|squirting) (?:out )?(?:blood|bright red)\b|\b"
        r"(?:soak(?:ed|ing)?|soaks) (?:through|thru|a pad|pads|through (?:a|the|every)|towel)\b|\b"
        r"(?:lots|a lot|loads|pool|puddle|so much|tons|cups|huge amount|large amount) of (?:bright "
        r"red |dark )?(?:blood|clots)\b|\blosing (?:a lot of |so much )?blood\b|\blost (?:a lot of"
        r"|so"
        r" much) blood\b|\bblood (?:all )?over (?:the|everything)\b|\b(?:cut|cuts|severed|slashed|"
        r"nicked) (?:an |my |his |her )?artery\b|\b(?:big|large|huge) clots\b|\bblood clots? the "
        r"size\b|\b(?:towel after towel|through (?:the |a )?towel)\b|\bbleeding (?:for|over) "
        r"(?:over |more than )?(?:an hour|\d+ hours|two hours)\b"
        r"|\b(?:cupful|cup|mouthful|bowlful|pint) of (?:dark |bright red |fresh |red )?blood\b|\bpa"
        r"ssing (?:lots of|a lot of|loads of|large amounts of) (?:dark |bright |red |dark red |brig"
        r"ht red |fresh )*blood\b"
        r"|\bclots? (?:the size of|as big as|bigger than|like) (?:a |an )?(?:golf ?balls?|plums?|le"
        r"mons?|eggs?|fists?|my fist|\w+ balls?)\b|\bbleeding (?:more |very |really |quite |so )(?:"
        r"heavily|badly|a lot)\b"
        r"|\b(?:nosebleed|bleeding|bleed|blood)\b[^.!?]{0,40}\b(?:will not|would not|does not|is no"
        r"t|has not|not) stop(?:ping|ped)?\b"
        r"|\bbleeding\b[^.!?;]{0,25}\b(?:loads|a lot|heavily|badly|everywhere|profusely|like crazy|"
        r"so much|non ?stop)\b"
        r"|\b(?:lots|a lot|loads|so much|tons) of (?:bright |dark |fresh )?red blood\b|\bbled (?:a "
        r"lot|heavily|loads|so much|really badly|badly|everywhere)\b"
        r"|\b(?:a |about a |half a )?(?:tablespoon|spoonful|cupful|mouthful|egg ?cup|teacup)s?\b(?="
        r"[^.!?;]{0,40}\b(?:blood|each time|every time|of it)\b)|\bblood\b[^.!?;]{0,30}\b(?:tablesp"
        r"oon|spoonful|cupful|mouthful)s?\b"
    ),
    "nosebleed_long": (
        r"\b(?:nosebleed|nose bleeding|bleeding from (?:my|his|her) nose)\b[^.!?;]{0,40}\b(?:over |"
        r"more than |for )?(?:an hour|(?:\d+|two|three) hours|[2-5]\d minutes|(?:twenty|thirty|"
        r"forty) minutes)\b"
    ),
    "vomit_blood": (
        r"\b(?:vomit(?:ing|ed|s)?|throwing up|threw up|throw up|puking|puked|being sick) (?:up )?"
        r"(?:a lot of |lots of |some |bright red |dark |fresh )?(?:blood|bloody)\b"
        r"|\bblood in (?:my|"
        r"his|her|their|the) (?:vomit|sick)\b|\bcoffee[- ]?grounds?\b|\bbloody vomit\b|\bvomit "
        r"(?:is |has )?(?:blood|red|bloody)\b|\bspitting (?:up |out )?(?:lots of "
        r"|a lot of )?(?:bright "
        r"red )?blood\b"
        r"|\b(?:brought|bringing|bring|coughed|spewed|spewing|heaving|threw|throwing|vomited|vomiti"
        r"ng|being sick)\b(?: up)?[^.!?;]{0,30}\b(?:cupful|cup|mouthful|lot|lots|bowl|pool|loads) o"
        r"f (?:dark |bright red |fresh |red )?blood\b|\bbrought up (?:some |a lot of |lots of )?blo"
        r"od\b"
        r"|\b(?:vomit\w*|throwing up|threw up|being sick|sick|bringing up|brought up)\b[^.!?;]{0,40"
        r"}\b(?:like|looks like|resembles|looking like) coffee\b|\b(?:dark brown|black) (?:lumpy |g"
        r"rainy )?(?:vomit|sick|stuff)\b(?=[^.!?;]{0,40}\b(?:vomit|throw|sick|brought|bringing)|)"
        r"|\b(?:vomit\w*|throwing up|threw up|being sick|puking|puked)\b (?:up )?(?:\w+ ){0,3}?(?:b"
        r"lood|bloody)\b"
    ),
    "cough_blood": (
        r"\b(?:coughing|coughed|cough|coughs|hacking) (?:up )?(?:a lot of |lots of |some "
        r"|a little |a "
        r"bit of |bright red |specks of |streaks of )?(?:blood|bloody (?:mucus|phlegm|sputum))\b"
        r"|\bblood in (?:my|his|her) (?:phlegm|sputum|mucus|spit)\b"
        r"|\b(?:streaks?|specks?|flecks?|traces?) of blood in (?:my|his|her) (?:phlegm|sputum|mucus"
        r"|spit|cough)\b|\b(?:phlegm|sputum|mucus) (?:is )?(?:blood[- ]?(?:stained|streaked|tinged)"
        r"|bloody)\b"
        r"|\bcoughing (?:up )?(?:some )?blood\b"
    ),
    "melena": (
        r"\b(?:black|tarry|tar-like|tar like|jet black) (?:tarry |sticky )?(?:stools?|poos?|poops?|"
        r"stuff|diarrh\w+|faeces|feces|bowel movements?)\b|\bpooing black\b|\bpooping black\b|\b"
        r"(?:stools?|poos?|poops?) (?:are |is |have been )?(?:black|tarry|like tar)\b"
    ),
    "rectal_blood": (
        r"\b(?:lots of |a lot of )?blood (?:when|in|after) (?:i |he |she )?(?:poo|stool|pooing"
        r"|go to"
        r" the toilet|wipe)\b|\bbloody (?:diarrh\w+|stools?|poo)\b|\bbleeding from (?:my|his|her) "
        r"(?:bum|bottom|rectum|back passage)\b"
        r"|\bpassing (?:\w+ ){0,4}blood (?:from|out of) (?:his|her|my|the) (?:bottom|bum|back passa"
        r"ge|rectum|backside)\b|\bblood (?:from|out of) (?:his|her|my|the) (?:bottom|bum|back passa"
        r"ge|rectum|backside)\b"
        r"|\b(?:pooing|pooping|passing|poo|stool|stools|bowel movement)\b[^.!?;]{0,25}\b(?:blood|bl"
        r"oody)\b"
    ),
    "wound_deep": (
        r"\bdeep (?:cuts?|wounds?|gash|laceration|puncture)\b|\bcuts? (?:are|is) (?:really |very |"
        r"quite |so )?deep\b|\bgaping\b|\bgash(?:ed)?\b|\b(?:cut|wound)"
        r" is (?:deep|gaping|wide open|really deep)\b|\b(?:see|showing|can see) (?:the )?(?:bone"
        r"|fat|"
        r"tendon)\b|\bneeds? stitches\b|\bmight need stitches\b|\bit is deep\b"
        r"|\bcut (?:\w+ )?(?:arms?|wrists?|legs?|thighs?|hands?) (?:really |very )?(?:deeply|badly|"
        r"deep)\b"
    ),
    "bleed_slowing": (
        r"\b(?:bleeding|it|blood) (?:has |is )?(?:slowed|slowing|stopped|eased)\b|\bstopped "
        r"bleeding\b|\bunder control\b"
    ),
    "anticoag": (
        r"\bblood thinners?\b|\bwarfarin\b|\bapixaban\b|\brivaroxaban\b|\beliquis\b|\bxarelto\b"
        r"|\bclopidogrel\b|\bheparin\b|\banticoagula\w+\b|\bcoumadin\b|\bpradaxa\b|\bdabigatran\b"
        r"|\bhaemophilia\b|\bhemophilia\b"
    ),
    "bleeding_any": (
        r"\bbleed(?:ing|s)?\b|\bbled\b|\bblood\b(?! thinners?| pressure| sugars?| tests?| "
        r"results| type| donation| glucose| count| work| clots? in| clot)|\bhaemorrhag\w+"
        r"|\bhemorrhag\w+"
    ),
    "trauma_severe": (
        r"\bchainsaw\b|\bstabbed\b|\bstab wound\b|\bgunshot\b|\b(?:been|was|got) shot\b|\bimpaled"
        r"\b|\bamputated\b|\bsevered\b|\bcut off (?:his|her|my|their) (?:finger|toe|hand|thumb)\b"
        r"|\b"
        r"(?:hit|run over|knocked down|knocked over) by (?:a|the) (?:car|truck|bus|van|lorry|"
        r"motorbike|train)\b|\bcar (?:crash|accident)\b[^.!?;]{0,40}\b(?:bleeding|unconscious"
        r"|cannot"
        r" move|trapped)\b|\bfell (?:from|off) (?:a |the )?(?:roof|balcony|scaffolding|height|cliff"
        r"|second floor|window)\b|\bmotorbike accident\b|\bglass in (?:the|his|her|my) (?:wound"
        r"|neck)"
        r"|\b(?:cut|chopped|sliced|severed|ripped|torn|sawed|sawn) (?:the (?:top|tip|end) of |part "
        r"of )?(?:my|his|her|their) (?:finger|toe|thumb|hand|ear|nose)(?:tip)? (?:off|clean off)\b|"
        r"\b(?:finger|toe|thumb)(?:tip)? (?:is |was )?(?:hanging off|cut off|chopped off|severed|mi"
        r"ssing)\b"
        r"|\bfireworks? (?:accident|injury|went off|exploded)\b|\bexplosion\b|\bblast injury\b"
    ),
    "spine": (
        r"\b" + CANT + r" (?:move|feel) (?:his|her|my|their) (?:legs|arms|feet|toes)\b|\bneck "
        r"(?:injury|is broken)\b|\bbroke (?:his|her|my) (?:neck|back)\b"
    ),
    # ---- pregnancy -----------------------------------------------------------------------
    "pregnant": (
        r"\bpregnan\w*\b|\bexpecting (?:a baby|twins|our|my|her|a little)\b|\bweeks? (?:along|"
        r"gestation)\b|\b(?:first|second|third) trimester\b|\btrimester\b|\bmy bump\b|\bher bump\b"
        r"|\b(?:her|my) (?:waters?|water) (?:has |have |just )?(?:broke|broken|breaking|went"
        r"|gone)\b"
        r"|\bwaters? (?:has |have |just )?(?:broke|broken|breaking|went|gone)\b|\bcontractions?\b"
        r"|\b(?:fetal|foetal) movements?\b|\bthe baby (?:has not|has stopped|is not|stopped|was not"
        r"|is moving|has been moving|moved)\b|\bbaby'?s? movements?\b|\b(?:fewer|less|reduced|no) "
        r"(?:kicks|movements)\b|\bpre-?eclampsia\b|\bectopic\b|\bplacenta\w*\b|\bin labou?r\b"
        r"|\bpositive (?:pregnancy )?test\b|\bmidwife\b|\bantenatal\b|\bprenatal\b"
        r"|\b(?:i am|she is|am|wife is|partner is|girlfriend is|at) \d{1,2} ?(?:weeks"
        r"|wks)\b(?! (?:old|"
        r"ago|post|after|since|out|into|of))"
        r"|^\d{1,2} ?(?:weeks|wks)\b(?! (?:old|ago|post|after|since))|\b\d{1,2} ?(?:weeks|wks) (?:p"
        r"regnant|gestation|along)\b"
        r"|\btightenings\b"
        r"|\bmissed (?:my |her |a )?period\b|\bperiod is (?:\w+ )?(?:days |weeks )?late\b(?![^.!?;]"
        r"{0,30}\bnegative\b)"
    ),
    "postpartum": (
        r"\b(?:gave|given|giving) birth\b|\bpostpartum\b|\bpost-partum\b|\bpost partum\b|\bafter "
        r"(?:giving birth|delivery|the delivery|my c-?section|her c-?section|the birth"
        r"|having (?:the"
        r"|my|a) baby)\b|\bjust had (?:a|my|the|our|her) baby\b|\bc-?section\b|\bdelivered (?:my|"
        r"our|her|a) baby\b|\bnew mum\b"
        r"|\bhad (?:my|the|our|a|her) (?:baby|daughter|son|twins)\b[^.!?;]{0,25}\b(?:ago|last week|"
        r"recently|yesterday|on)\b|\b\d+ (?:days|weeks) (?:postpartum|post[- ]partum|after (?:birth"
        r"|delivery|giving birth))\b"
        r"|\bafter (?:delivering|having|the birth of) (?:my|her|our|the|a) (?:baby|son|daughter|twi"
        r"ns)\b|\bday \d+ after (?:delivering|giving birth|delivery|my c-?section|the birth)\b"
    ),
    "preg_bleed": (
        r"\bbleed(?:ing|s)?\b|\bblood\b|\bclots\b|\bspotting\b|\bhaemorrhag\w*\b|\bhemorrhag\w*\b"
    ),
    "spotting": (
        r"\bspotting\b|\b(?:light|little|bit of|small amount of|tiny bit of) (?:bleeding|blood"
        r"|spotting|brown discharge)\b|\bpink discharge\b"
    ),
    "waters_broke": (
        r"\bwaters? (?:has |have |just |has just |have just )?(?:broke|broken|breaking|went|gone)\b"
        r"|\b(?:broke|broken) (?:my|her) waters?\b|\bleaking (?:fluid|amniotic|water)\b|\bamniotic"
        r" fluid\b|\bgush of (?:fluid|water)\b"
        r"|\bleaking (?:clear |watery |some |a lot of |lots of )?(?:fluid|liquid|water)\b|\b(?:gush"
        r"|trickle|stream) of (?:clear )?(?:fluid|liquid|water)\b"
        r"|\bwaters? (?:is |are )?(?:coming|leaking|gushing|pouring|dripping)\b"
    ),
    "no_movement": (
        r"\bbaby (?:has not|has stopped|is not|stopped|did not|does not|not) (?:moved|moving|"
        r"kicking|kicked|move)\b(?! (?:as|so) (?:much|often|many|well)| much| less| as normal)"
        r"|\b(?:no|"
        r"not felt any) (?:kicks?|movements?)\b|\b(?:not felt the baby|"
        r"cannot feel (?:the )?baby|not feeling (?:the )?baby)(?: kicks?| movements?| move"
        r"| moving)?\b|\bhave not felt (?:the|my|"
        r"her) baby\b|\bcannot feel (?:the|my) baby\b"
        r"|\b(?:have not|has not|not|did not) felt (?:the baby |my baby |her |him |any )?(?:move|mo"
        r"ving|kick|kicking|movement|movements)(?: at all| since| all day| today)\b"
    ),
    "less_movement": (
        r"\b(?:moving|movements?|kicking|kicks) (?:a lot )?less\b|\bless (?:movement|moving"
        r"|kicking|"
        r"kicks|active)\b|\b(?:fewer|reduced|decreased) (?:kicks|movements?)\b|\bnot moving as "
        r"much\b|\bquieter than usual\b"
        r"|\b(?:have not|has not|not|did not|do not|cannot) (?:felt|feel|feeling) (?:much|many|as m"
        r"uch|a lot of|as many|the usual|her usual|his usual|any) (?:movement|movements|kicks|kicki"
        r"ng|moving)\b|\bnot (?:moving|kicking) (?:much|as much|as usual)\b|\bquieter today\b"
        r"|\b(?:has not|have not|did not|is not|not) (?:kicked|moved|moving|kicking) (?:as|so) (?:m"
        r"uch|often|many)\b"
    ),
    "contractions_regular": (
        r"\bcontractions? (?:every|are|coming|about|regular|\d)\b|\b(?:regular|strong|painful) "
        r"contractions\b|\bin labou?r\b|\bcontracting\b"
        r"|\btightenings? (?:every|coming|are coming|about)\b|\bsurges? every\b"
    ),
    "preg_visual": (
        r"\bblurr?y vision\b|\bblurred vision\b|\bvision (?:is |has gone |went )?(?:blurry|blurred|"
        r"funny|weird|strange)\b|\bflashing lights?\b|\bseeing (?:spots|stars|flashes|flashing|"
        r"sparkles|zigzags)\b|\bspots (?:in|before) (?:my|her) (?:vision|eyes)\b|\bvisual "
        r"disturbances?\b"
        r"|\bvision (?:is |has gone |went |looks |has been )?(?:all |a bit |really )?(?:sparkly|shi"
        r"mmery|shimmering|fuzzy|spotty|flickering|wobbly|jagged|zigzaggy|starry)\b|\bzig-?zags?\b"
    ),
    "hands_face_swell": (
        r"\b(?:face|hands|fingers|feet|ankles|legs)(?: and (?:my |her )?(?:face|hands|fingers|feet|"
        r"ankles|legs))? (?:have |has |are |is |have suddenly |suddenly |got |all )*(?:swollen|"
        r"swelling|swelled|puffy|puffed up)\b|\bswollen (?:face|hands|feet|ankles)\b"
    ),
    "one_sided_pain": (
        r"\b(?:sharp|stabbing|severe|bad|one[- ]sided|awful|terrible) (?:pain|cramps?|ache) (?:in"
        r"|on)"
        r" (?:my|her|the) (?:right|left|lower|one) (?:side|lower)\b|\bpain (?:on|in) (?:one|the "
        r"(?:right|left)|my (?:right|left)|her (?:right|left)) side\b|\bshoulder ?tip pain\b|\b"
        r"(?:my|her) shoulder hurts\b"
    ),
    # ---- infection -----------------------------------------------------------------------
    "fever": (
        r"(?<!hay )(?<!glandular )\bfevers?\b|\bfeverish\b|\bfebrile\b|\bhigh temp(?:erature)?\b"
        r"|\bburning up\b|\brunning"
        r" a (?:high )?temp(?:erature)?\b|\b(?:has|have|got|with|had|having) a (?:high |raised |"
        r"slight )?temp(?:erature)?\b|\bpyrexia\b|\brigors\b|\bburning hot\b|\braised temperature\b"
    ),
    "stiff_neck": (
        r"\bstiff neck\b|\bneck (?:is |feels |has gone )?(?:so |really |very |super )?stiff\b|\b"
        + CANT
        + r" (?:touch|bend|put|get|bring) (?:my|his|her|their) (?:chin|head) (?:to|on|onto|down "
        r"to|forward to) (?:my|his|her|their) chest\b|\bneck (?:stiffness|rigidity)\b"
        r"|\b(?:cannot|can not|could not|unable to|will not|does not want to) (?:bend|move|turn|low"
        r"er) (?:my|his|her|their) (?:neck|head)(?: down| forward)?\b"
    ),
    "photophobia": (
        r"\blight hurts (?:my|his|her|their) eyes\b|\b(?:sensitive to|hates the|cannot stand the|"
        r"cannot bear the|bothered by|hurt by|cannot look at) (?:bright )?lights?\b|\bphotophobia"
        r"\b|\blight (?:is )?(?:hurting|bothering) (?:my|his|her|their) eyes\b|\blights? (?:are "
        r"|is)"
        r"?too bright\b"
        r"|\b(?:cannot|can not|could not) (?:look at|stand|bear|handle|tolerate) (?:the )?(?:bright"
        r" )?lights?\b"
        r"|\blight (?:is )?(?:hurting|killing) (?:my|his|her) eyes\b"
        r"|\bthe light hurts\b|\blight hurts\b|\blights? (?:are |is )?hurting\b"
    ),
    "nonblanching": (
        r"\b(?:rash|spots|marks|dots|blotches|pinpricks)\b[^.!?;]{0,50}\b(?:does not|did not|will "
        r"not|do not|not|is not|are not) (?:fade|go away|disappear|blanch|go white|going away|"
        r"fading)\b[^.!?;]{0,30}\b(?:press|glass|tumbler|pushed|push)\w*\b|\b(?:rash|spots)\b"
        r"[^.!?;]{0,40}\b(?:does not|did not|will not|do not|not) (?:fade|blanch|disappear)\b"
        r"|\bnon[- ]?blanching\b|\bpurple (?:rash|spots|blotches|marks|dots|patches)\b|\b(?:rash|"
        r"spots)\b[^.!?;]{0,20}\b(?:glass|tumbler) test\b|\bpetechia\w*\b|\bpurpura\b|\bpurple-red "
        r"spots\b"
        r"|\brash\b[^.!?;]{0,20}\b(?:looks? like|like) (?:bruises|bruising|a bruise|blood spots|pin"
        r" ?pricks|tiny bruises)\b|\bbruise-?like rash\b|\b(?:tiny|little|small) (?:purple|red|dark"
        r") (?:dots|spots|pinpricks)\b(?=[^.!?;]{0,60}\b(?:fever|temperature|temp|unwell|drowsy)\b)"
        r"|\b(?:rash|spots|marks|dots|blotches)\b[^.!?;]{0,20}\b(?:looks? like|like) (?:tiny |littl"
        r"e |small |purple |dark )?(?:bruises|bruising|blood spots|pin ?pricks)\b"
    ),
    "mottled": (
        r"\bskin (?:is |looks |has gone |went )?(?:blotchy|mottled|cold|clammy|pale|grey|gray|blue|"
        r"ashen|patchy|marbled)\b|\bmottled\b|\bblotchy\b|\bcold (?:hands and feet|and clammy|"
        r"extremities)\b|\b(?:feel|feels|feeling) like (?:i am|he is|she is|i was|i am going to be|"
        r"i will be) (?:dying|going to die)\b|\bsense of (?:impending )?doom\b|\bshivering "
        r"uncontrollably\b|\bhas not peed (?:all day|since)\b"
        r"|\b(?:hands|feet|fingers|skin|legs) (?:are |is |feel |feels |have gone |went )?(?:cold|ic"
        r"y|freezing|ice cold|like ice)\b"
    ),
    "shivering": (
        r"\bshivering\b|\bshaking (?:with cold|uncontrollably)\b|\brigors\b|\bchills\b"
        r"|\bshivery\b|\bshivers\b|\bhot and cold\b|\bteeth (?:are )?chattering\b"
    ),
    "infection_ctx": (
        r"\butis?\b|\burine infection\b|\bwater infection\b|\bbladder infection\b|\bkidney "
        r"infection\b|\binfection\b|\binfected\b|\bpneumonia\b|\bchest infection\b|\bcellulitis\b"
        r"|\babscess\b|\bflu\b|\bcovid\b|\bsepsis\b|\bseptic\b|\bwound\b|\bstrep\b|\btonsillitis\b"
        r"|\bbite\b|\bbitten\b|\bpus\b|\bburning when (?:i|he|she) (?:pee|wee|urinate)s?\b"
    ),
    "immunocomp": (
        r"\bchemo\w*\b|\bon chemotherapy\b|\bneutropeni\w*\b|\bimmunosuppress\w*\b|\b(?:kidney"
        r"|liver"
        r"|heart|lung|organ|bone marrow|stem cell) transplant\b|\bno spleen\b|\bspleen removed\b"
        r"|\bcancer treatment\b|\bleukaemia\b|\bleukemia\b|\bon (?:high dose )?steroids\b"
    ),
    "red_streaks": (
        r"\bred (?:streaks?|lines?|line)\b|\bstreaks? (?:of red )?(?:going|running|spreading"
        r"|moving|"
        r"tracking)\b|\bredness (?:is )?(?:tracking|going) up\b"
    ),
    "spreading_red": (
        r"\b(?:redness|red area|red patch|swelling|infection) (?:is )?(?:spreading|getting bigger|"
        r"growing|moving up)\b|\bred,? hot\b|\bred and hot\b|\bhot and red\b|\bhot,? (?:red"
        r"|swollen)"
        r"\b|\bgetting (?:red|redder|more red)(?: and swollen)?\b|\b(?:red|swollen) and (?:hot"
        r"|angry|"
        r"oozing pus)\b|\bpus\b|\boozing (?:pus|yellow|green|smelly)\b|\bwound (?:looks "
        r"|is )?infected\b|\binfected (?:cut|wound|"
        r"bite)\b"
        r"|\b(?:getting|growing|becoming) (?:bigger|larger|hotter|redder|more swollen|more painful)"
        r"(?: and (?:bigger|larger|hotter|redder|more swollen|more painful))?\b|\b(?:swollen|red|ho"
        r"t|painful|tender) (?:red |hot |swollen )?lump\b"
        r"|\b(?:cellulitis|redness|red area|red patch|infection|rash|swelling|red mark)\b[^.!?;]{0,"
        r"30}\b(?:spreading|getting bigger|past the (?:pen |marker |drawn )?line|tracking|moving up"
        r"|growing)\b"
        r"|\b(?:has |have )?(?:got|gotten|grown|become) (?:much |a lot )?(?:bigger|larger|redder|mo"
        r"re swollen)\b"
    ),
    "sore_throat": (
        r"\bsore throat\b|\bthroat (?:is |has been )?(?:really |so |very )?(?:sore|painful"
        r"|killing me)\b|\btonsils?\b|\btonsillitis\b|\bquinsy\b"
    ),
    "one_side_throat": (
        r"\bone side of (?:my|his|her|the) throat\b|\b(?:throat|tonsil)\b[^.!?;]{0,30}\b(?:one "
        r"side|swollen|swelling)\b|\b" + CANT + r" open (?:my|his|her) mouth\b"
    ),
    "urinary": (
        r"\bburning (?:when|while|as) (?:i|he|she|they) (?:pee|wee|urinate)\b"
        r"|\bpain(?:ful)? (?:when"
        r" |to )(?:i )?(?:pee|wee|urinate|peeing|weeing)\b|\butis?\b|\burine infection\b|\bwater "
        r"infection\b|\bbladder infection\b|\bpeeing (?:a lot|all the time)\b"
    ),
    "flank_pain": (
        r"\b(?:lower )?back (?:pain )?on one side\b|\bpain in (?:my|his"
        r"|her) (?:lower )?back on one "
        r"side\b|\bflank\b|\bloin\b|\bkidney (?:pain|area)\b|\b(?:pain|ache) in (?:my|his|her) side"
        r"\b|\bside (?:pain|hurts)\b"
        r"|\b(?:back|side) on the (?:left|right)\b|\bpain in (?:my|his|her) (?:left|right) (?:side|"
        r"back|flank|loin)\b|\b(?:left|right)[- ]sided (?:back|flank|loin) pain\b"
    ),
    "productive_cough": (
        r"\bcough\w*\b[^.!?;]{0,30}\b(?:green|yellow|brown|rusty|thick) (?:phlegm|mucus|sputum|"
        r"stuff)\b|\b(?:green|yellow) (?:phlegm|mucus|sputum)\b"
    ),
    "worsening": (
        r"\bgetting worse\b|\bworsening\b|\bworse (?:and worse|every day|each day|today|than "
        r"yesterday|now)\b|\bnot (?:getting )?better\b|\bno better\b|\bnot improving\b|\bkeeps? "
        r"getting worse\b"
    ),
    "meds_failing": (
        r"\b(?:paracetamol|ibuprofen|painkillers?|medicine|meds|calpol|nothing|tablets)\b[^.!?;]"
        r"{0,25}\b(?:is not|are not|not|does not|do not|did not|nothing|will not) (?:helping|"
        r"working|help|work|bringing it down|touching it|bring it down|shift it"
        r"|making a difference)"
        r"\b|\b(?:will not|does not|is not) (?:come|go|coming) down\b"
    ),
    "dental": r"\btooth\b|\bteeth\b|\bdental\b|\bgum\b|\bwisdom\b|\bjaw is swollen\b",
    "bite": (
        r"\b(?:dog|cat|human|animal|bat|fox|monkey|rat) (?:bite|bit me|bit him|bit her|scratch)\b"
        r"|\bbitten by (?:a|the|my|our|his|her) \w+\b"
    ),
    # ---- pediatric -----------------------------------------------------------------------
    "dehydration": (
        r"\bno (?:wet )?(?:nappy|nappies|diaper|diapers)\b|\b(?:has not|not|has not had a"
        r"|not had a)"
        r" (?:peed|weed|urinated|wet (?:a )?(?:nappy|diaper))\b|\bsunken (?:soft spot|fontanelle|"
        r"fontanel|eyes)\b|\bdry (?:nappies|diapers)\b|\bno tears\b|\bnot (?:drinking|feeding|"
        r"eating) (?:at all|anything)\b"
    ),
    "dehydration_mild": (
        r"\b(?:fewer|less|not many|hardly any) wet (?:nappies|diapers)\b|\bnot (?:drinking|feeding|"
        r"eating) (?:much|well|as much|properly)\b|\bdry (?:mouth|lips)\b|\boff (?:his"
        r"|her) (?:food|"
        r"milk|feeds)\b|\brefusing (?:to feed|feeds|bottles?|the breast|food|drinks|to drink)\b"
        r"|\bnot (?:feeding|drinking)\b"
        r"|\bdrinking (?:less|very little|hardly anything|much less|less than usual)\b|\bnot (?:wan"
        r"ting|want) to drink\b"
    ),
    "inconsolable": (
        r"\b(?:crying|screaming) (?:non ?stop|nonstop|for hours|constantly|and will not stop|"
        r"inconsolably)\b|\binconsolable\b|\bhigh[- ]pitched (?:cry|crying|scream)\b|\bwill not "
        r"stop crying\b|\bweak cry\b|\bbulging (?:soft spot|fontanelle)\b"
    ),
    "pale_floppy": (
        r"\b(?:pale|mottled|blotchy|grey|gray|ashen)\b[^.!?;]{0,20}\b(?:floppy|sleepy|lethargic|"
        r"limp|unresponsive|drowsy)\b|\b(?:floppy|sleepy|lethargic|limp|drowsy)\b[^.!?;]{0,20}\b"
        r"(?:pale|mottled|blotchy|grey|gray)\b"
    ),
    # ---- other ---------------------------------------------------------------------------
    "abdo_pain": (
        r"\b(?:pain|ache|aching|cramps?|cramping|hurts|hurting|tender|sore|agony)\b[^.!?;]{0,40}\b"
        r"(?:stomach|belly|abdomen|tummy|abdominal|lower right|right lower|gut|groin|pelvis|pelvic"
        r")\b|\b(?:stomach|belly|abdomen|tummy|abdominal|gut|pelvic)\b[^.!?;]{0,25}\b(?:pain|ache|"
        r"aching|cramps?|cramping|hurts|hurting|tender|sore|agony|painful)\b|\bappendi\w+\b"
    ),
    "abdo_severe": (
        r"\b(?:severe|excruciating|unbearable|terrible|agoni[sz]ing|really bad|extreme|intense|"
        r"worst|awful|horrendous|doubled over|crippling)\b[^.!?;]{0,25}\b(?:pain|ache"
        r"|cramps?|agony)\b[^.!?;]{0,30}\b(?:stomach|belly|abdomen|tummy|abdominal|side|lower "
        r"right|groin)\b|\b(?:stomach|belly|abdomen|tummy|abdominal)\b[^.!?;]{0,25}\b(?:extremely|"
        r"really|very|so|severely|unbearably|incredibly) (?:painful|sore|tender)\b|\b(?:belly|"
        r"stomach|abdomen|tummy) is (?:rock )?(?:hard|rigid|distended)\b|\brigid (?:belly|stomach|"
        r"abdomen)\b|\bdoubled over\b|\b(?:severe|sudden severe|terrible|excruciating"
        r"|agoni[sz]ing) "
        r"(?:stomach|belly|abdominal|tummy) (?:pain|ache|cramps)\b"
        r"|\b(?:severe|excruciating|unbearable|terrible|agoni[sz]ing|really bad|awful|horrible|horr"
        r"endous|extreme|intense|crippling|bad)(?: \w+){0,2} (?:stomach|belly|abdominal|tummy|pelvi"
        r"c|abdomen|groin) (?:pain|ache|cramps?|cramping)\b|\b(?:bump|womb|uterus) (?:feels |is |ha"
        r"s gone |went )?(?:hard|rigid|tight) (?:all the time|constantly|and (?:painful|sore))\b"
        r"|\bpain in (?:my|his|her|their|the) (?:stomach|belly|tummy|abdomen|side) (?:is )?(?:so ba"
        r"d|unbearable|excruciating|really bad|agony|horrendous|terrible|awful|too much)\b"
    ),
    "rigid_abdomen": (
        r"\b(?:belly|stomach|abdomen|tummy) is (?:rock )?(?:hard|rigid)\b|\brigid (?:belly|stomach"
        r"|abdomen)\b|\bcannot stand up straight\b|\bcannot (?:move|walk) (?:because of"
        r"|with) the pain\b"
    ),
    "right_lower": (
        r"\blower right\b|\bright lower\b|\bright side of (?:my|his|her|the) (?:stomach|belly"
        r"|abdomen|tummy)\b|\bappendi\w+\b|\bright iliac\b"
        r"|\b(?:worse|worst|more|mainly|mostly) (?:on|in) the right\b|\bon the right(?: hand)? side"
        r"\b|\bright[- ]hand side\b"
    ),
    "testicle": (
        r"\b(?:testicles?|testicular|testis|testes|balls?|scrotum|nuts)\b[^.!?;]{0,30}\b(?:pain"
        r"|hurts"
        r"|hurting|swollen|swelling|agony|painful|ache|twisted)\b|\b(?:pain|hurts|swelling|ache) "
        r"(?:in|of) (?:his|my|the|their) (?:testicles?|balls?|scrotum)\b|\btorsion\b"
        r"|\b(?:pain|hurts|swelling|ache|agony) (?:in|of) (?:his|my|the|their) (?:left |right )?(?:"
        r"testicles?|balls?|scrotum)\b"
    ),
    "burn": (
        r"\b(?:burn(?:ed|t|s)?|scald(?:ed|s)?) (?:my|his|her|their|the|our|both|himself|herself|"
        r"myself) ?(?:arm|hand|hands|forearm|leg|legs|face|chest|back|finger|fingers|foot|feet"
        r"|skin|"
        r"body|neck|thigh|stomach|palm|wrist|head|mouth|eye|eyes)?\b|\b(?:a|the|this|his|her|my|bad"
        r"|big|large|nasty|serious) burns?\b(?! when)|\bburns? (?:on|to|all over) (?:my|his|her|"
        r"their|the)\b|\bscald\w*\b|\bchemical burn\b|\belectrical burn\b|\bboiling (?:water|oil|"
        r"kettle)\b|\bhot (?:oil|fat|water|kettle|pan)\b|\bcaught fire\b|\bon fire\b"
        r"|\b(?:hot|boiling) (?:tea|coffee|drink|liquid|soup|milk|bath|food|pan|iron)\b|\bpulled (?"
        r":a|the) (?:kettle|pan|cup|mug)\b"
        r"|\b(?:is|are|got|was|were|been|badly|severely) (?:badly |severely |really )?(?:burnt|burn"
        r"ed|scalded)\b"
    ),
    "burn_severe": (
        r"\b(?:white|leathery|charred|black(?:ened)?|waxy|no feeling|painless)\b|\b(?:large|big|"
        r"huge|whole|massive) (?:area|part of|patch)\b|\ball over (?:his|her|my|the) (?:body|chest|"
        r"back|face|arms|legs)\b|\bthird[- ]degree\b|\bfull[- ]thickness\b|\bon (?:his|her|my|the) "
        r"face\b|\b(?:face|neck|airway|genitals) (?:is |are )?burn\w*\b|\bcaught fire\b|\bon fire\b"
        r"|\b(?:whole|entire) (?:arm|leg|back|chest|face|hand|foot|stomach|side)\b"
        r"|\b(?:badly|severely|seriously|horribly) (?:burnt|burned|scalded)\b|\bfirework\w*\b|\bexp"
        r"losion\b"
        r"|\b(?:to|on) (?:my|his|her|their|the) (?:face|neck|mouth|lips|airway|genitals|groin)\b"
        r"|\ball over (?:\w+'s |my |his |her |the )(?:chest|body|back|face|arms?|legs?|tummy|stomac"
        r"h)\b"
    ),
    "burn_moderate": (
        r"\bblisters?\b|\bblistering\b|\bblistered\b|\bsize of (?:my|his|her|a|an|the) (?:palm"
        r"|hand|"
        r"fist)\b|\bsecond[- ]degree\b|\b(?:large|big|huge) (?:blisters?|burn|area)\b"
        r"|\bskin (?:came|"
        r"is coming|peeled) off\b|\braw\b"
        r"|\bpeeling\b|\bblisters? (?:forming|coming up|appeared)\b"
    ),
    "electric": (
        r"\belectric(?:al)? shock\b|\belectrocut\w+\b|\bpower ?line\b|\bhigh voltage\b|\blive wire"
        r"\b|\bstruck by lightning\b|\blightning strike\b|\bzapped by\b"
    ),
    "diabetic_ctx": (
        r"\bdiabet\w+\b|\binsulin\b|\bblood sugar\b|\bglucose\b|\bsugars?\b|\bhypo\b|\bhypoglyc"
        r"\w+\b|\bhyperglyc\w+\b|\bdka\b|\bketones?\b|\bketoacidosis\b"
    ),
    "hypo_word": (
        r"\bhypo\b|\bhypoglyc\w+\b|\blow (?:blood )?sugar\b|\bsugar (?:is |has )?(?:dropped"
        r"|crashed|very low|really low|low)\b"
    ),
    "ketones": (
        r"\bketones?\b|\bketoacidosis\b|\bdka\b|\bfruity breath\b|\bbreath smells? (?:fruity"
        r"|like pear drops|sweet)\b"
    ),
    "open_fracture": (
        r"\bbone (?:is )?(?:sticking|poking|coming|protruding|showing|through) ?(?:out|through)?\b"
        r"|\b(?:sticking|poking|coming|protruding) out of (?:the|his|her|my|their) (?:skin|leg|arm)"
        r"\b|\bopen fracture\b|\bcompound fracture\b|\bcan see (?:the )?bone\b"
        r"|\bbone\b[^.!?;]{0,25}\b(?:sticking|poking|coming|protruding|showing) (?:out|through)\b"
    ),
    "fracture": (
        r"\b(?:broke|broken|break|fractured?|cracked) (?:my|his|her|their|a|the)? ?(?:wrist|arm"
        r"|leg|"
        r"ankle|hand|finger|collarbone|rib|ribs|hip|foot|bone|elbow|shoulder|knee|nose)\b|\b"
        r"(?:wrist|arm|leg|ankle|finger|bone|elbow|shoulder|knee|hand|foot|collarbone|collar bone|"
        r"nose)\b[^.!?;]{0,30}\b(?:is |looks |looking |went )?(?:bent|deformed|out of place|at a "
        r"(?:weird|funny|strange) angle|crooked|wonky|sticking up|the wrong way|a funny shape|a "
        r"weird shape)\b|\bfell\b[^.!?;]{0,40}\b(?:cannot|unable to|could not) (?:get up|stand up|"
        r"move)\b|\b(?:hip|hips)\b[^.!?;]{0,30}\b(?:after (?:a|the|her|his) fall|cannot (?:walk|"
        r"stand|move))\b|\b" + CANT + r" (?:put|bear|stand|walk) (?:any )?(?:weight|on it|on (?:my"
        r"|his|her) (?:leg|foot|ankle))\b|\bdislocated\b"
        r"|\b(?:leg|arm|wrist|ankle|shoulder|hip|knee)\b[^.!?;]{0,20}\b(?:looks|is|went) (?:wrong|o"
        r"dd|weird|funny|deformed|out of place)\b"
        r"|\b(?:twisted|sprained|hurt|injured|fell on|landed on|banged|bent back)\b[^.!?;]{0,30}\b("
        r"?:wrist|ankle|arm|leg|knee|elbow|shoulder|hand|foot|thumb|finger)\b[^.!?;]{0,40}\b(?:cann"
        r"ot|can not|can barely|can hardly|unable to|could not) (?:move|use|bend|straighten|lift|gr"
        r"ip)\b"
    ),
    "eye_chemical": (
        r"\b(?:chemicals?|bleach|acid|alkali|cleaner|oven cleaner|lime|cement|ammonia|drain cleaner"
        r"|caustic|solvent|pepper spray|detergent)\b[^.!?;]{0,40}\b(?:in|into) (?:my|his|her|their|"
        r"the|both) eyes?\b|\b(?:splash\w*|sprayed|squirted|got) [^.!?;]{0,30}\b(?:in|into) (?:my|"
        r"his|her|their) eyes?\b[^.!?;]{0,30}\b(?:burn\w*|chemical|bleach|acid|sting\w*)\b|\b"
        r"(?:something|glass|metal|wire|a nail|a stick) (?:went |go |is |has gone )?(?:into|in|"
        r"stuck in) (?:my|his|her|their) eye(?:ball)?\b|\beye (?:is )?(?:bleeding|punctured|cut)\b"
        r"|\beyes? (?:got |was |were |has been |have been )?(?:splashed|sprayed|squirted) with\b|\b"
        r"(?:splashed|sprayed|squirted) (?:in|into) (?:the|his|her|my|their) eyes?\b"
    ),
    "red_eye_vision": (
        r"\beye\b[^.!?;]{0,40}\b(?:red|painful|hurts)\b[^.!?;]{0,40}\b(?:vision|blurry|sight|"
        r"blurred)\b|\b(?:red|painful) eye\b[^.!?;]{0,40}\b(?:vision|blurry|blurred|sight)\b"
        r"|\bvision\b[^.!?;]{0,30}\b(?:blurry|blurred)\b[^.!?;]{0,30}\beye\b[^.!?;]{0,20}\b(?:red|"
        r"painful)\b"
        r"|\beye (?:pain|redness)\b[^.!?;]{0,60}\b(?:vision|blurry|blurred|sight)\b|\b(?:painful|so"
        r"re|red) eyes?\b[^.!?;]{0,60}\b(?:vision|blurry|blurred)\b"
    ),
    "heat": (
        r"\bheat ?stroke\b|\bstopped sweating\b|\b(?:in|out in) the (?:sun|heat) all day\b|\bheat "
        r"exhaustion\b|\bskin (?:is )?(?:hot and dry|dry and hot|burning hot)\b|\b(?:very|really|"
        r"extremely|burning|so) hot (?:to the touch|and confused|and not sweating)\b|\bnot sweating"
        r"\b|\bhyperthermia\b|\bvery hot\b"
        r"|\bmarathon\b|\bhalf marathon\b|\bran (?:a|the) (?:race|10k|half)\b"
    ),
    "hypothermia": (
        r"\bhypothermi\w+\b|\bfreezing cold and (?:confused|drowsy)\b|\b(?:fell|been) in (?:icy"
        r"|freezing|cold) water\b"
    ),
    "kidney_stone": (
        r"\bkidney stones?\b|\brenal colic\b|\b(?:comes|coming) in waves\b|\bpain in (?:my|his|her)"
        r" (?:side|flank|back)\b[^.!?;]{0,30}\bwaves\b"
    ),
    "vomit_persistent": (
        r"\b(?:vomiting|throwing up|being sick|sick|vomited)\b[^.!?;]{0,30}\b(?:for (?:\d+|twenty|"
        r"two|three|a (?:day|whole day)|24|48|hours|days)|all day|all night|since (?:last night|"
        r"yesterday|this morning|\w+day)|non ?stop|everything|over \d+ hours|every (?:hour"
        r"|half hour|"
        r"time))\b|\b" + CANT + r" keep (?:anything|any fluids|fluids|water|food|liquids|drinks|"
        r"anything) down\b|\b(?:not|no|is not) (?:able to )?keep(?:ing)? (?:anything|fluids|water|"
        r"food|drinks|milk) down\b|\bcannot keep (?:anything|water|fluids|food|liquids) down\b"
        r"|\bkeeps? (?:on )?(?:vomiting|being sick|throwing up|puking)\b|\bvomited (?:\d+|three|fou"
        r"r|five|six|several|many|lots of) times\b"
        r"|\b(?:thrown up|been sick|vomited|threw up|puked) (?:\d+|two|three|four|five|six|several|"
        r"many|loads of|lots of) times\b"
    ),
    "foreign_throat": (
        r"\b(?:fish ?bone|bone|something|food|coin|object|pill|tablet|piece of \w+)\b[^.!?;]{0,25}"
        r"\b(?:stuck|lodged) in (?:my|his|her|the|their) (?:throat|oesophagus|esophagus|gullet|"
        r"food pipe)\b"
    ),
    "bp_word": r"\bblood pressure\b|\bbp\b|\bhypertensi\w+\b",
    "severe_headache": (
        r"\b(?:severe|terrible|horrible|awful|excruciating|unbearable|splitting|blinding|pounding|"
        r"really bad|bad|intense|worst|agoni[sz]ing|crushing)\b[^.!?;]{0,15}\b(?:headache|migraine"
        r"|head pain)\b|\bheadache\b[^.!?;]{0,30}\b(?:will not go away|that will not go|not going "
        r"away|for (?:\d+|two|three|four|five|several) days|is killing me|unbearable|severe)\b"
    ),
    "sprain": r"\b(?:twisted|sprained|rolled|hurt|injured) (?:my|his|her) (?:ankle|knee|wrist)\b",
    "eye_pain": r"\beye\b[^.!?;]{0,30}\b(?:painful|pain|hurts|red)\b",
    "fluid_loss": r"\bdiarrh\w+\b|\bvomiting\b|\bthrowing up\b|\bbeing sick\b",
    "cannot_stand": r"\b" + CANT + r" (?:stand up|stand|get up|walk)\b",
    "rash": r"\brash\b|\bspots\b|\bblotches\b|\bhives\b",
    "throat_itch": (
        r"\bthroat (?:is |feels )?(?:itchy|itching|tingly|tingling|scratchy)\b|\bitchy (?:throat|"
        r"mouth)\b|\bmouth (?:is |feels )?(?:itchy|tingly|tingling|burning)\b"
        r"|\btongue (?:is |feels )?(?:tingling|tingly|itchy|itching|prickly|fuzzy)\b|\b(?:tingling|"
        r"itchy|tingly) (?:tongue|lips|mouth)\b"
    ),
    "strong_allergen": (
        r"\b(?:allerg(?:ic|y|ies)|anaphyla\w*|epipen|peanuts?|nuts?|cashews?|almonds?|walnuts?|"
        r"pistachios?|hazelnuts?|shellfish|shrimp|prawns?|lobster|crab|sesame|stung|sting|bee|wasp|"
        r"hornet|penicillin|amoxicillin)\b"
        r"|\bby accident\b"
        r"|\bfirst dose\b|\bnew (?:medication|medicine|drug|tablets?|pills?|antibiotics?)\b|\b\w*(?"
        r":cillin|amoxiclav|mycin|floxacin|cef\w+|sulfa\w*|trimethoprim)\b|\bafter (?:taking|starti"
        r"ng) (?:the|a|my|his|her) (?:new )?\w+\b"
    ),
    "jaundice": r"\b(?:yellow|jaundice\w*)\b",
    "not_feeding": (
        r"\b(?:not|is not|will not|has not been|stopped|refusing to|refuses to|barely|hardly) "
        r"(?:feeding|eating|drinking|taking (?:her|his|any) (?:milk|bottle|feeds?))\b|\bwill not "
        r"feed\b|\boff (?:his|her) (?:feeds?|milk)\b|\brefusing (?:feeds|bottles?|the breast)\b"
    ),
    "chronic": (
        r"\bfor (?:months|years|ages|a long time|the last (?:few )?(?:months|years))\b|\b(?:doctor"
        r"|gp"
        r"|cardiologist|consultant) (?:says|said|thinks|thought) (?:it is|its|it was|that it is)\b"
        r"|\bdiagnosed (?:as|with)\b|\b(?:was|been|got) (?:checked|investigated|seen)\b|\bjust want"
        r" (?:some )?reassurance\b"
    ),
    "bilious": (
        r"\b(?:vomiting|throwing up|being sick|sick|vomit|vomited"
        r"|threw up) (?:up )?(?:is )?(?:bright |dark )?green\b|\bgreen (?:vomit|sick|bile)\b"
        r"|\bvomiting bile\b"
    ),
    "cauda_equina": (
        r"\bnumb(?:ness)? (?:around|in|on|between) (?:my |his |her )?(?:bum|bottom|groin|saddle"
        r"|genitals|"
        r"inner thighs|back passage)\b|\b(?:cannot|could not|can not) (?:control|feel|hold) (?:my "
        r"|his "
        r"|her )?(?:bladder|bowels?|wee|pee|poo)\b|\bwet (?:myself|himself|herself)\b|\bsaddle "
        r"(?:numbness|anaesthesia|anesthesia)\b"
    ),
    "back_pain": (
        r"\bback (?:pain|ache|hurts|is (?:killing|agony|really painful))\b|\bbackache\b"
        r"|\bsciatica\b|\bslipped disc\b"
    ),
    "retention": (
        r"\b(?:cannot|could not|can not|unable to|have not been able to) (?:pee|wee|urinate|pass "
        r"urine|pass water)\b(?:[^.!?;]{0,30}\b(?:all day|since|hours|at all))?"
        r"|\b(?:has not|had not|have not) been able to (?:pee|wee|urinate|pass urine|pass water)\b|"
        r"\bnot (?:able to|been able to) (?:pee|wee|urinate|pass urine)\b"
    ),
    "tearing_pain": (
        r"\b(?:tearing|ripping)\b[^.!?;]{0,30}\b(?:pain|feeling)\b"
        r"|\bpain\b[^.!?;]{0,30}\b(?:tearing|"
        r"ripping)\b"
    ),
    "indigestion": r"\bheartburn\b|\bindigestion\b|\breflux\b|\btrapped wind\b",
    "ongoing_minutes": (
        r"\b(?:for|since|over|past|last|about|nearly|almost|been|the last"
        r"|the past)\b[^.!?;]{0,15}\b"
        r"(?:\d+|fifteen|twenty|thirty|forty|forty-five|ten|an?|half an?|a couple of|few|several) "
        r"?(?:minutes|mins|hours?|hrs)\b|\b(?:\d{2}|fifteen|twenty|thirty|forty|forty-five) ?"
        r"(?:minutes|mins)\b(?! ago)|\bsince (?:i woke up|this morning|an hour|breakfast|lunch"
        r"|dinner"
        r"|earlier today)\b|\b(?:\d+|an|one|two|three) hours?\b(?! ago)"
    ),
    "severe_pain_any": (
        r"\b(?:severe|excruciating|unbearable|agoni[sz]ing|worst|horrendous|extreme|crippling|"
        r"screaming|intense)\b[^.!?;]{0,20}\bpain\b|\bin (?:absolute |real )?agony\b|\bpain is "
        r"(?:unbearable|excruciating|10/10|horrendous|off the charts)\b|\bscreaming in pain\b"
    ),
    "sugar_high_word": (
        r"\b(?:meter|monitor|reading|glucometer) (?:says|said|reads|shows|showing) (?:hi|high)\b|\b"
        r"(?:blood )?sugars? (?:is |are |has been |have been )?(?:very |really |super "
        r"|sky )?(?:high|hi)"
        r"\b|\bhigh blood sugars?\b|\bhyperglyc\w+\b"
    ),
    "foreign_body": (
        r"\b(?:up|in|into|inside) (?:his|her|my|their|the) (?:nose|nostril|ear"
        r"|ears)\b(?:[^.!?;]{0,15})?"
        r"|\b(?:bead|pea|button|stone|lego|crayon|sweetcorn|bean|toy|rubber|piece of \w+) (?:up|in|"
        r"into) (?:his|her|my|their) (?:nose|nostril|ear)\b"
    ),
    "itch_preg": r"\bitch\w*\b[^.!?;]{0,40}\b(?:palms|soles|hands and feet|feet and hands)\b",
    "prostrate": (
        r"\b(?:cannot|could not|unable to|too weak to) (?:get|climb) out of (?:bed|the chair"
        r"|her chair|"
        r"his chair)\b|\b(?:very|extremely|so|really) weak\b|\btoo weak to\b|\bcannot (?:stand|"
        r"sit) up\b|\bbed ?bound\b"
    ),
    "took_something": (
        r"\b(?:has|have|had|may have|might have|must have|think (?:he|she|they|i) (?:has |have )?)"
        r" ?(?:taken|took|swallowed|drunk|drank|had|snorted|smoked) (?:something|some drugs|drugs"
        r"|an "
        r"unknown|some pills|pills|a pill|some tablets|a bunch of|loads of)\b|\b(?:took|taken"
        r"|dropped"
        r"|swallowed) (?:some )?(?:drugs|a pill|pills|something)\b"
    ),
    "animal_bite": (
        r"\b(?:bat|fox|monkey|raccoon|racoon|stray dog|stray cat|wild animal|squirrel"
        r"|skunk)\b[^.!?;]{0,20}\b(?:bit|bite|bitten|scratched|scratch)\b|\b(?:bitten|scratched"
        r"|bit) by (?:a |an )?(?:bat|fox|monkey|raccoon|racoon|stray|wild)\b"
    ),
    "puncture": (
        r"\b(?:nail|needle|glass|metal|spike|syringe|fish ?hook)\b[^.!?;]{0,25}\b(?:went|go|gone|"
        r"going|stuck) (?:through|into|in)\b|\bstood on (?:a|an) (?:nail|needle|syringe|rusty)\b|"
        r"\bneedle ?stick\b|\bpuncture wound\b|\brusty nail\b|\bused needle\b"
        r"|\b(?:stepped|trod|trodden|stood) on (?:a|an|some) (?:\w+ )?(?:nail|needle|syringe|glass|"
        r"sharp)\b"
    ),
    "hearing_loss": (
        r"\b(?:sudden(?:ly)?|overnight|woke up)\b[^.!?;]{0,30}\b(?:cannot hear|lost (?:my |the )?"
        r"hearing|deaf|hearing loss|muffled hearing)\b|\bsudden (?:hearing loss|deafness)\b"
    ),
    "cord": (
        r"\b(?:umbilical|cord stump|belly button|umbilicus)\b[^.!?;]{0,30}\b(?:smelly|smells|red"
        r"|redness|pus|oozing|discharge|bleeding|swollen)\b"
    ),
    "ambulance": (
        r"\bcalled (?:an ambulance|999|911|112|000|the paramedics)\b"
        r"|\bambulance (?:is )?(?:on (?:its|"
        r"the) way|coming)\b|\bwaiting for (?:the|an) ambulance\b"
        r"|\bparamedics (?:are )?(?:on their "
        r"way|coming|here)\b"
        r"|\b(?:paramedics|ambulance|the ambulance|medics) (?:is |are )?(?:\d+|five|ten|a few) (?:m"
        r"inutes|mins) away\b"
    ),
    "leg_pain": (
        r"\bpain in (?:my|his|her|their|the) (?:left |right )?(?:leg|calf|thigh)\b|\b(?:leg"
        r"|calf) (?:pain|hurts|is painful|is sore|ache)\b"
    ),
    "told_to_attend": (
        r"\b(?:hospital|doctor|gp|nurse|111|surgery|clinic|lab)\b[^.!?;]{0,30}\b(?:wants|told|said"
        r"|asked)"
        r" (?:me|him|her|us|them) to (?:come in|go to (?:a&e|the er|hospital|the hospital)|go in"
        r"|come "
        r"back|attend)\b|\btold to go to (?:a&e|the er|the emergency|hospital)\b"
    ),
    "necrosis": (
        r"\b(?:wound|skin|cut|toe|toes|foot|leg|finger)\b[^.!?;]{0,30}\b(?:black|blackened|turning "
        r"black|dead|grey and dead|purple-black|blistering and black)\b|\bblack (?:around|at) the "
        r"edges\b|\bgangren\w+\b|\bnecrotis\w+\b|\bflesh[- ]eating\b|\bcrackling under the skin\b"
    ),
    "total_dysphagia": (
        r"\b(?:cannot|could not|can not|unable to) swallow (?:anything|even (?:water"
        r"|my (?:own )?saliva|my spit))\b|\beven (?:my )?(?:own )?(?:saliva|spit)\b"
    ),
    "urine_blood": (
        r"\bblood in (?:my|his|her|the) (?:urine|pee|wee)\b|\b(?:urine|pee|wee) (?:is |was "
        r"|looks )?(?:red|bloody|pink|dark red|full of blood)\b|\bpeeing blood\b|\bblood when (?:i"
        r"|he|she) (?:pee|wee|urinate)\b"
    ),
    "stool_blood": (
        r"\bblood (?:in|on) (?:his|her|their|the|my) (?:nappy|nappies|diaper|poo|poop|stool"
        r"|stools)\b|"
        r"\bredcurrant jelly\b|\bbloody (?:poo|poop|stools?|nappy|diaper)\b|\b(?:poo|stool|nappy) "
        r"(?:with|full of) blood\b"
    ),
    "low_oxygen": (
        r"\b(?:oxygen|o2|sats|saturation|saturations|spo2|oximeter"
        r"|pulse ox)\b[^.!?;]{0,25}?\b(?P<sat>"
        r"[5-9]\d) ?(?:%|percent)?"
    ),
    "vomit_blood_mild": (
        r"\b(?:a few |some |small |tiny |little )?(?:streaks?|specks?|flecks?|traces?|spots?|tinge|"
        r"bits?) of blood\b(?=[^.!?]{0,40}\b(?:vomit|sick|retch|throw|threw))|\b(?:vomit\w*"
        r"|threw up|"
        r"throwing up|being sick|retching)\b[^.!?]{0,60}\b(?:streaks?|specks?|flecks?|traces?"
        r"|spots?|"
        r"tinge|bits?) of blood\b"
    ),
    "bleed_recurrent": (
        r"\b(?:keeps?|kept) (?:on )?(?:restarting|starting again|bleeding|opening up"
        r"|re-?opening)\b|"
        r"\bbleeding (?:keeps|that keeps|kept) (?:coming back|restarting|starting)\b"
    ),
    "cord_prolapse": (
        r"\bcord (?:came|is|has come|coming|hanging|has slipped|slipped) (?:out|down|through)\b"
        r"|\bcord "
        r"prolapse\b|\b(?:can|could) see the (?:umbilical )?cord\b"
        r"|\bsomething (?:is )?hanging out\b"
    ),
    "preg_trauma": (
        r"\b(?:fell|fall|fallen|tripped|slipped|hit|kicked|punched|landed|crashed|car accident"
        r"|car crash|"
        r"knocked)\b[^.!?;]{0,30}\b(?:bump|belly|stomach|tummy|abdomen)\b|\b(?:car accident"
        r"|car crash|"
        r"rear-ended|fell down the stairs)\b"
    ),
    "large_local": (
        r"\b(?:stung|sting|bite|bitten)\b[^.!?;]{0,60}\b(?:whole|entire) (?:arm|leg|hand|foot|face|"
        r"side)\b|\b(?:whole|entire) (?:arm|leg|hand|foot) (?:has |is )?(?:swollen|swelled"
        r"|swelling|"
        r"puffed)\b"
    ),
    "eye_injury": (
        r"\b(?:scratched|poked|hit|injured|cut|stabbed|jabbed|caught) (?:in )?(?:my|his|her|their) "
        r"eye\b|\beye (?:got|was|has been|is) (?:scratched|poked|hit|injured|cut)\b|\b(?:something|"
        r"grit|metal|a splinter|glass) (?:stuck )?in (?:my|his|her|their) eye\b"
        r"|\b(?:hit|struck|poked|punched|jabbed|whacked) (?:in|on) the eye\b|\b(?:ball|stick|branch"
        r"|finger|fist|elbow|cork|stone|firework)\b[^.!?;]{0,30}\b(?:in|into|to) (?:the|my|his|her)"
        r" eye\b"
    ),
    "anorexia": r"\bno appetite\b|\bloss of appetite\b|\boff (?:my|his|her) food\b|\bnot hungry\b",
    "drug_rash": (
        r"\b(?:rash|hives|itchy spots|red spots|welts)\b[^.!?;]{0,40}\b(?:after|since) (?:starting|"
        r"taking|i started|he started|she started|the new|my new)\b|\b(?:rash|hives)\b[^.!?;]{0,40}"
        r"\b(?:amoxicillin|penicillin|antibiotics?|new (?:tablets?|medication|pills|meds))\b"
    ),
    "overheating": (
        r"\b(?:very|really|so|extremely|burning) hot\b|\boverheating\b|\bhyperthermi\w+\b|\bhot to "
        r"(?:the )?touch\b"
    ),
    "dying_feel": (
        r"\b(?:feel|feels|feeling) like (?:i am|he is|she is|i was|i will|i am going to) (?:dying"
        r"|going to die|die)\b|\bthink i am dying\b"
    ),
}

# Features that describe a *topic* only; used to pick the category of a routine text.
TOPIC_WORDS: dict[str, str] = {
    "cardiac": (
        r"\bheart\b|\bchest\b|\bcardiac\b|\bcholesterol\b|\bpalpitations?\b|\bangina\b|\becg\b"
        r"|\bekg"
        r"\b|\bstatins?\b|\baspirin\b|\bcoronary\b"
    ),
    "stroke": r"\bstrokes?\b|\btia\b|\bmini[- ]?stroke\b|\bnumbness\b",
    "breathing": (
        r"\bbreath\w*\b|\basthma\b|\binhaler\b|\bcough\b|\bwheez\w*\b|\bchoking\b|\bheimlich\b"
        r"|\bcopd\b|\blungs?\b|\btracheotomy\b|\bscuba\b|\bnose\b"
    ),
    "allergy": (
        r"\ballerg\w+\b|\banaphyla\w+\b|\bepipen\b|\bhives\b|\bstung\b|\bsting\b|\bpeanut\w*\b"
    ),
    "poisoning": (
        r"\bpoison\w*\b|\boverdos\w+\b|\bswallow\w*\b|\bcleaning products\b|\bchocolate\b|\bcarbon "
        r"monoxide\b|\bbleach\b|\bheroin\b|\bcodeine\b"
    ),
    "bleeding": r"\bbleed\w*\b|\bblood loss\b|\bcut\b|\bplaster\b",
    "neuro": (
        r"\bseizures?\b|\bepilep\w+\b|\bheadaches?\b|\bmigraines?\b|\bbrain\b|\bconcussion\b"
        r"|\bhead\b|\bfaint\w*\b|\bdizz\w+\b"
    ),
    "self_harm": r"\bsuicid\w*\b|\bself[- ]?harm\w*\b|\bdepress\w+\b|\bwant(?:ing)? to die\b",
    "pregnancy": (
        r"\bpregnan\w*\b|\bpreeclampsia\b|\bpre-eclampsia\b|\blabou?r\b|\bmiscarriage\b"
        r"|\bbirth\b|\bmidwife\b|\btrimester\b"
    ),
    "pediatric": CHILD_WORDS + r"|\b\d+ (?:month|week|day) old\b|\bmmr\b|\bteething\b",
    "infection": (
        r"\bfever\b|\bflu\b|\bcold\b|\binfection\b|\bcontagious\b|\bmeningitis\b|\bsepsis\b"
        r"|\bpneumonia\b|\bantibiotics?\b|\bchickenpox\b|\bsore throat\b|\bincubation\b|\bvirus\b"
        r"|\bcovid\b"
    ),
}

# --------------------------------------------------------------------------------------------
# Self-harm. Recall matters most here: anything that reads as current ideation counts.
# --------------------------------------------------------------------------------------------

_SELF = r"(?:myself|himself|herself|themselves|themself|yourself|ourselves)"

SELF_HARM_IDEATION = (
    r"\b(?:kill|killing|kil|killed|end|ending|take|taking|off|offing|top|topping|hang|hanging|"
    r"drown|drowning|shoot|shooting|poison|poisoning|gas|gassing|starve|starving) " + _SELF + r"\b"
    r"|\b(?:end|ending|ended|take|taking|took) (?:my|his|her|their|your) (?:own )?li(?:fe|ves)\b"
    r"|\b(?:end|ending) (?:it all|everything|my existence)\b|\b(?:want|wanting|wants|going|ready|"
    r"plan|planning|thinking|think|thought|thoughts|decided|about|should|just|to|gonna|could|will|"
    r"might) (?:to |of |about |on )?(?:just )?(?:end|ending) (?:it|things|this"
    r"|my suffering)\b(?! with\b| off\b)"
    r"|\bsuicid\w*\b|\bself[- ]?harm\w*\b"
    r"|\b(?:want|wanted|wanting|wants|ready|wish|wishing|would like|like|going|trying|tried) to "
    r"(?:die|be dead|disappear (?:forever|for good)|not exist|stop existing|not be alive|not be "
    r"here|sleep forever|just die)\b"
    r"|\b(?:wish|wishing|hope|hoping) (?:i|he|she) (?:was|were|would be|could be|would) (?:dead|"
    r"die|gone|not here)\b|\bwish(?:es|ed)? (?:i|he|she|they) (?:was|were|could be"
    r"|would be) dead\b|\bwish (?:i|he|she) (?:had|was|were|would|would have) (?:never"
    r"|not) (?:been born|born|existed|"
    r"woke up)\b|\b(?:to|and|i|just|would|could|so i) (?:never|not) wake (?:up|again)\b"
    r"|\b(?:do not|does not|no longer|not) (?:want|wanna|wish) to (?:be here|be alive|live|exist|go"
    r" on|wake up|be around|keep going|keep living|carry on)\b|\b(?:do not|does not) know if (?:i|"
    r"he|she) (?:want|wants) to (?:live|be here|go on|keep going)\b|\b(?:do not|does not) want to "
    r"(?:do this|do life) anymore\b"
    r"|\bbetter off (?:without (?:me|him|her)|if i (?:was|were) (?:gone|dead|not here)|dead)\b"
    r"|\b(?:would|will|be) (?:be )?(?:better|happier) (?:off )?(?:without me|if i (?:was|were)"
    r"(?: not)? (?:gone|dead|here|around|alive|not here))\b|\bbetter off dead\b"
    r"|\b(?:no|not any|nothing|any|zero) (?:reason|point) (?:to|in|of|for) (?:live|living|life|"
    r"going on|carrying on|keep going|being alive|being here|me being here|anything anymore)\b"
    r"|\bwhat is the point (?:of|in) (?:living|life|going on|anything|carrying on|being alive|"
    r"being here|me)\b|\bnothing (?:left )?to live for\b|\bnot worth living\b|\blife is (?:not|no"
    r" longer) worth\b|\b(?:tired|sick|weary) of (?:living|being alive|life|existing|being here)"
    r"\b|\bgiv(?:e|ing|en) up on (?:life|living|everything)\b|\b(?:do not|does not) see (?:the|any)"
    r" point (?:in |of )?(?:living|life|going on|anymore|carrying on|being here|in anything)\b"
    r"|\bcannot go on (?:living|like this|anymore)\b|\bcannot keep going\b|\bcannot do (?:this|"
    r"life) anymore\b|\bno point (?:in )?(?:living|going on|anymore)\b"
    r"|\b(?:no one|nobody|no-one) (?:would|will) (?:even )?(?:notice|care|miss me)\b[^.!?;]{0,25}"
    r"\b(?:if|when) (?:i|he|she)\b|\b(?:no one|nobody|no-one) would (?:even )?miss (?:me|him|her)"
    r"\b|\bif (?:i|he|she) (?:was|were|disappeared|died|was gone|were gone)\b[^.!?;]{0,30}\b(?:no"
    r" one|nobody|anyone) (?:would|will) (?:notice|care|miss)\b|\bnot be missed\b"
    r"|\b(?:i am|i feel like|feel like|i am just|i am such) (?:just )?a burden\b|\bburden (?:to|on)"
    r" (?:everyone|my family|everybody|them|you all|the world)\b"
    r"|\b(?:want|wanting|wants|going|need|needing|needs|urge|tempted|trying not) to (?:hurt|harm"
    r"|cut|"
    r"burn|punish|starve) (?:myself|himself|herself|themselves)\b|\b(?:i|he|she|they) (?:am|is|are|"
    r"has been|have been|keeps?|started|been) cutting(?: again)?\b(?! (?:the|his|her|their|my|up"
    r"|down"
    r"|out|back|off|it|food|class|school|hair|carbs|sugar|grass|wood|paper|corners|ties|me))"
    r"|\b(?:hurting|harming|cutting|burning|scratching|hitting|starving|punishing) (?:myself|"
    r"himself|herself|themselves)\b|\b(?:hurt|harm|cut|burn|burned|burnt|punish) (?:myself|himself"
    r"|herself|themselves)\b[^.!?;]{0,30}\b(?:on purpose|deliberately|intentionally|to feel|to "
    r"cope|again|to punish|because i|so i)\b|\b(?:slit|slitting|slash|slashing|cut|cutting) (?:my"
    r"|his|her|their) wrists?\b|\b(?:cutting|cut|burning) (?:my|his|her) (?:arms|thighs|legs|skin)"
    r" (?:again|on purpose|deliberately|deeply|badly|really deep|so deep|to cope)\b"
    r"|\b(?:thoughts?|thinking|thought|think|thinks|thinking a lot|dreams?) (?:about|of) (?:suicide"
    r"|killing (?:my|him|her)self|ending (?:it(?! with\b)|my life|things(?! with\b)|everything"
    r"|my own life)|taking my "
    r"(?:own )?life|dying|death|not being here|not waking up|hurting myself|jumping|being dead)\b"
    r"|\bintrusive thoughts about (?:dying|death|killing)\b|\bdark thoughts\b"
    r"|\b(?:urges?) (?:to (?:self[- ]?harm|cut|hurt|die|end|kill)|are back|is back|came back|"
    r"returned|are getting stronger)\b|\bthe urges\b"
    r"|\b" + CANT + r" see (?:a|any) way out\b|\bno way out\b|\b(?:do not|does not) want to (?:be|"
    r"stay) (?:alive|here)\b|\b(?:want|wish) (?:it|everything|this) (?:to )?(?:all )?(?:to )?end"
    r"\b|\bwant to (?:just )?disappear\b|\bwish i could (?:just )?(?:disappear|vanish|not exist)\b"
    r"|\bwant the pain to (?:stop|end) "
    r"(?:forever|for good|permanently)\b|\bi am done with (?:life|living|everything|it all)\b"
    r"|\bjoin (?:him|her|them) (?:in heaven|soon|there)?\b(?=[^.!?;]{0,5}(?:$|[.!?;]))"
    r"|\b(?:i will|i would|i might|i am going to|i could|i may) (?:end up )?(?:hurt|harm|kill|cut|"
    r"hurting|harming|killing|cutting) myself\b|\b(?:scared|afraid|worried|frightened|terrified) "
    r"(?:that )?i (?:will|might|would|am going to) (?:do something|hurt|harm|kill|end)\b"
    r"|\b(?:planning|plan|planned|thinking|decided) on (?:ending|killing|taking) (?:it|things|my "
    r"life|myself|my own life)\b"
    r"|\b(?:think|thinking|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:about"
    r"|of) (?:just )?(?:not "
    r"waking up|not being here|not existing|dying|disappearing)\b"
    r"|\bmiss (?:me|him|her) if (?:i|he|she) (?:was|were|died|disappeared|left|went)\b|\bnotice if "
    r"(?:i|he|she) (?:was|were) (?:gone|not here|dead)\b|\bif i (?:was|were) (?:gone|dead|not here|"
    r"not around)\b|\bbeing a burden\b|\bthinking (?:of|about) (?:stepping|jumping|throwing "
    r"myself|walking) (?:off|in front|into|out)\b|\b(?:step|stepping|walk|walking|throw myself|"
    r"throwing myself) (?:off|over) (?:the|a|this|my) (?:edge|ledge|roof|bridge|cliff|balcony"
    r"|top)\b"
    r"|\bcutting (?:her|his|their|my) (?:arms?|legs?|wrists?|thighs?|skin|stomach|tummy)\b"
    r"|\b(?:driving|crashing|steering|swerving|walking|stepping|jumping|running) (?:my car "
    r"|the car )?"
    r"(?:into|in front of) (?:oncoming )?(?:traffic|a wall|a tree|the river|the sea|the road|a "
    r"lorry|a truck|a bus|a train)\b"
    r"|\b(?:easier|better|simpler|happier|best|kinder|relieved|glad|happy|fine|okay)\b[^.!?;]{0,30}"
    r"\bif i (?:just )?(?:was not|"
    r"were not|did not exist|disappeared|died|vanished|was gone|were gone|was dead|were dead|"
    r"was not here|was not around|died|killed myself)\b|\b(?:want|wish|need) (?:it|this|everything"
    r"|it all|my life|"
    r"life) (?:all )?to (?:just )?(?:be over|end|stop|finish)\b|\bwant (?:it|this|everything) "
    r"(?:all )?over\b|\b(?:want|going|ready|about|need) to jump\b"
    r"|\b(?:hop(?:e|ing)|pray(?:ing)?|wish(?:ing)?) (?:that )?(?:i|to) (?:will not|would not|do not"
    r"|never|not) wake (?:up)?\b|\bhope i (?:die|do not wake)\b"
    r"|\bdeserve to die\b|\bshould (?:just )?die\b|\bshould not be alive\b|\bhate being alive\b"
    r"|\b(?:think|thinking|thought|thoughts|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:a lot )?"
    r"(?:about|of) (?:not existing|not being (?:here|alive|around)|disappearing|dying|death|my own "
    r"death|ending (?:it|things)(?! with\b))\b|\b(?:everything|life|my life|living|existence"
    r"|it all) (?:feels|is"
    r"|seems) (?:so |completely |totally |just )?(?:pointless|meaningless|hopeless|not worth it)\b"
    r"|\bwaste of space\b|\b(?:fall asleep|sleep|go to sleep) (?:forever|for ever|permanently|and "
    r"never (?:wake|come back))\b|\bsorry for everything\b|\b(?:he|she|they) (?:loves?|love) "
    r"(?:us|you) all\b|\bnot (?:want|wanting) to (?:be here|live|exist) anymore\b"
    r"|\b(?:do not|does not) deserve to (?:live|be alive|be here|exist)\b|\blethal dose\b"
    r"|\b(?:want|wanting|wants|going|plan|planning|planned|thinking of|thinking about|tempted|"
    r"decided) to (?:overdose|take an overdose|od)\b|\boverdose on purpose\b|\b(?:scratch|"
    r"scratching|hitting|punching|biting|burning|cutting|picking at|bruising) (?:my|his|her|their) "
    r"(?:arms?|skin|legs?|thighs?|wrists?|stomach|face|head)\b[^.!?;]{0,30}\b(?:to cope|until (?:it"
    r"|they) bleeds?|on purpose|to feel|to punish|when (?:i|he|she) (?:feel|feels|am|is))\b"
    r"|\b(?:burn|burned|burnt|burning|cut|cutting|hurt|hurting) (?:myself|himself|herself|"
    r"themselves) (?:with|when|whenever|every time|to)\b"
)

# Looser net: a wish or plan word followed, within the clause, by a not-existing phrase
# ("honestly some days I kind of wish I could just be dead").
SELF_HARM_DESIRE = (
    r"\b(?:wish|wishes|wished|wishing|want|wants|wanted|wanting|hope|hoping|hoped|rather|prefer|"
    r"better off|easier|happier|tired of|sick of|done with|ready to|long to|longing to|pray"
    r"|praying|"
    r"thinking (?:of|about)|think about|thought about|thoughts? (?:of|about)|dream(?:ing)? (?:of|"
    r"about)|plan(?:ning)? to|going to|tempted|urge to|need to|should just|might as well)\b"
)
SELF_HARM_NONEXIST = (
    r"\bto (?:just )?die\b(?! (?:of|for|laughing))|\b(?:i|me) (?:could |would |might |should )?"
    r"(?:just )?die\b(?! (?:of|for|laughing))|\bbe dead\b|\b(?:was|were) dead\b|\bdead (?:instead|"
    r"already)\b|\bto not (?:exist|be here|be alive|wake up)\b|\bnot (?:to )?(?:exist|be here|be "
    r"alive|wake up)(?: anymore| any more| again)?\b|\bnever wake up\b|\bstop existing\b|\b"
    r"disappear (?:forever|for good|permanently)\b|\bend (?:it|it all|things|everything|my life)\b"
    r"(?! with\b| off\b)"
    r"|\bkill(?:ing)? myself\b|\bbe gone\b|\bsleep forever\b|\bending (?:it|it all|things|my "
    r"life)\b(?! with\b| off\b)|\bnot being (?:here|alive|around)\b"
)

# A means, plan, timing or goodbye: with any active ideation the level is emergency.
SELF_HARM_ESCALATORS = (
    r"\b(?:have|got|made|making|with) a plan\b|\bplanning\b|\bplanned\b|\b(?:decided|know|worked "
    r"out|figured out|chosen|picked) (?:how|when|where|what|the day|the date|the place)\b"
    r"|\b(?:going"
    r"|gonna|about|ready|decided) to (?:do it|kill|end|take|jump|hang|shoot|cut|overdose|drive|"
    r"swallow|crash)\b|\bi will do it\b|\bhow (?:many|much) [^.!?;]{0,30}\b(?:would|does|will|to) "
    r"(?:take|kill|need|be enough)\b|\bit would take\b|\blooking up how\b|\bresearch(?:ed|ing) "
    r"(?:how|ways)\b|\bsearch(?:ed|ing) (?:for )?(?:how|ways)\b|\bgoogl(?:ed|ing) (?:how|ways)\b"
    r"|\bways to (?:die|kill|end)\b|\blethal dose\b|\b(?:wait|waiting) (?:until|till|for) everyone"
    r"\b|\b(?:so it|make it) looks? like an accident\b|\b(?:everything|it all|all) (?:is )?"
    r"(?:ready|set|planned|sorted)\b|\bgot everything ready\b|\bhave everything ready\b"
    r"|\b(?:have|has|had|got|gotten|with|holding|hold|bought|buy|buying|collected|saved|found|"
    r"get|getting|keep|keeping|kept|stashed|grabbed|took|take|taking|swallow|swallowing|loaded|"
    r"carrying|carries|sitting here with|holding onto)\b[^.!?;]{0,20}?\b(?:pills|tablets|meds|"
    r"medication|painkillers|paracetamol|sleeping pills|insulin|rope|noose|guns?|firearm|pistol|"
    r"rifle|shotgun|knife|knives|blades?|razors?|bottle of|belt|charcoal|poison)\b"
    r"|\b(?:pills|tablets|meds|rope|gun|knife|blade|razor|noose)s? (?:are |is )?(?:in front of me|"
    r"ready|with (?:me|her|him|them)|in my (?:hand|pocket|bag)|right here)\b"
    r"|\b(?:rope|noose|gun|guns|firearm|pistol|rifle|shotgun|bridge|roof|ledge|cliff|train tracks|"
    r"railway|car exhaust|jump|jumping|overdose|stockpil\w+|saved up|saving up|train station|"
    r"station|platform|tracks|motorway|tall building|top floor|balcony|multi[- ]?storey|car park|"
    r"stepping off|step off)\b|\b(?:cannot|can not|could not) find (?:him|her|them)\b|\b(?:has "
    r"|have )?"
    r"(?:gone )?missing\b|\bno one knows where (?:he|she|they) (?:is|are)\b"
    r"|\b(?:gave|giving|given|give) away (?:all |some of |most of )?(?:my|his|her|their) \w+"
    r"|\b(?:got|have|has) everything (?:i|he|she|they) (?:need|needs)\b"
    r"|\btonight\b|\btomorrow\b|\btoday\b|\bthis (?:weekend|evening|afternoon|week)\b|\bafter "
    r"(?:work|school|everyone|they|the kids)\b|\bright now\b|\bsoon\b|\bin (?:an|a few|\d+) "
    r"(?:hours?|minutes?)\b|\bwhen everyone is asleep\b|\bby (?:the end of|morning|tonight)\b"
    r"|\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|my birthday)\b"
    r"|\bgoodbye\b|\blast (?:post|message|time)\b|\bnote\b|\bletters?\b"
    r"|\b(?:locked|barricaded) (?:my|him|her|them)sel(?:f|ves) in\b|\b(?:will not|does not|is not)"
    r" (?:answer|answering|picking up|reply|replying)\b|\bphone (?:is |has been |was )?(?:off|"
    r"switched off|turned off|dead|going to voicemail)\b|\b(?:cannot|could not|can not) (?:reach"
    r"|get"
    r" hold of|contact) (?:him|her|them)\b|\bnot (?:answering|picking up|replying)\b"
)

# Acts, goodbyes and stockpiles: emergency even without an ideation word.
SELF_HARM_STRONG = (
    r"\b(?:saving|saved|stockpil\w+|hoard\w*|collect(?:ing|ed)|stash\w*|building up|putting aside|"
    r"squirrel\w*|kept|keeping)\b(?: up)?[^.!?;]{0,25}?\b(?:pills|tablets|meds|medication|"
    r"medications|insulin|painkillers|sleeping pills|antidepressants|paracetamol|prescriptions|"
    r"morphine|oxycodone|codeine|tramadol|opioids|diazepam|xanax|valium|fentanyl|methadone|"
    r"lithium|amitriptyline|co-codamol)\b|\b(?:pills|tablets|meds|insulin|painkillers)\b"
    r"[^.!?;]{0,15}\b(?:saved|stockpiled|hoarded|stashed|saving) up\b"
    r"|\b(?:going|ready|about|planning|plan|gonna) to (?:take|swallow|down|neck) (?:all|every one|"
    r"the whole|a whole|the lot)(?: of)?(?: my| the| these| those| his| her)? ?(?:pills|tablets|"
    r"meds|medication|bottle|packet|box|insulin|painkillers|sleeping pills)\b"
    r"|\b(?:going|ready|about) to (?:take|swallow) (?:them|it|all of them|the lot|every one)"
    r"(?: all)?\b|\b(?:pills|tablets)\b[^.!?;]{0,25}\bin front of me\b"
    r"|\b(?:wrote|written|writing|left|leaving|sent|drafted)\b[^.!?;]{0,25}\b(?:note|letter"
    r"|letters|"
    r"message)\b[^.!?;]{0,40}\b(?:explaining why|why (?:i|he|she) (?:had|have|has) to|goodbye|"
    r"forgive me|i am sorry|to remember me|when i am gone|after i am gone)\b"
    r"|\b(?:wrote|written|writing|left|leave|leaving|drafted|finished) (?:a |my |the |her |his |"
    r"some |goodbye )?(?:suicide |goodbye |farewell )?(?:note|notes|letters?)\b(?:[^.!?;]{0,30}"
    r"\bgoodbye\b)?|\bsuicide note\b|\bgoodbye (?:letters?|notes?|messages?|forever|for good|"
    r"everyone|world)\b|\b(?:letters?|notes?|texted|messaged|text|message|video)\b[^.!?;]{0,40}"
    r"\b(?:say|said|saying) goodbye\b|\bthis is (?:my )?(?:goodbye|last (?:post|message))\b"
    r"|\bmy last (?:post|message|day|night)\b|\b(?:will not|would not) be (?:around|here|alive) "
    r"(?:tomorrow|much longer|anymore|by|next|for)\b|\bfinal goodbye\b|\bsay(?:ing)? goodbye "
    r"(?:to everyone|forever|for good)\b|\b(?:giving|given|gave) away (?:all )?(?:my|his|her) "
    r"(?:stuff|things|belongings|possessions|pets|cat|dog)\b"
    r"|\b(?:jump|jumping|throw myself|throwing myself) (?:off|from|in front of|under|into) (?:a|"
    r"the|my|this|that)? ?(?:bridge|building|roof|cliff|balcony|train|bus|car|tower|car park|"
    r"multi[- ]storey|window|ledge|river|traffic|motorway|lorry|truck)\b|\bstep(?:ping)? in front "
    r"of (?:a|the) (?:train|bus|truck|car|lorry)\b|\b(?:drive|driving|crash|crashing|steer|"
    r"steering) (?:my|the) car (?:into|off)\b|\b(?:hang|hanging) myself\b|\b(?:bought|got|have|"
    r"found|tied|made) (?:a|the) (?:rope|noose)\b|\bnoose\b"
    r"|\b(?:decided|know|worked out|figured out|planned) (?:how|when|where) (?:i am|i will|he is|"
    r"she is) going to do it\b|\bgoing to do it (?:tonight|tomorrow|today|this|after|when|soon)\b"
    r"|\bi am on (?:the|a) (?:roof|bridge|ledge|edge)\b|\b(?:standing|sitting|stood|sat|am) (?:on"
    r"|at)"
    r" (?:the |a )?(?:edge of (?:the |a )?)?(?:bridge|ledge|edge|roof|cliff|platform|railing)\b"
    r"|\b(?:do not|does not) want to be (?:saved|found|rescued|stopped)\b"
    r"|\b(?:cut|slit|slashed|sliced) (?:open )?(?:my|his|her|their) wrists?\b"
    r"|\b(?:engine|car|motor) (?:running|on)\b[^.!?;]{0,30}\bgarage\b|\bgarage\b[^.!?;]{0,40}"
    r"\b(?:engine|car|motor) (?:running|on)\b"
    r"|\bhose\b[^.!?;]{0,25}\bexhaust\b|\bexhaust\b[^.!?;]{0,25}\bhose\b"
    r"|\b(?:locked|shut|barricaded) (?:himself|herself|themselves|myself) (?:in"
    r"|inside)\b[^.!?]{0,40}"
    r"\b(?:rope|noose|gun|shotgun|knife|knives|pills|tablets|blade|razor|belt|cord)\b|\bwith (?:a"
    r"|the"
    r"|his|her) (?:rope|noose|gun|shotgun)\b[^.!?]{0,30}\b(?:will not|would not"
    r"|refuses to) (?:come "
    r"out|open|answer|let)\b"
    r"|\b(?:texted|messaged|sent|posted|wrote|said|called|rang)\b[^.!?;]{0,25}\bgoodbye\b"
    r"(?=[^.!?]{0,80}\b(?:not replying|not answering|is not answering|will not answer|phone|thanks "
    r"for everything|thank you for everything|sorry|love you|forever|cannot reach|missing)\b)"
    r"|\bexhaust (?:fumes|pipe)\b[^.!?;]{0,30}\b(?:car|"
    r"hose|myself|inside)\b|\b(?:could not|did not|could not quite|cannot) go through with it\b"
    r"|\b(?:tried|trying|attempted|attempting) to (?:kill|end|hang|drown|suffocate|poison|gas) "
    r"(?:myself|himself|herself|themselves|my life|his life|her life|it all)\b|\b(?:attempted|"
    r"tried) (?:to )?(?:suicide|overdose)\b|\b(?:made|had) a suicide attempt (?:last night|today|"
    r"tonight|this morning|yesterday|an hour ago|earlier)\b"
    r"|\b(?:giving|gave|given|give) (?:all )?(?:my|his|her|their) (?:\w+ )?(?:things|stuff|"
    r"belongings|possessions|clothes|books|games|pets?|cat|dog|savings|money) away\b|\b(?:will not|"
    r"do not think i will|do not think i am going to|not going to) be needing (?:them|it|my \w+|"
    r"anything)\b"
    r"|\b(?:said|say|saying|made|written|sent) (?:all )?(?:my|his|her|their) goodbyes\b"
    r"|\b(?:tonight|"
    r"today|tomorrow) is the (?:night|day)\b|\bdecided (?:that )?(?:tonight|today|tomorrow|this "
    r"weekend) is\b"
    r"|\bhow (?:much|many)\b[^.!?;]{0,40}\b(?:would be|is|are|would) (?:fatal|lethal|deadly|enough "
    r"to (?:die|kill))\b|\b(?:fatal|lethal|deadly) (?:dose|amount|overdose)\b"
    r"|\b(?:googl\w*|search\w*|look\w* up|research\w*|read\w* (?:up )?about|find|found) (?:for "
    r"|up )?"
    r"(?:ways|how|methods|the best way|the easiest way) to (?:die|kill (?:myself|yourself)"
    r"|end (?:it"
    r"|my life)|commit suicide|overdose|hang)\b|\b(?:painless|easiest|quickest|best|fastest|"
    r"surest|quietest|least painful) (?:way|ways|method|methods) to (?:die|kill (?:myself|yourself"
    r")|end (?:it|my life|it all)|commit suicide)\b|\bhow (?:many|much)\b[^.!?;]{0,40}\b(?:to "
    r"(?:kill (?:me|myself|a person|someone|you)|die|end it|not wake up)|(?:would|will|does) it "
    r"take to (?:kill|die|not wake))\b"
    r"|\b(?:i|he|she|they) (?:have |has |just |already )?(?:overdosed|took an overdose|taken an "
    r"overdose)\b(?![^.!?;]{0,25}\b(?:years?|months?) ago\b)"
)
# First-person acts ("took a whole bottle", "swallowed all my"): checked against the subject.
SELF_HARM_ACT = (
    r"\b(?:took|taken|swallowed|have taken|just took|just swallowed|downed|necked|ate)\b"
    r"[^.!?;]{0,30}\b(?:overdose|(?:a load|loads|a lot|a bunch|a handful|handfuls|heaps|tons) of "
    r"(?:pills|tablets|meds|painkillers|paracetamol|sleeping pills)|all (?:of )?(?:my|his|her|the|"
    r"them|their)|whole (?:bottle|packet|"
    r"box|pack|strip)|(?:a|the) (?:bottle|packet|box) of|(?:[2-9]\d|1\d\d) (?:pills|tablets|"
    r"paracetamol|sleeping))\b"
)
# Remote past for self-harm (narrower than PAST_CUES: "if i died" is not the past).
SELF_HARM_PAST = (
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|few|several|many|"
    r"couple of|some)\s+(?:years?|months?|decades?)\s+(?:ago|back)\b|\b(?:years|months|decades) "
    r"ago\b|\blast year\b|\bin (?:19|20)\d\d\b|\bused to\b|\bas a (?:teenager|teen|kid|child|"
    r"student)\b|\bwhen i was (?:younger|a teenager|a teen|a kid|at school|in school|at uni|in "
    r"college|\d+)\b|\bin (?:college|high school|school|university|my teens|my twenties)\b|\bin "
    r"the past\b|\bpreviously\b|\bhistory of\b|\bbeen (?:well|fine|ok|okay|good|stable) (?:since|"
    r"for|ever since)\b"
)
# Not about the writer's (or a named person's) current state.
SELF_HARM_SUPPRESS = (
    r"\bwarning signs?\b|\bsigns (?:that|of|someone)\b|\bhow (?:can|do|should|could) (?:i|we|you) "
    r"(?:help|support|talk to|speak to|bring up|ask|approach|tell)\b|\bhow to (?:help|support|"
    r"talk|ask|spot)\b|\bis it true\b|\b(?:essay|project|statistics|stats|prevention|awareness|"
    r"research|article|documentary|movie|film|song|songs|sang|sings|lyrics|novel|book|character|"
    r"series|show|podcast|lecture|course|training|module|presentation|campaign|charity|hotline "
    r"number|assignment|homework|hotline|helpline|crisis line|lifeline|samaritans)\b|\b(?:someone"
    r"|somebody|a person|anyone|a friend|a loved one)"
    r" (?:who|might|may|could|is|that|with|has|seems)\b|\b(?:people|teens|teenagers|students|"
    r"patients|kids|children|young people) (?:who|with|that|at risk)\b"
    r"|\b(?:asking|ask|talking to|talk to|speaking to|speak to) (?:\w+ ){0,3}about\b"
    r"|\bwhy do (?:people|teens|teenagers|kids|some people|young people|girls|boys)\b|\bhow (?:can"
    r"|do"
    r"|should|could) (?:schools?|teachers|parents|we|you|society|doctors|employers|services|staff|"
    r"managers|nurses|carers)\b (?:reduce|prevent|stop|help|support|spot|deal with|address|tackle|"
    r"respond|react|handle|manage|approach|talk)\b|\bdiscloses?\b|\bdisclosure\b"
    r"|\bamong (?:students|"
    r"teens|teenagers|young people|pupils|adolescents|children|men|women)\b"
    r"|\b(?:died|dies|death|lost \w+) (?:by|from|to) suicide\b|\bcommitted suicide\b"
    r"|\bruns in (?:my|the|our|his|her) family\b|\b(?:genetic|hereditary|inherited|genes)\b"
    r"|\bbooks?\b|\breading\b|\bcoping with (?:a|my|the|his|her"
    r"|their) (?:\w+ )?(?:\w+'s )?suicide\b"
    r"|\bbereaved by suicide\b|\bloss to suicide\b|\bsuicide loss\b"
    r"|\brisk factors? (?:for|of) suicide\b|\bsuicide risk\b|\bin (?:older|young|younger|elderly|"
    r"middle-aged|adult|teenage) (?:men|women|people|adults|boys|girls)\b"
    r"|\b(?:link|links|association|connection|relationship) between\b|\b(?:ways|how) to support\b"
    r"|\bafter (?:a|his|her|their) suicide attempt\b|\bin (?:teenagers|teens|children|young "
    r"people|adolescents|adults|men|women|students)\b"
    r"|\bafter (?:his|her|their|my \w+'s) suicide\b|\bsuicide (?:rate|rates|"
    r"risk factors|prevention|awareness)\b"
)

# --------------------------------------------------------------------------------------------
# Self-harm: families added from an external set (general ways of writing, not sentences).
# --------------------------------------------------------------------------------------------

_ME = r"(?:i|he|she|they)"
# "cannot go on", "I don't think I can do this anymore", "can't keep going" (any subject).
_CANNOT = (
    r"(?:cannot|can not|could not|no longer able to|do not think "
    + _ME
    + r" can|not sure "
    + _ME
    + r" can|do not know (?:if|how) "
    + _ME
    + r" can)"
)
# A death that would simply happen to the writer ("if a bus hit me", "if I died in my sleep").
_DEATH_EVENT = (
    r"(?:(?:a|the) (?:bus|car|truck|lorry|train|plane) (?:hit|hits|ran over|runs over|killed|kills"
    r"|took) me|something (?:happened|happens|bad happened) to me|i (?:just )?(?:died|die|did not "
    r"wake up|never woke up|do not wake up|got hit|get hit|was gone|were gone|was not here|were not"
    r" here|was not around|got run over|got cancer|got sick and died)(?: in my sleep| tomorrow)?)"
)
_PASSIVE_OK = (
    r"(?:would not (?:really |even |honestly )?(?:mind|care)|(?:would|will) (?:honestly |actually )"
    r"?be (?:fine|ok|okay|a relief|nice|relieved|glad|happy|grateful)|not (?:bothered|fussed)"
    r"|(?:i would be|i am) (?:fine|ok|okay|relieved|glad|at peace) with (?:it|that))"
)
SELF_HARM_IDEATION += (
    r"|\b" + _CANNOT + r" (?:go on|carry on|keep going|keep living|keep doing this|do (?:this|it|"
    r"life) (?:anymore|any more|much longer)|take (?:it|this) (?:anymore|any more))"
    r"(?=\s*(?:$|[^\w\s]|anymore\b|any more\b|like this\b|living\b|much longer\b|and\b|but\b|so\b"
    r"|i\b|without\b))"
    r"|\bscared (?:of|about) what (?:i|he|she|they) (?:will|might|could|would|am going to) do\b"
    r"|\b(?:i am|i'm|am|he is|she is|they are) (?:just |really |finally )?(?:ending|going to end"
    r"|gonna end|finishing) (?:it|it all|things|everything|my life|his life|her life)\b"
    r"(?! with\b| off\b)"
    r"|\b(?:thinks|thought|thinking|talks?|talking|talked|wonders?|wondering|keeps thinking) "
    r"(?:a lot |sometimes |often |about |of )?(?:about |of )?(?:not (?:being (?:alive|here|around)"
    r"|existing|waking up|living)|dying|death|being dead|ending (?:it|things|her life|his life|"
    r"my life|their life)(?! with\b)|killing (?:him|her|my|them)self|suicide|disappearing "
    r"(?:forever|for good))\b"
    r"|\bwish(?:es|ed|ing)? (?:i|he|she|they) (?:was|were|had|could be) (?:not|never) (?:alive|"
    r"here|around|born|been born|existed)\b|\bwish(?:es|ed|ing)? (?:i|he|she) (?:was|were) "
    r"(?:never born|not born|gone for good)\b"
    r"|\bif "
    + _DEATH_EVENT
    + r"\b[^.!?]{0,40}?"
    + _PASSIVE_OK
    + r"|\b"
    + _PASSIVE_OK
    + r"\b[^.!?]{0,25}?\bif "
    + _DEATH_EVENT
    + r"\b|\b(?:would not (?:mind|care)|would welcome|would be glad of|long for|longing for|envy) "
    r"(?:dying|being dead|death|not waking up|never waking up|it all ending)\b"
    r"|\b(?:dying|death|being dead|not waking up|never waking up|not existing|not being here|"
    r"disappearing forever|sleep(?:ing)? forever|(?:go|going) to sleep and (?:never|not) wak(?:e|ing)"
    r" up)\b[^.!?]{0,20}?\b(?:sounds?|seems?|feels?|would be|is|looks?) (?:\w+ ){0,2}?(?:nice|"
    r"good|peaceful|appealing|tempting|easier|better|like a relief|a relief|lovely|like bliss|"
    r"inviting)\b"
    r"|\b(?:started|been|keep|keeps|kept|began|begun|back to|went back to|gone back to|relapsed and)"
    r" (?:self[- ]?harming|cutting|burning myself|hurting myself|scratching myself)(?: again)?\b"
    r"(?! (?:the|his|her|their|my|up|down|out|back|off|it|food|class|school|hair|carbs|sugar|"
    r"grass|wood|paper|corners|ties|me|onions|vegetables|meat)\b)|\bcutting again\b"
    r"|\b(?:cut|cuts|cutting|burned|burnt|burning|scratched) (?:myself|my (?:arms?|legs?|wrists?|"
    r"thighs?|skin|stomach)) (?:\w+ ){0,2}?(?:deeper|worse|more|harder) than (?:usual|normal|before"
    r"|ever|last time|i meant|i wanted)\b"
    r"|\b(?:wanted|wanting|wants|wished|wishing|needed) (?:it|this|everything|it all|my life|life)"
    r" (?:all )?to (?:just )?(?:be over|end|stop|finish)\b"
    r"|\b(?:going to|gonna|will|wants? to|threatening to|threatened to|(?:said|says) (?:he|she|"
    r"they) (?:would|will|is going to|was going to|wants to|might)) (?:drive|crash|steer|walk|step"
    r"|jump|run|throw (?:him|her|my|them)sel(?:f|ves)) (?:his |her |my |their |the )?(?:car |van "
    r")?(?:into|in front of|off|under) (?:a|an|the) (?:tree|wall|traffic|river|sea|bridge|train|"
    r"bus|lorry|truck|cliff|road|motorway|building|roof|canal|lake)\b"
)
SELF_HARM_NONEXIST += (
    r"|\b(?:never|not) waking up\b|\b(?:was|were) not (?:alive|here|around)\b"
    r"|\b(?:was|were) never born\b"
)
# A question about how much of a means is lethal, a written note, an unsafe state: emergency.
SELF_HARM_STRONG += (
    r"|\b(?:enough|sufficient) to (?:not wake up|never wake up|kill (?:me|myself|someone|a person)"
    r"|die|end it|end my life|be fatal|be lethal|stop my heart)\b"
    r"|\b(?:the |my )?(?:note|notes|letters?) (?:is|are|has been|have been) (?:written|done|"
    r"ready|finished|left|sealed)\b|\b(?:to|for) whoever finds (?:this|me|it|my)\b"
    r"|\b(?:cannot|can not|could not|do not think i can|not sure i can|unable to) (?:keep|stay) "
    r"(?:myself )?safe\b|\bnot safe (?:from|with|around) myself\b"
    r"|\b(?:hidden|hid|hiding|stashed|stashing|hoarded|stockpiled|collected|saved)\b[^.!?;]{0,30}"
    r"\b(?:pills|tablets|meds|medication|painkillers|insulin|razors?|blades?)\b(?=[^.!?]{0,40}"
    r"\b(?:nobody|no one|no-one|without anyone) (?:knows|knowing|will know)\b)"
)
SELF_HARM_ACT += (
    r"|\b(?:took|taken|swallowed|have taken|just took|just swallowed|downed|necked)\b[^.!?;]{0,25}"
    r"\b(?:[2-9]\d|1\d\d|twenty|thirty|forty|fifty)(?: or so)? (?:of (?:my|the|his|her|their|"
    r"these|those) )?(?:\w+ )?(?:pills|tablets|capsules|paracetamol|painkillers|meds)\b"
)
SELF_HARM_ESCALATORS += (
    r"|\bhow (?:many|much)\b[^.!?;]{0,40}\b(?:would|does|will|do|did) (?:it|they|i need to) "
    r"(?:take|need)\b|\b(?:next to|beside|in front of|near) me\b|\bon my (?:lap|desk|bed|bedside|"
    r"nightstand|table)\b|\bcounted (?:out|up)\b|\blined up\b|\bin my (?:hand|pocket|bag|lap)\b"
    r"|\b(?:hidden|hid|hiding|stashed) (?:under|in|behind|away)\b|\bstaring at\b"
    r"|\bmy (?:mind|decision) is made\b|\bmade (?:my|the) decision\b"
)
# A vague plan, an opportunity and a disclosure: any two together read as an imminent act.
SELF_HARM_PLAN_VAGUE = (
    r"\b(?:everything|it|it all|all) (?:is |has been )?(?:all )?(?:planned|arranged|sorted|"
    r"organised|organized|set up|prepared)\b|\bi have (?:it all|everything) (?:planned|worked out"
    r"|sorted|ready|arranged)\b|\bmy mind is made up\b|\bmade (?:my|the) (?:decision|arrangements)"
    r"\b|\bi (?:know|have decided) (?:how|when) (?:i am going to|i will)\b"
)
SELF_HARM_OPPORTUNITY = (
    r"\bwhen (?:everyone|everybody|no one|nobody|my \w+|the \w+|they|he|she) (?:is|are|will be|has|"
    r"have|goes|go|leaves?|gets?) (?:\w+ )?(?:asleep|away|out|gone|at work|at (?:her|his|their) "
    r"\w+|not home|not in|left|on holiday|to bed)\b|\bwhile (?:everyone|everybody|they|my \w+) "
    r"(?:is|are) (?:asleep|away|out)\b|\b(?:have|will have|got) the (?:house|flat|place) to myself"
    r"\b|\bwhen i am (?:alone|on my own|by myself)\b|\bno one (?:will be|is) (?:home|around|here)\b"
)
SELF_HARM_DISCLOSE = (
    r"\b(?:wanted|want|needed|need) (?:someone|somebody|anyone|one person|you|someone else) to know"
    r"\b|\b(?:wanted|want|needed) to tell (?:someone|somebody|anyone|you|one person)\b|\b(?:to|for)"
    r" whoever finds\b|\bthank(?:s| you) for everything\b|\bplease (?:look after|take care of) "
    r"(?:my|the)\b|\bsorry for everything\b|\bthis is goodbye\b|\bgoodbye\b"
)
# A recent (weeks, not years) past: an attempt then is a current concern, not an emergency.
SELF_HARM_RECENT = (
    r"\blast (?:week|month|weekend)\b|\b(?:\d+|a|one|two|three|four|five|six|few|a few|couple of|"
    r"a couple of) weeks? ago\b|\bthe other (?:week|month)\b|\b(?:a|one|two|three|\d+) months? ago"
    r"\b|\blast (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
SELF_HARM_RECOVERY = (
    r"\b(?:doing|getting|feeling) (?:much |a lot |so much )?(?:better|well|ok|okay)\b|\bin "
    r"(?:therapy|treatment|recovery|counselling|counseling)\b|\brecover(?:ed|ing)\b|\b(?:is|are) "
    r"safe now\b|\bgetting (?:help|support)\b|\bseeing (?:a|her|his|their) (?:counsellor|therapist"
    r"|psychiatrist|counselor)\b|\bout of hospital\b"
)

# --------------------------------------------------------------------------------------------
# Lexicon families added from an external set: other ways people word the same presentations.
# --------------------------------------------------------------------------------------------

_CAR_FLUIDS = (
    r"(?:(?:wind)?screen ?wash(?: fluid)?|washer fluid|windscreen fluid|de-?icer|coolant|brake fluid"
    r"|engine oil|motor oil|carburett?or cleaner|fuel|diesel|methylated spirits?|meths|bleach|"
    r"dishwasher (?:salt|rinse aid)|rinse aid|oven cleaner|drain unblocker|descaler|limescale "
    r"remover|fabric softener|disinfectant|dettol|toilet (?:duck|block)|plant food|fertili[sz]er|"
    r"e-?cig (?:liquid|refill)|nail varnish remover|hair dye|perfume|aftershave|hand gel|"
    r"washing (?:up )?liquid|caustic soda|unblocker)"
)
TOXIC_EXTRA = _CAR_FLUIDS
FEATURES["ingest"] += (
    r"|\b(?:swallow(?:ed|s|ing)?|ate|eaten|drank|drunk|drinking|took|taken|chewed|licked|sucked on"
    r"|gulped|swigged|had a (?:sip|swig|mouthful|gulp) of|got into)\b(?:\W+(?!and\b|but\b|for\b"
    r"|because\b|then\b)[\w']+){0,5}?\W+(?P<subst3>" + _CAR_FLUIDS + r")\b"
)
FEATURES["shivering"] += (
    r"|\b(?:freezing|frozen|ice cold|shivering) (?:one minute )?(?:then|and|,|and then|one minute"
    r" and|the next) (?:\w+ )?(?:boiling|burning up|roasting|sweating|hot)\b|\b(?:boiling|burning"
    r" up|roasting|hot) (?:one minute )?(?:then|and|and then) (?:\w+ )?(?:freezing|shivering|cold)"
    r"\b|\b(?:uncontrollable|violent) shaking\b"
)
FEATURES["mottled"] += (
    r"|\b(?:skin|legs|arms|body|knees)\b[^.!?;]{0,15}\b(?:blotchy|mottled|patchy|marbled|purple "
    r"blotches|purplish)\b"
)
FEATURES["dying_feel"] += (
    r"|\b(?:feel|feels|feeling) (?:like|as if|as though) (?:i am|i am going to|he is|she is|i will|"
    r"i might) (?:dying|die|going to die|not make it)\b|\b(?:i am|i think i am|he is|she is) "
    r"(?:going to die|dying)\b(?! (?:to|for|of))"
)
FEATURES["infection_ctx"] += (
    r"|\bwound (?:is |looks |has gone |feels )?(?:red|hot|oozing|weeping|angry|swollen|smelly)\b"
    r"|\b(?:after|since|following) (?:my|his|her|the) (?:surgery|operation|op|c-section|caesarean)"
    r"\b|\bhad (?:surgery|an operation|my operation|an op)\b"
)
FEATURES["head_injury"] += (
    r"|\b(?:took|had|got|taken|received|suffered) (?:a |an )?(?:\w+ )?(?:hit|knock|blow|bang|bump|"
    r"kick|whack|smack|ball|elbow|knee|boot|clash of heads|head clash) (?:to|on|in|into) "
    r"(?:the|his|her|my|their) (?:head|face|temple|skull)\b|\bclash(?:ed)? heads\b"
    r"|\bhead (?:clash|knock|bang|hit)\b"
)
FEATURES["pupils"] = (
    r"\bpupils? (?:look |looks |are |is |seem |seems |of )?(?:very |really )?(?:different|unequal|"
    r"uneven|odd|mismatched) (?:sizes?|sized)?\b|\bone pupil (?:is |looks )?(?:bigger|larger|"
    r"smaller|blown|dilated|huge)\b|\b(?:unequal|uneven|blown|fixed) pupils?\b|\bpupils? "
    r"(?:not|are not|do not) (?:react|reacting|respond)\w*\b"
)
FEATURES["confusion"] += (
    r"|\b(?:asking|saying) the same (?:questions?|things?) (?:over and over|again and again|"
    r"repeatedly)\b|\bdoes not know (?:what day|where|who|what year)\b|\bno idea where (?:he|she|"
    r"they) (?:is|are)\b|\b(?:talking|speaking) gibberish\b|\bnot with it\b|\bseems? (?:out of it|"
    r"spaced out|dazed and confused)\b"
)
FEATURES["one_sided_pain"] += (
    r"|\b(?:sharp|stabbing|severe|bad|awful|terrible|constant|bad|really bad)? ?(?:pain|cramps?|"
    r"ache|aching)\b(?: \w+){0,3} (?:on|in|down) (?:my |her |the )?(?:right|left|one) (?:side|"
    r"hand side)\b|\b(?:right|left)[- ]sided (?:pain|cramps?|ache)\b|\bshoulder ?tip\b|\btip of "
    r"(?:my|her|the) shoulder\b|\b(?:pain|ache) in (?:my|her) (?:right|left) shoulder\b"
)
FEATURES["bleeding_any"] += r"|\bnosebleeds?\b|\bnose (?:is )?bleeding\b"
FEATURES["bleed_recurrent"] += (
    r"|\b(?:stopped|stops|stopping) and (?:started|starts|starting)(?: again)?\b|\b(?:started|"
    r"starts) (?:again|up again) (?:\d+|two|three|four|several|a few|many) times\b"
)
FEATURES["eye_injury"] += (
    r"|\b(?:something|a bit of \w+|metal|grit|dust|debris|a splinter|a chip|a shard|a piece of \w+"
    r"|a fragment|sawdust|a spark|sparks?) (?:flew|went|got|has got|is|blew|flicked|shot|came off)"
    r" (?:in|into|in to) (?:my|his|her|their|the) eye\b|\b(?:grinding|drilling|welding|hammering|"
    r"chiselling|chiseling|cutting metal|sanding|strimming|angle grinder)\b[^.!?]{0,40}\beye\b"
    r"|\beye\b[^.!?]{0,40}\b(?:grinding|drilling|welding|hammering|chiselling|angle grinder)\b"
)
# A painful red eye with light sensitivity or in a contact lens wearer (keratitis, iritis).
FEATURES["painful_eye"] = (
    r"\beyes? (?:is |are |has been |feels |have been )?(?:\w+ ){0,3}?(?:painful|sore|hurting|"
    r"hurts|aching|throbbing|agony)\b|\b(?:painful|sore|aching|throbbing) (?:red |bloodshot )?eyes?"
    r"\b|\beye pain\b"
)
FEATURES["red_eye"] = r"\beyes? (?:is |are |has gone |went |looks )?(?:\w+ )?(?:red|bloodshot)\b"
FEATURES["contact_lens"] = r"\bcontact lens(?:es)?\b|\bcontacts in\b|\bwear(?:ing)? contacts\b"
FEATURES["light_hurts"] = (
    r"\blight (?:really )?(?:hurts|is hurting|bothers|is painful)\b|\bsensitive to (?:the )?light\b"
    r"|\bphotophobi\w*\b|\b(?:cannot|can not) (?:stand|bear|look at) (?:the )?light\b"
)
# Recurrence of a known heart attack pain, or angina medicine not relieving it.
FEATURES["cardiac_history"] = (
    r"\bheart attacks?\b|\bstents?\b|\bbypass\b|\bangioplasty\b|\bcabg\b|\bmyocardial infarction"
    r"\b|\bheart disease\b"
)
FEATURES["same_again"] = (
    r"\b(?:exact |exactly |very )?same (?:\w+ )?(?:pain|feeling|symptoms?|tightness|pressure)\b"
    r"|\blike (?:last time|before|the last one|my last (?:one|heart attack))\b|\bsame as (?:last "
    r"time|before|when)\b"
)
FEATURES["gtn_fail"] = (
    r"\b(?:gtn|spray|nitro\w*|glyceryl|angina (?:spray|tablets?|meds))\b[^.!?]{0,60}\b(?:not (?:"
    r"going away|working|helping|easing|shifting|touching it)|did nothing|does nothing|no (?:help|"
    r"difference|better)|still (?:there|hurting|going|bad)|twice|two times|three times|(?:\d|two|"
    r"three) (?:sprays|puffs|doses)|will not go)\b"
)
# Sugar worded as a meter reading ("sugar reads 2.2", "meter says 1.9").
SUGAR_VERBS = (
    r"reads|is reading|reading|says|said|showing|shows|came up as|came back as|on the meter"
)
# Bell's palsy: the whole side of the face including the eye or forehead, arms and speech fine.
BELLS_SIGNS = (
    r"\b(?:cannot|can not|could not|unable to) (?:fully |properly )?(?:close|shut|blink) (?:my|his"
    r"|her|their|the) (?:\w+ )?eye\b|\b(?:cannot|can not) (?:raise|lift|wrinkle) (?:my|his|her) "
    r"(?:eyebrow|forehead)\b|\bforehead\b|\bbell'?s palsy\b"
)
SELF_HARM_IDEATION += (
    r"|\b(?:no|not any|not a single|zero|no good) (?:reason|point) (?:for (?:me|him|her|them) )?"
    r"(?:to|in|of) (?:live|living|go on|going on|be here|being here|stay|staying|keep going|carry on"
    r"|be alive|being alive|exist|existing)\b"
)
# School or research frames around a lethality question ("asking for a school project").
SELF_HARM_SUPPRESS += (
    r"|\bfor (?:my|a|our|the) (?:school |college |uni |university |science |biology |chemistry "
    r"|group )?(?:project|essay|assignment|homework|class|coursework|report|dissertation)\b"
)
FEATURES["urinary"] += (
    r"|\b(?:it )?(?:burns|stings|hurts|is painful|is sore) (?:when|while|as) (?:i|he|she|they) "
    r"(?:pee|wee|urinate)s?\b|\bpainful (?:peeing|weeing|urination)\b|\bburning (?:pee|wee|urine)"
    r"\b|\bstinging (?:when|while) (?:i |he |she )?(?:pee|wee)\w*\b"
)
# A threat reported by someone else, then acted on ("said he would ..., and drove off").
SELF_HARM_ESCALATORS += r"|\b(?:drove|stormed|ran|walked|went|took off|has gone) (?:off|out|away)\b(?! (?:to|for|with)\b)"
BELLS_SIGNS += (
    r"|\b(?:speech|talking|arms?|legs?)\b[^.!?;]{0,25}\b(?:are|is) (?:fine|normal|ok|okay|"
    r"unaffected)\b"
)
