"""Turning what a person typed into plain search terms, and those into a query plan.

Nothing typed reaches a full-text engine as syntax: text is cut to a length, split into word
tokens here (letters and digits only), stop words and greeting boilerplate are dropped, and the
backends quote every term themselves. So `"`, `*`, `NEAR`, `-`, `OR`, parentheses, `:` or a
stray quote are only ever words or nothing, never operators.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from weighin.search.text import is_question
from weighin.search.text import stem as match_stem

MAX_QUERY_CHARS = 300  # a search box query
MAX_TEXT_CHARS = 2000  # a question being typed (title and details): patients write long
MAX_SEARCH_TERMS = 12
MAX_SIMILAR_TERMS = 24
MAX_TOKEN_CHARS = 40

# Letters and digits, with inner apostrophes ("can't", "Crohn's"); nothing else is a token.
TOKEN_RE = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
SAFE_TOKEN_RE = re.compile(r"^[^\W_]+$")
SENTENCE_RE = re.compile(r"[^.?!\n]+[.?!\n]*")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# English function words: they carry no topic. A superset of PostgreSQL's `english` list, so
# no term reaches a tsquery only to be dropped there.
STOP_WORDS = _words(
    """
    a about above after again against all am an and any are aren arent as at be because been
    before being below between both but by can cannot cant could couldn couldnt d did didn
    didnt do does doesn doesnt doing don dont down during each few for from further had hadn
    hadnt has hasn hasnt have haven havent having he hed hell hes her here heres hers
    herself him himself his how hows i id ill im ive if in into is isn isnt it its itself
    just ll let lets m ma me might mightn more most mustn my myself needn no nor not now o
    of off on once only or other ought our ours ourselves out over own re s same shan she
    shed shell shes should shouldn shouldnt so some such t than that thats the their theirs
    them themselves then there theres these they theyd theyll theyre theyve this those
    through to too under until up ve very was wasn wasnt we wed well were weve weren werent
    what whats when whens where wheres which while who whos whom why whys will with won wont
    would wouldn wouldnt y you youd youll youre youve your yours yourself yourselves also
    get got gets getting us
    """
)

# Words that patients put around a question rather than in it: greetings, sign-offs, requests
# for help and information, placeholders for removed names. Dropped from similar-question
# queries (a search box query keeps them: someone searching "help" means it).
BOILERPLATE = _words(
    """
    hi hello hey dear greetings thanks thank thankyou regards sincerely best wishes please
    pls plz kindly sir madam mr mrs ms dr doctor doctors name question questions ask asking
    asked wondering wonder know knowing tell telling info information informations advice
    advise suggest suggestion want wanted wanting need needs needed like would could anyone
    someone somebody something anything help helpful appreciate appreciated reply respond
    response email mail write writing read reading really thing things currently yes ok okay
    etc
    """
)


def normalise(text: str) -> str:
    """NFKC, case-folded, accents kept (the engines fold them), control characters gone."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    if text.isprintable():  # most text: no character to look at one by one
        return text
    return "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in text)


def tokens(text: str) -> list[str]:
    """Word tokens of `text`, possessives and inner apostrophes removed ("crohn's" -> "crohn",
    "can't" -> "cant"). Over-long tokens (pasted hashes, URLs) are dropped."""
    out = []
    for raw in TOKEN_RE.findall(normalise(text)):
        if "'" not in raw and "\u2019" not in raw:  # already letters and digits only
            if len(raw) <= MAX_TOKEN_CHARS:
                out.append(raw)
            continue
        word = re.sub(r"['\u2019]s$", "", raw)
        word = re.sub(r"['\u2019]", "", word)
        if word and len(word) <= MAX_TOKEN_CHARS and SAFE_TOKEN_RE.match(word):
            out.append(word)
    return out


_DOUBLE = re.compile(r"([^aeiouylsz])\1$")
_VOWEL = re.compile(r"[aeiouy]")


def stem(word: str) -> str:
    """A light stemmer that also strips derivational endings (treatment -> treat, diagnosis
    -> diagnos, medication -> medic): used to search a word as a prefix, since the engines'
    stemmers keep "treatment" and "treated" apart. Words are compared with search.text.stem
    (`match_stem`), which the synonym list is written for."""
    w = word
    if len(w) <= 3 or not w.isascii():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix, keep in (("ments", 4), ("ment", 4), ("ations", 4), ("ation", 4), ("ness", 4),
                         ("ing", 3), ("edly", 3), ("ed", 3), ("ly", 4), ("is", 5)):  # fmt: skip
        if w.endswith(suffix) and len(w) - len(suffix) >= keep and _VOWEL.search(w[: -len(suffix)]):
            w = w[: -len(suffix)]
            if suffix in ("ing", "ed", "edly"):
                w = _DOUBLE.sub(r"\1", w)
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


def content_words(text: str, *, drop_boilerplate: bool = False) -> list[str]:
    return [t for t in tokens(text) if is_content(t, drop_boilerplate)]


def is_content(word: str, drop_boilerplate: bool = False) -> bool:
    return word not in STOP_WORDS and not (drop_boilerplate and word in BOILERPLATE)


@dataclass(frozen=True)
class Group:
    """One concept of the query: it matches when any of its alternatives does. Each
    alternative is a phrase (a tuple of words); `prefix` marks the last word of the first
    alternative as a prefix (the word being typed). `weight` counts for ranking only; `stems`
    are the content words of every alternative, as search.text.stem gives them."""

    alternatives: tuple[tuple[str, ...], ...]
    weight: float = 1.0
    prefix: bool = False
    stems: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class QueryPlan:
    groups: tuple[Group, ...]
    text: str  # the cleaned text the plan came from

    def __bool__(self) -> bool:
        return bool(self.groups)

    @property
    def words(self) -> list[str]:
        return [" ".join(g.alternatives[0]) for g in self.groups]


def _synonym_index() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    from weighin.search.synonyms import synonym_index

    return synonym_index()


def _overlapping(alternative: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """True when one phrase contains the other's words ("anxiety" and "generalized anxiety
    disorder"): such an alternative finds nothing new, and would count the same words twice
    in the engine's ranking."""
    a, p = set(alternative), set(phrase)
    return a <= p or p <= a


def _group(alternatives: tuple[tuple[str, ...], ...], weight: float) -> Group:
    stems = frozenset(match_stem(w) for alt in alternatives for w in alt if w not in STOP_WORDS)
    return Group(alternatives=alternatives, weight=weight, stems=stems)


def _groups(
    words: list[str], weights: list[float], expand: bool, keep: Callable[[str], bool]
) -> list[Group]:
    """Phrases of the synonym list (matched on every token, longest first, so "hardening of
    the arteries" and "can't sleep" are found whole) become one group with their synonyms;
    other words `keep` accepts are a group each. A concept mentioned again keeps one group,
    with its highest weight."""
    index = _synonym_index() if expand else {}
    longest = max((len(k) for k in index), default=1)
    keys = [match_stem(w) for w in words]
    found: dict[tuple[str, ...], Group] = {}

    def add(key: tuple, alternatives: tuple[tuple[str, ...], ...], weight: float):
        if key in found:
            weight = max(weight, found[key].weight)
            alternatives = found[key].alternatives
        found[key] = _group(alternatives, weight)

    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            key = tuple(keys[i : i + size])
            if key in index and not (size == 1 and not keep(words[i])):
                phrase = tuple(words[i : i + size])
                others = tuple(a for a in index[key] if not _overlapping(a, phrase))
                # keyed by the synonym group, so "dry mouth" and "xerostomia" are one concept
                add(tuple(sorted(index[key])), (phrase, *others), max(weights[i : i + size]))
                i += size
                break
        else:
            if keep(words[i]):
                add((keys[i],), ((words[i],),), weights[i])
            i += 1
    return list(found.values())


def _typing_last_word(text: str, group: Group) -> bool:
    last = tokens(text)[-1:] if text and text[-1].isalnum() else []
    return (
        len(group.alternatives) == 1
        and len(group.alternatives[0]) == 1
        and last == list(group.alternatives[0])
    )


def _with_prefix(group: Group) -> Group:
    return Group(group.alternatives, group.weight, True, group.stems)


def search_plan(text: str, *, prefix_last: bool = False, expand: bool = True) -> QueryPlan:
    """A search box query: at most MAX_QUERY_CHARS characters and MAX_SEARCH_TERMS concepts."""
    text = (text or "")[:MAX_QUERY_CHARS].strip()
    words = tokens(text)
    groups = _groups(words, [1.0] * len(words), expand, is_content)
    if not groups:  # "how to" or "what is it": better the stop words than nothing at all
        groups = _groups(words, [1.0] * len(words), False, lambda w: len(w) > 2)
    groups = groups[:MAX_SEARCH_TERMS]
    if prefix_last and groups and _typing_last_word(text, groups[-1]):
        groups[-1] = _with_prefix(groups[-1])
    return QueryPlan(groups=tuple(groups), text=text)


FIRST_SENTENCE_WEIGHT = 2.0
QUESTION_WEIGHT = 1.5
FOCUS_WEIGHT = 2.0  # a disease, drug or body part counts twice a generic word ("pain", "help")
REPEAT_WEIGHT = 0.25  # each further mention of a concept, up to four
NUMBER_WEIGHT = 0.5  # ages and durations ("74-year-old", "3 weeks") say little about the subject


def is_focus_word(word: str) -> bool:
    """Not a question, kind, filler, people or time word (search.focus's hand-written lists):
    "lupus", "kidney", "rash", but not "treatment", "years" or "daughter"."""
    from weighin.search import focus

    return not focus.is_generic(match_stem(word))


def weighted_words(text: str) -> tuple[list[str], list[float]]:
    """Every word of a patient's message with a weight: the first sentence is usually the
    subject line ("Lupus.", "Dry mouth.") and sentences that ask something hold the question;
    the rest is story."""
    words: list[str] = []
    weights: list[float] = []
    for n, sentence in enumerate(SENTENCE_RE.findall(text)):
        weight = FIRST_SENTENCE_WEIGHT if n == 0 else 1.0
        if is_question(sentence):
            weight = max(weight, QUESTION_WEIGHT)
        found = tokens(sentence)
        words.extend(found)
        weights.extend([weight] * len(found))
    return words, weights


def similar_plan(text: str, *, prefix_last: bool = True, expand: bool = True) -> QueryPlan:
    """A question being typed, for "similar questions": greetings and filler dropped, every
    concept weighted by where it appears, how often, and whether it names a subject (see
    FOCUS_WEIGHT); the MAX_SIMILAR_TERMS heaviest kept, in their order."""
    text = (text or "")[:MAX_TEXT_CHARS].strip()
    words, weights = weighted_words(text)
    groups = _groups(words, weights, expand, lambda w: is_content(w, drop_boilerplate=True))
    mentions = [match_stem(w) for w in words]
    boosted = []
    for g in groups:
        repeats = sum(1 for m in mentions if m in g.stems) - 1
        weight = g.weight + REPEAT_WEIGHT * min(max(repeats, 0), 4)
        if all(w.isdigit() for w in g.alternatives[0]):
            weight *= NUMBER_WEIGHT
        elif any(is_focus_word(w) for w in g.alternatives[0]):
            weight *= FOCUS_WEIGHT
        boosted.append(Group(g.alternatives, weight, g.prefix, g.stems))
    order = sorted(range(len(boosted)), key=lambda i: (-boosted[i].weight, i))
    keep = sorted(order[:MAX_SIMILAR_TERMS])
    chosen = [boosted[i] for i in keep]
    typing = prefix_last and chosen and keep[-1] == len(boosted) - 1
    if typing and _typing_last_word(text, chosen[-1]):
        chosen[-1] = _with_prefix(chosen[-1])
    return QueryPlan(groups=tuple(chosen), text=text)


# --- bounded queries: what an engine can rank at any size -------------------------------------

# Documents a query may have the engine rank. Both engines rank every document a query
# matches (neither can skip the ones that cannot make the top), and SQLite's bm25 also
# reads every document list of the query's words once to weigh them, so a word found in half of
# a million questions costs a query hundreds of milliseconds however few results it returns
# (bench/bench_search.py). Below this many matches a query runs as planned.
RANK_BUDGET = 2_000


@dataclass(frozen=True)
class Bounded:
    """A plan cut down for a large collection of `documents` (see `bounded`). `ranked` are
    the concepts the engine matches and ranks on; `common` the others, found in so many
    documents that they say little about any one of them. When even the concepts ranked on
    match too many documents, `window` is set: about how many of the newest documents hold
    RANK_BUDGET of their matches (None: all). Only the newest matches are then looked at:
    PostgreSQL ranks those in the window, SQLite lists them newest first (see each backend)."""

    ranked: QueryPlan
    common: QueryPlan
    window: int | None = None
    documents: int = 0

    @property
    def exact(self) -> bool:
        return not self.common.groups


def bounded(
    plan: QueryPlan, counts: Sequence[int], documents: int, budget: int | None = None
) -> Bounded:
    """Split `plan` by how many documents each concept matches (`counts`, in plan order; a
    count may stop at a cap above `budget`). A plan whose matches add up to at most `budget`,
    which includes every plan on a collection of at most `budget / concepts` documents, is
    kept whole. Otherwise the concepts are taken by importance, weight times rarity (bm25's
    idf): the most important one always, then each that keeps the matches within `budget`,
    or within the first one's matches when those alone are more; the others are common. A
    concept left out is one that a more important one already outweighs, or so frequent that
    it says little about any document (the lowest idf). When the concepts taken match more
    than `budget` documents, only the newest `window` documents, where about `budget` of
    their matches are expected, are looked at."""
    budget = RANK_BUDGET if budget is None else budget
    if sum(counts) <= budget:
        return Bounded(plan, QueryPlan((), plan.text), documents=documents)
    n = max(documents, 1)

    def importance(i: int) -> tuple[float, int]:
        return (-plan.groups[i].weight * math.log(1 + n / max(counts[i], 1)), i)

    # a concept that matches nothing costs nothing (and decides nothing in "any" mode)
    kept = {i for i, count in enumerate(counts) if count == 0}
    order = sorted((i for i in range(len(plan.groups)) if i not in kept), key=importance)
    limit = max(budget, counts[order[0]])
    kept.add(order[0])
    total = counts[order[0]]
    for i in order[1:]:
        if total + counts[i] <= limit:
            kept.add(i)
            total += counts[i]
    window = max(budget, documents * budget // total) if total > budget else None
    ranked = tuple(g for i, g in enumerate(plan.groups) if i in kept)
    common = tuple(g for i, g in enumerate(plan.groups) if i not in kept)
    return Bounded(QueryPlan(ranked, plan.text), QueryPlan(common, plan.text), window, documents)
