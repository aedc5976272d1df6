"""Names as families talk about their children: "our Lily", "little Mo", "Kiera's mum", "Dev (10)
with Crohn's and Anaya (7)", "Jaylen 12, Destiny 9 and little Kai 4".

- a given name after "our", "little", "wee", "big" or "baby" ("our Grace", "little Kai"), also a
  given name that is a word;
- a given name before "'s" and a lower-case word ("Kiera's mum", "Oscar's CMPA");
- a given name with a child's age after it, in brackets or in a list ("Dev (10)", "Destiny 9,
  ...").
Only known given names: a drug ("Flixotide 2"), a district ("Dublin 6", "Al Barsha 2") or an
eponym ("Tinel's sign") reads the same way.
"""

from __future__ import annotations

import re

from . import data
from .kinds import Cand, Kind
from .name_words import given, nonname

__all__ = ["find_family_names"]

_NAME = r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
_PLACES_OF_CARE = frozenset(["ward", "room", "bed", "bay", "guy", "king", "thomas", "bart"])
_FOND_RE = re.compile(
    rf"\b(?:[Oo]ur|[Ll]ittle|[Ww]ee|[Bb]ig|[Bb]aby) {_NAME}\b(?!['\u2019]?s? (?:Lady|Rock))"
)
# (not "St Mary's said": a saint's name is a place's)
_POSSESSIVE_RE = re.compile(rf"(?<!St )(?<!St\. )(?<!Saint )\b{_NAME}['\u2019]s (?=[a-z])")
_AGED_RE = re.compile(rf"\b{_NAME} (?:\((?:age |aged )?\d{{1,2}}\)|\d{{1,2}}(?=,| and\b| &|\)|$))")


def _name_like(word: str, fond: bool = False) -> bool:
    """A known given name, and no eponym, drug, place or little word. A given name that is also
    a word ("Destiny", "Guy", "Summer", "King", "Ward") only after a fond word ("our Grace"):
    "Guy's wants an MRI" is the hospital, "Ward 6" a ward."""
    low = word.lower()
    if low in data.STOPWORDS or low in data.EPONYMS or low in _PLACES_OF_CARE:
        return False
    if low in data.AMBIGUOUS_NAMES:
        return fond
    return given(low) and not nonname(low)


def find_family_names(text: str, out: list[Cand]) -> None:
    low = text.lower()
    if "our " in low or "little " in low or "wee " in low or "baby " in low or "big " in low:
        for m in _FOND_RE.finditer(text):
            if _name_like(m.group(1), fond=True):
                out.append((m.start(1), m.end(1), Kind.PERSON_NAME))
    if "'s " in text or "\u2019s " in text:
        for m in _POSSESSIVE_RE.finditer(text):
            if _name_like(m.group(1)):
                out.append((m.start(1), m.end(1), Kind.PERSON_NAME))
    for m in _AGED_RE.finditer(text):
        if _name_like(m.group(1)):
            out.append((m.start(1), m.end(1), Kind.PERSON_NAME))
