"""Heart and circulation: symptom lexicons for :mod:`weighin.safety.triage` (breathing is in
``breathing``).

One regular-expression source per feature, written against normalised text (see
``lexicon/__init__.py``); the engine compiles each once and gives every match a status (active,
negated, past, information-seeking, settled) before the clinical rules read it.
"""

from __future__ import annotations

from weighin.safety.triage.lexicon.common import SEVERE

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
        r"|(?<!trapped )\b(?:pain|pains|pressure|tightness|heaviness|squeezing|discomfort|ache"
        r"|crushing|weight|gas|"
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
        # the other tenses, with a sign beside them (alone they are as often a laugh, a fright or
        # a play): "he clutches his chest then it goes to his jaw, sweating buckets"
        r"|\b(?:clutch(?:es|ed)|grabs|grabbed|grips|gripped|clasps|clasped) (?:at )?(?:my|his|her"
        r"|their) chest\b(?=[^.!?]{0,50}\b(?:sweat\w*|clammy|grey|gray|pale|jaw|left arm|collaps\w*"
        r"|faint\w*|breathless|short of breath|went white|passed out)\b)"
        r"|\b(?:pain|ache|aching|pressure|tightness|discomfort|heaviness)\b(?:\W+(?!not\b|no\b|neve"
        r"r\b)\w+){0,4}?\W+(?:and|&) (?:my |his |her |the )?chest\b"
        r"|\bchest (?:went|goes|going|gone|got|gets|getting|has gone) (?:really |so |very |all )?"
        r"(?:tight|heavy|painful|sore|tighter|heavier)\b"
        r"|\bchest (?:is |feels? |has been )?(?:crushing|crushed|being crushed)\b"
        # round widen: "like an elephant on his chest", "like a stone on my heart", "the pressing
        # in my chest", "said his chest was tight", "the pain has spread to my chest"
        r"|\blike (?:an elephant|a (?:weight|ton of bricks|brick|stone|rock|vice))"
        r" (?:sitting |standing |lying |pressing )?(?:on|in|across) (?:my |his |her |their |the )?"
        r"(?:chest|heart)\b|\b(?:pressing|pressure|squeezing|crushing|tightness|heaviness)"
        r" (?:in|on|across) (?:my |his |her |their |the )?(?:chest|heart)\b"
        # ("chest was tight" only with a sign of now after it: not "for a couple of weeks after
        # covid, all fine now")
        r"|\bchest was (?:really |so |very |a bit )?(?:tight|heavy|hurting|painful|sore|crushing)\b"
        r"(?=[^?]{0,120}\b(?:sweat\w*|grey|gray|clammy|white as|pale|collaps\w*|left arm|jaw)\b)"
        r"|\b(?:spread|spreading|spreads|moved|moving|radiat\w*) (?:in)?to (?:my|his|her"
        r"|their|the) chest\b"
    ),
    "chest_severe": (
        # (a word's start: "ripping" is not in "dripping" nor "tripping")
        r"\b"
        + SEVERE
        + r"|\b(?:so|really|very) (?:tight|painful|heavy)\b|\bcan(?:not)? (?:take|bear) it\b"
        r"|\blike (?:someone|something) (?:is )?(?:standing|sitting|pressing|kneeling) on\b|\bton o"
        r"f bricks\b"
    ),
    "radiating": (
        r"\b(?:goes|going|went|spreading|spreads|spread|radiating|radiates|radiated|moving|moves|"
        r"shooting|shoots|travell?ing|travels|going through|goes through) (?:down|into|to|up|"
        r"through|across|out to)? ?(?:to )?(?:my|his|her|their|the)? ?(?:left |right )?(?:arm|arms|"
        # (not "going back to work")
        r"jaw|neck|(?<!going )(?<!went )(?<!goes )(?<!moving )(?<!moves )back|shoulder|shoulders"
        r"|teeth)\b|\b(?:left )?arm (?:is |feels |went |has gone |"
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
        r"|burning heavy|pressure (?:feeling |sensation )?(?:on|in|across|behind) (?:(?:my|his|her"
        r"|their|the) )?(?:heart"
        r"|breast|sternum|ribs|upper (?:body|stomach|tummy))"
        r"|pressure'? (?:feeling |sensation )?(?:at|in) the top of (?:(?:my|his|her|their|the) )?"
        r"(?:stomach|tummy)|like (?:somebody|someone|something"
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
        # (a nose, an ear or a tap drips: "dripping out of my nose", "dripping down my throat")
        r"(?! (?:out of|from|down|down the back of|onto|into) (?:my|his|her|their|the)"
        r" (?:nose|ears?|tap|throat|ceiling|roof|wall|floor|window))"
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
        r"|\b(?:nearly|almost) (?:blacking|blacked|passing|passed) out\b"
        r"|\bwashed out\b|\blooks? (?:grey|gray|ashen|awful|terrible|like death)\b|\b(?:and|is|very"
        r"|gone|turned|went) (?:very )?(?:grey|gray|ashen)\b|\bfeels? (?:shaky|weak|wobbly)\b"
        # (a little shaky is a tremor: "2 red bulls, heart racing and a bit shaky")
        r"|(?<!a bit )(?<!a little )(?<!slightly )(?<!bit )\bshaky\b"
        # (not a household well: "nobody feels unwell", "none of us feel off")
        r"|(?<!nobody )(?<!no one )(?<!no-one )(?<!none of us )(?<!neither of us )"
        r"\bfeel(?:s|ing)? (?:really |very |so )?(?:funny|weird|strange|odd|off|awful|terrible|unw"
        r"ell|horrible|wrong)\b"
        r"|\b(?:gone|went|turned|is|looks|very) (?:really |very |as )?(?:white|pale|as white as a s"
        r"heet)\b"
        r"|\b(?:nearly|almost) (?:fainted|passed out|blacked out|keeled over|collapsed)\b"
        r"|\b(?:going to|about to|gonna|like i will|like i am going to|feel like i will|feel like i"
        r" am going to) (?:black out|pass out|faint|collapse|keel over)\b"
        r"|\b(?:everything|it all|eyes|vision) (?:go|goes|going|went) (?:black"
        r"|dark)\b(?= when| if| as)"
        # round widen: "the edges of my eyes are going grey", "feel like i will drop"
        r"|\b(?:edges of (?:my|his|her) (?:eyes|vision)|vision) (?:is |are )?(?:going|gone|went)"
        r" (?:grey|gray|black|dark|fuzzy)\b|\bfeel like (?:i|he|she) (?:will|am going to|is going"
        r" to|could) drop\b"
    ),
    "fainted": (
        r"(?<!nearly )(?<!almost )\b(?:fainted|passed out|blacked out|lost consciousness"
        r"|keeled over|fainting|syncope)\b"
        # "she keeps blacking out" (not "feelings of passing out": a faint feeling)
        r"|\b(?:keeps?|kept|is|was|been) (?:blacking|passing) out\b(?! (?:flyers|leaflets|sweets"
        r"|candy|cards|papers|food|drinks|invitations|programmes|tickets|forms|the|some|a|cake))"
        # the writer was unconscious: an episode that is over, not an unresponsive person now
        r"|\bi (?:was|got|went|became|become|get|go|have been|was found|got found) unconscious\b"
    ),
    # a person, not an organ or a part ("my mother's left lung had collapsed", "a collapsed vein")
    "collapsed": (
        r"(?<!lung )(?<!lungs )(?<!lung had )(?<!lung has )(?<!lung was )(?<!vein )(?<!veins )"
        r"(?<!arch )(?<!disc )(?<!nostril )\b(?:collapsed|collapses|collapsing|dropped to the floor"
        r"|fell unconscious)\b(?! (?:lung|vein|veins|arch|disc|nostril))"
    ),
    "heart_attack_now": (
        r"\b(?:having|is having|am having|are having|had|has had|just had) (?:a )?heart attack "
        r"(?:right now|now|at the moment)\b|\b(?:think|thinks|worried|scared|afraid|sure|feel like)"
        r" (?:that )?(?:i am|he is|she is|they are|it is|this is|dad is|mum is) (?:having )?(?:a )?"
        r"heart attack\b|\b(?:i am|he is|she is|dad is|mum is|is) having a heart attack\b|\bheart "
        r"attack symptoms? (?:right now|now)\b|\b(?:is|am) (?:this|it|that|i) (?:having )?a heart "
        r"attack\b"
        # "heart attack?" asked of what is happening, not of a future ("going to have a heart
        # attack?")
        r"|(?<!going to have a )(?<!gonna have a )(?<!will have a )(?<!will i have a )"
        r"(?<!will get a )(?<!risk of a )(?<!risk of )\bheart attack\?"
    ),
    "arrest": (
        r"\bno pulse\b|\b(?:cannot|could not) (?:find|feel) (?:a |his |her |any )?(?:pulse|"
        r"heartbeat)\b|(?<!when )\b(?:doing|started|giving|performing"
        r"|started doing) (?:him |her |them )?(?:baby |infant |child |paediatric |pediatric "
        r"|adult )?cpr\b|\bwhen (?:doing|giving"
        r"|performing) cpr\b(?![^.!?]*\?)|\bheart (?:has )?stopped\b"
        # (not one survived: "had a cardiac arrest at the gym in march, ... he survived")
        r"|\bcardiac arrest\b(?![^.!?]*\b(?:survived|recovered|pulled through)\b)"
        # a defibrillator in use, not one bought for the office or asked about
        r"|\b(?:used|using|put|putting|attached|attaching|fetch\w*|grab\w*|brought|bringing"
        r"|get the|getting the|shocked (?:him|her|them) with) (?:a |an |the )?defib\w*\b"
        r"|\bdefib\w*\b[^.!?]{0,20}\b(?:on (?:him|her|them)|shocked|shocking|shocks? (?:him|her"
        r"|them)|pads|advised|is charging|charging|said)\b"
        # a question about how CPR is done is not CPR being done
        r"|\b(?:do |give )?(?:him |her |them )?(?<!infant )(?<!baby )(?<!child )(?<!adult )"
        r"(?<!paediatric )(?<!pediatric )(?<!learn )(?<!learning )(?<!learnt )(?<!learned )"
        r"cpr\b(?![^.!?]*\?)(?![^.!?]*\b(?:survived|recovered|pulled through)\b)"
        r"(?! (?:course|training|class|lesson|certificate|cert|different|is "
        r"different|the same|on (?:a |an )?(?:baby|babies|child|children|infant|dummy|manikin"
        r"|mannequin)))"
    ),
    "palpitations": (
        r"\bheart (?:is |keeps |has been |was |started |feels like it is |rate is )*(?:racing|"
        r"pounding|beating (?:really |very |so )?(?:fast|hard|irregularly|weird|out of)|fluttering"
        r"|skipping|jumping|going crazy|going mad|thumping)\b|\bpalpitations?\b|\bracing heart\b"
        r"|\bheart\b[^.!?;]{0,30}\b(?:stopping and starting|stops and starts|stopped and started)\b"
        r"|\bheart (?:feels like it is|is) (?:going to )?"
        r"(?:explode|exploding|burst|bursting|jump out|beating out)"
        r"|\b(?:heart rate|pulse|hr) (?:is |of |at |was |has been )*(?:over |above )?(?:1[4-9]\d|"
        r"2\d\d)\b|\btachycardi\w*\b"
        r"|\b(?:heart rate|pulse|hr|heart)\b[^.!?;]{0,25}\b(?:1[4-9]\d|2\d\d)\b"
        r"|\bheart\b[^.!?;]{0,30}\b(?:flopping|flip-?flopping|jumping around|doing somersaults|bang"
        r"ing|thudding|fluttering|racing|pounding|skipping|thump|thumps|thumped)\b"
        # (not "fluttery after my thyroid tablets": a side effect with its trigger)
        r"|\bheart (?:feels |is |went |goes |has been |been |was )?(?:all )?fluttery\b"
        r"(?! (?:after|when|if|on)\b| since (?:starting|taking|i (?:started|began|went)|going on"
        r"|being on|(?:the|my) new|(?:they|the doctor|my doctor|gp) (?:upped|changed|increased)"
        r"|(?:the |a |my )?(?:coffee|caffeine|energy drink|tea|wine|drink)))"
        r"|\bheart (?:is |keeps |has been |was )?(?:going|beating|racing) (?:so |really "
        r"|very |super |way too )?fast\b"
        # round widen: "pulse irregular and racing at about 170", "chest is fluttering", "heart
        # going like a hummingbird"
        r"|\b(?:pulse|heart ?rate|heartbeat)\b[^.!?;]{0,20}\bracing\b"
        r"|\b(?:pulse|heartbeat)\b[^.!?;]{0,20}\b(?:stopping and (?:re)?starting|stops and"
        r" (?:re)?starts)\b"
        r"|\bchest (?:is |keeps |has been )?(?:fluttering|flutters)\b"
        r"|\bheart (?:is |was |has been )?going like (?:a |the )?(?:hummingbird|train|drum|clappers"
        r"|machine gun|jackhammer)\b"
    ),
    # A very slow pulse: "heart beat is very slow like 35", "pulse dropped to 38".
    "slow_rate": (
        r"\b(?:heart ?rate|pulse|heart ?beat|hr)\b[^.!?;]{0,30}\b(?:slow|low|dropped|down|only|just"
        r"|like|about|around|of|at|is|was)\b[^.!?;]{0,12}?\b(?:[23]\d|4[0-4])\b(?! ?(?:years?|%|"
        r"mg|kg|minutes|mins|weeks|days))"
        r"|\b(?:[23]\d|4[0-4]) ?(?:bpm|beats (?:a|per) minute)\b"
        r"|\b(?:heart ?rate|pulse|hr)\b[^.!?;]{0,30}\b(?:dropping|dropped|drops|going|gone|down)"
        r" (?:in)?to the (?:30s|40s|thirties|forties)\b"
        r"|\b(?:heart ?beat|heart|pulse) (?:is |feels |seems |has been |going |gone )?(?:very |real"
        r"ly "
        r"|so |extremely )slow\b"
        r"|\b(?:heart ?rate|pulse|hr)\b:? ?(?:[23]\d|4[0-4])\b(?! ?(?:years?|%|mg|kg|minutes|mins"
        r"|weeks|days|seconds|times))"
    ),
    # Angina medicine taken and not helping: a heart attack until proven otherwise. Narrower than
    # "gtn_fail" (below: any "spray", "twice", read only beside active chest pain), so that it
    # can stand alone when the pain itself was worded as settled ("on and off").
    "nitro_failed": (
        r"\b(?:gtn|nitro\w*|glyceryl trinitrate|angina spray)\b[^.!?]{0,60}\b(?:no change|not hel"
        r"ping|did not help|has not helped|no difference|not working|does nothing|did nothing"
        r"|no relief|not touching it|still (?:there|hurting|the same)|(?:has|have|had|did) not"
        r" (?:touched|shifted|eased) it|had no effect(?! on (?:my |his |her |the )?(?:migraine"
        r"|headache|\w+ache))(?![^.!?]{0,40}\b(?:out of date|expired)\b))\b"
    ),
    "fast_rate": (
        r"\b(?:1[4-9]\d|2\d\d) ?(?:bpm|beats)|(?:heart rate|pulse|hr|racing at) (?:is |of |at "
        r"|was |over |above )*(?:1[4-9]\d|2\d\d)\b"
        r"|\b(?:heart rate|pulse|hr|heart)\b[^.!?;]{0,25}\b(?:1[4-9]\d|2\d\d)\b"
    ),
    "stimulant": (
        r"\b(?:cocaine|coke|meth|amphetamines?|speed|crack)\b"
        r"|\b(?:doing|did|done|snorted|snorting|had|took|taking) (?:a few |some |a couple of |\d+ "
        r"|loads of )?lines\b(?! (?:of|for|in|to|from|with|on)\b)"
    ),
    # An implanted defibrillator that has fired ("my ICD shocked me", "got zapped by my defib").
    "icd_shock": (
        r"\b(?:icd|s-icd|defibrillator|defib|pacemaker)\b[^.!?;]{0,25}?\b(?:(?:has|have|had|just"
        r"|went|has gone|has just) )?(?:shocked|fired|gone off|went off|zapped|discharged"
        r"|delivered (?:a |\d+ |two |three )?shocks?)\b|\b(?:icd|s-icd|defibrillator|defib"
        r"|pacemaker)\b (?:is |keeps |kept |has been |started |just )(?:shocking|firing|going off"
        r"|zapping)\b|\b(?:shocked|zapped|jolted)\b[^.!?;]{0,20}\bby (?:my|his|her|their|the)"
        r" (?:icd|s-icd|defibrillator|defib|pacemaker)\b|\b(?:had|got|received|felt)"
        r" (?:a |an |\d+ |two |three |several |another )?(?:icd|defibrillator|defib|pacemaker)"
        r" shocks?\b|\b(?:icd|s-icd|defibrillator|defib)\b[^.!?;]{0,15}?\bgave (?:me|him|her|them)"
        r" (?:a |an |one |\d+ |two |three )?(?:shocks?|jolts?)\b"
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
    # ---- onset, clots and history -------------------------------------------------------------
    "sudden": (
        r"\bsudden(?:ly)?\b|\ball of a sudden\b|\bout of (?:nowhere|the blue)\b"
        r"|\bcame on (?:suddenly"
        r"|fast|quickly|all at once)\b|\bjust (?:started|now)\b|\b(?:\d+|few|ten|twenty|thirty"
        r"|five|"
        r"fifteen) ?(?:minutes|mins?|seconds|secs) ago\b"
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
        r"\b(?:exact |exactly |very )?same (?:\w+ ){0,2}(?:pain|feeling|symptoms?|tightness"
        r"|pressure)\b"
        r"(?![ -](?:free|relief|killers?|relievers?|meds|tablets|medication|clinic)\b)"
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
        r"three) (?:sprays|puffs|doses)|\d+ times (?:and|but) (?:nothing|no change|no help)|and"
        r" nothing|will not go|(?:has|have|had|did) not (?:touched|helped|eas"
        r"ed|"
        r"shifted|worked|done anything|gone)|(?:has|have|had|did) not touched it)\b"
    ),
    # Pink or frothy sputum: fluid on the lungs (after drowning, heart failure).
    "froth": (
        r"\b(?:pink|frothy|foamy)\b[^.!?;]{0,15}\b(?:froth|foam|spit|sputum|phlegm|mucus|stuff"
        r"|bubbles)\b"
        r"|\b(?:coughing|spitting) up (?:\w+ )?(?:froth|foam)\b|\bfoam(?:ing)? (?:at"
        r"|from) the mouth\b"
    ),
}
