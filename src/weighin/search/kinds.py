"""What kind of question is asked: definition, cause, treatment, ... (the question's "type").

``question_kind(text)`` gives the main kind, ``question_kinds(text)`` every kind found, most
salient first, and ``kind_scores(text)`` the scores behind them. Consumer questions often ask
several things ("what causes it and how is it treated?") and start with a subject line followed
by a long story; each clause is scored with the hand-written cue patterns of ``kind_cues``, and
sentences that actually ask something (ending in "?", starting with a wh-word / how / can / is
..., or requests such as "I would like to know") count double (see ``text.weighted_sentences``).
``kind_profile(text)`` keeps apart what the questions ask and what the story only mentions ("the
scan showed stones"), and ``compatibility(faq_kind, asked)`` says how much an answer of one kind
answers a question of another.

"information" (what is X, tell me about X) is a weak kind: a clause that also asks a more
specific kind ("what is the treatment for X") counts for the specific kind only, while "what is
X, and how is it treated?" asks both. Cue words inside a name ("hereditary angioedema") and the
story phrase "I was diagnosed with" ask nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from weighin.search.kind_cues import PATTERNS
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
        # "Can lisinopril cause a cough?": a cause, a side effect or a complication, by focus.
        (CAUSE, SIDE_EFFECTS),
        (CAUSE, COMPLICATIONS),
        (PREVENTION, SUSCEPTIBILITY),
        (FREQUENCY, SUSCEPTIBILITY),
    )
)


RELATED_SHARE = 0.5
# What a definition ("What is glaucoma?") answers of a more specific question ("How is it
# treated?"): 0, 0.25 and 0.5 cross-validate alike on the training pairs (bench/REPORT.md), so
# the rule stands: nothing.
INFORMATION_SHARE = 0.0


def related(a: str, b: str) -> bool:
    """True when kinds ``a`` and ``b`` differ but their answers overlap (cause / susceptibility)."""
    return a != b and frozenset((a, b)) in RELATED


def compatibility(faq_kind: str, asked: str) -> float:
    """How much an answer to a question of kind ``faq_kind`` answers one of kind ``asked``
    (the kind-compatibility matrix): 1 for the same kind, ``RELATED_SHARE`` for related kinds,
    ``INFORMATION_SHARE`` for a definition against anything more specific, 0 otherwise."""
    if OTHER in (faq_kind, asked):
        return 0.0
    if faq_kind == asked:
        return 1.0
    if faq_kind == INFORMATION:
        return INFORMATION_SHARE
    return RELATED_SHARE if related(faq_kind, asked) else 0.0


_COMPILED = [(kind, weight, re.compile(pattern)) for kind, weight, pattern in PATTERNS]

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


# Story, not a question about diagnosis: "I was diagnosed with gout last year".
_TOLD = re.compile(r"\b(?:was|were|been|got|just|recently|newly) diagnosed (?:with|as|of)\b")


# In "What is hereditary angioedema?" the cue word is part of a name, not a kind of question
# (but "Is it a hereditary disease?" asks about inheritance).
_NAME_CUE = re.compile(
    r"\b(?:hereditary|inherited|genetic|familial|progressive|fatal|infectious|permanent|"
    r"terminal|toxic|due to) (?!(?:changes?|tests?|testing|counseling|counselling|factors?|"
    r"risks?|causes?|diseases?|disorders?|conditions?|problems?|illness(?:es)?|traits?|links?|"
    r"components?|basis|predisposition|of|for|and|or|in|to|is|are|it|this|that)\b)(?=[a-z0-9])"
)


def _bare(sentence: str) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", clean(sentence)).split()
    bare = _TOLD.sub("told", " ".join(_correct(w) for w in words))
    return _NAME_CUE.sub("", bare)


# Clauses of one sentence: "What is NARES, and how do you diagnose it?" asks two things, while
# "What is the treatment for NARES?" asks one (the definition frame belongs to "treatment").
_CLAUSE = re.compile(
    r"\s*[,;]\s*|\s+(?:and|or|but|also)\s+(?=(?:how|what|whats|why|when|where|who|which|is|"
    r"are|can|could|do|does|did|should|will|would|any|if)\b)"
)


def _clause_kinds(clause: str) -> dict[str, float]:
    s = _bare(clause)
    found: dict[str, float] = {}
    for kind, weight, pattern in _COMPILED:
        if weight > found.get(kind, 0.0) and pattern.search(s):
            found[kind] = weight
    if len(found) > 1:
        found.pop(INFORMATION, None)
    return found


def sentence_kinds(sentence: str) -> dict[str, float]:
    """Kinds asked in one sentence, each with its strongest cue weight. "information" counts
    only in a clause that asks nothing more specific."""
    return dict(_sentence_kinds(sentence))


@lru_cache(maxsize=65536)
def _sentence_kinds(sentence: str) -> tuple[tuple[str, float], ...]:
    # Cached: a patient's message is compared with many existing questions.
    found: dict[str, float] = {}
    for clause in _CLAUSE.split(clean(sentence)):
        for kind, weight in _clause_kinds(clause).items():
            found[kind] = max(found.get(kind, 0.0), weight)
    return tuple(found.items())


def kind_scores(text: str) -> dict[str, float]:
    """Salience-weighted score of every kind found in ``text`` (empty when none is found)."""
    scores: dict[str, float] = {}
    for i, (sentence, _, asks) in enumerate(weighted_sentences(text)):
        # Sentences that ask something decide the kind; the story around them counts little.
        weight = (2.0 if asks else 0.5) + (0.5 if i == 0 else 0.0)
        for kind, w in sentence_kinds(sentence).items():
            scores[kind] = scores.get(kind, 0.0) + weight * w
    return scores


@dataclass(frozen=True)
class KindProfile:
    """Kinds of one message: ``asked`` scores the sentences that ask something (or the whole
    text when none does), ``told`` the story around them ("the scan showed stones")."""

    asked: dict[str, float]
    told: dict[str, float]

    def share(self, faq_kind: str) -> float:
        """How much of what is asked a question of ``faq_kind`` answers (0-1): its
        compatibility with each kind asked, relative to the most salient kind asked."""
        if not self.asked:
            return 0.0
        top = max(self.asked.values())
        return max(compatibility(faq_kind, k) * v / top for k, v in self.asked.items())

    def only_told(self, faq_kind: str) -> bool:
        """True when the story mentions ``faq_kind`` but no sentence asks it (or a related one)."""
        return faq_kind in self.told and not any(compatibility(faq_kind, k) > 0 for k in self.asked)


@lru_cache(maxsize=8192)
def kind_profile(text: str) -> KindProfile:
    """Kinds asked by the questions of ``text`` and kinds only mentioned around them."""
    sents = weighted_sentences(text)
    any_question = any(asks for _, _, asks in sents)
    asked: dict[str, float] = {}
    told: dict[str, float] = {}
    for i, (sentence, _, asks) in enumerate(sents):
        # A message that asks nothing in so many words (a subject line, "info on gout") is
        # its own question.
        target = asked if asks or not any_question else told
        weight = 1.5 if i == 0 else 1.0
        for kind, w in sentence_kinds(sentence).items():
            target[kind] = target.get(kind, 0.0) + weight * w
    return KindProfile(asked, told)


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
