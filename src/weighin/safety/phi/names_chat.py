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
from .name_words import GIVEN, PLACES, Tokens, english_words, given, nonname
from .plausible import world_places

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
    return given(low) or (loose and low not in english_words() and low not in _NOT_NICKNAMES)


def find_chat_speakers(t: Tokens, out: list[Cand]) -> None:
    turns = list(_TURN_RE.finditer(t.text))
    if len(turns) < 2 or len({m.group("who").lower() for m in turns}) < 2:
        return
    named = {m.group("who") for m in turns if all(map(_reads_as_name, m.group("who").split(" ")))}
    writer = any(m.group("who").lower() in _SELF for m in turns)
    said = {}
    for m in turns:
        said[m.group("who")] = said.get(m.group("who"), 0) + 1
    for m in turns:
        who = m.group("who")
        # a nickname ("Rach:", "Bex:") beside a speaker who is a name, or, with only the writer
        # ("me:") beside it, one that speaks more than once; and never a label of a report, a
        # team or an app ("Hb:", "Derm:", "Wysa:"), nor a turn that says no words
        loose = (bool(named - {who}) or (writer and said[who] > 1)) and _WORDS_SAID.match(
            t.text, m.end("who")
        ) is not None
        if all(_reads_as_name(w, loose) for w in who.split(" ")):
            out.append((m.start("who"), m.end("who"), Kind.PERSON_NAME))


# a turn that says at least two words: "Rach: awful day", not "Hb: 120 g/L"
# (or a reaction: "Rach: 😂😂😂")
_WORDS_SAID = re.compile(
    r"[^:\n]*:[ \t]+(?:[^\n]*?[A-Za-z]{2,}[^\n]*?\s[^\n]*?[A-Za-z]{2,}|[^\w\s]+[ \t]*(?:\n|$))"
)
# labels of a chat with a team, a report or an app, not nicknames
_NOT_NICKNAMES = data.words(
    "derm onc gastro neuro ortho paeds peds gynae obgyn uro haem heme anaes resus pharm recep"
    " rx dx hx sx tx plt hb crp trop sats chol gluc cals eos endo rheum cardio pulm psych physio"
    " ot slt pt gp dr doc nurse midwife hv wysa woebot replika babylon chatgpt alexa siri gemini"
    " copilot bot brekkie brekky snax snack lunch dinner tea bfast"
)


_HANDLE_RE = re.compile(r"(?<![\w.@])@([A-Za-z]{2,}(?:[._][A-Za-z]{2,}){0,2})\b(?![.@_]?\w)")
_PARTS_RE = re.compile(r"[._]")
_PLACES = world_places() | PLACES
# Words of an organisation's, a brand's or a campaign's handle ("@cleveland.clinic",
# "@max_effort_gym", "@hope_for_ms").
_ORG_WORDS = data.words(
    "clinic clinics health hospital hospitals medicine medical foundation trust gym uk nhs"
    " infirmary project community league nutrition childrens children care cancer charity"
    " official news tv radio fc club cooking goals saves body fitness life coach shop store"
    " pharmacy team group support network centre center institute university uni college"
    " school church ministry app daily mail times post blog vlog kitchen recipes beauty"
    " wellness yoga pilates studio memorial healing hospice"
)


def _handle_is_name(handle: str) -> bool:
    low = handle.lower()
    parts = _PARTS_RE.split(low)
    if " ".join(parts) in data.PUBLIC_FIGURES:
        return False
    if len(parts) == 1:
        if low in english_words():
            return False
        # a given name of ours run into a word that is no English word and names no
        # organisation ("@hollyjenkins", not "@johnshopkins")
        return any(
            low[:k] in GIVEN
            and low[:k] not in _PLACES
            and low[k:] not in english_words()
            and f"{low[:k]} {low[k:]}" not in data.PUBLIC_FIGURES
            and not any(w in low[k:] for w in ("clinic", "health", "hospital", "hopkins", "medic"))
            # no longer word at its head ("@royalmarsden" is "royal ...", not "Roya Lmarsden")
            and not any(low[:j] in english_words() for j in range(k + 1, len(low) - 2))
            for k in range(4, len(low) - 4)
        )
    first, rest = parts[0], parts[1:]
    if len(first) < 3 or not given(first) or nonname(first):
        return False
    if first in english_words():  # a word-name: "@summer_glow", "@grace.notes"
        return False
    if first in _PLACES and any(p in _PLACES for p in rest):  # "@chelsea.westminster"
        return False
    # a given name and a surname-like word ("@tom_brennan"); three parts only when none is a
    # word ("@joy.of.cooking" is a book's)
    if any(p in _ORG_WORDS or p in data.STOPWORDS or len(p) < 3 for p in rest):
        return False
    return len(rest) == 1 or not any(p in english_words() for p in rest)


def find_handles(t: Tokens, out: list[Cand]) -> None:
    for m in _HANDLE_RE.finditer(t.text):
        if _handle_is_name(m.group(1)):
            out.append((m.start(1), m.end(1), Kind.PERSON_NAME))
