"""Self-harm situations the tables in ``self_harm_signs`` and ``self_harm_acts`` did not word,
appended to them there (those files had passed 600 lines): acts that are emergencies alone (both
wrists cut, a ligature round the neck or tied off, fumes breathed now, a firearm in the lap, a
blade with the bath), overdoses told by how they were taken, and means at hand (a firearm out,
pills ready or gone from the cupboard, a height, a platform). The families in plainer words are
in ``self_harm_plain``.

Read on normalised text: contractions are spelled out ("i am", "will not", "it has done" for
"its done"), chat spellings partly ("right now" for "rn")."""

from __future__ import annotations

from weighin.safety.triage.lexicon.common import MEDICINE

_WHO = r"(?:my|his|her|their)"
_GUN = r"(?:gun|shotgun|pistol|rifle|revolver|handgun|firearm)"
_BLADE = r"(?:blades?|razors?|razor blades|knife|knives|stanley knife|scalpel)"
# A rope in everyday use: a compound ("a rope swing", "a rope burn") or a purpose for a thing
# ("tied a rope to the beam to hang a punching bag", "bought a rope for the tree swing").
ROPE_USE = (
    r"(?! ?(?:swing|burns?|ladder|bridge|course|climb\w*|lights?|toy|access|skipping|tow\w*)\b)"
    r"(?![^.!?]{0,60}\b(?:to (?:hang|hold|tie|secure|pull|tow|lift|hoist|drag|support|moor|string)"
    r" (?!(?:myself|himself|herself|themselves|me|him|her)\b)(?:a|an|the|up|my|our|his|their|some"
    r"|them)\b|for (?:a |the |my |our |his |her |their )?(?:[\w']+ ){0,2}?(?:swing|hammock|punching"
    r" bag|boat|tent|climbing|washing|clothes|dog|horse|camping|garden|towing|game|gym|sports day"
    r"|class|trailer|roof rack)\b|tug of war|hammock|punching bag|climbing (?:class|wall|frame)"
    r"|skipping|washing line|clothes ?line)\b)"
)

_LIGATURE = (
    r"(?:rope|cord|belt|cable|ligature|noose|something|it|(?:school |dressing gown )?(?:tie|belt"
    r"|cord)|charger cable|shoelaces?)"
)
# ... told as a mishap: "on the broken glass", "by accident", "clearing the garden"
_NOT_MISHAP = (
    r"(?! (?:on|open on|against|while|when|doing|clearing|at work)\b)"
    r"(?![^.!?]{0,60}\b(?:by accident|accidentally|slipped|fell|tripped|broken glass|washing up"
    r"|bramble|carpal tunnel|surgery|operation)\b)"
)
# A drawer, a cupboard, a box: where a supply is kept ("everything in the cupboard").
_STORE = r"(?:cupboard|cabinet|drawer|medicine box|pill box|first aid box|bathroom cabinet)"

# --------------------------------------------------------------------------------------------
# Acts: an emergency on their own (read through the same checks: past, negated, a joke ...).
# --------------------------------------------------------------------------------------------
STRONG_MORE = (
    # both wrists cut, or a wrist slit, whatever did it: "slashed both wrists with a stanley
    # knife", "slit my wrist with the razor" (not "cut my wrist on a tin lid")
    # (a blade's cut, not a fall or a slip on glass, nor a surgeon's: "they cut both my wrists")
    r"|(?<!they )(?<!surgeon )\b(?:slit|slashed|sliced|cut|opened)(?: open)? (?:both (?:of )?(?:"
    + _WHO
    + r" )?|"
    + _WHO
    + r" (?:both|two) )wrists\b"
    + _NOT_MISHAP
    + r"|\b(?:slit|slashed|sliced) "
    + _WHO
    + r" wrists?\b"
    + _NOT_MISHAP
    + r"|\bboth wrists\b[^.!?]{0,30}\b(?:in the bath|bleeding|bloody|cut|everywhere)\b"
    r"|\bwrists? (?:all |are |is )?(?:bloody|covered in blood|pouring)\b"
    # a ligature put round one's own neck, or tied off at a height: "tied her school tie round
    # her neck", "the cable is tied off at the top of the stairs", "tied it to the banister"
    # (not a baby's cord at birth: umbilical, nuchal, born)
    r"|\b(?:tied|tie|tying|put|wrapped|had|pulled)\b (?:a |the |his |her |my )?(?:\w+ )?"
    + _LIGATURE
    + r" (?:tight )?(?:round|around) "
    + _WHO
    + r" (?:own )?neck\b"
    r"(?![^.!?]{0,60}\b(?:umbilical|born|birth|delivery|nuchal|scarf|cold)\b)"
    r"|\b(?:tied|tied off|hooked|looped|fixed)\b (?!(?:the|a|my|our) (?:hammock|swing|punching"
    r"|bag|plants?|lights?|bunting|decorations?|balloons?|banner|bike|pulley|hoist|tarp|gate)\b)"
    r"(?:it |the \w+ |a \w+ )?(?:off )?(?:to|on|round"
    r"|around|over|at) (?:the )?(?:banister|bannister|beam|loft hatch|top of the stairs|rafters?"
    r"|curtain rail)\b"
    + ROPE_USE
    + r"|\b(?:cord|rope|belt|cable|noose)(?:'s| is)? (?:tied )?(?:round|around|to|off at"
    r"|on) (?:the )?"
    r"(?:banister|bannister|beam|loft hatch|top of the stairs|rafters?)\b"
    + ROPE_USE
    + r"|\bchecked the (?:beam|banister|rail|hook) (?:holds|will hold|is strong)\b"
    # fumes being breathed now: "car's running in the garage", "pipe taped to the exhaust",
    # "the hose is already attached", "a hose going into the back window"
    r"|\b(?:car|cars|engine|van)(?:'s| is)? (?:still )?(?:running|on|going) in the (?:closed "
    r"|shut )?"
    r"garage\b"
    r"|\b(?:sitting|sat|sitting here) in the car in the garage with the engine\b"
    r"|\b(?:pipe|hose|hosepipe|tube|tubing)\b[^.!?]{0,15}\b(?:taped|attached|connected|fixed"
    r"|running) (?:to|from|into) the exhaust\b"
    r"|\b(?:the )?(?:hose|hosepipe|pipe) (?:is |has been )?(?:already )?(?:attached|set up"
    r"|in place)"
    r"(?! to the (?:tap|sink|garden|outside|washing))\b"
    r"|\b(?:hose|hosepipe|pipe|tube) going into the (?:back )?(?:window|car)\b"
    r"|\b(?:lighting|lit|lighting up) the (?:disposable )?(?:barbecue|bbq|charcoal)\b[^.!?]{0,40}"
    r"\b(?:window|door|room|vents?)s? (?:taped|sealed)\b"
    r"|\b(?:turned|put|left) the gas on\b[^.!?]{0,40}\b(?:left alone|to die|wants? to go|goodbye"
    r"|do not come)\b"
    # a firearm held now: "the gun is in my lap", "holding my dad's shotgun. it's loaded"
    r"|\b" + _GUN + r"(?:'s| is)? (?:\w+ )?(?:in|on) (?:my|his|her) lap\b"
    r"|\b" + _GUN + r" (?:in|on) (?:my|his|her) lap\b"
    r"|\b(?:holding|cleaned|loaded)\b[^.!?]{0,25}\b"
    + _GUN
    + r"\b[^.!?]{0,5}[.!?,]? (?:it is|it has"
    r" been|and it is) loaded\b"
    r"|\bloaded (?:it|the " + _GUN + r"|" + _WHO + r" " + _GUN + r")\b[^.!?]{0,30}\b(?:sat|sitting"
    r"|on the table|in my lap)\b"
    # a blade used now, deeper and deeper: "pressing the blade in harder, want it to hit the
    # vein", "holding the knife now and i can't stop myself"
    r"|\b(?:pressing|pushing|dragging)\b (?:the |a )?" + _BLADE + r" (?:in )?(?:harder|deeper)\b"
    r"|\bholding the " + _BLADE + r" (?:now )?and i (?:cannot|can not) stop myself\b"
    r"|\bwant it to hit (?:the|a) (?:vein|artery)\b"
    # already cut, in the bath: "in the bath with a razor, already made the first cut"
    r"|\b(?:made|done) the first cut\b|\balready (?:done|made) (?:one|a|the first) cut\b"
    r"|\bcut (?:too |so |really )?deep (?:tonight |this time )?on purpose\b"
    # into the water now: "jumped off the pier on purpose", "standing in the sea, water up to my
    # chest and i keep walking out", "jumped in the river but swam back out and want to go back"
    r"|\bjumped (?:off|into|in) the (?:pier|river|sea|bridge|canal|harbour)\b[^.!?]{0,25}\bon"
    r" purpose\b"
    r"|\bjumped (?:in|into) the (?:river|sea|canal)\b[^!?]{0,80}\b(?:want|going) to go back in\b"
    r"|\bstanding in the sea\b[^.!?]{0,60}\bkeep walking\b"
    # a device pulled or a treatment stopped, to die: "pulled my dialysis line out on purpose and
    # i am going to let it bleed", "stopped my anti rejection meds on purpose, i want the kidney to
    # fail and me with it"
    r"|\bpulled " + _WHO + r" (?:\w+ )?(?:catheter|line|fistula needle|drip)\b[^.!?]{0,20}\bout"
    r" on purpose\b"
    # (the wish said after it is today's, whenever the stopping began: "... 2 weeks ago on
    # purpose, i want the kidney to fail")
    r"|(?:(?<=on purpose, )|(?<=on purpose ))(?:i|he|she) (?:want|wants) (?:to go|to die|it to end"
    r"|the \w+ to fail)\b"
    r"|\bstopped all " + _WHO + r" (?:\w+ )?(?:tablets|meds|medication|pills)\b[^.!?]{0,40}\bon"
    r" purpose\b[^.!?]{0,30}\b(?:wants?|wanted) to go\b"
    # pain patches all at once: "put all my late wife's pain patches on me at once"
    r"|\b(?:put|stuck) (?:all|every one of) (?:\w+ ){0,4}patches on (?:me|him|her|myself) at once\b"
    # a means, and its use named for tonight: "there's a rope in my room. going to use it tonight"
    # (not a knife for the pumpkins, a razor for the legs, a rope for the crag)
    r"|\b(?:knife|rope|gun|blade|blades|razor|pills|tablets|cord|belt)\b(?:(?!\b(?:for|because"
    r"|since|since)\b)[^!?]){0,40}?\b(?:going to|gonna|will) use (?:it|them) (?:tonight|now"
    r"|today)\b(?! (?:for|at|on|to|in|with)\b)(?![^\n]*\b(?:shav\w*|legs|crag|range|shoot)\b)"
    # a blade with the bath, the bath being where it is done: "sat in the bath with a razor",
    # "the bath is running and i have the big knife" (not shaving or waxing in it)
    r"|\b(?:in the bath|bath (?:is )?running|ran the bath|run the bath"
    r"|filled the bath)\b[^\n]{0,60}"
    r"\b(?:blades?|razors?|knife)\b(?![^\n]*\b(?:shav\w*|legs|beard|bikini|wax\w*)\b)"
    r"|\b(?:blades?|razors?|knife)\b(?:(?!\b(?:shav\w*|legs|beard|bikini|wax\w*)\b)[^\n]){0,60}"
    r"\b(?:in the bath|bath (?:is )?running|ran the bath"
    r"|run the bath|filled the bath)\b(?![^\n]*\b(?:shav\w*|legs|beard|bikini|wax\w*)\b)"
    # self-inflicted cuts told by how they were made: "cut so deep tonight i can see fat",
    # "carved into my arm", "cut with a ring pull", "the cuts on my wrist ... did it on purpose"
    r"|\bcut (?:too|so) deep (?:tonight|this time|on purpose)\b|\bi cut (?:too|so) deep\b"
    r"|\bcarved into (?:my|his|her) (?:fore)?(?:arm|thigh|skin|wrist|leg|stomach)\b"
    r"|\bi cut with (?:a|the)\b|\bdid it with the (?:kitchen )?(?:knife|blade|razor) till\b"
    r"|\bcuts? on (?:my|his|her) (?:left |right )?(?:fore)?(?:arms?|wrists?|thighs?|legs?)\b"
    # (the wound open now: small shallow cuts made last night are self-injury, urgent)
    r"(?=[^!?]{0,80}\b(?:gaping|deep enough|yellow\w*|fat|white))"
    r"[^!?]{0,120}\bdid (?:it|them) (?:an hour ago|on purpose|tonight)\b"
    r"|\bcut my (?:thigh|thighs|wrist|wrists) (?:tonight|again)\b[^!?]{0,40}\b(?:gaping|fat|yellow"
    r"|white)\b"
    # a lethal amount asked, then said to be taken already: "how long for 40 of them to kick in.
    # already took them", "what happens if you take 40? asking because i did"
    r"|\bhow (?:many|much|long)\b[^!]{0,140}[.?]+\s*(?:asking (?:because|for me)\W*)?(?:i )?"
    r"(?:already|just) (?:took|taken|swallowed|did it|have taken|did)\b"
    r"|\basking because (?:i|he|she) (?:already |just )?(?:did|took them|have)\b(?! (?:a|the|my)\b)"
    # found with the empties after a row: "found him with his dad's empty pill bottle after an
    # argument"
    r"|\bempty (?:pill |tablet )?(?:bottles?|packets?|boxes)\b[^.!?]{0,30}\bafter (?:a|an|the)"
    r" (?:argument|row|fight)\b"
    # someone else's sleeping pills taken over a blow: "took her mum's pills after being bullied"
    r"|\b(?:took|swallowed)\b (?:(?:her|his|my) )?(?:mum|mom|dad|nan|gran|mums|moms|dads|nans)"
    r"(?:'s)? (?:sleeping )?(?:pills|tablets)\b(?=[^.!?]{0,30}\b(?:after|because|coz|cos)\b)"
    # (not a couple taken for a headache: "only 2, for his headache", "maybe 2 or 3 of them")
    r"(?![^\n]*\b(?:only|just|maybe) (?:1|2|3|one|two|three|a couple)\b)"
    r"(?![^\n]*\bfor (?:his|her|my|a) (?:headache|pain|back|migraine)\b)"
)

# --------------------------------------------------------------------------------------------
# Overdoses taken (read with the overdose guards: a reason, as prescribed, a young child).
# --------------------------------------------------------------------------------------------
OVERDOSE_MORE = (
    # swallowed already, told with a count, "all" or how it feels: "i already swallowed them.
    # about 20", "already took them. getting sleepy", "i took the pills. i want to take it back"
    r"|\b(?:already|just) (?:took|swallowed|taken|have taken|had|downed) (?:them|all of them"
    r"|them all|all)\b(?=[^!?]{0,60}\b(?:all of them|every|(?:[1-9]\d|1\d\d)\b|sleepy|floaty"
    r"|sick|ringing|dizzy|spinning|sorry|do not tell|hour ago|minutes? ago|min ago|kick in|will it"
    r"|does it|how long|regret|changed my mind|done|gone))"
    r"|\bi took the (?:pills|tablets)\b[^.!?]{0,5}[.!?]+\s*i want to take it back\b"
    # everything, all of someone's, the rest: "took all of nan's tablets", "swallowed the rest of
    # her lithium", "taken everything in the cupboard", "have taken them all"
    r"|\b(?:took|taken|swallowed|downed|necked)\b (?:all|the rest|most|half) (?:of )?(?:\w+'s?"
    r" |my |his |her |the )(?:\w+ ){0,2}?" + MEDICINE + r"\b"
    r"|\b(?:took|taken|swallowed|tipped)\b (?:everything|all|every \w+) (?:in|from) the "
    + _STORE
    + r"\b"
    r"|\b(?:have|has|had) taken (?:them all|all of them|everything|it all)\b"
    r"|\bi (?:have )?taken everything\b|\btaken (?:everything|all of it)\b"
    r"|\b(?:took|taken|swallowed)\b (?:every|all the) (?:pill|pills|tablet|tablets) (?:in|from)"
    r" (?:the|my) (?:house|" + _STORE + r")\b"
    r"|\bswallowed (?:them|the lot|it all)\b[^.!?]{0,20}\b(?:no idea|do not know) what they were\b"
    r"|\b(?:emptied|tipped) every (?:blister pack|pill|tablet|packet)\b"
    # a whole box, a whole packet: "whole box of benadryl just now", "the whole packet of
    # sertraline", "swallowed half the box"
    r"|\b(?:whole|entire|full) (?:box|packet|pack|bottle|tub|strip|prescription) of (?:\w+ )?"
    + MEDICINE
    + r"\b[^.!?]{0,20}\b(?:just now|plus|and|with|hour ago|wanted it over)\b"
    r"|\b(?:whole|entire) (?:box|packet|pack|bottle|tub) of (?:\w+ ){0,2}?(?:benadryl|sertraline"
    r"|paracetamol|ibuprofen|amitriptyline|co-codamol|codeine|tramadol|diazepam|zopiclone"
    r"|citalopram|fluoxetine|quetiapine|propranolol|lithium)\b"
    r"|\bswallowed (?:half|most|the rest of) the (?:box|packet|pack|bottle|tub)\b"
    r"|\bswallowed (?:her|his|their) whole prescription\b"
    # taken on purpose, or "too many" on purpose: "overdone it on purpose with the tramadol",
    # "did the thing with the pills again"
    r"|\boverd(?:id|one|o) it on purpose\b|\bdid the thing with the (?:pills|tablets)\b"
    r"|\b(?:took|swallowed|taken)\b[^.!?]{0,40}\bon purpose\b"
    # many taken, told with a count: "i take many tablets of my antidepressant, maybe 25",
    # "took my partner's amitriptyline, maybe 25 of them"
    r"|\b(?:take|took|taken|swallowed)\b (?:many|lots of|loads of|\w+'s?|all my|my) (?:\w+ ){0,3}?"
    + MEDICINE
    + r"\b[^.!?]{0,30}\b(?:maybe|about|like|around|over|nearly) (?:[2-9]\d|1\d\d)\b"
    r"|\b(?:took|swallowed|taken)\b (?:my |all my |many )?(?:\w+'s )?\w+(?: \w+)?,? (?:maybe|about"
    r"|like"
    r"|around|over|nearly) (?:[2-9]\d|1\d\d) (?:of them|tablets|pills)\b"
    r"|\bstarted on the (?:tablets|pills)\b|\btaking them one by one\b"
    r"|\b(?:took|swallowed)\b (?:some of )?my \w+ at \d+ to make it stop\b"
    r"|\btook the first lot of (?:tablets|pills)\b"
)

# --------------------------------------------------------------------------------------------
# Means at hand, widened.
# --------------------------------------------------------------------------------------------
MEANS_MORE = (
    # a firearm out, at hand, bought or borrowed: "got the shotgun out of the cabinet", "bought a
    # handgun last week", "my cousin has a pistol, going to borrow it"
    r"|\b(?:got|took|taken|get) (?:my |his |her |the |\w+'s )?(?:\w+'s )?" + _GUN + r" out\b"
    r"|\b(?:bought|borrow|borrowing|borrowed) (?:a |the |his |her )?" + _GUN + r"\b"
    r"|\b(?:a |the )?" + _GUN + r" (?:is )?(?:on the (?:kitchen )?table|next to (?:me|him|her)"
    r"|in (?:his|her) car|to the truck)\b"
    r"|\b(?:gun|shotgun|pistol|rifle)\b[^.!?]{0,12}\b(?:loaded|out)\b"
    r"|\b(?:holding|cleaning|cleaned|showed me)\b (?:\w+ ){0,2}" + _GUN + r"\b"
    r"|\b(?:have|has) (?:dad's|his|my|a) " + _GUN + r" in (?:his|my|her) lap\b"
    # a blade with the bath: "the bath is running and I have the knife", "in the bath with a razor"
    r"|\b(?:in the bath|bath (?:is )?running|ran the bath|run the bath|filled the bath)\b"
    r"[^\n]{0,60}\b" + _BLADE + r"\b"
    r"|\b"
    + _BLADE
    + r"\b(?:(?!\b(?:shav\w*|legs|beard|bikini|wax\w*)\b)[^\n]){0,60}\b(?:in the bath"
    r"|bath (?:is )?running|ran the bath|filled the"
    r" bath)\b|\b(?:have|got) the (?:blade|razor|knife)\b"
    r"|\b(?:knife|blade|razor|rope)\b (?:is )?(?:in my room|next to me|right next to me)\b"
    r"|\b(?:a|the) (?:knife|rope|blade) in (?:my|the) (?:room|closet|wardrobe|garage)\b"
    # fumes readied: "charcoal and tape", "the bag and the helium", "hosepipe in the boot",
    # "bought the tubing"
    r"|\b(?:charcoal|plastic bag|bag) and (?:the )?(?:tape|helium)\b"
    r"|\b(?:hose|hosepipe|tubing)\b[^.!?]{0,20}\b(?:in (?:my|his|her|the) boot|is gone|from the"
    r" garage)\b|\bbought the tubing\b|\bcar(?:'s)? (?:is )?(?:running|in the garage)\b"
    # a ligature kept ready: "rope is already in my wardrobe", "there's a rope in my room"
    r"|\b(?:rope|noose|cord)\b (?:is |are )?(?:already )?in (?:my|the) (?:\w+ )?(?:wardrobe"
    r"|closet|backpack|bag|garage|room|loft|shed)\b"
    r"|\b(?:rope|cord)\b from the (?:boat|garage|shed)\b|\bset up in the loft\b"
    # pills kept ready: "the pills are in my coat pocket", "in a jam jar by the bed", "spread out
    # on the bed", "counted out on the desk", "lined up on the desk", "in my hoodie pocket"
    r"|\b(?:pills|tablets|pens|them)\b (?:are |all )?(?:\w+ )?(?:in (?:my|his"
    r"|her) (?:\w+ )?(?:pocket"
    r"|hand|school bag|sock drawer|drawer|bag)|lined up|counted out|spread out|in a jam jar"
    r"|on the (?:table|desk|bed|sink)|together in a bag)\b"
    r"|\blined up on the (?:desk|table|bed|side)\b|\b(?:i have|i have got|got) them lined up\b"
    r"|\b(?:pills|tablets) (?:hidden|saved)\b|\b(?:have|has) (?:the )?pills hidden\b"
    r"|\b(?:all|every box of) (?:\w+ ){0,3}(?:pills|tablets|pens) are (?:all )?(?:missing|gone)\b"
    r"|\b(?:pills|tablets|fluoxetine|antidepressants|pens|needles)\b[^.!?]{0,20}\b(?:are|is) (?:all"
    r" )?(?:missing|gone) from the\b|\bso are (?:her|his) (?:\w+ )?(?:pills|tablets)\b"
    r"|\bbottle of pills\b|\ba pile of pills\b|\bposted pills\b|\bthe pills are on\b"
    r"|\b(?:i have|have|got) (?:the |all the |my )?(?:\w+'s )?(?:pills|tablets) (?:here"
    r"|right here)\b"
    r"|\b(?:i have|i have got) (?:about |maybe )?(?:[2-9]\d|1\d\d)(?: \w+)? (?:here|hidden)\b"
    r"|\b(?:i have|i have got|got) them (?:here|right here)\b"
    r"|\bi have (?:plenty|enough|3 full pens|[2-9] full pens)\b"
    r"|\b(?:bought|laid out|drawn up)\b[^.!?]{0,10}\b(?:everything|what i need|it|the stuff)\b"
    r"|\b(?:everything|what) i need\b[^.!?]{0,20}\b(?:is|are) (?:in|on|here|ready|lined up)\b"
    r"|\bi have (?:brought|bought|got) (?:everything|all) i need\b|\bhave everything ready\b"
    r"|\bboxes of (?:\w+ )?(?:painkillers|paracetamol|ibuprofen|pills)\b[^.!?]{0,40}\bdifferent"
    r" (?:shops|places|chemists|pharmacies)\b"
    r"|\b(?:every|each) (?:pharmacy|chemist|shop|store)\b[^.!?]{0,40}\b(?:pack|packs|box|boxes)\b"
    r"|\b(?:three|3|different) (?:different )?chemists\b"
    r"|\bmax(?:imum)? packs? of (?:painkillers|paracetamol)\b"
    # a height, a line, the water, stood at: "on the roof of my building", "on the overpass,
    # cars below", "sat on the window ledge", "standing at the end of platform 4"
    r"|(?:^|[.!?]\s*|\b(?:i am|i'm|he is|she is|texting|typing|writing) )(?:up )?(?:on|from|at) the"
    r" (?:top (?:floor|level) of the |roof of (?:my|the|our) (?:building|flat|block)|edge of the"
    r" )?(?:roof|rooftop|multi ?storey|multistorey|overpass|motorway bridge|pier|viaduct|bridge"
    r"|platform|train tracks|tracks|cliffs?|crag|ledge|balcony)\b"
    r"|\b(?:on|from) the (?:roof|top) of (?:my|the|our) (?:building|flat|block|multi ?storey)\b"
    r"|\b(?:sat|sitting|standing|stood) on the (?:window )?ledge\b|\bon (?:my|the) balcony\b"
    r"[^.!?]{0,30}\b(?:\d+(?:th|st|nd|rd)? floor|floor \d+|\d+ floor)\b"
    # (not a trainspotter's platform, nor a model railway's track)
    r"|\b(?:end|edge) of platform \d+\b(?![^\n]*\b(?:trainspott\w*|spotting)\b)"
    r"|\bnext (?:fast )?(?:train|one) (?:is |comes )?(?:in|at) \d"
    r"|\b(?:on|to|at|by) the (?:train|railway) (?:tracks|line)\b(?![^\n]*\bmodel\b)"
    r"|\bthe train goes past at\b"
    r"|\btop of the (?:multi ?storey|multistorey|cliff|quarry|car park)\b"
    r"|\b(?:walked|drove|driving) (?:down |up )?to the (?:pier|crag|cliffs?|viaduct|canal|river)\b"
    r"|\b(?:stood|standing|sat|sitting) on the (?:motorway )?bridge\b|\bfrom the bridge\b"
    r"|\bon the bridge by\b|\bestoy en el puente\b|\bparked up at the\b"
    r"|\bgoing to the (?:cliffs?|river|canal|train tracks|tracks|bridge)\b"
    r"|\b(?:location|phone) (?:is |shows )?(?:at )?the (?:cliffs?|viaduct|bridge)\b"
    r"|\bshared location is at the\b|\bhis location shows\b"
    # poison or drink at hand: "bleach under the sink ... staring at it", "insecticide"
    r"|\bbleach under the sink\b|\bbought sniper\b|\b(?:insecticide|rat poison|weedkiller) (?:at"
    r"|in)"
    r" (?:hand|my bag)\b|\bbottle of (?:vodka|whiskey|whisky) and all (?:my|his|her) \w+ tablets\b"
    r"|\b(?:potassium|insulin)\b[^.!?]{0,30}\bdrawn up\b|\bdrawn up what i need\b"
    r"|\bmorphine\b[^.!?]{0,40}\b(?:poured|in front of me|left)\b"
)

# An attempt stopped at the last moment, today: "almost stepped in front of the train this
# morning", "nearly jumped off the bridge tonight", "nearly did it last night, the pills are
# still on the side" (not "nearly jumped out of my skin", "almost jumped the queue", "almost ended
# it with him"; past ones are dated by the reader).
_NOT_A_MISHAP = (
    r"(?![^.!?]{0,60}\b(?:slipped|slipping|tripped|tripping|phone|not looking|distracted"
    r"|by accident|accident\w*|brakes?|skidded|ice|icy|fright|scare|scared me|headphones|footing"
    r"|balance|fishing|cycling|bike|drunk|dark|fog|wet|mud|muddy|dog|dozed|fell asleep)\b)"
)
# (a near miss days ago is urgent, today's an emergency: "nearly swerved into a lorry yesterday")
_NOT_DAYS_AGO = (
    r"(?![^.!?]{0,40}\b(?:yesterday|last week|days ago|weeks ago|last month|years? ago)\b)"
)
_NEARLY = r"\b(?:nearly|almost|so nearly|very nearly|came close to|came so close to|was about to)\b"
STRONG_MORE += (
    r"|" + _NEARLY + r" (?:\w+ )?(?:jumped|jumping|jump|stepped|stepping|step|went|going|go|threw"
    r" myself|throwing myself|walked|walking|drove|driving|drive|steered|swerved) (?:off|in front"
    r" of|under|into|onto|over|out in front of) (?:a |the |my |this |that )?(?:\w+ )?(?:bridge"
    r"|train|tracks|bus|car|lorry|truck|traffic|building|roof|cliff|balcony|ledge|river|platform"
    r"|motorway|multi[- ]?storey|car park|canal|sea|edge)\b"
    + _NOT_A_MISHAP
    + _NOT_DAYS_AGO
    + r"|"
    + _NEARLY
    + r" (?:\w+ )?(?:did it|done it|doing it|went through with it|going through with"
    r" it|killed myself|killing myself|ended it all|ended my life|ending my life|took them all"
    r"|taken them all|swallowed them all|took the lot|taken the lot|let go)\b(?! (?:of|with)\b)"
    # (the means named after it: "nearly did it last night. the pills are still on the side")
    r"(?=[^\n]{0,120}\b(?:pills|tablets|meds|rope|noose|blades?|knife|razors?|bridge|train"
    r"|tracks|gun|overdose|belt|cord|ledge|roof)\b)"
)

# Means got "for it", and an overdose told as why none are left: "bought a pistol today for it",
# "got the rope for tonight", "havent got any pills left cos i took them all"
STRONG_MORE += (
    r"|\b(?:bought|got|ordered|borrowed|picked up|collected)\b (?:a |the |some |my |his |her )?"
    r"(?:\w+ )?(?:" + _GUN + r"|rope|noose|" + _BLADE + r"|pills|tablets|charcoal|poison|helium)"
    r"\b(?: today| yesterday| this morning| tonight| earlier)? (?:for it|to do it with|for tonight"
    r"|for when i do it|for the end)\b"
)
OVERDOSE_MORE += (
    r"|\b(?:none|no|not got any|not any|nothing) (?:(?!antibiotics|amoxicillin|penicillin"
    r"|steroids|course)\w+ ){0,2}left\b,? (?:because|cos|coz|cuz|as|since|bc) (?:i|he|she|they)"
    r" (?:have |has |had |just |already )?(?:took|taken|swallowed|downed) (?:them all|all of them"
    r"|the lot|every one|the whole \w+)\b(?![^.!?]{0,40}\b(?:like|as) (?:the |my |his |her )?"
    r"(?:gp|doctor|dr|pharmacist|nurse|label|leaflet|box) (?:said|says|told|prescribed)\b"
    r"|[^.!?]{0,40}\b(?:as prescribed|as directed|the course|finished the course)\b)"
)

# A place reached and turned back from, the pull still there: "got as far as the water being up
# to my knees at the river and turned round ... i still want to go back" (not a walk cut short by
# the weather: the turning back needs the wish, the fear or the shaking after it)
_PLACE = (
    r"(?:river|water|bridge|edge|tracks|platform|roof|cliff|ledge|sea|railings?|motorway|canal"
    r"|quarry|viaduct|pier)"
)
STRONG_MORE += (
    r"|\b(?:got as far as|made it to|stood at|stood on|walked into|waded into|climbed over"
    r"|climbed onto)\b(?![^\n]{0,120}\b(?:with the kids|swim\w*|paddl\w*|surf\w*|current|tide"
    r"|fishing|dog|hike|hiking|fog|weather|holiday)\b)[^.!?]{0,50}\b"
    + _PLACE
    + r"\b[^\n]{0,80}?\b(?:still"
    r" want to (?:go back|do it|jump|end it|die)|could not (?:do it|go through with it)|stopped"
    r" myself(?! from)|pulled (?:myself )?back|turned"
    r" (?:round|around|back)\b[^\n]{0,60}\b(?:still want|want to go back|shaking|crying|scared of"
    r" myself|next time))\b"
)

# Up high and saying it: "my husband is on the roof and says he wants to jump"; stones in the
# pockets before the water: "going into the sea tonight, filled my pockets with stones"
_HIGH = r"(?:roof|ledge|balcony|bridge|cliff|window ?sill|top floor|car park roof|multi ?storey)"
STRONG_MORE += (
    r"|\b(?:on|at|up on|onto|out on) (?:the |a |his |her |my )?(?:\w+ )?"
    + _HIGH
    + r"\b[^.!?]{0,60}"
    r"\b(?:wants?|wanting|going|gonna|about|threatening|says (?:he|she|they|i) (?:wants?|will|is"
    r" going)) (?:to )?jump\b(?! (?:in|into the (?:pool|sea|lake|water)|for joy|the queue))"
    r"|\b(?:river|sea|lake|water|canal|reservoir|quarry|pier)\b[^.!?\n]{0,80}\b(?:my|his|her)"
    r" pockets (?:with|full of) (?:stones|rocks|weights|bricks)\b"
    r"|\b(?:my|his|her) pockets (?:with|full of) (?:stones|rocks|weights|bricks)\b(?![^\n]{0,60}"
    r"\b(?:beach|collect\w*|kids|shells)\b)[^\n]{0,80}\b(?:river|sea|lake|water|canal|reservoir"
    r"|quarry|pier)\b"
)
