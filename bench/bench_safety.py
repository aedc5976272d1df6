"""Throughput of the safety detectors on real patient questions: triage and PHI, side by side.

    python bench/bench_safety.py                      # this checkout
    python bench/bench_safety.py --against ../other   # and another checkout, interleaved

Texts: the ``question`` field of ``../shared/data/patient_questions.jsonl.gz`` (real questions
patients asked; about 6,300, median some 70 characters). When that file is absent the script
says so and falls back to our own labelled development sets (``tests/data``), which are shorter
and denser in symptoms: their figures are not comparable with the real ones.

Each run is a fresh process that imports the detectors, makes one warm-up pass (the caches a
long-lived server has) and times one pass per detector. With ``--against``, runs of the two
checkouts alternate, so both see the same load on a shared machine; the figures are medians
over ``--runs`` runs, and the ratio of the medians is the figure to quote.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "data" / "patient_questions.jsonl.gz"
OWN = [ROOT / "tests" / "data" / "triage_dev.jsonl", ROOT / "tests" / "data" / "phi_dev.jsonl"]

# Run in a fresh interpreter with the checkout's own ``src`` first on the path.
_ONE_RUN = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from weighin.safety import phi
from weighin.safety.triage import assess
texts = json.load(sys.stdin)
out = {}
for name, fn in (("triage", assess), ("phi", phi.find)):
    for t in texts:
        fn(t)
    start = time.perf_counter()
    for t in texts:
        fn(t)
    out[name] = len(texts) / (time.perf_counter() - start)
print(json.dumps(out))
"""


def load_texts(limit: int) -> tuple[list[str], str]:
    if REAL.exists():
        texts = []
        with gzip.open(REAL, "rt", encoding="utf-8") as fh:
            for line in fh:
                q = json.loads(line).get("question")
                if q:
                    texts.append(q)
        return texts[:limit], f"{REAL.name} (real patient questions)"
    print(f"note: {REAL} is absent; timing our own development sets instead", file=sys.stderr)
    texts = [json.loads(line)["text"] for p in OWN for line in p.open(encoding="utf-8")]
    return texts[:limit], "tests/data dev sets (not comparable with real questions)"


def run_in(checkout: Path, code: str, *args: str, stdin: str = "") -> dict[str, float]:
    """Run ``code`` in a fresh interpreter with ``checkout``'s ``src`` as its first argument
    (then ``args``); its stdout is one JSON object."""
    done = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", code, str(checkout / "src"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def one_run(checkout: Path, texts: list[str]) -> dict[str, float]:
    return run_in(checkout, _ONE_RUN, stdin=json.dumps(texts))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", type=Path, help="another checkout, timed interleaved")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=2000, help="texts per pass")
    args = parser.parse_args(argv)
    texts, source = load_texts(args.limit)
    lengths = sorted(map(len, texts))
    print(f"{len(texts)} texts from {source}, median {lengths[len(lengths) // 2]} characters")
    checkouts = {"this": ROOT} | ({"against": args.against.resolve()} if args.against else {})
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in checkouts}
    for _ in range(args.runs):
        for name, path in checkouts.items():
            runs[name].append(one_run(path, texts))
    for detector in ("triage", "phi"):
        medians = {n: statistics.median(r[detector] for r in rs) for n, rs in runs.items()}
        line = f"{detector:7s} this checkout {medians['this']:7,.0f} texts/s"
        if "against" in medians:
            ratio = medians["this"] / medians["against"]
            line += f"   against {medians['against']:7,.0f}   ratio {ratio:.2f}"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
