"""Evaluate the PHI detector (weighin.safety.phi.find) on labelled texts.

    python bench/eval_phi.py [--data PATH ...] [--check] [--quiet] [--rules-only]

PATH: JSON lines ``{"text": ..., "spans": [{"start", "end", "kind"}, ...]}``. Default: both
tests/data/phi_dev.jsonl and tests/data/phi_holdout.jsonl, each scored on its own. A found span
is a true positive when it overlaps a gold span of the same kind; a gold span is recalled when a
found span of its kind overlaps it. Prints recall and precision per kind, overall precision and
recall, throughput (texts/second of ``find``), then every miss and false positive.
``--check`` exits 1 when a target is missed (recall >= 0.99 for PHONE, EMAIL, SSN, MRN and
DATE_OF_BIRTH, >= 0.90 for PERSON_NAME and ADDRESS, overall precision >= 0.90).
``--rules-only`` scores the rules without the learned tagger's additions (``find(learned=False)``).
Runs from the repository root; needs no Django settings and no database.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from weighin.safety import phi  # noqa: E402

DEFAULT_DATA = [ROOT / "tests/data/phi_dev.jsonl", ROOT / "tests/data/phi_holdout.jsonl"]
RECALL_TARGETS = {
    "PHONE": 0.99,
    "EMAIL": 0.99,
    "SSN": 0.99,
    "MRN": 0.99,
    "DATE_OF_BIRTH": 0.99,
    "PERSON_NAME": 0.90,
    "ADDRESS": 0.90,
}
PRECISION_TARGET = 0.90


def load(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            for sp in row["spans"]:
                if sp["kind"] not in phi.Kind.__members__:
                    raise ValueError(f"{path}:{n}: unknown kind {sp['kind']!r}")
                if not 0 <= sp["start"] < sp["end"] <= len(row["text"]):
                    raise ValueError(f"{path}:{n}: bad offsets {sp}")
            rows.append(row)
    return rows


def _overlaps(a: dict | phi.Span, b: dict | phi.Span) -> bool:
    a_start, a_end = (a["start"], a["end"]) if isinstance(a, dict) else (a.start, a.end)
    b_start, b_end = (b["start"], b["end"]) if isinstance(b, dict) else (b.start, b.end)
    return a_start < b_end and b_start < a_end


def score(rows: list[dict], learned: bool = True) -> dict:
    """Counts per kind, the misses and false positives, and the overall figures."""
    gold_n: Counter[str] = Counter()
    gold_hit: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    pred_ok: Counter[str] = Counter()
    misses: list[tuple[str, str, str]] = []
    false_pos: list[tuple[str, str, str]] = []
    for row in rows:
        text = row["text"]
        found = phi.find(text, learned=learned)
        for g in row["spans"]:
            gold_n[g["kind"]] += 1
            if any(str(f.kind) == g["kind"] and _overlaps(f, g) for f in found):
                gold_hit[g["kind"]] += 1
            else:
                misses.append((g["kind"], text[g["start"] : g["end"]], text))
        for f in found:
            pred_n[str(f.kind)] += 1
            if any(str(f.kind) == g["kind"] and _overlaps(f, g) for g in row["spans"]):
                pred_ok[str(f.kind)] += 1
            else:
                false_pos.append((str(f.kind), f.text, text))
    kinds = {}
    for kind in phi.Kind:
        k = str(kind)
        kinds[k] = {
            "gold": gold_n[k],
            "found": pred_n[k],
            "recall": gold_hit[k] / gold_n[k] if gold_n[k] else None,
            "precision": pred_ok[k] / pred_n[k] if pred_n[k] else None,
        }
    total_pred = sum(pred_n.values())
    total_gold = sum(gold_n.values())
    return {
        "texts": len(rows),
        "kinds": kinds,
        "precision": sum(pred_ok.values()) / total_pred if total_pred else 1.0,
        "recall": sum(gold_hit.values()) / total_gold if total_gold else 1.0,
        "misses": misses,
        "false_positives": false_pos,
    }


def failures(result: dict) -> list[str]:
    """The targets this result misses, as readable lines (empty when all are met)."""
    out = []
    for kind, target in RECALL_TARGETS.items():
        recall = result["kinds"][kind]["recall"]
        if recall is not None and recall < target:
            out.append(f"{kind} recall {recall:.3f} < {target}")
    if result["precision"] < PRECISION_TARGET:
        out.append(f"overall precision {result['precision']:.3f} < {PRECISION_TARGET}")
    return out


def throughput(texts: list[str], min_seconds: float = 1.0, learned: bool = True) -> float:
    """Texts per second of find() on these texts (repeated until min_seconds have passed)."""
    phi.find("warm up: Dr. Patel, 415-555-0132", learned=learned)
    done = 0
    start = time.perf_counter()
    while True:
        for t in texts:
            phi.find(t, learned=learned)
        done += len(texts)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return done / elapsed


def _fmt(x: float | None) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def print_report(
    path: Path, rows: list[dict], result: dict, quiet: bool, learned: bool = True
) -> None:
    print(f"\n== {path} ({result['texts']} texts)")
    print(f"{'kind':<15}{'gold':>6}{'found':>7}{'recall':>9}{'precision':>11}{'target':>8}")
    for kind, k in result["kinds"].items():
        if not k["gold"] and not k["found"]:
            continue
        target = RECALL_TARGETS.get(kind)
        print(
            f"{kind:<15}{k['gold']:>6}{k['found']:>7}   {_fmt(k['recall'])}     "
            f"{_fmt(k['precision'])}  {'' if target is None else f'{target:.2f}':>6}"
        )
    print(f"overall precision {result['precision']:.3f} (target {PRECISION_TARGET})")
    print(f"overall recall    {result['recall']:.3f}")
    lengths = sorted(len(r["text"]) for r in rows)
    tps = throughput([r["text"] for r in rows], learned=learned)
    print(f"throughput        {tps:,.0f} texts/s (median text {lengths[len(lengths) // 2]} chars)")
    missed = failures(result)
    print("targets           " + ("all met" if not missed else "MISSED: " + "; ".join(missed)))
    if quiet:
        return
    print(f"\n-- misses ({len(result['misses'])})")
    for kind, sub, text in result["misses"]:
        print(f"  {kind:<14} {sub!r:<28} in {text[:110]!r}")
    print(f"\n-- false positives ({len(result['false_positives'])})")
    for kind, sub, text in result["false_positives"]:
        print(f"  {kind:<14} {sub!r:<28} in {text[:110]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, nargs="+", default=None, help="JSON lines files")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--quiet", action="store_true", help="no list of misses and FPs")
    parser.add_argument("--rules-only", action="store_true", help="without the learned tagger")
    args = parser.parse_args(argv)
    paths = args.data or [p for p in DEFAULT_DATA if p.exists()]
    all_failures = []
    for path in paths:
        rows = load(path)
        result = score(rows, learned=not args.rules_only)
        print_report(path, rows, result, args.quiet, learned=not args.rules_only)
        all_failures += [f"{path.name}: {f}" for f in failures(result)]
    return 1 if args.check and all_failures else 0


if __name__ == "__main__":
    sys.exit(main())
