"""What kind of question is asked: definition, cause, treatment, ... (the question's "type").

``question_kind(text)`` gives the main kind, ``question_kinds(text)`` every kind found, most
salient first, and ``kind_scores(text)`` the scores behind them. Consumer questions often ask
several things ("what causes it and how is it treated?") and start with a subject line followed
by a long story; each sentence is scored with hand-written cue patterns, and sentences that
actually ask something (ending in "?", starting with a wh-word / how / can / is ..., or requests
such as "I would like to know") count double (see ``text.weighted_sentences``).

"information" (what is X, tell me about X) is a weak kind: a sentence that also asks a more
specific kind ("what is the treatment for X") counts for the specific kind only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from weighin.search.text import clean, edit_distance, weighted_sentences

INFORMATION = "information"
CAUSE = "cause"
SYMPTOMS = "symptoms"
DIAGNOSIS = "diagnosis"
TREATMENT = "treatment"
PREVENTION = "prevention"
PROGNOSIS = "prognosis"
COMPLICATIONS = "complications"
INHERITANCE = "inheritance"
SUSCEPTIBILITY = "susceptibility"
FREQUENCY = "frequency"
SIDE_EFFECTS = "side_effects"
DOSAGE = "dosage"
INTERACTIONS = "interactions"
COST = "cost"
RESOURCES = "resources"  # where to find / support / research / clinical trials / specialists
OTHER = "other"

KINDS = (
    INFORMATION,
    CAUSE,
    SYMPTOMS,
    DIAGNOSIS,
    TREATMENT,
    PREVENTION,
    PROGNOSIS,
    COMPLICATIONS,
    INHERITANCE,
    SUSCEPTIBILITY,
    FREQUENCY,
    SIDE_EFFECTS,
    DOSAGE,
    INTERACTIONS,
    COST,
    RESOURCES,
    OTHER,
)

# Pairs of kinds whose answers overlap: an answer to one often answers the other in part.
RELATED = frozenset(
    frozenset(p)
    for p in (
        (CAUSE, SUSCEPTIBILITY),
        (CAUSE, INHERITANCE),
        (INHERITANCE, SUSCEPTIBILITY),
        (SYMPTOMS, DIAGNOSIS),
        (TREATMENT, PROGNOSIS),
        (TREATMENT, RESOURCES),
        (COMPLICATIONS, PROGNOSIS),
        (SIDE_EFFECTS, COMPLICATIONS),
        (SIDE_EFFECTS, INTERACTIONS),
        (DOSAGE, TREATMENT),
        (PREVENTION, SUSCEPTIBILITY),
        (FREQUENCY, SUSCEPTIBILITY),
    )
)


def related(a: str, b: str) -> bool:
    """True when kinds ``a`` and ``b`` differ but their answers overlap (cause / susceptibility)."""
    return a != b and frozenset((a, b)) in RELATED


# (kind, weight, pattern). Patterns run on a cleaned sentence with punctuation turned to spaces.
_W = r"(?:\w+ ){0,4}"  # up to four words in between
_PATTERNS: list[tuple[str, float, str]] = [
    # --- treatment
    (
        TREATMENT,
        1.0,
        r"\b(?:treat|treats|treated|treating|treatment|treatments|treatable|therapy|therapies|"
        r"therapeutic|cure|cures|cured|curing|curable|remedy|remedies|heal|healing|manage|"
        r"managed|managing|management|relief|relieve|alleviate|get rid of|rid of|surgery|"
        r"surgeries|surgical|operation|operate|transplant|rehab|rehabilitation|physiotherapy|"
        r"physical therapy|chemotherapy|chemo|radiation|medication for|medications for|"
        r"medicine for|medicines for|drug for|drugs for|pill for|pills for|prescribe|prescribed)\b",
    ),
    (
        TREATMENT,
        0.8,
        r"\b(?:what (?:can|should|could|do) (?:i|we|you|he|she|they|one) (?:do|take|use|try)|"
        r"what to do|what (?:are|is) (?:my|the) options|options|how (?:can|do|should|could) "
        r"(?:i|we|you|one) (?:stop|reduce|lower|control|improve|fix|ease|overcome|deal|cope|"
        r"handle|live with)|is there (?:any )?(?:help|hope|way|thing|anything|something)|"
        r"any help|help (?:for|with)|(?:best|right|good) (?:way|thing|medicine|medication|drug|"
        r"doctor)|(?:lower|reduce|control|stop|ease|shrink|dissolve|reverse|fix) (?:my|his|her|"
        r"the|this|it|them))\b",
    ),
    (TREATMENT, 0.6, r"\b(?:medication|medications|medicine|medicines|drug|drugs|antibiotics?)\b"),
    (
        TREATMENT,
        0.6,
        r"\b(?:need advice|any advice|advise|advice|suggestion|suggestions|suggest|recommend|"
        r"recommendation|help me|next step|next steps|what next|what now)\b",
    ),
    # --- cause
    (
        CAUSE,
        1.0,
        r"\b(?:cause|causes|caused|causing|causative|etiology|aetiology|reason|reasons|"
        r"what makes|what made|trigger|triggers|triggered|due to|because of what|"
        r"how (?:did|do|does|can|could|would) (?:i|you|we|he|she|one|someone|a person|people|"
        r"they|it) (?:get|got|catch|develop|contract|acquire|happen|start|begin|occur)|"
        r"how (?:is|are) (?:it|this|they)? ?(?:\w+ )?(?:caused|acquired|contracted)|"
        r"where (?:does|did|do) (?:it|this|they) come from|source of|brings? (?:it|this|them|these|"
        r"that|\w+) on|bringing (?:it|this|them) on|brought on|what leads to|origin)\b",
    ),
    (
        CAUSE,
        0.8,
        r"\b(?:why (?:do|does|did|am|is|are|was|were|would|can|could|has|have|should|"
        r"dont|doesnt|cant|isnt)|why)\b",
    ),
    (CAUSE, 0.5, r"\b(?:related to|linked to|associated with|connection between|result of)\b"),
    # --- symptoms
    (
        SYMPTOMS,
        1.0,
        r"\b(?:symptom|symptoms|symptomatic|signs?|warning signs?|manifestations?|"
        r"presentation|feel like|feels like|what does (?:it|this|\w+) feel|what happens "
        r"(?:when|if|to)|is (?:it|this) normal (?:to|for)|how (?:would|will|do|can) "
        r"(?:i|you|one) (?:know|tell|recognize|recognise) (?:if|whether|that|when))\b",
    ),
    # --- diagnosis / tests
    (
        DIAGNOSIS,
        1.0,
        r"\b(?:diagnose|diagnosed|diagnosing|diagnosis|diagnoses|diagnostic|test|tests|tested|"
        r"testing|exam|exams|examination|screen|screening|screened|detect|detected|detection|"
        r"biopsy|biopsies|scan|scans|mri|ct|x ray|xray|xrays|ultrasound|blood work|bloodwork|"
        r"lab work|labs|results|(?:bp|pressure|sugar|glucose) readings?|levels?|count|confirm|"
        r"confirmed|rule out|"
        r"ruled out|misdiagnosed|tell if|find out if|find out whether|check for|checked for)\b",
    ),
    (
        DIAGNOSIS,
        0.7,
        r"\b(?:do i have|could i have|might i have|can i have|is it possible (?:that )?i have|"
        r"could (?:it|this|that) be|can (?:it|this|that) be|might (?:it|this|that) be|"
        r"is (?:it|this|that) (?:a|an) |am i (?:suffering|getting)|what is wrong|whats wrong|"
        r"(?:afraid|scared|worried|frightened|fear) (?:that )?(?:it|this|i) (?:is|might|may|could|"
        r"have))\b",
    ),
    # --- prevention
    (
        PREVENTION,
        1.0,
        r"\b(?:prevent|prevents|prevented|preventing|prevention|preventive|preventative|"
        r"avoid|avoiding|avoided|protect|protection|precaution|precautions|vaccine|vaccines|"
        r"vaccinated|vaccination|immunization|immunizations|immunize|reduce (?:the |my |your )?"
        r"(?:risk|chance|chances)|lower (?:the |my |your )?(?:risk|chance|chances)|"
        r"keep (?:it|this|them|from)|stop (?:it|this) from|from (?:getting|coming back|"
        r"spreading|recurring)|recurrence|reoccur|come back)\b",
    ),
    # --- prognosis / outlook
    (
        PROGNOSIS,
        1.0,
        r"\b(?:prognosis|outlook|life expectancy|expectancy|survival|survive|surviving|"
        r"survivor|live (?:with|long)|how long (?:will|would|can|does|do|did|is|are|until|before|"
        r"to|it|for)|will (?:it|this|i|he|she|they|my \w+) (?:ever )?(?:go away|get better|"
        r"improve|recover|heal|come back|get worse|return|last|disappear|die|live)|"
        r"go away|goes away|get better|gets better|get worse|gets worse|worsen|recover|"
        r"recovery|recovering|fatal|deadly|terminal|die|dying|death|mortality|chance|chances|"
        r"odds|expect|expected|permanent|permanently|progress|progression|progressive|stage|"
        r"stages|serious|dangerous|life threatening|normal life|future|grow out of|outgrow|"
        r"back to normal|normal again|will (?:\w+ ){0,3}be (?:ok|okay|fine|alright|all right|"
        r"normal))\b",
    ),
    # --- complications
    (
        COMPLICATIONS,
        1.0,
        r"\b(?:complication|complications|lead to|leads to|led to|long term effects?|"
        r"long term consequences?|consequences?|damage|damages|after effects?|aftereffects?|"
        r"birth defects?|harm (?:the|my) baby|affect (?:the|my) (?:baby|pregnancy|fetus)|"
        r"result in|results in|affect (?:my|the|his|her|your|their|other)|effects? (?:of|on) "
        r"(?:the|my|his|her|your))\b",
    ),
    (COMPLICATIONS, 0.6, r"\bcan (?:\w+ ){1,4}cause\b"),
    # --- inheritance / genetics
    (
        INHERITANCE,
        1.0,
        r"\b(?:inherit|inherited|inheritance|inheriting|hereditary|heredity|genetic|genetics|"
        r"genetically|gene|genes|genetic changes?|mutation|mutations|chromosome|chromosomes|"
        r"chromosomal|dna|carrier|carriers|runs? in (?:the |my |our |his |her )?famil(?:y|ies)|"
        r"family history|pass (?:\w+ )?(?:on|down)|passed (?:\w+ )?(?:on|down)|"
        r"(?:my|our|his|her) (?:children|kids|child|son|daughter|grandchildren) "
        r"(?:get|have|inherit|develop))\b",
    ),
    # --- susceptibility (who gets it, risk)
    (
        SUSCEPTIBILITY,
        1.0,
        r"\b(?:who (?:gets|get|can get|is at risk|are at risk|is affected|are affected|is "
        r"likely|develops|is more likely|usually gets)|at risk|risk factors?|risks? of (?:getting|"
        r"developing|having)|more likely|less likely|susceptible|susceptibility|prone|"
        r"predisposed|predisposition|can (?:men|women|children|kids|babies|adults|"
        r"teenagers|elderly|people|a man|a woman|a child|i|you|someone) (?:get|have|develop|"
        r"catch)|(?:is|are) (?:it|this|they|\w+) contagious|contagious|catching|infectious|"
        r"transmit|transmitted|transmission|spread|spreads|spreading)\b",
    ),
    # --- frequency
    (
        FREQUENCY,
        1.0,
        r"\b(?:how common|how rare|how many (?:people|persons|americans|patients|cases|children|"
        r"women|men|adults|individuals)|how often does (?:it|this|\w+) (?:occur|happen)|"
        r"prevalence|prevalent|incidence|statistics|statistic|how widespread|number of (?:people|"
        r"cases|patients)|percentage of (?:people|population|patients)|is (?:it|this|\w+) "
        r"(?:common|rare)|rare)\b",
    ),
    # --- side effects
    (
        SIDE_EFFECTS,
        1.0,
        r"\b(?:side effect|side effects|sideeffects?|adverse (?:effects?|reactions?|events?)|"
        r"reaction to|reactions to|allergic to|is (?:it|this) safe|safe to|safety|harmful|"
        r"toxic|toxicity|after (?:taking|starting|using|stopping)|since (?:taking|starting|i "
        r"started|i began)|withdrawal|does (?:it|this|\w+) cause)\b",
    ),
    # --- dosage
    (
        DOSAGE,
        1.0,
        r"\b(?:dose|doses|dosage|dosages|dosing|overdose|how much (?:\w+ ){0,3}(?:should|can|"
        r"do|to|is)|how many (?:\w+ ){0,2}(?:pills|tablets|capsules|mg|milligrams|times|units|"
        r"drops|puffs)|how often (?:should|can|do|to|must)|mg|milligrams?|mcg|maximum|max|"
        r"missed (?:a |my )?(?:dose|pill)|strength|times a day|per day|daily amount)\b",
    ),
    # --- interactions
    (
        INTERACTIONS,
        1.0,
        r"\b(?:interact|interacts|interaction|interactions|interfere|interferes|contraindicated|"
        r"contraindication|contraindications|together with|at the same time|combine|combined|"
        r"combining|combination|mix|mixing|along with|in addition to|take (?:\w+ ){1,3}with|"
        r"taking (?:\w+ ){1,3}with|with alcohol|drink alcohol|drinking alcohol|while (?:taking|"
        r"on|using))\b",
    ),
    # --- cost / insurance
    (
        COST,
        1.0,
        r"\b(?:cost|costs|costly|price|prices|pricing|afford|affordable|expensive|cheap|cheaper|"
        r"insurance|insured|uninsured|insurer|medicare|medicaid|coverage|covered|cover the|pay|"
        r"paying|payment|financial|financially|free of charge|for free|low income|money|"
        r"copay|coupon|assistance program|bill|bills)\b",
    ),
    # --- resources: where to find / support / research / trials / specialists
    (
        RESOURCES,
        1.0,
        r"\b(?:clinical trials?|trials?|research|researches|researching|researchers|study|"
        r"studies|studying|support groups?|support|organization|organizations|organisation|"
        r"foundation|association|specialist|specialists|specializes|expert|experts|"
        r"refer me|referral|where (?:can|do|could|would|should|to) (?:i|we|you|one|he|she)? ?"
        r"(?:find|get|buy|go|obtain|look|locate|purchase|order|contact|see)|who (?:can|should|"
        r"could) (?:i|we) (?:see|contact|ask|call|talk)|what kind of doctor|which doctor|"
        r"what doctor|new (?:treatments?|drugs?|medications?|therapies|therapy|developments?|"
        r"research)|latest|recent|newest|breakthrough|experimental|volunteer|participate|"
        r"enroll|enrol|hospital|clinic|center|centre|near me|in my area|contact)\b",
    ),
    # --- information / definition (weak: dropped when a specific kind fires in the sentence)
    (
        INFORMATION,
        1.0,
        r"\b(?:what (?:is|are|s|was|were) (?:a |an |the )?|whats|what does (?:\w+ ){1,4}mean|"
        r"meaning|mean|means|definition|define|defined|information|info|informations|"
        r"(?:tell|teach|educate) (?:me|us) (?:more )?about|learn (?:more )?about|know (?:more )?"
        r"about|read (?:more )?about|understand|explain|explanation|overview|facts|fact sheet|"
        r"literature|brochure|brochures|pamphlet|pamphlets|material|materials|"
        r"types? of|kinds? of|forms? of|described|description|anything about|"
        r"do you have (?:any )?(?:\w+ )?(?:on|about)|details)\b",
    ),
]

_COMPILED = [(kind, weight, re.compile(pattern)) for kind, weight, pattern in _PATTERNS]

# Cue words whose misspellings are corrected before matching ("symtoms", "treatmnet").
_CUES = tuple(
    [
        "treatment",
        "treatments",
        "treated",
        "therapy",
        "therapies",
        "surgery",
        "medication",
        "medications",
        "medicine",
        "symptoms",
        "symptom",
        "diagnosis",
        "diagnosed",
        "diagnose",
        "prevent",
        "prevention",
        "causes",
        "caused",
        "inherited",
        "hereditary",
        "genetic",
        "complications",
        "prognosis",
        "outlook",
        "expectancy",
        "survival",
        "contagious",
        "research",
        "clinical",
        "trials",
        "support",
        "information",
        "prevalence",
        "vaccine",
        "vaccination",
        "effects",
        "dosage",
        "interaction",
        "interactions",
        "insurance",
        "specialist",
        "recovery",
        "permanent",
        "chemotherapy",
    ]
)
_CUE_SET = frozenset(_CUES)


@lru_cache(maxsize=65536)
def _correct(word: str) -> str:
    if len(word) < 6 or word in _CUE_SET:
        return word
    for cue in _CUES:
        if (
            cue[0] == word[0]
            and abs(len(cue) - len(word)) <= 1
            and edit_distance(word, cue, 1) <= 1
        ):
            return cue
    return word


def _bare(sentence: str) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", clean(sentence)).split()
    return " ".join(_correct(w) for w in words)


def sentence_kinds(sentence: str) -> dict[str, float]:
    """Kinds asked in one sentence, each with its strongest cue weight."""
    s = _bare(sentence)
    found: dict[str, float] = {}
    for kind, weight, pattern in _COMPILED:
        if weight > found.get(kind, 0.0) and pattern.search(s):
            found[kind] = weight
    if len(found) > 1:
        found.pop(INFORMATION, None)
    return found


def kind_scores(text: str) -> dict[str, float]:
    """Salience-weighted score of every kind found in ``text`` (empty when none is found)."""
    scores: dict[str, float] = {}
    for i, (sentence, _, asks) in enumerate(weighted_sentences(text)):
        # Sentences that ask something decide the kind; the story around them counts little.
        weight = (2.0 if asks else 0.5) + (0.5 if i == 0 else 0.0)
        for kind, w in sentence_kinds(sentence).items():
            scores[kind] = scores.get(kind, 0.0) + weight * w
    return scores


def question_kinds(text: str) -> list[str]:
    """Every kind asked in ``text``, most salient first; ``["other"]`` when none is recognised."""
    scores = kind_scores(text)
    if not scores:
        return [OTHER]
    order = {k: i for i, k in enumerate(KINDS)}
    return sorted(scores, key=lambda k: (-scores[k], order[k]))


def question_kind(text: str) -> str:
    """The main kind of question asked in ``text`` (one of ``KINDS``)."""
    return question_kinds(text)[0]
