"""Allergy, poisoning and bleeding: symptom lexicons for :mod:`weighin.safety.triage`.

One regular-expression source per feature, written against normalised text (see
``lexicon/__init__.py``); the engine compiles each once and gives every match a status (active,
negated, past, information-seeking, settled) before the clinical rules read it.
"""

from __future__ import annotations

from weighin.safety.triage.lexicon.common import CANT

_CAR_FLUIDS = (
    r"(?:(?:wind)?screen ?wash(?: fluid)?|washer fluid|windscreen fluid|de-?icer|coolant|"
    r"brake fluid|engine oil|motor oil|carburett?or cleaner|fuel|diesel|methylated spirits?|"
    r"meths|bleach|"
    r"dishwasher (?:salt|rinse aid)|rinse aid|oven cleaner|drain unblocker|descaler|limescale "
    r"remover|fabric softener|disinfectant|dettol|toilet (?:duck|block)|plant food|fertili[sz]er|"
    r"e-?cig (?:liquid|refill)|nail varnish remover|hair dye|perfume|aftershave|hand gel|"
    r"washing (?:up )?liquid|caustic soda|unblocker)"
)
TOXIC_EXTRA = _CAR_FLUIDS

# "no blood" said and done: not "no blood earlier but now it's all red"
_NO_BLOOD_THEN = r"(?!\s*(?:[,.;!?]|$|just|or|at all|in it|either|and))"
# what a scan or a test came upon "by accident" is a finding, not a dose
_NOT_FOUND = "".join(
    f"(?<!{w} )"
    for w in (
        "found",
        "discovered",
        "spotted",
        "noticed",
        "picked up",
        "found out",
        "seen",
        "diagnosed",
    )
)
FEATURES: dict[str, str] = {
    # ---- allergy ------------------------------------------------------------------------------
    "throat_closing": (
        r"\bthroat (?:is |feels |feel |feeling |keeps |started |starting )?(?:like (?:it is )?)?"
        r"(?:closing|closed|closing up|swelling shut|tightening|closing over)\b|\bthroat (?:is "
        r"|feels )?(?:swelling|swelled) (?:up|shut)\b|\b(?:tongue|tounge) (?:is |are |has |have "
        r"|feels |started |starting |keeps |all |a bit |gone |went |getting )*(?:swelling|swollen"
        r"|swelled|puffing|puffed|huge|"
        r"massive|enormous|"
        r"thick|big|getting bigger|fat)\b|\b(?:swelling|swollen|swelled) (?:tongue|throat)\b"
        r"|\bswelling of (?:the|my|his|her|their) (?:tongue|throat)\b|\bairway (?:is )?(?:closing|"
        r"swelling|tight)\b|\bthroat (?:swelling|swollen)\b"
        r"|\b(?:tongue|tounge)\b(?: and (?:my |his |her )?(?:lips?|face|throat))? (?:\w+ )?(?:sudde"
        r"nly |just |now |really |very |so |has |have |all |started )*(?:swelled|swollen|swelling|p"
        r"uffed|blown) ?(?:up)?\b|\blips and tongue (?:\w+ )?(?:swelled|swollen|swelling|puffed)\b"
    ),
    "throat_tight": (
        r"\bthroat (?:is |feels )?(?:tight|swollen|swelling|thick|scratchy and swollen)\b|\bvoice "
        r"(?:is |has gone |sounds |went )?(?:hoarse|croaky|raspy|strange|different|funny|muffled)\b"
        r"|\bhoarse\b|\btight throat\b|\blump in (?:my|his|her) throat\b"
        r"|\bthroat (?:is |feels )?(?:\w+ and )?(?:tight|swollen|closing)\b"
        r"|\bvoice (?:is |has )?(?:going|gone|getting|turning) (?:\w+ )?(?:hoarse|croaky"
        r"|raspy|husky|funny|weird)\b"
    ),
    "face_swell": (
        r"\b(?:lips?|face|eyes?|eyelids?|mouth|cheeks?)\b(?: and (?:half (?:of )?)?(?:my |his |her "
        r"|their )?(?:lips?|face|eyes?|tongue|eyelids?))? (?:is |are |has |have |feels? |started "
        r"|starting |got |"
        r"getting |a bit |really |all |very |so |keep |keeps |both |now |just |slightly |kind of "
        r"|began |begun |beginning |begins |gone |went |become |turned )*"
        r"(?:swelling|swollen|swelled|puffing|puffed|puffy|blowing up|ballooning|blown up"
        r"|swell(?:ing)?"
        r" up)\b|\b(?:swollen|puffy|swelling|swelled) (?:up )?(?:lips?|face|eyes?|eyelids?|mouth)\b"
        r"|\blips? (?:swollen|swolen)\b|\bswelling (?:in|of|on|around) (?:my|his|her|their|the) "
        r"(?:lips?|face|eyes?|mouth)\b"
        r"|\b(?:lips?|face|eyes?|eyelids?|mouth|cheeks?) (?:is |are |went |has gone |looks? )?(?:al"
        r"l )?(?:\w+ and )(?:puffy|swollen|swelling|puffing up|puffed up)\b"
    ),
    "hives": (
        r"\bhives\b|\bwelts\b|\burticaria\b|\b(?:itchy|itching|rash|hives|blotches|bumps|red "
        r"spots|welts) (?:all over|everywhere)\b|\b(?:whole|entire) body (?:is |feels )?(?:itchy|"
        r"itching|covered|red|blotchy)\b|\bcovered in (?:hives|a rash|spots|welts|red blotches|"
        r"bumps|red bumps)\b|\bbroke out in\b|\bitchy all over\b"
    ),
    "allergen": (
        r"\b(?:stung|sting|stings|bee|bees|wasp|wasps|hornet|peanuts?|peanut butter|nuts?|cashews?|"
        r"almonds?|tree nuts?|shellfish|shrimp|prawns?|crab|lobster|sesame|kiwi|penicillin|"
        r"amoxicillin|amoxycillin|antibiotics?|new (?:medication|medicine|drug|pill|tablets?|meds)|"
        r"ibuprofen|aspirin|allerg(?:ic|y|ies)|epipen|anaphyla\w*|contrast dye|latex|insect bite|"
        r"after eating|ate (?:a |some |an )?|eaten|bit into|cookie|cake|biscuit|sulfa|"
        r"cephalosporin|vaccine|jab|injection)\b"
        # hair dye (PPD): "had my hair coloured at the salon", "box dye", black henna
        r"|\b(?:hair (?:dye|dyed|colour|color|coloured|colored|colouring|coloring)|box dye|black "
        r"henna|henna tattoo|ppd)\b|\b(?:dyed|coloured|colored) (?:my|his|her|their) hair\b"
        r"|\bhad (?:my|his|her|their) hair (?:dyed|coloured|colored)\b"
        # a scan's contrast: "had dye for a ct this morning"
        r"|\b(?:dye|contrast)\b[^.!?;]{0,20}\b(?:ct|mri|scan|angiogram|x-?ray)\b"
        r"|\bsesame\b|\bby accident\b(?=[^.!?;]{0,40}\b(?:ate|eaten)\b)|\bstarted (?:on )?(?:a |the"
        r" )?new\b|\bstarting (?:the |a )?(?:new )?(?:tablets?|pills?|antibiotics?|medication|amoxi"
        r"cillin|penicillin)\b"
        r"|\bfirst dose\b|\b\w*(?:cillin|amoxiclav|mycin|floxacin|cef\w+|trimethoprim)\b"
        # a drip just given: "had my iron infusion an hour ago"
        r"|\b(?:iron|antibiotic|chemo|contrast|blood) (?:infusion|drip|transfusion)\b"
        # any medicine taken just before: "took Ampiclox this evening and now ..."
        r"|\b(?:took|taken|given|started|swallowed)\b[^.!?]{0,40}?(?= and now\b)"
    ),
    "anaphylaxis_now": (
        r"\banaphyla\w+\b"
        r"|(?<!learn to )(?<!learn how to )(?<!how to )(?<!to properly )"
        r"\b(?:used|using|use|gave (?:him|her|them)|given (?:him|her|them)|jabbed"
        r" (?:him|her|them) with|had to use) (?:my|his|her|their|the|an|an adrenaline) epipen\b"
        # "gave my son his EpiPen 20 minutes ago": whoever gave it, the adrenaline was needed
        r"|\b(?:gave|given|used|jabbed|injected)(?: (?:my|our|his|her|the) \w+)? (?:his|her"
        r"|their|my|the|an) (?:(?:adrenaline |epi )pen|epipen|auto-?injector|jext|emerade)\b"
        r"(?! (?:prescription|script|refill|back|to (?:hold|carry|keep|take)|trainer|training))"
        r"|\bepipen (?:used|given|did not|was used|has been used)\b|\bwent into (?:anaphyla\w+"
        r"|shock)"
        r"\b|\ballergic (?:shock|reaction)\b"
    ),
    # ---- poisoning ----------------------------------------------------------------------------
    "ingest": (
        r"\b(?:swallow(?:ed|s|ing)?|ate|eaten|eating|drank|drunk|drinking|drink|drinks"
        # not a time taken: "the cut took 10 minutes to stop"
        # (not a medicine stopped: "i stopped taking all my medication")
        r"|(?<!stopped )(?<!stop )(?<!quit )(?<!not )(?<!without )"
        r"(?:took|taken|taking)(?! (?:\d+|a|an|a few|several|two|three|five|ten|fifteen|twenty)"
        r" (?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b)"
        r"(?! (?:ages|forever|so long|a while)\b)"
        r"|chewed|"
        r"chewing|bit into|bitten into|licked|sucked on|got into|ingested|downed|overdosed on|"
        r"necked|consumed|gulped|gave (?:him|her|them|my \w+|his \w+|her \w+))\b"
        # (not how well a child drinks: "playing and drinking fine, eating less. calpol?")
        r"(?! (?:fine|well|ok|okay|normally|plenty|less|better|normal)\b)(?:\W+(?!and\b"
        r"|but\b|for\b|because\b|then\b)[\w']+){0,6}?\W+"
        r"(?P<subst>(?:bleach|drain cleaner|oven cleaner|toilet cleaner|cleaning (?:products?|fluid"
        r"|spray|liquid|stuff)|detergent|(?:laundry|dishwasher|washing|tide|detergent|washing up) "
        r"(?:pods?|tablets?|capsules?|liquid|powder)|(?:laundry|dishwasher|washing) pods?|pods|"
        r"antifreeze|anti-freeze|button batter(?:y|ies)|batter(?:y|ies)|magnets?|rat poison|poison|"
        r"weed ?killer|pesticides?|insecticides?|slug pellets|paraffin|kerosene|lamp oil|petrol|"
        r"gasoline|lighter fluid|white spirit|turps|turpentine|methanol|ammonia|lye|caustic \w+|"
        # (not a medicine named "... acid": mefenamic, tranexamic, folic, valproic)
        r"(?<!mefenamic )(?<!mefanamic )(?<!tranexamic )(?<!folic )(?<!valproic )(?<!fusidic )"
        r"(?<!ascorbic )(?<!salicylic )(?<!hyaluronic )(?<!clavulanic )(?<!ursodeoxycholic )"
        r"(?<!lipoic )(?<!amino )acid|e-?liquid|vape (?:juice|liquid)|(?:the |some |a )?liquid"
        # (not the kitchen's: "some shop mushrooms a day past the date")
        r"|nicotine|(?<!shop )(?<!supermarket )(?<!bought )(?<!button )(?<!chestnut )"
        r"(?<!tinned )(?<!canned )(?<!dried )(?<!cooked )(?<!portobello )(?<!stuffed )mushrooms?"
        r"|berries|iron (?:tablets?|pills?|"
        r"supplements?)|essential oils?|mouthwash|hand sanitis?z?er|nail polish remover|superglue|"
        r"fentanyl|heroin|cocaine|meth|ketamine|mdma|ecstasy|edibles?|weed gummies|pills?|tablets?|"
        r"vodka|whisky|whiskey|gin|rum|tequila|spirits|alcohol|booze|wine|"
        r"medicines?|medications?|meds|capsules?|paracetamol|ibuprofen|aspirin|codeine|tramadol|"
        r"oxycodone|oxy|morphine|xanax|valium|diazepam|benzos?|sleeping (?:pills|tablets)|"
        r"antidepressants?|sertraline|amitriptyline|insulin|(?:heart|blood pressure|bp|diabetes) "
        r"(?:pills?|tablets?|medication|meds)|cough (?:medicine|syrup|mixture)|vitamins?|gummies|"
        r"melatonin|benadryl|antihistamines?|lithium|warfarin|digoxin|methadone|opioids?|"
        r"painkillers?|doses?|coins?|marbles?|a coin|something sharp|a pin|a screw|a nail|glass|"
        r"metformin|statins?|\w+statin|\w+pril|\w+sartan|\w+olol|\w+azepam|\w+azolam|\w+oxetine"
        r"|\w+mycin|\w+cillin|\w+prazole|\w+formin|\w+dipine|\w+codone|\w+triptyline|\w+profen"
        r"|\w+oxacin|\w+cycline|\w+gliptin|\w+gliflozin|\w+thiazide|\w+semide|levothyroxine"
        r"|thyroxine|citalopram|escitalopram|fluoxetine|paroxetine|venlafaxine|mirtazapine"
        r"|propranolol|bisoprolol|atenolol|gabapentin|pregabalin|quetiapine|olanzapine|risperidone"
        r"|aripiprazole|zopiclone|zolpidem|clonazepam|lorazepam|carbamazepine|lamotrigine"
        r"|valproate|levetiracetam|prednisolone|prednisone|steroids?|naproxen|diclofenac"
        r"|co-codamol|cocodamol|hydrocodone|percocet|vicodin|adderall|ritalin|methylphenidate"
        r"|colchicine|allopurinol|clopidogrel|apixaban|rivaroxaban|beta blockers?|hrt"
        r"|contraceptive pills?|the pill|antibiotics?|antipsychotics?|anti-?depressants?"
        r"|blood thinners?|water tablets?|heart medication|epilepsy (?:pills|tablets"
        r"|medication)|methotrexate|\w+trexate|\w+oxin))\b"
        r"|\b(?:got hold of|found|got into|opened|got at|put|popped|stuck"
        r"|was playing with)\b(?:\W+(?!and\b|but\b)[\w']+){0,6}?\W+(?P"
        r"<subst2>pills?|tablets?|medicines?|meds|paracetamol|ibuprofen|bleach|batter(?:y|ies)|dete"
        r"rgent|pods?|capsules?|vitamins?|iron tablets|sleeping pills|antidepressants?|painkillers?"
        r"|methadone|morphine|oxycodone|tramadol|codeine|fentanyl|heroin|opioids?|diazepam|xanax|"
        r"valium|insulin|medication|drugs|cannabis|edibles?|gummies|nicotine|vape|e-?liquid|"
        r"antifreeze|weed ?killer|rat poison|poison|white spirit|petrol|lamp oil"
        r")\b(?=[^.!?;]{0,40}\b(?:drank|ate|swallowed|chewed|eaten|took|licked|sucked|bit|mouth|mos"
        r"t of|some of|half|all of|chewing|drinking|eating|sucking|gone|(?<!nothing is )(?<!nothi"
        r"ng )(?<!none )(?<!not )(?:missing|empty)|unaccounted)"
        r"\b)|\b(?:drank|ate|swallowed|che"
        r"wed) (?:most|half|all|some|a lot) of (?:it|them|the bottle|the packet)\b"
        r"|\b(?:swallow(?:ed|s|ing)?|ate|eaten|drank|drunk|drinking|took|taken|chewed|licked|sucked"
        r" on"
        r"|gulped|swigged|had a (?:sip|swig|mouthful|gulp) of|got into)\b(?:\W+(?!and\b|but\b|for\b"
        r"|because\b|then\b)[\w']+){0,5}?\W+(?P<subst3>" + _CAR_FLUIDS + r")\b"
    ),
    "overdose": (
        r"\boverdos(?:e|ed|ing)\b(?! on (?:caffeine|coffee|sugar|energy drinks?|chocolate|red bull"
        r"|candy|sweets|junk food|carbs|netflix))|\b(?:took|taken|has taken|had"
        # a habit worried about, not a dose taken: "i am worried i take too many"
        r"|(?<!worried i )(?<!afraid i )(?<!scared i )(?<!think i )(?<!if i )take) too (?:much"
        r"|many)\b(?= (?:pills"
        r"|tablets|meds|medicine|medication|painkillers|paracetamol|ibuprofen|sleeping|of|doses|"
        r"insulin|drugs|\w+ pills|\w+ tablets)\b|\s*[.!?,;]|$)|\b(?:way )?"
        r"too (?:much|many) (?:pills|tablets|of (?:his|her|my|the))\b|\balcohol poisoning\b"
        r"|\b(?:has"
        r" been|was|got|been|is|think (?:i|he|she|they) (?:was|were|am|is|are|have been|has been)) "
        r"poisoned\b(?! by (?:the |a |some |that |this |bad |dodgy )?(?:\w+ )?(?:food|pizza|kebab"
        r"|curry|chicken|takeaway|takeout|restaurant|sushi|meal|burger|prawns|seafood|oysters|eggs|"
        r"rice"
        r"|salad|buffet|canteen|mayo|mayonnaise)\b)"
        r"|\b(?:took|taken|had|dropped|swallowed)\b[^.!?;]{0,25}\b(?:pills|tablets|drugs|something|"
        r"molly|mdma|ecstasy|acid|ket|ketamine|pingers)\b[^.!?;]{0,25}\b(?:festival|party|rave"
        r"|club|gig|concert)\b|\b(?:festival|party|rave|club)\b[^.!?;]{0,30}\b(?:took|taken|dropped"
        r"|had)\b[^.!?;]{0,20}\b(?:pills|tablets|drugs|something|molly|mdma|ecstasy)\b"
        # "stuff" as a drug: taken or swallowed, nobody's belongings, nothing "to eat"
        r"|\b(?:took|taken|swallowed|dropped)\b[^.!?;]{0,20}(?<!my )(?<!our )(?<!the )(?<!your )"
        r"\bstuff\b(?! to| for| planned| home| back| from)(?![^.!?]{0,40}\b(?:sweets?|candy|food"
        r"|snacks?|tent|chairs?)\b)[^.!?;]{0,25}\b(?:festival|party|rave|club|gig|concert)\b"
    ),
    "big_quantity": (
        r"\b(?:a lot of|lots of|loads of|a load of|load of|heaps of|a ton of|tons of|handful"
        r"|handfuls|bunch of|whole (?:bottle|packet|pack|box|"
        r"strip|sheet|tub|blister)|all (?:of )?(?:my|his|her|the|their|them)|entire (?:bottle|pack|"
        r"packet|box)|too (?:much|many)|way too|(?:[1-9]\d|1\d\d) (?:pills|tablets|paracetamol|"
        r"capsules|of)|(?:twenty|thirty|forty|fifty|a dozen|dozens of|dozen)|half (?:a|the) "
        r"(?:bottle|packet|box))\b"
        r"|\b(?:full|entire) (?:pack|packet|box|bottle|strip|tub|blister|sheet)s? of\b"
    ),
    "minor_dose": (
        r"\b(?:tablets?|pills?|meds|medicines?|medication|doses?|insulin|inhaler|capsules?)\b"
        r"[^.!?;]{0,25}\btwice\b|"
        r"\b(?:double dose|extra (?:dose|pill|tablet)|(?:one|an) extra|two doses|"
        # (not a finding: "found by accident on a scan", "accidentally discovered")
        + _NOT_FOUND
        + r"(?:by mistake|accidentally|by accident)(?! (?:found|discovered|spotted|noticed"
        r"|picked up|came across|diagnosed))|double (?:up|dosed)|second dose|one too many|2 doses"
        r"|took it twice)\b"
        r"|\b(?:took|taken|given|gave (?:him|her|them)|had(?= (?:my|his|her|their|it|them|the|a|an"
        r"|another|one|two|2|double|extra)\b))\b[^.!?;]{0,30}\b(?:twice|two times|doub"
        r"le|an extra|a second|two lots)\b"
        r"|\b(?:\d|two|three|a few|a couple of) extra\b|\bextra (?:sleeping |blood pressure |heart "
        r")?(?:tablets?|pills?|doses?|capsules?)\b"
        r"|\balready (?:had|taken|took|given (?:him|her|them)) (?:two|2|one|1|some|a dose|my|his|he"
        r"r|the)\b|\b(?:then |and )?(?:remembered|realised|realized) (?:i|he|she) (?:had |would )?a"
        r"lready\b"
        r"|\banother dose\b|\ba second dose\b|\bgave (?:him|her|them) another\b|\bdouble dosed\b"
        r"|\b(?:2|3|two|three) (?:tablets?|pills?|capsules?|doses?|puffs?|sprays?) instead of (?:1"
        r"|one|2|two)\b"
    ),
    # "think it's antifreeze": a poison named as a guess after the act.
    "suspected_toxic": (
        r"\b(?:think|thinks|thought|pretty sure|maybe|probably|might be|could be|but|actually"
        r"|turned out|turns out|(?<=[.!?] )it was|(?<=[.!?] )it is) (?:it is|it was|its|that is"
        r"|that was|it might be|it could be"
        r"|to have"
        r"|to be|to contain|to have had)?"
        r" ?(?:the |some )?(?:antifreeze|anti-freeze|paraquat"
        r"|bleach|weed ?killer|rat poison|poison|pesticide|paraffin|white spirit|methanol|lamp oil"
        r"|drain cleaner|oven cleaner|button batter(?:y|ies)|lighter fluid|e-?liquid)\b"
    ),
    # "Already drank some": what was drunk is named earlier ("how long does antifreeze take").
    "drank_some": (
        r"\b(?:already|just) (?:drank|drunk|swallowed|downed|gulped|necked|ate|eaten|took|taken)"
        r" (?:some|it|a bit|a little|a mouthful|a sip|a few sips|a glass|a cup|a capful|half|a lot"
        r"|loads)\b(?! (?:of|water|tea|coffee|milk|juice|wine|beer|food|soup|cola|coke|squash"
        r"|lemonade|bread|toast|more|other|with)\b)"
    ),
    # Sprayed, splashed or soaked with a farm or garden chemical (organophosphates and the like).
    "toxic_exposure": (
        r"\b(?:sprayed|splashed|doused|drenched|soaked|covered|exposed|contaminated|spilt|spilled"
        r"|spilling)\b(?: (?:with|by|in|to|on))? (?:\w+ ){0,2}?(?:pesticides?|insecticides?"
        r"|organophosphates?|crop spray|sheep dip|weed ?killer|herbicides?|fungicides?|nerve agent"
        r"|fumigants?|bug spray)\b"
        r"|\b(?:sprayed|splashed|doused|drenched|soaked|covered|spilt|spilled)\b(?: (?:with|by|in"
        r"|on))? (?:\w+ ){0,2}?chemicals?\b"
        r"|\b(?:spraying|mixing|handling|applying|dipping)\b (?:the )?(?:\w+ )?(?:pesticides?"
        r"|insecticides?|organophosphates?|crops?|fields?|sheep|weed ?killer|chemicals?)\b"
    ),
    # Tiny pupils: opioids or organophosphates.
    "pinpoint_pupils": (
        r"\bpupils? (?:are |is |look |looks |have gone |went |gone )?(?:\w+ )?(?:tiny|pinpoint"
        r"|pin ?points?|pin-?prick\w*|constricted)\b|\b(?:pinpoint|tiny|pin-?prick) pupils\b"
    ),
    # Home-made or bootleg spirits: with blurred sight, vomiting or fast breathing, methanol.
    "bootleg_spirit": (
        r"\b(?:local|home-?made|home ?brewed|homebrew(?:ed)?|bootleg|illicit|illegal|village|fake"
        r"|counterfeit|unlabelled|street) (?:gin|vodka|whisky|whiskey|spirits?|liquor|alcohol|brew"
        r"|rum|arak|arrack|booze)\b|\b(?:moonshine|hooch|ogogoro|akpeteshie|chang'?aa|kachasu"
        r"|bathtub gin|samogon|lao khao|tuak)\b"
    ),
    # Wild mushrooms eaten: with vomiting, a poisoning until shown otherwise.
    "wild_mushrooms": (
        r"\b(?:picked|foraged|found|wild|collected|gathered)\b[^.!?]{0,30}\b(?:mushrooms?|fungi"
        r"|fungus|toadstools?)\b"
        r"|\bmushrooms?\b[^.!?]{0,25}\b(?:from|in) the (?:woods|forest|garden|field|park|lawn)\b"
    ),
    # Irritant or toxic fumes: cleaning products mixed, chlorine, a chemical spill.
    "toxic_fumes": (
        r"\bmix(?:ed|ing)? (?:\w+ )?(?:bleach|ammonia|chemicals|cleaning products|cleaners"
        r"|chlorine)\b|\b(?:chlorine|chloramine|toxic|chemical|ammonia|bleach) (?:gas|fumes"
        r"|vapou?rs?|cloud)\b|\b(?:breathed|inhaled|breathing|inhaling|sniffed) (?:in )?(?:\w+ )"
        r"{0,3}?(?:fumes|vapou?rs?)\b|\bfumes (?:from|of) (?:the )?(?:\w+ )?(?:bleach|ammonia"
        r"|chemicals?|cleaners?|pool|tank|spill)\b"
    ),
    "carbon_monoxide": (
        r"\bcarbon monoxide\b|\bco (?:alarm|detector|poisoning)\b|\bgas (?:leak|smell)\b|\bsmell "
        r"(?:of )?gas\b|\bexhaust fumes\b"
        r"|\b(?:petrol|gas|paraffin|kerosene|charcoal|diesel|propane|camping) (?:heater|generator|s"
        r"tove|bbq|barbecue|fire|cooker|lamp)\b|\bgenerator\b|\bfaulty (?:boiler|heater|gas fire)\b"
        r"|\bbbq (?:inside|indoors)\b|\bcharcoal (?:inside|indoors)\b"
        # a fire for warmth in a shut room: "we burn charcoal in closed room for warm at night"
        r"|\b(?:charcoal|coals?|briquettes?|brazier|bbq|barbecue)\b[^.!?]{0,20}\b(?:in|inside) (?:a"
        r" |the "
        r"|our |my |his |her )?(?:closed|shut|small|sealed|locked) (?:room|bedroom|tent|space)\b"
        r"|\b(?:charcoal|coals?|bbq|barbecue|brazier)\b[^.!?]{0,30}\b(?:in|inside) (?:the |our |my "
        r"|a )?"
        r"(?:tent|caravan|bedroom|room)\b[^.!?]{0,30}\b(?:for (?:warm|warmth|heat)|to (?:keep )?war"
        r"m"
        r"|to heat)\b"
        r"|\bmix(?:ed|ing)? (?:bleach|ammonia|chemicals|cleaning products)\b|\bfumes from mixing\b|"
        r"\bsniff(?:ed|ing) (?:glue|gas|aerosols?|solvents?)\b"
        r"|\b(?:wood|log|multi-?fuel|coal) ?(?:burner|stove|fire)\b|\bboiler\b|\bgas fire\b|\bopen "
        r"fire\b|\bchimney\b"
    ),
    "alarm": (
        r"\b(?:alarm|detector) (?:is |keeps |went |has been )?(?:beeping|going off|sounding"
        r"|went off)\b"
    ),
    "envenomation": (
        r"\b(?:bitten|bit|stung|struck) by (?:a|an|the) (?:\w+ )?(?:snake|rattlesnake|rattler|adder"
        r"|viper|cobra|krait|mamba|taipan|copperhead|scorpion|black widow|brown recluse"
        r"|funnel[- ]web|redback|box jellyfish|stonefish)\b"
        # the animal first: "a snake bit me on the foot in the paddy"
        r"|\b(?:snake|cobra|viper|adder|krait|mamba|rattlesnake|rattler|copperhead|taipan"
        r"|scorpion)\b[^.!?]{0,20}\b(?:bit|stung|struck) (?:me|him|her|them|my|his|her|our)\b"
        r"|\bsnake ?bite\b(?! kit)|\b(?:scorpion|black widow|brown recluse|funnel[- ]web|redback) "
        r"(?:bite|sting)\b"
    ),
    # ---- bleeding -----------------------------------------------------------------------------
    "bleed_severe": (
        r"\b(?:will not|would not|does not|cannot|can not|not|never) stop(?:ping)? (?:the )?bleed"
        r"(?:ing)?\b|\b(?:bleeding|blood|nosebleed|bleed|wound|cut) (?:still )?(?:will not|would "
        r"not|does not|has not|is not|just will not|still has not|cannot be|not) (?:stop|stopp?ed|"
        r"stopping|slowing)\b|\b"
        + CANT
        + r" (?:get (?:it|the bleeding|the blood) to )?stop (?:the "
        r")?(?:bleed(?:ing)?|blood)\b|\bbleeding (?:heavily|a lot|badly|profusely|like crazy|"
        r"everywhere|so much|non ?stop|really bad|loads|out|through)\b|\bheavy bleeding\b"
        r"|\b(?:blood|bleeding) (?:is |was |are |keeps )?(?:still )?(?:spurting|pumping|gushing"
        r"|pouring|squirting|everywhere|pooling)\b"
        # a wound that will not stop, or keeps bleeding through firm pressure
        r"|\b(?:will not|does not|is not|not|has not) stopp?(?:ing|ed)? (?:even )?(?:with|despite)"
        r" (?:firm |direct |constant |hard )?(?:pressure|pressing)\b(?! (?:tablets|pills|medicine))"
        r"|\b(?:blood|bleed\w*|gash\w*|cut|cuts|wound|laceration|sliced|slashed)\b[^.!?]{0,40}"
        r"\b(?:will not|would not"
        r"|does not|cannot|can not) stop (?:pouring|gushing|pumping|spurting)\b"
        r"|\b(?:pouring|gushing|pumping|spurting|bleed\w*|blood)\b[^.!?]{0,30}\b(?:even with"
        r"|despite) (?:firm |direct |constant |hard |holding |applying )?(?:pressure|pressing)\b"
        # a cloth soaked beside the bleeding: "nose been bleeding 45 mins ... soaked a tea towel"
        r"|\b(?:bleed\w*|blood|nosebleed|bled)\b[^.!?]{0,60}\b(?:soaked|soaking) (?:a |the |my )?"
        r"(?:tea ?towel|flannel)\b"
        # "blood keeps pouring out even though I've pressed on it for 20 minutes"
        r"|\b(?:pouring|gushing|pumping|spurting|bleed\w*|blood)\b[^.!?]{0,30}\beven though (?:i|we"
        r"|he|she|they) (?:have |has |had )?(?:been )?(?:pressed|pressing|held|holding|pushed)"
        r" (?:on |down on )?(?:it|the \w+)\b"
        r"(?! (?:tablets|pills|medicine|medication))"
        # a wound that spurts when it moves: "tonight its her wrist and it spurts when she moves
        # her hand", "blood spurts out when i let go"
        r"|\b(?:wrist|arm|leg|hand|wound|cut|gash|neck|thigh|finger|blood|(?:cut|wound|gash|wrist"
        r"|bleed\w*|blood)\b[^.!?]{0,60}\bit)\b (?:\w+ )?(?:spurts|squirts|pumps out|pulses out)"
        r"(?: out)?\b(?! (?:out )?(?:water|milk|juice|ink|oil|sauce|cream|pus|fluid|liquid|yellow"
        r"|stuff|gunk))"
        # an artery: blood that pulses out with the heartbeat
        r"|\b(?:blood|bleeding) (?:is |was |keeps )?(?:pulsing|pulsating|pumping|spurting"
        r"|squirting)\b[^.!?;]{0,20}\b(?:with|in time with) (?:every|each|my|his|her|the) "
        r"(?:heart ?beat|pulse)"
        r"|\b(?:spurting|gushing|pouring|pumping|squirting) (?:out )?(?:blood|bright red)\b"
        r"|\bspurt\w*\b[^.!?]{0,20}\b(?:with|in time with) (?:every|each|the|his|her|my)"
        r" (?:heart ?beat"
        r"|pulse)\b|\b(?:blood|bleeding) (?:is |was |keeps )?spray\w*|\bspraying (?:out )?blood\b"
        r"|\b(?:arm|leg|head|hand|wound|cut|neck|face|foot|finger|thigh|scalp)s? (?:is |are |was "
        r"|keeps |just )?(?:pissing|pumping|pouring|gushing|spurting|p\*ssing) (?:out )?blood\b|\b"
        r"(?:soak(?:ed|ing)?|soaks) (?:right |straight )?(?:through|thru|a pad|pads"
        r"|through (?:a|the|every)|towel)\b|\b"
        r"(?:lots|a lot|loads|pool|puddle|so much|tons|cups|huge amount|large amount) of (?:bright "
        r"red |dark )?(?:blood|clots)\b|\blosing (?:a lot of |so much )?blood\b|\blost (?:a lot of"
        r"|so"
        r" much) blood\b|\bblood (?:all )?over (?:the|everything)\b|\b(?:cut|cuts|severed|slashed|"
        r"nicked) (?:an |my |his |her )?artery\b|\b(?:big|large|huge) clots\b|\bblood clots? the "
        r"size\b|\b(?:towel after towel|through (?:the |a )?towel)\b|\bbleeding (?:for|over) "
        r"(?:over |more than )?(?:an hour|\d+ hours|two hours)\b"
        r"|\b(?:cupful|cup|mouthful|bowlful|pint) of (?:dark |bright red |fresh |red )?blood\b|\bpa"
        r"ssing (?:lots of|a lot of|loads of|large amounts of) (?:dark |bright |red |dark red |brig"
        r"ht red |fresh )*blood\b"
        r"|\bclots? (?:the size of|as big as|bigger than|like) (?:a |an )?(?:golf ?balls?|plums?|le"
        r"mons?|eggs?|fists?|my fist|\w+ balls?)\b|\bbleeding (?:more |very |really |quite |so )(?:"
        r"heavily|badly|a lot)\b"
        r"|\b(?:nosebleed|bleeding|bleed|blood)\b[^.!?]{0,40}\b(?:will not|would not|does not|is no"
        r"t|has not|not) stop(?:ping|ped)?\b"
        r"|\bbleeding\b[^.!?;]{0,25}\b(?:loads|a lot|heavily|badly|everywhere|profusely|like crazy|"
        r"so much|non ?stop)\b"
        r"|\b(?:lots|a lot|loads|so much|tons) of (?:bright |dark |fresh )?red blood\b|\bbled (?:a "
        r"lot|heavily|loads|so much|really badly|badly|everywhere)\b"
        r"|\b(?:a |about a |half a )?(?:tablespoon|spoonful|cupful|mouthful|egg ?cup|teacup)s?\b(?="
        r"[^.!?;]{0,40}\b(?:blood|each time|every time|of it)\b)|\bblood\b[^.!?;]{0,30}\b(?:tablesp"
        r"oon|spoonful|cupful|mouthful)s?\b"
        r"|\b(?:coming|comes|came|pouring) out in (?:pumps|spurts|gushes)\b|\b(?:changing"
        r"|change|soaking|soaked|filling) (?:a |my |the )?pads? every (?:\d{2} ?min\w*"
        r"|half (?:an )?hour|hour)\b"
        r"|\b(?:pumping|pouring|gushing|spurting|soaking|bleeding) (?:straight )?through (?:the |a "
        r"|my |his |her )?(?:bandages?|dressings?|towels?|tea ?towels?|gauze|cloths?|plasters?)\b"
        # blood through cloth after cloth: "gone through 3 tea towels"
        r"|\b(?:bled|bleeding) through (?:\d+|two|three|four|five|several|a few"
        r"|another) (?:tea ?towels?|towels?|bandages?|dressings?|cloths?|t-?shirts?)\b"
    ),
    "nosebleed_long": (
        r"\bnose (?:has not|had not|will not|would not|does not|is not) stopp?(?:ed|ing)?"
        r" bleeding\b[^.!?;]{0,20}\b(?:for |in )?(?:an hour|over an hour|hours|\d+ hours"
        r"|[2-5]\d minutes)\b|"
        r"\b(?:nosebleed|nose bleeding|bleeding from (?:my|his|her) nose)\b[^.!?;]{0,40}\b(?:over |"
        r"more than |for )?(?:an hour|(?:\d+|two|three) hours|[2-5]\d minutes|(?:twenty|thirty|"
        r"forty) minutes)\b"
        r"|\b(?:nosebleeds?|nose (?:is )?bleeding)\b[^.!?;]{0,25}\b(?:on and off|all (?:afternoon"
        r"|morning|day"
        r"|evening|night)|for hours)\b"
        r"|\b(?:nose ?bleed\w*|nose (?:is )?bleeding)\b[^.!?;]{0,20}\bsince (?:an?|1"
        r"|one)(?: and (?:a )?half)? hours?\b"
    ),
    "vomit_blood": (
        r"\b(?:vomit(?:ing|ed|s)?|throwing up|threw up|throw up|puking|puked|being sick|brought"
        r" up|bringing up) (?:up )?"
        r"(?:a lot of |lots of |some |bright red |dark |fresh )?(?:blood|bloody)\b(?![- ]?(?:streak"
        r"|tinge|fleck|speck))"
        r"|\bblood in (?:my|"
        r"his|her|their|the) (?:vomit|sick)\b|\bcoffee[- ]?grounds?\b|\bbloody vomit\b|\bvomit "
        r"(?:is |has )?(?:blood|red|bloody)\b|\bspitting (?:up |out )?(?:lots of "
        r"|a lot of )?(?:bright "
        r"red )?blood\b"
        r"|\b(?:brought|bringing|bring|coughed|spewed|spewing|heaving|threw|throwing|vomited|vomiti"
        r"ng|being sick)\b(?: up)?[^.!?;]{0,30}\b(?:cupful|cup|mouthful|lot|lots|bowl|pool|loads) o"
        r"f (?:dark |bright red |fresh |red )?blood\b|\bbrought up (?:some |a lot of |lots of )?blo"
        r"od\b"
        r"|\b(?:vomit\w*|throwing up|threw up|being sick|sick|bringing up|brought up)\b[^.!?;]{0,40"
        r"}\b(?:like|looks like|resembles|looking like) coffee\b|\b(?:dark brown|black) (?:lumpy |g"
        r"rainy )?(?:vomit|sick|stuff)\b(?=[^.!?;]{0,40}\b(?:vomit|throw|sick|brought|bringing)|)"
        r"|\b(?:vomit\w*|throwing up|threw up|being sick|puking|puked)\b (?:up )?(?:\w+ ){0,3}?"
        r"(?:(?<!no )(?<!without )(?:blood|bloody)\b|blood\b" + _NO_BLOOD_THEN + r")"
        r"|\b(?:vomit(?:ing|ed|s)?|throwing up|threw up|puking|being sick"
        r"|sick)\b[^.!?;]{0,25}\b(?:fresh"
        # (not "threw up once, no blood")
        r"|bright red|dark red|clots of|lots of|a lot of)? ?(?:(?<!no )(?<!without )blood\b|blood\b"
        + _NO_BLOOD_THEN
        + r")"
    ),
    "cough_blood": (
        r"\b(?:coughing|coughed|cough|coughs|hacking) (?:up )?(?:a lot of |lots of |some "
        r"|a little |a "
        r"bit of |bright red |specks of |streaks of )?(?:blood|bloody (?:mucus|phlegm|sputum))\b"
        r"|\bblood in (?:my|his|her) (?:phlegm|sputum|mucus|spit)\b"
        r"|\b(?:streaks?|specks?|flecks?|traces?) of blood in (?:my|his|her) (?:phlegm|sputum|mucus"
        r"|spit|cough)\b|\b(?:phlegm|sputum|mucus) (?:is )?(?:blood[- ]?(?:stained|streaked|tinged)"
        r"|bloody)\b"
        r"|\bcoughing (?:up )?(?:some )?blood\b"
    ),
    "melena": (
        r"\b(?:black|tarry|tar-like|tar like|jet black) (?:tarry |sticky |tar )*"
        r"(?:stools?|poos?|poops?|"
        r"stuff|diarrh\w+|faeces|feces|bowel movements?)\b|\bpooing black\b|\bpooping black\b|\b"
        r"(?:stools?|poos?|poops?) (?:are |is |have been |has been |was |were |came out |looks? )?"
        r"(?:"
        r"really |very |all )?(?:black|tarry|like tar)\b"
    ),
    "rectal_blood": (
        r"\b(?:lots of |a lot of )?blood (?:when|in|after) (?:i |he |she )?(?:poo|stool|pooing"
        r"|go to"
        r" the toilet|wipe)\b|\bbloody (?:diarrh\w+|stools?|poo)\b|\bbleeding from (?:my|his|her) "
        r"(?:bum|bottom|rectum|back passage)\b"
        r"|\bpassing (?:\w+ ){0,4}blood (?:from|out of) (?:his|her|my|the) (?:bottom|bum|back passa"
        r"ge|rectum|backside)\b|\bblood (?:from|out of) (?:his|her|my|the) (?:bottom|bum|back passa"
        r"ge|rectum|backside)\b"
        r"|\b(?:pooing|pooping|passing|poo|stool|stools|bowel movement)\b[^.!?;]{0,25}\b(?:blood|bl"
        r"oody)\b"
    ),
    "wound_deep": (
        r"\bdeep (?:cuts?|wounds?|gash|laceration|puncture)\b|\bcuts? (?:are|is) (?:really |very |"
        r"quite |so )?deep\b|\bgaping\b|\bgash(?:ed)?\b|\b(?:cut|wound)"
        r" is (?:deep|gaping|wide open|really deep)\b|\b(?:see|showing|can see) (?:the )?(?:bone"
        r"|fat|"
        r"tendon)\b|(?<!nothing that )(?<!nothing which )\bneeds? stitches\b"
        r"|\bmight need stitches\b|\bit is deep\b"
        r"|\bcut (?:\w+ )?(?:arms?|wrists?|legs?|thighs?|hands?) (?:really |very )?(?:deeply|badly|"
        r"deep)\b"
    ),
    "bleed_slowing": (
        r"\b(?:bleeding|it|blood) (?:has |is )?(?:slowed|slowing|stopped|eased)\b|\bstopped "
        r"bleeding\b|\bunder control\b"
    ),
    "anticoag": (
        r"\bblood thinners?\b|\bwarfarin\b|\bapixaban\b|\brivaroxaban\b|\beliquis\b|\bxarelto\b"
        r"|\bclopidogrel\b|\bheparin\b|\banticoagula\w+\b|\bcoumadin\b|\bpradaxa\b|\bdabigatran\b"
        r"|\bhaemophilia\b|\bhemophilia\b|\bblood[- ]thinning (?:tablets?|pills?|meds?|medicines?"
        r"|medication|injections?|jabs?)\b|\bedoxaban\b|\blixiana\b|\benoxaparin\b|\bclexane\b"
        r"|\bdalteparin\b|\bfragmin\b|\btinzaparin\b|\bticagrelor\b|\bbrilinta\b"
    ),
    "bleeding_any": (
        r"\bbleed(?:ing|s)?\b|\bbled\b|\bblood\b(?! thinners?| pressure| sugars?| tests?| "
        r"results| type| donation| glucose| count| work| clots? in| clot)|\bhaemorrhag\w+"
        r"|\bhemorrhag\w+"
        r"|\bnosebleeds?\b|\bnose (?:is )?bleeding\b"
    ),
    # A cut deep enough to show fat, tendon or bone, or gaping: it needs closing today.
    "deep_wound": (
        r"\b(?:can|could) see (?:the )?(?:\w+ ){0,2}?(?:bone|fat|tendon|yellow\w*|white stuff"
        r"|muscle|layers)\b|\bgaping (?:cut|wound|gash)\b|\b(?:cut|wound|gash) is gaping\b"
        # "cut my thumb nearly to the bone, can see something white" (not "chilled to the bone")
        r"|\b(?:cut|sliced|gashed|split|opened|went)\b(?! (?:me|him|her|us|them|you) to the)"
        r"[^.!?;]{0,25}\bto the bone\b"
        r"|\b(?:can|could) see (?:some ?thing|sth) white\b"
    ),
    "trauma_severe": (
        # (not "am I ok to use a chainsaw?")
        r"(?<!am i ok to use a )(?<!am i okay to use a )"
        r"(?<!is it safe to use a )(?<!is it ok to use a )"
        r"\bchainsaw\b"
        # (not a thumb stabbed with an adrenaline pen, a pencil or a fork: "stabbed my thumb with
        # the epipen showing my mum how it works")
        r"|\bstabbed\b(?![^.!?]{0,30}\bwith (?:(?:my|his|her|their|the|an?|our) )?(?:\w+'?s )?"
        r"(?:epi-? ?pen|auto[- ]?injector|adrenaline pen|pencil|pen|fork|needle|compass|toothpick"
        r"|insulin pen)\b)|\bstab wound\b|\bgunshot\b|\b(?:been|was|got) shot\b|\bgored\b"
        r"|\bimpaled"
        r"\b"
        # a spike, a railing or a stake gone into the body: "fell on the garden spikes, one went in
        # his stomach"
        r"|\b(?:spikes?|railings?|stakes?|fence post|rebar|pole|pitchfork|prongs?)\b[^.!?]{0,30}"
        r"\b(?:went|gone|stuck|go|goes) (?:in|into|through) (?:his|her|my|their|the) (?:stomach"
        r"|belly|tummy|chest|back|neck|side|groin|abdomen|eye|thigh)\b"
        # an amputation done ("my fourth toe has been amputated") is surgery, not an injury now
        r"|(?<!has been )(?<!have been )(?<!had been )(?<!was )(?<!were )\bamputated\b|\bsevered\b"
        r"|\bcut off (?:his|her|my|their) (?:finger|toe|hand|thumb)\b"
        r"|\b"
        r"(?:hit|run over|knocked down|knocked over) by (?:a|the) (?:car|truck|bus|van|lorry|"
        r"motorbike|train)\b|\bcar (?:crash|accident)\b[^.!?;]{0,40}\b(?:bleeding|unconscious"
        r"|cannot"
        r" move|trapped)\b|\bfell (?:from|off) (?:a |the )?(?:roof|balcony|scaffolding|height|cliff"
        r"|second floor|window)\b|\bmotorbike accident\b|\bglass in (?:the|his|her|my) (?:wound"
        r"|neck)"
        r"|\b(?:cut|chopped|sliced|severed|ripped|torn|sawed|sawn) (?:the (?:top|tip|end) of |part "
        r"of )?(?:my|his|her|their) (?:finger|toe|thumb|hand|ear|nose)(?:tip)? (?:off|clean off)\b|"
        r"\b(?:fingers?|toes?|thumbs?)(?:tips?)? (?:is |was |are |were )?"
        r"(?:hanging off|cut (?:clean )?off|chopped (?:clean )?off|severed|missing)\b"
        r"|\bfireworks? (?:accident|injury|went off|exploded)\b|\bexplosion\b|\bblast injury\b"
        # a limb caught in a machine, a finger crushed flat or stripped of skin
        r"|\b(?:hand|arm|fingers?|foot|leg)\b[^.!?;]{0,15}\b(?:caught|trapped|pulled|dragged)"
        r" (?:in|into) (?:the |a |some )?(?:machinery|auger|baler|combine|pto|conveyor|mincer"
        r"|grinder)\b(?![^.!?]{0,60}\b(?:in time|no injury|not hurt|fine|nothing broken|x-?ray\w*"
        r"|emergency stop)\b)"
        r"|\b(?:fingers?|toes?|thumbs?|hand|foot)\b[^.!?;]{0,15}\b(?:crushed flat|degloved)\b"
        r"|\bdegloved (?:my|his|her|their) (?:\w+ )?(?:finger|thumb|hand|toe)\b"
    ),
    "spine": (
        r"\b"
        + CANT
        + r" (?:move|feel)(?: or (?:move|feel))? (?:his|her|my|their|both) (?:legs|arms|"
        r"feet|toes)\b|\bneck "
        r"(?:injury|is broken)\b|\bbroke (?:his|her|my) (?:neck|back)\b"
        # a neck hurt in a crash, fall or dive, and arms or legs tingling, numb or weak
        r"|\b(?:crash(?:ed)?|accident|collision|rear-?ended|fell|fall|dived|dive|diving|tackled?"
        r"|thrown"
        r"|landed on)\b[^.!?]{0,60}\bneck\b[^.!?]{0,60}\b(?:arms?|legs?|hands?|feet|fingers)\b"
        r"[^.!?;]{0,15}\b(?:tingl\w*|numb\w*|pins and needles|weak|heavy|dead)\b"
        r"|\b(?:crash(?:ed)?|accident|collision|rear-?ended|fell|fall|dived|dive|diving|tackled?"
        r"|thrown"
        r"|landed on)\b[^.!?]{0,60}\bneck\b[^.!?]{0,60}\b(?:tingl\w*|numb\w*|pins and needles)"
        r" (?:in )?(?:his |her |my |their |both )?(?:arms?|legs?|hands?|feet|fingers)\b"
    ),
}
