"""Speakers of a pasted chat: "Olena: Mama's sugar was 3.1 ...\\nDmytro: call the GP\\nMe: ...".

A line that opens with one or two capitalised words and a colon is a speaker's turn when the
text has at least two such turns by at least two speakers: the layout of a group chat, a
WhatsApp export or a text thread. A speaker is a name when it is a known given name ("Hope:",
"Georgia:" too, in that place), not a kinship word in any language ("Mum:", "Lola:") and not in
capitals; the labels of a form in any language ("Name:", "Paciente:", "PESEL:") are not given
names, so a form is never read as a chat.
"""

from __future__ import annotations

import re

from . import data
from .kinds import Cand, Kind
from .name_words import Tokens, given, nonname

__all__ = ["find_chat_speakers"]

_TURN_RE = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*)?"  # a time stamp or app tag: "[10:42]", "[WhatsApp]"
    r"(?P<who>[^\W\d_][^\W\d_'\u2019\-]{1,20}(?: [^\W\d_][^\W\d_'\u2019\-]{1,20})?)"
    r"(?: \([^)\n]{1,25}\))?[ \t]*:[ \t]+\S",
    re.MULTILINE,
)
_SELF = data.words("me i myself")


def _reads_as_name(word: str) -> bool:
    low = word.lower()
    if not word[0].isupper() or word.isupper() or len(low) < 2:
        return False
    if low in data.KIN_WORDS or low in data.INTL_KIN_WORDS or low in _SELF:
        return False
    return given(low) and not nonname(low) and low not in data.COMMON_WORDS


def find_chat_speakers(t: Tokens, out: list[Cand]) -> None:
    turns = list(_TURN_RE.finditer(t.text))
    if len(turns) < 2 or len({m.group("who").lower() for m in turns}) < 2:
        return
    for m in turns:
        words = m.group("who").split(" ")
        if all(_reads_as_name(w) for w in words):
            out.append((m.start("who"), m.end("who"), Kind.PERSON_NAME))
