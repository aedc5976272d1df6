"""Stroke, seizures, head injury, consciousness: symptom lexicons for :mod:`weighin.safety.triage`.

One regular-expression source per feature, written against normalised text (see
``lexicon/__init__.py``); the engine compiles each once and gives every match a status (active,
negated, past, information-seeking, settled) before the clinical rules read it.
"""

from __future__ import annotations

from weighin.safety.triage.lexicon.common import CANT

# Bell's palsy: the whole side of the face including the eye or forehead, arms and speech fine.
BELLS_SIGNS = (
    r"\b(?:cannot|can not|could not|unable to) (?:fully |properly )?(?:close|shut|blink) (?:my|his"
    r"|her|their|the) (?:\w+ )?eye\b|\b(?:cannot|can not) (?:raise|lift|wrinkle) (?:my|his|her) "
    r"(?:eyebrow|forehead)\b|\bforehead\b|\bbell'?s palsy\b"
)
BELLS_SIGNS += (
    r"|\b(?:speech|talking|arms?|legs?)\b[^.!?;]{0,25}\b(?:are|is) (?:fine|normal|ok|okay|"
    r"unaffected)\b"
)
FEATURES: dict[str, str] = {
    # ---- stroke -------------------------------------------------------------------------------
    "face_droop": (
        r"\bface (?:is |was |keeps )?(?:dropping|sagging|falling|slipping) (?:down )?(?:on )?(?:one"
        r"|the (?:left|right)) side\b|"
        r"\b(?:face|mouth|smile|lip|lips|eyelid|cheek|side of (?:my|his|her|their"
        r"|the) face)s? (?:is"
        r" |are |looks? |looked |looking |went |was |has gone |gone |has |seems? |seemed |started "
        r"|suddenly |all |a bit "
        r"|kind of |really |very |just |now )*(?:drooping|droopy|droop(?:ed|s)?|dropped|sagging|"
        r"saggy|lopsided|crooked|uneven|slanted|twisted|paraly[sz]ed|fallen|falling|wonky"
        r"|hanging down|fall down|falls down|fell down|falling down|gone down|come down"
        r"|off to one"
        r" side|pulled to one side)\b|\b(?:drooping|droopy|lopsided|crooked|wonky|uneven|sagging|"
        r"twisted|slanted) (?:face|smile|mouth|lip)\b"
        r"|(?<!in )(?<!on )(?<!at )\bone side of (?:(?:my|his|her|their|the) )?"
        r"(?:face|mouth)\b|\bface (?:is )?droop\w*\b|\bfacial (?:droop|weakness|palsy)\b"
        r"|\bhalf (?:of )?(?:my|his|her|their|the) face\b[^.!?;]{0,30}\b(?:droop\w*|numb|dropped|sa"
        r"gging|lopsided|paraly[sz]ed|not moving|frozen)\b|\b(?:face|mouth|smile) (?:is |feels |loo"
        r"ks |went |has gone )?(?:\w+ and )(?:droopy|drooping|lopsided|crooked|sagging)\b"
    ),
    "face_numb": (
        r"\b(?:face|lip|lips|cheek|tongue) (?:is |are |went |feels |has gone |gone )*(?:numb"
        r"|tingly|"
        r"tingling|weird|funny|dead)\b|\bnumb(?:ness)? (?:in|on|of) (?:my|his|her|their|the) "
        r"(?:face|lip|cheek)\b"
    ),
    "speech": (
        r"\b(?:texts?|messages?|texting|words|sentences)\b[^.!?]{0,25}\b(?:mak(?:e|es|ing) no"
        r"|(?:do|does|did) not make (?:any )?) sense\b|"
        r"\bwords (?:are |were |keep )?(?:not|never) (?:coming|come) out (?:right|properly|correct"
        r"ly|straight)\b|"
        r"\bslurr(?:ed|ing)\b|\bspeech (?:is |was |sounds? |has gone |went |seems |suddenly |all )*"
        r"(?:slurred|garbled|weird|strange|funny|off|jumbled|muddled|gone|affected|wrong|slow|"
        r"confused|not right)\b|\bwords (?:are |were |keep )?(?:coming out |come out |came out )?"
        r"(?:wrong|jumbled|garbled|mixed up|all wrong|muddled|funny|strange)\b|\b(?:talking|"
        r"speaking) (?:gibberish|nonsense|funny|strangely)\b|\bgibberish\b|\b" + CANT + r" (?:speak"
        r"|talk|get (?:his|her|my|their|the) words out|find (?:his|her|my|their|the) words|form "
        r"words|say (?:words|anything))(?: properly| clearly| right| normally| well| straight)?\b"
        r"|\b(?:trouble|difficulty|problems?|struggling) (?:speaking|talking|finding (?:the )?words"
        r"|getting (?:her |his |my |the )?words out|with (?:his |her |my )?speech)\b|\b(?:lost|loss"
        r" of) (?:his |her |my |the )?(?:speech|ability to (?:speak|talk))\b|\b" + CANT + r" "
        r"understand (?:what|me|us|anything|words)\b|\b(?:not|is not) making (?:any )?sense when "
        r"(?:he|she|they) (?:talk|speak)s?\b|\baphasia\b"
        r"|\bwords (?:are |were |keep |kept )?(?:coming out |come out |came out )?(?:all |a bit |ki"
        r"nd of |completely |totally )(?:wrong|jumbled|garbled|mixed up|muddled|funny|strange|slurr"
        r"ed|nonsense)\b|\b(?:talking|speaking) (?:all )?(?:funny|weird|strange|drunk)\b|\bmumbling"
        r"\b(?= (?:and|words|nonsense|incoherently))"
        r"|\b(?:his|her|my|their) words (?:suddenly )?(?:stopped|stop|were not|are not|did not"
        r"|do not) (?:making|make) (?:any )?sense\b|\b(?:random|wrong|made-up|made up) words\b"
        r"|\bsounds? (?:drunk|like (?:he|she) is drunk)\b(?=[^.!?;]{0,40}\b(?:not|has not|hasn't) ("
        r"?:been )?drink)|\b(?:he|she) sounds drunk\b"
    ),
    "limb_weak_strong": (
        r"\b" + CANT + r" (?:lift|raise|move|feel|use|grip with|hold (?:anything|things) with) "
        r"(?:my|his|her|their) (?:left |right )?(?:arm|arms|leg|legs|hand|side)\b|\b(?:arm|leg|"
        r"hand|side) (?:is |went |has gone |gone |feels |suddenly |just |has )*(?:paraly[sz]ed"
        r"|limp|"
        r"floppy|dead|useless|given way|stopped working)\b|\bdropping (?:things|stuff|everything|"
        r"his cup|her cup|the cup)\b|\b(?:left|right|one) side of (?:my|his|her|their|the) body "
        r"(?:is |went |feels |has gone |gone |suddenly )*(?:numb|weak|heavy|paraly[sz]ed|dead|"
        r"tingling)\b|\b(?:weak|numb)(?:ness)? (?:on|down|in) (?:one side|the (?:left|right)(?: "
        r"side)?|(?:my|his|her|their) (?:left|right)(?: side)?)\b|\b(?:leg|legs|knee) (?:just )?"
        r"(?:gave|gives|giving|went) (?:way|out)\b|\bone[- ]sided weakness\b|\bhemipleg\w*\b|\b"
        r"paraly[sz]ed on one side\b|\bsame side\b"
        r"|\b(?:arm|leg|hand|foot)s? (?:just |suddenly |has |is |keeps )*(?:flops?|flopping|danglin"
        r"g|hanging limp|gone floppy|gone dead|dead weight)\b|\b(?:arm|leg|hand|foot|side) (?:will "
        r"not|does not|would not|is not|did not|cannot|won't) (?:work|move|respond|lift|hold)(?:ing"
        r")?(?: properly| right| at all)?\b"
        r"|\bdragging (?:his|her|my|their) (?:left |right )?(?:leg|foot)\b|\b(?:falling|leaning|lis"
        r"ting|veering) to one side\b|\bcannot grip\b"
        r"|\b(?:left |right )?arm and (?:left |right )?leg (?:are |went |have gone |feel |felt |bot"
        r"h |suddenly |just )*(?:weak|numb|heavy|dead|paraly[sz]ed|useless|floppy)\b|\b(?:left|righ"
        r"t) (?:arm|leg|hand|foot|side) (?:went|has gone|is|feels|felt|suddenly went|just went) (?:"
        r"weak|numb|dead|heavy|floppy|limp)\b"
        r"|\b"
        + CANT
        + r" (?:hold|grip|lift|pick up) (?:\w+ ){1,3}?(?:in|with) (?:my|his|her|their|the)"
        r" (?:left|right) (?:hand|arm)\b"
        r"|\b" + CANT + r" move (?:one|the (?:left|right)|(?:his|her|my|their) (?:left|right))"
        r" side\b|\bnumb(?:ness)? (?:on |in |down |of )?half (?:of )?(?:the |my |his |her |their )?"
        r"(?:body|face)\b|\b(?:left|right) side[,:]? (?:of )?(?:the |his |her |my |their )?face"
        r"(?:,| and) (?:\w+ )?(?:arm|leg)\b"
        r"|\bhalf (?:of )?(?:my|his|her|their|the) (?:body|face) (?:is |went |has gone |gone "
        r"|feels |felt |suddenly |just )*(?:numb|weak|heavy|dead|paraly[sz]ed|tingling)\b"
        r"|\b(?:woke|waking) up with half (?:of )?(?:my|his|her|their) (?:body|face) "
        r"(?:numb|weak|heavy|dead)\b"
        r"|\b(?:my|his|her|their) (?:left|right) side (?:went|has gone|is|feels|felt|suddenly went|"
        r"just went|was|got)(?: all)? (?:\w+ and )?(?:tingly|tingling|weak|numb|heavy|dead|floppy)"
        r"\b"
    ),
    # Weakness or numbness climbing the body over hours or days (Guillain-Barre, a cord lesion).
    "ascending": (
        r"\b(?:weak(?:ness)?|numb(?:ness)?|tingl\w*|pins and needles)\b[^.!?]{0,50}?\b(?:moving"
        r"|spreading|creeping|climbing|travell?ing|working (?:its|their) way) up\b"
        r"|\b(?:weak(?:ness)?|numb(?:ness)?|tingl\w*|pins and needles)\b[^.!?]{0,50}?\b(?:moving"
        r"|spreading|creeping|climbing|going|travell?ing) (?:into|to|up to|towards?) (?:my |his "
        r"|her |their |the |both )?(?:arms?|hands?|knees?|thighs?|hips?|waist|chest|body|belly"
        r"|stomach)\b"
    ),
    "limb_weak": (
        r"\b(?:arm|leg|hand|foot|fingers)s? (?:is |are |went |has gone |gone |feels? |felt "
        r"|suddenly"
        r" |got |getting |really |very |all |so |kind of |a bit )*(?:weak|numb|heavy|tingly"
        r"|tingling|"
        r"clumsy|floppy)\b|\bnumb(?:ness)? (?:in|on|of|down) (?:my|his|her|the|their) (?:left "
        r"|right"
        r" )?(?:arm|leg|hand|face|side)\b|\bweakness (?:in|of) (?:my|his|her|the|their) (?:left |"
        r"right )?(?:arm|leg|hand)\b|\b" + CANT + r" walk (?:straight|properly|normally)\b|\b"
        r"(?:lost|loss of) (?:balance|coordination)\b"
    ),
    "vision_sudden": (
        r"\b" + CANT + r" see (?:the |anything (?:on|to) the |things (?:on|to) the )?(?:left|right)"
        r" (?:half|side)\b|"
        r"\b" + CANT + r" see (?:out of|from|with|in|through) (?:one|my|his|her|their|the) (?:left "
        r"|right )?eye\b|\b(?:sudden(?:ly)? )?(?:loss of |lost (?:the |my |his |her |all )?|losing "
        r"(?:the |my |his |her )?)(?:vision|sight)\b|\b(?:went|gone|going|is going) blind\b"
        r"|\bvision"
        r" (?:in (?:one|my|his|her) (?:left |right )?eye )?(?:went|has gone|is going|suddenly went|"
        r"suddenly|just went) (?:black|dark|blurry|dim|grey|white|blurred|double)\b|\b(?:curtain|"
        r"shadow|veil) (?:over|across|coming down|came down)\b|\bsudden(?:ly)? (?:double|blurred|"
        r"blurry) vision\b|\bblind in (?:one|my|his|her) (?:left |right )?eye\b"
        r"|\b(?:woke up with|suddenly (?:got|have|had|has)|sudden onset of|came on with) (?:double|"
        r"blurred|blurry|no|lost|loss of) (?:vision|sight)\b|\bsudden(?:ly)? (?:seeing double|see d"
        r"ouble)\b"
        r"|\bseeing double\b(?=[^.!?;]{0,40}\b(?:started|came on|suddenly|minutes ago|min ago|just "
        r"now)\b)|\b(?:started|came on|suddenly)\b[^.!?;]{0,30}\b(?:seeing double|double vision)\b"
    ),
    "stroke_now": (
        r"\b(?:having|is having|am having|has had|just had|had) a (?:mini[- ]?)?stroke (?:right now"
        r"|now|today|this morning|tonight)\b|\b(?:is|am|are) having a (?:mini[- ]?)?stroke\b"
        r"|\b(?:is"
        r"|could) (?:this|it|that|he|she) (?:be )?(?:having )?a (?:mini[- ]?)?stroke\b|\b(?:think|"
        r"thinks|worried|scared|afraid|sure) (?:that )?(?:i am|he is|she is|they are|it is|this is"
        r"|he has|she has|i have|dad is|mum is|it was) (?:having |had )?a (?:mini[- ]?)?stroke\b"
        r"|\bstroke symptoms? (?:right now|now)\b"
        r"|(?<!prevent a )(?<!avoid a )(?<!of a )(?<!after a )(?<!from a )\bstroke\?"
        r"|\bjust had a stroke\b"
    ),
    "confusion": (
        r"\b(?:confused|confusion|disoriented|disorientated|delirious|incoherent|agitated and "
        r"confused|not making (?:any )?sense|making no sense|talking nonsense|does not know where "
        r"(?:he|she|they|i) (?:is|are|am)|does not recogni[sz]e (?:me|us|anyone)|not (?:herself|"
        r"himself|themselves)|acting (?:strange|strangely|weird|weirdly|drunk|odd|oddly)"
        r"|cannot think"
        r" straight|very muddled)\b"
        r"|\b(?:keeps?|kept) (?:asking|saying) the same (?:questions?|things?)\b|\brepeating (?:him"
        r"self|herself|themselves)\b|\b(?:cannot|does not|could not) remember (?:what happened|anyt"
        r"hing|the fall|where)\b|\bmemory loss\b|\bmumbling\b"
        r"|\bclear fluid (?:coming )?(?:from|out of) (?:her|his|my|their) (?:nose|ear|ears)\b"
        r"|\b(?:asking|saying) the same (?:questions?|things?) (?:over and over|again and again|"
        r"repeatedly)\b|\bdoes not know (?:what day|where|who|what year)\b|\bno idea where (?:he|sh"
        r"e|"
        r"they) (?:is|are)\b|\b(?:talking|speaking) gibberish\b|\bnot with it\b|\bseems? (?:out of "
        r"it|"
        r"spaced out|dazed and confused)\b"
        # Non-native and everyday wording: "very confuse", "not know me", "more muddled than normal"
        r"|\b(?:is|am|are|was|seems?|looks?|very|so|really|getting|become|became) confuse\b"
        r"|\b(?:does not|did not|do not|not|no longer|could not|cannot|can not) "
        r"(?:know|recogni[sz]e) (?:me|us|anyone|her own \w+|his own \w+|who (?:i|we) (?:am|are))"
        r"\b(?! (?:well|very|personally|yet|at all|that well))"
        r"|\b(?:more|very|really|so|quite|is|seems?|been|getting|got|become|became|bit|gone|all)"
        r" muddled\b(?! up)"
    ),
    "drowsy": (
        r"\b(?:hard|difficult|impossible) to (?:wake|rouse)\b|\bbarely (?:awake|conscious)\b|\b"
        r"(?:very|really|so|extremely|unusually|super) (?:sleepy|drowsy|lethargic|floppy|listless|"
        r"tired and floppy)\b|\blethargic\b|\bkeeps (?:falling asleep|drifting off|passing out)\b"
        r"|\bcannot stay awake\b|\bnot waking (?:up )?properly\b|\bwill not wake (?:up )?properly\b"
        # "non-drowsy", "the least drowsy antihistamine", "makes me drowsy": a side effect
        r"|(?<!non-)(?<!non )(?<!least )(?<!less )(?<!more )(?<!make me )(?<!makes me )(?<!make you"
        r" )"
        r"\bdrowsy\b(?! (?:antihistamines?|formula|version|one|ones|type|kind|side effects?))"
        r"|\bfloppy\b|\bstaring blankly\b"
        r"|\bbarely (?:answering|responding|responsive|reacting)\b|\bvery drowsy\b|\bdrifting in an"
        r"d out\b"
    ),
    "mild_fog": (
        r"\b(?:a bit|slightly|little|kind of|bit) (?:foggy|confused|dazed|off)\b|\bfoggy\b"
        r"|\bdazed\b"
    ),
    # ---- neuro --------------------------------------------------------------------------------
    "seizure": (
        r"\bseizures?\b|\bseizing\b|\bconvuls\w+\b|\b(?:having|had|has|in) (?:a |another |an )?"
        r"(?:fit|fits|epileptic fit)\b|\bfitting\b|\bjerking\b|\bshaking and jerking\b|\bstatus "
        r"epilepticus\b|\btonic[- ]clonic\b|\bfebrile convulsion\b"
        r"|\bwent (?:all )?stiff and (?:started )?(?:shaking|jerking|twitching)\b|\bhad a fit\b|\bh"
        r"aving a fit\b"
        r"|\beyes (?:rolled|rolling|rolled up|rolling up) (?:back|up)\b|\bfoaming at the mouth\b|\b"
        r"shaking (?:all over|uncontrollably|violently)\b(?=[^.!?;]{0,40}\b(?:not|unresponsive|resp"
        r"onding|eyes|floor|foaming)\b)"
    ),
    "seizure_long": (
        # one fit after another without coming round
        r"\banother (?:one |fit |seizure )?(?:started|began|came|has started) before (?:she|he"
        r"|they) (?:came round|came to|woke|recovered|was awake)\b"
        r"|\b(?:this is|that is|now) the (?:third|fourth|fifth|3rd|4th|5th) (?:one|fit|seizure)\b|"
        r"\b(?:seizures?|fits?|fitting|seizing|convuls\w+|jerking|shaking)\b[^.!?;]{0,50}\b(?:will "
        r"not stop|would not stop|not stopp(?:ing|ed)|has not stopped|is not stopping|(?:going on|"
        r"lasted|lasting|been going|gone on|been|for) (?:for )?(?:over |more than |about |nearly |"
        r"almost )?(?:\d+|five|ten|several|a few|fifteen|twenty) ?(?:minutes|mins)|in a row|one "
        r"after (?:another|the other)|without waking|without coming round|back to back|keeps "
        r"happening|another one)\b|\b(?:will not|would not) stop (?:seizing|fitting|jerking|shaking"
        r"|convulsing)\b|\bstatus epilepticus\b|\b(?:second|third|another) (?:seizure|fit)\b"
    ),
    "seizure_first": (
        r"\bfirst (?:ever )?(?:seizure|fit)\b|\bnever had (?:a )?(?:seizure|fit) before\b|\bis not "
        r"epileptic\b|\bno history of (?:seizures|epilepsy)\b"
        r"|\bfirst (?:time|one)(?: ever)?\b|\bnever (?:happened|had (?:one|this|that)) before\b"
    ),
    "seizure_now": (
        r"\b(?:is|are|am|keeps?|started|starting|just) (?:having|seizing|fitting|convulsing"
        r"|jerking)"
        r"\b|\b(?:seizing|convulsing|fitting) (?:right )?now\b|\bhaving (?:a )?(?:seizure|fit) "
        r"(?:right )?now\b|\bis seizing\b|\bstill (?:seizing|fitting|jerking|shaking)\b|\bhas been "
        r"(?:seizing|fitting|jerking)\b"
        r"|\b(?:is|are|am|keeps?|started|starting) (?:now |still |currently |suddenly )(?:having|se"
        r"izing|fitting|convulsing|jerking|shaking)\b|\bwent stiff and (?:started )?(?:shaking|jerk"
        r"ing)\b"
    ),
    "thunderclap": (
        r"\bworst headache (?:of (?:my|his|her|their) (?:life|entire life)|ever|i have ever had|"
        r"(?:she|he) has ever had|i have ever felt|imaginable)\b|\bthunderclap\b"
        r"|\bsudden (?:severe|"
        r"excruciating|terrible|intense|splitting|explosive|violent|blinding) headache\b"
        r"|\bheadache "
        r"(?:that )?came on (?:suddenly|like a thunderclap|out of nowhere|in (?:seconds"
        r"|an instant)|"
        r"all at once)\b|\blike (?:i|he|she) (?:was|got|had been|have been) hit (?:on|in|over) the "
        r"head\b|\bexploding headache\b|\bhead (?:feels like it is )?exploding\b"
        r"|\bworst pain (?:of (?:my|his|her) life|i have ever (?:had|felt)|ever)\b[^.!?;]{0,25}\bhe"
        r"ad\b|\bhead\b[^.!?;]{0,25}\bworst pain (?:of (?:my|his|her) life|ever)\b"
        r"|\bheadache\b[^.!?;]{0,30}\b(?:like a (?:bomb|gunshot|thunderclap|bang|explosion|hammer|b"
        r"olt)|hit (?:me )?like)\b|\b(?:like a (?:bomb|gunshot|bang|explosion)|hit (?:me )?like a)"
        r"\b[^.!?;]{0,30}\bheadache\b"
        r"|\bsudden(?:ly)? (?:massive|huge|horrendous|awful|killer|violent|crushing|mind-blowing|ba"
        r"d|really bad|agonising|agonizing) headache\b|\b(?:massive|huge|horrendous|violent|agonisi"
        r"ng|agonizing) headache (?:came on |started )?(?:suddenly|out of nowhere|all of a sudden)"
        r"\b"
    ),
    "headache": (
        r"\bheadaches?\b|\bhead (?:hurts|is pounding|pain|is killing|is splitting|is throbbing)\b"
        r"|\bmigraines?\b|\bsplitting head\b|\bpounding head\b"
    ),
    "head_injury": (
        r"\b(?:hit|hits|hitting|banged|bumped|bashed|smacked|knocked|struck|bangs|cracked) "
        r"(?:my|his|her|their|the) head\b|\bhead (?:injury|injuries|trauma|knock|bump|first)\b"
        r"|\b(?:fell|fallen|rolled|dropped|landed|tumbled)\b[^.!?]{0,30}\b(?:onto|on) (?:(?:his|her"
        r"|their|my) |the back of (?:his|her|my) )head\b"
        r"|\b(?:punched|kicked|hit|struck|smacked|elbowed|headbutted|whacked|kneed) (?:him |her "
        r"|me |"
        r"them )?(?:in|on|over) (?:the|his|her|my|their) head\b|\bfell (?:and|on|onto|down|off"
        r"|from|over)\b[^.!?;]{0,40}\bhead\b|\bknocked (?:out|"
        r"unconscious)\b|\bconcussion\b|\bwhiplash\b"
        r"|\b(?:whacked|walloped|clonked|smashed|slammed|cracked|hit) (?:my|his|her|their) head\b|"
        r"\bhead (?:hit|struck|banged) (?:the|a|against)\b"
        r"|\bhelmet (?:is |was |has )?(?:cracked|broke|broken|smashed|split|dented)\b|\b(?:fell|cam"
        r"e|thrown|flew) (?:off|from) (?:his|her|my|their|a|the) (?:bike|bicycle|horse|scooter|moto"
        r"rbike|skateboard|ladder|trampoline|roof)\b"
        r"|\b(?:bleeding|blood) (?:from|on|out of) (?:his|her|my|their|the) head\b|\bhead (?:is )?b"
        r"leeding\b|\b(?:got jumped|beaten up|was attacked|got attacked|assaulted|mugged)\b"
        r"|\b(?:hit|banged|bumped|bashed|smacked|knocked|struck|whacked|cracked) (?:the (?:back|sid"
        r"e|front|top) of )(?:my|his|her|their) head\b|\bhad a (?:bad )?fall\b|\bfell over\b|\btook"
        r" a (?:bad )?tumble\b"
        r"|\bfell down (?:the )?(?:stairs|steps)\b|\bclear fluid (?:coming )?(?:from|out of) (?:her"
        r"|his|my|their) (?:nose|ear|ears)\b"
        r"|\b(?:took|had|got|taken|received|suffered) (?:a |an )?(?:\w+ )?(?:hit|knock|blow|bang|bu"
        r"mp|"
        r"kick|whack|smack|ball|elbow|knee|boot|clash of heads|head clash) (?:to|on|in|into) "
        r"(?:the|his|her|my|their) (?:head|face|temple|skull)\b|\bclash(?:ed)? heads\b"
        r"|\bhead (?:clash|knock|bang|hit)\b"
    ),
    "knocked_out": (
        r"\bknocked (?:out|unconscious)\b|\b(?:was|got|went) out (?:cold|for)\b|\blost "
        r"consciousness\b|(?<!nearly )(?<!almost )\bpassed out\b"
        r"|\bblack ?out\b|(?<!nearly )(?<!almost )\bblacked out\b"
        r"|\bbrief(?:ly)? (?:blackout|lost consciousness|knocked out)\b"
    ),
    "unconscious": (
        r"\bunconscious\b|\bunresponsive\b|\b(?:not|is not|stopped|is not really|not really) "
        r"(?:responding|responsive|reacting|answering|moving)\b(?! (?:his|her|my|the|their) "
        r"(?:phone|texts|calls|messages|emails))|(?<!i )\b(?:will not|would not"
        r"|does not|did not|cannot|could not|is not) (?:wake|be woken|respond|rouse|come round|open"
        r" (?:his|her|their) eyes)\b|\bcannot (?:wake|rouse) (?:him|her|them|my \w+)\b|\bno "
        r"response\b|\b(?:is|was) out cold\b|\blifeless\b|\bnot conscious\b|\blosing "
        r"consciousness\b|\bcannot wake (?:him|her|them) up\b|\bhe is gone\b|\bnot reacting\b"
        r"|\bbarely (?:answering|responding|responsive|reacting|conscious|awake)\b|\b(?:drifting|sl"
        r"ipping) in and out\b|\bfound (?:him|her|them|my \w+)? ?(?:collapsed |lying |passed out )?"
        r"on the (?:floor|ground|bathroom floor|kitchen floor)\b"
        r"|\b(?:he|she|they|baby|son|daughter|mum|dad|husband|wife|brother|sister|friend|grandma|"
        r"grandpa|nan|partner|boyfriend|girlfriend)\b(?:\W+(?!i\b)\w+){0,5}?\W+(?:is |does |did |"
        r"will |would |can |could )?not (?:wake|waking)(?! up (?:in the night|at night|early"
        r"|on time|"
        r"for)| (?:me|us|you|him|her|them)\b)\b"
        r"|\b(?:is|are|still|now|lying|found) (?:still |now )?passed out\b|\bpassed out (?:on|in) t"
        r"he (?:floor|bathroom|toilet|bed|sofa|street|kitchen)\b|\bpassed out and (?:will not|canno"
        r"t|can not|not)\b"
        r"|\b(?:is not|not|has not|will not|does not) (?:coming|come|came) (?:round|around|to)\b"
    ),
    "pupils": (
        r"\bpupils? (?:look |looks |are |is |seem |seems |of )?(?:very |really )?(?:different|unequ"
        r"al|"
        r"uneven|odd|mismatched) (?:sizes?|sized)?\b|\bone pupil (?:is |looks )?(?:bigger|larger|"
        r"smaller|blown|dilated|huge)\b|\b(?:unequal|uneven|blown|fixed) pupils?\b|\bpupils? "
        r"(?:not|are not|do not) (?:react|reacting|respond)\w*\b"
    ),
}
