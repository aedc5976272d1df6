"""Everything else (abdomen, burns, sugar, eyes, injuries): symptom lexicons.

One regular-expression source per feature, written against normalised text (see
``lexicon/__init__.py``); the engine compiles each once and gives every match a status (active,
negated, past, information-seeking, settled) before the clinical rules read it.
"""

from __future__ import annotations

from weighin.safety.triage.lexicon.common import CANT

# Sugar worded as a meter reading ("sugar reads 2.2", "meter says 1.9").
SUGAR_VERBS = (
    r"reads|is reading|reading|says|said|showing|shows|came up as|came back as|on the meter"
)
FEATURES: dict[str, str] = {
    # ---- other --------------------------------------------------------------------------------
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
        r"\b(?:belly|stomach|abdomen|tummy) (?:is|has gone|has become|went|gone|feels|is gone)"
        r" (?:rock |really |very |board )?(?:hard|rigid)\b|\brigid (?:belly|stomach"
        r"|abdomen)\b|\bcannot stand up straight\b|\bcannot (?:move|walk) (?:because of"
        r"|with) the pain\b"
        # the belly named, then "it is rock hard" in the same sentence
        r"|\b(?:stomach|belly|abdomen|tummy)\b[^.!?]{0,50}\b(?:it is|it has gone|it went) (?:now )?"
        r"(?:rock hard|rigid|hard as a (?:board|rock))\b(?! (?:poo|poop|stools?|faeces|motions))"
        # "tummy rock hard, hurts to even move", "belly like a board"
        r"|\b(?:belly|stomach|abdomen|tummy) (?:rock hard|hard as a (?:board|rock)|like a (?:board"
        r"|rock))\b"
    ),
    "right_lower": (
        r"\blower right\b|\bright lower\b|\bright side of (?:my|his|her|the) (?:stomach|belly"
        r"|abdomen|tummy)\b|\bappendi\w+\b|\bright iliac\b"
        r"|\b(?:worse|worst|more|mainly|mostly) (?:on|in) the right\b|\bon the right(?: hand)? side"
        r"\b|\bright[- ]hand side\b"
        r"|\bbottom right\b|\bright bottom\b"
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
        r"|\b(?:fell|fallen|slipped|tipped|spilled|spilt) (?:\w+ )?(?:in|into|over)"
        r" (?:the |a |his |her"
        r" |my )?(?:fryer|deep fat fryer|chip pan|hot oil|boiling)\b|\bfryer oil\b"
        r"|\b(?:kettle|boiling water|hot (?:tea|coffee|water|drink|soup)|cup of (?:tea|coffee))\b"
        r"[^.!?]{0,20}\b(?:spilt|spilled|tipped|poured|fell|went|pulled|knocked)\b"
        r"|\b(?:hot|boiling|(?:just|freshly)[- ]boiled) (?:tea|coffee|drink|liquid|soup|milk|bath"
        r"|food|pan|iron|water|kettle)\b|\bpulled (?"
        r":a|the) (?:kettle|pan|cup|mug)\b"
        r"|\b(?:is|are|got|was|were|been|badly|severely) (?:badly |severely |really )?(?:burnt|burn"
        r"ed|scalded)\b"
        r"|\bpulled (?:a|the|my|his|her|our) (?:hot )?(?:kettle|pan|cup|mug|tea|coffee"
        r"|hot drink)\b(?: of \w+)?(?: over| down| onto)"
        r"|\bboiling (?:\w+ )?(?:water|oil|fat|milk|soup|stock)\b|\bpot of boiling\b"
    ),
    "burn_severe": (
        r"\b(?:white|leathery|charred|black(?:ened)?|waxy|no feeling|painless)\b|\b(?:large|big|"
        r"huge|whole|massive) (?:area|part of|patch)\b|\ball over (?:his|her|my|the) (?:body|chest|"
        r"back|face|arms|legs)\b|\bthird[- ]degree\b|\bfull[- ]thickness\b|\bon (?:his|her|my|the) "
        r"face\b|\b(?:face|neck|airway|genitals) (?:is |are )?burn\w*\b|\bcaught fire\b|\bon fire\b"
        r"|\b(?:whole|entire) (?:arm|leg|back|chest|face|hand|foot|stomach|side)\b"
        # two or more body regions at once: "arms and chest blistered"
        r"|\b(?:arms?|legs?|chest|back|face|stomach|neck)(?:,| and) (?:his |her |my |their )?"
        r"(?:arms?|legs?|chest|back|face|stomach|neck)\b"
        r"(?![^.!?]{0,40}\b(?:no blisters?|small|tiny|little|minor)\b)"
        r"(?=[^.!?]{0,40}\b(?:blister\w*|peel\w*|burn\w*"
        r"|scald\w*|raw)\b)"
        r"|\b(?:badly|severely|seriously|horribly) (?:burnt|burned|scalded)\b|\bfirework\w*\b|\bexp"
        r"losion\b"
        r"|\b(?:to|on) (?:my|his|her|their|the) (?:face|neck|mouth|lips|airway|genitals|groin)\b"
        r"|\ball over (?:\w+'s |my |his |her |the )(?:chest|body|back|face|arms?|legs?|tummy|stomac"
        r"h)\b"
        r"|\b(?:boiling|scald\w*|kettle|hot water|hot oil|fire|flames)\b[^.!?]{0,60}\bskin (?:is "
        r"|has )?"
        r"(?:peeling|coming off|falling off|blistering|gone white|white|charred)\b"
    ),
    "burn_moderate": (
        r"\bblisters?\b|\bblistering\b|\bblistered\b|\bblistery\b|\bsize of (?:my|his|her|a|an|the)"
        r" (?:palm"
        r"|hand|"
        r"fist)\b|\bsecond[- ]degree\b|\b(?:large|big|huge) (?:blisters?|burn|area)\b"
        r"|\bskin (?:came|"
        r"is coming|peeled) off\b|\braw\b"
        r"|\bpeeling\b|\bblisters? (?:forming|coming up|appeared)\b"
    ),
    "electric": (
        r"\belectric(?:al)? shock\b|\belectrocut\w+\b|\bpower ?line\b|\bhigh voltage\b|\blive wire"
        r"\b|\bstruck by lightning\b|\blightning strike\b|\bzapped by\b"
        r"|(?<!static )\b(?:shock|zap|jolt) (?:off|from) (?:the |a )?(?:mains|socket|plug|wire|wiri"
        r"ng|outlet"
        r"|electric fence|fuse ?box)\b"
        # a live cable bitten: "bit through a phone charger that was plugged in"
        r"|(?<!cat )(?<!dog )(?<!puppy )(?<!kitten )(?<!rabbit )"
        r"\b(?:bit|bitten|chewed|chewing) (?:through |into )?(?:a |the |his |her |my )?(?:\w+ )?"
        r"(?:charger|cable|wire|lead|flex)\b(?=[^.!?]{0,30}\b(?:plugged in|live|socket|mains|burn"
        r"|spark))(?![^.!?]{0,30}\b(?:not plugged|unplugged|switched off|headphones?|earphones?)\b)"
    ),
    "diabetic_ctx": (
        r"\bdiabet\w+\b|\binsulin\b|\bblood sugar\b|\bglucose\b|\bsugars?\b|\bhypo\b|\bhypoglyc"
        r"\w+\b|\b(?:is|am|are|a|she is|he is|with) type (?:1|one|i|2|two|ii)\b(?! (?:allergy|error"
        r"|reaction|hypersensitivity|fracture|collagen))|\bt[12]d\b|\bhyperglyc\w+\b|\bdka\b"
        r"|\bketones?\b|\bketoacidosis\b"
    ),
    "hypo_word": (
        r"\bhypos?\b|\bhypoglyc\w+\b|\blow (?:blood )?sugar\b|\bsugar (?:is |has )?(?:dropped"
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
    # A limb suddenly cold and pale, or cold and numb (a blocked artery).
    "cold_limb": (
        r"\b(?:leg|legs|arm|foot|feet|hand)\b(?: (?:has|have|is|are|suddenly|just|gone|went|turned"
        r"|going|turning|feels?|felt|looks?|looked|all|really|very|so|ice|icy|become|became))*"
        r" (?:cold|white|pale|blue|icy|mottled|marble)\b,?(?: and| &)? (?:\w+ ){0,2}?(?:cold|white"
        r"|pale|blue|numb|mottled|painful|agony)\b|\b(?:cold|pale|white),? (?:and )?(?:pale|white"
        r"|cold|numb) (?:leg|arm|foot)\b"
    ),
    # Diabetic ketoacidosis: a meter reading "HI", a breath like nail-polish remover, ketones.
    "dka_signs": (
        r"\b(?:breath|breathe)\b[^.!?]{0,20}\b(?:smells?|smelled|smelling) (?:like |of )?(?:nail"
        r" polish(?: remover)?|acetone|pear drops|fruit\w*)\b|\bmeter (?:just )?(?:says|reads"
        r"|shows|said) hi\b|\bketones? (?:are )?(?:high|very high|of [3-9]|[3-9](?:\.\d)?)\b"
    ),
    # Testicular pain (torsion when sudden, or with vomiting).
    "testis_pain": (
        r"\b(?:pain|pains|hurts?|hurting|agony|ache|aching|swollen|swelling|kicked)\b[^.!?]{0,30}"
        r"\b(?:testicles?|testicular|testis|testes|scrotum|scrotal|balls?|nuts)\b(?! of (?:(?:my"
        r"|his|her|the) )?(?:foot|feet))|\b(?:testicles?|testicular|testis|scrotum)\b[^.!?]{0,20}"
        r"\b(?:pain|hurts?|hurting|agony|swollen|swelling|killing)\b"
    ),
    # A crash or a blow to the body: faintness and belly or chest pain after it is bleeding inside.
    "injury_event": (
        r"\b(?:car|motorbike|motorcycle|bike|bicycle|road traffic|traffic|rta|quad|ski|skiing"
        r"|riding) (?:accident|crash|collision|smash|wreck)\b|\bcrashed (?:my|the|our|his|her|into)"
        r"\b|\brear-?ended\b|\b(?:kicked|trampled|thrown) by (?:a |the )?(?:horse|cow|bull)\b"
        r"|\b(?:landed|fell) on (?:the |my |his |her )?handlebars?\b"
        r"|\bhit by (?:a |the )?(?:car|van|bus|bike|cyclist)\b"
    ),
    # High-energy injury: struck by a vehicle, a fall from a height.
    "high_energy": (
        r"\b(?:hit|knocked (?:down|over|off)|run over|struck|mowed down|clipped|thrown)"
        r"(?: \w+){0,3} by (?:a |the |an )?(?:\w+ )?(?:car|van|bus|lorry|truck|motorbike"
        r"|motorcycle|train|tram|vehicle|taxi|cab)\b|\b(?:fell|fallen|falls|fall|jumped|tumbled|to"
        r"ppled|dropped)"
        r" (?:out of|from|off) (?:a |the |an |his |her |my |our |their )?(?:(?:first|second|third"
        r"|top|upstairs|upper|\d+(?:st|nd|rd|th)) (?:floor|storey|story) )?(?:bedroom )?"
        r"(?:window|balcony|roof|scaffold\w*|cliff|bridge|multi-?storey|top bunk|loft|landing)\b"
        r"|\b(?:a|the) (?:car|van|bus|lorry|truck|motorbike|motorcycle|taxi|cab) (?:hit|knocked"
        r" (?:down|over)|ran over|struck|ploughed into|drove into) (?:me|him|her|them|my|his|her)\b"
        r"|\bfell (?:about |over |nearly )?(?:\d+|two|three|four|five|six|ten|twenty) (?:feet|foot"
        r"|ft|metres|meters|storeys|stories|floors)\b"
    ),
    "fracture": (
        r"\b(?:wrist|arm|leg|ankle|finger|toe|elbow|collarbone|hip|foot|hand|thumb|nose)s? (?:is |a"
        r"re |might be |may be |could be |must be |looks |seems )(?:broken|fractured|snapped)\b|"
        # a broken hip: the leg shorter and turned out after a fall
        r"\b(?:leg|foot) (?:is |looks |now |has gone |went )*(?:shorter|shortened"
        r"|turned out(?:wards)?|rotated out(?:wards)?|pointing outwards?|turned to the side)\b|"
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
        r"\bhypothermi\w+\b|\bfreezing cold and (?:confused|drowsy)\b"
        r"|\b(?:ice|very|freezing|stone|icy) cold to (?:the )?touch\b[^.!?]{0,60}\b(?:stopped"
        r" shivering|not shivering|talking (?:very )?slow\w*|slurring|confused|drowsy)\b"
        r"|\b(?:very|freezing|ice|really|so|stone|icy) cold\b[^.!?;]{0,30}\b(?:mumbling|confused"
        r"|drowsy|slurring|not making sense|barely (?:awake|responding|conscious)|shivering "
        r"violently)\b|\b(?:lying|lay|laid|been|left) (?:outside|out|in the (?:garden|snow|street"
        r"|yard|field|park|cold)|on the (?:ground|pavement|patio))\b[^.!?]{0,40}\ball night\b"
        r"|\b(?:fell|been) in (?:icy"
        r"|freezing|cold) water\b"
        # cold, then the shivering gone and the mind slowed: "he's freezing, speaking really
        # slowly, and he's not even shivering any more"
        r"|\b(?:freezing|frozen|ice cold|icy cold|so cold|very cold|really cold|in the snow"
        r"|in the cold)\b(?=[^.!?]{0,120}?\b(?:stopped shivering|not (?:even )?shivering (?:any ?"
        r"more|now)|no longer shivering)\b)[^.!?]{0,120}?\b(?:(?:speaking|talking) (?:really |very "
        r"|so )?slow\w*|slurring|mumbling|confused|drowsy|not making sense|stumbling)\b"
    ),
    "kidney_stone": (
        r"\bkidney stones?\b|\brenal colic\b|\b(?:comes|coming) in waves\b|\bpain in (?:my|his|her)"
        r" (?:side|flank|back)\b[^.!?;]{0,30}\bwaves\b"
    ),
    "vomit_persistent": (
        r"\b(?:vomiting|throwing up|thrown up|threw up|being sick|been sick|sick|vomited|puking"
        r"|puked)"
        r"\b[^.!?;]{0,30}\b(?:for (?:\d+|twenty|"
        r"two|three|a (?:day|whole day)|24|48|hours|days)|all (?:day|night|morning|afternoon"
        r"|evening)|since (?:last night|"
        r"yesterday|this morning|\w+day)|non ?stop|everything|over \d+ hours|every (?:hour"
        r"|half hour|"
        r"time))\b|\b" + CANT + r" keep (?:anything|any fluids|fluids|water|food|liquids|drinks|"
        r"anything) down\b|\b" + CANT + r" keep (?:any )?(?:food|water|fluids|drinks|liquids|milk)"
        r" (?:or|and|nor) (?:any )?(?:food|water|fluids|drinks|liquids|milk) down\b"
        r"|\b(?:not|no|is not) (?:able to )?keep(?:ing)? (?:anything|fluids|water|"
        r"food|drinks|milk) down\b|\bcannot keep (?:anything|water|fluids|food|liquids) down\b"
        r"|\bkeeps? (?:on )?(?:vomiting|being sick|throwing up|puking)\b|\bvomited (?:\d+|three|fou"
        r"r|five|six|several|many|lots of) times\b"
        r"|\b(?:thrown up|been sick|vomited|threw up|puked) (?:\d+|two|three|four|five|six|several|"
        r"many|loads of|lots of) times\b"
        r"|\b(?:vomit|vomits|vomiting|sick|throws up|throwing up)\b (?:\w+ )?(?:up )?(?:after"
        r"|with) "
        r"(?:every|each|all (?:his|her|the)) (?:feed|feeds|bottle|bottles|meal|meals|drink)\b"
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
    # An injured limb that is not used: a child who will not move the wrist he fell on, an arm
    # that cannot be lifted since the fall (a broken bone until an X-ray says otherwise).
    "limb_unused": (
        r"\b(?:won'?t|will not|wont|cannot|can ?not|can'?t|cant|unable to|refuses to|refusing to"
        r"|not able to) (?:move|use|bend|straighten|lift|turn|grip with) (?:it|them|(?:his|her|my"
        r"|their|the) (?:wrist|arm|hand|elbow|shoulder|ankle|leg|fingers?|thumb))\b"
    ),
    # A limb injured just now: a fall, a landing, a twist or a blow.
    "limb_hurt": (
        r"\b(?:fell|fallen|fall|landed|twisted|tripped|slipped|crashed|tackled|knocked|came off"
        r"|trapped|slammed|jammed)\b[^.!?]{0,60}\b(?:wrist|arm|hand|elbow|shoulder|ankle|leg|foot"
        r"|finger|thumb|outstretched)\b"
    ),
    "limb_swollen": r"\b(?:swollen|swelling|swelled|puffed up|bruised|bruising|puffy)\b",
    # An injured leg that will not take weight (it needs an X-ray today).
    "no_weight": (
        r"\b(?:cannot|can not|could not|unable to|can only|can barely|can hardly|not able to"
        r"|struggling to) (?:put|bear|take) (?:any |a little |much |some |the slightest )?weight"
        r" (?:on|through) (?:it|my|his|her|their|the)\b|\b(?:cannot|can not|could not|unable to"
        r"|can barely|can hardly) (?:walk|stand) on (?:it|my|his|her|their|the)\b"
    ),
    # A child limping, or refusing to walk or stand on a leg.
    "limping": (
        r"\blimping\b|\b(?:has|have|with|got|developed) a (?:bad |slight |new )?limp\b"
        r"|\b(?:will not|does not|refuses to|refusing to|not) (?:walk|stand|put weight) on"
        r" (?:his|her|their|one|the) (?:left |right )?(?:leg|foot)\b"
    ),
    # Flashes, a shower of floaters or a shadow closing in: a retina tearing or detaching.
    "retinal": (
        r"\bfloaters?\b[^.!?;]{0,60}\b(?:flash\w*|shadow|curtain|veil|cobweb)\b"
        r"|\b(?:flash\w*|shadow|curtain|veil|cobweb)\b[^.!?;]{0,60}\bfloaters?\b"
        r"|\b(?:shower|burst|cloud|loads|lots|swarm) of (?:new )?(?:floaters|black dots|spots)\b"
        r"|\b(?:curtain|shadow|veil|dark (?:patch|area))\b[^.!?;]{0,30}\b(?:coming|came|moving"
        r"|across|over|down|up|edge of|side of|closing)\b[^.!?;]{0,20}\b(?:vision|sight|eye)\b"
    ),
    # A blocked bowel: a swollen or hard belly, being sick, and no stool or wind.
    "distended": (
        r"\b(?:stomach|tummy|belly|abdomen)\b[^.!?;]{0,25}\b(?:swollen|bloated|distended|huge|hard"
        r" as a rock|like a drum|tight as a drum|blown up|massive)\b"
    ),
    "no_stool_wind": (
        r"\b(?:no|not|cannot|can not|have not|has not|not been able to|unable to|could not) "
        r"(?:(?:had|done|did|do|have) a )?(?:poo\w*|pass(?:ed)? (?:wind|gas|a stool|stool|anything)"
        r"|fart\w*|bowel movements?"
        r"|opened (?:his|her|my) bowels)\b"
        r"|\bno (?:poo|wind|stool|gas|bowel movement|farts?)s? (?:or|and|nor) "
        r"(?:poo|wind|gas|farts?)\b"
    ),
    # A long lie: found on the floor after hours there (cold, muscle breakdown, what felled them).
    "long_lie": (
        r"\b(?:found|lying|lay|laid|was lying|had been lying|been lying)\b[^.!?]{0,30}\b(?:floor"
        r"|ground)\b[^.!?]{0,40}\b(?:all night|overnight|for (?:hours|\d+ hours)|since (?:last "
        r"night|yesterday))\b|\b(?:floor|ground)\b[^.!?]{0,30}\b(?:been|had been|was) (?:there|lyin"
        r"g there) (?:all night|overnight|for (?:hours|\d+ hours)|since (?:last night|yesterday))\b"
        # found down, for how long nobody knows
        r"|\b(?:no idea|do not know|not sure) how long (?:he|she|they) (?:was|were|had been"
        r"|has been) (?:on the floor|down|there|lying there)\b"
    ),
    # Presentations that need a doctor today rather than an ambulance.
    "ear_discharge": (
        r"\b(?:pus|yellow stuff|green stuff|gunk|goo|discharge|fluid|liquid|blood)\b[^.!?;]{0,25}"
        r"\b(?:coming |leaking |oozing |dripping )?(?:out of|from) (?:his|her|my|their|the) ears?\b"
        r"|\bears? (?:is |are )?(?:leaking|oozing|discharging|weeping|running)\b"
        r"|\bears?\b[^.!?]{0,40}\b(?:pus|yellow stuff|green stuff|gunk|goo|discharge)\b"
        r"[^.!?;]{0,10}\b(?:coming out|leaking|oozing|dripping)\b"
    ),
    "jaundice_adult": (
        r"\b(?:eyes|skin|whites of (?:my|his|her|the) eyes) (?:are |is |look |looks |have |has )?"
        r"(?:gone |turned |going |turning |a bit |slightly |really |very )*(?:yellow|yellowish)\b"
        r"|\byellow(?:ish)? (?:eyes|skin|tinge)\b|\bjaundiced?\b"
    ),
    "throat_object": (
        r"\b(?:swallowed|ate|eating|choked on)\b[^.!?;]{0,25}\b(?:fish ?bone|chicken bone|bone"
        r"|pin|toothpick|piece of glass)\b[^.!?]{0,60}\b(?:still (?:feel|there)|feel it|scratch\w*"
        r"|stuck|hurts? (?:when|to) swallow|pain (?:when|on) swallowing)\b"
    ),
    "lyme": (r"\b(?:bull'?s?[- ]?eye|target(?:-like)?|ring[- ]shaped) (?:rash|mark|ring)\b"),
    "pmb": (
        r"\b(?:bleeding|bled|spotting|blood)\b[^.!?;]{0,30}\b(?:after|since|post)[- ](?:the |my )?"
        r"menopause\b|\bpost-?menopausal (?:bleeding|spotting)\b|\b(?:after|since|gone through"
        r"|through) (?:the |my )?menopause\b[^.!?;]{0,40}\b(?:bleeding|bled|spotting|period)\b"
    ),
    # (not a child drinking and weeing "normally" again after a bug: the reassurance, not the sign)
    "thirst_pee": (
        r"\b(?:drinking|thirsty|thirst)\b(?! (?:well|normally|fine|ok|okay|as normal|as usual"
        r"|enough|plenty|better)\b)[^.!?]{0,40}\b(?:peeing|weeing|urinating|toilet|wee|pee)\b"
        r"(?! (?:well|normally|fine|ok|okay|as normal|as usual|enough|plenty|better)\b)"
        r"|\b(?:peeing|weeing|urinating)\b(?! (?:well|normally|fine|ok|okay|as normal|as usual"
        r"|enough|plenty|better)\b)[^.!?]{0,40}\b(?:thirsty|drinking)\b"
        r"(?! (?:well|normally|fine|ok|okay|as normal|as usual|enough|plenty|better)\b)"
    ),
    "weight_lost": (
        r"\b(?:lost|losing|dropped) (?:a lot of |loads of |so much |some )?weight\b|\bweight loss"
        r"\b|\b(?:so|very|really|always|constantly) (?:tired|exhausted|lethargic)\b"
    ),
    "eye_pain": r"\beye\b[^.!?;]{0,30}\b(?:painful|pain|hurts|red)\b"
    r"|\b(?:agony|pain|painful|aching|throbbing|stabbing)\b[^.!?;]{0,15}\b(?:in|behind|around)"
    r" (?:my|his|her|their|the|one) (?:\w+ )?eye\b",
    "fluid_loss": (
        r"\bdiarrh\w+\b|\bvomiting\b|\bthrowing up\b|\bbeing sick\b"
        # diarrhoea as parents say it
        r"|\bthe (?:runs|squits|trots)\b"
    ),
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
        # a drip just given: "had my iron infusion 20 mins ago"
        r"|\b(?:iron|antibiotic|chemo|contrast) (?:infusion|drip)\b"
    ),
    "jaundice": r"\b(?:yellow|jaundice\w*)\b",
    "not_feeding": (
        r"\b(?:not|is not|will not|has not been|stopped|refusing to|refuses to|barely|hardly) "
        r"(?:feeding|eating|drinking|taking (?:her|his|any) (?:milk|bottle|feeds?))\b|\bwill not "
        r"feed\b|\boff (?:his|her) (?:feeds?|milk)\b|\brefusing (?:feeds|bottles?|the breast)\b"
        r"|\b(?:has not|had not|not) (?:fed|been fed|had (?:a |any )?(?:feed|bottle|milk))"
        r" (?:since|for|in|all)\b"
        r"|\b(?:not|is not|isnt|no longer) interested in (?:feeding|feeds?|(?:his|her|the) (?:feeds"
        r"?"
        r"|milk|bottle|breast))\b"
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
        r"|\bvomiting bile\b|\b(?:bringing|brought|coming|came) up (?:\w+ )?green\b"
        r"|\b(?:sick|vomit\w*|threw up|throwing up)\b(?:(?!smoothie|kale|spinach|juice|jelly|sweets"
        r"|peas|broccoli|food colouring|slush)[^.!?]){0,30}\b(?:it is|it was|its|and it is|all)"
        r" (?:bright |dark |really |very )?green\b"
    ),
    "cauda_equina": (
        r"\bnumb(?:ness)? (?:around|in|on|between) (?:my |his |her )?(?:bum|bottom|groin|saddle"
        r"|genitals|"
        r"inner thighs|back passage)\b|\b(?:cannot|could not|can not) (?:control|feel|hold) (?:my "
        r"|his "
        r"|her )?(?:bladder|bowels?|wee|pee|poo)\b|\bwet (?:myself|himself|herself)\b|\bsaddle "
        r"(?:numbness|anaesthesia|anesthesia)\b"
        r"|\b(?:cannot|can not|could not) feel (?:it |anything )?(?:(?:around|in|on) )?"
        r"(?:when (?:i|he|she) wipes?|down there|(?:my |his |her )?(?:bum|bottom|backside|privates"
        r"|private parts|genitals|saddle area))\b"
        r"|\bnumb (?:down there|between (?:my|his|her) legs)\b"
        r"|\bnumb(?:ness)? (?:around|in|on) (?:my |his |her )?(?:backside|private parts|privates)\b"
        r"(?![^.!?]{0,40}\b(?:cycling|cycled|bike|ride|riding|saddle sore)\b)"
        r"|\b(?:cannot|can not|could not) feel (?:when|if) (?:i|he|she) (?:need|needs"
        r"|want|wants) (?:a |to )?(?:wee|pee|poo|go)\b"
        # "cant feel when im weeing", "my bum area has gone numb"
        r"|\b(?:cannot|can not|could not) feel (?:it )?(?:when|while|if) (?:i am|im|he is|she is"
        r"|i|he|she) (?:weeing|peeing|wee|pee|poo|pooing|go to the toilet)\b"
        r"|\b(?:bum|bottom|backside|saddle|groin)(?: area)? (?:has |is |feels |went |has gone |gone"
        r" |all )*numb\b(?![^.!?]{0,40}\b(?:cycling|cycled|bike|ride|riding|sitting|sat)\b)"
    ),
    "back_pain": (
        r"\bback (?:pain|ache|hurts|is (?:killing|agony|really painful))\b|\bbackache\b"
        r"|\bsciatica\b|\bslipped disc\b"
        r"|\b(?:through|into|to|in) (?:my|his|her|the) (?:upper |lower |middle of (?:my|his"
        r"|her) )?back\b"
        r"|\bbetween (?:my|his|her|the) shoulder ?blades\b"
        r"|\bback (?:is |has been |feels )?(?:really |very |so )?sore\b"
    ),
    "retention": (
        r"\b(?:cannot|could not|can not|unable to|have not been able to) (?:pee|wee|urinate|pass "
        r"urine|pass water)\b(?:[^.!?;]{0,30}\b(?:all day|since|hours|at all))?"
        r"|\b(?:has not|had not|have not) (?:been able|managed) to (?:pee|wee|urinate|pass urine"
        r"|pass water)\b|"
        r"\bnot (?:able to|been able to) (?:pee|wee|urinate|pass urine)\b"
        # "peeing pure blood with clots and now nothing will come out"
        r"|\b(?:peeing|weeing|passing) (?:\w+ ){0,3}(?:blood|clots)\b[^.!?]{0,40}\bnothing (?:will "
        r"|would |is |)(?:come|comes|coming) out\b"
        # a catheter that has stopped draining
        r"|\bcatheter (?:is |has )?(?:blocked|stopped draining|not draining|is not draining)\b"
    ),
    # A bladder full to bursting, a clot in the urine: with no urine passing, for a catheter now.
    "retention_severe": (
        r"\bbladder\b[^.!?]{0,40}\b(?:burst|bursting|going to pop|about to pop|explode)\b"
        r"|\b(?:peeing|pee|wee|weeing|urine|passing)\b[^.!?]{0,40}\b(?:blood )?clots\b"
    ),
    "tearing_pain": (
        r"\b(?:tearing|ripping)\b[^.!?;]{0,30}\b(?:pain|feeling)\b"
        r"|\b(?:chest|back|between (?:my|his|her) shoulder blades)\b[^.!?;]{0,25}[, ]+(?:tearing"
        r"|ripping)\b(?! (?:off|up|down|open|apart)\b)"
        r"|\bpain\b[^.!?;]{0,30}\b(?:tearing|"
        r"ripping)\b"
    ),
    "indigestion": r"\bheartburn\b|\bindigestion\b|\breflux\b|\btrapped wind\b",
}
