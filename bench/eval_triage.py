"""Evaluate ``weighin.safety.triage`` on labelled JSONL files.

    python bench/eval_triage.py                       # dev and holdout sets
    python bench/eval_triage.py --data my_set.jsonl   # any file(s) with text/level/category
    python bench/eval_triage.py --rules-only          # without the learned backstop

Per file it prints: emergency recall, self-harm recall, false alarms on routine texts (routine ->
emergency and routine -> non-routine), category accuracy on non-routine texts, the 3x3 confusion
matrix, every misclassified text, and throughput in texts/second. Always exits 0: it reports, the
targets are asserted by tests/safety/test_triage.py.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from weighin.safety.triage import LEVELS, assess  # noqa: E402
from weighin.safety.triage.verdict import assess_with  # noqa: E402

ASSESS = assess

DEFAULT_FILES = (
    ROOT / "tests" / "data" / "triage_dev.jsonl",
    ROOT / "tests" / "data" / "triage_holdout.jsonl",
)
TARGETS = {"emergency_recall": 0.98, "self_harm_recall": 1.0, "routine_to_emergency": 0.05}


def load(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def evaluate(rows: list[dict]) -> dict:
    """Scores for one labelled set (also used by the tests)."""
    preds = [ASSESS(r["text"]) for r in rows]
    gold_em = [i for i, r in enumerate(rows) if r["level"] == "emergency"]
    gold_sh = [
        i for i, r in enumerate(rows) if r["category"] == "self_harm" and r["level"] != "routine"
    ]
    gold_rt = [i for i, r in enumerate(rows) if r["level"] == "routine"]
    gold_nr = [i for i, r in enumerate(rows) if r["level"] != "routine"]

    def rate(idx: list[int], ok) -> float:
        return sum(1 for i in idx if ok(i)) / len(idx) if idx else float("nan")

    matrix = {g: dict.fromkeys(LEVELS, 0) for g in LEVELS}
    for r, p in zip(rows, preds, strict=True):
        matrix[r["level"]][p.level] += 1
    return {
        "n": len(rows),
        "preds": preds,
        "emergency_recall": rate(gold_em, lambda i: preds[i].level == "emergency"),
        "self_harm_recall": rate(
            gold_sh, lambda i: preds[i].category == "self_harm" and preds[i].level != "routine"
        ),
        "self_harm_emergency_recall": rate(
            [i for i in gold_sh if rows[i]["level"] == "emergency"],
            lambda i: preds[i].category == "self_harm" and preds[i].level == "emergency",
        ),
        "routine_to_emergency": rate(gold_rt, lambda i: preds[i].level == "emergency"),
        "routine_to_nonroutine": rate(gold_rt, lambda i: preds[i].level != "routine"),
        "level_accuracy": rate(
            list(range(len(rows))), lambda i: preds[i].level == rows[i]["level"]
        ),
        "category_accuracy": rate(gold_nr, lambda i: preds[i].category == rows[i]["category"]),
        "matrix": matrix,
    }


def throughput(texts: list[str], min_seconds: float = 0.5) -> float:
    n, start = 0, time.perf_counter()
    while True:
        for t in texts:
            ASSESS(t)
        n += len(texts)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return n / elapsed


def report(path: Path, quiet: bool = False) -> None:
    rows = load(path)
    s = evaluate(rows)
    print(f"\n=== {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} ({s['n']} texts)")

    def line(name: str, key: str, target: str = "") -> None:
        print(f"  {name:<34} {s[key]:6.3f}  {target}")

    line("emergency recall", "emergency_recall", "(target >= 0.98)")
    line("self-harm recall", "self_harm_recall", "(target 1.00)")
    line("self-harm emergency recall", "self_harm_emergency_recall")
    line("routine -> emergency", "routine_to_emergency", "(target <= 0.05)")
    line("routine -> non-routine", "routine_to_nonroutine")
    line("level accuracy", "level_accuracy")
    line("category accuracy (non-routine)", "category_accuracy")
    print("\n  confusion matrix (rows gold, columns predicted)")
    print("  " + " " * 11 + "".join(f"{lv:>11}" for lv in LEVELS))
    for g in LEVELS:
        print(f"  {g:>11}" + "".join(f"{s['matrix'][g][p]:>11}" for p in LEVELS))
    wrong = [(r, p) for r, p in zip(rows, s["preds"], strict=True) if p.level != r["level"]]
    print(f"\n  misclassified ({len(wrong)}):")
    for r, p in [] if quiet else wrong:
        print(f"    gold {r['level']}/{r['category']} -> {p.level}/{p.category}: {r['text']}")
        print(f"        reasons: {'; '.join(p.reasons)}")
    cat_wrong = [
        (r, p)
        for r, p in zip(rows, s["preds"], strict=True)
        if p.level == r["level"] != "routine" and p.category != r["category"]
    ]
    if cat_wrong:
        print(f"\n  right level, other category ({len(cat_wrong)}):")
        for r, p in [] if quiet else cat_wrong:
            print(f"    gold {r['category']} -> {p.category}: {r['text']}")
    tps = throughput([r["text"] for r in rows])
    print(f"\n  throughput: {tps:,.0f} texts/second")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, nargs="+", action="extend", help="JSONL file(s)")
    parser.add_argument("--rules-only", action="store_true", help="without the learned backstop")
    parser.add_argument(
        "--quiet",
        action="store_true",
        help="figures only, no texts: for scoring a blind set without reading its misses",
    )
    args = parser.parse_args(argv)
    global ASSESS
    ASSESS = (lambda text: assess_with(text, None)) if args.rules_only else assess
    for path in args.data or DEFAULT_FILES:
        if not path.exists():
            print(f"\n=== {path}: not found, skipped")
            continue
        report(path, quiet=args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
