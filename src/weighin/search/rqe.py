"""Does an existing question answer the patient's? Recognizing Question Entailment (RQE).

``entails(chq, faq)`` decides whether answering ``faq`` (an existing, FAQ-style question such as
"How is glaucoma treated?") answers ``chq`` (the patient's question, in their own words, with
typos and a long story) at least in part. Both must hold:

- **the same focus**: the disease, drug or condition of ``faq`` is found in ``chq``
  (``focus.py``: normalised terms, consumer <-> clinical synonyms, typo tolerance);
- **the same kind of question**: ``faq`` asks something ``chq`` asks (``kinds.py``): "What is
  glaucoma?" does not answer "How is glaucoma treated?".

A few features measure this (focus coverage, kind agreement through the compatibility matrix
of ``kinds.compatibility``, word overlap; plus embedding similarities in the semantic and
hybrid modes: the FAQ against the patient's salient sentences and questions, the FAQ's focus
words against the message, and the kind of question read from the embeddings alone) and a
logistic regression combines them. Its weights, penalty and threshold live in
``data/rqe_weights.json``, written by ``bench/train_rqe.py`` from the MEDIQA 2019 RQE training
pairs only, augmented with rewrites that differ in question kind or focus, or put the question
in a patient-style message (see there).

Modes: ``lexical`` (pure Python, no extra package, well under a millisecond a pair),
``semantic`` (embedding similarities only) and ``hybrid`` (both). ``entails`` uses ``hybrid``
when an embedder is given and ``lexical`` otherwise.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from weighin.search import kinds as K
from weighin.search.focus import focus_profile, match_score, term_weight
from weighin.search.rqe_semantic import (
    PROTOTYPE_TEXTS,
    SEMANTIC_FEATURES,
    Embedder,
    embedding_texts,
    semantic_features,
)
from weighin.search.text import DATA_DIR, STOPWORDS, canonical_stems, tokenize

WEIGHTS_PATH = DATA_DIR / "rqe_weights.json"
MODES = ("lexical", "semantic", "hybrid")

LEXICAL_FEATURES = (
    "focus_cov",
    "focus_cov_salient",
    "focus_head",
    "focus_full",
    "focus_none",
    "focus_rev",
    "kind_share",
    "kind_main_same",
    "kind_absent",
    "faq_kind_other",
    "faq_information",
    "info_requested",
    "info_unknown",
    "chq_kind_none",
    "word_containment",
    "word_jaccard",
    "cov_x_share",
    "cov_x_absent",
    "cov_x_info",
)
FEATURES = {
    "lexical": LEXICAL_FEATURES,
    "semantic": SEMANTIC_FEATURES,
    "hybrid": LEXICAL_FEATURES + SEMANTIC_FEATURES,
}


@dataclass(frozen=True)
class Decision:
    """``same``: the existing question answers the patient's; ``score``: probability (0-1);
    ``reasons``: short human-readable notes on focus and kind, for logs and debugging."""

    same: bool
    score: float
    reasons: tuple[str, ...] = ()


# ----------------------------------------------------------------------------- features


def _words(text: str) -> set[str]:
    """Content stems (synonyms folded), question-kind words included."""
    return {t for t in canonical_stems(tokenize(text)) if t not in STOPWORDS and len(t) > 1}


@dataclass(frozen=True)
class _Analysis:
    features: dict[str, float]
    faq_kind: str
    chq_kinds: tuple[str, ...]
    faq_focus: tuple[str, ...]
    found: tuple[str, ...]
    missing: tuple[str, ...]
    only_told: bool = False  # the FAQ's kind is only mentioned by the patient's story


def _term_match(term: str, tokens: frozenset[str], parts: dict[str, tuple[str, ...]]) -> float:
    """``match_score``, or for a folded synonym phrase the share of its own words found
    ("coronary heart disease" against "heart disease"), whichever is higher."""
    score = match_score(term, tokens)
    words = parts.get(term)
    if score < 1.0 and words:
        total = sum(term_weight(w) for w in words)
        found = sum(term_weight(w) for w in words if match_score(w, tokens) >= 1.0)
        score = max(score, 0.9 * found / total if total else 0.0)
    return score


def _coverage(
    terms: dict[str, float],
    tokens: frozenset[str],
    parts: dict[str, tuple[str, ...]] | None = None,
) -> tuple[float, dict[str, float]]:
    scores = {t: _term_match(t, tokens, parts or {}) for t in terms}
    total = sum(terms.values())
    if not total:
        return 0.0, scores
    return sum(terms[t] * scores[t] for t in terms) / total, scores


@lru_cache(maxsize=4096)
def _analyse(chq: str, faq: str) -> _Analysis:
    cp = focus_profile(chq)
    fp = focus_profile(faq)
    faq_terms = {t: term_weight(t) for t in fp.weights}
    cov, per_term = _coverage(faq_terms, cp.tokens, fp.parts)
    cov_sal, _ = _coverage(faq_terms, cp.salient | {t for t in cp.tokens if "_" in t}, fp.parts)
    head_terms = [t for t in faq_terms if faq_terms[t] >= 1.0] or list(faq_terms)
    head = max(per_term.get(t, 0.0) for t in head_terms) if head_terms else 0.0
    full = float(bool(head_terms) and all(per_term[t] >= 1.0 for t in head_terms))

    top = cp.terms[:3]
    top_w = {t: cp.weights[t] for t in top}
    rev, _ = _coverage(top_w, fp.tokens, cp.parts) if top else (0.0, {})

    faq_kind = K.question_kind(faq)
    scores = K.kind_scores(chq)
    total = sum(scores.values())  # 0 when no kind is recognised
    chq_kinds = tuple(K.question_kinds(chq))
    chq_main = chq_kinds[0]
    if total and faq_kind != K.OTHER:
        # Relative to the most salient kind asked, not to the sum: a patient who asks three
        # things is answered in part by each of them. Other kinds count through the
        # compatibility matrix (related kinds half).
        rel = max(
            (K.compatibility(faq_kind, k) * v for k, v in scores.items() if k != faq_kind),
            default=0.0,
        )
        share = min(1.0, (scores.get(faq_kind, 0.0) + rel) / max(scores.values()))
        absent = float(scores.get(faq_kind, 0.0) == 0.0 and faq_kind != K.INFORMATION)
    else:
        share, absent = 0.0, 0.0
    # For the reasons only (as features, asked-versus-told cross-validated no better).
    only_told = K.kind_profile(chq).only_told(faq_kind)
    info_requested = float(faq_kind == K.INFORMATION and chq_main == K.INFORMATION)
    info_unknown = float(faq_kind == K.INFORMATION and not scores)

    fw = _words(faq)
    cw = _words(chq)
    containment = len(fw & cw) / len(fw) if fw else 0.0
    jaccard = len(fw & cw) / len(fw | cw) if fw | cw else 0.0

    f = {
        "focus_cov": cov,
        "focus_cov_salient": cov_sal,
        "focus_head": head,
        "focus_full": full,
        "focus_none": float(not faq_terms),
        "focus_rev": rev,
        "kind_share": share,
        "kind_main_same": float(faq_kind == chq_main and faq_kind != K.OTHER),
        "kind_absent": absent,
        "faq_kind_other": float(faq_kind == K.OTHER),
        "faq_information": float(faq_kind == K.INFORMATION),
        "info_requested": info_requested,
        "info_unknown": info_unknown,
        "chq_kind_none": float(not scores),
        "word_containment": containment,
        "word_jaccard": jaccard,
        "cov_x_share": cov * share,
        "cov_x_absent": cov * absent,
        "cov_x_info": cov * info_requested,
    }
    found = tuple(t for t in faq_terms if per_term[t] > 0)
    missing = tuple(t for t in faq_terms if per_term[t] == 0)
    return _Analysis(f, faq_kind, chq_kinds, tuple(faq_terms), found, missing, only_told)


def features(chq: str, faq: str, *, embedder: Embedder | None = None) -> dict[str, float]:
    """Every feature of the pair: the lexical ones, plus the semantic ones with an embedder."""
    out = dict(_analyse(chq, faq).features)
    if embedder is not None:
        out.update(semantic_features(chq, faq, embedder))
    return out


# ----------------------------------------------------------------------------- model


@lru_cache(maxsize=4)
def load_weights(path: str | None = None) -> dict[str, Any]:
    """The learned models: ``{"modes": {mode: {"features", "weights", "bias", "threshold"}}}``."""
    data = json.loads(Path(path or WEIGHTS_PATH).read_text(encoding="utf-8"))
    for mode, model in data["modes"].items():
        if len(model["features"]) != len(model["weights"]):
            raise ValueError(f"rqe weights: {mode} has {len(model['features'])} features")
    return data


def score_features(feats: dict[str, float], model: dict[str, Any]) -> float:
    """Logistic-regression probability for a feature dict under one mode's model."""
    z = model["bias"] + sum(
        w * feats[name] for name, w in zip(model["features"], model["weights"], strict=True)
    )
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _reasons(a: _Analysis) -> list[str]:
    out = []
    if a.found:
        out.append("focus found: " + ", ".join(t.replace("_", " ") for t in a.found))
    if a.missing:
        out.append("focus missing: " + ", ".join(t.replace("_", " ") for t in a.missing))
    if not a.faq_focus:
        out.append("existing question has no clear focus")
    kinds = ", ".join(a.chq_kinds[:3])
    if a.only_told:
        out.append(f"kind only mentioned: yours mentions {a.faq_kind} but does not ask it")
    elif a.faq_kind == K.OTHER:
        out.append(f"kind: existing question unclassified; yours asks {kinds}")
    elif a.faq_kind in a.chq_kinds:
        out.append(f"kind matches: {a.faq_kind} (yours asks {kinds})")
    elif any(K.related(a.faq_kind, k) for k in a.chq_kinds):
        out.append(f"kind related: {a.faq_kind} vs {kinds}")
    else:
        out.append(f"kind differs: existing asks {a.faq_kind}, yours asks {kinds}")
    return out


def entails(
    chq: str,
    faq: str,
    *,
    embedder: Embedder | None = None,
    mode: str | None = None,
    weights: dict[str, Any] | None = None,
) -> Decision:
    """Does answering ``faq`` (an existing question) answer ``chq`` (the patient's question)?

    ``embedder``: a callable mapping a list of texts to L2-normalised vectors, such as
    ``weighin.search.embeddings.embed``; with it the default mode is ``hybrid``, without it
    ``lexical``. ``mode`` forces one of ``MODES`` (``semantic``/``hybrid`` need an embedder).
    ``weights`` replaces the shipped model (the parsed JSON of ``load_weights``).
    """
    mode = mode or ("hybrid" if embedder is not None else "lexical")
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; expected one of {MODES}")
    if mode != "lexical" and embedder is None:
        raise ValueError(f"mode {mode!r} needs an embedder (weighin.search.embeddings.embed)")
    model = (weights or load_weights())["modes"][mode]
    analysis = _analyse(chq or "", faq or "")
    feats = dict(analysis.features)
    if mode != "lexical":
        feats.update(semantic_features(chq or "", faq or "", embedder))
    score = score_features(feats, model)
    same = score >= model["threshold"]
    reasons = _reasons(analysis)
    if mode != "lexical":
        reasons.append(f"cosine {feats['cos_full']:.2f}")
    reasons.append(f"{mode} score {score:.2f} {'>=' if same else '<'} {model['threshold']:.2f}")
    return Decision(same=same, score=round(score, 4), reasons=tuple(reasons))


def answers_for(
    chq: str, faqs: Sequence[str], *, embedder: Embedder | None = None
) -> list[tuple[str, Decision]]:
    """Decide ``chq`` against each existing question; the ones that answer it first, by score."""
    out = [(faq, entails(chq, faq, embedder=embedder)) for faq in faqs]
    return sorted(out, key=lambda fd: (not fd[1].same, -fd[1].score))


__all__ = [
    "FEATURES",
    "MODES",
    "PROTOTYPE_TEXTS",
    "Decision",
    "answers_for",
    "embedding_texts",
    "entails",
    "features",
    "load_weights",
    "semantic_features",
]
