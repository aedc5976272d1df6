"""Worst-case inputs for the safety detectors: how long one text of a pathological shape takes.

    python bench/bench_worst_case.py                      # this checkout
    python bench/bench_worst_case.py --against ../other   # and another checkout, side by side

The live safety check runs on every pause in typing and on every post, so one text must never
cost seconds, whatever a user pastes. The shapes are the ones reviews and fuzzing found slow: a
run of one character that lower-cases to two ("İ"), one ideation phrase repeated, a run of blanks
between a capitalised word and an address or a birth cue, and ordinary words repeated (the
baseline). Each is timed at the post cap (5,000 characters) and at four times that, once per
checkout in a fresh process after a warm-up, best of ``--runs``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from bench_safety import run_in  # noqa: E402

SIZES = (5_000, 20_000)

_ONE_RUN = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from weighin.safety import phi
from weighin.safety.triage import assess
assess("warm up: my chest hurts and i want to die"); phi.find("Warm up, Mah. DOB 1/2/1990")
shapes = {
    "one character (İ)": lambda n: "İ" * n,
    "one ideation phrase": lambda n: "i want to die " * (n // 14),
    "blanks before 'Mah.'": lambda n: "Abc" + " " * n + "Mah.",
    "blanks before a street": lambda n: "Abc Def" + " " * n + "Street",
    "ordinary words": lambda n: "my chest hurts and I feel sick " * (n // 31),
}
out = {}
for name, make in shapes.items():
    for n in json.loads(sys.argv[2]):
        t = make(n)
        for detector, fn in (("triage", assess), ("phi", phi.find)):
            start = time.perf_counter()
            fn(t)
            out[f"{detector} | {name} | {n:,}"] = time.perf_counter() - start
print(json.dumps(out))
"""


def one_run(checkout: Path) -> dict[str, float]:
    return run_in(checkout, _ONE_RUN, json.dumps(SIZES))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", type=Path, help="another checkout, timed side by side")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    checkouts = {"this": ROOT} | ({"against": args.against.resolve()} if args.against else {})
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in checkouts}
    for _ in range(args.runs):
        for name, path in checkouts.items():
            runs[name].append(one_run(path))
    print(f"{'detector | shape | characters':<52}{'this (s)':>10}{'against (s)':>13}")
    for key in runs["this"][0]:
        best = {name: min(r[key] for r in rs) for name, rs in runs.items()}
        other = f"{best['against']:>13.3f}" if "against" in best else ""
        print(f"{key:<52}{best['this']:>10.3f}{other}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
