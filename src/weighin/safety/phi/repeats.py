"""A name said again: once a word was found as a person's name, its other uses in the same text
name the same person ("my son Andriy ... Andriy's phone is", "my baby Ifeanyi ... Mama
Ifeanyi"), though no cue stands before them.

And an identifier given twice: a number written in the very shape of one found in the same
sentence is another of its kind ("one letter says 1204856732 and the other says 1204856733",
"should be NY48291037, they put NY48291307"); a birth date is, when the sentence corrects it
("it says 12/06/1985 when it's actually 06/12/1985")."""

from __future__ import annotations

import re

from . import data
from .kinds import Cand, Kind
from .name_take import VERB_NEXT
from .name_words import AMBIGUOUS, PARTICLES, PLACES, english_words, given, nonname
from .not_person import not_a_person
from .plausible import HEAD_AFTER, TITLE_WORDS, world_places

__all__ = ["repeat_names", "repeat_numbers"]

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['\u2019]s$")
# Titles of other languages a name span may hold ("Frau Bergmann", "Herr Vogel", "Sra. Luz").
_TITLES = TITLE_WORDS | data.words(
    "frau herr sra srta sr dott dona don pani pan ibu bapak pak bu mama papa nine abuela abuelo"
    " hajia alhaji mzee sheikh"
)
# What follows a name used as the subject or owner: "'s", or a verb ("Hope says", "Amber won't").
_PERSON_NEXT = re.compile(r"['\u2019]s\b|" + VERB_NEXT.pattern)
# A county or district before the word: "Co. Kerry" names the place.
_PLACE_BEFORE = re.compile(r"\b(?:Co\.|County|District|Province|State of)\s$")


def _distinctive(word: str) -> bool:
    """A capitalised name word no other reading could have: three letters or more, and no English,
    common, drug, medical, place, title or particle word ("Will", "Grace", "Park", "Austin" and
    "Frau" are not carried over)."""
    low = word.lower()
    return (
        len(word) >= 3
        and word[0].isupper()
        and low not in english_words()
        and low not in AMBIGUOUS
        and low not in PLACES
        and low not in world_places()
        and low not in _TITLES
        and low not in data.COMMON_WORDS
        and low not in PARTICLES
        and not nonname(low)
    )


_SEASONS = data.words("summer autumn winter spring may june april august")
_OWNER_NEXT = re.compile(r"['\u2019]s (?!(?:day|days|heat|sun|evening|night|end|break|holiday)\b)")


def _soft_name(word: str) -> bool:
    low = word.lower()
    return (
        len(word) >= 3
        and word[0].isupper()
        and not word.isupper()
        and given(low)
        and not nonname(low)
        and low not in PLACES
        and low not in data.COMMON_WORDS
        and low not in _TITLES
    )


def repeat_names(text: str, spans: list[Cand]) -> list[Cand]:
    """``spans`` (sorted, never overlapping) with every other use of a found name's distinctive
    words, written the same way, added as a name where no span covers it."""
    words = {
        _POSSESSIVE.sub("", m.group())
        for s, e, k in spans
        if k == Kind.PERSON_NAME
        for m in _WORD.finditer(text, s, e)
    }
    # A given name that is also a word ("Hope", "Grant", "Summer") is carried only where it
    # reads as the person: capitalised, then a verb or "'s" ("Hope says", "Grant's sperm").
    distinct = {w for w in words if _distinctive(w)}
    soft = {w for w in words - distinct if _soft_name(w)}
    words = distinct | soft
    if not words:
        return spans
    extra: list[Cand] = []
    for w in words:
        pos = text.find(w)
        while pos >= 0:
            end = pos + len(w)
            bounded = (pos == 0 or not text[pos - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            )
            if (
                bounded
                and (w not in soft or _PERSON_NEXT.match(text, end))
                # a season or a month said again is one unless it owns something ("Summer's OB")
                and (w.lower() not in _SEASONS or _OWNER_NEXT.match(text, end))
                and not HEAD_AFTER.match(text, end)  # "Ho Chi Minh City", "Chidi Street"
                and not _PLACE_BEFORE.search(text, max(0, pos - 12), pos)
                and not any(s < end and pos < e for s, e, _ in spans)
                and not not_a_person(text, (pos, end, Kind.PERSON_NAME))  # "the Alfred"
            ):
                extra.append((pos, end, Kind.PERSON_NAME))
            pos = text.find(w, end)
    if not extra:
        return spans
    # Two repeated words may overlap ("Zaniyah-Imani" and "Imani-Nkechi" in
    # "Zaniyah-Imani-Nkechi"): the earlier, then the longer, stands.
    kept: list[Cand] = []
    for c in sorted(set(extra), key=lambda c: (c[0], c[0] - c[1])):
        if not kept or c[0] >= kept[-1][1]:
            kept.append(c)
    return sorted(spans + kept)


_ID_KINDS = frozenset([Kind.SSN, Kind.MRN, Kind.INSURANCE_ID])
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+(?=\s|$))?")
_CORRECTED = re.compile(
    r"\b(?:actually|should be|should have been|instead of|rather than|wrong|they put|typed"
    r"|wrote it as|written as)\b",
    re.IGNORECASE,
)
# what stands right before a number written again: "the other says ...", "they typed ...",
# "and ...", "(...)": no label of its own ("room", "batch", "lot", "ext")
_AGAIN_BEFORE = re.compile(
    r"(?:\b(?:says|said|is|was|put|typed|wrote|and|or|other|one|his|her|my|their|be|of|as"
    r"|instead|not|actually|has|have|shows|reads)\s*|[,(:]\s*)$",
    re.IGNORECASE,
)


_DATELIKE = re.compile(r"\d{1,4}[-/. ](?:\d{1,2}|[A-Za-z]{3,9})[-/. ]\d{1,4}", re.IGNORECASE)
_OTHER_LABEL = re.compile(
    r"\b(?:rx ?bin|rx ?pcn|bin|pcn|npi|ndc|cpt|icd(?:-10)?|dea|ein|tax id|claim|invoice|order"
    r"|ref(?:erence)?|code|store|lot|batch|permit|room|bed|ward|ext|extension|serial|ticket"
    r"|booking|tracking)\b(?:\s+(?:was|is|number|no\.?|#))*\W{0,3}$",
    re.IGNORECASE,
)


def _shape(value: str) -> str:
    """A pattern for values written as ``value`` is: each digit a digit, each letter a letter,
    the separators as they are."""
    out = []
    for ch in value:
        out.append(r"\d" if ch.isdigit() else "[A-Za-z]" if ch.isalpha() else re.escape(ch))
    return r"(?<![\w/.\-])" + "".join(out) + r"(?![\w/\-]|[.,]\d)"


def repeat_numbers(text: str, spans: list[Cand]) -> list[Cand]:
    """``spans`` with the second writing of a found identifier or a corrected birth date added."""
    extra: list[Cand] = []
    for sentence in _SENTENCE.finditer(text):
        a, b = sentence.span()
        inside = [c for c in spans if a <= c[0] and c[1] <= b]
        for s, e, kind in inside:
            value = text[s:e]
            if kind == Kind.DATE_OF_BIRTH:
                if not (any(ch.isdigit() for ch in value) and _CORRECTED.search(text, a, b)):
                    continue
            elif kind not in _ID_KINDS or sum(ch.isdigit() for ch in value) < 6:
                continue
            elif _DATELIKE.fullmatch(value):
                continue  # "Visit: 2024-Mar-11" is no pattern for "DOB: 1955-Aug-09"
            for m in re.finditer(_shape(value), text[a:b]):
                start, end = a + m.start(), a + m.end()
                if _OTHER_LABEL.search(text, max(a, start - 25), start) or not _AGAIN_BEFORE.search(
                    text, max(a, start - 20), start
                ):
                    continue  # another thing's number: "Group 174600, RxBIN 004336", "room 1002"
                if not any(cs < end and start < ce for cs, ce, _ in spans + extra):
                    extra.append((start, end, kind))
    return sorted(spans + extra) if extra else spans
