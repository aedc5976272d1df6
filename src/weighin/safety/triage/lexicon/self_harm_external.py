"""Self-harm families added from an external set (general ways of writing, not sentences).

``self_harm`` appends three of them to its first-written lists: ideation (``IDEATION_EXTERNAL``),
not existing (``NONEXIST_EXTERNAL``) and what is not about anyone's current state
(``SUPPRESS_EXTERNAL``). The tables the set brought are read from here: a recent past
(``SELF_HARM_RECENT``), recovery (``SELF_HARM_RECOVERY``), joining someone who has died
(``SELF_HARM_JOIN``, ``BEREAVED``), a blade taken to the skin (``BLADE_ON_SKIN``), a death one
would not mind (``PASSIVE_OK``) and someone else's words in a hypothetical
(``SELF_HARM_HYPOTHETICAL``). ``BODY`` is shared with ``self_harm_ideation_more``.
"""

from __future__ import annotations

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
IDEATION_EXTERNAL = (
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
NONEXIST_EXTERNAL = (
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

IDEATION_EXTERNAL += (
    r"|\b(?:no|not any|not a single|zero|no good) (?:reason|point) (?:for (?:me|him|her|them) )?"
    r"(?:to|in|of) (?:live|living|go on|going on|be here|being here|stay|staying|keep going|carry o"
    r"n"
    r"|be alive|being alive|exist|existing)\b"
)
# "I want to sleep and not wake": the wish said with no "up" after it.
IDEATION_EXTERNAL += (
    r"|\b(?:sleep|to|and|just) (?:never|not) wake\b(?=\s*(?:$|[.!?,;]|and\b|ever\b|forever\b"
    r"|anymore\b))"
)
# "Relapsed and cut last night": a relapse of self-injury worded with the bare verb.
IDEATION_EXTERNAL += (
    r"|\brelapsed (?:again )?(?:and|&) (?:cut|burned|burnt|scratched|self[- ]?harmed)\b"
    r"(?! (?:back|down|out|off|up|the|my hours|\w+ hours)\b)"
)
# A treatment asked about ("does DBT work for self harm?"): the topic, not a current act.
SUPPRESS_EXTERNAL = (
    r"|\b(?:dbt|cbt|therapy|therapies|treatments?|medications?|support groups?|apps?) (?:\w+ )?"
    r"(?:for|with|on|to (?:treat|help with|manage|stop)) self[- ]?harm\w*\b"
)
# Scars healed long ago, asked about for their look ("any creams that fade old self harm
# scars"), and a story's content ("worried about the suicide scenes for my 14yo"): not a
# current act or wish.
SUPPRESS_EXTERNAL += (
    r"|\bself[- ]?harm(?:ing)? scars?\b(?![^.!?]{0,40}\b(?:fresh|new|bleed\w*|open|again"
    r"|last night|today|yesterday|infected|tonight)\b)"
    r"|\bscars? (?:from|of) (?:my |old |past |previous )?self[- ]?harm\w*\b"
    r"(?![^.!?]{0,40}\b(?:fresh|new|bleed\w*|open|again|last night|today|yesterday|tonight)\b)"
    r"|\bthe (?:suicide|self[- ]?harm) (?:stuff|scenes?|content|themes?|storyline|plot|episodes?"
    r"|bits|parts|references)\b"
)
# School or research frames around a lethality question ("asking for a school project").
SUPPRESS_EXTERNAL += (
    r"|\bfor (?:my|a|our|the) (?:school |college |uni |university |science |biology |chemistry "
    r"|group )?(?:project|essay|assignment|homework|class|coursework|report|dissertation)\b"
)

# Ending a life in other words: "finish his life", "stop my life", "going to finish it".
IDEATION_EXTERNAL += (
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
BODY = r"(?:arms?|legs?|wrists?|thighs?|skin|stomach|tummy|hips?|hands?|body|chest|face)"
IDEATION_EXTERNAL += (
    r"|\b(?:do not|does not|did not) (?:really )?care (?:what happens to (?:me|him|her)|if (?:i|he"
    r"|she) "
    r"(?:die|dies|live|lives|wake up|wakes up|make it)|about (?:living|life|myself) anymore)\b"
    r"|\b(?:been|keep|keeps|kept|started|start|still|always|i|he|she|they) (?:\w+ )?(?:cutting|"
    r"burning|scratching|hitting|punching|biting|bruising|carving|scraping|stabbing) (?:my|his|"
    r"her|their) " + BODY + r"\b[^.!?;]{0,30}\b(?:with (?:a|my|his|her) (?:lighter|razor|blade|"
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
    + BODY
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
