"""Heart and breathing: symptom lexicons for :mod:`weighin.safety.triage`.

One regular-expression source per feature, written against normalised text (see
``lexicon/__init__.py``); the engine compiles each once and gives every match a status (active,
negated, past, information-seeking, settled) before the clinical rules read it.
"""

from __future__ import annotations

from weighin.safety.triage.lexicon.common import CANT, SEVERE

FEATURES: dict[str, str] = {
    # ---- cardiac ------------------------------------------------------------------------------
    "chest_pain": (
        # "chest is paining", "paining in his chest" (South Asian English)
        r"\bchest (?:is |was |keeps |has been |started )?paining\b"
        r"|\bpaining (?:in )?(?:my |his |her |the )?chest\b|"
        r"\bchest (?:pains?|hurts?|hurting|aches?|aching|tightness|tight|pressure|squeezing|"
        r"squeezed|heaviness|heavy|discomfort|is (?:really |so |very |super |kind of |a bit )?"
        r"(?:tight|painful|sore|heavy|hurting|squeezing|burning|killing me|pounding)|feels? "
        r"(?:tight|heavy|like|crushed|squeezed|painful|sore)|(?:has been|keeps|started) "
        r"(?:squeezing|hurting|tight|aching|tightening)|tightening|burning)\b"
        r"|\b(?:pain|pains|pressure|tightness|heaviness|squeezing|discomfort|ache|crushing|weight|"
        r"tight feeling|burning|stabbing|squeezing|crushing)(?: feeling| sensation| pain)?"
        # "a tightness right across her chest": an adverb between the feeling and the place
        r"(?: (?:right|all|just|kind of|sort of|somewhere|deep|straight|really|like))? (?:in"
        r"|on|"
        r"across|around|behind|at) (?:the )?(?:middle of )?(?:my |his |her |their |your "
        r"|the )?chest\b|\b(?:tight|painful|sore|heavy|crushing|squeezing)"
        r" chest\b|\b(?:tight |heavy )?band(?: feeling| sensation)?(?: (?:right|all|just))?"
        r" (?:around|across|round) (?:my |his |her |the )?chest\b"
        r"|\bchest (?:burns|hurts|aches|is burning|is sore) and (?:feels |is )?(?:tight|heavy"
        r"|crushed|squeezed)\b"
        r"|\bclutching (?:my|his|her|their) chest\b|\belephant (?:is )?(?:sitting|standing)"
        r" on\b|\bangina\b"
        r"|\b(?:breastbone|sternum)\b|\b(?:centre|center|middle) of (?:my |his |her |the )?chest\b|"
        r"\b(?:heavy |dull |sharp |crushing |tight |squeezing |burning )?(?:ache|aching|pain|pressu"
        r"re|weight|tightness) (?:behind|under|in) (?:my |his |her |the )?(?:breastbone|sternum)\b"
        r"|\bperspiring\b(?=[^.!?;]{0,30}\bchest)|\b(?:heart|chest) area\b[^.!?;]{0,20}\b(?:pain|hu"
        r"rts|aches?|tight|pressure)\b|\b(?:pain|ache|tightness|pressure) (?:in|on) (?:the )?left s"
        r"ide of (?:my |his |her )?chest\b|\bmy heart (?:hurts|is hurting|aches)\b|\bpain in (?:my|"
        r"his|her) heart\b"
        r"|\bchest\b[^.!?;]{0,20}\blike (?:someone|something|a (?:car|truck|weight|ton of bricks|br"
        r"ick|vice)|an elephant) (?:is )?(?:standing|sitting|pressing|crushing|squeezing|lying)?\b"
        r"|\bchest (?:is |has been )?(?:killing|murdering) (?:me|him|her|them)\b"
        r"|\bchest\W+(?:(?!not\b|no\b|never\b|does\b|did\b|do\b)\w+\W+){0,2}?(?:pain|pains|"
        r"painful|hurts?|hurting|aches?|aching)\b"
        r"|\b(?:clutching|holding|grabbing|gripping|rubbing|pressing on|clasping) (?:at )?(?:my|his"
        r"|her|their) chest\b"
        r"|\b(?:pain|ache|aching|pressure|tightness|discomfort|heaviness)\b(?:\W+(?!not\b|no\b|neve"
        r"r\b)\w+){0,4}?\W+(?:and|&) (?:my |his |her |the )?chest\b"
        r"|\bchest (?:went|goes|going|gone|got|gets|getting|has gone) (?:really |so |very |all )?"
        r"(?:tight|heavy|painful|sore|tighter|heavier)\b"
        r"|\bchest (?:is |feels? |has been )?(?:crushing|crushed|being crushed)\b"
    ),
    "chest_severe": (
        SEVERE + r"|\b(?:so|really|very) (?:tight|painful|heavy)\b|\bcan(?:not)? (?:take|bear) it\b"
        r"|\blike (?:someone|something) (?:is )?(?:standing|sitting|pressing|kneeling) on\b|\bton o"
        r"f bricks\b"
    ),
    "radiating": (
        r"\b(?:goes|going|went|spreading|spreads|spread|radiating|radiates|radiated|moving|moves|"
        r"shooting|shoots|travell?ing|travels|going through|goes through) (?:down|into|to|up|"
        r"through|across|out to)? ?(?:to )?(?:my|his|her|their|the)? ?(?:left |right )?(?:arm|arms|"
        r"jaw|neck|back|shoulder|shoulders|teeth)\b|\b(?:left )?arm (?:is |feels |went |has gone |"
        r"gone |also )*(?:numb|heavy|tingling|tingly|weak|aching|aches|hurts|hurting|painful|dead)"
        r"\b|\b(?:pain|ache|aching|pressure|tightness|heaviness) in (?:my|his|her|their) (?:left "
        r"|upper )?(?:arm|jaw|neck"
        r"|back)"
        r"\b|\b(?:jaw|left arm|arm) (?:pain|ache|aches)\b|\bbetween (?:my|his|her|their) shoulder "
        r"blades\b|\binto (?:my|his|her|the) jaw\b"
        r"|\b(?:radiat\w+|spread\w*|going|goes|shoot\w*|moving|moves) (?:down |into |to |up )?(?:bo"
        r"th|either|the|his|her|my) (?:arms|arm|shoulders|sides of (?:my|his|her) jaw)\b"
        r"|\b(?:pain|ache|aching|pressure) in (?:my|his|her|their) (?:upper |lower |left |right )?("
        r"?:arm|jaw|neck|back|shoulder)s?(?: and (?:jaw|arm|neck|back|shoulder))?\b"
        r"|\b(?:both )?(?:arms|jaw|shoulders)\b(?: (?:and|n|&) (?:my |his |her |their )?(?:arms?"
        r"|jaw|neck|shoulders?|back))? (?:is |are |feels? |keeps? |now )*(?:ach\w*|tight|heavy"
        r"|numb|tingl\w*)\b"
        # the two classic places named together: "arm and jaw"
        r"|\b(?:left )?arms? (?:and|&) (?:my |his |her )?(?:jaw|neck)\b|\b(?:jaw|neck) (?:and|&)"
        r" (?:my |his |her )?(?:left )?arms?\b"
        r"|\b(?:left )?(?:arm|jaw|neck|shoulder) and (?:my |his |her |their )?(?:arm|jaw|neck"
        r"|shoulder|back)s? (?:ache|aches|aching|hurt|hurts|hurting|are sore)\b"
    ),
    # A crushing or pressing feeling named without "chest" ("like somebody standing on him").
    "pressure_felt": (
        r"\b(?:tight pressure|crushing|squeezing|heaviness|heavy (?:feeling|pressure|weight)"
        r"|burning heavy|pressure (?:on|in|across|behind) (?:my|his|her|their|the) (?:heart"
        r"|breast|sternum|ribs|upper (?:body|stomach|tummy))|like (?:somebody|someone|something"
        r"|an elephant|a weight|a truck|a brick) (?:is )?(?:standing|sitting|pressing|pushing"
        r"|lying) on)\b"
    ),
    "sweating": (
        r"(?<!stopped )(?<!not )\b(?:sweating|sweaty|sweats|cold sweat|clammy|drenched in sweat|"
        r"pouring with sweat|pale and sweaty)\b"
        r"|\bperspiring\b|\bpouring sweat\b|\bcovered in sweat\b|\bsweating (?:buckets|profusely|a "
        r"lot|heavily)\b"
        r"|\bdiaphoretic\b|\bdiaphoresis\b"
        r"|\b(?:drenched|soaked|dripping)\b(?! (?:in|by|from|with) (?:the )?(?:rain|water|pool|sea"
        r"|bath|shower|pee|urine|wee|milk|sick|vomit))"
        r"|\bsweat\b(?= (?:too much|a lot|so much|heavily|buckets|like))|\bbreak(?:ing)? (?:out )?i"
        r"n(?:to)? a (?:cold )?sweat\b|\bbroke out in a (?:cold )?sweat\b"
    ),
    "nausea": (
        r"\b(?:nausea|nauseous|nauseated|feel(?:s|ing)? (?:sick|like throwing up|like vomiting)|"
        r"throwing up|threw up|vomiting|vomited|being sick|retching|queasy)\b"
        r"|\b(?:been|was|is|got) sick (?:once|twice|a few times|again|everywhere|\d+ times"
        r"|all (?:morning|day|night|afternoon|evening))\b"
        r"|\bsick once\b"
    ),
    "faint_feel": (
        r"\b(?:dizzy|dizziness|light ?headed|lightheadedness|faint|woozy|about to pass out|going "
        r"to pass out|going to faint|like i (?:am going to|will) (?:pass out|faint)|passing out|"
        r"room is spinning|grey|gray|pale|pasty)\b"
        r"|\bwashed out\b|\blooks? (?:grey|gray|ashen|awful|terrible|like death)\b|\b(?:and|is|very"
        r"|gone|turned|went) (?:very )?(?:grey|gray|ashen)\b|\bfeels? (?:shaky|weak|wobbly)\b|\bsha"
        r"ky\b"
        r"|\bfeel(?:s|ing)? (?:really |very |so )?(?:funny|weird|strange|odd|off|awful|terrible|unw"
        r"ell|horrible|wrong)\b"
        r"|\b(?:gone|went|turned|is|looks|very) (?:really |very |as )?(?:white|pale|as white as a s"
        r"heet)\b"
        r"|\b(?:nearly|almost) (?:fainted|passed out|blacked out|keeled over|collapsed)\b"
        r"|\b(?:going to|about to|gonna|like i will|like i am going to|feel like i will|feel like i"
        r" am going to) (?:black out|pass out|faint|collapse|keel over)\b"
    ),
    "fainted": (
        r"(?<!nearly )(?<!almost )\b(?:fainted|passed out|blacked out|lost consciousness"
        r"|keeled over|fainting|syncope)\b"
    ),
    "collapsed": r"\b(?:collapsed|collapses|collapsing|dropped to the floor|fell unconscious)\b",
    "heart_attack_now": (
        r"\b(?:having|is having|am having|are having|had|has had|just had) (?:a )?heart attack "
        r"(?:right now|now|at the moment)\b|\b(?:think|thinks|worried|scared|afraid|sure|feel like)"
        r" (?:that )?(?:i am|he is|she is|they are|it is|this is|dad is|mum is) (?:having )?(?:a )?"
        r"heart attack\b|\b(?:i am|he is|she is|dad is|mum is|is) having a heart attack\b|\bheart "
        r"attack symptoms? (?:right now|now)\b|\b(?:is|am) (?:this|it|that|i) (?:having )?a heart "
        r"attack\b|\bheart attack\?|\bgoing to have a heart attack\b"
    ),
    "arrest": (
        r"\bno pulse\b|\b(?:cannot|could not) (?:find|feel) (?:a |his |her |any )?(?:pulse|"
        r"heartbeat)\b|\b(?:doing|started|giving|performing|started doing) (?:him |her |"
        r"them )?cpr\b|\bcardiac arrest\b|\bheart (?:has )?stopped\b"
        # a defibrillator in use, not one bought for the office or asked about
        r"|\b(?:used|using|put|putting|attached|attaching|fetch\w*|grab\w*|brought|bringing"
        r"|get the|getting the|shocked (?:him|her|them) with) (?:a |an |the )?defib\w*\b"
        r"|\bdefib\w*\b[^.!?]{0,20}\b(?:on (?:him|her|them)|shocked|shocking|shocks? (?:him|her"
        r"|them)|pads|advised|is charging|charging|said)\b"
        # a question about how CPR is done is not CPR being done
        r"|\b(?:do |give )?(?:him |her |them )?cpr\b(?![^.!?]*\?)"
    ),
    "palpitations": (
        r"\bheart (?:is |keeps |has been |was |started |feels like it is |rate is )*(?:racing|"
        r"pounding|beating (?:really |very |so )?(?:fast|hard|irregularly|weird|out of)|fluttering"
        r"|skipping|jumping|going crazy|going mad|thumping)\b|\bpalpitations?\b|\bracing heart\b"
        r"|\bheart (?:feels like it is|is) (?:going to )?"
        r"(?:explode|exploding|burst|bursting|jump out|beating out)"
        r"|\b(?:heart rate|pulse|hr) (?:is |of |at |was |has been )*(?:over |above )?(?:1[4-9]\d|"
        r"2\d\d)\b|\btachycardi\w*\b"
        r"|\b(?:heart rate|pulse|hr|heart)\b[^.!?;]{0,25}\b(?:1[4-9]\d|2\d\d)\b"
        r"|\bheart\b[^.!?;]{0,30}\b(?:flopping|flip-?flopping|jumping around|doing somersaults|bang"
        r"ing|thudding|fluttering|racing|pounding|skipping)\b"
    ),
    # A very slow pulse: "heart beat is very slow like 35", "pulse dropped to 38".
    "slow_rate": (
        r"\b(?:heart ?rate|pulse|heart ?beat|hr)\b[^.!?;]{0,30}\b(?:slow|low|dropped|down|only|just"
        r"|like|about|around|of|at|is|was)\b[^.!?;]{0,12}?\b(?:[23]\d|4[0-4])\b(?! ?(?:years?|%|"
        r"mg|kg|minutes|mins|weeks|days))"
        r"|\b(?:[23]\d|4[0-4]) ?(?:bpm|beats (?:a|per) minute)\b"
        r"|\b(?:heart ?rate|pulse|hr)\b:? ?(?:[23]\d|4[0-4])\b(?! ?(?:years?|%|mg|kg|minutes|mins"
        r"|weeks|days|seconds|times))"
    ),
    # Angina medicine taken and not helping: a heart attack until proven otherwise. Narrower than
    # "gtn_fail" (below: any "spray", "twice", read only beside active chest pain), so that it
    # can stand alone when the pain itself was worded as settled ("on and off").
    "nitro_failed": (
        r"\b(?:gtn|nitro\w*|glyceryl trinitrate|angina spray)\b[^.!?]{0,60}\b(?:no change|not hel"
        r"ping|did not help|has not helped|no difference|not working|does nothing|did nothing"
        r"|no relief|not touching it|still (?:there|hurting|the same))\b"
    ),
    "fast_rate": (
        r"\b(?:1[4-9]\d|2\d\d) ?(?:bpm|beats)|(?:heart rate|pulse|hr|racing at) (?:is |of |at "
        r"|was |over |above )*(?:1[4-9]\d|2\d\d)\b"
        r"|\b(?:heart rate|pulse|hr|heart)\b[^.!?;]{0,25}\b(?:1[4-9]\d|2\d\d)\b"
    ),
    "stimulant": r"\b(?:cocaine|coke|meth|amphetamines?|speed|crack)\b",
    # An implanted defibrillator that has fired ("my ICD shocked me", "got zapped by my defib").
    "icd_shock": (
        r"\b(?:icd|s-icd|defibrillator|defib|pacemaker)\b[^.!?;]{0,25}?\b(?:(?:has|have|had|just"
        r"|went|has gone|has just) )?(?:shocked|fired|gone off|went off|zapped|discharged"
        r"|delivered (?:a |\d+ |two |three )?shocks?)\b|\b(?:icd|s-icd|defibrillator|defib"
        r"|pacemaker)\b (?:is |keeps |kept |has been |started |just )(?:shocking|firing|going off"
        r"|zapping)\b|\b(?:shocked|zapped|jolted)\b[^.!?;]{0,20}\bby (?:my|his|her|their|the)"
        r" (?:icd|s-icd|defibrillator|defib|pacemaker)\b|\b(?:had|got|received|felt)"
        r" (?:a |an |\d+ |two |three |several |another )?(?:icd|defibrillator|defib|pacemaker)"
        r" shocks?\b"
    ),
    # Swollen ankles: heart failure only with breathlessness (many things swell ankles).
    "ankle_swelling": (
        r"\b(?:ankles?|legs?|feet) (?:keep |are |have been |keeps )?(?:swelling|swollen|puffy)\b"
    ),
    # Breathless lying flat, waking up gasping, sleeping propped up on pillows.
    "heart_failure": (
        r"\b(?:breathless|short of breath|out of breath|cannot breathe?"
        r"|shortness of breath) (?:when"
        r"|if) (?:i |he |she )?(?:lie|lying|laying|lay) (?:down|flat)\b|\b(?:wake|waking) up "
        r"(?:gasping|breathless|short of breath)\b|\bsleep (?:on|with) (?:\d+|extra|more|three"
        r"|four)"
        r" pillows\b"
    ),
    # ---- breathing ----------------------------------------------------------------------------
    "breathless": (
        r"\b(?:short(?:ness)? of breath|breathless|out of breath|difficulty breathing|trouble "
        r"breathing|problems? breathing|hard to breathe?|hard time breathing|struggling (?:to|for) "
        r"(?:breathe?|air)|winded|laboured breathing|labored breathing|fighting for (?:breath|air)|"
        r"air hunger|breathing (?:is )?(?:hard|difficult|laboured|labored)|cannot get (?:enough )?"
        r"(?:air|my breath)|breathing (?:problems?|difficulties)|puffed out|wheezy)\b"
        r"|\b(?:harder|hard|difficult|tough|impossible) to (?:breathe?|get (?:a |my |his "
        r"|her )?breath|"
        r"catch (?:my|his|her|a) breath|get air)\b|\bbreathing (?:\w+ )?(?:weird|funny|strange|odd|"
        r"wrong|noisy|gurgly|gurgling|rattly|rattling|shallow)\b"
        r"|\bbreathing (?:sounds|is|looks) (?:\w+ )?(?:bubbly|crackly|wet|gurgly|rattly|noisy"
        r"|raspy)\b"
        # "hard to swallow and breathe"; breathing that is getting harder or tighter
        r"|\b(?:harder|hard|difficult|tough) to (?:swallow|talk|speak) (?:and|or) breathe?\b"
        r"|\bbreathing (?:is |feels |seems )?(?:getting |becoming )?(?:harder|tighter|more diffic"
        r"ult|more laboured|more labored)\b"
    ),
    "breath_severe": (
        r"\b(?:more|more and more|increasingly) (?:breathless|short of breath|out of breath) (?:ev"
        r"ery|"
        r"by the|with every) minute\b|\bbreathing (?:is )?getting (?:worse|harder) (?:by the minut"
        r"e|"
        r"every minute|fast|quickly|rapidly)\b|"
        + CANT
        + r" (?:breathe?|breathing|get (?:any |enough )?air|get (?:my|his|her|their) breath|catch "
        r"(?:my|his|her|their|a) "
        r"breath|speak in (?:full )?sentences|finish (?:a )?sentences?)\b"
        r"|\b(?:gasping(?: for (?:air|breath))?|not "
        r"breathing|stopped breathing|is not breathing|no longer breathing|barely breathing|hardly "
        r"breathing|breathing (?:very |really )?slowly|cannot breathe?|turning blue)\b|\b(?:feels? "
        r")?like (?:i am |he is |she is )?(?:drowning|suffocating)\b|\bcan only (?:say|get out|"
        r"speak) (?:a few|one|two|single) words?\b"
        r"|\bcan only (?:take|manage|get) (?:tiny|small|short|shallow|little|half) breaths\b"
        r"|\bout of breath (?:just )?(?:talking|sitting|at"
        r" rest|lying down|doing nothing)\b|\b(?:even|just) sitting still\b|\btoo (?:breathless|"
        r"out of breath) to (?:talk|speak)\b|\bsuffocating\b|\bchoking and\b|\bcannot breath\b"
        r"|\b(?:cannot|could not|can not|unable to) (?:get|take|draw) (?:a |any )?(?:full|proper|de"
        r"ep|decent|good) breath\b|\bpeak flow\b[^.!?;]{0,30}\b(?:half|a third|third|quarter|"
        r"[1-4]\d ?(?:%|percent|per cent)|terrible|really low|very low)(?:\b|(?<=%))"
        r"|\bbreathing (?:really |very |so )?shallow\b|\bshallow (?:a"
        r"nd fast |and rapid )?breath(?:ing|s)\b"
        r"|\bchest (?:is )?heaving\b|\bheaving for (?:breath|air)\b|\bpanting for (?:air|breath)\b|"
        r"\bcan hardly get (?:any )?air\b|\bfighting for (?:breath|air)\b|\bbreathless (?:at rest|s"
        r"itting down|lying still|even resting)\b"
        r"|\bstruggling (?:to|for) (?:breathe?|breath|air)\b|\bgurgling\b|\brattling (?:breath|brea"
        r"thing|noise)\b|\bdeath rattle\b"
    ),
    "cyanosis": (
        r"\b(?:lips?|face|mouth|skin|fingers|fingertips|nails|tongue) (?:are |is |look |looks |"
        r"looking |went |go |going |turning |turned |have gone |has gone |getting |r |a bit "
        r"|kind of"
        r" |very |slightly )*(?:blue|bluish|blueish|grey|gray|purple|dusky|ashen)\b|\b(?:blue|"
        r"bluish|blueish|grey|gray|purple|dusky) lips\b|\b(?:turned|turning|going|gone|went) blue\b"
        r"|\bblue (?:around|round) (?:the|his|her|their) (?:mouth|lips)\b"
        r"|\b(?:went|gone|turned|going) (?:limp|floppy|grey|gray|pale|stiff) and blue\b"
        r"|\b(?:lips?|face|mouth|skin|fingers|fingertips|nails|tongue) (?:are |is |have |has |look "
        r"|looks |went |gone |turned |a bit |slightly )*(?:gone |turned )?(?:a |an )?(?:blue|bluish"
        r"|blueish|purple|purplish|dusky|grey|gray)(?:ish)? (?:colou?r|tinge|tint|hue)\b|\bblue tin"
        r"ge\b"
    ),
    "choking": (
        r"(?<!nearly )(?<!almost )(?<!nearly )\b(?:is |am |are |keeps? )?chok(?:ing|ed)(?: on)?\b|"
        r"\b(?:food|something|piece of \w+|"
        r"object|sweet|grape|toy|coin) (?:is )?(?:stuck|lodged) in (?:his|her|my|their|the) "
        r"(?:throat|windpipe|airway)\b.{0,40}?\b(?:cannot|not) (?:breathe?|speak|talk|cough)\b"
    ),
    "asthma_fail": (
        r"\b(?:inhaler|puffer|nebuli[sz]er|ventolin|salbutamol|albuterol|reliever|blue inhaler)\b"
        r"[^.!?;]{0,30}\b(?:not|no longer|no|is not|nothing) (?:working|helping|help|work|better|"
        r"doing anything|touching it)\b|\b(?:inhaler|puffer|ventolin|salbutamol)\b[^.!?;]{0,20}"
        r"\b(?:\d{2}|ten|twenty|fifteen|[6-9]) (?:times|puffs)\b|\bno better after (?:my|the|his|"
        r"her) (?:inhaler|puffer|nebuli[sz]er)\b|\b(?:inhaler|puffer) (?:is )?useless\b"
        r"|\b(?:inhaler|puffer|ventolin|salbutamol|nebuli[sz]er)\b[^.!?;]{0,15}\b(?:done|did|doing|"
        r"does) nothing\b|\bnothing (?:is )?helping\b[^.!?;]{0,20}\b(?:inhaler|breath)"
        r"|\b(?:inhaler|puffer|ventolin|nebuli[sz]er) (?:is |has )?(?:empty|run out|ran out|finishe"
        r"d|broken|lost)\b|\b(?:ran|run|has run) out of (?:his|her|my|their) (?:inhaler|puffer|vent"
        r"olin)\b|\b(?:no|without|forgot (?:his|her|my|their)) (?:inhaler|puffer)\b"
        r"|\b(?:inhaler|puffer|ventolin|salbutamol|nebuli[sz]er|reliever)\b[^.!?;]{0,30}\b(?:has no"
        r"t|have not|did not|does not|is not|not) (?:made|make|making) (?:a|any) (?:difference|dent"
        r")\b|\b(?:inhaler|puffer|ventolin|salbutamol)\b[^.!?;]{0,45}\b(?:\d{2}|ten|twenty|fifteen|"
        r"[6-9]) (?:times|puffs)\b"
    ),
    "asthma_worse": (
        r"\basthma (?:is |has been |getting |keeps )*(?:worse|bad|flaring|playing up|acting up|"
        r"not controlled)\b|\b(?:using|used|needing|need) (?:my |his |her |the )?(?:blue |reliever "
        r"|rescue )?(?:inhaler|puffer|ventolin|salbutamol|pump) (?:\w+ )?(?:every|more|a lot|all "
        r"the time|loads|constantly)\b|\basthma attack\b"
        r"|\b(?:copd|emphysema|bronchiectasis|chest) (?:is |has been |getting |keeps )*(?:worse|"
        r"flaring|playing up|acting up)\b|\bbreathing (?:is |has been |got |getting |gone )"
        r"(?:a bit |a little |much |a lot |slightly )?worse\b"
        r"(?! when (?:i|he|she) (?:run|exercise))"
        r"|\bpeak flow (?:is |has )?(?:down|low|dropped|gone down|dropping|only)\b"
    ),
    "wheeze": r"\bwheez(?:ing|y|e|es|ed)\b|\bwhistling (?:when|sound)\b",
    "stridor": (
        r"\bhigh[- ]pitched (?:noise|sound|whistle|squeak|breathing|wheeze)\b|\bstridor\b|\bnoisy "
        r"breathing\b|\b(?:noise|sound|squeak) when (?:she|he|they|i) breathes? in\b|\bcrowing\b"
        r"|\bbreathing (?:is |sounds )?(?:really |very |so )?(?:noisy|squeaky|raspy|rattly|whistly|"
        r"wheezy and noisy|loud)\b|\bsitting (?:forward|leaning forward|bolt upright) to breathe\b|"
        r"\bsitting forward\b|\btripod(?:ing)?\b"
        r"|\bbreathing (?:with|makes) (?:a |some )?(?:noise|sound|whistle|squeak)s?\b"
    ),
    "barking": r"\bbark(?:ing|y)? cough\b|\bcroup\b|\bsounds like a seal\b",
    "drooling": r"\bdrooling\b|\bdribbling\b",
    "cannot_swallow": (
        r"\b" + CANT + r" swallow\b|\b(?:hard|difficult|painful|pain) (?:to|when) swallow(?:ing)?\b"
        r"|\b(?:difficulty|trouble|problems?) swallowing\b|\bcannot swallow\b"
        r"|\b(?:cannot|could not|unable to|will not) swallow (?:his|her|their|my) (?:spit|saliva|ow"
        r"n spit)\b|\b" + CANT + r" (?:\w+ ){0,4}?(?:or|and|nor) swallow\b"
        r"|\b(?:cannot|could not|can not|unable to) swallow (?:anything|even (?:water|my (?:own )?s"
        r"aliva|my spit))\b|\beven (?:my )?(?:saliva|spit)\b"
    ),
    "recession": (
        r"\bribs? (?:are |is )?(?:sucking|sucked|pulling|pulled|caving|going|showing) in\b"
        r"|\bsucking"
        r" in (?:under|between|below) (?:the|his|her|their) ribs\b|\b(?:chest|tummy|stomach|belly|"
        r"neck|throat|skin) (?:is )?(?:sucking|caving|pulling|sinking) in\b|\bgrunting\b"
        r"|\bnostrils?"
        r" (?:are )?flaring\b|\bhead bobbing\b|\busing (?:his|her|their) (?:stomach|neck|tummy) "
        r"muscles to breathe\b|\bsee (?:his|her|their) ribs\b"
        r"|\bsucking in (?:at|around|under|between|below) (?:the |her |his |their )?(?:neck|ribs|ch"
        r"est|collarbone|throat|tummy)\b"
        r"|\b(?:tummy|stomach|belly|chest|skin|neck) (?:\w+ )?(?:sucks|sucking|pulls|pulling|sinks"
        r"|caving) in\b"
        r"|\b(?:sucks|pulls|sinks) in (?:under|between|below) (?:the|his|her|their) ribs\b"
    ),
    "breathing_fast": (
        r"\bbreathing (?:really |very |so |super |too |extremely )?(?:fast|quick(?:ly)?"
        r"|rapid(?:ly)?"
        r"|heavily)\b|\b(?:rapid|fast|quick) (?:and shallow )?breathing\b|\bpanting\b|\bbreaths? "
        r"(?:a|per) minute\b"
        r"|\bbreathing (?:really |very )?deep(?:ly)?\b|\bdeep (?:sighing )?breath(?:ing|s)\b|\bkuss"
        r"maul\b"
        r"|\bbreathing (?:is |was |seems )(?:really |very |so |super |too |extremely )?(?:fast|quic"
        r"k|rapid|shallow)\b"
    ),
    "smoke": (
        r"\b(?:breathed|inhaled|breathing|breathed in|inhaling) (?:in )?(?:(?:a lot|lots|loads"
        r"|plenty|so much|too much|some|thick|black|toxic|the|of) ){0,3}(?:smoke|fumes|gas"
        r"|chemicals)\b|\bsmoke inhalation\b|\bhouse fire\b"
    ),
    "drowning": (
        r"\bdrown(?:ed|ing)\b|\bfell (?:into|in) (?:the |a )?(?:pool|water|river|lake|sea|pond"
        r"|bath)"
        r"\b|\bpulled (?:him|her|them) out (?:of the water)?\b|\bunder ?water\b"
        r"|\b(?:pulled|dragged|got|fished) (?:\w+ ){0,3}out of (?:the |a )?(?:pool|water|sea|river"
        r"|lake"
        r"|canal|bath|pond)\b|\bnearly drowned\b|\bwent under\b|\b(?:inhaled|breathed in"
        r"|swallowed) "
        r"(?:some |a lot of |lots of )?(?:pool |sea |bath )?water\b"
    ),
    "sudden": (
        r"\bsudden(?:ly)?\b|\ball of a sudden\b|\bout of (?:nowhere|the blue)\b"
        r"|\bcame on (?:suddenly"
        r"|fast|quickly|all at once)\b|\bjust (?:started|now)\b|\b(?:\d+|few|ten|twenty|thirty"
        r"|five|"
        r"fifteen) (?:minutes|mins|seconds) ago\b"
        r"|\bsince (?:an|one|half an|1) hours?\b(?! or (?:two|so))"
        r"|\bsince (?:\d+|ten|twenty|fifteen|thirty|few) (?:minutes|mins)\b"
        r"|\bwoke up with\b|\bwoke up (?:and|unable|to find)\b|\bout of nowhere\b|\bstarted (?:arou"
        r"nd|at|about) \d"
        r"|\b(?:about |around |nearly )?(?:an|one|two|\d) hours? ago\b|\bhalf an hour ago\b"
    ),
    "flight_or_surgery": (
        r"\b(?:long|long-haul|long haul) (?:flight|drive|car journey|trip|bus ride)\b|\bafter "
        r"(?:my|his|her|a|the) (?:\w+ )?(?:surgery|operation|op|flight|c-section|caesarean)\b|\bon "
        r"the pill\b|\bbirth control\b"
        r"|\b(?:surgery|operation|replacement|op)\b[^.!?;]{0,12}\b(?:\d+|a|one|two|three|four|five|"
        r"six|seven|eight|nine|ten|eleven|"
        r"twelve|few|a few|couple of|a couple of) (?:days?|weeks?) ago\b"
    ),
    "calf": (
        r"\bcalf\b[^.!?;]{0,40}\b(?:swollen|swelling|painful|pain|red|tender|hot|warm|hurts|aching|"
        r"sore)\b|\b(?:swollen|painful|red|tender|sore|hot|warm)(?:,? and| and|,) (?:\w+ )?calf\b"
        r"|\b"
        r"(?:swollen|painful|red|tender|sore|aching) calf\b|\bdvt\b|\bblood clot in (?:my|his|her|"
        r"the) (?:leg|calf)\b|\b(?:one|my|his|her) leg is (?:swollen|much bigger|hot and swollen)\b"
        r"|\bpain (?:in|at) (?:the back of )?(?:my|his|her|their|the) calf\b|\bachilles\b"
        r"|\b(?:my|his|her|one) leg (?:was|is|has been|got|became) (?:really |very |all )?(?:swolle"
        r"n|puffy|swelling)\b"
    ),
    # Recurrence of a known heart attack pain, or angina medicine not relieving it.
    "cardiac_history": (
        r"\bheart attacks?\b|\bstents?\b|\bbypass\b|\bangioplasty\b|\bcabg\b|\bmyocardial infarctio"
        r"n"
        r"\b|\bheart disease\b"
    ),
    "same_again": (
        r"\b(?:exact |exactly |very )?same (?:\w+ )?(?:pain|feeling|symptoms?|tightness|pressure)\b"
        r"|\blike (?:last time|before|the last one|my last (?:one|heart attack))\b|\bsame as (?:las"
        r"t "
        r"time|before|when)\b"
    ),
    "gtn_fail": (
        r"\b(?:gtn|spray|nitro\w*|glyceryl|angina (?:spray|tablets?|meds))\b[^.!?]{0,60}\b(?:not (?"
        r":"
        r"going away|working|helping|easing|shifting|touching it)|did nothing|does nothing|no (?:he"
        r"lp|"
        r"difference|better)|still (?:there|hurting|going|bad)|twice|two times|three times|(?:\d|tw"
        r"o|"
        r"three) (?:sprays|puffs|doses)|will not go|(?:has|have|had|did) not (?:touched|helped|eas"
        r"ed|"
        r"shifted|worked|done anything)|(?:has|have|had|did) not touched it)\b"
    ),
    # Pink or frothy sputum: fluid on the lungs (after drowning, heart failure).
    "froth": (
        r"\b(?:pink|frothy|foamy)\b[^.!?;]{0,15}\b(?:froth|foam|spit|sputum|phlegm|mucus|stuff"
        r"|bubbles)\b"
        r"|\b(?:coughing|spitting) up (?:\w+ )?(?:froth|foam)\b|\bfoam(?:ing)? (?:at"
        r"|from) the mouth\b"
    ),
}
