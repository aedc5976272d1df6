"""Fit the question-entailment model (weighin.search.rqe) on the MEDIQA 2019 RQE training pairs.

    python bench/train_rqe.py [--train /work/shared/data/rqe_train.jsonl] [--folds 5] [--dry-run]

Writes src/weighin/search/data/rqe_weights.json: one logistic regression per mode (lexical,
semantic, hybrid) and the threshold of the cosine baseline, and prints grouped cross-validated
accuracy on the training data. Only the training split is read; the validation split is never
looked at here. The semantic and hybrid modes need the [semantic] extra; without it only the
lexical model is refitted and the other modes are kept from the existing file.

Why augment. The training pairs are clinicians' questions whose negatives are random pairs: a
negative almost never shares the focus of the question, so a model fitted on them alone learns
"same words => same question" and says yes to "What is glaucoma?" for "How is glaucoma treated?".
The site's real negatives are mostly the same focus with another kind of question. So for each
true training pair whose FAQ has a recognisable kind, we add FAQ-style rewrites built from our own
templates around the FAQ's focus words:
  - the same kind ("How is {focus} treated?")                           -> true
  - another, unrelated kind not asked by the clinical question          -> false
  - "What is {focus}?" when the clinical question does not ask for it   -> false (every other pair)
  - the same kind about another pair's focus                            -> false
  - the same, with that other focus mentioned in an aside after the question -> false
    (and the first rewrite, with the aside                                    -> true)
  - for half of the pairs, the clinical question turned into a patient-style message (subject
    line, greeting, the question, one more question of another kind about "it", thanks):
    the FAQ-style rewrite of either kind asked -> true, of a kind not asked -> false.
Labels of the rewrites follow from the kind of the human-written FAQ, not from the evaluation
data. Cross-validation folds are grouped by clinical question, so no question is on both sides.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import pickle
import random
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from weighin.search import kinds as K  # noqa: E402
from weighin.search import rqe  # noqa: E402
from weighin.search.focus import focus_phrase  # noqa: E402
from weighin.search.text import tokenize  # noqa: E402

_SHARED = [ROOT.parent / "shared" / "data", Path("/work/shared/data")]
if os.environ.get("WEIGHIN_SHARED_DATA"):
    _SHARED.insert(0, Path(os.environ["WEIGHIN_SHARED_DATA"]))
DEFAULT_TRAIN = next((p for p in _SHARED if p.is_dir()), _SHARED[-1]) / "rqe_train.jsonl"
L2 = 1.0
SEED = 2019

# Our own FAQ-style templates, one list per kind ({f} is the focus).
TEMPLATES: dict[str, tuple[str, ...]] = {
    K.INFORMATION: ("What is {f}?", "What are {f}?", "Do you have information about {f}?"),
    K.TREATMENT: ("How is {f} treated?", "What are the treatments for {f}?", "Can {f} be cured?"),
    K.CAUSE: ("What causes {f}?", "Why does {f} happen?"),
    K.SYMPTOMS: ("What are the symptoms of {f}?", "What are the signs of {f}?"),
    K.DIAGNOSIS: ("How is {f} diagnosed?", "What tests are used to find {f}?"),
    K.PREVENTION: ("How can {f} be prevented?", "How to prevent {f}?"),
    K.PROGNOSIS: ("What is the outlook for {f}?", "What is the prognosis of {f}?"),
    K.COMPLICATIONS: ("What are the complications of {f}?",),
    K.INHERITANCE: ("Is {f} inherited?", "Is {f} genetic?"),
    K.SUSCEPTIBILITY: ("Who gets {f}?", "Who is at risk for {f}?"),
    K.FREQUENCY: ("How common is {f}?", "How many people are affected by {f}?"),
    K.SIDE_EFFECTS: ("What are the side effects of {f}?",),
    K.DOSAGE: ("What is the usual dose of {f}?",),
    K.INTERACTIONS: ("What drugs interact with {f}?",),
    K.COST: ("How much does {f} cost?",),
    K.RESOURCES: ("What research is being done on {f}?", "Where can I find support for {f}?"),
}
# Passing mentions of another condition, added after a question (a patient's aside).
ASIDES = (
    "I also have {f}.",
    "My mother had {f} years ago.",
    "There is some {f} in the family as well.",
    "Last year I was checked for {f} too.",
)
# A patient's way of asking a kind of question about "it" (our own wording), used to turn a
# clinical question into a consumer-style message: subject line, greeting, the question, a
# second question of another kind, thanks.
FOLLOW_UPS: dict[str, tuple[str, ...]] = {
    K.INFORMATION: ("Can you tell me more about it in general?", "I would like to learn about it."),
    K.TREATMENT: ("Is there anything that can help with it?", "What are my options for it?"),
    K.CAUSE: ("Why did I get it in the first place?", "What brings it on?"),
    K.SYMPTOMS: ("What signs should I watch for?", "Is the tiredness part of it?"),
    K.DIAGNOSIS: ("How can I find out for sure if I have it?", "Which tests would show it?"),
    K.PREVENTION: ("How can I keep it from coming back?", "Can I avoid getting it again?"),
    K.PROGNOSIS: ("Will it ever go away?", "How long will it last?"),
    K.COMPLICATIONS: ("Can it lead to other problems later on?",),
    K.INHERITANCE: ("Could my kids inherit it?", "Does it run in families?"),
    K.SUSCEPTIBILITY: ("Who is most at risk of it?",),
    K.FREQUENCY: ("How common is it?",),
    K.RESOURCES: ("Are there any studies I could join?", "Where can I find a specialist?"),
}
OPENERS = ("", "Hi,", "Hello doctor,", "Dear sir or madam,", "Good morning.")
CLOSERS = ("", "Thank you.", "Thanks for your help!", "Please let me know.", "Any advice welcome.")

# Kinds whose FAQs are about diseases; drug kinds are used as negatives only for drug-like FAQs.
DISEASE_KINDS = tuple(k for k in TEMPLATES if k not in (K.SIDE_EFFECTS, K.DOSAGE, K.INTERACTIONS))


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def fill(kind: str, focus: str, rng: random.Random) -> str:
    return rng.choice(TEMPLATES[kind]).format(f=focus)


def augment(rows: list[dict], rng: random.Random) -> list[dict]:
    trues = [r for r in rows if r["label"]]
    pool = []
    for r in trues:
        f = focus_phrase(r["faq"])
        if 1 <= len(f.split()) <= 6:
            pool.append(f)
    out: list[dict] = []
    for r in trues:
        chq, faq = r["chq"], r["faq"]
        focus = focus_phrase(faq)
        if not 1 <= len(focus.split()) <= 6:
            continue
        kind = K.question_kind(faq)
        asked = set(K.question_kinds(chq)) | {kind}
        base = {"id": r["id"], "chq": chq, "aug": True}
        if kind in TEMPLATES:
            out.append({**base, "faq": fill(kind, focus, rng), "label": True})
            choices = [
                k
                for k in (DISEASE_KINDS if kind in DISEASE_KINDS else tuple(TEMPLATES))
                if k not in asked and not any(K.related(k, a) for a in asked)
            ]
            if choices:
                out.append({**base, "faq": fill(rng.choice(choices), focus, rng), "label": False})
            words = set(tokenize(chq))
            for _ in range(5):
                other = rng.choice(pool)
                if not words & set(tokenize(other)):
                    out.append({**base, "faq": fill(kind, other, rng), "label": False})
                    if rng.random() < 0.5:
                        # The other focus only mentioned in passing, after the question.
                        told = chq.rstrip() + " " + rng.choice(ASIDES).format(f=other)
                        told_base = {**base, "chq": told}
                        out.append({**told_base, "faq": fill(kind, other, rng), "label": False})
                        out.append({**told_base, "faq": fill(kind, focus, rng), "label": True})
                    break
        if K.INFORMATION not in asked and rng.random() < 0.5:
            out.append({**base, "faq": fill(K.INFORMATION, focus, rng), "label": False})
        if kind in TEMPLATES and rng.random() < 0.5:
            out.extend(consumer_style(base, chq, focus, kind, asked, rng))
    return out


def consumer_style(base: dict, chq: str, focus: str, kind: str, asked: set, rng) -> list[dict]:
    """The clinical question rewritten as a patient's message that asks one more thing."""
    extra = [k for k in FOLLOW_UPS if k not in asked and not any(K.related(k, a) for a in asked)]
    if not extra:
        return []
    second = rng.choice(extra)
    parts = [
        focus[:1].upper() + focus[1:] + ".",
        rng.choice(OPENERS),
        chq.strip(),
        rng.choice(FOLLOW_UPS[second]),
        rng.choice(CLOSERS),
    ]
    message = " ".join(p for p in parts if p)
    now_asked = asked | {second}
    unasked = [
        k
        for k in DISEASE_KINDS
        if k not in now_asked and not any(K.related(k, a) for a in now_asked)
    ]
    b = {**base, "chq": message}
    out = [
        {**b, "faq": fill(kind, focus, rng), "label": True},
        {**b, "faq": fill(second, focus, rng), "label": True},
    ]
    if unasked:
        out.append({**b, "faq": fill(rng.choice(unasked), focus, rng), "label": False})
    return out


# ----------------------------------------------------------------------------- model fitting


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve a x = b for a symmetric positive definite a (Cholesky)."""
    n = len(b)
    low = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1):
            s = a[i][j] - sum(low[i][k] * low[j][k] for k in range(j))
            low[i][j] = math.sqrt(max(s, 1e-12)) if i == j else s / low[j][j]
    y = [0.0] * n
    for i in range(n):
        y[i] = (b[i] - sum(low[i][k] * y[k] for k in range(i))) / low[i][i]
    x = [0.0] * n
    for i in reversed(range(n)):
        x[i] = (y[i] - sum(low[k][i] * x[k] for k in range(i + 1, n))) / low[i][i]
    return x


def fit_logreg(xs: list[list[float]], ys: list[int], l2: float = L2, iters: int = 25):
    """L2-regularised logistic regression by Newton's method (bias not regularised).

    Returns (weights, bias). Pure Python: a few seconds for ~20k rows and ~20 features."""
    d = len(xs[0]) + 1
    w = [0.0] * d  # w[0] is the bias
    for _ in range(iters):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for x, y in zip(xs, ys, strict=True):
            row = (1.0, *x)
            z = sum(wi * xi for wi, xi in zip(w, row, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            h = max(p * (1.0 - p), 1e-9)
            for i in range(d):
                ri = row[i]
                if ri == 0.0:
                    continue
                grad[i] += g * ri
                hr = h * ri
                hess_i = hess[i]
                for j in range(i + 1):
                    hess_i[j] += hr * row[j]
        for i in range(1, d):
            grad[i] += l2 * w[i]
            hess[i][i] += l2
        for i in range(d):
            for j in range(i + 1, d):
                hess[i][j] = hess[j][i]
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w[1:], w[0]


def predict(model: dict, feats: dict[str, float]) -> float:
    return rqe.score_features(feats, model)


def best_threshold(values: list[float], labels: list[int]) -> float:
    pairs = sorted(zip(values, labels, strict=True))
    pos = sum(labels)
    best_acc, best_t = -1.0, 0.5
    below_pos = below = 0
    # threshold between consecutive values: predict true for value >= t
    for i in range(len(pairs) + 1):
        correct = (below - below_pos) + (pos - below_pos)
        acc = correct / len(pairs)
        if acc > best_acc:
            lo = pairs[i - 1][0] if i else pairs[0][0] - 1e-3
            hi = pairs[i][0] if i < len(pairs) else pairs[-1][0] + 1e-3
            best_acc, best_t = acc, (lo + hi) / 2
        if i < len(pairs):
            below += 1
            below_pos += pairs[i][1]
    return best_t


def make_model(names, rows, feats, idx):
    xs = [[feats[i][n] for n in names] for i in idx]
    ys = [int(rows[i]["label"]) for i in idx]
    weights, bias = fit_logreg(xs, ys)
    return {"features": list(names), "weights": weights, "bias": bias, "threshold": 0.5}


def accuracy(model, rows, feats, idx) -> float:
    if not idx:
        return float("nan")
    ok = sum((predict(model, feats[i]) >= model["threshold"]) == rows[i]["label"] for i in idx)
    return ok / len(idx)


def load_embedding_cache(path: Path) -> dict:
    """Embeddings of earlier runs (text -> vector); empty when absent or unreadable."""
    if not path.exists():
        return {}
    try:
        with path.open("rb") as fh:
            data = pickle.load(fh)  # noqa: S301 - our own cache file, written below
        return data if isinstance(data, dict) else {}
    except Exception:  # a broken cache is recomputed
        return {}


def save_embedding_cache(path: Path, vectors: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        pickle.dump(vectors, fh, protocol=pickle.HIGHEST_PROTOCOL)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--out", type=Path, default=rqe.WEIGHTS_PATH)
    ap.add_argument("--no-semantic", action="store_true", help="fit the lexical model only")
    ap.add_argument("--dry-run", action="store_true", help="cross-validate, write nothing")
    ap.add_argument(
        "--embed-cache",
        type=Path,
        default=Path.home() / ".cache" / "weighin" / "rqe_train_embeddings.pkl",
        help="where to keep the training texts' embeddings between runs (outside the repo)",
    )
    args = ap.parse_args(argv)
    if not args.train.exists():
        print(f"training data not found at {args.train}, nothing trained", file=sys.stderr)
        return 2

    t0 = time.time()
    rng = random.Random(SEED)
    orig = [{**r, "aug": False} for r in load(args.train)]
    aug = augment(orig, rng)
    rows = orig + aug
    n_aug_true = sum(r["label"] for r in aug)
    print(
        f"train pairs: {len(orig)} ({sum(r['label'] for r in orig)} true); augmented: "
        f"{len(aug)} ({n_aug_true} true, {len(aug) - n_aug_true} false)"
    )

    from weighin.search import embeddings

    semantic = not args.no_semantic and embeddings.available()
    embedder = embeddings.embed if semantic else None
    if semantic:
        texts = set()
        for r in rows:
            texts.update((r["faq"], r["chq"], rqe._salient_text(r["chq"])))
            texts.update(s for s, _, _ in rqe.weighted_sentences(r["chq"])[:12])
        embeddings.CACHE_SIZE = max(embeddings.CACHE_SIZE, 2 * len(texts))
        cached = {t: v for t, v in load_embedding_cache(args.embed_cache).items() if t in texts}
        embeddings._cache.update(cached)
        todo = sorted(texts - set(cached))
        print(f"embedding {len(todo)} texts ({len(texts) - len(todo)} cached) ...", flush=True)
        embeddings.embed(todo)
        save_embedding_cache(
            args.embed_cache, {t: embeddings._cache[t] for t in texts if t in embeddings._cache}
        )
    feats = [rqe.features(r["chq"], r["faq"], embedder=embedder) for r in rows]
    print(f"features in {time.time() - t0:.0f}s", flush=True)

    folds = [zlib.crc32(r["chq"].encode()) % args.folds for r in rows]
    modes = ["lexical", "semantic", "hybrid"] if semantic else ["lexical"]
    cv: dict[str, dict[str, float]] = {}
    print(f"\n{args.folds}-fold cross-validation on train (folds grouped by clinical question)")
    print(f"{'mode':<18}{'train pairs':>12}{'augmented':>12}{'all':>8}")
    for mode in modes:
        names = rqe.FEATURES[mode]
        correct = {"orig": 0, "aug": 0}
        for k in range(args.folds):
            tr = [i for i in range(len(rows)) if folds[i] != k]
            te = [i for i in range(len(rows)) if folds[i] == k]
            model = make_model(names, rows, feats, tr)
            for i in te:
                hit = (predict(model, feats[i]) >= 0.5) == rows[i]["label"]
                correct["aug" if rows[i]["aug"] else "orig"] += hit
        cv[mode] = {
            "train_pairs": correct["orig"] / len(orig),
            "augmented": correct["aug"] / max(1, len(aug)),
            "all": (correct["orig"] + correct["aug"]) / len(rows),
        }
        c = cv[mode]
        print(f"{mode:<18}{c['train_pairs']:>12.3f}{c['augmented']:>12.3f}{c['all']:>8.3f}")
    cos_threshold = None
    if semantic:
        ok = 0
        for k in range(args.folds):
            tr = [i for i in range(len(orig)) if folds[i] != k]
            te = [i for i in range(len(orig)) if folds[i] == k]
            t = best_threshold(
                [feats[i]["cos_full"] for i in tr], [int(rows[i]["label"]) for i in tr]
            )
            ok += sum((feats[i]["cos_full"] >= t) == rows[i]["label"] for i in te)
        all_idx = list(range(len(orig)))
        cos_threshold = best_threshold(
            [feats[i]["cos_full"] for i in all_idx], [int(rows[i]["label"]) for i in all_idx]
        )
        cv["cosine_baseline"] = {"train_pairs": ok / len(orig)}
        print(f"{'cosine baseline':<18}{ok / len(orig):>12.3f}   (threshold {cos_threshold:.3f})")

    previous = {}
    if args.out.exists():
        previous = json.loads(args.out.read_text(encoding="utf-8"))
    out = {
        "about": (
            "Logistic regressions of weighin.search.rqe, fitted by bench/train_rqe.py on the "
            "MEDIQA 2019 RQE training pairs plus template rewrites of them (no validation data)."
        ),
        "trained_on": {
            "file": args.train.name,
            "pairs": len(orig),
            "augmented_pairs": len(aug),
            "l2": L2,
            "seed": SEED,
        },
        "modes": dict(previous.get("modes", {})),
        "cosine_baseline": previous.get("cosine_baseline"),
        "cv_accuracy": {**previous.get("cv_accuracy", {}), **cv},
    }
    everything = list(range(len(rows)))
    for mode in modes:
        model = make_model(rqe.FEATURES[mode], rows, feats, everything)
        model["weights"] = [round(w, 4) for w in model["weights"]]
        model["bias"] = round(model["bias"], 4)
        out["modes"][mode] = model
    if cos_threshold is not None:
        out["cosine_baseline"] = {"feature": "cos_full", "threshold": round(cos_threshold, 4)}
    print("\nlexical weights:")
    for name, w in zip(
        out["modes"]["lexical"]["features"], out["modes"]["lexical"]["weights"], strict=True
    ):
        print(f"  {name:<20}{w:+.3f}")
    print(f"  {'(bias)':<20}{out['modes']['lexical']['bias']:+.3f}")
    if args.dry_run:
        print("\n--dry-run: nothing written")
    else:
        args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        rqe.load_weights.cache_clear()
        print(
            f"\nwrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}"
        )
    print(f"done in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
