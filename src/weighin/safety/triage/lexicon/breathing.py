"""Breathing: symptom lexicons for :mod:`weighin.safety.triage` (breathlessness, choking,
asthma, noisy breathing, a child working hard to breathe, smoke and drowning).

One regular-expression source per feature, written against normalised text (see
``lexicon/__init__.py``), like ``cardio``.
"""

from __future__ import annotations

from weighin.safety.triage.lexicon.common import CANT

# "can't breathe through my nose" is a blocked nose, not a struggle for air
_NOT_THROUGH_NOSE = (
    r"(?! through (?:my |his |her |their |the |one side of (?:my |his |her )?)?(?:nose|nostrils?))"
)

FEATURES: dict[str, str] = {
    "breathless": (
        r"\b(?:short(?:ness)? of breath|breathless|out of breath|difficulty breathing|trouble "
        r"breathing|problems? breathing|hard to breathe?|hard time breathing|struggling (?:to|for) "
        r"(?:breathe?|air)|winded|laboured breathing|labored breathing|fighting for (?:breath|air)|"
        r"air hunger|breathing (?:is )?(?:hard|difficult|laboured|labored)|cannot get (?:enough )?"
        r"(?:air|my breath)|breathing (?:problems?|difficulties)|puffed out|wheezy)\b"
        # round widen: "cant get a breath in"
        r"|\b(?:cannot|can not|could not) get a (?:proper |full |deep )?breath in\b"
        r"|\b(?:harder|hard|difficult|tough|impossible) to (?:breathe?|get (?:a |my |his "
        r"|her )?breath|"
        r"catch (?:my|his|her|a) breath|get air|take a (?:deep|full|proper|big) breath)\b"
        r"|\b(?:cannot|can not|could not) catch (?:my |his |her |a |the )?breath\b"
        r"|\b(?:struggl\w+ to|unable to|cannot|can not|could not) take a (?:deep|full|proper"
        r"|big) breath\b|\bbreathing (?:\w+ )?(?:weird|funny|strange|odd|"
        r"wrong|noisy|gurgly|gurgling|rattly|rattling|shallow)\b"
        r"|\bbreathing (?:sounds|is|looks) (?:\w+ )?(?:bubbly|crackly|wet|gurgly|rattly|noisy"
        r"|raspy)\b"
        # "hard to swallow and breathe"; breathing that is getting harder or tighter
        r"|\b(?:harder|hard|difficult|tough) to (?:swallow|talk|speak) (?:and|or) breathe?\b"
        r"|\bbreathing (?:is |feels |seems )?(?:getting |becoming )?(?:harder|tighter|more diffic"
        r"ult|more laboured|more labored)\b"
    ),
    "breath_severe": (
        # the silent chest of a severe asthma attack; worn out by the work of breathing
        r"\bchest (?:has |is |went |had )?(?:gone )?(?:quiet|silent)\b|\bsilent chest\b"
        r"|\b(?:can|could) only (?:get|say|speak|manage|talk in) (?:\d|one|two|three|a few"
        r"|a couple of)"
        r"(?: or (?:\d|two|three|four))? words\b(?:(?= (?:at a time|between breaths|out between))"
        r"|(?<=words)(?=[^.!?]{0,60}\b(?:breath\w*|wheez\w*|gasp\w*|asthma|inhaler)\b))"
        r"|\busing (?:all )?(?:his|her|my|their) (?:neck|shoulder) muscles to breathe\b"
        r"|\btoo (?:tired|exhausted|weak) to (?:keep )?breath(?:e|ing)\b"
        r"|\b(?:exhausted|worn out|tired out) (?:from|by) (?:trying to )?breath(?:e|ing)\b|"
        r"\b(?:more|more and more|increasingly) (?:breathless|short of breath|out of breath) (?:ev"
        r"ery|"
        r"by the|with every) minute\b|\bbreathing (?:is )?getting (?:worse|harder) (?:by the minut"
        r"e|"
        r"every minute|fast|quickly|rapidly)\b|"
        + CANT
        + r" (?:breathe?|breathing|get (?:any |enough )?air|get (?:my|his|her|their) breath|catch "
        r"(?:my|his|her|their|a) "
        r"breath|speak in (?:full )?sentences|finish (?:a )?sentences?)\b"
        # a blocked nose: "can't breathe through it at night"
         + _NOT_THROUGH_NOSE + r"|\b(?:gasping(?: for (?:air|breath))?|not "
        r"breathing|stopped breathing(?![^.!?]{0,60}\b(?:sleep study|sleep apno?ea|sleep apnea))"
        r"|is not breathing|no longer breathing|barely breathing|hardly "
        r"breathing|(?:does|do) not (?:seem|look|appear) to be "
        r"breathing|breathing (?:very |really )?slowly|cannot breathe?"
        + _NOT_THROUGH_NOSE
        + r"|turning blue)\b|\b(?:feels? "
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
        # a wheeze too bad to walk or talk: "wheezing so bad ive gone quiet and can barely walk"
        r"|\bwheez\w*\b[^.!?]{0,40}\b(?:(?:can|could) (?:barely|hardly) (?:walk|talk"
        r"|speak|get (?:my |the )?words out)|(?:have |has |i have |i've )?gone (?:really "
        r"|very )?quiet)\b"
    ),
    "cyanosis": (
        r"\b(?:lips?|face|mouth|skin|fingers|fingertips|nails|tongue) (?:are |is |look |looks |"
        r"looking |went |go |going |turning |turned |have gone |has gone |getting |r |a bit "
        r"|kind of"
        r" |very |slightly )*(?:blue|bluish|blueish|grey|gray|purple|dusky|ashen)\b|\b(?:blue|"
        r"bluish|blueish|grey|gray|purple|dusky) lips\b"
        # (a bruise's colours are not the skin's: "gone blue green", "blue and yellow")
        r"|\b(?:turned|turning|going|gone|went) blue\b"
        r"(?![- ](?:green|yellow|and (?:green|yellow))| then (?:green|yellow|purple))"
        r"|\bblue (?:around|round) (?:the|his|her|their) (?:mouth|lips)\b"
        r"|\b(?:went|gone|turned|going) (?:limp|floppy|grey|gray|pale|stiff) and blue\b"
        r"|\b(?:lips?|face|mouth|skin|fingers|fingertips|nails|tongue) (?:are |is |have |has |look "
        r"|looks |went |gone |turned |a bit |slightly )*(?:gone |turned )?(?:a |an )?(?:blue|bluish"
        r"|blueish|purple|purplish|dusky|grey|gray)(?:ish)? (?:colou?r|tinge|tint|hue)\b|\bblue tin"
        r"ge\b"
        r"|\b(?:lips?|face|mouth) (?:are |is |have |has |look |looks "
        r"|went |gone |turned |a bit |kind of )*(?:gone |turned )?(?:bluey|blue-?grey"
        r"|blue-?gray|blueish-grey|greyish-blue)\b"
        # (not a dye, a sweet or the cold: "lips went bluey after a blue slushie")
        r"(?![^.!?]{0,60}\b(?:slushie|smoothie|blueberr\w*|sweets?|lolly|ice pop|dye|ink|paint"
        r"|colouring|coloring|cold|swim\w*|raynaud\w*)\b)"
        r"|\b(?:lips?|face|mouth) (?:are |is |look |looks |gone |turned )?(?:little"
        r"|a little|bit|a bit|slightly|kind of) (?:blue|bluish|grey|gray|purple)\b"
        r"(?![^.!?]{0,60}\b(?:slushie|smoothie|blueberr\w*|sweets?|lolly|ice pop|dye|ink|paint"
        r"|colouring|coloring|cold|swim\w*|raynaud\w*)\b)"
    ),
    "choking": (
        r"(?<!nearly )(?<!almost )(?<!nearly )\b(?:is |am |are |keeps? )?chok(?:ing|ed)(?: on)?\b|"
        r"\b(?:food|something|piece of \w+|"
        r"object|sweet|grape|toy|coin) (?:is )?(?:stuck|lodged) in (?:his|her|my|their|the) "
        r"(?:throat|windpipe|airway)\b.{0,40}?\b(?:cannot|not) (?:breathe?|speak|talk|cough)\b"
        # an object in a small mouth, then no cry or breath: "got a grape in his mouth ...
        # cannot cry properly"
        r"|\b(?:grape|sweet|nut|peanut|popcorn|coin|button|battery|marble|bead|food"
        r"|piece of \w+|bit of \w+|grapes)\b[^.!?]{0,80}\b(?:cannot|can not|could not"
        r"|is not able to) (?:really )?(?:cry|breathe|speak|talk|cough)(?: properly)?\b"
        # the silent choke, told by its signs: eating, then no sound and hands at the throat
        r"|\b(?:eating|ate|swallowed|had|chewing) (?:\w+ ){0,3}?(?:grapes?|sweets?|nuts?|peanuts?"
        r"|popcorn|sausages?|meat|steak|chicken|apple|carrot|hot ?dog|food|a (?:sweet|grape|nut"
        r"|coin|marble|toy))\b[^.!?]{0,60}?\b(?:no (?:noise|sound)|not making (?:a|any) (?:noise"
        r"|sound)|making no (?:noise|sound))\b[^.!?]{0,60}?\b(?:grab\w*|clutch\w*|holding|clawing"
        r"|hands? (?:at|on|round|to)) (?:at )?(?:his|her|my|their|the) (?:throat|neck)\b"
        r"|\b(?:grab\w*|clutch\w*|holding|clawing) (?:at )?(?:his|her|their|my) throat\b[^.!?]{0,60"
        r"}"
        r"?\b(?:no (?:noise|sound)|not making (?:a|any) (?:noise|sound)|going (?:red|blue|purple)"
        r"|turning (?:red|blue|purple)|cannot (?:breathe|speak|talk|cough)|silent)\b"
        r"|\b(?:eating|ate|swallowed|chewing) (?:\w+ ){0,3}?(?:grapes?|sweets?|nuts?|peanuts?"
        r"|popcorn|sausages?|meat|steak|chicken|apple|carrot|hot ?dog|food|a (?:sweet|grape|nut"
        r"|coin|marble|toy))\b[^.!?]{0,30}?\b(?:suddenly )?(?:silent|no (?:noise|sound)|not making"
        r" (?:a|any) (?:noise|sound)|making no (?:noise|sound))\b[^.!?]{0,50}?\b(?:going|turning"
        r"|gone|went|turned) (?:\w+ )?(?:blue|purple|grey|gray)\b"
        r"|\b(?:no (?:noise|sound)|not making (?:a|any) (?:noise|sound)|making no (?:noise|sound)"
        r"|silent)\b[^.!?]{0,40}?\b(?:grab\w*|clutch\w*|holding|clawing) (?:at )?(?:his|her"
        r"|their|my) throat\b"
    ),
    "asthma_fail": (
        r"\b(?:inhaler|puffer|nebuli[sz]er|ventolin|salbutamol|albuterol|reliever|blue inhaler)\b"
        r"[^.!?;]{0,30}\b(?:not|no longer|no|is not|nothing) (?:working|helping|help|work|better|"
        r"doing anything|touching it)\b|\b(?:inhaler|puffer|ventolin|salbutamol)\b[^.!?;]{0,20}"
        r"\b(?:(?:\d{2}|ten|twenty|fifteen) (?:times|puffs)|[6-9] puffs|[6-9] times(?! (?:a|per"
        r"|each) day| today| since))\b|\bno better after (?:my|the|his|"
        r"her) (?:inhaler|puffer|nebuli[sz]er)\b|\b(?:inhaler|puffer) (?:is )?useless\b"
        r"|\b(?:inhaler|puffer|ventolin|salbutamol|nebuli[sz]er)\b[^.!?;]{0,15}\b(?:done|did|doing|"
        r"does) nothing\b|\bnothing (?:is )?helping\b[^.!?;]{0,20}\b(?:inhaler|breath)"
        r"|\b(?:inhaler|puffer|ventolin|nebuli[sz]er) (?:is |has )?(?:empty|run out|ran out|finishe"
        r"d|broken|lost)\b|\b(?:ran|run|has run) out of (?:his|her|my|their) (?:inhaler|puffer|vent"
        r"olin)\b|\b(?:no|without|forgot (?:his|her|my|their)) (?:inhaler|puffer)\b"
        r"|\b(?:inhaler|puffer|ventolin|salbutamol|nebuli[sz]er|reliever)\b[^.!?;]{0,30}\b(?:has no"
        r"t|have not|did not|does not|is not|not) (?:made|make|making) (?:a|any) (?:difference|dent"
        r")\b|\b(?:inhaler|puffer|ventolin|salbutamol)\b[^.!?;]{0,45}\b(?:(?:\d{2}|ten|twenty"
        r"|fifteen) (?:times|puffs)|[6-9] puffs|[6-9] times(?! (?:a|per|each) day| today| since))\b"
        r"|\b(?:\d{2}|ten|twenty|fifteen) puffs (?:of (?:blue|his|her|my"
        r"|the|ventolin|salbutamol"
        r"|reliever|inhaler)|through (?:the |a )?spacer)\b"
        # relief that lasts minutes, a reliever needed every few minutes
        r"|\b(?:inhaler|puffer|ventolin|salbutamol|reliever)\b(?![^.!?;]{0,25}\b(?:app|cap|counter"
        r"|reminder|beeps?|buzz\w*|alarm|battery|timer)\b)[^.!?;]{0,25}\b(?:only|barely|just)"
        r" (?:lasting|lasts|lasted|works for|helps for|helped for|working for) (?:like |about "
        r"|maybe )?(?:\d+|a few|five|ten|fifteen|twenty) min\w*"
        r"|\b(?:inhaler|puffer|ventolin|salbutamol|reliever)\b(?![^.!?;]{0,45}\b(?:app|cap|counter"
        r"|reminder|beeps?|buzz\w*|alarm|battery|timer)\b)[^.!?;]{0,45}\bevery (?:(?:[1-9]|1\d"
        r"|20|few|five|ten|fifteen|twenty) min\w*|quarter of an hour|half (?:an )?hour)"
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
        # round BN: the reliever needed several times a day ("on my blue inhaler every 2-3 hours",
        # "needing the blue one 5 or 6 times a day", "has needed his inhaler 4 times today")
        r"|\b(?:using|used|needing|needed|needs|need|on|taking|taken|had|having|reaching for)"
        r" (?:my |his |her |their |the )?(?:blue |reliever |rescue )?(?:inhaler|puffer|ventolin"
        r"|salbutamol|reliever|blue one|blue pump)\b[^.!?]{0,25}\b(?:every (?:\d|one|two|three"
        r"|four|couple of|few)(?: ?(?:-|to|or) ?\w+)? hours?|(?:[3-9]|1\d|three|four|five|six|seven"
        r"|eight|several|many|loads of|lots of)(?: ?(?:-|to|or) ?\w+)? times (?:a|per|each) day"
        r"|(?:[3-9]|three|four|five|six) times (?:today|since|this (?:morning|afternoon|evening)))"
    ),
    "wheeze": (
        r"\bwheez(?:ing|y|e|es|ed)\b|\bwhistling (?:when|sound)\b"
        r"|\bbreathing (?:is |was )?whistl\w*\b"
        r"|\bwhistl\w* (?:when|while) (?:breathing|(?:i|he|she) breathes?)\b"
    ),
    "stridor": (
        r"\bhigh[- ]pitched (?:noise|sound|whistle|squeak|breathing|wheeze)\b|\bstridor\b|\bnoisy "
        r"breathing\b|\b(?:noise|sound|squeak) when (?:she|he|they|i|(?:my|his|her|the) \w+)"
        r" breathes? in\b|\bcrowing\b"
        r"|\bbreathing (?:is |sounds )?(?:really |very |so )?(?:noisy|squeaky|raspy|rattly|whistly|"
        r"wheezy and noisy|loud)\b|\bsitting (?:forward|leaning forward|bolt upright) to breathe\b|"
        r"\bsitting forward\b|\btripod(?:ing)?\b"
        r"|\b(?:breathing|breath|breaths) (?:with|makes|making|has) (?:a |some )?(?:noise|sound"
        r"|whistle|squeak)s?\b"
        # "noisy whistly breathing when he breathes in"
        r"|\b(?:noisy|whistly|whistling|squeaky|harsh|raspy|crowing)\b[^.!?]{0,20}\bwhen (?:he|she"
        r"|they|i|the baby) (?:breathes?|breathing) in\b"
        r"|(?<!snoring )(?<!snorting )(?<!nose makes a )\b(?:noise|sound|whistle|squeak)s? (?:when "
        r"|while )?breathing in\b(?![^.!?]{0,40}\b(?:nose|laryngomalacia|vets?)\b)"
        r"|\b(?:squeaky|squeaking|whistling|crowing|high) (?:noise|sound) when (?:she|he"
        r"|they|i) breathes? in\b"
        r"|\b(?:loud |high )?(?:noise|sound|squeak) when (?:breathing|she breathes"
        r"|he breathes|they breathe) in\b"
    ),
    "barking": r"\bbark(?:ing|y)? cough\b|\bcroup\b|\bsounds like a seal\b",
    "drooling": r"\bdrooling\b|\bdribbling\b",
    "cannot_swallow": (
        r"\b" + CANT + r" (?:even |really |properly )?swallow\b"
        r"|\b(?:hard|difficult|painful|pain) (?:to|when) swallow(?:ing)?\b"
        r"|\b(?:difficulty|trouble|problems?) swallowing\b|\bcannot swallow\b"
        r"|\b(?:cannot|could not|unable to|will not) swallow (?:his|her|their|my) (?:spit|saliva|ow"
        r"n spit)\b|\b" + CANT + r" (?:\w+ ){0,4}?(?:or|and|nor) swallow\b"
        r"|\b(?:cannot|could not|can not|unable to) swallow (?:anything|even (?:water|my (?:own )?s"
        r"aliva|my spit))\b|\beven (?:my )?(?:saliva|spit)\b"
    ),
    "recession": (
        r"\bribs? (?:are |is )?(?:sucking|sucked|pulling|pulled|caving|going|showing) in\b"
        r"|\b(?:sucking|pulling|sinking|caving)"
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
        r"|\bribs? (?:are |is )?(?:going|pulling|sucking|sinking) (?:in|inside|inwards)\b"
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
    # Drowning told as it happens: the emergency is the drowning itself. Drowning "in" anything
    # but water is a figure ("in work", "in grief").
    "drowning_now": (
        r"\b(?:he|she|they|someone|somebody|son|daughter|child|kid|boy|girl|baby|toddler|man|woman"
        r"|husband|wife|dad|mum|mom|brother|sister|friend|person|swimmer|nephew|niece|grandson"
        r"|granddaughter|cousin|people) (?:is|are) (?:(?:actually|still|literally|really) )?"
        r"drowning\b"
        r"(?! in (?!(?:the |a |our |my )?(?:pool|water|sea|river|lake|bath|bathtub|tub|pond"
        r"|canal|ocean|dam|surf|waves)\b))"
        r"|\bdrowning (?:right )?now\b"
    ),
    "drowning": (
        r"\bdrown(?:ed|ing)\b|\bfell (?:into|in) (?:the |a )?(?:pool|water|river|lake|sea|pond"
        r"|bath)"
        r"\b|\bpulled (?:him|her|them) out (?:of the water)?\b|\bunder ?water\b"
        r"|\b(?:was|were|had been|been) under (?:the water |water )?for (?:about |maybe |around "
        r"|nearly |almost |at least |a good )?(?:a|one|two|\d+|a few|several|a couple of) "
        r"(?:minutes?|mins?|seconds?|secs?)\b"
        r"|\b(?:pulled|dragged|got|fished) (?:\w+ ){0,3}out (?:of )?(?:the |a )?"
        r"(?:pool|water|sea|river"
        r"|lake"
        r"|canal|bath|pond)\b|\bnearly drowned\b|\bwent under\b|\b(?:inhaled|breathed in"
        r"|swallowed) "
        r"(?:some |a lot of |lots of )?(?:pool |sea |bath )?water\b"
    ),
}
