"""The focus of a question: the disease, drug or condition it is about.

``focus_terms(text)`` returns the focus as normalised terms, most salient first:
lower case, possessives removed, light stemming ("migraines" -> "migraine"), and the
consumer <-> clinical synonyms of ``data/synonyms.txt`` folded to one canonical token
("high blood pressure" -> "hypertension", "heart attack" -> "myocardial_infarction").
Question words, question-kind words ("treatment", "symptoms"), filler and time words are
left out (``data/focus_words.txt``).

``focus_profile(text)`` gives the weights behind the order: terms in the subject line of a
patient's message and in the sentences that ask something weigh more than terms in the story
around them, and modifiers or general nouns ("chronic", "disease") weigh less than head terms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from weighin.search.text import (
    DATA_DIR,
    STOPWORDS,
    canonical_units,
    fuzzy_equal,
    stem,
    tokenize,
    weighted_sentences,
)

FOCUS_WORDS_PATH = DATA_DIR / "focus_words.txt"

WEAK_WEIGHT = 0.4
NUMBER_WEIGHT = 0.3


@lru_cache(maxsize=1)
def _word_lists() -> tuple[frozenset[str], frozenset[str]]:
    sections: dict[str, set[str]] = {"generic": set(), "weak": set()}
    current = None
    for raw in FOCUS_WORDS_PATH.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
            continue
        if current is not None:
            current.update(stem(t) for t in tokenize(line))
    generic = frozenset(sections["generic"] | {stem(w) for w in STOPWORDS})
    return generic, frozenset(sections["weak"] - generic)


def is_generic(term: str) -> bool:
    """True for a stemmed token that is never part of a focus (question words, filler)."""
    return term in _word_lists()[0] or term in STOPWORDS


def term_weight(term: str) -> float:
    """How much a focus term counts: 1 for head terms, less for modifiers and numbers."""
    if term.isdigit() or (len(term) <= 2 and "_" not in term):
        return NUMBER_WEIGHT
    if term in _word_lists()[1]:
        return WEAK_WEIGHT
    return 1.0


@dataclass(frozen=True)
class FocusProfile:
    """The focus of one question.

    ``weights``: focus term -> salience (sentence weight x term weight, summed over mentions).
    ``salient``: focus terms of the subject line and of the sentences that ask something.
    ``tokens``: every content stem of the text (synonyms folded), for matching the other side.
    ``display``: readable form of each term; ``parts``: for a synonym phrase folded to one
    canonical term, the stems of the words as written ("high", "blood", "pressur").
    """

    weights: dict[str, float] = field(default_factory=dict)
    salient: frozenset[str] = frozenset()
    tokens: frozenset[str] = frozenset()
    display: dict[str, str] = field(default_factory=dict)
    parts: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def terms(self) -> list[str]:
        """Matching keys (stems, canonical tokens), most salient first."""
        return list(self.weights)

    @property
    def readable(self) -> list[str]:
        """The same terms as readable words ("migraine", "myocardial infarction")."""
        return [self.display.get(t, t) for t in self.weights]


# Words after which a sentence usually names a place on the body, not the condition itself
# ("psoriasis on my elbows", "pain in my left knee").
_LOCATIVE = frozenset(
    [
        "on",
        "in",
        "at",
        "around",
        "near",
        "under",
        "behind",
        "inside",
        "above",
        "below",
        "over",
        "between",
    ]
)
LOCATIVE_WEIGHT = 0.6


@lru_cache(maxsize=8192)
def focus_profile(text: str) -> FocusProfile:
    """Focus terms of ``text`` with their salience (see the module docstring)."""
    weights: dict[str, float] = {}
    salient: set[str] = set()
    tokens: set[str] = set()
    order: dict[str, int] = {}
    display: dict[str, str] = {}
    parts: dict[str, tuple[str, ...]] = {}
    for i, (sentence, weight, asks) in enumerate(weighted_sentences(text)):
        words = tokenize(sentence)
        units = [u for u in canonical_units(words) if not is_generic(u[0])]
        subject = i == 0 and len(words) <= 8 and not asks
        w = 3.0 if subject else weight
        if subject or asks or i == 0:
            salient.update(key for key, _, _ in units)
        # Matching the other question also sees the words inside synonym phrases.
        tokens.update(s for s in (stem(w) for w in words) if not is_generic(s))
        locative = next((j for j, word in enumerate(words) if word in _LOCATIVE), len(words))
        for n, (key, shown, start) in enumerate(units):
            if "_" in key or key != stem(words[start]):
                end = units[n + 1][2] if n + 1 < len(units) else len(words)
                raw = tuple(stem(w) for w in words[start:end] if not is_generic(stem(w)))
                parts.setdefault(key, raw)
            tokens.add(key)
            order.setdefault(key, len(order))
            display.setdefault(key, shown)
            place = LOCATIVE_WEIGHT if start > locative else 1.0
            weights[key] = weights.get(key, 0.0) + w * place * term_weight(key)
    ranked = dict(sorted(weights.items(), key=lambda kv: (-kv[1], order[kv[0]])))
    return FocusProfile(ranked, frozenset(salient), frozenset(tokens), display, parts)


def focus_terms(text: str) -> list[str]:
    """The focus of ``text`` as normalised terms, most salient first: lower case, singular,
    synonyms folded to the canonical term of ``data/synonyms.txt``.

    >>> focus_terms("How are high blood pressure and migraines treated?")
    ['hypertension', 'migraine']
    """
    return focus_profile(text).readable


def focus_keys(text: str) -> list[str]:
    """Like ``focus_terms`` but as matching keys (stems, "_"-joined canonical tokens)."""
    return focus_profile(text).terms


def focus_phrase(text: str) -> str:
    """The focus words of a short question in their original order ("type 2 diabetes")."""
    return " ".join(w for w in tokenize(text) if not is_generic(stem(w)))


def match_score(term: str, tokens: frozenset[str] | set[str]) -> float:
    """How well focus ``term`` is found among ``tokens`` (content stems of the other question).

    1.0: the same term, a synonym folded to the same canonical token, a typo or a derived form
    ("fibromialgia", "diabetic"), or a term that names part of a more specific canonical token
    of the other side ("diabet" in "type_2_diabet"). 0.6: a multi-word canonical term whose head
    (last word) is found ("type_2_diabet" against "diabetes"). 0 otherwise.
    """
    if term in tokens:
        return 1.0
    if any(fuzzy_equal(term, t) for t in tokens):
        return 1.0
    if "_" not in term and any("_" in t and term in t.split("_") for t in tokens):
        return 1.0
    if "_" in term:
        heads = [p for p in term.split("_") if term_weight(p) >= 1.0 and not is_generic(p)]
        if heads and any(fuzzy_equal(heads[-1], t) for t in tokens):
            return 0.6
    return 0.0


def matches(term: str, tokens: frozenset[str] | set[str]) -> bool:
    """True when ``term`` (a focus term) is found among ``tokens`` (see ``match_score``)."""
    return match_score(term, tokens) >= 1.0
