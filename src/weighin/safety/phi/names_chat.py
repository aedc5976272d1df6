"""Speakers of a pasted chat: "Olena: Mama's sugar was 3.1 ...\\nDmytro: call the GP\\nMe: ...".

A line that opens with one or two capitalised words and a colon is a speaker's turn when the
text has at least two such turns by at least two speakers: the layout of a group chat, a
WhatsApp export or a text thread. A speaker is a name when it is a known given name ("Hope:",
"Georgia:" too, in that place), not a kinship word in any language ("Mum:", "Lola:") and not in
capitals; the labels of a form in any language ("Name:", "Paciente:", "PESEL:") are not given
names, so a form is never read as a chat.

A handle is a name when it is a known given name joined to another word by a dot or an
underscore ("@tom_brennan", "@katie.morgan"), or a given name of ours run into a longer word
that is no English word ("@hollyjenkins"); the span leaves out the "@". Handles made of words
("@tiredmum_83", "@gymbro_2000") are not names.
"""

from __future__ import annotations

import re

from . import data
from .kinds import Cand, Kind
from .name_words import GIVEN, Tokens, english_words, given, nonname

__all__ = ["find_chat_speakers", "find_handles"]

_TURN_RE = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*)?"  # a time stamp or app tag: "[10:42]", "[WhatsApp]"
    r"(?P<who>[^\W\d_][^\W\d_'\u2019\-]{1,20}(?: [^\W\d_][^\W\d_'\u2019\-]{1,20})?)"
    r"(?: \([^)\n]{1,25}\))?[ \t]*(?:[^\w\s:]{1,3}[ \t]*)?:[ \t]+\S",  # "Bex 💬: ..."
    re.MULTILINE,
)
_SELF = data.words("me i myself")


def _reads_as_name(word: str, loose: bool = False) -> bool:
    """A speaker that is a known given name ("Hope:", not "ANA:"); with ``loose``, in a chat whose
    other speakers are names, also a nickname that is no English word ("Gav:", "Bex:")."""
    low = word.lower()
    if not word[0].isupper() or len(low) < 2:
        return False
    if low in data.KIN_WORDS or low in data.INTL_KIN_WORDS or low in _SELF:
        return False
    if word.isupper():
        return False
    if low in data.COMMON_WORDS or nonname(low):
        return False
    return given(low) or (loose and low not in english_words())


def find_chat_speakers(t: Tokens, out: list[Cand]) -> None:
    turns = list(_TURN_RE.finditer(t.text))
    if len(turns) < 2 or len({m.group("who").lower() for m in turns}) < 2:
        return
    # the speakers that anchor a chat: known given names, and the writer ("me:")
    named = {
        m.group("who")
        for m in turns
        if m.group("who").lower() in _SELF or all(map(_reads_as_name, m.group("who").split(" ")))
    }
    for m in turns:
        who = m.group("who")
        loose = bool(named - {who})
        if all(_reads_as_name(w, loose) for w in who.split(" ")):
            out.append((m.start("who"), m.end("who"), Kind.PERSON_NAME))


_HANDLE_RE = re.compile(r"(?<![\w.@])@([A-Za-z]{2,}(?:[._][A-Za-z]{2,}){0,2})\b(?![.@_]?\w)")
_PARTS_RE = re.compile(r"[._]")


def _handle_is_name(handle: str) -> bool:
    low = handle.lower()
    parts = _PARTS_RE.split(low)
    if len(parts) > 1:
        first = parts[0]
        return len(first) >= 3 and given(first) and not nonname(first) and first not in _SELF
    if low in english_words():
        return False
    return any(low[:k] in GIVEN and low[k:] not in english_words() for k in range(4, len(low) - 4))


def find_handles(t: Tokens, out: list[Cand]) -> None:
    for m in _HANDLE_RE.finditer(t.text):
        if _handle_is_name(m.group(1)):
            out.append((m.start(1), m.end(1), Kind.PERSON_NAME))
