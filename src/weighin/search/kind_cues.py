"""Cue patterns of each kind of question, for ``weighin.search.kinds`` (hand-written).

``(kind, weight, pattern)``: patterns run on one clause, lower-cased, punctuation turned to
spaces, cue-word typos corrected and story phrases ("was diagnosed with") neutralised. The
weight says how surely the cue asks that kind (1 sure, 0.5 a hint). Kinds are the names of
``kinds.KINDS``.
"""

from __future__ import annotations

PATTERNS: list[tuple[str, float, str]] = [
    # --- treatment
    (
        "treatment",
        1.0,
        r"\b(?:treat|treats|treated|treating|treatment|treatments|treatable|therapy|therapies|"
        r"therapeutic|cure|cures|cured|curing|curable|remedy|remedies|heal|healing|manage|"
        r"managed|managing|management|relief|relieve|alleviate|get rid of|rid of|surgery|"
        r"surgeries|surgical|operation|operate|transplant|rehab|rehabilitation|physiotherapy|"
        r"physical therapy|chemotherapy|chemo|radiation|medication for|medications for|"
        r"medicine for|medicines for|drug for|drugs for|pill for|pills for|prescribe|prescribed|"
        r"what (?:can|could|should) (?:be|i|we) done|(?:can|could) (?:\w+ ){0,3}be (?:fixed|"
        r"reversed|helped|controlled|corrected|repaired|removed|slowed|stopped|improved)|"
        r"slow (?:it|this|them|down|the)|nothing (?:works|helps|worked|helped|seems to help)|"
        r"operated|surgeon|surgeons|tried everything|want (?:it|them|this) gone|make (?:it|them|"
        r"this|the \w+) (?:stop|go away)|(?:is|are) (?:\w+ ){0,3}(?:good|helpful|effective|"
        r"useful) for|(?:keep|stop|continue|quit) taking|stay on|come off|get off|at home for)\b",
    ),
    (
        "treatment",
        0.8,
        r"\b(?:what (?:else )?(?:can|should|could|do) (?:i|we|you|he|she|they|one) (?:do|take|"
        r"use|try)|what to do|what (?:are|is) (?:my|the) options|options?|anything new|"
        r"how (?:can|do|should|could) (?:i|we|you|one) (?:stop|reduce|lower|control|improve|fix|"
        r"ease|overcome|deal|cope|handle|live with)|is there (?:any )?(?:help|hope|way|thing|"
        r"anything|something)|any help|help (?:for|with)|(?:best|right|good) (?:way|thing|"
        r"medicine|medication|drug)|(?:lower|reduce|control|stop|ease|shrink|dissolve|reverse|"
        r"fix) (?:my|his|her|the|this|it|them)|(?:would|will|does|do|can|could|"
        r"might) (?:\w+ ){0,3}help|(?:lower|reduce|decrease|bring down|control) (?!(?:the |my |"
        r"your |his |her )?(?:risk|chances?)\b)\w+)\b",
    ),
    (
        "treatment",
        0.6,
        r"\b(?:medication|medications|medicine|medicines|drug|drugs|antibiotics?)\b",
    ),
    (
        "treatment",
        0.6,
        r"\b(?:need advice|any advice|advise|advice|suggestion|suggestions|suggest|recommend|"
        r"recommendation|help me|next step|next steps|what next|what now|please help|need help|"
        r"what (?:foods?|to eat|should (?:i|he|she|we) eat)|diet for|(?:can|does|will) diet)\b",
    ),
    # --- cause
    (
        "cause",
        1.0,
        r"\b(?:cause|causes|caused|causing|causative|etiology|aetiology|reason|reasons|"
        r"what makes|what made|trigger|triggers|triggered|due to|because of what|how (?:did|do|"
        r"does|can|could|would) (?:i|you|we|he|she|one|someone|a person|people|they|it) (?:get|"
        r"got|catch|develop|contract|acquire|happen|start|begin|occur)|how (?:is|are) (?:it|"
        r"this|they)? ?(?:\w+ )?(?:caused|acquired|contracted)|where (?:does|did|do) (?:it|this|"
        r"they) come from|source of|brings? (?:it|this|them|these|that|\w+) on|brings? on|"
        r"bringing (?:it|this|them) on|brought on|what leads to|origin|comes? from|coming from|"
        r"behind (?:these|this|the|my|his|her)|end up with|ended up with|making (?:me|him|her|"
        r"my|us|them)|(?:can|could|does|do|would|will|might) (?:\w+ ){1,3}make (?:you|me|him|"
        r"her|people|someone|them) |(?:give|gave|gives|given) (?:him|her|me|you|them|my \w+) |"
        r"(?:is|are|was|could|can) (?:it|this|that|they|my \w+|the \w+) (?:be )?(?:from|due to|"
        r"caused by|because of))\b",
    ),
    (
        "cause",
        0.8,
        r"\b(?:why (?:do|does|did|am|is|are|was|were|would|can|could|has|have|should|dont|"
        r"doesnt|cant|isnt)|why)\b",
    ),
    ("cause", 0.5, r"\b(?:related to|linked to|associated with|connection between|result of)\b"),
    # --- symptoms
    (
        "symptoms",
        1.0,
        r"\b(?:symptom|symptoms|symptomatic|signs?|warning signs?|manifestations?|presentation|"
        r"feel like|feels like|what does (?:it|this|\w+) feel|what happens (?:when|to)|is (?:it|"
        r"this) normal (?:to|for)|how (?:would|will|do|can) (?:i|you|one) (?:know|tell|"
        r"recognize|recognise) (?:if|whether|that|when)|part of (?:the |a |an |my |his |"
        r"her )?\w+|(?:a )?(?:sign|symptom) of|(?:would|will|do|did|should) (?:i|you|we|he|"
        r"she) notice)\b",
    ),
    # --- diagnosis / tests
    (
        "diagnosis",
        1.0,
        r"\b(?:diagnose|diagnosed|diagnosing|diagnosis|diagnoses|diagnostic|test|tests|tested|"
        r"testing|exam|exams|examination|screen|screening|screened|detect|detected|detection|"
        r"biopsy|biopsies|scan|scans|mri|ct|x ray|xray|xrays|ultrasound|blood work|bloodwork|"
        r"lab work|labs|results|(?:bp|pressure|sugar|glucose) readings?|levels?|count|confirm|"
        r"confirmed|rule out|ruled out|misdiagnosed|tell if|find out if|find out whether|"
        r"check for|checked for|evaluation|evaluate|workup|work up|colonoscopy|mammogram|"
        r"endoscopy|pap smear|psa|ekg|ecg|eeg|echocardiogram|how (?:would|will|do|does|can|"
        r"could) (?:a |the )?(?:doctors?|physicians?|they) (?:know|tell|find out|check|confirm)|"
        r"what (?:does|do) (?:a |an |my |the |his |her )?(?:high|low|elevated|raised|abnormal|"
        r"positive|negative) \w+ mean)\b",
    ),
    (
        "diagnosis",
        0.7,
        r"\b(?:do i have|could i have|might i have|can i have|is it possible (?:that )?i have|"
        r"could (?:it|this|that) be|can (?:it|this|that) be|might (?:it|this|that) be|is (?:it|"
        r"this|that) (?:a|an) |am i (?:suffering|getting)|what is wrong|whats wrong|(?:afraid|"
        r"scared|worried|frightened|fear) (?:that )?(?:it|this|i) (?:is|might|may|could|have))\b",
    ),
    # --- prevention
    (
        "prevention",
        1.0,
        r"\b(?:prevent|prevents|prevented|preventing|prevention|preventive|preventative|avoid|"
        r"avoiding|avoided|protect|protection|precaution|precautions|vaccine|vaccines|"
        r"vaccinated|vaccination|immunization|immunizations|immunize|reduce (?:the |my |"
        r"your )?(?:risk|chance|chances)|lower (?:the |my |your )?(?:risk|chance|chances)|"
        r"keep (?:it|this|them|from)|stop (?:it|this) from|from (?:getting|coming back|"
        r"spreading|recurring)|recurrence|reoccur|come back|so (?:i|he|she|we|they|you) (?:dont|"
        r"do not|wont|will not|never) (?:get|have|catch)|get it again|shots? for|a shot)\b",
    ),
    # --- prognosis / outlook
    (
        "prognosis",
        1.0,
        r"\b(?:prognosis|outlook|life expectancy|expectancy|survival|survive|surviving|survivor|"
        r"live (?:with|long)|how long (?:will|would|can|does|do|did|is|are|until|before|to|it|"
        r"for)|will (?:it|this|i|he|she|they|my \w+) (?:ever )?(?:go away|get better|improve|"
        r"recover|heal|come back|get worse|return|last|disappear|die|live)|go away|goes away|"
        r"get better|gets better|get worse|gets worse|worsen|recover|recovery|recovering|fatal|"
        r"deadly|terminal|die|dying|death|mortality|chance|chances|odds|expect|expected|"
        r"permanent|permanently|progress|progression|progressive|stage|stages|serious|dangerous|"
        r"life threatening|normal life|future|grow out of|outgrow|back to normal|normal again|"
        r"forever|for life|lifelong|rest of (?:my|his|her|their) life|"
        r"will (?:\w+ ){0,3}be (?:ok|okay|fine|alright|all right|normal))\b",
    ),
    # --- complications
    (
        "complications",
        1.0,
        r"\b(?:complication|complications|lead to|leads to|led to|long term effects?|"
        r"long term consequences?|consequences?|damage|damages|after effects?|aftereffects?|"
        r"birth defects?|harm (?:the|my) baby|affect (?:the|my) (?:baby|pregnancy|fetus)|"
        r"result in|results in|untreated|not treated|left alone|if (?:\w+ )?left|affect (?:my|"
        r"the|his|her|your|their|other)|effects? (?:of|on) (?:the|my|his|her|your))\b",
    ),
    ("complications", 0.6, r"\bcan (?:\w+ ){1,4}cause\b"),
    ("complications", 0.8, r"\bwhat (?:will |would |could |can )?happens? if\b"),
    # --- inheritance / genetics
    (
        "inheritance",
        1.0,
        r"\b(?:inherit|inherited|inheritance|inheriting|hereditary|heredity|genetic|genetics|"
        r"genetically|gene|genes|genetic changes?|mutation|mutations|chromosome|chromosomes|"
        r"chromosomal|dna|carrier|carriers|runs? in (?:the |my |our |his |her )?famil(?:y|ies)|"
        r"family history|pass (?:\w+ )?(?:on|down)|passed (?:\w+ )?(?:on|down)|"
        r"pass (?:\w+ ){0,3}to (?:my|his|her|our|their|the) (?:baby|babies|child|children|kids?|"
        r"sons?|daughters?|grandchildren|offspring)|(?:my|our|his|her) (?:children|kids|child|"
        r"son|daughter|grandchildren) (?:get|have|inherit|develop))\b",
    ),
    # --- susceptibility (who gets it, risk)
    (
        "susceptibility",
        1.0,
        r"\b(?:who (?:gets|get|can get|is at risk|are at risk|is affected|are affected|"
        r"is likely|develops|is more likely|usually gets)|at risk|risk factors?|"
        r"risks? of (?:getting|developing|having)|more likely|less likely|susceptible|"
        r"susceptibility|prone|predisposed|predisposition|can (?:men|women|children|kids|babies|"
        r"adults|teenagers|elderly|people|a man|a woman|a child|i|you|someone) (?:get|have|"
        r"develop|catch)|(?:will|could|can|might|am) (?:i|we|my \w+)(?: going to)? (?:get|"
        r"develop|have) (?:it|this|that) (?:too|as well|also)|(?:is|are) (?:it|this|they|"
        r"\w+) contagious|contagious|catching|infectious|transmit|transmitted|transmission|"
        r"spread|spreads|spreading)\b",
    ),
    # --- frequency
    (
        "frequency",
        1.0,
        r"\b(?:how common|how rare|how many (?:people|persons|americans|patients|cases|children|"
        r"women|men|adults|individuals)|how often does (?:it|this|\w+) (?:occur|happen)|"
        r"prevalence|prevalent|incidence|statistics|statistic|how widespread|"
        r"number of (?:people|cases|patients)|percentage of (?:people|population|patients)|"
        r"is (?:it|this|\w+) (?:common|rare)|rare)\b",
    ),
    # --- side effects
    (
        "side_effects",
        1.0,
        r"\b(?:side effect|side effects|sideeffects?|adverse (?:effects?|reactions?|events?)|"
        r"reaction to|reactions to|allergic to|is (?:it|this) safe|safe to|safety|harmful|toxic|"
        r"toxicity|after (?:taking|starting|using|stopping)|since (?:taking|starting|i started|"
        r"i began)|withdrawal|does (?:it|this|\w+) cause)\b",
    ),
    # --- dosage
    (
        "dosage",
        1.0,
        r"\b(?:dose|doses|dosage|dosages|dosing|overdose|how much (?:\w+ ){0,3}(?:should|can|do|"
        r"to|is)|how many (?:\w+ ){0,2}(?:pills|tablets|capsules|mg|milligrams|times|units|"
        r"drops|puffs)|how often (?:should|can|do|to|must)|mg|milligrams?|mcg|maximum|max|"
        r"missed (?:a |my )?(?:dose|pill)|strength|times a day|per day|daily amount)\b",
    ),
    # --- interactions
    (
        "interactions",
        1.0,
        r"\b(?:interact|interacts|interaction|interactions|interfere|interferes|contraindicated|"
        r"contraindication|contraindications|together with|at the same time|combine|combined|"
        r"combining|combination|mix|mixing|along with|in addition to|take (?:\w+ ){1,3}with|"
        r"taking (?:\w+ ){1,3}with|with alcohol|drink alcohol|drinking alcohol|while (?:taking|"
        r"on|using))\b",
    ),
    # --- cost / insurance
    (
        "cost",
        1.0,
        r"\b(?:cost|costs|costly|price|prices|pricing|afford|affordable|expensive|cheap|cheaper|"
        r"insurance|insured|uninsured|insurer|medicare|medicaid|coverage|covered|cover the|pay|"
        r"paying|payment|financial|financially|free of charge|for free|low income|money|copay|"
        r"coupon|assistance program|bill|bills)\b",
    ),
    # --- resources: where to find / support / research / trials / specialists
    (
        "resources",
        1.0,
        r"\b(?:clinical trials?|trials?|research|researches|researchers|study|studies|"
        r"support groups?|support|organization|organizations|organisation|foundation|"
        r"association|specialist|specialists|specializes|expert|experts|refer me|referral|"
        r"where (?:can|do|could|would|should|to) (?:i|we|you|one|he|she)? ?(?:find|get|buy|go|"
        r"obtain|look|locate|purchase|order|contact|see)|who (?:can|should|could) (?:i|"
        r"we) (?:see|contact|ask|call|talk)|what kind of doctor|which doctor|what doctor|"
        r"(?:best|good|right) doctors?|doctors? who|specialists? (?:in|for|who)|hospital that|"
        r"new (?:treatments?|drugs?|medications?|therapies|therapy|developments?|research)|"
        r"latest|recent|newest|breakthrough|experimental|volunteer|participate|enroll|enrol|"
        r"hospital|clinic|center|centre|near me|in my area|contact)\b",
    ),
    # --- information / definition (weak: dropped when a specific kind fires in the clause)
    (
        "information",
        1.0,
        r"\b(?:what (?:is|are|s|was|were) (?:a |an |the )?|whats|what does (?:\w+ ){1,4}mean|"
        r"meaning|mean|means|definition|define|defined|information|info|informations|(?:tell|"
        r"teach|educate) (?:me|us) (?:more )?about|learn (?:more )?about|know (?:more )?about|"
        r"read (?:more )?about|understand|explain|explanation|overview|facts|fact sheet|"
        r"literature|brochure|brochures|pamphlet|pamphlets|material|materials|types? of|"
        r"kinds? of|forms? of|described|description|anything about|"
        r"do you have (?:any )?(?:\w+ )?(?:on|about)|details|know (?:nothing|little|"
        r"very little) about|(?:dont|do not) know (?:anything|much) about|never heard of|"
        r"what it is|what (?:this|that) is|what (?:exactly|actually|really) (?:is|are)|"
        r"you have (?:on|about)|researching|looking into)\b",
    ),
]
