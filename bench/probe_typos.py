"""How well triage reads emergencies through typos: every labelled emergency it catches as
written (``tests/data/triage_external_*.jsonl`` and ``triage_train_*.jsonl``, blind sets left
out), with two of its words of six letters or more mistyped (two letters swapped, one dropped or
one doubled, at random), read again.

    python bench/probe_typos.py                 # seeds 1-3, 600 texts each
    python bench/probe_typos.py --seeds 1 --n 2000 --rules-only --show 20

Prints, per seed, how many of the mistyped emergencies are still read as emergencies. The same
seed gives the same typos, so two checkouts can be compared on the same texts: run this file
again with ``PYTHONPATH=<other checkout>/src`` (its code, this checkout's data).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT / "src"))  # after PYTHONPATH: another checkout's code can be probed

from weighin.safety.triage import assess  # noqa: E402
from weighin.safety.triage.verdict import assess_with  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))  # (train_triage puts this checkout's src first: after)
from train_triage import BLIND  # noqa: E402

_LONG = re.compile(r"[A-Za-z]{6,}")


def mistype(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("swap", "drop", "double"))
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def emergencies() -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests" / "data").glob("triage_*.jsonl")):
        if path.name in BLIND or not path.name.startswith(("triage_external_", "triage_train_")):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and (row := json.loads(line))["level"] == "emergency":
                texts.append(row["text"])
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--n", type=int, default=600, help="texts per seed")
    ap.add_argument("--rules-only", action="store_true", help="without the learned backstop")
    ap.add_argument("--show", type=int, default=0, help="print this many lost texts")
    args = ap.parse_args()
    read = (lambda t: assess_with(t, None)) if args.rules_only else assess
    caught = [t for t in emergencies() if read(t).level == "emergency"]
    for seed in args.seeds:
        rng = random.Random(seed)
        sample = rng.sample(caught, min(args.n, len(caught)))
        lost = []
        for text in sample:
            words = text.split(" ")
            long_words = [i for i, w in enumerate(words) if _LONG.fullmatch(w)]
            for i in rng.sample(long_words, min(2, len(long_words))):
                words[i] = mistype(words[i], rng)
            typed = " ".join(words)
            if read(typed).level != "emergency":
                lost.append(typed)
        kept = len(sample) - len(lost)
        print(f"seed {seed}: {kept} of {len(sample)} still read as emergencies ({len(lost)} lost)")
        for typed in lost[: args.show]:
            print("   ", typed[:160])


if __name__ == "__main__":
    main()
