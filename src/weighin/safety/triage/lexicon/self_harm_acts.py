"""Self-harm lexicons: acts, plans and timing (what makes it an emergency).

*Escalators* (a plan, means at hand, a chosen time, a goodbye) make current ideation an
emergency; acts, attempts under way and stockpiles are emergencies by themselves. The
warning-sign families that stand on their own (means at hand, farewell, settling affairs, a set
time, being cut off) are in ``self_harm_signs``.
"""

from __future__ import annotations

from weighin.safety.triage.lexicon.common import (
    MEDICINE,
    NOT_DENIED,
    NOT_STAFF,
    NOT_TO_A_ROLE,
    ON_TREATMENT,
    POISONS,
)
from weighin.safety.triage.lexicon.self_harm_more import (
    ROPE_USE,
    STRONG_MORE,
)

# A means, plan, timing or goodbye: with any active ideation the level is emergency.
SELF_HARM_ESCALATORS = (
    # a treatment one lives by, stopped or thrown away: "threw my transplant meds in the bin",
    # "not taking my insulin anymore", "stopped going to dialysis"
    r"\b(?:stopped|stopping|not taking|not doing|skipping|skipped|quit|quitting|threw|thrown"
    r"|binned|flushed|refusing|refused|stopped going to|not going to|missed) (?:away )?(?:all )?"
    r"(?:my |his |her |their )?(?:insulin|dialysis|transplant (?:meds|medication|medicines|tablets"
    r"|drugs)|anti-?rejection \w+|immunosuppressants?)\b|"
    # voices that command it, about to be obeyed: "scared I'll listen", "they want me to use the
    # knife" (thoughts "getting louder" are a worsening, urgent: not yet an act)
    r"\bscared (?:i'll|i will|i might|that i will|that i might) (?:listen|obey|do it|act on it|give"
    r" in|do what (?:they|it) says?)\b|\b(?:cannot|can not) (?:resist (?:it|them)|fight (?:it|them)"
    r" (?:any ?more|much longer))\b|\bwants? me to use the (?:knife|blade|razor|rope|pills)\b|"
    # the car keys taken and gone, after saying how: "hes gonna drive his car into a wall ...
    # hes grabbed his keys and gone"
    r"\b(?:grabbed|took|taken|got|has) (?:his|her|their|my|the) (?:car )?keys\b[^.!?]{0,25}"
    r"\b(?:gone|left|driven off|drove off|ran off|run off|stormed out|walked out)\b|"
    # something bought where no one asks why (not to get high)
    r"\b(?:off|on|from) the dark web\b(?![^.!?]{0,30}\bto (?:get high|party|sell|trip))|"
    # a time set by the day's end: "taking it after this shift", "doing it when everyone's asleep"
    r"\b(?:taking|take|doing|do) it (?:after (?:this|my|the) (?:shift|exam|party|weekend|meeting"
    r"|call)|tonight|later today)\b|"
    # insulin withheld on purpose (a pump switched off and left off)
    r"\b(?:turned|switched|took|pulled) (?:(?:off|out) )?(?:my |his |her )?(?:insulin )?pump"
    r"(?: (?:off|out))?\b[^.!?]{0,25}\b(?:on purpose|deliberately"
    r"|not (?:turning|switching|putting) it back)"
    r"|\b(?:stopped|not taking|skipping|skipped|stopped taking|not injecting|withholding|not doing)"
    r" (?:my |his |her )?insulin\b[^.!?]{0,30}\b(?:on purpose|deliberately)\b|"
    r"\b(?:all|whole|every one) (?:of )?(?:the|my|a|his|her) (?:box|bottle|packet|pack|strip"
    r"|blister)s?\b|\b(?:many|lots of|a lot of|loads of|a handful of) (?:pill|pills|tablet"
    r"|tablets)\b|"
    r"\b(?:have|got|made|making|with) a plan\b"
    r"|(?<!nothing )(?<!not )(?<!never )(?<!no )\bplann(?:ing|ed)\b"
    r"(?! (?:for|ahead|a (?:holiday|trip|party|wedding|birthday|baby)|my (?:holiday|trip|wedding)"
    r"|to go (?:on|away)))|\b(?:decided"
    # "need to know what to do", "do not know how": a question, not a method chosen
    r"|(?<!to )(?<!not )(?<!never )(?<!you )know"
    r"|worked out|figured out|chosen|picked) (?:how|when|where|what|the day|the date|the place)\b"
    r"|\b(?:going|gonna|about|ready|decided) to (?:do it|kill|end|take|jump|hang|shoot|cut"
    r"|overdose|drive|swallow|crash)\b|\bi will do it\b|\bhow (?:many"
    r"|much) [^.!?;]{0,30}\b(?:would|does|will|to) (?:take|kill|need|be enough)\b"
    r"|\bit would take\b|\blooking up (?:how|ways|methods)\b|\bresearch(?:ed|ing) (?:how|ways)\b"
    r"|\bsearch(?:ed"
    r"|ing) (?:for )?(?:how|ways)\b|\bgoogl(?:ed|ing) (?:how|ways)\b|\bways to (?:die|kill|end)\b"
    r"|\blethal dose\b|\b(?:wait|waiting) (?:until|till|for) everyone\b|\b(?:so it"
    r"|make it) looks? like an accident\b|\b(?:everything|it all|all) (?:is )?(?:ready|set|planned"
    r"|sorted)\b|\bgot everything ready\b|\bhave everything ready\b"
    # a ligature that gave way is an attempt: "used my dressing gown belt and it snapped"
    r"|\b(?:belt|cord|scarf|rope|cable|ligature|noose|lead|tie|sheet|flex)\b[^.!?;]{0,25}\b(?:snapp"
    r"ed"
    r"|broke|gave way|came undone|came loose)\b"
    # means not got "yet" are a plan: "havent bought the rope yet"
    r"|\b(?:have|has|had|got|gotten|bought|buy|found|get|ordered)\b[^.!?;]{0,20}?\b(?:pills"
    r"|tablets|rope|noose|gun|knife|blades?|razors?|charcoal|poison)\b (?:yet|so far)\b"
    # (means denied are none: "i have no rope", "i have not got any pills", "havent bought one")
    r"|\b" + NOT_DENIED + r"(?:have|has|had|got|gotten"
    r"|with|holding|hold|bought|buy|buying|collected|saved|found|get|getting|keep|keeping|kept"
    r"|stashed|grabbed|took|take|taking|swallow|swallowing|loaded|carrying|carries"
    r"|sitting here with|holding onto)\b(?! (?:not|never|no)\b)"
    + ON_TREATMENT
    # (not means put out of reach: "we've locked the tablets away", "have hidden the knives")
    + r"(?![^.!?;]{0,20}?\b(?:locked|hidden|hid|removed|taken away|put away))"
    r"[^.!?;]{0,20}?\b(?:pills|tablets|meds|medication"
    r"|painkillers|paracetamol|sleeping pills|insulin|rope|noose|guns?|firearm|pistol|rifle"
    r"|shotgun|knife|knives|blades?|razors?|bottle of|belt|charcoal|poison)\b"
    r"(?! (?:locked )?(?:away|up)\b)|\b(?:pills|tablets"
    r"|meds|rope|gun|knife|blade|razor|noose)s? (?:are |is )?(?:in front of me|ready|with (?:me"
    r"|her|him|them)|in my (?:hand|pocket|bag)|right here)\b|\b(?:rope|noose|gun|guns|firearm"
    r"|pistol|rifle|shotgun|bridge|roof|ledge|cliff|pier|quarry|train tracks|railway|car exhaust"
    r"|jump|jumping"
    r"|(?<!it was an )overdose|stockpil\w+|saved up|saving up|train station"
    r"|(?<!sheep )(?<!cattle )(?<!police )(?<!fire )(?<!radio )(?<!work)station|platform|tracks"
    r"|motorway"
    r"|level crossing|train times|railway line|train line|viaduct"
    r"|tall building|top floor|balcony|multi[- ]?storey|car park|stepping off|step off)\b"
    # (a person, not "her words", "her inhaler": "she can't find her words, says 'the thing'")
    r"|\b(?:cannot|can not|could not) find (?:him|her|them)\b(?! (?:words?|name|keys|phone"
    r"|glasses|way|place|inhaler|tablets|pills|shoes|bag|car)\b)"
    # a person gone missing, not "a few (tablets) are missing from the strip"
    r"|(?<!are )(?<!few )(?<!some )(?<!tablets )(?<!pills )(?<!none )(?<!nothing )(?<!none are )"
    r"(?<!nothing is )(?<!none were )\b(?:has |have )?(?:gone )?missing\b"
    # (nor a session missed: "keep missing training", "missing school")
    r"(?! from| (?:training|school|work|class|classes|lectures|college|uni|practice)\b)"
    r"|\bno one knows where (?:he|she|they) (?:is|are)\b|\b(?:gave|giving|given|give) away (?:all "
    r"|some of |most of )?(?:my|his|her|their) \w+|\b(?:got|have|has) everything (?:i|he|she"
    r"|they) (?:need|needs)\b|\bgoodbye\b|\blast (?:post|message)\b"
    r"|\blast time\b(?! (?:it|i|he|she|they|we) (?:was|did|tried|had|took)\b)|\bnote\b(?!:)"
    r"|\bletters?\b"
    r"|\b(?:locked|barricaded) (?:my|him|her|them)sel(?:f|ves) in\b|" + NOT_STAFF + r"\b(?:will not"
    r"|does not|is not) (?:answer|answering|picking up|reply|replying)\b|\bphone (?:is |has been "
    r"|was )?(?:off|switched off|turned off|dead|going to voicemail)\b|\b(?:cannot|could not"
    r"|can not) (?:reach|get hold of|contact) (?:him|her|them)\b|" + NOT_STAFF + r"\bnot"
    r" (?:answering|picking up"
    r"|replying)\b|\bhow (?:many|much)\b[^.!?;]{0,40}\b(?:would|does|will|do|did) (?:it|they"
    r"|i need to) (?:take|need)\b"
    # (not someone asleep beside the writer: "baby sleeping next to me")
    r"|(?<!sleeping )(?<!asleep )(?<!napping )(?<!snuggled )(?<!cuddled )(?<!curled up )"
    r"\b(?:next to|beside|in front of|near) me\b|\bon my (?:lap|desk"
    r"|bed|bedside|nightstand|table)\b|\bcounted (?:out|up)\b|\blined up\b|\bin my (?:hand|pocket"
    r"|bag|lap)\b|\b(?:hidden|hid|hiding|stashed) (?:under|in|behind|away)\b|\bstaring at\b"
    r"|\bmy (?:mind|decision) is made\b|\bmade (?:my|the) decision\b|\b(?:drove|stormed|ran|walked"
    r"|went|took off|has gone) (?:off|out|away)\b(?! (?:to|for|with)\b)"
    # a lethal-dose question beside the wish: "something that would stop it all, how many
    # paracetamol"
    r"|\bhow (?:many|much)\b[^.!?]{0,20}\b" + MEDICINE + r"\b"
)

# A time word: it dates an act only with intent in its sentence ("ending it tonight"), not a
# thought ("thoughts about it this week") or a disclosure ("she told me tonight").
SELF_HARM_TIMING = (
    # (not the day a wish was said: "tonight he said 'I want to kill myself'")
    r"\b(?:tonight|tomorrow|today|this (?:weekend|evening|afternoon|week))\b"
    r"(?!,? (?:he|she|they|i|my \w+) (?:said|told|texted|mentioned|messaged|wrote|admitted))"
    r"|\bafter (?:work|school|everyone|they|the kids)\b|\bright now\b|\bsoon\b|\bin (?:an|a few"
    r"|\d+) (?:hours?|minutes?)\b|\bwhen everyone is asleep\b|\bby (?:the end of|morning"
    r"|tonight)\b|\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|my birthday)\b"
)

# The edge of a bed or a chair is where the breathless sit up, not a height.
FURNITURE_EDGE = (
    r" of (?:the |a |my |his |her |their )?(?:bed|seat|chair|sofa|couch|bath|bathtub|tub|pool"
    r"|table|desk|stage|mattress|toilet|settee|armchair)"
)

# Acts, goodbyes and stockpiles: emergency even without an ideation word.
# A goodbye to a thing: "goodbye forever to my gallbladder lol", "this is goodbye to my
# contact lenses" (not to one's life, the world or the people in it).
NOT_TO_A_THING = (
    r"(?!(?: (?:forever|for good|for ever))? to (?:my|the|those|these|that|this|our) (?!life\b"
    r"|world\b|family|kids|children|friends|everyone|loved|mum|dad|wife|husband|partner|son"
    r"|daughter|baby|babies)\w+)"
)

# where a sentence about being found ends: "... finds me.", "... finds me when she gets home"
_FOUND_END = (
    r"(?=\s*(?:$|[.!?,;]|first|like (?:this|that)|please|x+\b|in the morning"
    r"|when (?:she|he|they|you) (?:gets?|comes?) (?:home|back|in)))"
)

SELF_HARM_STRONG = (
    # a burn made on purpose: "held the iron on my forearm on purpose"
    r"\b(?:iron|lighter|cigarettes?|straighteners|hot spoon|hot knife|match|lit match)\b"
    r"[^.!?]{0,30}"
    r"\b(?:my|his|her) (?:fore)?(?:arm|wrist|leg|thigh|skin|hand|stomach)s?\b[^.!?]{0,15}"
    r"\bon purpose\b|"
    # wrists cut in lines, however it is explained: "both wrists wrapped in paper towels ...
    # she says she slipped ... long straight cuts"
    r"\bwrists\b[^\n]{0,160}\b(?:long|straight|neat|deep|parallel) (?:straight )?cuts\b|"
    # an insulin pump switched off on purpose and left off
    r"\b(?:turned|switched|took|pulled) (?:(?:off|out) )?(?:my |his |her )?(?:insulin )?pump"
    r"(?: (?:off|out))?\b[^.!?]{0,25}\bon purpose\b[^.!?]{0,40}\bnot (?:turning|switching|putting)"
    r" it back\b|"
    # a supply kept back to take all at once: "he's kept back his mother's morphine and will take
    # all of it the moment she passes"
    r"\b(?:kept|kept back|saved|saving|stockpil\w*|hoard\w*|stash\w*|held back)\b[^.!?]{0,40}"
    r"\b(?:morphine|pills|tablets|meds|medication|insulin|oxycodone|painkillers|sleeping pills)\b"
    r"[^.!?]{0,40}\b(?:will|going to|gonna|plans? to|planning to) take (?:all|the lot|every one"
    r"|them all|it all)\b|"
    # a treatment one lives by stopped in order to die, or to be with someone gone: "stopped my
    # dialysis so i can be with her again", "not taking my transplant meds, i want to be with him"
    r"\b(?:stopped|not taking|skipping|skipped|stopped taking|not injecting|withholding|not doing"
    r"|turned off|switched off|quit|quitting|not going to)"
    r" (?:my |his |her )?(?:insulin\b(?: pump)?|dialysis|(?:transplant|anti-?rejection|immuno"
    r"suppressant) (?:meds|medication|medicines|drugs|tablets|pills))[^.!?]{0,30}\b(?:so (?:i"
    r"|he|she) (?:can|will|would|could) (?:die|be with (?:him|her|them|my \w+))|to die|to end"
    r" (?:it|my life|his life|her life)|(?:i |he |she )?(?:want|wants|wanna|just want) to be with"
    r" (?:him|her|them|my \w+))\b"
    r"(?! (?:at|for|on|in|while|during|when|through|after|before|today|this)\b)|"
    # a weapon turned on oneself, or loaded and at hand
    r"\b(?:gun|rifle|shotgun|revolver|pistol|knife|blade|razor)\b[^.!?]{0,30}\b(?:at|against"
    r"|to|into) (?:my|his|her|their) (?:own )?(?:head|throat|neck|temple|mouth|chest|wrist)\b"
    r"|\b(?:gun|rifle|shotgun|revolver|pistol)(?:'s| is|s)? (?:loaded|cocked)\b"
    # petrol poured over oneself; a threat to jump or to kill oneself made now
    r"|\b(?:petrol|gasoline|lighter fluid|paraffin|kerosene) (?:all )?(?:over|on) (?:himself"
    r"|herself|myself|themselves)\b|\bthreatening to (?:jump|kill (?:himself|herself|themselves)"
    r"|end (?:it|his life|her life)|hang (?:himself|herself))\b"
    # a dose of a medicine asked about, then "I just took them"
    r"|\b(?:[1-9]\d|1\d\d)\b[^.!?]{0,30}\b" + MEDICINE + r"\b[^.!]{0,60}?\b(?:i|he|she) (?:already"
    r"|just) (?:took|taken|swallowed|have taken|had)(?: them| it| all of them| the lot)?\b"
    r"|\b(?:[1-9]\d|1\d\d)\b[^.!?]{0,30}\b" + MEDICINE + r"\b[^.!?]{0,40}[.!?]+\s*(?:i|he|she)"
    r" (?:actually |really )?(?:took|swallowed|downed) (?:them|all of them|the lot)\b|"
    r"\b(?:tonight|today|tomorrow|this (?:evening|afternoon|morning|weekend))\b[^.!?]{0,5}\b(?:i|he"
    r"|she) (?:will|am going to|is going to|shall) (?:take|swallow|drink) (?:all|every|the whole"
    r"|the rest)\b|"
    r"\b(?:saving|saved|stockpil\w+|hoard\w*|collect(?:ing|ed)|stash\w*|building up|putting aside"
    # kept back in numbers, not "keeping insulin working in the cold" or "kept in the fridge"
    r"|squirrel\w*|(?:kept|keeping) (?:back |aside |hold of )?(?:all|every one|a stash|a pile"
    r"|loads|lots|hundreds|dozens|boxes|bottles|packets|\d+))\b(?: up)?[^.!?;]{0,25}?\b(?:pills"
    r"|tablets|meds|medication"
    r"|medications|insulin|painkillers|sleeping pills|antidepressants|paracetamol|prescriptions"
    r"|morphine|oxycodone|codeine|tramadol|opioids|diazepam|xanax|valium|fentanyl|methadone"
    r"|lithium|amitriptyline|co-codamol|oxys?|percs?|benzos?|xans?|xanax)\b|\b(?:pills|tablets|med"
    r"s|insulin"
    r"|painkillers)\b[^.!?;]{0,15}\b(?:saved|stockpiled|hoarded|stashed|saving) up\b|\b(?:going"
    r"|ready|about|planning|plan|gonna) to (?:take|swallow|down|neck) (?:all|every one|the whole"
    r"|a whole|the lot)(?: of)?(?: my| the| these| those| his| her)? ?(?:pills|tablets|meds"
    r"|morphine|oxycodone|insulin|painkillers"
    r"|medication|bottle|packet|box|insulin|painkillers|sleeping pills)\b|\b(?:going|ready"
    r"|about) to (?:take|swallow) (?:them|it|all of them|the lot|every one)(?: all)?\b|\b(?:pills"
    r"|tablets)\b[^.!?;]{0,25}\bin front of me\b|\b(?:wrote|written|writing|left|leaving|sent"
    r"|drafted)\b[^.!?;]{0,25}\b(?:note|letter|letters|message)\b[^.!?;]{0,40}\b(?:explaining why"
    r"|why (?:i|he|she) (?:had|have|has) to|goodbye|forgive me|i am sorry|to remember me"
    r"|when i am gone|after i am gone)\b|\b(?:wrote|written|writing|left|leave|leaving|drafted"
    r"|finished) (?:a |my |the |her |his |some )?(?:suicide|goodbye|farewell) (?:note|notes"
    r"|letters?)\b"
    + NOT_TO_A_ROLE
    + r"|\b(?:wrote|written|writing|left|leave|leaving|drafted|finished) (?:a |my |the |her |his |"
    r"some )?(?:note|notes|letters?)\b[^.!?;]{0,30}\bgoodbye\b|\bsuicide note\b"
    r"|\bgoodbye (?:letters?"
    r"|notes?|messages?|forever|for good|everyone|world)\b(?! to (?:our|my|his|her) (?:late|dead"
    r"|deceased))" + NOT_TO_A_ROLE + NOT_TO_A_THING + r"|\b(?:letters?|notes?|texted|messaged"
    r"|text|message|video)\b[^.!?;]{0,40}\b(?:say|said|saying) goodbye\b"
    r"|\bthis is (?:my )?(?:goodbye|last (?:post|message))\b"
    + NOT_TO_A_THING
    + r"|\bmy last (?:post|message|day"
    r"|night)\b"
    # "won't be a problem much longer", unless what will stop being one is said next ("won't be
    # a problem for much longer - my landlord is fixing the damp")
    r"|(?<!\bit )(?<!\bthat )(?<!\bthis )\b(?:will not|would not) be a (?:problem"
    r"|burden|bother|nuisance)(?: (?:for|to)"
    r"(?: \w+){0,2}?)? (?:much|for much) longer\b(?!\s*(?:[\u2014\u2013:;,-]|because|since|once"
    r"|now that|as soon as))"
    r"|\b(?:will not|would not) be (?:around|here|alive) (?:tomorrow|much longer|anymore"
    r"|by|next|for)\b"
    # a threat hung on someone's silence: "if no one replies ill take all my tablets"
    r"|\bif (?:no ?one|nobody|noone|no-one|you do not|you dont|they do not|(?:he|she) does not)"
    r"\b[^.!?]{0,40}\b(?:i will|ill|i am going to|i am gonna|gonna|i am) (?:take (?:all|every|the"
    r" lot|them all)|kill myself|end it|end my life|jump|hang myself|overdose)\b"
    # the how and the when settled, and nothing said after: "i have figured out how and when."
    r"|\b(?:decided|worked out|figured out|planned|chosen|picked|sorted)\b (?:out )?(?:exactly )?"
    r"(?:how and when|when and how|how and where|where and how|when and where|where and when)"
    r"(?=\s*(?:[.!]|$))"
    # an absence tomorrow that becomes for ever: "wont be at training tomorrow. or ever." (not
    # a place given up: "wont be eating there again tomorrow. or ever lol")
    r"|\b(?:will not|would not) be (?:at|in)\b[^.!?]{0,40}\b(?:tomorrow|next \w+)\W{0,4}"
    r"(?:or|and not|or ever again) ever\b(?![^.!?]{0,40}\b(?:lol|haha|if|unless|again)\b)"
    r"|\bfinal goodbye\b|\bsay(?:ing)? goodbye (?:to everyone|forever|for good)\b"
    r"|\b(?:jump|jumping|throw myself|throwing myself) (?:off|from|in front of"
    r"|under|into) (?:a|the|my|this|that)? ?(?:bridge|building|roof|cliff|balcony|train|bus|car"
    r"|tower|car park|multi[- ]storey|window|ledge|river|traffic|motorway|lorry|truck)\b"
    r"|\bstep(?:ping)? in front of (?:a|the) (?:train|bus|truck|car|lorry)\b|\b(?:drive|driving"
    r"|crash|crashing|steer|steering) (?:my|the) car (?:into|off)\b|\b(?:hang|hanging) myself\b"
    r"|\b(?:bought|got|have|found|tied|made) (?:a|the) (?:rope|noose)\b"
    + ROPE_USE
    + r"|\bnoose\b|\b(?:decided"
    r"|know|worked out|figured out|planned) (?:how|when|where) (?:i am|i will|he is"
    r"|she is) going to do it\b|\bgoing to do it (?:tonight|tomorrow|today|this|after|when|soon)\b"
    r"|\bi am on (?:the|a) (?:roof|bridge|ledge|edge)\b(?!" + FURNITURE_EDGE + r")"
    r"|\b(?:standing|sitting|stood|sat|am) (?:on"
    r"|at) (?:the |a )?(?:(?:edge of (?:the |a )?)?(?:bridge|ledge|edge|roof|cliff|railing)"
    r"|edge of (?:the |a )?platform)\b(?!"
    + FURNITURE_EDGE
    # (a view, a photo or a train waited for: "standing on the bridge taking sunset pics")
    + r")(?![^.!?]{0,40}\b(?:taking (?:pics|pictures|photos|a photo|a picture)|photos?|selfies?"
    r"|the view|sunset|sunrise|fireworks|waiting for (?:the|my|a) (?:train|bus|tram)|fishing)\b)"
    r"|\b(?:do not|does not) want to be (?:saved|found|rescued|stopped)\b|\b(?:cut|slit"
    r"|slashed|sliced) (?:open )?(?:my|his|her|their) wrists?\b"
    # (not an accident on something sharp: "cut his wrist on a broken window")
    r"(?! (?:on|with|while|when|at work|opening|in the)\b)|\b(?:engine|car|motor) (?:running"
    r"|on)\b[^.!?;]{0,30}\bgarage\b|\bgarage\b[^.!?;]{0,40}\b(?:engine|car|motor) (?:running|on)\b"
    r"|\bhose\b[^.!?;]{0,25}\bexhaust\b|\bexhaust\b[^.!?;]{0,25}\bhose\b|\b(?:locked|shut"
    r"|barricaded) (?:himself|herself|themselves|myself) (?:in|inside)\b[^.!?]{0,40}\b(?:rope"
    r"|noose|gun|shotgun|knife|knives|pills|tablets|blade|razor|belt|cord)\b|\bwith (?:a|the|his"
    r"|her) (?:rope|noose|gun|shotgun)\b[^.!?]{0,30}\b(?:will not|would not"
    r"|refuses to) (?:come out|open|answer|let)\b|\b(?:texted|messaged|sent|posted|wrote|said"
    r"|called|rang)\b[^.!?;]{0,25}\bgoodbye\b(?=[^.!?]{0,80}\b(?:not replying|not answering"
    r"|is not answering|will not answer|phone|thanks for everything|thank you for everything|sorry"
    r"|love you|forever|cannot reach|missing)\b)|\bexhaust (?:fumes|pipe)\b[^.!?;]{0,30}\b(?:car"
    r"|hose|myself|inside)\b|\b(?:could not|did not|could not quite|cannot) go through with it\b"
    r"|\b(?:tried|trying|attempted|attempting) to (?:kill|end|hang|drown|suffocate|poison"
    r"|gas) (?:myself|himself|herself|themselves|my life|his life|her life|it all)\b"
    r"|\b(?:attempted|tried) (?:to )?(?:suicide|overdose)\b|\b(?:made"
    r"|had) a suicide attempt (?:last night|today|tonight|this morning|yesterday|an hour ago"
    r"|earlier)\b"
    r"|\b(?:will not|do not think i will|do not think i am going to"
    r"|not going to) be needing (?:them|it|my \w+|anything)\b|\b(?:said|say|saying|made|written"
    r"|sent) (?:all )?(?:my|his|her|their) goodbyes\b|\b(?:tonight|today|tomorrow) is the (?:night"
    r"|day)\b|\bdecided (?:that )?(?:tonight|today|tomorrow|this weekend) is\b|\bhow (?:much"
    r"|many)\b[^.!?;]{0,40}\b(?:would be|is|are|would) (?:fatal|lethal|deadly|enough to (?:die"
    r"|kill))\b|\b(?:fatal|lethal|deadly) (?:dose|amount|overdose)\b|\b(?:googl\w*|search\w*"
    r"|look\w* up|research\w*|read\w* (?:up )?(?:about|on)|find|found) (?:for |up )?(?:ways|how"
    r"|methods"
    r"|the best way|the easiest way) to (?:die|kill (?:myself|yourself|himself|herself)|end (?:it"
    r"|my life)|commit suicide|overdose|hang (?:myself|yourself|himself|herself))\b"
    r"|\b(?:painless|easiest|quickest|best|fastest|surest|quietest"
    r"|least painful) (?:way|ways|method|methods) to (?:die|kill (?:myself|yourself)|end (?:it"
    r"|my life|it all)|commit suicide)\b|\bhow (?:many|much)\b[^.!?;]{0,40}\b(?:to (?:kill (?:me"
    r"|myself|a person|someone|you)|die|end it|not wake up)|(?:would|will|does) it take to (?:kill"
    r"|die|not wake))\b|\b(?:i|he|she|they) (?:have |has |just |already )?(?:overdosed"
    r"|took an overdose|taken an overdose)\b(?![^.!?;]{0,25}\b(?:years?|months?) ago\b)"
    r"(?! on (?:caffeine|coffee|sugar|energy drinks?|chocolate|red bull|candy|sweets|junk food"
    r"|carbs|netflix))"
    r"|\b(?:enough|sufficient) to (?:not wake up|never wake up|kill (?:me|myself|someone|a person)"
    r"|die|end it|end my life|be fatal|be lethal|stop my heart)\b|\b(?:the |my )?(?:note|notes"
    r"|letters?) (?:is|are|has been|have been) (?:written|done|ready|finished|left|sealed)\b"
    r"|\b(?:to|for) whoever finds (?:this|me|it|my)\b"
    # a body to be found, and by whom: "please dont be the one who finds me", "i hope the kids
    # arent the ones that find me"
    r"|\b(?:do not|not|hope|wish|sorry|want|wanted)\b[^.!?]{0,40}?\b(?:be|is|are|being)(?: not)?"
    r" the ones? (?:who|that|to) (?:finds?|find) (?:me|my body)\b"
    + _FOUND_END
    + r"|\b(?:hope|wish|pray|praying) (?:it is|it will be|it will) not (?:be )?(?:my|our|the)"
    r" (?:\w+ ){0,2}?\w+ (?:who|that) (?:finds?|find) (?:me|my body)\b"
    + _FOUND_END
    # the blades taken away, and something else used: "mum took my blades so i used a knife"
    + r"|\b(?:took|taken|hid|hidden|confiscated|removed|threw out|binned) (?:away )?my (?:blades?"
    r"|razors?)\b(?! for (?:the |my |his |her )?(?:planer|stanley|craft|plane|saw))[^.!?]{0,30}\b"
    r"(?:so|and|but)? ?i (?:used|grabbed|took|got) (?:a |the |my )?"
    r"(?:\w+ )?(?:knife|scissors|glass|sharpener|razor|blade|compass)\b"
    r"(?![^.!?]{0,25}\bto (?:shave|open|cut (?:the|open)|trim)\b)"
    r"(?![^.!?]{0,40}\b(?:shav\w*|nails|fringe|beard|hair|shop|boots|all good|fine)\b)"
    # a note's message for the family: "if anyone reads this tell my mum it wasn't her fault"
    r"|\bif (?:anyone|anybody|someone) (?:reads|finds|sees) this\b[^.!?]{0,20}\btell (?:my|them"
    r"|him|her|everyone)\b[^.!?]{0,40}\b(?:fault\b(?!\s+(?:the|that|for|my|his|her|our|your)\s)"
    r"|(?:sorry|i love|i loved)\b(?![^.!?]{0,60}\b"
    r"(?:happy \w+ day|forgot|signal|battery|phone died|all (?:fine|ok|good)|lol|haha|lost my phone"
    r"|flight|cancell?ed|missed)\b))"
    r"|\b(?:cannot|can not|could not"
    r"|do not think i can|not sure i can|unable to) (?:keep|stay) (?:myself )?safe\b"
    r"|\bnot safe (?:from|with|around) myself\b|\b(?:hidden|hid|hiding|stashed|stashing|hoarded"
    r"|stockpiled|collected|saved)\b[^.!?;]{0,30}\b(?:pills|tablets|meds|medication|painkillers"
    r"|insulin|razors?|blades?)\b(?=[^.!?]{0,40}\b(?:nobody|no one|no-one|without anyone) (?:knows"
    r"|knowing|will know)\b)"
    r"|\b(?:saving|saved|stockpil\w+|hoard\w*|stash\w*|building up|putting aside|squirrel\w*)\b"
    r"(?: up)?[^.!?;]{0,25}?\b" + MEDICINE + r"\b"
)

# Acts by the writer ("took a whole bottle", "swallowed all my"): checked against the subject.
SELF_HARM_ACT = (
    r"\b(?:took|taken|swallowed|have taken|just took|just swallowed|downed|necked"
    r"|ate)\b[^.!?;]{0,30}\b(?:overdose|(?:a load|loads|a lot|a bunch|a handful|handfuls|heaps"
    r"|tons) of (?:pills|tablets|meds|painkillers|paracetamol|sleeping pills)|(?:everything|all"
    r"|whatever (?:was|i could find)) (?:in|from) (?:the|my|his|her|our) (?:(?:medicine|bathroom"
    r"|first aid) (?:cabinet|cupboard|drawer|box|tin|bag)|cabinet)|all (?:of )?(?:my"
    r"|his|her|the|them|their)|whole (?:bottle|packet|box|pack|strip)|(?:a|the) (?:bottle|packet"
    r"|box) of|(?:[2-9]\d|1\d\d) (?:pills|tablets|paracetamol|sleeping))\b|\b(?:took|taken"
    r"|swallowed|have taken|just took|just swallowed|downed|necked)\b[^.!?;]{0,25}\b(?:[2-9]\d"
    r"|1\d\d|twenty|thirty|forty|fifty)(?: or so)? (?:of (?:my|the|his|her|their|these"
    r"|those) )?(?:\w+ )?(?:blood pressure |bp |heart |diabetes |sleeping |pain |water )?(?:pills"
    r"|tablets|capsules|paracetamol|painkillers|meds)\b"
    # Tylenol and Excedrin counted by their strength: "I have had 25 extra strength since lunch"
    r"|\b(?:had|have had|took|taken|have taken|swallowed)\s+(?:[2-9]\d|1\d\d)\s+(?:extra|maximum"
    r"|max|regular)[- ]strength\b"
)

# A vague plan, an opportunity and a disclosure (warning-sign families, see below).
SELF_HARM_PLAN_VAGUE = (
    r"\b(?:everything|it|it all|all) (?:is |has been )?(?:all )?(?:planned|arranged|sorted"
    r"|organised|organized|set up|prepared)\b|\bi have (?:it all|everything) (?:planned|worked out"
    r"|sorted|ready|arranged)\b|\bmy mind is made up\b|\bmade (?:my|the) (?:decision"
    r"|arrangements)\b|\bi (?:know|have decided) (?:how|when) (?:i am going to|i will)\b"
    # Whether an amount would be enough; where to go to do it.
    r"|\b(?:\d+|this many|that many|these|all these|all of these|the lot)(?: \w+)? (?:is|are"
    r"|would be|will be|be) enough\b(?! (?:for|to (?:help|treat|ease|stop the pain|last)))"
    r"|\b(?:is|are|would|will) (?:\d{2,}|this many|that many|all these|all of these|the lot)"
    r"(?: \w+){0,3} (?:be )?enough\b(?! (?:for|to (?:help|treat|ease|stop the pain|last)))"
    r"|\b(?:[1-9]\d|1\d\d|all)\b[^.!?]{0,30}\b" + MEDICINE + r"\b[^.!?]{0,10}\b(?:is|are|would be"
    r"|will be) enough\b(?! (?:for|to (?:help|treat|ease|stop the pain|last)))"
    r"|\b(?:going to|gonna|will|plans? to|planning to|about to) use (?:my|his|her|their|the|a)"
    r" (?:\w+ )?(?:rifle|gun|shotgun|pistol|handgun|revolver)\b(?! (?:for|at|on) (?:the )?(?:range"
    r"|hunting|hunt|deer|rabbits|target))"
    r"|\bi know (?:exactly )?where i am going to (?:park|go|drive|do it|jump)\b"
    r"|\bi (?:have|have got|made|got) a plan\b(?! (?:for|to (?:lose|get|eat|quit|stop|save|start"
    r"|train|study)|with))"
    # Knowing the method or the moment: "has worked out how she would do it".
    r"|\b(?:worked out|figured out|planned|planning|decided|researched|looked up|knows?|know"
    r"|chosen|picked) (?:exactly |already )?(?:how|when|where) (?:i|he|she|they)(?:'d| (?:would|wi"
    r"ll"
    r"|is going to|am going to|are going to|could|can|wants? to|plans? to|might)) (?:do it|do"
    r" this|end it|go through with it|kill|end (?:my|his|her|their) life|die)\b"
    # "ive worked out how." said on its own, after a wish or a method read up on
    r"|\bi have (?:finally |now |already |just )?(?:worked out|figured out|decided) (?:how|when"
    r"|where)(?= ?(?:[.!?,;]|and\b|$))"
    r"|\b(?:worked out|figured out|chosen|picked) (?:the |a |my |his |her )?(?:method|way to do it"
    r"|place|spot|date|day)\b"
)

# Self-injury done: words or lines scratched, carved or burnt into the skin.
SELF_HARM_INJURY_DONE = (
    r"\b(?:scratched|carved|cut|burnt|burned|scraped|etched|gouged)\b(?: \w+){0,3} (?:into|in|on"
    r"|across|along) (?:my|his|her|their) (?:fore)?(?:arms?|wrists?|thighs?|legs?|skin|stomach"
    r"|hips?)\b(?! (?:on|against|by) (?:a|the))"
)
SELF_HARM_INJURY_DONE = SELF_HARM_INJURY_DONE + (
    r"|\bcut (?:deeper|too deep|so deep|really deep) (?:than|this time|tonight|again|today)\b"
    # a blade taken to one's own thigh or wrist (a knife in the kitchen is an accident)
    r"|\bcut (?:my|his|her) (?:thighs?|wrists?|forearms?|stomach|hips?)\b(?: \w+){0,3} (?:with|us"
    r"ing) (?:a |the |my |his |her )?(?:box cutter|razor|blade|stanley knife|sharpener|shard|glass)"
    r"\b"
)

# An act already under way: what was taken is starting to work.
SELF_HARM_UNDER_WAY = (
    r"\b(?:tablets|pills|meds|medication|capsules|they|it|whatever i took|what i took|the lot)"
    r" (?:are|is|have|has) (?:already |now |finally |slowly |starting to |started to |begun to )?"
    r"(?:working|kicking in|kicked in|kick in|taking effect|take effect|work)\b"
    r"|\b(?:do not|does not) want (?:to stop|it to stop|anyone to stop) (?:it|the bleeding|this)\b"
)
# Alone now: an escalator only beside a wish said ("how much insulin would stop it all ...
# nobody's home"), never a warning sign on its own ("nobody's home to drive me, can I take
# paracetamol?").
# An attempt begun on a railway, a road, a ledge: "lay down on the train line earlier"
SELF_HARM_INJURY_DONE += (
    r"|\b(?:lay|laid|lying|lie) (?:down )?on (?:the )?(?:train line|train tracks|tracks|railway"
    r"|rail line|railway line|motorway|road in front of)\b"
)
SELF_HARM_ALONE = (
    r"\b(?:nobody|no one|no-one)(?:'s| is) (?:home|in|here|around)\b|\bhome alone\b"
    r"|\b(?:my )?(?:parents|mum and dad|family|everyone|flatmates?|housemates?) (?:are|is) (?:away"
    r"|out|on holiday) (?:till|until|for|this)\b"
)
SELF_HARM_OPPORTUNITY = (
    r"\bwhen (?:everyone|everybody|no one|nobody|my \w+|the \w+|they|he|she) (?:is|are|will be|has"
    r"|have|goes|go|leaves?|gets?) (?:\w+ )?(?:asleep|away|out|gone|at work|at (?:her|his"
    r"|their) \w+|not home|not in|left|on holiday|to bed)\b|\bwhile (?:everyone|everybody|they"
    r"|my \w+) (?:is|are) (?:asleep|away|out)\b|\b(?:have|will have|got) the (?:house|flat"
    r"|place) to myself\b|\bwhen i am (?:alone|on my own|by myself)\b|\bno one (?:will be"
    r"|is) (?:home|around|here)\b"
)
SELF_HARM_DISCLOSE = (
    r"\btold (?:my |the |her |his )?(?:\w+ ){0,3}?(?:that )?(?:i|he|she) (?:was|am|is|were)"
    r" (?:fine|ok|okay|safe|alright)\b[^.!?]{0,15}[.!?,]?\s*(?:i|he|she) lied\b"
    # fear of being sectioned: a mental-health crisis being hidden
    r"|\b(?:(?:will|would|might|are going to|gonna) |\w+['\u2019]ll )section (?:me|him|her)\b"
    r"|\bget sectioned\b|"
    r"\b(?:wanted|want|needed|need) (?:someone|somebody|anyone|one person|you"
    r"|someone else) to know\b|\b(?:wanted|want|needed) to tell (?:someone|somebody|anyone|you"
    r"|one person)\b|\b(?:to|for) whoever finds\b|\bthank(?:s| you) for everything\b"
    r"|\bplease (?:look after|take care of) (?:my|the)\b|\bsorry for everything\b"
    r"|\bthis is goodbye\b|\bgoodbye\b"
)

# Both wrists cut; standing beyond the barrier of a bridge or a roof; a ligature found tied
# round someone's neck ("found her in the wardrobe with a scarf tied round her neck").
SELF_HARM_STRONG += (
    r"|\bfound\b[^.!?]{0,60}\b(?:scarf|belt|rope|ligature|noose|tie|shoelace|sheet|dressing gown"
    r" cord|charger cable)\b"
    r"[^.!?;]{0,20}\b(?:tied|knotted|pulled tight) (?:round|around) (?:her|his|my|their) neck\b"
    r"(?![^.!?]{0,40}\b(?:to keep (?:warm|out the cold)|because (?:of the cold|it was cold)|fashion"
    r"|style|outfit|wore|wearing)\b)"
    r"|\b(?:cut|slit|slashed|sliced|slashing|slitting) (?:open )?(?:both|both of my|both (?:my|his"
    r"|her|"
    r"their)) wrists?\b(?! (?:on|with|while|when|at work|opening|in the)\b)|\b(?:wrong|other"
    r"|far) side of the (?:railings?|barrier|fence|rail|parapet|"
    r"safety rail)\b"
)

# A decision taken, and a date to be gone by: "I've made up my mind", "I'll be gone by Sunday".
SELF_HARM_PLAN_VAGUE += (
    r"|\b(?:made|making) up my mind\b|\b(?:made|make) my mind up\b|\bmy mind is set\b"
)

# --- Found on the training sets written by three more writers (2026-11-26) -----------------
# An act about to happen: a leg over the rail, come to jump, someone saying they will jump now,
# pills already crushed into a drink, every pack emptied into a bowl, patches all put on at once.
SELF_HARM_STRONG += (
    # thoughts of harming one's baby, now and not stopping (a postnatal emergency)
    r"|\b(?:thinking|thoughts?|urges?) (?:about|of) (?:hurting|harming|killing|smothering"
    r"|drowning|shaking) (?:my|the|our) (?:baby|newborn|child|son|daughter)\b[^.!?]{0,40}"
    r"\b(?:right now|cannot (?:make (?:them|the thoughts|it) )?stop)\b"
    r"|\b(?:one leg|a leg|both legs) over (?:the )?(?:rail|railing|edge|barrier|side|ledge)\b"
    r"|\bcame (?:here )?to jump\b|\b(?:says?|saying|said|threatens?|threatened|keeps saying)"
    r" (?:that )?(?:he|she|they)(?:'ll| will|'s going to| is going to| are going to) (?:jump"
    r"|kill (?:himself|herself|themselves)|let go|end it)\b"
    r"|\b(?:pills|tablets|meds)\b (?:are |is )?(?:already )?(?:crushed|dissolved|mixed|ground)"
    r" (?:up )?(?:in|into)\b"
    r"|\b(?:emptied|tipped|poured|popped) (?:out )?(?:every|all (?:the |my )?|all of (?:the|my) )"
    r"(?:\w+ ){0,2}?(?:blister packs?|packets|boxes|bottles|pills|tablets)\b[^.!?]{0,30}\b(?:into"
    r"|onto|in) (?:a |the |my )?(?:bowl|cup|glass|hand|pile|bag)\b"
    r"|\b(?:put|stuck|applied) (?:on )?(?:all|every one of|\d+ of) (?:my |his |her |the )?(?:\w+ )"
    r"{0,3}?patches\b[^.!?]{0,20}\bat once\b"
)

# A plan said as a decision, a date set, everything in place, a dose known.
SELF_HARM_PLAN_VAGUE += (
    r"|\bi(?: have|'ve|ve)? decided\s*[.!]|\beverything is (?:in place|ready)\b"
    r"|\bi know (?:exactly )?what (?:this|that|the) dose (?:will|would) do\b"
)

# Found on blind set G (spent): an overdose of "every X I had left", "it's already done"; a blade
# in the hand; "give me one reason"; "that's when I'm doing it".
SELF_HARM_UNDER_WAY += r"|\b(?:it is|it's|its) (?:already )?done\b[^.!?]{0,40}\bwake up\b"
# an emptied packet of a medicine found where someone keeps things ("an empty packet of
# paracetamol in his bin"): a sign that it was taken
SELF_HARM_UNDER_WAY += (
    r"|\bempty (?:blister |pill |tablet |medicine )?(?:packs?|packets?|boxes|bottles?|strips"
    r"|blisters|tubs?) of " + MEDICINE + r"\b[^.!?;]{0,30}\b(?:in|under|by|behind) (?:his|her"
    r"|their|my) (?:bin|room|bed|bag|drawer|pocket|car|desk|pillow)\b"
)
SELF_HARM_DISCLOSE += r"|\bgive me (?:one|a single|a) (?:good )?reason\b"

# A question about how fast or how surely a poison works, then "already drank some".
_ALREADY_DRANK = (
    r"[^!]{0,60}?(?:(?:[.!?,;]\s*|\bi (?:have |had )?)already|\bi (?:have )?just) (?:drank|drunk"
    r"|swallowed|downed|gulped|necked|had|took|taken|ate|eaten)\b"
)
SELF_HARM_STRONG += (
    r"|\b(?:how (?:long|much|quickly|fast|many)|lethal|fatal|enough)\b[^.!?]{0,40}\b"
    + POISONS
    + r"\b"
    + _ALREADY_DRANK
    + r"|\b"
    + POISONS
    + r"\b[^.!?]{0,30}\b(?:take to (?:work|kill)"
    r"|to (?:work|kick in|kill)|kill (?:me|you|a person|someone))\b" + _ALREADY_DRANK
)

# Someone else's stated plan to take a whole supply at a set time ("she is taking her whole
# bottle of lithium tonight"), what was taken said to be "enough this time", and a secret kept.
SELF_HARM_STRONG += (
    r"|\b(?:i am|he is|she is|they are) (?:going to be )?(?:taking|swallowing|downing) (?:the|a"
    r"|her|his|my|their) whole (?:(?:bottle|packet|pack|box|tub|strip) of (?:her |his |my |their "
    r"|the )?(?:\w+ )?" + MEDICINE + r"|supply|stash)\b[^.!?]{0,40}\b(?:tonight|today|tomorrow"
    r"|this (?:evening|afternoon|weekend))\b"
    r"|\b(?:took|taken|swallowed|drank|drunk) enough (?:\w+ )?this time\b"
)
SELF_HARM_DISCLOSE += (
    r"|\b(?:made|makes|make) (?:me|us|him|her) (?:swear|promise) (?:not to|to not|never to|i would"
    r" not|i will not|i would never|i will never) tell\b"
)

# --- Found on blind set J (spent) -------------------------------------------------------------
# A large, vague amount of one's own (or someone's) medicine eaten or taken ("ate a bunch of my
# antidepressants", "took loads of her sleeping tablets").
SELF_HARM_ACT += (
    r"|\b(?:took|taken|swallowed|have taken|just took|downed|necked|ate|eaten|popped)\b"
    r"[^.!?;]{0,20}?\b(?:a load|loads|a lot|a bunch|a handful|handfuls|heaps|tons|a fistful"
    r"|fistfuls) of (?:my |his |her |their |the )?(?:[\w']+ )?" + MEDICINE + r"\b"
)

# A decision no one may argue with ("you will not talk me out of it", "nobody can stop me").
SELF_HARM_PLAN_VAGUE += (
    r"|\b(?:(?:you|none of you)(?: will not| cannot| can not| are not going to| could not)"
    r"|(?:nobody|no one|no-one|nothing)(?: will| can| is going to| could)) (?:talk|change|stop)"
    r" (?:me|my mind)"
    r"(?: out of (?:it|this))?\b"
)
# A method under a vehicle said as what one is going to do ("going to walk in front of a train
# after my shift"): the plan itself.
SELF_HARM_STRONG += (
    r"|\b(?:going|gonna|about|ready|decided|planning) to (?:walk|step|jump|throw (?:myself|himself"
    r"|herself)|lie down) (?:out )?(?:in front of|under) (?:a|the|an) (?:train|bus|lorry|truck|car"
    r"|tram|tube)\b"
)

# --- Found on blind set AH (2026-11-27) ---------------------------------------------------------
# Voices that command a death ("the voices are telling her she and the baby need to go to
# heaven together"): a psychiatric emergency on its own, unless the person says they are not
# acting on them (then the voices are ideation, urgent).
SELF_HARM_STRONG += (
    r"|(?<!my )(?<!inner )\bvoices? (?:are |is |keep |keeps )?(?:telling|tell|tells|told|saying"
    r"|say|says|ordering"
    r"|commanding) (?:me|him|her|them)\b[^.!?]{0,50}\b(?:to (?:die(?! (?:my|your|his|her|their)"
    r" hair)|kill (?:myself|himself"
    r"|herself|themselves)|end it|jump|drown)|(?:should|need to|needs to|must|has to|have to"
    r"|are going to) (?:die|go to heaven|be with god|be dead|end it)|go to heaven|be dead)\b"
    r"(?![^.!?]{0,10}[.!?,;]?[^.!?]{0,40}\b(?:not acting|not going to act|will not act|ignor\w*"
    r"|not listening))"
)

# A plan with its time ("I have a plan for tonight"): a plan family of its own (with means at
# hand, two families: an emergency, whatever else is said).
SELF_HARM_PLAN_VAGUE += (
    r"|\bi (?:have|have got|made|got) a plan for (?:tonight|today|later|this (?:evening|weekend))\b"
    r"(?! (?:with|and)\b)(?![^.!?]{0,40}\b(?:dinner|film|movie|party|date|pizza|drinks|friends"
    r"|work|study|revision|gym|run|match|game)\b)"
)

# --- Found on blind set AL (2026-11-27: students and young adults) ---------------------------
# The plan's day ("plan is Sunday"), a chance when others believe one is elsewhere ("when my
# parents think I'm back at uni"), and something ordered for it arriving ("the stuff I ordered
# online came today"): each one family of signs; two together are an emergency.
SELF_HARM_PLAN_VAGUE += (
    r"|\b(?:the |my )?plan is (?:on )?(?:sunday|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|tonight|tomorrow|this weekend|next week)\b"
    # (not a plan for something: "plan is Sunday to set up my new desk")
    r"(?!\s+(?:to|for)\s+(?!do it\b|end it\b|go\b))"
)
SELF_HARM_OPPORTUNITY += (
    r"|\bwhen (?:my \w+|they|everyone|nobody) (?:think|thinks) (?:i am|i'm|im) (?:back )?(?:at"
    r"|in|away|out|asleep)\b"
)

# --- Found on blind set AS (2026-11-27) ----------------------------------------------------
# The means in the writer's hand, then the wish for the suffering to stop for ever: "the tablets
# are in my hand. i just want the migraines to stop forever" (the wish alone is a cure asked
# for: "i want my eczema to stop forever").
SELF_HARM_STRONG += (
    r"|\b(?:tablets|pills|meds|capsules|blade|razor|knife)\b (?:are|is) (?:in my hand|in my hands"
    r"|in front of me)\b[^\n]{0,60}\bto (?:stop|end) (?:forever|for ever)\b"
)

# --- Found on training sets W11 to W15 (2026-11-29: self-harm read too low) -----------------
# What was taken said to be enough ("i know it is enough"), a threat hung on anyone coming
# near ("he will do it if we come in"): each a plan; the house empty for days: a chance.
SELF_HARM_PLAN_VAGUE += (
    r"|\bi know (?:it is|that is|this is|they are|it will be) enough\b(?=\s*(?:$|[.!?,;]))"
    r"|\b(?:he|she|they|i) (?:will|is going to|are going to|am going to|would) (?:do it|use it"
    r"|cut (?:himself|herself|myself|themselves)|kill (?:himself|herself|myself|themselves))"
    r" if (?:we|you|anyone|somebody|someone|they|i|the police) (?:come|comes|try|tries|go|goes"
    r"|get|gets|call|calls|open|opens) (?:in|near|closer|to stop|the police|an ambulance"
    r"|the door)\b"
)
SELF_HARM_OPPORTUNITY += (
    r"|\b(?:the )?(?:house|flat|place|home) (?:is |will be )?(?:empty|to myself) (?:until|till"
    r"|for|all) (?:\w+day|the weekend|tomorrow|the week|a few days|\w+ days)\b"
    # the others away and no one to stop it: "parents away till monday. no one will interrupt"
    r"|\b(?:parents|mum|mom|dad|wife|husband|partner|flatmates?|roommates?|everyone) (?:are |is )?"
    r"away (?:until|till) (?:\w+day|the weekend|tomorrow)\b"
    r"|\b(?:no one|nobody|no-one) (?:will|would|can) (?:interrupt|stop) (?:me|it|this)?\b"
)
# "Already done it", then how long it takes: an act under way asked about sideways ("does
# anyone know how long... nvm. already done it. just want to know how long it takes"; not how
# long something takes to heal or to arrive).
SELF_HARM_STRONG += (
    r"|\balready (?:done|did) it\b[^\n]{0,80}\bhow long (?:does |will |would )?(?:it|this|they)"
    r" (?:usually |normally )?(?:takes?|will take|would take)(?: to (?:work|kick in|happen))?"
    r"(?=\s*(?:[.!?,;]|$))"
    # means gathered so no one would ask: "got 2 boxes from different shops so they wouldnt ask
    # questions"
    r"|\b(?:from|to|at) (?:different|separate|several|a few|two|three|four|\d+)(?: different"
    r"| separate)? (?:shops|chemists|pharmacies|stores"
    r"|supermarkets)\b[^.!?]{0,10}\bso (?:they|nobody|no one|noone|the pharmacist|no-one)"
    r" (?:would not|wouldnt|would|did not|didnt|will not|won't|dont|do not|could not|couldnt)"
    r" (?:ask|asks|notice|notices|question|suspect|stop)"
    r"|\bi know what (?:i am|im|i'm) (?:saving|keeping|collecting|stockpiling) (?:them|it|these"
    r"|those) for\b"
    # a blade kept close, for later: "i have a razor under my pillow. going to use it later"
    r"|\b(?:razor|blade|knife|rope)s?\b[^.!?]{0,30}\bunder (?:my|his|her) (?:pillow|bed|mattress)"
    r"\b[^!?]{0,40}\b(?:(?:going to|gonna|will|i'll|ill) use (?:it|them)|for later|just for me"
    r"|for me,? later)\b"
    # a poison poured ready: "poured the bleach into a glass already"
    r"|\b(?:poured|mixed|measured out)\b (?:the |some |all the |a )?(?:bleach|poison|weed ?killer"
    r"|antifreeze|drain cleaner)\b[^.!?]{0,15}\b(?:into|in) (?:a |the |my )?(?:glass|cup|mug)\b"
    r"(?![^.!?]{0,40}\b(?:clean\w*|soak\w*|mop\w*|toilet|sink|drain|bucket|dilute\w*)\b)"
    # the last words of a message: "by the time you read this ill be gone", "tell sarah i love
    # her. im done."
    r"|\b(?:by the time|when) (?:you|u|anyone|someone|they|you all|you guys|u guys|u all)"
    r" (?:read|reads|see|sees|find|finds) (?:this|it)\b[^.!?]{0,12}\b(?:i will|i'll|ill|i am|i'm"
    r"|im) (?:already )?(?:be )?(?:gone|dead|not here|no longer here|not alive)\b"
    # (not gone somewhere: "... ill be gone - flying to lima", "... gone to the chippy lol")
    r"(?!\W{0,6}(?:to|from|on|for|off|out|away|abroad|flying|travel\w*|lol|haha|at)\b)"
    r"(?![^!?]{0,100}\b(?:flight|flying|holiday|trip|signal|job|company|last day|lol|haha"
    r"|chippy|shop|work)\b)"
    r"|\btell [a-z]+ (?:that )?i (?:love|loved) (?:her|him|them|you)\W+i am (?:so |just )?done"
    r"\W*$"
)
# Acts the tables above did not word (self_harm_more): both wrists cut, a ligature round the
# neck or tied off, fumes breathed now, a firearm in the lap.
SELF_HARM_STRONG += STRONG_MORE
