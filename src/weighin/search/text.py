"""Text helpers for question matching: normalisation, tokens, light stemming, sentences, synonyms.

Pure Python, no third-party packages. Everything here is deterministic and cheap enough to run
on every request.

- ``clean(text)``: lower case, accents, quotes and possessives removed; punctuation kept.
- ``tokenize(text)``: word tokens of ``clean(text)``.
- ``stem(word)``: a light, consistent stemmer (plurals, -ing/-ed/-ment, final -e).
- ``sentences(text)`` / ``is_question(sentence)``: split a patient's message and find the parts
  that actually ask something.
- ``load_synonyms()``: the consumer <-> clinical synonym groups of ``data/synonyms.txt``.
- ``canonical_stems(tokens)``: stems with synonym phrases replaced by their group's canonical name.
- ``fuzzy_equal(a, b)``: same stem, or a likely typo / derived form of it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
SYNONYMS_PATH = DATA_DIR / "synonyms.txt"


def _word_list(path: Path) -> frozenset[str]:
    """One word per line; blank lines and lines starting with # are skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if (w := line.strip()) and not w.startswith("#"))


STOPWORDS = _word_list(DATA_DIR / "stopwords.txt")

# Stemming exceptions: words whose final "s" is not a plural.
_KEEP_S = frozenset(
    [
        "aids",
        "diabetes",
        "herpes",
        "measles",
        "mumps",
        "rabies",
        "scabies",
        "lupus",
        "shingles",
        "tetanus",
        "virus",
        "status",
        "always",
        "various",
        "nervous",
        "serious",
        "previous",
        "famous",
        "jealous",
        "anus",
        "sinus",
        "bus",
        "gas",
        "plus",
        "lens",
    ]
)
_VOWELS = set("aeiouy")

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
_POSSESSIVE = re.compile(r"(\w)'s\b")
_APOSTROPHE_IN_WORD = re.compile(r"(\w)'(\w)")
_WORD = re.compile(r"[a-z0-9]+")
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+|[\r\n]+|(?<=[a-z0-9])\s*[;:]\s+(?=[a-z])")
_SPACES = re.compile(r"\s+")

_QUESTION_START = re.compile(
    r"^(?:(?:so|and|but|also|ok|okay|well|hi|hello|dear \w+|sir|madam|doctor|doc|please|thanks?|"
    r"thank you|now|then|my question is|question|q)\W+)*"
    r"(?:what|whats|why|how|hows|when|where|which|who|whom|whose|is|are|am|was|were|can|cant|"
    r"could|do|does|did|should|shall|would|will|may|might|has|have|had|any|must|isnt|arent|"
    r"doesnt|dont)\b"
)
_REQUEST = re.compile(
    r"\b(?:i (?:would|d|will|wil) (?:like|love) (?:to know|to learn|to find|to get|to have|to "
    r"understand|information|info|more|some)|i (?:want|wanted|need|needed|wish|am looking|m looking"
    r"|am seeking|m seeking|am trying|m trying) (?:to know|to learn|to find|to understand|"
    r"information|info|more|some|help|advice|for)|please (?:tell|send|let|help|advise|explain|"
    r"give|provide|inform|mail|email|suggest|recommend)|(?:i am|i m|im|am) (?:wondering|curious)|"
    r"i wonder|i was wondering|wondering (?:if|whether|what|how|why)|can you|could you|would you|"
    r"tell me|let me know|looking for|in search of|need (?:information|info|advice|help|to know)"
    r"|want to know|like to know|interested in)\b"
)


def clean(text: str) -> str:
    """Lower-case ``text`` with accents, curly quotes and possessives removed; keeps punctuation.

    >>> clean("Crohn\u2019s  Disease")
    'crohn disease'
    """
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_APOSTROPHES).translate(_QUOTES).lower()
    text = _POSSESSIVE.sub(r"\1", text)
    text = text.replace("s' ", "s ")
    text = _APOSTROPHE_IN_WORD.sub(r"\1\2", text)  # can't -> cant, i'm -> im
    return _SPACES.sub(" ", text).strip()


def tokenize(text: str) -> list[str]:
    """Word tokens (letters and digits) of ``clean(text)``."""
    return _WORD.findall(clean(text))


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """Singular form of a lower-case word: plurals only ("therapies" -> "therapy",
    "migraines" -> "migraine", "diabetes" stays). Readable, for display and word lists."""
    w = word.lower()
    if len(w) <= 3 or w.isdigit() or w in _KEEP_S:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("sses"):
        return w[:-2]
    if w.endswith(("xes", "ches", "shes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "ys")):
        return w[:-1]
    return w


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stemmer: consistent rather than linguistically exact.

    Plurals ("therapies" -> "therapy", "tests" -> "test"), -ing / -ed / -ment endings and a final
    "e" are removed, so "treat", "treated", "treating", "treatment" and "treatments" share a stem,
    as do "diagnose" and "diagnosed".
    """
    w = lemma(word)
    if len(w) <= 3 or w.isdigit() or w in _KEEP_S:
        return w
    for suffix in ("ment", "ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            base = w[: -len(suffix)]
            if _VOWELS & set(base):
                w = base
                if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "lsz":
                    w = w[:-1]  # stopped -> stopp -> stop
                break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


def stems(text: str) -> list[str]:
    return [stem(t) for t in tokenize(text)]


def sentences(text: str) -> list[str]:
    """Split ``text`` into sentences (on . ? ! followed by a space, line breaks, ; and :)."""
    parts = _SENTENCE_END.split((text or "").strip())
    return [p.strip() for p in parts if p and p.strip(" .?!")]


def is_question(sentence: str) -> bool:
    """True for a sentence that asks something: ends with "?", starts like a question
    (wh-word, how, can, is, do ...) or is a request ("I would like to know", "please tell me")."""
    s = clean(sentence)
    if not s:
        return False
    if s.rstrip().endswith("?"):
        return True
    bare = re.sub(r"[^a-z0-9 ]+", " ", s)
    bare = _SPACES.sub(" ", bare).strip()
    return bool(_QUESTION_START.match(bare) or _REQUEST.search(bare))


def weighted_sentences(text: str) -> list[tuple[str, float, bool]]:
    """``(sentence, weight, is_question)`` for each sentence of a question.

    A question or request sentence weighs 2, any other sentence 1, and the first sentence
    (the subject line of a patient's message, or the question itself) gets +0.5.
    """
    out = []
    for i, sent in enumerate(sentences(text)):
        q = is_question(sent)
        weight = (2.0 if q else 1.0) + (0.5 if i == 0 else 0.0)
        out.append((sent, weight, q))
    return out


# ---------------------------------------------------------------------------- synonyms


def _parse_synonyms(path: Path) -> list[tuple[str, ...]]:
    groups: list[tuple[str, ...]] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or "=" not in line:
            continue
        head, _, rest = line.partition("=")
        terms = [" ".join(tokenize(head))]
        terms += [" ".join(tokenize(t)) for t in rest.split(",")]
        group = tuple(dict.fromkeys(t for t in terms if t))
        if len(group) > 1:
            groups.append(group)
    return groups


@lru_cache(maxsize=4)
def synonym_groups(path: str | None = None) -> tuple[tuple[str, ...], ...]:
    """Every synonym group of the file, canonical term first, as normalised phrases."""
    return tuple(_parse_synonyms(Path(path) if path else SYNONYMS_PATH))


def load_synonyms(path: str | Path | None = None) -> dict[str, tuple[str, ...]]:
    """Load the consumer <-> clinical synonym list (``data/synonyms.txt`` by default).

    The file has one group per line, ``term = synonym, synonym``; the term left of ``=`` is the
    canonical one. Returns a mapping from every normalised term of every group (canonical or
    not) to the other terms of its group, canonical term first, e.g.
    ``{"heart attack": ("myocardial infarction", "mi", ...), "myocardial infarction":
    ("heart attack", "mi", ...)}``. Suited to query expansion: look up a phrase, add the others.
    """
    out: dict[str, tuple[str, ...]] = {}
    for group in synonym_groups(str(path) if path else None):
        for term in group:
            others = tuple(t for t in group if t != term)
            out[term] = tuple(dict.fromkeys(out.get(term, ()) + others))
    return out


@lru_cache(maxsize=4)
def _synonym_index(
    path: str | None = None,
) -> tuple[dict[tuple[str, ...], tuple[str, str]], int]:
    """Stemmed phrase -> (canonical token, canonical phrase), and the longest phrase length.

    The canonical token joins the stems of the group's first term with "_"
    ("myocardial_infarction"); the phrase is that term as written ("myocardial infarction")."""
    index: dict[tuple[str, ...], tuple[str, str]] = {}
    longest = 1
    for group in synonym_groups(path):
        canonical = "_".join(stem(t) for t in group[0].split())
        for term in group:
            key = tuple(stem(t) for t in term.split())
            index.setdefault(key, (canonical, group[0]))
            longest = max(longest, len(key))
    return index, longest


def canonical_units(tokens: list[str]) -> list[tuple[str, str, int]]:
    """``(key, display, start)`` per unit of ``tokens``: a synonym phrase (longest match first)
    becomes one unit keyed by its canonical token and shown as the canonical phrase; any other
    token is keyed by its stem and shown as its singular (``lemma``). ``start`` indexes tokens."""
    index, longest = _synonym_index()
    st = [stem(t) for t in tokens]
    out: list[tuple[str, str, int]] = []
    i = 0
    while i < len(st):
        for n in range(min(longest, len(st) - i), 0, -1):
            hit = index.get(tuple(st[i : i + n]))
            if hit is not None:
                out.append((hit[0], hit[1], i))
                i += n
                break
        else:
            out.append((st[i], lemma(tokens[i]), i))
            i += 1
    return out


def canonical_stems(tokens: list[str]) -> list[str]:
    """Stem ``tokens`` and replace synonym phrases (longest match first) by their canonical token.

    >>> canonical_stems(["my", "heart", "attacks"])
    ['my', 'myocardial_infarction']
    """
    return [key for key, _, _ in canonical_units(tokens)]


# ---------------------------------------------------------------------------- fuzzy matching


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Optimal string alignment distance (transpositions count 1), capped at ``limit + 1``."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
            best = min(best, cur[j])
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return min(prev[-1], limit + 1)


@lru_cache(maxsize=262144)
def fuzzy_equal(a: str, b: str) -> bool:
    """Same stem, or close enough to be a typo or a derived form of it.

    - one edit (transposition included) for words of 5+ letters with the same first letter;
    - two edits for words of 9+ letters sharing their first four letters (so "hypertension" and
      "hypotension" stay apart);
    - a shared prefix of 6+ letters covering 75 % of the shorter word ("diabetic"/"diabete").
    Canonical synonym tokens (with "_") and numbers match exactly only.
    """
    if a == b:
        return True
    if "_" in a or "_" in b or a.isdigit() or b.isdigit():
        return False
    short, long_ = sorted((len(a), len(b)))
    if short < 5 or a[0] != b[0]:
        return False
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    if prefix >= 6 and prefix >= 0.75 * short and long_ - prefix <= 3:
        return True
    d = edit_distance(a, b, 2)
    if d <= 1:
        return True
    return d == 2 and short >= 9 and a[:4] == b[:4]
