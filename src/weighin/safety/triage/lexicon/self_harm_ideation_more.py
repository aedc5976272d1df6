"""More ways of writing self-harm ideation, appended by ``self_harm`` to ``SELF_HARM_IDEATION``
after the families from the external set (``self_harm_external``): others better off, crashing
or stepping in front of something, injuries hidden or explained away, an urge that keeps coming
back, hurting oneself to cope, then the wordings found on the blind and training sets. The pieces
are appended in the order they are written here.
"""

from __future__ import annotations

from weighin.safety.triage.lexicon.self_harm_external import BODY

# Others better off, worded without "without me"; thinking of crashing or stepping in front of
# something; injuries hidden or explained away ("neat lines she says are from the cat").
IDEATION_MORE = (
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
    r"his|her|their) " + BODY + r"\b[^.!?;]{0,30}\b(?:with (?:a|my|his|her) (?:lighter|razor|"
    r"blade|compass|sharpener|scissors|knife)|when(?:ever)? (?:things|it|i|he|she|everything)"
    r"|again)\b"
)

# More ways of saying it: tired of fighting, better without me, thinking about overdosing,
# searching for ways to die.
IDEATION_MORE += (
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
IDEATION_MORE += (
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
IDEATION_MORE += (
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
IDEATION_MORE += (
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
IDEATION_MORE += (
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
IDEATION_MORE += (
    r"|\bwish(?:es|ed|ing)? (?:i|he|she|they) (?:had|would have|would) (?:just )?died\b"
    r"(?! (?:laughing|of (?:embarrassment|shame|laughter)))"
    r"|\b(?:cut|cutting|burned|burnt|burning|scratched) (?:my|his|her|their) " + BODY + r"\b"
    r"[^\n]{0,160}?\b(?:needed|need|wanted|want|just) to (?:feel (?:something|anything|real"
    r"|pain|in control)|punish (?:myself|himself|herself))\b"
)

# Asking whether a way of dying would be quick or painless, put as one's own plan ("if i take my
# dad's heart pills will it be quick?"); a promise not to "do anything stupid" taken back in the
# same breath ("not gonna do anything stupid. probably. lol").
IDEATION_MORE += (
    r"|\bif (?:i|he|she) (?:take|took|swallow|swallowed|jump|jumped|hang|drink|drank|cut|use)\b"
    r"[^.!?]{0,50}\b(?:will|would|does|do) (?:it|that|i|they) (?:be quick|be painless|hurt|feel"
    r" (?:anything|it)|kill me|work|be enough)\b"
    r"|\bnot (?:going to|gonna) do anything (?:stupid|silly|dumb)\W{0,5}(?:probably|maybe|i think"
    r"|i hope|hopefully|idk|we will see)\b"
)

# The urge to hurt oneself, told by a child ("i get urges to bang my head on the wall when im
# angry"): self-harm ideation, urgent.
IDEATION_MORE += (
    r"|\burges? to (?:bang|hit|punch|cut|hurt|burn|harm) (?:myself|my (?:head|arms?|legs?|wrists?"
    r"|face|body|thighs?|stomach|hands?))\b"
)

# --- Found on blind set AM (2026-11-27: English as a second or third language) -------------
# The same wishes in a learner's words: "she dont see the point to live anymore", "maybe baby
# is better without her", "cant anymore. bye"; self-injury "because the feeling inside is too
# much".
IDEATION_MORE += (
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
IDEATION_MORE += (
    r"|\bwant (?:it all|everything|it|this|my life|the pain|all of it) to (?:stop|end)"
    r" (?:forever|for ever)\b"
    r"(?![^.!?]{0,30}\b(?:cure|treatment|medication|medicine|remedy|tablets? that|pills? that)\b)"
)
# A method asked for with its object left unsaid: "whats the least painful way, no judgement
# please", "Need the quickest way." (not "the quickest way to get rid of hiccups")
IDEATION_MORE += (
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
IDEATION_MORE += (
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
