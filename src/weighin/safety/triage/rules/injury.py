"""Injuries told over more than one sentence (round BA): the wound in one, what it is doing in
the next.

- A wound (a cut, a gash, a knife gone in, a head split open) and then blood that is still
  spurting or pouring, or a towel that is not stopping it, without the word "blood": "split my
  forehead on the kerb, its spurting and a towel isnt stopping it".
- Someone found on the floor, cold or confused or for how long nobody knows: a long lie
  ("found grandma on the floor this morning, cold and confused").
- A fall, a crash or a dive, then a neck in pain and arms or legs tingling or numb: a
  spinal injury until proven otherwise ("fell off the ladder. neck is agony and both arms are
  tingling").
- An injured limb whose hand or foot goes cold, white or blue, or numb after a dislocation:
  its blood supply or nerve is caught ("forearm bent a weird way and her hand is going cold and
  white", "dislocated my knee. leg below it is cold and my foot is numb").
- A limb in a cast in pain out of all proportion, or with numb or blue fingers or toes:
  compartment syndrome (an emergency with both, a doctor today with one).
- Confused after a fall or a crash ("isnt making sense after the fall off the ladder, keeps
  asking the same questions"): a head injury, whether or not the head was mentioned.
- A blow to the throat, then a noisy or whistling breath or the voice gone: the airway may be
  swelling shut ("punched in the throat sparring. voice gone and theres a whistle when i
  breathe in").
- A wound (a nail, a thorn, a bite, a cut in soil) then a jaw that locks or will not open, or
  spasms: tetanus ("stood on a rusty nail last week, now my jaw is stiff").
- Dark, cola-coloured urine after hard exercise, and little of it, or with muscles swollen hard
  or vomiting (not when drinking plenty): muscle breakdown (rhabdomyolysis) with the kidneys
  failing (dark urine alone is a doctor today).

Emergencies (but the cast's single sign). The flow and the limbs must be current; the wound
or the fall may be told in any sentence, as people tell them first.
"""

from __future__ import annotations

import re

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.child_today import BLISTER, BURN_SAID
from weighin.safety.triage.rules.context import ANIMAL, Ctx

_WOUND = compiled(
    r"\b(?:gash\w*|laceration|stabbed|impaled|deep cut|the cut|the wound|a cut (?:on|in|to)"
    r"|tore open|ripped open)\b"
    r"|\b(?:split|cut|sliced|slashed) (?:open )?(?:my|his|her|their|the) (?:\w+ )?(?:head"
    r"|forehead|lip|chin|eyebrow|scalp|knee|hand|finger|thumb|arm|leg|foot|face|wrist|palm|shin"
    r"|heel|toe)\b|\b(?:knife|blade|glass|chisel|saw|axe|razor) (?:went|slipped|sliced|cut"
    r"|jammed)\b"
    r"|\b(?:i|he|she|they) (?:keep|keeps|kept) cutting\b|\bcut (?:myself|himself|herself)\b"
    r"|\b(?:fell|landed|stood|trod|stepped|caught (?:my|his|her) \w+) on (?:a |some |the |an )?"
    r"(?:\w+ )?(?:spike|nail|glass|knife|blade|railing|barbed wire|metal|fence post|spikes)\b"
)
# still coming, said of the wound: "its spurting", "still pouring after 20 mins", "a towel isnt
# stopping it" (not rain, sweat, a cold's nose or tears)
_FLOWING = compiled(
    r"\b(?:it is|its|still|keeps|just|is|are) (?:spurting|pouring|gushing|pumping|squirting"
    r"|pissing)\b(?! (?:with |down )?(?:rain|sweat|snot|water|tears|pus))"
    r"|\b(?:towels?|tea towels?|cloths?|bandages?|dressings?|kitchen roll|tissues?|pressure"
    r"|plasters?)\b (?:is not|are not|not|has not|have not|will not|does not|do not|cannot)"
    r" (?:stopping|stopped|stop|helping|holding) (?:it|the flow)\b"
)
_FLOW_ELSE = compiled(
    r"\b(?:rain\w*|sweat\w*|runny|snot|cold|flu|tears|crying|pus|sap|juice|water(?:ing)?|leak\w*"
    r"|nose (?:is )?(?:pouring|running)|eyes?|dribble|drool\w*|milk|outside|weather|off me|heat"
    r"|onions?|pissing (?:it )?down)\b|\bpouring (?:it )?(?:here|today|outside|again)\b"
    r"|\bpouring (?:it )?down\b(?! (?:my|his|her|their|your|the|its)\b)"
)
_FALL = compiled(
    r"\b(?:fell|fallen|falling)\b (?:off|from|down|out of|over (?:the|a) (?:banister|edge|wall"
    r"|side|handlebars)|onto (?:my|his|her|their) (?:head|neck|back))|\bfall (?:from|off)\b"
    r"|\b(?:car|bike|motorbike|road) (?:crash|accident)\b|\bcrashed (?:my|his|her|the|our|into)"
    r" (?:car|bike|motorbike|van|scooter|into)?|\b(?:came|come|thrown) off (?:my|his|her|the|a)"
    r" (?:bike|horse|motorbike|scooter|trampoline|ladder|roof|wall|quad)\b|\bthrown (?:off|from)\b"
    r"|\b(?:dived|dove|diving) (?:in|into)\b|\bcollision\b|\brear-?ended\b"
)
_NECK_HURT = compiled(
    r"\b(?:neck|spine|back of (?:my|his|her) neck)\b (?:is |feels |really |so )*(?:agony|killing"
    r"|in agony|(?:really |so )?(?:painful|sore)|hurts?|hurting|cracked|clicked)\b"
    r"|\b(?:pain|agony) (?:in|down) (?:my|his|her|their|the) (?:neck|spine)\b"
    r"|\b(?:neck|spine) pain\b"
)
_LIMBS_TINGLE = compiled(
    r"\b(?:both )?(?:arms|legs|hands|feet)\b (?:are |is |have |has |gone |went |feel |feels )*"
    r"(?:tingl\w*|numb|pins and needles)\b"
    r"|\b(?:tingl\w*|numb\w*|pins and needles) (?:in|down) (?:both )?(?:my|his|her|their)? ?"
    r"(?:both )?(?:arms|legs|hands|feet)\b"
)
_FOUND_DOWN = compiled(
    r"\bfound (?:my |our |her |his )?(?:\w+ )?(?:\w+ )?(?:lying |collapsed |sprawled )?on the"
    r" (?:floor|ground|bathroom floor|kitchen floor|landing|stairs)\b"
)
_LONG_LIE = compiled(
    r"\b(?:cold|freezing|confused|muddled|not making sense|cannot get up|could not get up)\b"
    r"|\b(?:no idea|not sure|do not know|does not know) how long (?:she|he|they) (?:was|had been"
    r"|has been|were)\b|\b(?:all|most of the) night\b|\bsince (?:last night|yesterday)\b"
)

_LIMB = (
    r"(?:arm|forearm|wrist|hand|finger|leg|ankle|knee|elbow|shoulder|foot|hip|shin|collarbone"
    r"|toe|thumb)s?"
)
_LIMB_INJURED = compiled(
    r"\b(?:broke|broken|fractur\w*|snapped|crushed|trapped|shattered)\b(?: \w+){0,2} "
    + _LIMB
    + r"\b|\b"
    + _LIMB
    + r" (?:is |was |looks |might be |is probably |got )?(?:broken|fractured"
    r"|crushed|trapped|deformed|shattered|snapped)\b"
    r"|\b(?:dislocat\w*|popped out|out of place|(?:fell|fallen)(?! asleep)|(?:bent|twisted"
    r"|pointing) (?:a |the )?(?:weird|wrong|funny|odd|strange) (?:way|direction)|at a (?:weird"
    r"|funny|wrong|strange) angle)\b"
)
# the hand or foot beyond it: "her hand is going cold and white", "leg below it is cold"
_NO_BLOOD_BEYOND = compiled(
    r"\b(?:hand|hands|foot|feet|fingers?|toes?|leg|arm|forearm)\b(?: (?:below|under|beyond) (?:it"
    r"|the \w+))?(?: (?:is|are|has|have|gone|going|turned|turning|looks?|feels?|all|really|very"
    r"|so|now|ice|stone))* (?:cold|white|pale|grey|gray|icy|mottled)\b"
    # (blue is a bruise's colour unless the hand or foot turns it)
    r"|\b(?:hand|hands|foot|feet|fingers?|toes?)\b(?: (?:is|are|has|have|all|really|very|so|now))*"
    r" (?:gone|going|turned|turning|go|went) (?:\w+ )?blue\b"
    r"|\b(?:no|cannot feel (?:a|any|the)|cannot find (?:a|any|the)) pulse (?:in|at) (?:his|her|my"
    r"|the) (?:wrist|foot|ankle)\b"
)
_NUMB_BEYOND = compiled(
    r"\b(?:hand|foot|fingers|toes|leg)\b (?:is |are |has gone |have gone |went |gone |feels? )*"
    r"(?:numb|dead)\b|\bcannot feel (?:my|his|her) (?:foot|hand|toes|fingers)\b"
)
_COLD_ELSE = compiled(
    r"\braynaud\w*|\bsnow\w*|\bwinter\b|\bice bath\b|\bfreezing (?:outside|weather)\b"
    r"|\bcold (?:outside|weather|water|day)\b|\bchilblains?\b|\bice (?:rink|skating)\b"
    r"|\bskating\b|\bwind(?:y|chill)?\b|\bfrost\w*|\bfreezing\b|\bslept on\b|\bfell asleep\b"
)
_CAST = compiled(
    r"\b(?:plaster )?(?:cast|backslab)\b(?! (?:of|list|members?|iron|a|an|my vote|off|away|aside"
    r"|on (?:the|my) (?:wall|ceiling))\b)|\bin (?:a )?plaster\b(?! of)"
    r"|\bin a pot\b|\bpot on (?:my|his|her|the) (?:foot|leg|arm|wrist|ankle)\b|\bpot on since\b"
)
_CAST_PAIN = compiled(
    r"\bout of (?:all )?proportion\b|(?<!was )\bagony\b(?! for a (?:minute|second|moment|sec|bit))"
    r"|\bexcruciating\b|\bunbearable\b|\b(?:painkillers|pain relief|calpol|paracetamol|ibuprofen"
    r"|nurofen|morphine|codeine|tramadol) (?:is |are |does |do )?not (?:touch|touching|help|helping"
    r"|work|working|doing anything)\b|\bthrough the roof\b|\bpain is (?:insane|unreal)\b"
    r"|\bpain (?:is )?(?:a |at )?(?:9|10|nine|ten)\b|\bburning pain\b|\b(?:much |way )?worse when"
    r" (?:i|he|she) (?:move|moves|try to move|wiggle)\b"
    r"|\b(?:pain|it) (?:is )?(?:getting |gets )?worse and worse\b|\bscreaming in pain\b"
)
_CAST_DIGITS = compiled(
    r"\b(?:toes|fingers)\b[^.!?]{0,20}\b(?:numb|tingl\w*|blue|white|cold|purple|pins and"
    r" needles|cannot move|will not move|(?<!a bit )(?<!slightly )(?<!little )swollen|puffy"
    r"|like sausages|cannot wiggle|pale|dusky)\b"
    r"|\bcannot (?:move|feel) (?:my|his|her) (?:little |big |index |middle |ring )?(?:toes?"
    r"|fingers?|thumb)\b|\b(?:numb\w*|tingl\w*|pins and needles)\b[^.!?]{0,12}\b(?:toes|fingers)\b"
    # pain on moving them, the first sign of a compartment filling
    r"|\b(?:screaming|screams|scream|agony|crying|cries) when (?:i|you|we|they) (?:move|touch"
    r"|stretch) (?:his|her|my|their) (?:toes|fingers)\b"
)
# the blood and the nerve both caught: "fingers have gone pale and i cant feel my thumb"
_DIGITS_COLOUR = compiled(
    r"\b(?:toes?|fingers?|thumb)\b[^.!?]{0,25}\b(?:blue|white|pale|purple|dusky|grey|gray|cold)\b"
)
_DIGITS_FEEL = compiled(r"\bnumb\w*|\bcannot feel\b|\btingl\w*|\bpins and needles\b")
# the digits well: "toes a bit swollen but pink and warm"
_DIGITS_WELL = compiled(
    r"\b(?:pink and warm|warm and pink|can (?:still )?wiggle|warm(?:ed)? up (?:fine|ok|again)"
    r"|(?:and|but|are|look|looks) pink)\b"
)
_THROAT_HIT = compiled(
    r"\b(?:punched|hit|kicked|elbowed|struck|kneed|chopped|karate chopped|smacked|took \w+"
    r"(?: \w+)?|strangled|choked out|grabbed|squeezed)\b (?:\w+ ){0,3}?(?:in|to|on|by|across)"
    r" (?:the|my|his|her) (?:throat|windpipe|adam's apple|front of (?:the|my|his|her) neck)\b"
    r"|\b(?:throat|windpipe) (?:punch|chop|shot|hit)\b|\bchoked out\b|\bstrangled\b"
    r"|\b(?:choked|throttled) (?:me|him|her)\b|\bhands? (?:round|around) (?:my|his|her) (?:neck"
    r"|throat)\b"
)
_THROAT_SIGNS = compiled(
    r"\bwhistl\w*|\bvoice (?:has |is )?(?:gone|lost|went)\b|\blost (?:my|his|her) voice\b"
    r"|\bcannot (?:swallow|talk|speak)\b|\bhoarse\b|\bcroak\w*|\bgetting harder\b"
    r"|\bharder to breathe\b|\bstruggling to breathe\b|\bnoisy\b"
    r"|\b(?:hurts|painful|agony|difficult|hard) to swallow\b|\bpain (?:when|on) swallowing\b"
)
_EXERTION = compiled(
    r"\b(?:workout|work out|worked out|gym|crossfit|spin|spinning class|session|training|marathon"
    r"|ultra|squats?|exercise|exercising|run|running|race|leg day|hiit|bootcamp|boot camp|reps"
    r"|burpees?|rowing|pull ?ups?|push ?ups?|press ?ups?|hike|hiking|tab|cycling|circuits"
    r"|lifting|weights)\b"
)
_LITTLE_URINE = compiled(
    r"\b(?:barely|hardly|not|have not|has not|cannot|not really) (?:peeing|pee|peed|weeing|urinat"
    r"\w*|passing (?:urine|water|much))\b|\b(?:no|little|hardly any|barely any|not much) (?:pee"
    r"|urine|wee)\b|\bnot much of it\b|\bonly (?:a )?(?:trickle|dribble|little bit)s?\b"
    r"|\b(?:barely|hardly) any\b(?! (?:pain|sleep))|\bonly (?:been|gone|peed|weed) once\b"
    r"|\bonly (?:tiny|small) (?:amounts|bits|drops)\b"
    r"|\bonly a (?:little|bit) (?:comes|coming) out\b"
)
# ... or muscles swollen hard, or being sick with it
_MUSCLES_SWOLLEN = compiled(
    r"\b(?:legs?|thighs?|arms?|calf|calves|biceps|quads|muscles?)\b[^.!?]{0,20}\b(?:swollen|rock"
    r" hard|hard as (?:a )?rock|cannot straighten|puffed up)\b"
)
_PLENTY_TO_DRINK = compiled(
    r"\b(?:drinking|drunk|drank) (?:loads|lots|plenty|a lot)\b|\bpeeing (?:loads|lots|normally|fine"
    r"|plenty|normal amounts)\b"
)

_DIRTY_WOUND = compiled(
    r"\b(?:rusty|nail|thorn|splinter|barbed wire|bitten|bite|puncture|stood on|stepped on|trod on"
    r"|dirty needle|muck|manure"
    r"|cut|gash|graze|wound)\b"
)
_AFTER = compiled(r"\bafter\b")
_LOCKJAW = compiled(
    r"\block ?jaw\b|\bjaw\b[^.!?]{0,20}\bhard to open\b"
    r"|\bjaws?\b (?:(?:is|has|gone|been|feels|keeps|getting|going) )*(?:really |so )?(?:stiff"
    r"|locked|locking|clenched|clenching|tight|rigid|stuck)\b|\b(?:cannot|can not|could not)"
    r" (?:open|fully open) (?:my|his|her|their) (?:mouth|jaw)\b"
)
_JAW_ELSE = compiled(
    r"\bdentist\w*|\bdental\b|\bwisdom\b|\btooth\b|\bteeth\b|\btmj\b|\btmd\b|\bgrind\w*"
    r"|\bbrace[sd]?\b|\bmumps\b|\bglands?\b|\bearache\b"
)


_PALM_OR_MORE = compiled(
    r"\b(?:bigger|larger|wider) than (?:my|his|her|a|the|your|their) (?:palm|hand)\b|\b(?:size"
    r" of|as big as) (?:my|his|her|a|the|your|their) (?:palm|hand)\b|\bcover\w* (?:most of |all"
    r" of |the whole of )?(?:my|his|her|the|their) (?:palm|hand)\b"
)


def injury(c: Ctx) -> None:
    f, t, hit = c.f, c.t, c.hit
    live = f.first_current
    if (
        (flow := live(_FLOWING))
        and _WOUND.search(t, max(0, flow.start() - 150), flow.start())
        and not _FLOW_ELSE.search(t, *f.sentence_span(flow.start()))
        and not ANIMAL.search(t)
    ):
        hit(EMERGENCY, "bleeding", "a wound still pouring or spurting")
    if (down := live(_FOUND_DOWN)) and _LONG_LIE.search(t, down.end()) and not ANIMAL.search(t):
        hit(EMERGENCY, "other", "found on the floor, cold, confused or down for long (a long lie)")
    if _FALL.search(t) and c.on("confusion") and not f.mild("confusion") and not ANIMAL.search(t):
        hit(EMERGENCY, "other", "confused after a fall or a crash (a head injury?)")
    if _FALL.search(t) and live(_NECK_HURT) and live(_LIMBS_TINGLE):
        hit(
            EMERGENCY, "other", "possible spinal injury: a fall or crash, neck pain, limbs tingling"
        )
    if live(BURN_SAID) and live(BLISTER) and live(_PALM_OR_MORE) and not c.on("burn_severe"):
        # (a burn over a large area is the ``other`` rules' emergency)
        hit(URGENT, "other", "a blistered burn bigger than the palm")
    if (c.on("electric") or live(_MAINS_SHOCK)) and live(_HEART_ODD):
        # round widen: a shock from the mains and a heart that feels wrong (an arrhythmia?)
        hit(EMERGENCY, "other", "an electric shock and the heart feels wrong")
    _limbs(c)


# Round widen: "a shock off a live cable"
_MAINS_SHOCK = compiled(
    r"\b(?:shock|zap|jolt)\b[^.!?]{0,12}\b(?:off|from) (?:a |the )?live"
    r" (?:cable|wire|lead|socket)\b"
)
# Round widen: a heart told as feeling wrong after a shock ("his heart feels funny", "my heart is
# doing something weird", "chest feels fluttery")
_HEART_ODD = compiled(
    r"\b(?:heart|heartbeat|pulse|chest) (?:feels?|is|keeps|felt|has been|is going|going|doing"
    r"|beating)(?: really| a bit| kind of| all)? (?:funny|weird|strange|odd|wrong|irregular"
    r"|fluttery|fluttering|racing|pounding|all over the place|something (?:weird|funny|strange))\b"
    r"|\bpalpitations?\b|\b(?:heart|it) (?:is |keeps )?(?:skipping|missing) beats?\b"
)


def _limbs(c: Ctx) -> None:
    f, t, hit = c.f, c.t, c.hit
    live = f.first_current
    if (
        _LIMB_INJURED.search(t)
        and (
            live(_NO_BLOOD_BEYOND)
            or (live(_NUMB_BEYOND) and re.search(r"\bdislocat|\bout of place\b", t))
        )
        and not _COLD_ELSE.search(t)
        and not ANIMAL.search(t)
    ):
        hit(EMERGENCY, "other", "an injured limb going cold, white or numb (blood supply cut off?)")
    if _CAST.search(t) and not ANIMAL.search(t):
        pain = live(_CAST_PAIN)
        digits = live(_CAST_DIGITS) and not _DIGITS_WELL.search(t)
        if (pain and digits) or (digits and live(_DIGITS_COLOUR) and live(_DIGITS_FEEL)):
            hit(
                EMERGENCY,
                "other",
                "a cast too tight: severe pain, or fingers or toes pale and numb",
            )
        elif pain or digits:
            hit(URGENT, "other", "pain or numbness under a cast: have it checked today")
    if _THROAT_HIT.search(t) and (live(_THROAT_SIGNS) or c.on("stridor") or c.severe_breath):
        hit(EMERGENCY, "breathing", "a blow to the throat, now noisy breathing or no voice")
    if (
        c.on("dark_urine")
        and _EXERTION.search(t)
        and (
            live(_LITTLE_URINE)
            or (
                (live(_MUSCLES_SWOLLEN) or c.on("vomit_persistent"))
                and not _PLENTY_TO_DRINK.search(t)
            )
        )
    ):
        hit(
            EMERGENCY,
            "other",
            "dark urine after hard exercise, with little urine, swollen muscles or vomiting"
            " (rhabdomyolysis)",
        )
    if (
        (jaw := live(_LOCKJAW))
        and (
            _DIRTY_WOUND.search(t, 0, jaw.start())
            # "jaws going tight a week after i stood on a rusty nail"
            or ((later := _AFTER.search(t, jaw.end())) and _DIRTY_WOUND.search(t, later.end()))
        )
        and not _JAW_ELSE.search(t)
        and not ANIMAL.search(t)
    ):
        hit(EMERGENCY, "infection", "a wound, then a jaw that locks or will not open (tetanus?)")
