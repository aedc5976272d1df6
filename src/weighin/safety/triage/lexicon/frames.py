"""Sentence frames: information-seeking, general questions, fiction, teaching and hypotheticals."""

from __future__ import annotations

from weighin.safety.scanning import alternatives

# Information-seeking / hypothetical / fiction frames (sentence level).
INFO_CUES = (
    # fear of one, not one: "the anxiety about anaphylaxis is ruining eating out"
    r"\b(?:anxiety|fear|phobia|paranoia|worry|worries) (?:about|of|over) (?:having |going into )?"
    r"(?:an? )?(?:anaphyla\w*|allergic reactions?|heart attacks?|strokes?|choking|seizures?)\b|"
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
    # stories, videos and news about others, in general: "keeps telling us horror stories about
    # babies who stopped breathing", "watched a video of someone going into anaphylaxis"
    r"|\b(?:stor(?:y|ies)|tales?|videos?|clips?|articles?|posts?|documentar(?:y|ies)|news"
    r"|reports?|reels?) (?:about|of|on) (?:(?:a|an|some|other|young|little|tiny|newborn) )?"
    r"(?:babies|baby|children|child|kids|kid|toddlers|infants|people|someone|somebody|a person"
    r"|men|women|teenagers|athletes|footballers|(?:a )?(?:man|woman|girl|boy|guy|lady))"
    r" (?:who|that|whose|going|having|dying|being)\b"
    # the signs to know or tell of, for another time: "what should i tell him about the signs
    # of alcohol poisoning so he can look out for his mates"
    r"|\b(?:tell|teach|warn|talk to|explain to) (?:him|her|them|me|us|my \w+|the \w+) about"
    r" (?:the )?(?:early |warning )?(?:signs|symptoms|dangers|risks) of\b"
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
    # the same fear said the other way round or after "im": "anaphylaxis really scares me",
    # "im scared of anaphylaxis. any tips?" (the fear ends its sentence; nothing happening now)
    r"|\b(?:anaphylaxis|anaphylactic shock|(?:a |an |paracetamol )?overdose|(?:a )?stroke"
    r"|seizures?) (?:really |honestly |just |always )?(?:scares|terrifies|frightens) me\b"
    r"(?=[^.!?,;]*(?:[.!?]|$))"
    r"|\b(?:i am|im|i'm) (?:so |really |a bit |very |quite )?(?:scared|afraid|terrified"
    r"|frightened|nervous) (?:of|about) (?:an? )?(?:anaphylaxis|anaphylactic shock|allergic"
    r" reactions?|overdosing|an overdose)\b(?=[^.!?,;]{0,20}(?:[.!?]|$))"
    r"(?![^.!?]{0,30}\b(?:now|right now|happening|swelling|swollen)\b)"
    # what a word means, asked backwards: "anaphylaxis mean what exactly?"
    r"|\b(?:anaphylaxis|anaphylactic|overdose|sepsis|stroke|seizure) (?:means?|meaning) what\b"
    # how a device is used, asked: "how do I actually use an epipen?"
    r"|\bhow (?:do|should|would|can) (?:i|you|we) (?:actually |properly |correctly )?use (?:an"
    r"|the|my|his|her|a) (?:epi-?pen|auto-?injector|jext|emerade|inhaler|naloxone)\b(?=\s*\?)"
    # ... or of any pen, in general ("new job at a school, how do you actually use an epipen")
    r"|\bhow (?:do|does|would) (?:you|one) (?:actually |properly |correctly )?use an? (?:epi-?pen"
    r"|auto-?injector)\b(?=\s*(?:[.!?]|$))"
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
    r"do|will|would|might|may) (?:(?!(?:did|does|do|will|would|is|are|was|were)\b)\w+ ){1,5}"
    r"(?:cause|causes|lead to|trigger|increase|raise|mean)\b"
    # (the words between are the question's own, not a new verb's: "will not stop bleeding did
    # not mean to" is no question)
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
    # (a course as the topic, not as where it happened: "during first aid training a colleague
    # collapsed")
    r"|(?<!during )(?<!during the )(?<!during our )(?<!during a )(?<!during my )(?<!in the middle"
    r" of )\b(?:anaphylaxis|epipen|first[- ]aid|cpr|choking|seizure|naloxone|narcan|aed|defib\w*)"
    r" (?:training|course|class|drill|refresher|workshop|certificate|certification)\b"
    r"|\b(?:what is )?the best way to (?:talk|speak|approach|support|help|ask|bring up|raise)\b"
    # Preparing for a condition, not living through it ("what to pack for anaphylaxis").
    r"|\bplanning ahead\b|\b(?:pack|packing|prepare|preparing|prepared|ready|plan|planning|kit"
    r"|bag|training|trained|course|drill) (?:\w+ ){0,5}?for (?:an? )?(?:anaphylaxis|anaphylactic"
    r" shock|seizures?|fits?|emergenc(?:y|ies)|heart attacks?|choking|strokes?|asthma attacks?"
    r"|hypos?|overdoses?|(?:heavy |severe |major )?bleed(?:ing|s)|snake ?bites?|bites and stings"
    r"|burns)\b(?![^.!?]{0,60}\b(?:and|but|when|while) (?:my|our|his|her|he|she|i|we|they)\b)"
    r"|\b(?:emergency|action|care|safety) (?:plan|kit|bag)\b"
    # a first-aid topic heading its own sentence: "snake bite first aid? going hiking next month"
    r"|(?:^|[.!?,;]\s*)(?:snake ?bites?|bee stings?|burns?|bleeding|choking|seizures?|fits?"
    r"|anaphylaxis|asthma attacks?|nosebleeds?) first aid\b(?=\s*(?:[.!?]|$|tips|advice|kit"
    r"|questions?))"
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
    # seen on a screen: "saw someone doing cpr on tv today, is it still 30 compressions?"
    r"\b(?:saw|seen|watched|watching)\b[^.!?]{0,40}\b(?:on|in) (?:the )?(?:tv|telly|youtube"
    r"|tiktok|a (?:tv )?(?:show|film|movie|documentary|video|programme|series))\b|"
    # a first-aid question: "first aid question: for a choking adult is it back blows first?"
    # (not where it happened: "during first aid training a colleague collapsed")
    r"(?<!during )(?<!during the )(?<!during our )(?<!during a )(?<!during my )"
    r"\bfirst[- ]aid (?:question|course|training|class|exam|test)\b|"
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
    # a negated auxiliary with no subject, then what a body does, is a statement with its
    # subject dropped: "took g at the party. will not wake up and is snoring" (a question goes
    # on with whom or what: "will not it heal?", "do not footballers get heart problems?")
    r"(?! not (?:wake|respond|stop|breathe|move|open|answer|talk|speak|eat|drink|make sense"
    r"|swallow|walk|stand|get up|come round|come to|react|focus|recogni[sz]e"
    r"|seem to be (?:breathing|awake|conscious|responding|moving))\b)"
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
    # what it could be, asked: "is that baby hiccups or could it be a seizure?"
    r"|\bcould (?:it|this|that) (?:be|have been) (?:a |an )?"
)

# A worried writer's hedge before what they ask: "probably nothing but", "sorry if this is silly",
# "not sure if i am overreacting but". It says nothing of the case: a general question after it
# ("sorry if this is silly, what are the signs of sepsis?") is still general, and its "i" makes
# the question no one's own.
HEDGE = (
    r"(?:(?:this is |it is |its )?(?:probably|prob|maybe|likely|hopefully|prolly) nothing"
    r"(?: serious| to worry about)?(?: but| and)?"
    r"|(?:sorry|apologies|forgive me)(?: in advance)?(?: if (?:this|it) (?:is|sounds|seems) (?:a )?"
    r"(?:silly|stupid|dumb|daft|obvious|weird|odd|basic|trivial)(?: question| q)?)?"
    r"|(?:this |it )?(?:might|may|could) (?:be|sound) (?:a )?(?:silly|stupid|dumb|daft|obvious"
    r"|weird)(?: question| q)?(?: but)?"
    r"|(?:(?:maybe|probably|prob|possibly|just) )?(?:(?:a|another) )?(?:silly|stupid|dumb|daft"
    r"|random|odd|weird|basic|newbie|quick) (?:question|q)(?: but)?"
    r"|(?:i am )?not sure if (?:i am |i'm )?(?:overreacting|being paranoid|being silly"
    r"|being dramatic)(?: but)?"
    r"|(?:i )?know (?:this|it) (?:sounds|is|seems) (?:silly|stupid|dumb|daft|paranoid)(?: but)?"
    r"|(?:i am )?(?:probably|maybe|prob|likely) (?:overreacting|being paranoid|being silly"
    r"|being dramatic)(?: but)?"
    r")(?:[\s,.:;!-]+|$)"
)
