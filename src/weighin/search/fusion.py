"""Hybrid ranking of similar questions: the lexical and the semantic rankings fused by
reciprocal rank fusion (RRF), then the few best reordered with the duplicate decision.

RRF (Cormack et al. 2009) adds ``weight / (k + rank)`` over the rankings a candidate appears
in: it needs no score calibration between BM25-like and cosine scores, and a candidate both
rankings like rises. The pool it gives is then fused again with one more ranking, the
probability that the existing question answers the patient's (``search.rqe``, which checks
that the focus *and* the kind of question match), because two questions about the same
condition are not the same question. The constants were chosen on question pairs built from
MEDIQA's RQE *train* split (bench/tune_hybrid.py); the valid split is only reported.
"""

from __future__ import annotations

from collections.abc import Sequence

from weighin.search import rqe

RRF_K = 60
POOL = 10  # from each ranking, the candidates the duplicate decision looks at
# The final fusion over the pool: (semantic, lexical, duplicate decision) weights and its k.
# Chosen by 5-fold cross-validation over similar_valid's queries (the same choice in 4 of 5
# folds; no train split exists for retrieval, and pairs built from rqe_train were too easy to
# tell configurations apart): bench/REPORT.md, "Similar questions".
FINAL_WEIGHTS = (1.0, 0.5, 1.0)
FINAL_K = 20


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[int]],
    weights: Sequence[float] | None = None,
    k: float = RRF_K,
) -> list[int]:
    """Keys of all rankings, best first, by sum of weight / (k + rank) (rank from 1). Ties
    keep the order of first appearance (the earlier ranking first)."""
    weights = weights if weights is not None else [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError("one weight per ranking")
    scores: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, key in enumerate(dict.fromkeys(ranking), start=1):
            scores[key] = scores.get(key, 0.0) + weight / (k + rank)
    order = {key: i for i, key in enumerate(scores)}
    return sorted(scores, key=lambda key: (-scores[key], order[key]))


def duplicate_scores(text: str, titles: dict[int, str]) -> dict[int, float]:
    """How likely each existing question (by id, its title) answers ``text``: the site's
    duplicate decision (``rqe.entails``, lexical features: pure Python, no embedding)."""
    return {pk: rqe.entails(text, title, mode="lexical").score for pk, title in titles.items()}


def hybrid(
    text: str,
    lexical: Sequence[int],
    semantic: Sequence[int],
    titles: dict[int, str],
    *,
    pool: int = POOL,
) -> list[int]:
    """The hybrid ranking of candidate ids (``lexical`` and ``semantic``: best first). The
    best ``pool`` of each are ranked by RRF of three rankings: semantic, lexical, and the
    duplicate decision's (``duplicate_scores``); the other candidates follow in the order of
    plain RRF of the two. ``titles`` holds the title of every id in the pool."""
    head = list(dict.fromkeys([*semantic[:pool], *lexical[:pool]]))
    in_head = set(head)
    scores = duplicate_scores(text, {pk: titles[pk] for pk in head if pk in titles})
    final = reciprocal_rank_fusion(
        [
            [pk for pk in semantic if pk in in_head],
            [pk for pk in lexical if pk in in_head],
            sorted(scores, key=lambda pk: -scores[pk]),
        ],
        FINAL_WEIGHTS,
        FINAL_K,
    )
    rest = [pk for pk in reciprocal_rank_fusion([semantic, lexical]) if pk not in in_head]
    return final + rest
