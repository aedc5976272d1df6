"""Names given away by an e-mail address in the same text: "I'm Kasia
(kasia.zielinska93@wp.pl)" names Kasia, whatever the name lists know."""

from __future__ import annotations

import re

from . import data
from .kinds import Cand, Kind
from .name_words import english_words, given, nonname
from .plausible import world_places

__all__ = ["email_names"]


def email_names(text: str, spans: list[Cand]) -> list[Cand]:
    """``spans`` (sorted, not overlapping) and the names the e-mail addresses give away, where
    nothing was found yet."""
    found: list[Cand] = []
    _find(text, spans, found)
    if not found:
        return spans
    taken = [c for c in found if not any(s < c[1] and c[0] < e for s, e, _ in spans)]
    return sorted(spans + list(dict.fromkeys(taken)))


def _find(text: str, out: list[Cand], found: list[Cand]) -> None:
    """A capitalised word that is part of an e-mail address the text gives is the person's name
    ("I'm Kasia (kasia.zielinska93@wp.pl)"), with the capitalised words beside it ("Takeshi
    Nakamura"); not a word, a place ("from Pune", "vinayak.kulkarni.pune@...") or an
    institution ("Aminu Kano Teaching Hospital")."""
    emails = [(s, e) for s, e, k in out if k == Kind.EMAIL]
    if not emails:
        return
    parts: set[str] = set()
    for s, e in emails:
        local = text[s:e].split("@", 1)[0].lower()
        parts.update(p for p in re.split(r"[^a-z]+", local) if len(p) >= 3)
    places = world_places()
    parts = {
        p
        for p in parts
        if not nonname(p)
        and p not in data.COMMON_WORDS
        and p not in places
        and (given(p) or p not in english_words())
    }
    if not parts:
        return
    for m in _CAPITALISED_RUN.finditer(text):
        if any(s <= m.start() < e for s, e in emails):
            continue
        words = [(w.start(), w.end(), w.group(0).lower()) for w in _WORD.finditer(m.group(0))]
        hits = [i for i, (_, _, low) in enumerate(words) if low in parts]
        if not hits:
            continue
        lo, hi = hits[0], hits[-1]
        while lo > 0 and _name_like(words[lo - 1][2]):
            lo -= 1
        while hi + 1 < len(words) and _name_like(words[hi + 1][2]):
            hi += 1
        run = words[lo : hi + 1]
        if any(low in data.INSTITUTION_WORDS or low in places for _, _, low in run):
            continue
        if any(low in data.INSTITUTION_WORDS for _, _, low in words[hi + 1 :]):
            continue  # "Aminu Kano Teaching Hospital"
        start, end = m.start() + run[0][0], m.start() + run[-1][1]
        if _PLACE_BEFORE.search(text, max(0, start - 8), start):
            continue  # "from Enugu", "in Galway"
        found.append((start, end, Kind.PERSON_NAME))


def _name_like(low: str) -> bool:
    """A neighbour that belongs to the name: "Takeshi" before "Nakamura", not "Contact" or
    "Patient"."""
    return (
        not nonname(low)
        and low not in data.COMMON_WORDS
        and (given(low) or low not in english_words())
    )


_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z\u00e0-\u024f]{2,}(?: [A-Z][a-z\u00e0-\u024f]{1,})*\b")
_WORD = re.compile(r"\S+")
_PLACE_BEFORE = re.compile(r"\b(?:from|in|at|near|to|of)\s+$", re.IGNORECASE)
