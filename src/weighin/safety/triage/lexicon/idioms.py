"""Idioms that look like danger words, taking medicines as prescribed, and people words."""

from __future__ import annotations

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
    # too much of a good thing, no drug: "I overdosed on crossword puzzles this weekend",
    # "overdosed on mince pies again", "od on chocolate"
    r"|\boverdos\w* on (?:\w+ )?(?:chips|crisps|fries|junk(?: food)?|takeaways?|biscuits|cookies"
    r"|ice cream|carbs|sugar|caffeine|coffee|reels|tiktok|youtube|crosswords?|puzzles?"
    r"|crossword puzzles|chocolates?|sweets|candy|cake|mince pies|pies|turkey|food|sprouts"
    r"|roast potatoes|quality street|selection box(?:es)?|advent calendars?|gingerbread"
    r"|netflix|tv|telly|television|box ?sets?|christmas|nostalgia|sunshine|sun|work|gardening"
    r"|shopping|cheese|pizza|memes|reading|books|drama|love|social media|games|gaming|cuteness"
    r"|news|revision|studying|exercise|\w+ shows?|\w+ films?)\b"
    # a limb slept on: "arm went dead after sleeping on it"
    r"|\b(?:arm|leg|hand|foot)\b[^.!?]{0,30}\b(?:after|from) (?:sleeping|lying|laying|sitting)"
    r" (?:funny |awkwardly )?on (?:it|them)\b"
    # ... told the other way round: "my hands tingly, i think i slept on them funny"
    r"|\b(?:arms?|legs?|hands?|feet|foot|fingers)\b[^.!?]{0,40}\b(?:slept|lay|laid|been lying"
    r"|been sleeping) (?:funny |awkwardly |wrong )?on (?:it|them)\b"
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
