"""Identifiers dictated by voice and posted as transcribed: "my NHS number is four eight five 777
three two one 9", "R T 0 0 4 5 5 8 1", "card 5 4 1 2 space 7 7 3 0 ...", "john dot smith at gmail
dot com", "www dot mylupusblog dot blogspot dot com", "seven eight dot one four dot two two one
dot nine".

A run of spoken digits, single digits, spelled capital letters and spoken symbols ("dash",
"slash", "dot", "colon", "space") is written out ("4857773219", "RT0045581", "78.14.221.9") in a
copy of the text, the number rules run over that copy, and what they find is mapped back onto
the words it came from. A run needs at least four digits, so "one or two" and "at three" stay
words, and a phone read out needs a phone word before it or a "plus" and its country code.
E-mail and web addresses spoken with "dot" and "at" are read by their own shapes: a name,
"at", a domain and a known ending ("dot com", "dot co dot uk", "dot ac dot gh").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import data
from .kinds import Cand, Kind
from .name_words import english_words

__all__ = ["find_spoken"]

_DIGIT = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1", "two": "2",
    "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_TEENS = {
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
}  # fmt: skip
_TENS = {
    "twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6", "seventy": "7",
    "eighty": "8", "ninety": "9",
}  # fmt: skip
_SYMBOL = {"dash": "-", "hyphen": "-", "slash": "/", "dot": ".", "point": ".", "colon": ":"}
_TOKEN = re.compile(r"[A-Za-z]+|\d+|[,;]")
_SPOKEN = frozenset(_DIGIT) | frozenset(_TEENS) | frozenset(_TENS) | frozenset(_SYMBOL) | {
    "double", "triple", "space", "plus",
}  # fmt: skip
# A phone read out needs a phone word before it ("text me on", "mobile:", "call me,") or a "plus"
# and its country code: counting in words ("one two three four ... breaths") is no number.
_PHONE_CUE = re.compile(
    r"\b(?:call|ring|text|txt|whatsapp|phone|mobile|mob|cell|number|no\.?|reach|contact|message"
    r"|msg|dm|sms|reached|line)\b(?:\s+(?:me|us|him|her|them|the \w+|my \w+))?"
    r"(?:\s+(?:is|was|on|at))?"
    r"(?:\s+area code)?\s*[:,\-]?\s*$|\bmobile['\u2019]?s?:?\s*$|(?:\bplus|\+)\s*$",
    re.IGNORECASE,
)
# Enough of a run to be worth writing out: four digit words or digits in a row (with "double")
_GATE = re.compile(
    r"(?:\b(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|\d)\b"
    r"[\s,\-]+){3}",
    re.IGNORECASE,
)
# (not the two-letter endings that are English words: "a black dot in my vision", "dot it")
_TLD = (
    r"(?:com|org|net|edu|gov|io|info|co dot uk|org dot uk|ac dot uk|nhs dot uk|co dot za"
    r"|co dot nz|com dot au|uk|ie|za|ng|gh|ke|nl|ac dot [a-z]{2}|co dot [a-z]{2})"
)
_PART = r"[a-z0-9]+(?:(?: (?:dot|underscore|dash|hyphen) | ?[0-9]+ ?)[a-z0-9]+)*"
_EMAIL = re.compile(rf"\b{_PART} at [a-z0-9]+(?: dot [a-z0-9]+)*? dot {_TLD}\b", re.IGNORECASE)
_URL = re.compile(
    r"\b(?:https? colon slash slash )?(?:www dot )?[a-z0-9][a-z0-9-]*(?: dot [a-z0-9-]+)*?"
    rf" dot {_TLD}\b(?: slash [\w-]+(?: (?:underscore|dash|hyphen) [\w-]+)*(?: [A-Za-z0-9]\b)*)*",
    re.IGNORECASE,
)


def _pieces(text: str) -> list[tuple[str, int, int]]:
    """The text as (written, start, end) pieces: runs of spoken digits written out, the rest as
    it is."""
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out: list[tuple[str, int, int]] = []
    pos = 0
    i = 0
    while i < len(toks):
        j, written, digits = _run(text, toks, i)
        # said in words, or spelled out a character at a time ("R T 0 0 4 5 5 8 1")
        spoken = any(toks[k][0].lower() in _SPOKEN for k in range(i, j)) or (
            sum(len(toks[k][0]) == 1 for k in range(i, j)) >= 4
        )
        if digits >= 4 and spoken:
            start, end = toks[i][1], toks[j - 1][2]
            out.append((text[pos:start], pos, start))
            out.append((written, start, end))
            pos = end
            i = j
        else:
            i += 1
    out.append((text[pos:], pos, len(text)))
    return out


def _run(text: str, toks: list[tuple[str, int, int]], i: int) -> tuple[int, str, int]:
    """From token ``i``: where the spoken run ends (after its last digit or letter), what it
    writes, how many digits it holds. Only blanks may stand between its tokens."""
    written: list[str] = []
    digits = 0
    repeat = 1
    j = i
    last = (i, 0)  # the token after the last digit or letter, and the written length there
    while j < len(toks):
        word = toks[j][0]
        low = word.lower()
        gap = text[toks[j - 1][2] : toks[j][1]] if j > i else ""
        if gap.strip():
            if not re.fullmatch(r"\s+[-\u2013]\s+", gap):
                break  # "150-0002": written already, not spoken
            written.append(" ")  # "five five five - two one two": a dash said between groups
        if low == "plus" and j == i:
            written.append("+")  # "plus 44 seven seven ...": a country code follows
        elif low in ("double", "triple"):
            repeat = 2 if low == "double" else 3
        elif low in _DIGIT and (low != "o" or word == "o"):
            written.append(_DIGIT[low] * repeat)
            digits += repeat
            repeat = 1
        elif low in _TEENS:
            written.append(_TEENS[low])
            digits += 2
        elif low in _TENS:
            unit = toks[j + 1][0].lower() if j + 1 < len(toks) else ""
            if unit in _DIGIT and unit not in ("oh", "o", "zero", "nought", "nil"):
                written.append(_TENS[low] + _DIGIT[unit])
                j += 1
            else:
                written.append(_TENS[low] + "0")
            digits += 2
        elif word.isdigit() and len(word) <= 4:
            written.append(word)
            digits += len(word)
        elif len(word) == 1 and word.isupper():
            written.append(word)  # a spelled letter: "R T 0 0 4"
        elif low in _SYMBOL and written:
            written.append(_SYMBOL[low])
        elif (low == "space" and written) or (word in (",", ";") and written):
            written.append(" ")
        else:
            break
        j += 1
        if written and written[-1][-1:].isalnum():
            last = (j, len(written))
    return last[0], "".join(written[: last[1]]), digits


def find_spoken(text: str, out: list[Cand], find_numbers: Callable[[str], list[Cand]]) -> None:
    """Spoken identifiers in ``text``: ``find_numbers`` is run over the written-out copy."""
    if " at " in text and " dot " in text:
        for m in _EMAIL.finditer(text):
            local = m.group().split(" at ", 1)[0]
            if " " not in local and local.lower() in english_words():
                continue  # "look at nhs dot uk ...": a verb and a site, no address
            out.append((m.start(), m.end(), Kind.EMAIL))
    if " dot " in text:
        for m in _URL.finditer(text):
            said = m.group().lower()
            label = said.removeprefix("https colon slash slash ").split(" ", 1)[0]
            plain = not said.startswith(("www", "http")) and " slash " not in said
            if plain and (label in english_words() or label in data.STOPWORDS):
                continue  # "the dot com boom", "a black dot ..."
            if not any(s <= m.start() < e for s, e, _ in out):
                out.append((m.start(), m.end(), Kind.URL))
    if _GATE.search(text) is None:
        return
    pieces = _pieces(text)
    if len(pieces) == 1:
        return
    written = "".join(p for p, _s, _e in pieces)
    # where each written character came from: a piece kept as it was maps one to one, a
    # written-out run maps every character to the whole run
    origin: list[tuple[int, int]] = []
    for piece, s, e in pieces:
        if piece == text[s:e]:
            origin.extend((s + k, s + k + 1) for k in range(len(piece)))
        else:
            origin.extend((s, e) for _ in piece)
    for s, e, kind in find_numbers(written):
        if kind == Kind.PERSON_NAME or e <= s:
            continue
        a, b = origin[s][0], origin[e - 1][1]
        if text[a:b] == written[s:e]:
            continue  # only what a run of spoken digits changed
        if (
            kind == Kind.PHONE
            and text[a : a + 4].lower() != "plus"
            and _PHONE_CUE.search(text, max(0, a - 40), a) is None
        ):
            continue
        out.append((a, b, kind))
