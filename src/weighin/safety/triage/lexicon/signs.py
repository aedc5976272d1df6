"""General signs (time course, severity, care already sought, wounds, eyes): symptom lexicons.

One regular-expression source per feature, written against normalised text (see
``lexicon/__init__.py``); the engine compiles each once and gives every match a status (active,
negated, past, information-seeking, settled) before the clinical rules read it.
"""

from __future__ import annotations

FEATURES: dict[str, str] = {
    "ongoing_minutes": (
        r"\b(?:for|since|over|past|last|about|nearly|almost|been|the last"
        r"|the past)\b[^.!?;]{0,15}\b"
        r"(?:\d+|fifteen|twenty|thirty|forty|forty-five|ten|an?|half an?|a couple of|few|several) "
        r"?(?:minutes|mins|hours?|hrs)\b|\b(?:\d{2}|fifteen|twenty|thirty|forty|forty-five) ?"
        r"(?:minutes|mins)\b(?! ago)|\bsince (?:i woke up|this morning|an hour|breakfast|lunch"
        r"|dinner"
        r"|earlier today)\b|\b(?:\d+|an|one|two|three) hours?\b(?! ago)"
    ),
    "severe_pain_any": (
        r"\b(?:severe|excruciating|unbearable|agoni[sz]ing|worst|horrendous|extreme|crippling|"
        r"screaming|intense)\b[^.!?;]{0,20}\bpain\b|\bin (?:absolute |real )?agony\b"
        r"|\bpain is "
        r"(?:unbearable|excruciating|10/10|horrendous|off the charts)\b|\bscreaming in pain\b"
    ),
    "sugar_high_word": (
        r"\b(?:meter|monitor|reading|glucometer) (?:says|said|reads|shows|showing) (?:hi|high)\b|\b"
        r"(?:blood )?sugars? (?:is |are |has been |have been )?(?:very |really |super "
        r"|sky )?(?:high|hi)"
        r"\b|\bhigh blood sugars?\b|\bhyperglyc\w+\b"
    ),
    "foreign_body": (
        r"\b(?:up|in|into|inside) (?:his|her|my|their|the) (?:nose|nostril|ear"
        r"|ears)\b(?:[^.!?;]{0,15})?"
        r"|\b(?:bead|pea|button|stone|lego|crayon|sweetcorn|bean|toy|rubber|piece of \w+) (?:up|in|"
        r"into) (?:his|her|my|their) (?:nose|nostril|ear)\b"
    ),
    "itch_preg": (
        r"\bitch\w*\b[^.!?;]{0,40}\b(?:palms|soles|hands and feet|feet and hands)\b"
        r"|\b(?:palms?|soles?|hands|feet)\b[^.!?;]{0,30}\b(?:itch\w*)\b"
    ),
    "prostrate": (
        r"\b(?:cannot|could not|unable to|too weak to) (?:get|climb) out of (?:bed|the chair"
        r"|her chair|"
        r"his chair)\b|\b(?:very|extremely|so|really) weak\b|\btoo weak to\b|\bcannot (?:stand|"
        r"sit) up\b|\bbed ?bound\b"
    ),
    "took_something": (
        r"\b(?:has|have|had|may have|might have|must have|think (?:he|she|they|i) (?:has |have )?)"
        r" ?(?:taken|took|swallowed|drunk|drank|had|snorted|smoked) (?:something|some drugs|drugs"
        r"|an "
        r"unknown|some pills|pills|a pill|some tablets|a bunch of|loads of)\b|\b(?:took|taken"
        r"|dropped"
        r"|swallowed) (?:some )?(?:drugs|a pill|pills|something)\b"
    ),
    "animal_bite": (
        r"\b(?:bat|fox|monkey|raccoon|racoon|stray dog|stray cat|wild animal|squirrel"
        r"|skunk)\b[^.!?;]{0,20}\b(?:bit|bite|bitten|scratched|scratch)\b|\b(?:bitten|scratched"
        r"|bit) by (?:a |an )?(?:bat|fox|monkey|raccoon|racoon|stray|wild)\b"
    ),
    "puncture": (
        r"\b(?:nail|needle|glass|metal|spike|syringe|fish ?hook)\b[^.!?;]{0,25}\b(?:went|go|gone|"
        r"going|stuck) (?:through|into|in)\b|\bstood on (?:a|an) (?:nail|needle|syringe|rusty)\b|"
        r"\bneedle ?stick\b|\bpuncture wound\b|\brusty nail\b|\bused needle\b"
        r"|\b(?:stepped|trod|trodden|stood) on (?:a|an|some) (?:\w+ )?(?:nail|needle|syringe|glass|"
        r"sharp)\b"
    ),
    "hearing_loss": (
        r"\b(?:sudden(?:ly)?|overnight|woke up)\b[^.!?;]{0,30}\b(?:cannot hear|lost (?:my |the )?"
        r"hearing|deaf|hearing loss|muffled hearing)\b|\bsudden (?:hearing loss|deafness)\b"
    ),
    "cord": (
        r"\b(?:umbilical|cord stump|belly button|umbilicus)\b[^.!?;]{0,30}\b(?:smelly|smells|red"
        r"|redness|pus|oozing|discharge|bleeding|swollen)\b"
    ),
    "ambulance": (
        r"(?<!should have )(?<!should we have )(?<!should i have )(?<!should they have )"
        r"\bcalled (?:an ambulance|999|911|112|000|the paramedics)\b"
        r"|\bambulance (?:is )?(?:on (?:its|"
        r"the) way|coming)\b|\b(?:waiting|wait) for (?:the|an) ambulance\b"
        r"|\bparamedics (?:are )?(?:on their "
        r"way|coming|here)\b"
        r"|\b(?:paramedics|ambulance|the ambulance|medics) (?:is |are )?(?:\d+|five|ten|a few) (?:m"
        r"inutes|mins) away\b"
    ),
    "leg_pain": (
        r"\bpain in (?:my|his|her|their|the) (?:left |right )?(?:leg|calf|thigh)\b|\b(?:leg"
        r"|calf) (?:pain|hurts|is painful|is sore|ache)\b"
    ),
    "told_to_attend": (
        r"\b(?:hospital|doctor|gp|nurse|111|surgery|clinic|lab)\b[^.!?;]{0,30}\b(?:wants|told|said"
        r"|asked)"
        r" (?:me|him|her|us|them) to (?:come in|go to (?:a&e|the er|hospital|the hospital)|go in"
        r"|come "
        r"back|attend)\b|\btold to go to (?:a&e|the er|the emergency|hospital)\b"
    ),
    "necrosis": (
        r"\b(?:wound|skin|cut|toe|toes|foot|leg|finger|graze)\b"
        r"[^.!?;]{0,30}\b(?:black|blackened|turning "
        # not a limb "gone dead" (numb from sitting on it)
        r"black|(?<!went )(?<!gone )(?<!go )(?<!goes )(?<!feels )(?<!felt )(?<!completely )"
        r"(?<!totally )(?<!a bit )dead|grey and dead|purple-black|blistering and black)\b"
        # (a tattoo's ink, a dye, clothes: "the skin around the black ink")
        r"(?! (?:ink|hair|dye|tattoo|marker|outline|clothes|top|jeans|leggings|socks|shoes|cat"
        r"|dog))"
        r"|\bblack (?:around|at) the "
        r"edges\b|\bgangren\w+\b|\bnecrotis\w+\b|\bflesh[- ]eating\b|\bcrackling under the skin\b"
        r"|\b(?:skin|wound|cut|redness)\b (?:is |has )?(?:going|gone|turning|turned|went) (?:a )?"
        r"(?:dark |deep )?(?:purple|dusky|purplish|grey|gray|black)(?:ish)?\b"
    ),
    "total_dysphagia": (
        r"\b(?:cannot|could not|can not|unable to) swallow (?:anything|even (?:water"
        r"|my (?:own )?saliva|my spit))\b|\beven (?:my )?(?:own )?(?:saliva|spit)\b"
    ),
    "urine_blood": (
        r"\bblood in (?:my|his|her|the) (?:urine|pee|wee)\b|\b(?:urine|pee|wee) (?:is |was "
        r"|looks )?(?:red|bloody|pink|dark red|full of blood)\b|\bpeeing blood\b|\bblood when (?:i"
        r"|he|she) (?:pee|wee|urinate)\b"
    ),
    "stool_blood": (
        r"\bblood (?:in|on) (?:his|her|their|the|my) (?:nappy|nappies|diaper|poo|poop|stool"
        r"|stools)\b|"
        r"\bredcurrant jelly\b|\b(?:poo|poop|stool|nappy|diaper)s? (?:\w+ ){0,2}(?:red"
        r"|currant|strawberry|bloody) jelly\b|\bjelly(?:-like)? (?:red )?(?:poo|poop|stools?)\b"
        r"|\bbloody (?:poo|poop|stools?|nappy|diaper)\b|\b(?:red|currant|strawberry) jelly"
        r" (?:in|on) (?:his|her|their|the) (?:nappy|nappies|diaper|poo|poop|stools?)\b"
        r"|\b(?:poo|stool|nappy) (?:with|full of) blood\b"
        r"|\b(?:poo|poop|stool|nappy|diaper)s? (?:that )?(?:looks?|looked|looking) like (?:red"
        r" |redcurrant |currant |strawberry )jelly\b"
    ),
    "low_oxygen": (
        r"\b(?:oxygen|o2|sats|saturation|saturations|spo2|oximeter"
        r"|pulse ox)\b[^.!?;]{0,25}?\b(?P<sat>"
        r"[5-9]\d) ?(?:%|percent)?"
        # "finger monitor says 86%", "the finger thing reads 88 percent"
        r"|\bfinger (?:monitor|thing|clip|probe|sensor|gadget|meter)\b[^.!?;]{0,20}?\b(?P<sat2>"
        r"[5-9]\d) ?(?:%|percent)"
    ),
    "vomit_blood_mild": (
        r"\b(?:a few |some |small |tiny |little )?(?:streaks?|specks?|flecks?|traces?|spots?|tinge|"
        r"bits?) of blood\b(?=[^.!?]{0,40}\b(?:vomit|sick|retch|throw|threw))|\b(?:vomit\w*"
        r"|threw up|"
        r"throwing up|being sick|retching)\b[^.!?]{0,60}\b(?:streaks?|specks?|flecks?|traces?"
        r"|spots?|"
        r"tinge|bits?) of blood\b"
        r"|\bblood[- ]?(?:streaks|specks|flecks|spots|streaked|tinged|flecked|specked)\b|\bstreaky"
        r"\b"
    ),
    "bleed_recurrent": (
        r"\b(?:keeps?|kept) (?:on )?(?:restarting|starting again|bleeding|opening up"
        r"|re-?opening)\b|"
        r"\bbleeding (?:keeps|that keeps|kept) (?:coming back|restarting|starting)\b"
        r"|\b(?:stopped|stops|stopping) and (?:started|starts|starting)(?: again)?\b|\b(?:started|"
        r"starts) (?:again|up again) (?:\d+|two|three|four|several|a few|many) times\b"
    ),
    "cord_prolapse": (
        r"\bcord (?:came|is|has come|coming|hanging|has slipped|slipped) (?:out|down|through)\b"
        r"|\bcord (?:is )?(?:showing|visible|sticking out|hanging out)\b"
        r"|\bcord "
        r"prolapse\b|\b(?:can|could) see the (?:umbilical )?cord\b"
        r"|\b(?:feel|felt|see|saw)\b[^.!?]{0,25}\b(?:like |the |a )?(?:umbilical )?cord\b(?! blood)"
        r"|\b(?:think|sure|pretty sure) (?:it is|that is|this is) (?:the )?(?:umbilical )?"
        r"cord\b(?! blood)"
        r"|\bsomething (?:is )?hanging out\b"
        r"|\bcord (?:is |has )?(?:hanging|coming|came|slipped|sticking|poking) (?:out|down"
        r"|through)\b"
    ),
    # Something felt or seen in or coming out of the vagina (with the waters gone: cord or limb).
    "vaginal_presence": (
        r"\b(?:feel|felt|feeling|see|saw|there is|something|a lump|a loop)\b[^.!?]{0,25}\b(?:in|i"
        r"nside|out of|from|between|at) (?:my|her|the) (?:vagina|vag|birth canal|down there|legs)\b"
        r"|\b(?:something|a lump|a loop|a bulge)\b[^.!?]{0,15}\b(?:coming|hanging|sticking|poking"
        r"|bulging) (?:out|down)\b"
    ),
    "preg_trauma": (
        r"\b(?:fell|fall|fallen|tripped|slipped|hit|kicked|punched|landed|crashed|car accident"
        r"|car crash|"
        r"knocked)\b[^.!?;]{0,30}\b(?:bump|belly|stomach|tummy|abdomen)\b|\b(?:car accident"
        r"|car crash|"
        r"rear-ended|fell down the stairs)\b"
    ),
    "large_local": (
        r"\b(?:stung|sting|bite|bitten)\b[^.!?;]{0,60}\b(?:whole|entire) (?:arm|leg|hand|foot|face|"
        r"side)\b|\b(?:whole|entire) (?:arm|leg|hand|foot) (?:has |is )?(?:swollen|swelled"
        r"|swelling|"
        r"puffed)\b"
    ),
    "eye_injury": (
        r"\b(?:scratched|poked|hit|injured|cut|stabbed|jabbed|caught) (?:in )?(?:my|his|her|their) "
        r"eye\b|\beye (?:got|was|has been|is) (?:scratched|poked|hit|injured|cut)\b|\b(?:something|"
        r"grit|metal|a splinter|glass) (?:stuck )?in (?:my|his|her|their) eye\b"
        r"|\b(?:hit|struck|poked|punched|jabbed|whacked) (?:in|on) the eye\b|\b(?:ball|stick|branch"
        r"|finger|fist|elbow|cork|stone|firework)\b[^.!?;]{0,30}\b(?:in|into|to) (?:the|my|his|her)"
        r" eye\b"
        r"|\b(?:something|a bit of \w+|metal|grit|dust|debris|a splinter|a chip|a shard|a piece of "
        r"\w+"
        r"|a fragment|sawdust|a spark|sparks?) (?:flew|went|got|has got|is|blew|flicked|shot|came o"
        r"ff)"
        r" (?:in|into|in to) (?:my|his|her|their|the) eye\b|\b(?:grinding|drilling|welding|hammerin"
        r"g|"
        r"chiselling|chiseling|cutting metal|sanding|strimming|angle grinder)\b[^.!?]{0,40}\beye\b"
        r"|\beye\b[^.!?]{0,40}\b(?:grinding|drilling|welding|hammering|chiselling|angle grinder)\b"
    ),
    "anorexia": r"\bno appetite\b|\bloss of appetite\b|\boff (?:my|his|her) food\b|\bnot hungry\b",
    "drug_rash": (
        r"\b(?:rash|hives|itchy spots|red spots|welts)\b[^.!?;]{0,40}\b(?:after|since) (?:starting|"
        r"taking|i started|he started|she started|the new|my new)\b|\b(?:rash|hives)\b[^.!?;]{0,40}"
        r"\b(?:amoxicillin|penicillin|antibiotics?|new (?:tablets?|medication|pills|meds))\b"
    ),
    "overheating": (
        r"\b(?:very|really|so|extremely|burning) hot\b|\boverheating\b|\bhyperthermi\w+\b|\bhot to "
        r"(?:the )?touch\b"
    ),
    "dying_feel": (
        r"\b(?:feel|feels|feeling) like (?:i am|he is|she is|i was|i will|i am going to) (?:dying"
        r"|going to die|die)\b|\bthink i am dying\b"
        r"|\b(?:feel|feels|feeling) (?:like|as if|as though) (?:i am|i am going to|he is|she is|i w"
        r"ill|"
        r"i might) (?:dying|die|going to die|not make it)\b|\b(?:i am|i think i am|he is|she is) "
        r"(?:going to die|dying)\b(?! (?:to|for|of))"
    ),
    # A painful red eye with light sensitivity or in a contact lens wearer (keratitis, iritis).
    "painful_eye": (
        r"\beyes? (?:is |are |has been |feels |have been )?(?:\w+ ){0,3}?(?:painful|sore|hurting|"
        r"hurts|aching|throbbing|agony)\b|\b(?:painful|sore|aching|throbbing) (?:red |bloodshot )?e"
        r"yes?"
        r"\b|\beye pain\b"
        r"|\b(?:red|swollen|itchy|watery|puffy),? (?:and )?(?:painful|sore)(?:,? (?:and )?(?:red"
        r"|swollen|itchy|watery|puffy))* eyes?\b|\b(?:painful|sore),? (?:and )?(?:red|swollen|itchy"
        r"|watery|puffy)(?:,? (?:and )?(?:red|swollen|itchy|watery|puffy))* eyes?\b"
    ),
    "red_eye": (r"\beyes? (?:is |are |has gone |went |looks )?(?:\w+ )?(?:red|bloodshot)\b"),
    "contact_lens": (
        r"\bcontact lens(?:es)?\b|\bcontacts in\b|\bwear(?:ing)? contacts\b"
        r"|\b(?:slept|sleeping|sleep|fell asleep) (?:in|with) (?:my |his |her )?contacts\b"
    ),
    "light_hurts": (
        r"\blight (?:really )?(?:hurts|is hurting|bothers|is painful)\b|\bsensitive to (?:the )?lig"
        r"ht\b"
        r"|\bphotophobi\w*\b|\b(?:cannot|can not) (?:stand|bear|look at) (?:the )?light\b"
    ),
    # Cola-coloured urine (muscle breakdown, liver trouble).
    "dark_urine": (
        r"\b(?:pee|peeing|wee|weeing|urine|piss|pissing)\b(?: (?:is|has been|has gone|looks|went"
        r"|turned|was|and (?:it is|its)|coming out))* (?:really |very |almost |nearly )?"
        r"(?:(?:dark )?(?:red-?)?brown|cola|coca[- ]cola|black|(?:tea|coke|cola)[- ]colou?red"
        r"|like (?:cola|coke|tea|black tea|strong tea|coffee|coca[- ]cola))\b"
        r"|\b(?:tea|coke|cola)[- ]colou?red (?:pee|wee|urine)\b"
    ),
}
