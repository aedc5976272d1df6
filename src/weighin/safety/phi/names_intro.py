"""Introductions: the asker naming themselves ("Aleksandra here (Ola for short)", "This is Bill,
68") and a nickname in brackets or quotes after a name found ("Wilhelmina ('Billie')")."""

from __future__ import annotations

import re

from . import data
from .kinds import Cand, Kind
from .name_words import GIVEN, KIN_ALT, Tokens, english_words, given, nonname, titlecase

__all__ = [
    "bracket_nicknames",
    "explained_names",
    "find_here",
    "introduced_with_age",
    "opens_with_age",
]

# Opening with one's name: "Aleksandra here (Ola for short).", "Wilhelmina ('Billie') here, 70".
_HERE_RE = re.compile(
    r"^[ \t]*(?:(?i:hi|hey|hello)[ \t]*[,!]?[ \t]*)?(?P<n>[A-Z]\.[ \t]?[A-Z]\.?|[A-Z][^\W\d_]+"
    r"(?:[ \t][A-Z][^\W\d_]+)?)"
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+(?P<here>here)\b"
    r"(?P<punct>(?=[ \t]*[,.!(:;\-\u2013\u2014]|[ \t]*$))?",
    re.MULTILINE,
)
_HERE_EVIDENCE = re.compile(
    r"\([^()\n]*(?:\bb\.|\bborn\b|\baged?\b|\b\d{1,3}\b)[^()\n]*\)"
    r"|\bhere[ \t]*,?[ \t]*\d{1,3}\b"
    r"|\([ \t]*['\"\u2018\u201c][A-Z][^\W\d_]+['\"\u2019\u201d][ \t]*\)"
    r"|\([^()\n]*\b(?:for[ \t]+short|short[ \t]+for|actual[ \t]+name|real[ \t]+name)\b[^()\n]*\)",
    re.MULTILINE,
)
# A nickname in brackets right after a name: "Aleksandra (Ola for short)", "Wilhelmina
# ('Billie')", "Robert (“Bobby”)".
_BRACKET_NICK_RE = re.compile(
    r"[ \t]*\([ \t]*['\"\u2018\u201c]?(?P<n>[A-Z][^\W\d_]+)['\"\u2019\u201d]?"
    r"(?:[ \t]+for[ \t]+short)?[ \t]*\)"
)
# An introduction with the age after the name: "This is Bill, 68." (a word-name, but a person).
_NAME_AGE_AFTER = re.compile(r"[ \t]*(?:,[ \t]*|\([ \t]*)(?:aged[ \t]+)?\d{1,3}(?:[ \t]*\)|\b)")


# A sentence opening with a given name and its age: "Ray is 84, had a stroke in March", "Doreen,
# 91, lives alone". The age ends its phrase: "June is 30 days" is a month's length.
_OPENS_WITH_AGE = re.compile(
    r"(?:^|(?<=[.!?\n])[ \t]*|(?<=[.!?][)\"\u201d])[ \t]*)[ \t]*(?P<n>[A-Z][a-z]+)"
    r"(?:[ \t]*,[ \t]*(?:aged[ \t]+)?(?P<a1>1[01]\d|[1-9]\d?)[ \t]*,"
    r"|[ \t]+is[ \t]+(?:now[ \t]+|only[ \t]+)?(?P<a2>1[01]\d|[1-9]\d?)(?![\d.])"
    r"(?P<years>[ \t]*(?:years?|yrs?)(?:[ \t]+old)?)?"
    r"(?=[ \t]*(?:[,.;!?)]|and\b|now\b|$)))"
    # then what a person does: "Ray is 84, had a stroke", "Hope is 5 and has a cough"
    r"(?P<after>[ \t]*(?:,|and)?[ \t]*(?:has|had|is|was|lives|lived|still|can|cannot|does|did|keeps"
    r"|loves|needs|goes|went|walks|fell|gets|got|just)\b)?",
    re.MULTILINE,
)
_MONTHS = data.words(
    "january february march april may june july august september october november december"
)


# A name and, in brackets, who it is or that it is what they are called: "Sugar (my girlfriend;
# everyone calls her that)", "Pumpkin (it's what I call my girlfriend)", "Big Ray (that's what
# everyone at the meeting calls him)".
_EXPLAINED_RE = re.compile(
    r"(?P<n>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?(?:[ \t][A-Z][^\W\d_]+)?)[ \t]*\([ \t]*"
    # who they are, and nothing more in that breath: "(my girlfriend; ...)", "(my husband)"
    rf"(?:(?i:my|our)[ \t]+(?i:{KIN_ALT})[ \t]*(?:[;,)]|\u2014|-|and\b|who\b)"
    # what they are called: "(it's what I call my girlfriend)", "(that's what everyone ...
    # calls him)"; not "(that's what my GP called it)", "(it's what I call my stoma)"
    r"|[^()\n]{0,20}?\b(?i:it['\u2019]?s|that['\u2019]?s|is|was)[ \t]+(?i:what)[ \t][^()\n]{0,60}?"
    rf"\b(?i:calls?|called)[ \t]+(?i:him|her|them|(?:my|our)[ \t]+(?:{KIN_ALT}))\b)"
)


def explained_names(t: Tokens, out: list[Cand]) -> None:
    """ "Bubba (my husband; nobody calls him anything else)": a capitalised word with who it is
    in brackets after it is that person's name, a word or not."""
    for m in _EXPLAINED_RE.finditer(t.text):
        low = m.group("n").lower()
        first = low.split()[0]
        if first in data.STOPWORDS or first in data.KIN_WORDS or nonname(first):
            continue
        out.append((m.start("n"), m.end("n"), Kind.PERSON_NAME))


def opens_with_age(t: Tokens, out: list[Cand]) -> None:
    """ "Ray is 84, had a stroke in March": a known given name opening a sentence with its age after
    it is a person, even when it is also a word; never a month or a kinship word ("Mum is 84")."""
    for m in _OPENS_WITH_AGE.finditer(t.text):
        low = m.group("n").lower()
        # a word that is also a name ("Max", "Bill", "Hope") wants a person's verb or "years"
        # after it: "Max is 20." is a dose, "Bill is 340" a bill
        wordlike = low in english_words() or low in data.COMMON_WORDS
        if wordlike and not (m.group("after") or m.group("years")):
            continue
        # a given name that is also a brand or an insurer ("Oscar is 8 and got hit"), only with
        # the age and a person's doing
        named = not nonname(low) or (low in GIVEN and m.group("after"))
        if given(low) and named and low not in data.KIN_WORDS and low not in _MONTHS:
            out.append((m.start("n"), m.end("n"), Kind.PERSON_NAME))


def _doer_word(low: str) -> bool:
    """ "Climber here, 28", "Cyclist here": what one does, a word and no given name."""
    return low.endswith(("er", "ist", "or")) and low in english_words() and not given(low)


def find_here(t: Tokens, out: list[Cand]) -> None:
    """ "Aleksandra here (Ola for short)": one's name opening a line, when it is a known given name
    or an age, a birth or a nickname beside it says it is a person; never a nationality."""
    text = t.text
    for m in _HERE_RE.finditer(text):
        i = t.at(m.start("n"))
        low = t.lows[i]
        initials = "." in m.group("n")  # "J.K. here"
        evidence = _here_evidence(text, m.end("n"), m.end("here"))
        if m.group("punct") is None and not (
            initials or evidence or given(low) or len(m.group("n")) <= 3
        ):
            continue  # "Ontario here in the snow": a word run on is no introduction
        named = evidence and re.search(
            r"short|actual|real|['\"\u2018\u201c]", text[m.end("n") : m.end("here") + 25]
        )
        if (
            low in data.NATIONALITY_WORDS
            or low in data.KIN_WORDS
            or _doer_word(low)
            or (
                not initials
                and not named
                and (nonname(low) or low in data.COMMON_WORDS)
                and not (evidence and given(low))
            )
        ):
            continue
        if initials or given(low) or evidence:
            out.append((m.start("n"), m.end("n"), Kind.PERSON_NAME))
            nick = _BRACKET_NICK_RE.match(text, m.end("here"))  # "here (Ola for short)"
            if nick and _nickname_ok(nick):
                out.append((nick.start("n"), nick.end("n"), Kind.PERSON_NAME))


def introduced_with_age(t: Tokens, pos: int, out: list[Cand]) -> None:
    """ "This is Bill, 68": after an introduction, a capitalised given name with an age after it is
    the person, even when it is also a word."""
    i = t.at(pos)
    if i >= len(t.toks) or t.text[pos : t.starts[i]].strip():
        return
    if (
        titlecase(t.toks[i])
        and given(t.lows[i])
        and not nonname(t.lows[i])
        and _NAME_AGE_AFTER.match(t.text, t.ends[i])
    ):
        out.append((t.starts[i], t.ends[i], Kind.PERSON_NAME))


def _here_evidence(text: str, name_end: int, here_end: int) -> bool:
    """ "Eamon here (b. 4.ix.61)", "Memory here, 29", "Sky (they/them, 19) here": an age, a birth
    or a nickname beside "X here" says X is a person, not a place ("Ontario here")."""
    return _HERE_EVIDENCE.search(text, name_end, min(len(text), here_end + 25)) is not None


def _nickname_ok(m: re.Match[str]) -> bool:
    """Quoted, "for short", or a known given name: "('Billie')", "(Ola for short)", not
    "Dr. Chatterjee (Gastro)"."""
    low = m.group("n").lower()
    if nonname(low) or low in data.KIN_WORDS:
        return False
    return given(low) or bool(
        re.search(r"['\"\u2018\u2019\u201c\u201d]|for[ \t]+short", m.group(0))
    )


def bracket_nicknames(t: Tokens, out: list[Cand], since: int) -> None:
    """A nickname in brackets right after a name found: "Aleksandra (Ola for short)"."""
    for _start, end, kind in list(out[since:]):
        if kind != Kind.PERSON_NAME:
            continue
        m = _BRACKET_NICK_RE.match(t.text, end)
        if m and _nickname_ok(m):
            out.append((m.start("n"), m.end("n"), Kind.PERSON_NAME))
