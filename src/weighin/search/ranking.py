"""Re-ranking similar-question candidates in Python, after the engine's weighted ranking.

The engines score how much of the query a question covers. A patient's message is long and
an existing question's title is short, so the other direction matters as much: a title whose
own subject words are missing from the message ("How many people get sepsis?" for a question
about a neck growth that mentions "how many months") is about something else. Each candidate
loses up to GAP_PENALTY of its normalised engine score for the share of its title's focus
words (search.focus's lists: not question, kind, filler, people or time words) that the
message does not contain, and is dropped when the message has none of its head terms, not
even misspelt: a match on "pain", "help" or "number" alone is not a similar question.
"""

from __future__ import annotations

from dataclasses import dataclass

from weighin.search.analysis import QueryPlan, content_words
from weighin.search.backends import Hit

GAP_PENALTY = 1.0


@dataclass(frozen=True)
class Gap:
    share: float  # weighted share (0..1) of the title's focus words the query lacks
    related: bool  # the query has at least one of them, exactly or as a likely typo


def asked_words(plan: QueryPlan) -> tuple[frozenset[str], tuple[str, ...]]:
    """The message's stems and the prefixes being typed, accent-folded: the plan keeps accents
    (the engines fold them), and both sides are compared folded, so that "Meniere's" in a
    message finds "Ménière's" in a title."""
    from weighin.search import text

    asked = frozenset(text.clean(s) for g in plan.groups for s in g.stems)
    typing = tuple(text.clean(g.alternatives[0][-1]) for g in plan.groups if g.prefix)
    return asked, typing


def title_gap(
    plan: QueryPlan, title: str, asked: tuple[frozenset[str], tuple[str, ...]] | None = None
) -> Gap:
    """How far ``title`` is from the message; ``asked`` is ``asked_words(plan)``, computed once
    when many titles are measured against one plan."""
    from weighin.search import focus, text

    asked, typing = asked or asked_words(plan)
    total = missing = 0.0
    strong_seen = strong_met = weak_met = False
    for word in {text.clean(w) for w in content_words(title)}:
        key = text.stem(word)
        if focus.is_generic(key):
            continue
        weight = focus.term_weight(key)
        strong = weight >= 1.0
        strong_seen = strong_seen or strong
        total += weight
        if key in asked or any(word.startswith(p) for p in typing):
            met = True
        else:
            missing += weight
            met = any(text.fuzzy_equal(key, a) for a in asked)
        strong_met = strong_met or (met and strong)
        weak_met = weak_met or met
    if not total:
        return Gap(0.0, True)
    # A shared modifier or general word ("number", "level", "blood", "pain") does not make
    # a question similar when the title has a head term of its own that the message lacks.
    return Gap(missing / total, strong_met or (weak_met and not strong_seen))


def rerank(plan: QueryPlan, hits: list[Hit], titles: dict[int, str]) -> list[Hit]:
    """The related hits re-scored and sorted, best first (ties keep the engine's order)."""
    if not hits:
        return []
    top = max(h.score for h in hits) or 1.0
    scored = []
    asked = asked_words(plan)
    for n, hit in enumerate(hits):
        gap = title_gap(plan, titles.get(hit.question_id, ""), asked)
        if gap.related:
            scored.append((hit.score / top - GAP_PENALTY * gap.share, n, hit.question_id))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [Hit(question_id, score) for score, _, question_id in scored]
