"""Names as families talk about their children: "our Lily", "little Mo", "Kiera's mum", "Dev (10)
with Crohn's and Anaya (7)", "Jaylen 12, Destiny 9 and little Kai 4".

- a given name after "our", "little", "wee", "big" or "baby" ("our Grace", "little Kai"), also a
  given name that is a word;
- a given name before "'s" and a lower-case word ("Kiera's mum", "Oscar's CMPA");
- a given name with a child's age after it, in brackets or in a list ("Dev (10)", "Destiny 9,
  ...");
- a family by its surname, when it is being helped, given to or prayed for ("donate to the
  Mensah family"): any capitalised word that is no English word or little word.
Only known given names: a drug ("Flixotide 2"), a district ("Dublin 6", "Al Barsha 2") or an
eponym ("Tinel's sign") reads the same way.
"""

from __future__ import annotations

import re

from . import data
from .kinds import Cand, Kind
from .name_words import english_words, given, nonname

__all__ = ["find_family_names"]

_NAME = r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
_CHILDREN = re.compile(
    r"\b(?:kids?|children|child|sons?|daughters?|twins|triplets|grandkids|grandchildren|my (?:two"
    r"|three|four|five)|siblings|boys|girls|babies|baby|toddlers?|nits|placements?|year olds?)\b",
    re.IGNORECASE,
)
_PLACES_OF_CARE = frozenset(["ward", "room", "bed", "bay", "guy", "king", "thomas", "bart"])
_FOND_RE = re.compile(
    # lower case "our", "little" ...; capitalised only at a sentence's head ("Little Mo has ..."),
    # not a proper noun's own word ("Big Ben", "Little Milton", "Baby Annabell")
    rf"(?:\b(?:our|little|wee|big|baby)|(?:^|(?<=[.!?\n] ))(?:Our|Little|Wee|Big|Baby)) {_NAME}\b"
    # not a name run on ("Little Bo Peep"), nor a word-name before a noun ("our Summer holiday")
    r"(?![ \t]+[A-Z])"
)
# (not "St Mary's said": a saint's name is a place's)
_POSSESSIVE_RE = re.compile(
    rf"(?<!St )(?<!St\. )(?<!Saint )(?<!the )(?<!The )\b{_NAME}['\u2019]s (?=[a-z])"
    # an eponym's or a day's noun: "Grover's disease", "Darwin's tubercle", "Valentine's day"
    r"(?!(?:disease|syndrome|sign|tubercle|node|phenomenon|test|palsy|day|eve|law|triad|reflex"
    r"|manoeuvre|maneuver|operation|procedure|cyst|ulcer|lymphoma|sarcoma|tumou?r|nerve|canal"
    r"|duct|fracture|contracture|knot|cells?|scan|scale|score|criteria|rule|theory|team|nurses"
    r"|ward|unit|emergency)\b)"
)
# what shows a word-name is a season or a thing: "our Summer holiday", "our Rose garden"
_THING_NEXT = re.compile(
    r"[ \t]+(?:holidays?|break|house|garden|term|camp|job|sale|season|time|fair|fete|party|trip"
    r"|show|concert|bush|bed|tree|plant|wedding|clothes|wardrobe|menu|special|school|term)\b"
)
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


# a family being helped, given to or prayed for ("donate to the Mensah family"): not a film's, a
# dynasty's, a plant's or a drug's family, which no rule could list
_THE_FAMILY_RE = re.compile(
    r"\b(?:help|helping|support|supporting|donate|donating|donations?|money|fundraiser"
    r"|fundraising|pray|praying|prayers|thinking of|thoughts (?:are )?with|condolences|sympathy"
    r"|meal train|meals|cards?|flowers|visit|visiting)\b[^.!?\n]{0,25}?"
    r"\b[Tt]he ([A-Z][a-z]+(?:-[A-Z][a-z]+)?) family\b(?! (?:film|show|drama|accommodation|room"
    r"|liaison|services|team|office|support|centre|center|practice|doctor|clinic|hotel))"
)


def find_family_names(text: str, out: list[Cand]) -> None:
    low = text.lower()
    if " family" in low:
        for m in _THE_FAMILY_RE.finditer(text):
            word = m.group(1).lower()
            if word not in english_words() and word not in data.STOPWORDS and not nonname(word):
                out.append((m.start(1), m.end(1), Kind.PERSON_NAME))
    if "our " in low or "little " in low or "wee " in low or "baby " in low or "big " in low:
        for m in _FOND_RE.finditer(text):
            low_name = m.group(1).lower()
            if low_name in data.KIN_WORDS:
                continue  # "our Nana"
            if low_name in data.AMBIGUOUS_NAMES and _THING_NEXT.match(text, m.end(1)):
                continue  # "our Summer holiday"
            if _name_like(m.group(1), fond=True):
                out.append((m.start(1), m.end(1), Kind.PERSON_NAME))
    if "'s " in text or "\u2019s " in text:
        for m in _POSSESSIVE_RE.finditer(text):
            if _name_like(m.group(1)):
                out.append((m.start(1), m.end(1), Kind.PERSON_NAME))
    if not _CHILDREN.search(text):
        return  # "Chelsea 2, Arsenal 1": a score, not children's ages
    for m in _AGED_RE.finditer(text):
        if _name_like(m.group(1)):
            out.append((m.start(1), m.end(1), Kind.PERSON_NAME))
