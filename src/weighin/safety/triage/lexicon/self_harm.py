"""Self-harm lexicons: ideation (active and passive), and what says it is not current.

Recall matters most here: anything that reads as current ideation counts. Plans and acts are in
``self_harm_acts``; means at hand, goodbyes and the other warning signs in ``self_harm_signs``.
"""

from __future__ import annotations

from weighin.safety.triage.lexicon.common import CANT

_SELF = r"(?:myself|himself|herself|themselves|themself|yourself|ourselves)"

# Not the day's chores: "dont want to wake up at 5am for my shift", "doesnt want to wake up
# from her nap", "doesnt want to be alive past 100 lol", "not be here ... in this country".
NOT_A_DAY_OFF = (
    r"(?! (?:at \d|at (?:work|school|this party)|for (?:my|the|his|her) (?:shift|alarm|nap|class"
    r"|lesson|exam|job|work|school)|for (?:work|school|college|uni)|from (?:a|my|his|her|the) nap"
    r"|before (?:noon|lunch|midday|\d)|until (?:noon|lunch|\d)|till (?:noon|lunch|\d)|past \d"
    r"|in this (?:country|job|house|town|city|place|heat)|lol|haha|lmao)\b)"
)

SELF_HARM_IDEATION = (
    r"\b(?:kill|killing|kil|killed|end|ending|take|taking|off|offing|top|topping|hang|hanging|"
    r"drown|drowning|shoot|shooting|poison|poisoning|gas|gassing|starve|starving) " + _SELF + r"\b"
    r"|\b(?:end|ending|ended|take|taking|took) (?:my|his|her|their|your) (?:own )?li(?:fe|ves)\b"
    r"|\b(?:end|ending) (?:it all|everything|my existence)\b"
    # an urge to cut, or to do it again after a streak (not "urges to smoke")
    r"|\b(?:urges?|tempted|temptation) to (?:cut|self[- ]?harm|hurt (?:myself|himself|herself)"
    r"|harm (?:myself|himself|herself))\b|\burges? to do it again\b(?=[^\n]{0,60}\b(?:clean"
    r"|blades?)\b)"
    # the thoughts back lately: "she tried suicide years ago and lately the thoughts are coming
    # back"; a wish to follow the dead: "my twins suicide ... wondering if i should join him"
    r"|\b(?:lately|recently|now|again)\b[^.!?]{0,10}\b(?:the |those |these )?thoughts? (?:are|is"
    r"|have been|keep|keeps) (?:coming back|back|returning)\b"
    r"|\b(?:suicide|died|death|passed away|grave|funeral|anniversary|lost (?:him|her|them))\b"
    r"[^.!?]{0,80}\b(?:join|be with) (?:him|her|them)\b(?! (?:at|for|on|in (?:the|town)|later))"
    # no future seen, said as an end (not of a sport, a career or a diet)
    r"|\b(?:cannot|can not|could not) see (?:a|any) future(?: (?:for myself|for me|anymore|any more"
    r"|at all|ahead|worth living))?(?=\s*(?:[.,!?;]|$|and\b|anymore|any more|since\b|now\b))"
    # the wish told as thoughts one keeps having: "the 'what if i just didn't wake up' thoughts"
    # (not the fear of an anaesthetic: "what if i don't wake up from the operation?")
    r"|\bwhat if i (?:just )?(?:did not|do not|never) wake up\b(?=[^.!?]{0,20}\bthoughts?\b)"
    r"|\bthoughts? (?:like|of|about) (?:what if i (?:just )?)?(?:disappeared|disappearing|vanished"
    r"|was gone|was not here|were not here|was not around)\b"
    # voices that command it, acted on or not: "hearing a voice telling me to hurt myself"
    r"|\b(?:voices?|someone|something)\b[^.!?]{0,20}\b(?:telling|tells|told|saying|says"
    r"|ordering|commanding) (?:me|him|her|them) to (?:hurt|kill|harm|cut|end) (?:myself|himself"
    r"|herself|themselves|it all)\b"
    # heard from no one there: "hearing someone talking when nobody is here, says i should hurt
    # myself", "whispers through the wall saying do it do it you deserve it", "the voices are
    # telling me im evil and need to be punished"
    r"|\b(?:voices?|whispers?|whispering|hearing (?:someone|something|people|a man|a woman"
    r"|things))\b[^.!?]{0,60}\b(?:says?|saying|telling|tells|told|keeps? saying|want|wants) (?:me"
    r" )?(?:that )?(?:(?:i|you) (?:should|must|need to|deserve to|ought to|have to) (?:hurt|harm"
    r"|kill|cut|burn|die|end|be punished|be dead)|(?:i|you) deserve (?:it|to suffer|pain|this)"
    r"|do it,? do it|to (?:use|get) the (?:knife|blade|razor|rope|pills)|(?:i am|im|i'm|you are"
    r"|youre) (?:evil|worthless|a waste)\b[^.!?]{0,30}\b(?:punished|die|dead|hurt))\b"
    # a death called the way out: "says its her way out", "this is my only way out"
    r"|\b(?:it is|it's|its|this is|that is|death is|dying is) (?:my|her|his|their) (?:only |one )?"
    r"(?:way out|escape|exit)\b"
    # ... or that one deserves it: "a voice telling me i deserve to get hurt"
    r"|\bvoices?\b[^.!?]{0,20}\b(?:telling|tells|told|saying|says|keeps? saying) (?:me|him|her"
    r"|them)?(?: that)? (?:i|he|she|they) (?:deserve|deserves|should|must|need|needs|ought) to"
    r" (?:die|be dead|get hurt|be hurt|be punished|suffer|disappear|not exist)\b"
    # what a dose "would stop": "how much insulin would stop it all"
    r"|\b(?:would|will|could|enough to) stop it all\b"
    r"(?!\W{0,3}\s*(?:the|this|my|these)\s+(?:\w+\s+)?"
    r"(?:itch\w*|pain\w*|vomit\w*|sick\w*|diarrh\w*|nause\w*|cough\w*|ringing|tinnitus|headaches?"
    r"|migraines?|bleeding|symptoms?|flush\w*|sweats?|spasms?|cramps?))|\b(?:want|wanting|wants"
    r"|going|ready|"
    r"plan|planning|thinking|think|thought|thoughts|decided|about|should|just|to|gonna|could|will|"
    r"might) (?:to |of |about |on )?(?:just )?(?:end|ending) (?:it|things|this"
    r"|my suffering)\b(?! with\b| off\b)"
    r"|\bsuicid\w*\b|\bself[- ]?harm\w*\b"
    r"|\b(?:want|wanted|wanting|wants|ready|wish|wishing|would like|like|going|trying|tried) to "
    r"(?:die|be dead|disappear (?:forever|for good)|not exist|stop existing|not be alive|not be "
    r"here|sleep forever|just die)\b"
    r"|\b(?:wish|wishing|hope|hoping) (?:i|he|she) (?:was|were|would be|could be|would) (?:dead|"
    r"die|gone|not here)\b|\bwish(?:es|ed)? (?:i|he|she|they) (?:was|were|could be"
    r"|would be) dead\b|\bwish(?:es|ed)? (?:i|he|she|they) could (?:just )?(?:disappear|vanish)"
    r" (?:forever|for good|and never come back)\b"
    # "I wish I could die", "she wishes she could just die"
    r"|\bwish(?:es|ed|ing)? (?:i|he|she|they) (?:could|would|can|might) (?:just )?die\b"
    r"(?! laughing| of (?:embarrassment|shame|boredom|laughter|cringe))"
    r"|\bwish (?:i|he|she) (?:had|was|were|would|would have) (?:never"
    r"|not) (?:been born|born|existed|"
    r"woke up)\b|\b(?:to|and|i|just|would|could|so i) (?:never|not) wake (?:up|again)\b"
    r"|\b(?:do not|does not|no longer|not) (?:want|wanna|wish) to (?:be here|be alive"
    r"|live|exist|go on|wake up|be around|keep going|keep living|carry on)\b"
    + NOT_A_DAY_OFF
    # (a present wish, not a place or a symptom asked about: "not wanting to be here at work
    # lol", "is not wanting to be alive a symptom of depression?")
    + r"|(?<!is )(?<!was )(?<!are )(?<!is about )(?<!asks about )(?<!asking about )"
    r"(?<!of )\bnot wanting to (?:be here|be alive|exist"
    r"|wake up)\b(?! (?:at|for|in|on|with|when|lol|haha|before|until|till|early|a (?:normal"
    r"|common|symptom|sign))\b)"
    r"|\b(?:do not|does not) know if (?:i|"
    r"he|she) (?:want|wants) to (?:live|be here|go on|keep going)\b|\b(?:do not|does not) want to "
    r"(?:do this|do life) anymore\b"
    r"|\b(?:would|will|could) (?:all )?(?:manage|cope|be fine|do fine|get on|be okay|be ok|be"
    r" happier|be better) (?:\w+ )?without (?:me|him|her)\b(?! (?:for|while|when|if|at|on"
    r"|during|this|next|tonight|tomorrow))|\b(?:no one|nobody|no-one) would (?:even )?notice"
    r"(?=\s*(?:$|[.!?]))"
    r"|\b(?:i|he|she) (?:want|wanted|wants|wanna) die\b"
    r"|\b(?:do not|does not|cannot|can not) (?:see|picture|imagine) (?:myself|himself|herself)"
    r" (?:being )?(?:around|here|alive) (?:by|after|past|for much|much|next|at|in)\b"
    r"|\b(?:use|try|turn) (?:it|that|this|the \w+|a \w+) on (?:myself|himself|herself|themselves)"
    r"\b"
    r"|\bbetter off (?:(?:without|w/o) (?:me|him|her)|if i (?:was|were) (?:gone|dead|not here)"
    r"|dead)\b"
    r"|\b(?:would|will|be) (?:be )?(?:better|happier) (?:off )?(?:without me|if i (?:was|were)"
    r"(?: not)? (?:gone|dead|here|around|alive|not here))\b|\bbetter off dead\b"
    r"|\b(?:no|not any|nothing|any|zero) (?:reason|point|use) (?:to|in|of|for) (?:live|living|life|"
    r"going on|carrying on|keep going|being alive|being here|me being here|anything anymore)\b"
    r"(?! (?:in|at|near|abroad|together|there|on)\b)"
    # hopelessness said over and over: "keeps saying 'what's the point'" (not "what's the point
    # of statins")
    r"|\b(?:keeps|keep|kept|always|been|started|starting) saying (?:that )?['\"]?(?:what is the"
    r" point|there is no point|no point anymore|nothing matters)['\"]?"
    r"(?= ?(?:[.,;!?'\"]|$| and\b| since\b| all the time\b| about (?:everything|life)\b))"
    r"|\bwhat is the point (?:of|in) (?:living|life|going on|anything|carrying on|being alive|"
    r"being here|me)\b|\bnothing (?:left )?to live for\b|\bnot worth living\b|\blife is (?:not|no"
    r" longer) worth\b|\b(?:tired|sick|weary) of (?:living|being alive|life|existing|being here)"
    r"\b|\bgiv(?:e|ing|en) up on (?:life|living|everything)\b|\b(?:do not|does not) (?:really "
    r"|even |just )?see (?:the|any)"
    r" point (?:in |of )?(?:living|life|going on|anymore|carrying on|being here|in anything)\b"
    r"|\bwhat is the (?:use|point) (?:of|in) (?:living|life|going on|being alive)\b"
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
    r"cope|again|to punish|because i|so i)\b|\b(?:slit|slitting|slash|slashing|cut"
    r"|cutting) (?:both )?(?:my"
    r"|his|her|their) wrists?\b(?! (?:on|with|while|when|at work|opening|in the)\b)"
    r"|\b(?:cutting|cut|burning) (?:my|his|her) (?:arms|thighs|legs|skin)"
    r" (?:again|on purpose|deliberately|deeply|badly|really deep|so deep|to cope)\b"
    # no fight left: "dont want to fight this anymore"
    r"|\b(?:do not|dont|don't) want to (?:fight|keep fighting|carry on|go on|do this|keep going)"
    r" (?:this |it |like this )?(?:anymore|any more|any longer)\b"
    # one's own arm scratched with a sharp thing: "scratched her arm with a compass"
    r"|\b(?:scratched|carved|scored) (?:her|his|their) (?:fore)?arms? with (?:a|the|her|his"
    r"|my) (?:compass|razor|blade|sharpener|pin|needle)\b"
    # marks made on one's own arms with a sharp thing: "scratches on her forearms she says she
    # did with a compass"
    r"|\b(?:scratches|cuts|marks|lines|scars)\b[^.!?]{0,10}\bon (?:my|his|her|their) (?:fore)?arms"
    r"\b[^.!?]{0,40}\b(?:did|done|made|makes|does|doing) (?:them |it )?(?:with|using) (?:a|the|her"
    r"|his|my) (?:compass|razor|blade|sharpener|pin|needle)\b"
    r"(?![^.!?]{0,30}\b(?:when (?:he|she|i|they) fell|by accident|accidentally)\b)"
    r"|\b(?:thoughts?|thinking|thought|think|thinks|thinking a lot|dreams?) (?:about|of) (?:suicide"
    r"|killing (?:my|him|her)self|ending (?:it(?! with\b)|my life|things(?! with\b)|everything"
    r"|my own life)|taking my "
    r"(?:own )?life|dying|death|not being here|not waking up|hurting myself|jumping|being dead"
    r"|hurting (?:him|her|them|the baby|my baby|my \w+) and (?:myself|me))\b"
    r"|\bintrusive thoughts about (?:dying|death|killing)\b|\bdark thoughts\b"
    r"|\b(?:picturing|imagining|planning|plan) (?:my|his|her) own funeral\b|\bbetter (?:for "
    r"(?:everyone|everybody|all) )?(?:to )?not (?:to )?(?:live|be alive|exist|be here)\b"
    # a chat's "you" for oneself: "what do u do when u keep thinkin about killin urself"
    r"|\byou (?:keep|kept|always|still|constantly) (?:thinking|think) (?:about|of) (?:killing|"
    r"hurting|ending|harming) yourself\b"
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
    r"not around)\b|\bbeing a burden\b"
    # the burden lifted for good: "then nobody has to deal with me anymore"
    r"|\b(?:nobody|no one|no-one|noone) (?:has|have|will have|needs?|would have) to (?:deal with"
    r"|worry about|put up with|bother with) me (?:any ?more|ever again)\b"
    r"|\bthinking (?:of|about) (?:stepping|jumping|throwing "
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
    r"alive|wake up)(?: anymore| any more| again)?\b|\bnever wake up\b|\bstop existing\b"
    r"|\bstop (?:being alive|being here|living)\b|\b"
    r"disappear (?:forever|for good|permanently)\b|\bend (?:it|it all|things|everything|my life)\b"
    r"(?! with\b| off\b)"
    r"|\bkill(?:ing)? myself\b|\bbe gone\b|\bsleep forever\b|\bending (?:it|it all|things|my "
    r"life)\b(?! with\b| off\b)|\bnot being (?:here|alive|around)\b"
)

# Remote past for self-harm (narrower than PAST_CUES: "if i died" is not the past).
SELF_HARM_PAST = (
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|few|several|many|"
    r"couple of|some)\s+(?:years?|months?|decades?)\s+(?:ago|back)\b|\b(?:years|months|decades) "
    r"ago\b|\blast (?:year|winter|summer|spring|autumn|fall|christmas)\b|\bin (?:19|20)\d\d\b"
    r"|\bover the (?:summer|holidays|summer holidays|christmas holidays|easter holidays)\b"
    r"|\bin the (?:19|20)?[0-9]0s\b|\bused to\b|\bas a (?:teenager|teen|kid|child|"
    r"student)\b|\bwhen i was (?:younger|a teenager|a teen|a kid|at school|in school|at uni|in "
    r"college|\d+)\b|\bin (?:college|high school|school|university|my teens|my twenties)\b|\bin "
    r"the past\b|\bpreviously\b|\bhistory of\b|\bbeen (?:well|fine|ok|okay|good|stable) (?:since|"
    r"for|ever since)\b"
)
# A screening question reported: "my psychiatrist asked if I have suicidal thoughts", "the
# school nurse asked if she self harms". The question is not a disclosure; the answer may be.
SELF_HARM_SCREENING = (
    r"\b(?:asked|asks|asking)(?: (?:me|him|her|them|us|my \w+))?(?: (?:every|each|at|in|during"
    r"|at the end of|after) (?:\w+ )?(?:session|appointment|visit|review|time|week|check[- ]?up"
    r"|assessment))? (?:if|whether) (?:i|he|she"
    r"|they|we) (?:have|has|had|ever|was|were|am|is|are|self|felt|feel|get|gets|think|thought)\b"
    # a questionnaire's item: "answered 'not at all' on the last question about being better off
    # dead", "asked if the new pills were giving me any suicidal thoughts"
    r"|\b(?:question|item|box|bit) (?:about|on|asking (?:about|if))\b"
    r"|\b(?:asked|asks|asking)(?: (?:me|him|her|them|us))? (?:if|whether) (?:the|my|his|her)"
    r" (?:\w+ ){0,2}?(?:pills|tablets|medicines?|medications?|meds|\w+) (?:were|was|are|is)"
    r" (?:giving|causing)\b"
)
SELF_HARM_ANSWERED_NO = (
    r"\b(?:(?:i|he|she|they) )?(?:said|says|answered|told (?:him|her|them|the \w+)) no\b"
    r"|\b(?:i|he|she|they) (?:do not|does not|did not|have not|has not|never have|never has"
    r"|denied it|denies it)\b"
    # "said nope, none at all", "answered 'not at all'"
    r"|\b(?:said|answered|ticked|put|circled) ['\"]?(?:nope|nah|not at all|never|none|zero)\b"
    # "asked if i was suicidal, im not" (not "i am not sure", "i am not ok")
    r"|\b(?:i|he|she|they) (?:am|is|are|was|were) not\b(?! (?:sure|ok|okay|fine|safe|coping"
    r"|certain|well|good|alright|doing|really|honest))"
)
# a questionnaire's answer told before its question: "answered 'not at all' on the last question
# about being better off dead"
SELF_HARM_ANSWERED_BEFORE = (
    r"\b(?:answered|ticked|put|circled|scored|marked) ['\"]?(?:nope|no|not at all|never|none|zero"
    r"|0)\b['\"]? (?:on|for|to) (?:the|that|question|item)\b"
)
# ... unless anything after it doubts the no: "i said no but honestly i do", "i lied", "i am
# though", "i didn't want to worry her", "they didn't believe me, i cut last night"
SELF_HARM_ANSWER_DOUBTED = (
    r"\b(?:lied|lying|not safe|not feel safe|not true|pretended|truth|scared|afraid|did not want"
    r"|believe\w*"
    r"|plan\w*|tonight|tomorrow|friday|weekend|tablets|pills|cut|cutting|cuts|hang\w*|jump\w*"
    r"|since|section\w*|take (?:my|the) baby|take (?:him|her) away|not sure|unsure|do not know"
    r"|did not know|come and go|comes and goes|sometimes|maybe)\b"
    # a yes after all: "i said no but honestly i do", "i am though"
    r"|\b(?:but|though|honestly|actually|truthfully),? (?:yes|(?:i|he|she) (?:do|does|am|is|have"
    r"|has|did|was))\b(?! not)|\b(?:i am|i do|he is|she is|he does|she does) though\b"
)
# Not about the writer's (or a named person's) current state.
# (sport's "at training" is a session, not a course about suicide)
SELF_HARM_SUPPRESS = (
    # a death by suicide remembered: "the anniversary of my uncle's suicide", "people who die by
    # suicide"
    r"\b(?:anniversary|memorial|funeral|inquest) of\b(?![^.!?]*\b(?:join (?:him|her|them)"
    r"|want to die|kill myself|end it|end my life)\b)|\b(?:die|died|dying|death) by suicide\b"
    r"|\blost (?:him |her |them )?to suicide\b|\b(?:uncle|aunt|auntie|dad|father|mum|mother"
    r"|brother|sister|friend|cousin|son|daughter|husband|wife|partner|grandad|grandfather|nan"
    r"|grandma|grandmother|colleague|neighbour|classmate|twin)s? suicide\b"
    # (unless the wish is to follow them: "i keep thinking i want to join her")
    r"(?![^.!?]*\b(?:join (?:him|her|them)|be with (?:him|her|them) again|want to die|kill myself"
    r"|end it|end my life)\b)|"
    r"\bwarning signs?\b|\bsigns (?:that|of|someone)\b|\bhow (?:can|do|should|could) (?:i|we|you) "
    r"(?:help|support|talk to|speak to|bring up|ask|approach|tell)\b|\bhow to (?:help|support|"
    r"talk|ask|spot)\b|\bis it true\b|\b(?:essay|project|statistics|stats|prevention|awareness|"
    r"research|article|documentary|movie|film|song|songs|sang|sings|lyrics|novel|book|character|"
    r"screenplay|script|scene|plot|fiction|fan ?fic\w*|manuscript|storyline|screenwriting|"
    r"series|show|podcast|lecture|course|(?<=suicide )training|(?<=self harm )training"
    r"|(?<=mental health )training|(?<=safeguarding )training|(?<=prevention )training"
    r"|(?<=awareness )training|training(?= (?:on|about)\b)|module"
    r"|presentation|campaign|charity|hotline "
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
    r"|\blost (?:\w+ ){1,4}to suicide\b|\b(?:people|residents|patients|men|women|students)"
    r" (?:having|with|experiencing) (?:dark|suicidal) (?:thoughts|feelings)\b"
    r"|\bruns in (?:my|the|our|his|her) family\b|\b(?:genetic|hereditary|inherited|genes)\b"
    # (not methods read up on for oneself: "been reading about ways to kill myself")
    r"|\bbooks?\b|\breading\b(?! (?:about |up on |up |online about )?(?:ways|how|methods?"
    r"|the (?:best|easiest|quickest|least painful) (?:ways?|methods?)) to (?:kill|end|hurt|harm)"
    r" (?:myself|my life|me|himself|herself|themselves|his life|her life)\b)"
    r"|\bcoping with (?:a|my|the|his|her"
    r"|their) (?:\w+ )?(?:\w+'s )?suicide\b"
    r"|\bbereaved by suicide\b|\bloss to suicide\b|\bsuicide loss\b"
    r"|\brisk factors? (?:for|of) suicide\b|\bsuicide risk\b|\bin (?:older|young|younger|elderly|"
    r"middle-aged|adult|teenage) (?:men|women|people|adults|boys|girls)\b"
    r"|\b(?:link|links|association|connection|relationship) between\b|\b(?:ways|how) to support\b"
    r"|\bafter (?:a|his|her|their) suicide attempt\b|\bin (?:teenagers|teens|children|young "
    r"people|adolescents|adults|men|women|students)\b"
    r"|\bafter (?:his|her|their|my \w+'s) suicide\b|\bsuicide (?:rate|rates|"
    r"risk factors|prevention|awareness)\b"
    # a play written or seen
    r"|\b(?:a|the|my|this|our) play\b"
    # study (not "exam": results are a trigger), and a child's safety: "for my pharmacology
    # exam: what's the lethal dose of ...", "the fatal dose of iron tablets for a toddler"
    r"|\b(?:pharmacology|toxicology|(?:pharmacy|nursing|medical|med|vet)"
    r" (?:student|school))\b"
    r"|\b(?:lethal|fatal|toxic|dangerous) (?:dose|amount)\b[^.!?]{0,30}\bfor (?:a |an |my |our )?"
    r"(?:child|toddler|baby|kid|infant|\d+ ?(?:year|yr|month) old|dog|cat|puppy)\b"
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
PASSIVE_OK = (
    r"(?:would not (?:really |even |honestly )?(?:mind|care)|(?:would|will) (?:honestly |actually )"
    r"?be (?:fine|ok|okay|a relief|nice|relieved|glad|happy|grateful)|not (?:bothered|fussed)"
    # "id be relieved" typed without its apostrophe (no "i would" for the spelling to expand)
    r"|id (?:honestly |actually )?be (?:fine|ok|okay|a relief|relieved|glad|happy|grateful)"
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
    + PASSIVE_OK
    + r"|\b"
    + PASSIVE_OK
    + r"\b[^.!?]{0,25}?\bif "
    + _DEATH_EVENT
    + r"\b|\b(?:would not (?:mind|care)|would welcome|would be glad of|long for|longing for|envy) "
    r"(?:dying|being dead|death|not waking up|never waking up|it all ending)\b"
    r"|\b(?:dying|death|being dead|not waking up|never waking up|not existing|not being here|"
    r"disappearing forever|sleep(?:ing)? forever|(?:go|going) to sleep and (?:never|not) wak(?:e|in"
    r"g)"
    r" up)\b[^.!?]{0,20}?\b(?:sounds?|seems?|feels?|would be|is|looks?) (?:\w+ ){0,2}?(?:nice|"
    r"good|peaceful|appealing|tempting|easier|better|like a relief|a relief|lovely|like bliss|"
    r"inviting)\b"
    r"|\b(?:started|been|keep|keeps|kept|began|begun|back to|went back to|gone back to|relapsed and"
    r")"
    r" (?:self[- ]?harming|cutting|burning myself|hurting myself|scratching myself)(?: again)?\b"
    r"(?! (?:the|his|her|their|my|up|down|out|back|off|it|food|class|school|hair|carbs|sugar|"
    r"grass|wood|paper|corners|ties|me|onions|vegetables|meat)\b)|\bcutting again\b"
    r"|\brelapsed (?:with|into|on|back into) (?:cutting|self[- ]?harm\w*|burning myself)\b"
    # "has been cutting her upper arms"; a burn made to cope ("burned my arm with a lighter when
    # I was overwhelmed")
    r"|\b(?:has|have|had) been (?:cutting|burning|scratching) (?:her|his|their|my)(?: upper| lower"
    r"| inner)? (?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?)\b"
    r"(?![^.!?]{0,40}\b(?:eczema|itch\w*|rash|bites?|hives|chicken ?pox|psoriasis)\b)"
    r"|\b(?:burn(?:ed|t)|cut|marked) (?:my|her|his|their) (?:\w+ )?(?:arms?|wrists?|thighs?"
    r"|legs?|skin|stomach|hands?)\b[^.!?]{0,12}\bwith (?:a |the |my |his |her )?(?:lighter"
    r"|cigarette|match|hot spoon|hot knife|razor|blade|compass|sharpener)\b"
    r"(?![^.!?]{0,50}\b(?:lighting|light the|cooking|shaving|by accident|accidentally)\b)"
    r"[^.!?]{0,50}"
    r"\b(?:overwhelmed|upset|angry|numb|stressed|to cope|on purpose|deliberately|again"
    r"|panick\w*|could not cope)\b"
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

SELF_HARM_IDEATION += (
    r"|\b(?:no|not any|not a single|zero|no good) (?:reason|point) (?:for (?:me|him|her|them) )?"
    r"(?:to|in|of) (?:live|living|go on|going on|be here|being here|stay|staying|keep going|carry o"
    r"n"
    r"|be alive|being alive|exist|existing)\b"
)
# "I want to sleep and not wake": the wish said with no "up" after it.
SELF_HARM_IDEATION += (
    r"|\b(?:sleep|to|and|just) (?:never|not) wake\b(?=\s*(?:$|[.!?,;]|and\b|ever\b|forever\b"
    r"|anymore\b))"
)
# "Relapsed and cut last night": a relapse of self-injury worded with the bare verb.
SELF_HARM_IDEATION += (
    r"|\brelapsed (?:again )?(?:and|&) (?:cut|burned|burnt|scratched|self[- ]?harmed)\b"
    r"(?! (?:back|down|out|off|up|the|my hours|\w+ hours)\b)"
)
# A treatment asked about ("does DBT work for self harm?"): the topic, not a current act.
SELF_HARM_SUPPRESS += (
    r"|\b(?:dbt|cbt|therapy|therapies|treatments?|medications?|support groups?|apps?) (?:\w+ )?"
    r"(?:for|with|on|to (?:treat|help with|manage|stop)) self[- ]?harm\w*\b"
)
# Scars healed long ago, asked about for their look ("any creams that fade old self harm
# scars"), and a story's content ("worried about the suicide scenes for my 14yo"): not a
# current act or wish.
SELF_HARM_SUPPRESS += (
    r"|\bself[- ]?harm(?:ing)? scars?\b(?![^.!?]{0,40}\b(?:fresh|new|bleed\w*|open|again"
    r"|last night|today|yesterday|infected|tonight)\b)"
    r"|\bscars? (?:from|of) (?:my |old |past |previous )?self[- ]?harm\w*\b"
    r"(?![^.!?]{0,40}\b(?:fresh|new|bleed\w*|open|again|last night|today|yesterday|tonight)\b)"
    r"|\bthe (?:suicide|self[- ]?harm) (?:stuff|scenes?|content|themes?|storyline|plot|episodes?"
    r"|bits|parts|references)\b"
)
# School or research frames around a lethality question ("asking for a school project").
SELF_HARM_SUPPRESS += (
    r"|\bfor (?:my|a|our|the) (?:school |college |uni |university |science |biology |chemistry "
    r"|group )?(?:project|essay|assignment|homework|class|coursework|report|dissertation)\b"
)

# Ending a life in other words: "finish his life", "stop my life", "going to finish it".
SELF_HARM_IDEATION += (
    r"|\b(?:finish|finishing|finished|stop|stopping|end|ending) (?:my|his|her|their) (?:own )?"
    r"li(?:fe|ves)\b(?!'s| ?(?:work|savings|story))|\b(?:will|going to|wants? to|about to"
    r"|ready to) finish (?:it|it all|"
    r"everything|(?:him|her|my|them)sel(?:f|ves))\b"
)
# Joining someone who has died ("I think about joining her every night"): with a death in the text.
SELF_HARM_JOIN = (
    r"\bjoin(?:ing)? (?:him|her|them|my late \w+|(?:my )?(?:mum|dad|mom|wife|husband|partner|son|"
    r"daughter|brother|sister|nan|gran|grandad|grandma|grandpa|baby))\b"
    r"|\bbe with (?:him|her|them|my \w+) (?:again|forever|in heaven|up there)\b"
    r"(?! (?:for|at|on|to|group|club|gym|class|team)\b| in (?:the|a|my|our)\b)"
)
BEREAVED = (
    r"\b(?:died|dies|passed (?:away|on)?|lost (?:him|her|them|my \w+)|death|funeral|grave|"
    r"widow\w*|bereave\w*|late (?:wife|husband|partner|son|daughter|mum|dad|mother|father))\b"
)

# Not caring whether one lives, and acts of self-injury worded as a habit or a way to cope
# ("been burning my arms with a lighter when things get bad").
# A blade or glass taken to one's own skin ("pressed a bit of glass along my thigh"): read here as
# self-injury, and by ``self_harm_ideation.NSSI`` as an act done, not a plan.
BLADE_ON_SKIN = (
    r"\b(?:used|using|took|taking|ran|running|dragged|pressed) (?:a |the |my |his |her )?(?:\w+ )?"
    r"(?:blade|razor blade|sharpener(?: blade)?|compass|knife|bit of glass|piece of glass|shard)"
    r" (?:on|across|into|along|over|to) (?:my|his|her|their) (?:upper |inner |lower )?"
    r"(?:arms?|wrists?|thighs?|legs?|stomach|tummy|hips?|skin|forearms?|chest)\b"
)
_BODY = r"(?:arms?|legs?|wrists?|thighs?|skin|stomach|tummy|hips?|hands?|body|chest|face)"
SELF_HARM_IDEATION += (
    r"|\b(?:do not|does not|did not) (?:really )?care (?:what happens to (?:me|him|her)|if (?:i|he"
    r"|she) "
    r"(?:die|dies|live|lives|wake up|wakes up|make it)|about (?:living|life|myself) anymore)\b"
    r"|\b(?:been|keep|keeps|kept|started|start|still|always|i|he|she|they) (?:\w+ )?(?:cutting|"
    r"burning|scratching|hitting|punching|biting|bruising|carving|scraping|stabbing) (?:my|his|"
    r"her|their) " + _BODY + r"\b[^.!?;]{0,30}\b(?:with (?:a|my|his|her) (?:lighter|razor|blade|"
    r"compass|sharpener|scissors|knife|lighter)|when(?:ever)? (?:things|it|i|he|she|everything)|"
    r"to (?:cope|feel|punish|calm|numb)|again|on purpose|every (?:day|night|time))\b"
    # told of someone else: "my mate scratches her arm with a compass until it bleeds"
    r"|\b(?:cuts|burns|scratches|carves|scrapes|stabs) (?:his|her|their) (?:arms?|forearms?|wrists?"
    r"|thighs?|legs?|stomach|tummy|hips?)\b"
    r"[^.!?;]{0,30}\b(?:with (?:a|the|his|her|their) (?:lighter|razor|blade|compass|sharpener"
    r"|scissors|knife|pin|needle|glass)|until (?:it|they|she|he) (?:bleeds?|bleed))\b"
    r"(?![^.!?]{0,40}\b(?:eczema|itch\w*|rash|bites?|hives|chicken ?pox|psoriasis|autis\w*"
    r"|sensory|stim\w*)\b)"
    r"|\b(?:cut|cutting|burned|burnt|burning|hurt|hurting) (?:my|his|her) "
    + _BODY
    + r" (?:\w+ ){0,2}?(?:on purpose|deliberately|intentionally)\b"
    # a blade taken to one's own skin: "used a pencil sharpener blade on my stomach this
    # morning" (not a razor shaving legs, nor scissors on the hair)
    r"|"
    + BLADE_ON_SKIN
    + r"(?![^.!?]{0,40}\b(?:shav\w*|by accident|accidentally|slipped|splinter|wax\w*)\b)"
    # fresh cuts or burns a parent found: "found fresh cuts on my 14 year old's arm today"
    r"|\b(?:found|noticed|saw|spotted|discovered) (?:some |fresh |new |more |lots of |loads of )*"
    r"(?:cuts|cut marks|burns|burn marks) (?:on|all over|across|up) "
    r"(?:my|his|her|their) "
    r"(?:[\w']+ ){0,4}?(?:arms?|wrists?|thighs?|legs?|stomach|tummy|hips?)\b"
    # when they were found is no plan's timing ("found ... on her arm today")
    r"(?:,? (?:today|yesterday|this morning|last night|tonight|this evening))?"
    # ... not an accident's
    r"(?![^.!?]{0,60}\b(?:fell|fall|falling|crash\w*|bike|accident|dog|cat|thorns?|brambles?"
    r"|bush\w*|playground|football|rugby|glass|slipped|tripped|climbing|fence)\b)"
    # marks made with a blade or a compass: "he says he did it with a compass"
    r"|\b(?:did|does|done|made|makes|making) (?:it|them|this|those|the marks) (?:himself |herself "
    r"|themselves )?with (?:a |the |his |her |my )?(?:compass|razor|blade|sharpener|scissors"
    r"|pencil sharpener|lighter)\b"
)

# Someone else's words in a hypothetical ("what do I say if a friend tells me they are suicidal").
SELF_HARM_HYPOTHETICAL = (
    r"\b(?:if|when|in case) (?:someone|somebody|anyone|a (?:friend|person|child|teen|teenager"
    r"|student|"
    r"patient|loved one|colleague|client|pupil|resident|service user|member of staff|worker"
    r"|customer)"
    r"|people|my (?:friend|child|kid|son|daughter|partner|"
    r"student|patient|client|pupil)s?) (?:ever )?(?:tells?|says?|said|mentions?|talks?|seems?|is|"
    r"was|were|has|had|wants?|feels?|thinks?|discloses?|admits?)\b"
    r"|\bwhat (?:should|do|can|could|would) (?:i|we|you|one) (?:say|do|tell)\b"
    # asking ahead for oneself: "if i ever did feel suicidal who do i call? im ok"
    r"|\bif (?:i|you) (?:ever|were ever to|did ever) (?:did |do )?(?:feel|felt|get|got|became"
    r"|become)\b"
)

# Others better off, worded without "without me"; thinking of crashing or stepping in front of
# something; injuries hidden or explained away ("neat lines she says are from the cat").
SELF_HARM_IDEATION += (
    r"|\b(?:everyone|everybody|they|you all|my family|my kids|the kids|people|the world|my wife|"
    r"my husband|my partner) (?:will|would|'d) (?:all )?be (?:so much |much |a lot )?(?:better off|"
    r"happier)\b(?! with\b| if (?:we|they|you)\b)|\b(?:everyone|everybody|they|my family) would "
    r"have (?:an |a )?(?:much )?(?:easier|better) li(?:fe|ves)\b"
    r"|\b(?:think|thinking|thought|thoughts|picture|picturing|imagine|imagining|tempted|urge|want|"
    r"wanted|wanting)\b[^.!?;]{0,30}\b(?:swerv\w*|crash\w*|steer\w*|driv\w*|jump\w*|step\w*|"
    r"walk\w*|throw\w* (?:myself|himself|herself)) (?:\w+ ){0,3}?(?:into|off|in front of|under)\b"
    r"|\b(?:cuts|scars|scratches|burns|marks|lines)\b (?:\w+ )?(?:on|all over|up and down|across) "
    r"(?:her|his|their|my) (?:fore)?(?:arms?|wrists?|thighs?|legs?|stomach|tummy|hips?)\b"
    r"(?=[^.!?]{0,60}\b(?:neat|straight|parallel|lines|rows|hiding|hides|covering|covers|long "
    r"sleeves|fresh|new|again|lots of|loads of|says (?:they are|it is|they|it)|from the cat|will "
    r"not (?:say|tell)|lying)\b)"
    r"|(?:^|[.!?,;] ?)(?:cutting|burning|scratching|hitting|punching|biting|carving"
    r"|scraping) (?:my|"
    r"his|her|their) " + _BODY + r"\b[^.!?;]{0,30}\b(?:with (?:a|my|his|her) (?:lighter|razor|"
    r"blade|compass|sharpener|scissors|knife)|when(?:ever)? (?:things|it|i|he|she|everything)"
    r"|again)\b"
)

# More ways of saying it: tired of fighting, better without me, thinking about overdosing,
# searching for ways to die.
SELF_HARM_IDEATION += (
    r"|\b(?:tired|sick|weary|exhausted) of (?:fighting|trying|struggling|everything|it all|"
    r"pretending)\b|\b(?:cannot|can not|could not) (?:fight|do) (?:it|this) (?:anymore|any more)\b"
    r"|\b(?:would|will|'d) be (?:so much |much |a lot )?better without (?:me|him|her|them)\b"
    r"|\b(?:thinking|thought|thoughts|think|thinks|dreaming|fantasi[sz]ing) (?:a lot )?(?:about"
    r"|of) "
    r"(?:overdosing|taking an overdose|od'?ing|jumping|hanging (?:my|him|her)self|cutting (?:my"
    r"|him|"
    r"her)self|throwing (?:my|him|her)self)\b"
    r"|\b(?:search\w*|googl\w*|look\w* up|research\w*|read\w*|browsing)\b[^.!?;]{0,20}\b(?:ways"
    r"|how|"
    r"methods|the best way|the easiest way) to (?:die|kill (?:myself|yourself|himself|herself)|"
    r"end (?:it|my life|their life|his life|her life)|commit suicide|overdose|hang)\b"
)

# An urge that keeps coming back; not seeing a reason to keep going.
SELF_HARM_IDEATION += (
    r"|\b(?:the |an? )?urges? (?:to (?:cut|hurt|harm|self[- ]?harm|burn|die|end it)\b|(?:is|are"
    r"|keeps?|"
    r"came|comes|coming) (?:\w+ )?back\b)"
    r"|\b(?:struggling to|cannot|can not|could not|hard to|failing to|unable to) (?:see|find) (?:a"
    r"|any|"
    r"the) (?:reason|point) (?:to|in|of|for) (?:keep going|keeping going|live|living|go on"
    r"|going on|"
    r"carry on|carrying on|be here|being here|stay|staying|exist|existing)\b"
)

# "I'm done with all of it", "so done with this life": the wish worded as being finished with.
SELF_HARM_IDEATION += (
    r"|\b(?:i am|i'm|im|he is|she is) (?:so |just |completely |totally |really )?done with"
    r" (?:all of (?:it|this)|all this|this life|this world|everything and everyone"
    r"|it all|being alive|existing)\b(?=\s*(?:$|[.!?,;]|and\b|anymore\b|now\b|i\b|so\b|lol\b))"
    # a bare cut to an arm, wrist or thigh with no accident in the clause ("cut my arm last
    # night, not deep"): read as self-injury; "cut my arm on a fence" is not, nor a cut asked
    # about as a wound ("cut my arm, does it need stitches?", "a tetanus shot?")
    # (counted, "cut my forearm a few times, shallow", and told before what it shows: "cut my
    # arm and there is white stuff in the gap")
    r"|\bcut (?:my|his|her) (?:fore)?(?:arms?|wrists?|thighs?)\b(?: again)?(?: (?:a few|a couple"
    r" of|several|two|three|four|five|\d+) times)?(?: (?:last night|tonight|this morning|earlier"
    r"|yesterday|today))?(?=\s*(?:$|[.!;,]|again\b|and (?:it|there)\b))"
    r"(?![^\n]{0,160}\b(?:stitch|tetanus|bandage|plaster|glue|steri|butterfly|knife|glass"
    r"|kitchen|cooking|chopping|shaving|razor blade|fence|accident|tin|can lid|paper)\w*)"
)
# Someone who cannot see the point any more, and self-injury to the point of bleeding
# ("scratching my forearms with my nails until they bleed").
SELF_HARM_IDEATION += (
    r"|\b(?:cannot|can not|could not|do not|does not|did not) see (?:the|any) point (?:anymore"
    r"|any more|in (?:anything|going on|living|life|it all)|of (?:anything|going on|living|life"
    r"|it all))\b"
    # (not a pet's bite: "the dog bit my hand until it bled")
    r"|(?<!dog )(?<!cat )(?<!puppy )(?<!kitten )(?<!hamster )(?<!rabbit )\b(?:scratch|scratching"
    r"|scratched|picking|picked|pinching|bite|bites|bit|biting|hitting|punching|burning)"
    r" (?:at )?(?:my|his|her|their) (?:own )?(?:fore)?(?:arms?|wrists?|legs?|thighs?|skin|hands?"
    r"|face)\b[^.!?]{0,30}\b(?:until|till) (?:it|they|i|he|she) (?:bleeds?|bled|bruises?|bruised)\b"
)

# Hurting oneself to feel or to cope, told as a habit (urgent): a lit cigarette pressed onto the
# skin, walls punched on purpose until the knuckles bleed.
SELF_HARM_IDEATION += (
    r"|\b(?:press\w*|put\w*|stub\w*|burn\w*) (?:out )?(?:lit )?cigarettes? (?:on|onto|into|out"
    r" on) (?:my|his|her|their|the back of (?:my|his|her|their)) (?:skin|arms?|hands?|legs?"
    r"|wrists?|thighs?)\b"
    r"|\b(?:punch\w*|hit\w*|bang\w*|smash\w*) (?:the )?walls? (?:on purpose|deliberately)"
    r"|\b(?:punch\w*|hit\w*|bang\w*|smash\w*) (?:the )?walls?\b[^.!?]{0,30}\b(?:until|til|till)"
    r" (?:my|his|her|their) (?:knuckles|hands?|fists?) (?:bleed|bled|break|broke|split)"
)

# --- Found on blind sets AH and AI (2026-11-27: after birth; mind and substances) -------------
# A wish to have died already ("sometimes wishes she had died in labour"); self-injury to feel
# something, told after the cut ("cut my thighs ... i just needed to feel something").
SELF_HARM_IDEATION += (
    r"|\bwish(?:es|ed|ing)? (?:i|he|she|they) (?:had|would have|would) (?:just )?died\b"
    r"(?! (?:laughing|of (?:embarrassment|shame|laughter)))"
    r"|\b(?:cut|cutting|burned|burnt|burning|scratched) (?:my|his|her|their) " + _BODY + r"\b"
    r"[^\n]{0,160}?\b(?:needed|need|wanted|want|just) to (?:feel (?:something|anything|real"
    r"|pain|in control)|punish (?:myself|himself|herself))\b"
)

# Asking whether a way of dying would be quick or painless, put as one's own plan ("if i take my
# dad's heart pills will it be quick?"); a promise not to "do anything stupid" taken back in the
# same breath ("not gonna do anything stupid. probably. lol").
SELF_HARM_IDEATION += (
    r"|\bif (?:i|he|she) (?:take|took|swallow|swallowed|jump|jumped|hang|drink|drank|cut|use)\b"
    r"[^.!?]{0,50}\b(?:will|would|does|do) (?:it|that|i|they) (?:be quick|be painless|hurt|feel"
    r" (?:anything|it)|kill me|work|be enough)\b"
    r"|\bnot (?:going to|gonna) do anything (?:stupid|silly|dumb)\W{0,5}(?:probably|maybe|i think"
    r"|i hope|hopefully|idk|we will see)\b"
)

# The urge to hurt oneself, told by a child ("i get urges to bang my head on the wall when im
# angry"): self-harm ideation, urgent.
SELF_HARM_IDEATION += (
    r"|\burges? to (?:bang|hit|punch|cut|hurt|burn|harm) (?:myself|my (?:head|arms?|legs?|wrists?"
    r"|face|body|thighs?|stomach|hands?))\b"
)

# --- Found on blind set AM (2026-11-27: English as a second or third language) -------------
# The same wishes in a learner's words: "she dont see the point to live anymore", "maybe baby
# is better without her", "cant anymore. bye"; self-injury "because the feeling inside is too
# much".
SELF_HARM_IDEATION += (
    r"|\b(?:do not|does not|did not|dont|doesnt|cannot|can not) see (?:the |any )?point (?:to|of"
    r"|in) (?:live|living|life|be alive)\b"
    r"|\b(?:is|are|will be|would be) better (?:off )?without (?:me|her|him|them)\b"
    r"|(?:^|[.!?]\s*)(?:i )?(?:cannot|can not|cant) (?:anymore|any more)\b(?=\s*(?:[.!?,]|$|and\b))"
    r"|\b(?:burn\w*|cut\w*|hurt\w*) (?:my|his|her) (?:\w+ )?(?:hand|arm|arms|leg|legs|wrist|skin)\b"
    r"[^.!?]{0,40}\bbecause (?:the |my )?(?:feeling|pain|anger|sadness) (?:inside )?is too (?:much"
    r"|strong|big)\b"
)

# --- Found on blind set AS (2026-11-27: the head and the nerves) ---------------------------
# A wish for it all to stop for ever, not a cure for one complaint: "i just want it all to stop
# forever" (a complaint named, "my eczema", is a cure asked for; see SELF_HARM_STRONG).
SELF_HARM_IDEATION += (
    r"|\bwant (?:it all|everything|it|this|my life|the pain|all of it) to (?:stop|end)"
    r" (?:forever|for ever)\b"
    r"(?![^.!?]{0,30}\b(?:cure|treatment|medication|medicine|remedy|tablets? that|pills? that)\b)"
)
# A method asked for with its object left unsaid: "whats the least painful way, no judgement
# please", "Need the quickest way." (not "the quickest way to get rid of hiccups")
SELF_HARM_IDEATION += (
    r"|\b(?:what is|whats|tell me|know) the (?:least painful|most painless|painless|surest"
    r"|most peaceful) (?:way|method)(?: to (?:do it|go))?(?= ?(?:[,.!?;]|$|no judge\w*|please))"
    r"(?!\W{0,3}(?:to \w+|i mean|for (?:a|my|the))\b)"
    r"|\bneed the (?:quickest|easiest|fastest) way(?= ?(?:[.!]|$))"
)

# --- Found on training sets W11 to W15 (2026-11-29: self-harm read too low) -----------------
# One's own funeral pictured ("i keep imagining my funeral and who would come"; planning one is
# end-of-life care, so only the picture, and not "own" only); hitting oneself counted or in a
# panic ("hit myself in the face a few times during a panic attack"); self-injury told as a
# habit of years ("she has cut for years"), or again ("i have cut again"); a wound said to be
# done on purpose ("the gash on my leg from when i did it on purpose"); and the wish "to end"
# with no object, in a learner's English ("because i want to end.").
SELF_HARM_IDEATION += (
    r"|\b(?:picturing|imagining|imagine|picture|fantasi[sz]ing about|dreaming (?:about|of))"
    r" (?:my|his|her) (?:own )?funeral\b(?! (?:plan\w*|arrangements|wishes|music|songs?|hymns?))"
    r"|\b(?:hit|hitting|punched|punching|slapped|slapping|beat|beating) (?:myself|himself|herself"
    r"|themselves|my own (?:head|face|legs?|arms?))\b(?![^.!?]{0,40}\b(?:by accident|accidentally|d"
    r"oor|cupboard|hammer|racket"
    r"|bat|ball|shelf|phone|remote|lol|haha|in (?:my|his|her) sleep)\b)[^.!?]{0,25}?"
    r"\b(?:(?:a few|a couple of|several|lots of|loads of|many|so many|two|three|four|five|\d+)"
    r" times|over and over|again and again|repeatedly"
    r"|(?:during|in) (?:a |an |the |my )?(?:panic|meltdown|rage|anxiety|argument|row|fight)\w*"
    r"|when (?:i am|he is|she is|i get|he gets|she gets) (?:angry|upset|stressed|overwhelmed"
    r"|panick\w*))"
    r"|\b(?:i|he|she|they|my (?:brother|sister|son|daughter|friend|partner|mate|boyfriend"
    r"|girlfriend|husband|wife|child|kid)) (?:has|have|had) cut (?:herself |himself |myself "
    r"|themselves )?(?:for (?:years|months|ages|a long time|(?:a few|two|three|several|many"
    r"|\d+) (?:years|months))"
    r"|since (?:she|he|i|they) (?:was|were) \w+)\b"
    r"(?![^.!?]{0,60}(?:\b(?:calories|carbs|weight|gym|bulk\w*|diet\w*|hair)\b|\d ?(?:kg|lbs?)\b))"
    r"|\b(?:i|he|she|they) (?:have |has |had )?(?:just )?cut (?:myself |himself |herself )?again"
    r"\b(?! (?:the|my|his|her|a|some|this|that)\b)"
    r"|\b(?:gash|cut|cuts|wound|slash|burns?|scars?)\b[^.!?]{0,40}\b(?:(?:i|he|she|they) (?:did"
    r"|made|done|do)|did|done) (?:it|them|this|that) (?:\w+ )?(?:on purpose|deliberately)\b"
    # "i did the cuts on my thigh myself yesterday"
    r"|\b(?:i|he|she) (?:did|made) (?:the|these|those|them|my|his|her) (?:cuts|burns|marks"
    r"|scratches)\b[^.!?]{0,30}\b(?:myself|himself|herself)\b"
    # "the cut on my wrist is gaping open ... i did it myself"
    r"|\b(?![^!?]{0,120}\b(?:shav\w*|careless\w*|by accident|accident\w*|clumsy|cooking"
    r"|kitchen|garden\w*|dog|cat|lol|haha)\b)(?:the|a|this|that|these|those) (?:\w+ )?(?:gash|cut"
    r"|cuts|wound|slash) (?:on|in|across)"
    r" (?:my|the) (?:wrist|arm|forearm|thigh|leg|stomach|belly)\b[^!?]{0,80}\bi (?:did|made|done)"
    r" (?:it|them|this|that)"
    r" (?:to )?myself\b"
    r"|\b(?:i|he|she) (?:want|wants|wanted|wanna) to (?:just )?end(?=\s*(?:[.!?;]|$))"
    # "what if i just stopped existing" at night; a bare "i cut" (the act, no object)
    r"|\b(?:think|thinking|thoughts?|wonder|wondering|keep asking myself)\b[^.!?]{0,30}\bwhat if i"
    r" (?:just )?(?:stopped existing|did not exist|was not here|was not around|disappeared forever"
    r"|never woke up|was gone)\b(?! (?:on|from) (?:social media|instagram|facebook|tiktok|online))"
    r"|(?:^|[.!?,;]\s*)i (?:have |just )?cut(?: again| tonight| last night)?(?=\s*(?:[,.!?;]|$"
    r"|and (?:it is|its|it's|it) (?:gushing|pouring|bleeding|deep|spurting|wont stop|will not stop)"
    r"))"
    # looking down from a height, "thinking how easy it would be" (to fall, to step off)
    r"|\b(?:looking|look|looked|stare|staring|stared) (?:over|down)(?: at| into| over)? (?:the )?"
    r"(?:edge|side|railings?|drop|water|river|tracks|road|traffic|ledge)\b[^.!?]{0,20}\b(?:thinking"
    r"|think|thought) (?:about )?how easy it (?:would|could) be\b(?! to (?!(?:jump|fall|step|go"
    r"|end|die|let go|slip)\b))(?![^.!?]{0,20}\b(?:lol|haha)\b)"
    # the blades taken away, something else used: "they took away my blades last week but
    # tonight i used a bit of glass from the broken mirror"
    r"|\b(?:blades|razors|sharps)\b(?![^!?]{0,80}\b(?:beard|hair|fringe|nails|shav\w*|lol|haha"
    r"|planer|wood|box|craft\w*|barber)\b)[^!?]{0,30}\b(?:confiscated|took|taken|hid|hidden"
    r"|removed|threw|thrown)\b[^!?]{0,40}\b(?:used|using)\b (?:a |an |some |the |her |his |my )?"
    r"(?:(?:bit|piece|shard)s? of )?(?:broken )?(?:glass|mirror|a can|can|compass|pencil sharpener"
    r"|scissors|metal)\b"
    r"|\b(?:took|taken|take|hid|hidden|confiscated|threw out|thrown out) (?:away )?(?:all )?(?:my"
    r"|his|her) (?:blades|razors|sharpeners?|sharps)\b(?![^!?]{0,80}\b(?:beard|hair|fringe|nails|sh"
    r"av\w*|lol"
    r"|haha|planer|wood|box|craft\w*|barber)\b)[^!?]{0,60}\b(?:i|he|she) (?:used|found)"
    r" (?:a |some |the )?(?:(?:bit|piece|shard)s? of )?(?:glass|broken glass|mirror|a can|metal"
    r"|plastic|a pencil sharpener|a compass|scissors)\b"
)
