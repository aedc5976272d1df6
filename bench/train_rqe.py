"""Fit the question-entailment model (weighin.search.rqe) on the MEDIQA 2019 RQE training pairs.

    python bench/train_rqe.py [--train /work/shared/data/rqe_train.jsonl] [--folds 5] [--dry-run]

Writes src/weighin/search/data/rqe_weights.json: one logistic regression per mode (lexical,
semantic, hybrid), each with the L2 penalty and decision threshold chosen by grouped
cross-validation on the training data, and the threshold of the cosine baseline. Prints the
cross-validated accuracy. Only the training split is read; the validation split is never looked
at here. The semantic and hybrid modes need the [semantic] extra; without it only the lexical
model is refitted and the other modes are kept from the existing file.

Why augment. The training pairs are clinicians' questions whose negatives are random pairs: a
negative almost never shares the focus of the question, so a model fitted on them alone learns
"same words => same question" and says yes to "What is glaucoma?" for "How is glaucoma treated?".
The site's real negatives are mostly the same focus with another kind of question. So for each
true training pair whose FAQ has a recognisable kind, bench/rqe_augment.py adds FAQ-style
rewrites built from our own templates around the FAQ's focus words:
  - the same kind ("How is {focus} treated?")                           -> true
  - another, unrelated kind not asked by the clinical question          -> false
  - "What is {focus}?" when the clinical question does not ask for it   -> false (every other pair)
  - the same kind about another pair's focus                            -> false
  - the same, with that other focus mentioned in an aside after the question -> false
    (and the first rewrite, with the aside                                    -> true)
  - for half of the pairs, the clinical question turned into a patient-style message (subject
    line, greeting, the question, one more question of another kind about "it", thanks):
    the FAQ-style rewrite of either kind asked -> true, of a kind not asked -> false, and the
    human-written FAQ itself -> true (it still answers the clinical question inside).
Labels of the rewrites follow from the kind of the human-written FAQ, not from the evaluation
data. Cross-validation folds are grouped by clinical question (rewrites included), so no
question is on both sides.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from rqe_augment import augment  # noqa: E402
from rqe_fit import (  # noqa: E402
    accuracy,
    best_cut,
    best_threshold,
    fit_logreg,
    fold_of,
    l2_grid,
    out_of_fold,
)

from weighin.search import rqe  # noqa: E402

_SHARED = [ROOT.parent / "shared" / "data", Path("/work/shared/data")]
if os.environ.get("WEIGHIN_SHARED_DATA"):
    _SHARED.insert(0, Path(os.environ["WEIGHIN_SHARED_DATA"]))
DEFAULT_TRAIN = next((p for p in _SHARED if p.is_dir()), _SHARED[-1]) / "rqe_train.jsonl"
SEED = 2019


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


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


def embed_all(rows: list[dict], cache_path: Path):
    """Embed every text the semantic features of ``rows`` need, reusing the cache file."""
    from weighin.search import embeddings

    texts = set(rqe.PROTOTYPE_TEXTS)
    for r in rows:
        texts.update(rqe.embedding_texts(r["chq"], r["faq"]))
    embeddings.CACHE_SIZE = max(embeddings.CACHE_SIZE, 2 * len(texts))
    cached = {t: v for t, v in load_embedding_cache(cache_path).items() if t in texts}
    embeddings._cache.update(cached)
    todo = sorted(texts - set(cached))
    print(f"embedding {len(todo)} texts ({len(texts) - len(todo)} cached) ...", flush=True)
    embeddings.embed(todo)
    save_embedding_cache(
        cache_path, {t: embeddings._cache[t] for t in texts if t in embeddings._cache}
    )
    return embeddings.embed


def cross_validate(mode: str, rows, feats, folds) -> dict:
    """Choose the L2 penalty, then the threshold, from out-of-fold predictions."""
    names = rqe.FEATURES[mode]
    xs = [[f[n] for n in names] for f in feats]
    ys = [int(r["label"]) for r in rows]
    best = None
    for l2 in l2_grid():
        probs = out_of_fold(xs, ys, folds, l2)
        acc = accuracy(probs, ys)
        if best is None or acc > best[0] + 1e-9:
            best = (acc, l2, probs)
    _, l2, probs = best
    threshold = best_threshold(probs, ys)
    orig = [i for i, r in enumerate(rows) if not r["aug"]]
    aug = [i for i, r in enumerate(rows) if r["aug"]]

    def acc_of(idx: list[int]) -> float:
        return accuracy([probs[i] for i in idx], [ys[i] for i in idx], threshold)

    return {
        "l2": l2,
        "threshold": threshold,
        "train_pairs": round(acc_of(orig), 4),
        "augmented": round(acc_of(aug), 4),
        "all": round(acc_of(list(range(len(rows)))), 4),
    }


def cosine_baseline(rows, feats, folds) -> tuple[float, float]:
    """Cross-validated accuracy of "cosine >= a cut tuned on the other folds", and the cut
    tuned on every original training pair."""
    orig = [i for i, r in enumerate(rows) if not r["aug"]]
    ok = 0
    for k in sorted(set(folds)):
        tr = [i for i in orig if folds[i] != k]
        cut = best_cut([feats[i]["cos_full"] for i in tr], [int(rows[i]["label"]) for i in tr])
        ok += sum((feats[i]["cos_full"] >= cut) == rows[i]["label"] for i in orig if folds[i] == k)
    cut = best_cut([feats[i]["cos_full"] for i in orig], [int(rows[i]["label"]) for i in orig])
    return ok / len(orig), cut


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
    orig = [{**r, "aug": False, "group": r["chq"]} for r in load(args.train)]
    aug = augment(orig, random.Random(SEED))
    rows = orig + aug
    n_aug_true = sum(r["label"] for r in aug)
    print(
        f"train pairs: {len(orig)} ({sum(r['label'] for r in orig)} true); augmented: "
        f"{len(aug)} ({n_aug_true} true, {len(aug) - n_aug_true} false)"
    )

    from weighin.search import embeddings

    semantic = not args.no_semantic and embeddings.available()
    embedder = embed_all(rows, args.embed_cache) if semantic else None
    feats = [rqe.features(r["chq"], r["faq"], embedder=embedder) for r in rows]
    print(f"features in {time.time() - t0:.0f}s", flush=True)

    folds = [fold_of(r["group"], args.folds) for r in rows]
    modes = ["lexical", "semantic", "hybrid"] if semantic else ["lexical"]
    cv: dict[str, dict[str, float]] = {}
    print(f"\n{args.folds}-fold cross-validation on train (folds grouped by clinical question)")
    print(f"{'mode':<18}{'train pairs':>12}{'augmented':>12}{'all':>8}{'L2':>6}{'threshold':>11}")
    for mode in modes:
        c = cv[mode] = cross_validate(mode, rows, feats, folds)
        print(
            f"{mode:<18}{c['train_pairs']:>12.3f}{c['augmented']:>12.3f}{c['all']:>8.3f}"
            f"{c['l2']:>6g}{c['threshold']:>11.2f}"
        )
    cos_threshold = None
    if semantic:
        cos_acc, cos_threshold = cosine_baseline(rows, feats, folds)
        cv["cosine_baseline"] = {"train_pairs": round(cos_acc, 4)}
        print(f"{'cosine baseline':<18}{cos_acc:>12.3f}   (threshold {cos_threshold:.3f})")

    previous = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
    out = {
        "about": (
            "Logistic regressions of weighin.search.rqe, fitted by bench/train_rqe.py on the "
            "MEDIQA 2019 RQE training pairs plus template rewrites of them (no validation data); "
            "L2 penalty and threshold chosen by grouped cross-validation on the same data."
        ),
        "trained_on": {
            "file": args.train.name,
            "pairs": len(orig),
            "augmented_pairs": len(aug),
            "seed": SEED,
        },
        "modes": dict(previous.get("modes", {})),
        "cosine_baseline": previous.get("cosine_baseline"),
        "cv_accuracy": {**previous.get("cv_accuracy", {}), **cv},
    }
    ys = [int(r["label"]) for r in rows]
    for mode in modes:
        names = rqe.FEATURES[mode]
        weights, bias = fit_logreg([[f[n] for n in names] for f in feats], ys, cv[mode]["l2"])
        out["modes"][mode] = {
            "features": list(names),
            "weights": [round(w, 4) for w in weights],
            "bias": round(bias, 4),
            "threshold": cv[mode]["threshold"],
        }
    if cos_threshold is not None:
        out["cosine_baseline"] = {"feature": "cos_full", "threshold": round(cos_threshold, 4)}
    for mode in modes:
        model = out["modes"][mode]
        print(f"\n{mode} weights (threshold {model['threshold']:.2f}):")
        for name, w in zip(model["features"], model["weights"], strict=True):
            print(f"  {name:<20}{w:+.3f}")
        print(f"  {'(bias)':<20}{model['bias']:+.3f}")
    if args.dry_run:
        print("\n--dry-run: nothing written")
    else:
        args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        rqe.load_weights.cache_clear()
        shown = args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out
        print(f"\nwrote {shown}")
    print(f"done in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
