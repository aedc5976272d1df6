"""Self-harm lexicons: ideation (active and passive), and what says it is not current.

Recall matters most here: anything that reads as current ideation counts. Plans and acts are in
``self_harm_acts``; means at hand, goodbyes and the other warning signs in ``self_harm_signs``.

The ideation list and the not-current tables here are the first written; at the end of this
module they are extended, in the order the wordings were added, by the families from an external
set (``self_harm_external``, which also holds the recent-past, recovery, hypothetical, joining
and passive tables the set brought) and by the later ideation wordings
(``self_harm_ideation_more``).
"""

from __future__ import annotations

from weighin.safety.triage.lexicon.common import CANT
from weighin.safety.triage.lexicon.self_harm_external import (
    IDEATION_EXTERNAL,
    NONEXIST_EXTERNAL,
    SUPPRESS_EXTERNAL,
)
from weighin.safety.triage.lexicon.self_harm_ideation_more import IDEATION_MORE

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

# The families added from an external set, then the ideation wordings added after them.
SELF_HARM_IDEATION += IDEATION_EXTERNAL + IDEATION_MORE
SELF_HARM_NONEXIST += NONEXIST_EXTERNAL
SELF_HARM_SUPPRESS += SUPPRESS_EXTERNAL
