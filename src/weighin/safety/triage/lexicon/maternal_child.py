"""Pregnancy, infection and children: symptom lexicons for :mod:`weighin.safety.triage`.

One regular-expression source per feature, written against normalised text (see
``lexicon/__init__.py``); the engine compiles each once and gives every match a status (active,
negated, past, information-seeking, settled) before the clinical rules read it.
"""

from __future__ import annotations

from weighin.safety.triage.lexicon.common import CANT

_GONE_BY = "".join(
    f"(?<!{w} )"
    for w in (
        *(f"{p} {o}" for p in ("after", "since", "following") for o in ("my", "her", "the")),
        "last",
        "previous",
        "earlier",
        "past",
        "both",
        "other",
    )
)
FEATURES: dict[str, str] = {
    # ---- pregnancy ----------------------------------------------------------------------------
    "pregnant": (
        # (a pregnancy gone by, named as a time: "had piles after my pregnancy", "since my last
        # pregnancy"; its test is no time: "after my pregnancy test")
        r"(?:" + _GONE_BY + r"|(?=pregnancy tests?\b))\bpregnan\w*\b"
        r"|\bexpecting (?:a baby|twins|our|my|her|a little)\b|\bweeks? (?:along|"
        r"gestation)\b|\b(?:first|second|third) trimester\b|\btrimester\b|\bmy bump\b|\bher bump\b"
        r"|\b(?:her|my) (?:waters?|water) (?:has |have |just )?(?:broke|broken|breaking|went"
        r"|gone)\b"
        r"|\bwaters? (?:has |have |just )?(?:broke|broken|breaking|went|gone)\b|\bcontractions?\b"
        r"|\b(?:fetal|foetal) movements?\b|\bthe baby (?:has not|has stopped|is not|stopped|was not"
        r"|is moving|has been moving|moved)\b|\bbaby'?s? movements?\b|\b(?:fewer|less|reduced|no) "
        r"(?:kicks|movements)\b|\bpre-?eclampsia\b|\bectopic\b|\bplacenta\w*\b|\bin labou?r\b"
        r"|\bgestational (?:diabetes|diabetic|hypertension)\b"
        r"|\bbaby'?s? (?:is |has been )?(?:moving|kicking) (?:a lot |much )?less\b"
        r"|\bpositive (?:pregnancy )?test\b|\bmidwife\b|\bantenatal\b|\bprenatal\b"
        r"|\b(?:wife|partner|girlfriend|fiancee|missus|gf) (?:[5-9]|[1-3]\d|4[0-2]) ?(?:weeks"
        r"|wks)\b"
        r"(?! (?:old|ago|post|after|since|out|into|of))"
        r"|\b(?:i am|she is|am|wife is|partner is|girlfriend is|at) \d{1,2} ?(?:weeks"
        r"|wks)\b(?! (?:old|"
        r"ago|post|after|since|out|into|of))"
        r"|^\d{1,2} ?(?:weeks|wks)\b(?! (?:old|ago|post|after|since))|\b\d{1,2} ?(?:weeks|wks) (?:p"
        r"regnant|gestation|along)\b"
        # the same gestation opening a later sentence: "sorry if this is silly. 34 weeks, headache"
        r"|(?:(?<=[.!?] )|(?<=\bbut ))(?:1[2-9]|[23]\d|4[0-2]) ?(?:weeks|wks)\b(?=,| and\b| now\b)"
        r"|\btightenings\b"
        # a late gestation said beside the baby's movements: "baby hasnt moved since
        # yesterday evening, 38 weeks"
        r"|\bbaby\b[^.!?]{0,40}\b(?:moved|moving|kick\w*|movements?)\b[^.!?]{0,60}?[.,;] ?"
        r"(?:2[4-9]|3\d|4[0-2]) ?(?:weeks|wks)\b(?! (?:old|ago|post|after|since|out|into|of))"
        # a gestation in weeks and days, as midwives write it: "38+4 weeks", "39+2,"
        r"|\b(?:[1-3]\d|4[0-2])\+[0-6](?= ?(?:weeks?|wks?|w)\b|,| and\b| pregnant\b)"
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
        # (not the gums or the nose: "gums bleed when i brush")
        r"(?<!gums )(?<!gum )(?<!nose )\bbleed(?:ing|s)?\b"
        r"(?! gums\b(?! and)| from (?:my|her|the) (?:gums|nose)\b(?! and))"
        r"|\bclots\b|\bspotting\b|\bhaemorrhag\w*\b|\bhemorrhag\w*\b"
        # blood, not its pressure, sugar or tests
        r"|\bblood\b(?! pressure| sugars?| tests?| results| type| group| count| work| glucose"
        r"| thinners?| donation)"
    ),
    "spotting": (
        r"\bspotting\b|\b(?:light|little|bit of|small amount of|tiny bit of) (?:bleeding|blood"
        r"|spotting|brown discharge)\b|\bpink discharge\b"
    ),
    # Birth under way: the head showing, an urge to push, the baby coming now.
    "birth_imminent": (
        r"\b(?:can|could) (?:see|feel) (?:the |its |his |her )?(?:baby'?s? )?head\b|\bcrowning\b"
        r"|\bhead is (?:coming|out|showing|crowning)\b|\b(?:baby'?s? )?(?:foot|feet|leg|legs"
        r"|bottom|bum|arm|hand|cord) (?:is |are )?(?:coming out|hanging out|showing|out) first\b"
        r"|\b(?:urge|urges|need|needs|needing|has"
        r" to|have to|wants|want|feel like i need) (?:to )?push(?:ing)?\b|\bbaby (?:is |is just )?"
        r"(?:coming|arriving|on (?:its|the) way out) (?:out )?(?:now|right now|fast|any (?:minute|"
        r"second))\b|\b(?:giving|about to give|going to give) birth (?:now|right now|here|at home"
        r"|in the car|on the)\b|\bno time to (?:get|make it) to (?:the )?hospital\b"
    ),
    "waters_broke": (
        r"(?<!boiling )(?<!hot )(?<!scalding )(?<!bath )(?<!kettle )(?<!tap )"
        r"\bwaters? (?:has |have |just |has just |have just )?(?:broke|broken|breaking|went|gone)\b"
        r"|\b(?:broke|broken) (?:my|her) waters?\b|\bleaking (?:fluid|amniotic|water)\b|\bamniotic"
        r" fluid\b|\bgush of (?:fluid|water)\b"
        r"|\bleaking (?:(?:a little|a bit of|a bit|clear|watery|some|a lot of|lots of"
        r"|small amounts? of|little bits of) )*(?:fluid|liquid|water)\b|\b(?:gush"
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
        r"|\b(?:have not|has not|(?<!had )not|did not) felt (?:the baby |my baby |baby |her |him "
        r"|any )?(?:move|mo"
        r"ving|kick|kicking|movement|movements)(?: at all| since| all day| today)\b(?! yet)"
        # "baby usually goes crazy in the evenings but today I've barely felt anything"
        r"|\b(?:kick\w*|mov\w*|wriggl\w*|active|baby|bump)\b[^.!?]{0,80}?\b(?:barely|hardly"
        r"|scarcely)"
        r" (?:felt|feel|feeling) (?:anything|a thing)\b(?! else| during| when| from)"
        r"|\b(?:barely|hardly|scarcely) (?:felt|feel|feeling) (?:anything|a thing) (?=since|today"
        r"|all day|tonight|this (?:morning|evening|afternoon))"
        r"|\b(?:barely|hardly|scarcely) (?:felt|feel|feeling) (?:any movements?"
        r"|any kicks?|a kick|a movement)\b"
        # "usually a proper kicker, nothing since this morning"; the usual tricks tried and
        # "still nothing"
        r"|\b(?:kick\w*|wriggl\w*|movements?)\b[^.!?]{0,60}?\bnothing (?:since|all day|today"
        r"|at all)\b"
        r"|\b(?:(?:cold|iced|sugary|fizzy) (?:\w+ )?(?:drink|water|coke|juice|pop)|juice|(?:lay|lyi"
        r"ng"
        r"|lie) on my (?:left|side))\b[^.!?]{0,60}?\b(?:still nothing|nothing at all|still (?:not"
        r"|no) (?:moving|kicking|movements?|kicks?)|still (?:quiet|silent|still))\b(?! (?:helps"
        r"|helped|works|worked|has|changed|showing))"
        r"|\b(?:kick\w*|mov\w*|wriggl\w*|active|baby|bump)\b[^.!?]{0,60}?\b(?:today|since (?:this"
        r" morning|breakfast|lunch|last night|yesterday))\b[^.!?]{0,20}?\b(?:hardly|barely) (?:anyt"
        r"hing"
        r"|any(?: kicks| movements?)?)\b"
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
        r"|\bnot been (?:moving|kicking) (?:as much|much|as often|as usual|like usual"
        r"|like normal)\b"
        r"|\b(?:moving|kicking) (?:much )?less than (?:usual|normal)\b"
        r"|\bmovements? (?:feel|feels|seem|seems|are|have been|has been) (?:a bit |much |a lot )?"
        r"(?:less|fewer|weaker|reduced|quieter|slower)\b"
        r"|\b(?:have not|has not|not|did not|do not|cannot) (?:really )?(?:felt|feel"
        r"|feeling) (?:her|him|"
        r"them|the baby|baby|it) (?:kick|move|moving|kicking)\w* (?:much|as much|as often|at all|"
        r"today|like usual|since)\b"
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
        r"|\bswelling (?:in|of|to) (?:my|her|the) (?:hands|face|feet|fingers|ankles)(?: and (?:my "
        r"|her )?"
        r"(?:face|hands|feet|fingers|ankles))?\b"
    ),
    "one_sided_pain": (
        r"\b(?:sharp|stabbing|severe|bad|one[- ]sided|awful|terrible) (?:pain|cramps?|ache) (?:in"
        r"|on)"
        r" (?:my|her|the) (?:right|left|lower|one) (?:side|lower)\b|\bpain (?:on|in) (?:one|the "
        r"(?:right|left)|my (?:right|left)|her (?:right|left)) side\b|\bshoulder ?tip pain\b|\b"
        r"(?:my|her) shoulder hurts\b"
        r"|\b(?:sharp|stabbing|severe|bad|awful|terrible|constant|bad|really bad)? ?(?:pain|cramps?"
        r"|"
        r"ache|aching)\b(?: \w+){0,3} (?:on|in|down) (?:my |her |the )?(?:right|left|one) (?:side|"
        r"hand side)\b|\b(?:right|left)[- ]sided (?:pain|cramps?|ache)\b|\bshoulder ?tip\b"
        # round BN: "mild pain low on the left", "a twinge low down on the right"
        r"|\b(?:pain|cramps?|ache|aching|twinges?)\b(?: \w+){0,2} low (?:down )?on (?:the|my|her)"
        r" (?:right|left)\b|\btip of"
        r" "
        r"(?:my|her|the) shoulder\b|\b(?:pain|ache) in (?:my|her) (?:right|left) shoulder\b"
    ),
    # ---- infection ----------------------------------------------------------------------------
    "fever": (
        r"(?<!hay )(?<!glandular )\bfevers?\b|\bfeverish\b|\bfebrile\b|\bhigh temp(?:erature)?\b"
        r"|\bburning up\b|\brunning"
        r" a (?:high )?temp(?:erature)?\b|\b(?:has|have|got|with|had|having) a (?:high |raised |"
        r"slight )?temp(?:erature)?\b"
        r"|(?<!take )(?<!took )(?<!taking )(?<!check )(?<!checked )(?<!what is )(?<!normal )"
        r"\ba (?:high |raised |slight )?temp(?:erature)?(?= since\b| for (?:\d|a |two|three|days)"
        r"| on and off\b| all (?:day|night)\b| too\b| as well\b| again\b| last night\b| today\b"
        r"| yesterday\b| overnight\b| this (?:morning|evening)\b|\s*[,.;!?]|\s*$)"
        r"|\bpyrexia\b|\brigors\b|\bburning hot\b|\braised temperature\b"
        # a parent's hand for a thermometer: "my 3 week old feels really hot to touch"
        r"|\b(?:baby|newborn|infant|old|little one|toddler|son|daughter|he|she|lo)\b (?:\w+ ){0,2}?"
        r"(?:feels?|felt|is|was) (?:really |very |so |quite |a bit |super |burning )?hot to (?:the "
        r")?"
        r"touch\b(?! (?:but|and) (?:\w+ )?(?:temp|temperature|thermometer) (?:is |was |says )?(?:no"
        r"rmal"
        r"|fine|ok|okay|3[5-7]))"
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
        r"|\b(?:skin|legs|arms|body|knees)\b[^.!?;]{0,15}\b(?:blotchy|mottled|patchy|marbled|purple"
        r" "
        r"blotches|purplish)\b"
    ),
    "shivering": (
        r"\b(?:cannot|could not) stop (?:shaking|shivering|trembling)\b|\bshivering\b|\bshaking (?"
        r":with cold|uncontrollably)\b|\brigors\b|\bchills\b"
        r"|\bshivery\b|\bshivers\b|\bhot and cold\b|\bteeth (?:are )?chattering\b"
        r"|\b(?:freezing|frozen|ice cold|shivering) (?:one minute )?(?:then|and|,|and then|one minu"
        r"te"
        r" and|the next) (?:\w+ )?(?:boiling|burning up|roasting|sweating|hot)\b|\b(?:boiling|burni"
        r"ng"
        r" up|roasting|hot) (?:one minute )?(?:then|and|and then) (?:\w+ )?(?:freezing|shivering|co"
        r"ld)"
        r"\b|\b(?:uncontrollable|violent) shaking\b"
    ),
    "infection_ctx": (
        r"\butis?\b|\burine infection\b|\bwater infection\b|\bbladder infection\b|\bkidney "
        r"infection\b|\binfection\b|\binfected\b|\bpneumonia\b|\bchest infection\b|\bcellulitis\b"
        r"|\babscess\b|\bflu\b|\bcovid\b|\bsepsis\b|\bseptic\b|\bwound\b|\bstrep\b|\btonsillitis\b"
        r"|\bbite\b|\bbitten\b|\bpus\b|\bburning when (?:i|he|she) (?:pee|wee|urinate)s?\b"
        r"|\bwound (?:is |looks |has gone |feels )?(?:red|hot|oozing|weeping|angry|swollen|smelly)"
        r"\b"
        r"|\b(?:after|since|following) (?:my|his|her|the) (?:surgery|operation|op|c-section|caesare"
        r"an)"
        r"\b|\bhad (?:surgery|an operation|my operation|an op)\b"
    ),
    "immunocomp": (
        r"\bchemo\w*\b|\bon chemotherapy\b|\bneutropeni\w*\b|\bimmunosuppress\w*\b|\b(?:kidney"
        r"|liver"
        r"|heart|lung|organ|bone marrow|stem cell) transplant\b|\bno spleen\b|\bspleen removed\b"
        r"|\bcancer treatment\b|\bleukaemia\b|\bleukemia\b|\bon (?:high dose )?steroids\b"
        # medicines whose rare harm is no white cells: a fever on them is treated as on chemotherapy
        r"|\bclozapine\b|\bclozaril\b|\bcarbimazole\b"
    ),
    "red_streaks": (
        r"\bred (?:streaks?|lines?|line)\b|\bstreaks? (?:of red )?(?:going|running|spreading"
        r"|moving|"
        r"tracking)\b|\bredness (?:is )?(?:tracking|going) up\b"
    ),
    "spreading_red": (
        # the pen line drawn round it, outgrown
        r"\b(?:spread|spreading|gone|grown|going|moved|extend\w*) (?:past|beyond|outside|over) the"
        r" (?:pen )?(?:line|mark|outline|circle)\b|\bthe red (?:is |has )?(?:spreading|spread)\b"
        r"|\bspreading (?:redness|red patch|red area|infection|cellulitis)\b|"
        r"\b(?:redness|red area|red patch|swelling|infection|cellulitis|rash|red mark)(?: (?:on|in"
        r") (?:my|his|her|the) \w+)? (?:is |has )?"
        r"(?:spreading|getting bigger|growing|grown|moving up|spread|doubled|tripled)\b|\bred,? ho"
        r"t\b|\bred and hot\b|\bhot and red\b|\bhot,? (?:red"
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
    # Scarlet fever's rash: fine and rough like sandpaper, or a strawberry tongue.
    "scarlet_rash": (
        r"\b(?:sandpaper\w*|rough|gritty)\b[^.!?]{0,25}\brash\b|\brash\b[^.!?]{0,40}\b(?:like"
        r" sandpaper|sandpapery|feels rough)\b|\bstrawberry tongue\b"
    ),
    # Malaria named, or a trip to where it is common: a fever after it needs a blood test today.
    "malaria_travel": (
        r"\bmalaria\b|\b(?:back|home|returned|travel+ed|trip|holiday|visit\w*|flew|stay\w*)\b"
        r"[^.!?]{0,40}\b(?:africa|nigeria|ghana|kenya|uganda|tanzania|congo|cameroon|sierra leone"
        r"|mozambique|malawi|zambia|sudan|ethiopia|india|pakistan|bangladesh|papua|amazon|tropics"
        r"|tropical)\b"
    ),
    "one_side_throat": (
        r"\bone side of (?:my|his|her|the) throat\b|\b(?:throat|tonsil)\b[^.!?;]{0,30}\b(?:one "
        r"side|swollen|swelling)\b|\b" + CANT + r" open (?:my|his|her) mouth\b"
    ),
    "urinary": (
        r"\bburning (?:when|while|as) (?:(?:i|he|she|they) )?(?:pee|wee|urinate)s?\b"
        r"|\bpain(?:ful)? (?:when"
        r" |to )(?:i )?(?:pee|wee|urinate|peeing|weeing)\b|\butis?\b|\burine infection\b|\bwater "
        r"infection\b|\bbladder infection\b|\bpeeing (?:a lot|all the time)\b"
        r"|\b(?:it )?(?:burns|stings|hurts|is painful|is sore) (?:when|while|as) (?:i|he|she|they) "
        r"(?:pee|wee|urinate)s?\b|\bpainful (?:peeing|weeing|urination)\b|\bburning (?:pee|wee|urin"
        r"e)"
        r"\b|\bstinging (?:when|while) (?:i |he |she )?(?:pee|wee)\w*\b"
        r"|\b(?:peeing|weeing|urinating|pee|wee|urine) (?:really |so )?(?:burns|stings|hurts"
        r"|is painful|"
        r"is burning|is stinging)\b"
    ),
    "flank_pain": (
        r"\b(?:lower )?back (?:pain )?on one side\b|\bpain in (?:my|his"
        r"|her) (?:lower )?back on one "
        r"side\b|\bflank\b|\bloin\b|\bkidney (?:pain|area)\b|\b(?:pain|ache) in (?:my|his|her) side"
        r"\b|\bside (?:pain|hurts)\b"
        r"|\b(?:back|side) on the (?:left|right)\b|\bpain in (?:my|his|her) (?:left|right) (?:side|"
        r"back|flank|loin)\b|\b(?:left|right)[- ]sided (?:back|flank|loin) pain\b"
        r"|\b(?:pain|ache|aching|hurts?) in (?:the |my |his |her )?(?:right|left"
        r"|one) side of (?:my |his "
        r"|her |the )?(?:lower )?back\b|\bside of (?:my|his|her) (?:lower )?back\b"
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
        r"|\b(?:dog|cat|\w+) bit (?:me|him|her|them|my \w+|his \w+|her \w+|their \w+)\b"
        r"|\b(?:got|was|been) bitten\b"
    ),
    # ---- pediatric ----------------------------------------------------------------------------
    "dehydration": (
        r"\bno (?:wet )?(?:nappy|nappies|diaper|diapers)\b|\b(?:has not|not|has not had a"
        r"|not had a)"
        r" (?:peed|weed|urinated|wet (?:a )?(?:nappy|diaper))\b|\bsunken (?:soft spot|fontanelle|"
        r"fontanel|eyes)\b|\bdry (?:nappies|diapers)\b|\bno tears\b|\bnot (?:drinking|feeding|"
        r"eating) (?:at all|anything)\b"
        # passing very little urine: "peeing very little", "hardly weeing"
        r"|\b(?:peeing|weeing|urinating) (?:very |really |so )?(?:little|hardly at all)\b"
        r"|\bhardly (?:peeing|weeing|urinating)\b"
    ),
    "dehydration_mild": (
        r"\b(?:fewer|less|not many|hardly any|only (?:\d|one|two|three)) wet (?:nappies|diapers)\b"
        r"|\bnot (?:drinking|feeding|"
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
    # A baby who stopped breathing, went limp or turned blue, however briefly (a BRUE).
    "infant_episode": (
        r"\b(?:stopped|stops|stop) breathing\b|\b(?:went|goes|gone|go|turned|going) (?:all "
        r"|completely )?(?:limp|floppy)\b|\b(?:went|turned|gone|going) (?:\w+ and )?blue\b"
        r"|\bpauses? in (?:his |her |their )?breathing\b|\bbreathing pauses?\b"
        r"|\b(?:floppy|limp) and (?:blue|grey|gray)\b|\b(?:blue|grey|gray) and (?:floppy|limp)\b"
        r"|\bbreathing\b[^.!?;]{0,30}\blong (?:pauses|gaps)\b|\blong (?:pauses|gaps) between\b"
    ),
    "pale_floppy": (
        r"\b(?:pale|mottled|blotchy|grey|gray|ashen)\b[^.!?;]{0,20}\b(?:floppy|sleepy|lethargic|"
        r"limp|unresponsive|drowsy)\b|\b(?:floppy|sleepy|lethargic|limp|drowsy)\b[^.!?;]{0,20}\b"
        r"(?:pale|mottled|blotchy|grey|gray)\b"
    ),
    # A bulging soft spot on a baby's head (raised pressure: meningitis).
    "fontanelle": (
        r"\b(?:soft spot|fontanelle|fontanel)\b[^.!?;]{0,30}\b(?:bulging|bulges|bulgy|swollen"
        r"|raised|"
        r"tense|puffy|sticking out)\b|\bbulging (?:soft spot|fontanelle)\b"
    ),
    # A high-pitched, unusual cry in a baby.
    "high_cry": (
        r"\bhigh[- ]?pitched (?:cry|crying|scream|screaming|wail|whimper)\w*\b|\b(?:cry|crying|"
        r"screaming) (?:is )?(?:really |very )?high[- ]?pitched\b"
    ),
    # Projectile vomiting (in a young baby: pyloric stenosis).
    "projectile": (
        r"\bprojectile(?:ly)? (?:vomit|sick|puk)\w*\b|\bvomit\w* (?:across"
        r"|shoots across) the room\b"
        r"|\b(?:vomits?|vomiting|throws? up|throwing up|brings? up|sick)\b (?:\w+ )?(?:forcefully|"
        r"violently|with force)\b|\bforceful(?:ly)? (?:vomit|sick)\w*\b"
    ),
}
