"""The embedding side of the question-entailment decision (``weighin.search.rqe``).

Cosine similarities between an existing question (FAQ) and a patient's message (CHQ): with the
whole message, its salient part (subject line and questions), its closest sentence and closest
question; of the FAQ's focus words with the message (naming gaps the synonym list misses); and
the kind of question read from the embeddings alone, by comparing both sides with focus-free
prototype questions of each kind. ``embedder`` maps a list of texts to L2-normalised vectors
(``weighin.search.embeddings.embed``); nothing here imports torch.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from weighin.search import kinds as K
from weighin.search.focus import focus_phrase
from weighin.search.text import weighted_sentences

Embedder = Callable[[list[str]], Any]

SEMANTIC_FEATURES = (
    "cos_full",
    "cos_salient",
    "cos_max_sentence",
    "cos_max_question",
    "cos_focus",
    "sem_kind_agree",
    "sem_kind_corr",
)
# Focus-free questions of each kind (our own wording): the embedding of a question is compared
# with them to read its kind without the regular expressions of kinds.py.
KIND_PROTOTYPES: dict[str, tuple[str, ...]] = {
    K.INFORMATION: ("What is it?", "Can you give me some information about it?"),
    K.TREATMENT: ("How is it treated?", "What can be done to cure it?"),
    K.CAUSE: ("What causes it?", "Why does it happen?"),
    K.SYMPTOMS: ("What are the symptoms?", "What are the signs of it?"),
    K.DIAGNOSIS: ("How is it diagnosed?", "Which tests show it?"),
    K.PREVENTION: ("How can it be prevented?", "How do I avoid getting it?"),
    K.PROGNOSIS: ("What is the outlook?", "Will it go away?"),
    K.COMPLICATIONS: ("What are the complications?", "What problems can it lead to?"),
    K.INHERITANCE: ("Is it inherited?", "Is it genetic?"),
    K.SUSCEPTIBILITY: ("Who is at risk of getting it?", "Is it contagious?"),
    K.FREQUENCY: ("How common is it?", "How many people have it?"),
    K.SIDE_EFFECTS: ("What are the side effects?", "Is it safe to take?"),
    K.DOSAGE: ("What dose should I take?", "How much of it can I take?"),
    K.INTERACTIONS: ("Can I take it with other drugs?", "Does it interact with alcohol?"),
    K.COST: ("How much does it cost?", "Does insurance pay for it?"),
    K.RESOURCES: ("Where can I find a specialist?", "Are there clinical trials?"),
}
PROTOTYPE_TEXTS = tuple(t for texts in KIND_PROTOTYPES.values() for t in texts)
KIND_TEMPERATURE = 0.05


def salient_text(text: str) -> str:
    """The subject line and the sentences that ask something."""
    parts = [s for i, (s, _, asks) in enumerate(weighted_sentences(text)) if asks or i == 0]
    return " ".join(parts) or text


def _cos(a: Any, b: Any) -> float:
    if hasattr(a, "__matmul__"):
        return float(a @ b)
    return float(sum(float(x) * float(y) for x, y in zip(a, b, strict=True)))


def _kind_similarities(vec: Any, protos: Any) -> list[float]:
    """Cosine of ``vec`` with each kind's closest prototype, in ``KIND_PROTOTYPES`` order."""
    if hasattr(protos, "__matmul__"):
        sims = [float(x) for x in protos @ vec]
    else:
        sims = [_cos(vec, p) for p in protos]
    out, i = [], 0
    for texts in KIND_PROTOTYPES.values():
        out.append(max(sims[i : i + len(texts)]))
        i += len(texts)
    return out


def _softmax(xs: list[float]) -> list[float]:
    top = max(xs)
    ex = [math.exp((x - top) / KIND_TEMPERATURE) for x in xs]
    total = sum(ex)
    return [e / total for e in ex]


def _semantic_kind_match(faq_vec: Any, question_vecs: list[Any], embedder: Embedder) -> tuple:
    """Do the FAQ and the CHQ's questions ask the same kind, read from embeddings alone?
    Returns the overlap of their kind distributions (0-1) and the correlation of their
    similarities to the kind prototypes (-1..1)."""
    protos = embedder(list(PROTOTYPE_TEXTS))
    f = _kind_similarities(faq_vec, protos)
    per_q = [_kind_similarities(v, protos) for v in question_vecs]
    c = [max(col) for col in zip(*per_q, strict=True)]
    agree = sum(a * b for a, b in zip(_softmax(f), _softmax(c), strict=True))
    mf, mc = sum(f) / len(f), sum(c) / len(c)
    num = sum((a - mf) * (b - mc) for a, b in zip(f, c, strict=True))
    den = math.sqrt(sum((a - mf) ** 2 for a in f) * sum((b - mc) ** 2 for b in c)) or 1.0
    return agree, num / den


def embedding_texts(chq: str, faq: str) -> list[str]:
    """Every text ``semantic_features`` embeds for the pair: the FAQ, the FAQ's focus words,
    the whole CHQ, its salient part, and its first sentences."""
    sents = [s for s, _, _ in weighted_sentences(chq)][:12] or [chq]
    return [faq, focus_phrase(faq) or faq, chq, salient_text(chq), *sents]


def semantic_features(chq: str, faq: str, embedder: Embedder) -> dict[str, float]:
    """Cosine similarities of ``faq`` with the whole ``chq``, with its subject line and question
    sentences, with its closest sentence and closest question; and of the FAQ's focus words
    with the closest sentence (a naming gap the synonym list misses: "overactive thyroid" for
    "hyperthyroidism"). ``embedder`` returns normalised vectors."""
    texts = embedding_texts(chq, faq)
    vecs = embedder(texts)
    fv, focus_v = vecs[0], vecs[1]
    sent_vecs = vecs[4:]
    asks = [a for _, _, a in weighted_sentences(chq)][:12] or [True]
    question_vecs = [v for v, a in zip(sent_vecs, asks, strict=False) if a] or [vecs[3]]
    cos_focus = max(_cos(focus_v, v) for v in [vecs[2], *sent_vecs])
    agree, corr = _semantic_kind_match(fv, question_vecs, embedder)
    return {
        "cos_full": _cos(fv, vecs[2]),
        "cos_salient": _cos(fv, vecs[3]),
        "cos_max_sentence": max(_cos(fv, v) for v in sent_vecs),
        "cos_max_question": max(_cos(fv, v) for v in question_vecs),
        "cos_focus": cos_focus,
        "sem_kind_agree": agree,
        "sem_kind_corr": corr,
    }
