"""Self-harm warning-sign families in plainer words (a message for those left, affairs settled,
a time, a decision, a method, being cut off, a last apology), read by ``self_harm`` only when no
wish is written: beside a wish they are the wish itself, not what escalates it. Split from
``self_harm_more`` (which holds the acts, overdoses and means) to keep each under 400 lines.
"""

from __future__ import annotations

FAREWELL_MORE = (
    # a message for the people left: "tell my mum it wasn't her fault", "tell my mum sorry",
    # "please tell my mum i loved her", "sorry mum", "bye everyone", "mum i love you"
    r"|\btell (?:mum|mom|dad|my (?:\w+ )?\w+|them|him|her|everyone)(?: that)? (?:it (?:was|is) not"
    r" (?:her|his|their|your) fault|i am sorry|sorry|i (?:love|loved) (?:her|him|them|you))\b"
    r"|\b(?:it is|it was|this is) not (?:your|her|his) fault\b|\bnone of this is (?:your|her|his)"
    r" fault\b"
    r"|\bsorry (?:mum|mom|dad|lads|guys|all)\b|\b(?:mum|mom|dad),? i love you\b|\bsorry to everyone"
    r"\b|\bbye (?:everyone|all|for good|guys|lads)\b|\bbye\.?$|\bsay(?:ing)? (?:bye|goodbye) to\b"
    r"|\bto say bye\b|\blove (?:you|u) all\b|\bsee (?:you|u) never\b|\badi[oó]s a todos\b"
    r"|\bgoodbye (?:texts?|messages?|post)\b|\bposted a goodbye\b|\blast text to everyone\b"
    r"|\b(?:if|whoever) (?:you are|anyone is|anyone) read(?:ing|s) this\b|\bif anyone reads this\b"
    r"|\bthis is (?:bye|goodbye)\b|\b(?:thanks?|thank you) (?:for everything|to (?:the|whoever"
    r"|everyone))\b|\bthank you for everything\b|\bit has been a ride\b"
    r"|\bthanks? (?:for all|to all|for the)\b[^.!?]{0,40}\bover the years\b"
    r"|\bhelped me (?:on here )?(?:last year|over the years)\b|\bwho tried\b"
    r"|\blook after (?:mum|mom|dad|the kids|each other|your mum|[A-Za-z]+) for me\b"
    r"|\b(?:he|she) is yours now\b|\bplease (?:feed|look after)\b|\b(?:the money|it) is yours\b"
    r"|\blook after each other\b|\blook after (?:your mum|me)\b"
    r"|\bi (?:love|loved) (?:him|her|them|you)\b[^.!?]{0,20}[.!?]+\s*i am sorry\b"
    r"|\b(?:love|loved) (?:you|u)[,.]? (?:i am )?sorry\b|\bsorry for (?:wasting|dumping|bothering)"
    r"\b|\bsorry for bother\b|\bim off\b|\bi am off\b(?! (?:to|work|sick|out|home))"
    r"|\bwrote (?:letters|notes?) (?:to|for)\b|\bwritten letters\b|\bwriting the notes\b"
    r"|\bnote(?:'s)? (?:is )?written\b|\bleft (?:a|me a) (?:note|letter|voicemail)\b"
    r"|\bletters? (?:for|to) (?:my|everyone|each)\b|\bwrite letter for\b|\bwrote letters\b"
    r"|\bletters on the (?:kitchen )?table\b|\bgave (?:me|him|her) (?:his|her"
    r"|my) (?:dad's )?watch\b"
    r"|\bsaid (?:goodnight|goodbye) (?:to (?:the kids|everyone|people) )?in a (?:really )?(?:odd"
    r"|strange"
    r"|weird) way\b|\bhugged (?:them|me|us) for ages\b|\b(?:been )?saying goodbye to people\b"
    r"|\bsaid bye to (?:everyone|my)\b|\bsaid (?:everything )?(?:he|she) needed to say\b"
    r"|\bwanted to hear a friendly voice\b|\bwanted to say (?:thank you|thanks|bye|sorry)\b"
    r"|\bjust wanted (?:it written down|to write it down)\b|\bwant it written down\b"
    r"|\bneeded to say it (?:somewhere|to someone)\b|\bto say it (?:to someone|somewhere)\b"
    r"|\bwritten down somewhere\b|\bthought someone should know\b|\bsomeone to know\b"
    r"|\bone person to know\b|\bdo not know why i am (?:typing|writing|posting)\b"
    r"|\bnot sure why i am (?:\w+ )?(?:typing|writing|posting|asking)\b"
    r"|\b(?:idk|dunno|do not know|not sure) (?:y|why) (?:i am|im) (?:even )?(?:typing|posting)\b"
    r"|\bwhy i am typing this\b|\bdo not (?:rightly |really )?know why i am typing\b"
    r"|\bscheduled (?:my |the )?(?:emails|messages)\b"
)

AFFAIRS_MORE = (
    r"|\b(?:wills?|will is) (?:written|signed|done|sorted)\b|\b(?:sorted|wrote|written|signed)"
    r" (?:my|the|his|her) will\b|\bwill written\b|\bpaid (?:off|up) (?:all )?(?:the|my|what)\b"
    r"|\bcancell?ed (?:my|the|his|her) (?:phone|gym|contract)\b|\bcat rehomed\b|\brehomed the\b"
    r"|\bdog(?:'s|s)? going to\b|\b(?:dog|cat) is (?:going|with)\b|\bpasswords\b"
    r"|\bbank (?:details|cards|stuff)\b|\binsurance (?:documents|papers)\b|\baffairs (?:are )?in"
    r" order\b|\bsorted out my affairs\b|\bgave away\b"
    r"|\b(?:gave|given|giving|passed) (?:away )?(?:my|his|her) (?:\w+ )?(?:guitar|watch|xbox|ps5"
    r"|switch|bike|clothes|trainers|gaming pc|tools|things)(?: on)? (?:away|to (?:my|his|her)"
    r" (?:little |big |best |younger |older )?(?:brother|bro|sister|mate|friend|nephew|niece"
    r"|neighbour|son|daughter|cousin))\b"
    r"|\bput (?:my|all my) \w+(?:,? (?:my )?\w+)*(?: and (?:my )?\w+)? in bags with\b|\bsold the\b"
    r"|\bdeleted all my accounts\b|\bcancell?ed all (?:her|his|my) appointments\b"
    r"|\bleft spare keys\b|\bsorted (?:the|my) paperwork\b|\beverything(?: is| has been)? (?:packed"
    r"|paid off|given away)\b|\bgold chain\b[^.!?]{0,20}\benvelope\b"
    r"|\b(?:quickest|easiest) way to get a (?:dog|cat|pet) rehomed\b"
    r"|\bclose my accounts\b|\bsorting out my bank\b|\bleft her wedding ring\b"
)

SET_TIME_MORE = (
    # a time named for an act: "tonight's the night", "after tonight", "at midnight", "tomorrow
    # morning before anyone is up", "after my shift ends at 11 tonight", "on saturday"
    r"|\bafter (?:tonight|today|tomorrow|this weekend|friday|saturday|sunday)\b"
    r"|\b(?:tonight|tomorrow|today)(?:'s| is) the (?:night|day)\b|\btonights the night\b"
    r"|\bbefore (?:morning|anyone is up|the morning)\b|\bwill not be here (?:tomorrow|in the"
    r" morning|by morning)\b|\bby (?:morning|then) it will be done\b|\bwhen the carer leaves\b"
    r"|\bat (?:midnight|3am|\d{1,2}(?::\d\d)?(?: ?[ap]m)?) (?:so (?:no one|nobody)|when|tonight)\b"
    r"|\b(?:tonight|today|tomorrow) at (?:midnight|\d)\b|\bset my alarm for\b"
    r"|\bthe date is (?:\w+day|friday|today|next \w+)\b|\bdate(?:'s| is) \w+day\b"
    r"|\b(?:decided|planned it|picked) (?:on |for )?(?:\w+day|tonight|saturday|the date)\b"
    r"|\bi picked (?:\w+day|the date)\b|\bhappening (?:tomorrow|tonight)\b"
    r"|\bcounting down\b|\bnext (?:fast )?(?:train|one) (?:is |comes )?in \d+ ?(?:minutes|mins)\b"
    r"|\bafter (?:the news|my shift ends|i post this|i have posted this)\b|\b(?:going"
    r"|taking (?:them|it)) after i (?:have )?post"
    r"|\b(?:tonight|this weekend|sunday|saturday|friday|tomorrow)\b[^.!?]{0,10}(?:when|once) (?:my"
    r" \w+|the house|everyone|nobody|no one)\b|\bnobody(?: is)? home till\b"
    r"|\b(?:is|it is) time\b(?! (?:for|to))|\bnot (?:gonna|going to) be here"
    r" after\b|\b(?:4|for) tonight\b|^\W*tonight\b"
)

PLAN_MORE = (
    # a decision to act, said plainly: "i've decided", "made my mind up", "the next train is the
    # one", "came up here to jump", "i'm going in", "going over the side"
    r"|(?:^|[.!?]\s*|\bi (?:have |had )?)decided\b(?! (?:to (?!do it\b)|that|what|which|on (?:a"
    r"|the|my|his|her)\b))|\bmade my mind up\b"
    r"|\bmade (?:his|her|my) (?:choice|decision)\b|\bi made my choice\b|\bhas a plan\b"
    r"|\bmade a plan\b|\bplanning it for\b|\bbeen planning (?:it|this)\b|\bplanned it for\b"
    r"|\bthe next (?:train|one) is the one\b|\bcame up here to jump\b|\binstead of jumping\b"
    r"|\bi am going in\b|\bgoing over the side\b|\bgoing to (?:climb|go) over\b|\bclimb over\b"
    r"|\bi will go now\b|\bthe (?:fast|next) (?:train|one)\b[^.!?]{0,30}\bnot getting on\b"
    r"|\b(?:going to|gonna|will) (?:do it|inject (?:the lot|all of it|it all)|take them all"
    r"|swallow them|take all of them|drink (?:it|am))\b|\bi go drink am\b"
    r"|\b(?:going to|gonna|will|voy a) (?:tomarlas todas|take (?:it|them) all)\b|\bvoy a tomarlas\b"
    r"|\btaking all of them\b|\btake them after\b|\btaking (?:his|her|my) whole\b"
    r"|\b(?:going to|will) (?:be with|join) (?:him|her|grandma|grandad|nan|frank|mum|dad|\w+)"
    r" (?:tonight|tomorrow|soon|today)\b|\b(?:tomorrow|tonight) i will be with\b"
    r"|\bgoing to be with (?:him|her) tonight\b|\bwill not need (?:them|it|her|him|any of it)\b"
    r"|\bwill not (?:need|be needing) (?:\w+ ){0,3}(?:anymore|where i am going|after)\b"
    r"|\bwill not be (?:coming back|here (?:tomorrow|after))\b|\bnot coming back\b"
    r"|\bwhen i am gone\b|\bonce i am gone\b|\bafter i am gone\b"
    r"|\bi (?:am|will be) done now\b|\bi am done\b(?! (?:with (?!(?:it all|all of it|everything"
    r"|life)\b)|for|at|eating|working|cooking)\b)|\bdone with (?:it all|all of it|everything)\b"
    r"|\bi have had enough\b|\b(?:cannot|can not|no fit) (?:go on|continue|live with this)\b"
    r"|\bya no puedo m[aá]s\b|\bjeena nahi hai\b|\bthis is the end\b"
    r"|\bnobody (?:will|would) (?:miss|notice|find) (?:me|him|her)\b|\bno one will notice\b"
    r"|\bbetter off (?:without me|without her|without him)\b|\bkids are better off\b"
    r"|\b(?:will not|wont) (?:be a burden|have to deal with me)\b|\bout of your hair\b"
    r"|\bnot (?:asking|looking) (?:for help|for advice|to be talked out)\b"
    r"|\bnot asking for advice\b"
    r"|\bdo not (?:try to )?(?:find|stop|come looking for) me\b|\bdo not come\b"
    r"|\bdo not (?:call|bother|tell) (?:anyone|anybody|my mum)\b|\bit has done\b|\bit is done\b"
    r"|\bnot scared anymore\b|\bweirdly calm\b|\bcalm about it\b"
    r"|\bat peace\b|\bno point\b|\bi (?:just )?(?:want|wanted) (?:all of )?it (?:over|to stop"
    r"|to be quick|not to hurt)\b"
    r"|\b(?:make it painless|make it not hurt)\b|\bdo not think i can stop myself\b"
    r"|\bnot (?:getting|going) (?:on|back) (?:it|down)\b|\bmeans it\b|\bdid not (?:really )?want to"
    r" wake up\b|\bhe is done\b|\bshe is done\b|\bsaid (?:he|she) is done\b|\b(?:he|she) is"
    r" (?:done|ready)(?= ?(?:[.!,]|$))|\bi am ready(?= ?(?:[.!,]|$|now\b))"
)

# A method named as what will be done: "put the van into a wall on the way home", "crash the
# car", "step in front of the express", "going to the river tonight", "lie down in the snow"
METHOD_MORE = (
    # (not a crash told: "drove into a wall when my brakes failed")
    r"\b(?:drive|driving|put|aim|crash|steer)\b (?:the |my |his |her )?(?:\w+ )?"
    r"(?:into|at) (?:a |the )?(?:river|wall|tree|pillar|concrete pillar|bridge pillar|lorry|sea"
    r"|quarry)\b(?![^.!?]{0,40}\b(?:when|because|brakes?|skid\w*|icy|ice|swerv\w*|accident\w*"
    r"|by mistake|lost control|airbag)\b)|\bcrash the car\b|\bend it on the motorway\b"
    r"|\bstep in front of\b|\bwalk (?:into|out into) the (?:sea|river|traffic)\b"
    r"|\blie down in the snow\b|\btaking the boat out\b[^.!?]{0,30}\bwithout the life ?jacket\b"
    r"|\bgoing to the (?:river|canal|sea|bridge|cliffs?|tracks|train tracks) (?:tonight|now"
    r"|today)\b"
    r"|\bclimb over\b|\bgoing over the side\b|\bcame up here to jump\b|\binstead of jumping\b"
    r"|\bthe next (?:train|one) is the one\b"
)

# A last word: the message ends on a bare apology ("... tell mum i love her. im sorry").
LAST_WORD = (
    # (begun after the stop, so that a "not" before it is not read as its negation: "it was
    # not her fault. im sorry")
    r"(?:^|(?<=[.!?,] )|(?<=[.!?,]))(?:i am )?(?:so )?sorry(?: (?:mum|mom|dad|everyone|all|lads"
    r"|guys))?\W*x*\W*$"
)

# What the plain families need beside them: some word of death, means, despair or leaving
# ("so tired" and "phone is off" are a night shift's, "no point" and "nobody knows" a rash's,
# until the text says more).
QUIET_CONTEXT = (
    r"\b(?:suicid\w*|kill\w* (?:my|him|her|them)sel(?:f|ves)|end(?:ing)? (?:it|it all|my life"
    r"|things)|die|dying|dead|death|overdos\w*|pills|tablets|meds|paracetamol|insulin|rope|noose"
    r"|bridge|jump\w*|gun|shotgun|rifle|pistol|knife|blades?|razors?|cuts?|cutting|hang\w*"
    r"|notes?|letters?|goodbye|bye|sorry|forgive|fault|love (?:you|u|her|him|them)|loved"
    r"|tried (?:before|last|again|to)|attempt\w*|self[- ]?harm\w*|burden|better off|go on"
    r"|anymore|any more|no way out|join (?:him|her)|be with (?:him|her)|whoever|reads this|river"
    r"|tracks|roof|ledge|cliffs?|gone|hopeless|worthless|done with|crash\w*|made my mind up"
    r"|look after (?:my|the|our) \w+ for me)\b"
)

CUT_OFF_MORE = (
    # gone quiet or gone: "her phone goes straight to voicemail", "not picking phone for 1
    # hour", "went out on foot without his phone", "hasn't come home", "not in her room"
    r"|\bphones? (?:goes|went|going) straight to voicemail\b|\bphones? (?:is )?off\b"
    r"|\bnot (?:picking|answering) (?:up|(?:the |her |his )?phone)\b|\bnot opening my messages\b"
    r"|\bgone offline\b|\bturning it off\b|\b(?:cannot|can not) get through to (?:her|him|them)\b"
    r"|\bwithout (?:his|her) phone\b|\b(?:has not|did not) (?:come|came) (?:home|in)\b"
    r"|\b(?:is|was) not in (?:her|his) room\b|\b(?:car|car keys) (?:is |are )?gone\b"
    r"|\bcar keys gone\b|\bdriven off\b|\bjust grabbed (?:his|her) keys"
    r" and (?:went|left)\b|\bnobody knows where (?:he|she|i) (?:is|am)\b|\bnobody knows\b"
    r"|\bnobody knows where i am\b|\bunder another name\b|\bwill not (?:talk to me|unlock)\b"
    r"|\bdo not know (?:her|his)"
    r" (?:new )?address\b|\bonly know (?:her|his) town\b|\bnot (?:in|at) (?:the house|home|school)"
    r"\b|\bdid not come (?:today|home)\b|\blocked it from inside\b"
)
