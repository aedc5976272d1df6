"""SCOWL's lower-case English words, shared by the PHI detector (a capitalised English word is
not a name on its own) and triage (a real word is never "corrected" into a medical one)."""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """SCOWL's lower-case English words (``bench/build_english_words.py``)."""
    path = Path(__file__).parent / "data" / "english_words.txt.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return frozenset(w for w in fh.read().split("\n") if w and not w.startswith("#"))
