"""Evaluate the question-entailment decision (weighin.search.rqe.entails) on labelled pairs.

    python bench/eval_rqe.py [--pairs P.jsonl] [--mode lexical|semantic|hybrid|all] [--errors N]

P.jsonl: one JSON object a line with ``chq`` (the patient's question), ``faq`` (the existing
question) and ``label`` (true when answering faq answers chq); ``id`` is optional. Default:
rqe_valid.jsonl (MEDIQA 2019 RQE validation pairs) in $WEIGHIN_SHARED_DATA, ../shared/data or
/work/shared/data. Prints accuracy,
precision and recall of "true", the confusion matrix, and, when the [semantic] extra is
installed, the baseline "cosine of all-MiniLM-L6-v2 embeddings >= a threshold tuned on train"
(threshold stored in src/weighin/search/data/rqe_weights.json by bench/train_rqe.py).
Runs from the repository root; needs no Django settings and no database.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from weighin.search import embeddings, rqe  # noqa: E402


def shared_data() -> Path:
    """$WEIGHIN_SHARED_DATA when set (even if missing), else ../shared/data beside the
    repository, else /work/shared/data."""
    env = os.environ.get("WEIGHIN_SHARED_DATA")
    if env:
        return Path(env)
    candidates = [ROOT.parent / "shared" / "data", Path("/work/shared/data")]
    return next((c for c in candidates if c.is_dir()), candidates[-1])


SHARED = shared_data()
DEFAULT_PAIRS = SHARED / "rqe_valid.jsonl"


def load_pairs(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            label = row.get("label")
            if isinstance(label, str):
                label = label.strip().lower() in ("true", "1", "yes")
            rows.append(
                {
                    "id": row.get("id", f"line-{n}"),
                    "chq": row["chq"],
                    "faq": row["faq"],
                    "label": bool(label),
                }
            )
    return rows


def report(name: str, labels: list[bool], preds: list[bool]) -> dict[str, float]:
    tp = sum(p and y for p, y in zip(preds, labels, strict=True))
    fp = sum(p and not y for p, y in zip(preds, labels, strict=True))
    fn = sum(not p and y for p, y in zip(preds, labels, strict=True))
    tn = len(labels) - tp - fp - fn
    acc = (tp + tn) / len(labels) if labels else 0.0
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    print(f"\n== {name}")
    print(f"accuracy {acc:.3f}   precision(true) {prec:.3f}   recall(true) {rec:.3f}")
    print("                 predicted true  predicted false")
    print(f"  gold true      {tp:>14}  {fn:>15}")
    print(f"  gold false     {fp:>14}  {tn:>15}")
    return {"accuracy": acc, "precision": prec, "recall": rec}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS)
    ap.add_argument(
        "--mode",
        choices=[*rqe.MODES, "all"],
        default="all",
        help="which decision to evaluate (default: every mode available)",
    )
    ap.add_argument("--errors", type=int, default=0, help="print up to N wrong decisions per mode")
    args = ap.parse_args(argv)

    if not args.pairs.exists():
        if args.pairs == DEFAULT_PAIRS or not SHARED.exists():
            print(
                f"shared data not found at {args.pairs} (looked in {SHARED}; set "
                "WEIGHIN_SHARED_DATA or pass --pairs), nothing evaluated",
                file=sys.stderr,
            )
        else:
            print(f"pairs file not found: {args.pairs}, nothing evaluated", file=sys.stderr)
        return 2
    rows = load_pairs(args.pairs)
    if not rows:
        print(f"no pairs in {args.pairs}, nothing evaluated", file=sys.stderr)
        return 2
    labels = [r["label"] for r in rows]
    print(f"{args.pairs}: {len(rows)} pairs, {sum(labels)} true")

    trained = rqe.load_weights()
    semantic_ok = embeddings.available()
    wanted = list(rqe.MODES) if args.mode == "all" else [args.mode]
    modes = []
    for mode in wanted:
        if mode != "lexical" and not semantic_ok:
            print(f"\n({mode}: skipped, the [semantic] extra is not installed)")
        elif mode not in trained["modes"]:
            print(f"\n({mode}: skipped, no {mode} model in the weights file)")
        else:
            modes.append(mode)
    if args.mode != "all" and not modes:
        return 1

    embedder = None
    if semantic_ok and (any(m != "lexical" for m in modes) or args.mode == "all"):
        t0 = time.time()
        texts = set(rqe.PROTOTYPE_TEXTS)
        for r in rows:
            texts.update(rqe.embedding_texts(r["chq"], r["faq"]))
        embeddings.embed(sorted(texts))
        embedder = embeddings.embed
        print(f"(embedded {len(texts)} texts in {time.time() - t0:.1f}s)")

    results = {}
    for mode in modes:
        t0 = time.time()
        decisions = [
            rqe.entails(
                r["chq"], r["faq"], embedder=embedder if mode != "lexical" else None, mode=mode
            )
            for r in rows
        ]
        ms = 1000 * (time.time() - t0) / len(rows)
        results[mode] = report(
            f"{mode} (entails, {ms:.1f} ms/pair)", labels, [d.same for d in decisions]
        )
        if args.errors:
            wrong = [(r, d) for r, d in zip(rows, decisions, strict=True) if d.same != r["label"]]
            for r, d in wrong[: args.errors]:
                print(f"  - {r['id']} gold={r['label']} score={d.score:.2f} {'; '.join(d.reasons)}")
                print(f"      chq: {r['chq'][:200]}")
                print(f"      faq: {r['faq']}")

    baseline = trained.get("cosine_baseline")
    if embedder is not None and baseline:
        t = baseline["threshold"]
        vecs_c = embedder([r["chq"] for r in rows])
        vecs_f = embedder([r["faq"] for r in rows])
        cos = [float(a @ b) for a, b in zip(vecs_c, vecs_f, strict=True)]
        results["cosine"] = report(
            f"baseline: cosine(all-MiniLM-L6-v2) >= {t:.3f} (threshold tuned on train)",
            labels,
            [c >= t for c in cos],
        )
    elif not semantic_ok:
        print("\n(cosine baseline: skipped, the [semantic] extra is not installed)")
    print("\nsummary: " + ", ".join(f"{m} {v['accuracy']:.3f}" for m, v in results.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
