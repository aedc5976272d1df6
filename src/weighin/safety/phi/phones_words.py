"""Phone numbers spelled out in words, the way people dodge a forum's number filter or read a
number aloud: "oh seven seven, double nine oh, four one two three eight", "plus 44 seven seven
zero zero nine double zero one two three", "five one two - five five five - zero one eight four".

A run of digit words ("zero", "oh", "nought", "one" ... "nine", with "double" and "triple"),
digits and separators that spells nine to fifteen digits, within a few words after a phone word
("text me", "call", "mobile", "my number") or begun with "plus 44". Without either we do not
guess: "one two three four five six seven eight nine ten breaths" counts, it is no number.
"""

from __future__ import annotations

import re

from .kinds import Cand, Kind

__all__ = ["find_phones_in_words"]

_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0",
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_WORD = r"(?:zero|oh|o|nought|nil|one|two|three|four|five|six|seven|eight|nine|\d{1,4})"
_REPEAT = r"(?:(?:double|triple)\s+)?"
_SEP = r"(?:\s*[,\-.]\s*|\s+)"
# the run: "plus 44" or a digit word first, then digit words, digits, "double", "triple"
_RUN = re.compile(
    rf"(?:(?:plus|\+)\s*\d{{1,3}}{_SEP})?{_REPEAT}{_WORD}(?:{_SEP}{_REPEAT}{_WORD}){{5,24}}\b",
    re.IGNORECASE,
)
_CUE = re.compile(
    r"\b(?:call|ring|text|txt|whatsapp|phone|mobile|mob|cell|number|no\.?|reach|contact|message"
    r"|msg|dm|sms)\b(?:\s+(?:me|us|him|her|them))?(?:\s+(?:on|at))?\s*[:,\-]?\s*$"
    r"|\bmobile['\u2019]?s?:?\s*$",
    re.IGNORECASE,
)
_GATE = re.compile(
    r"\b(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)[\s,\-]+"
    r"(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)\b",
    re.IGNORECASE,
)


def _digits(run: str) -> str:
    out: list[str] = []
    repeat = 1
    for word in re.findall(r"[a-z]+|\d+", run.lower()):
        if word in ("double", "triple"):
            repeat = 2 if word == "double" else 3
            continue
        if word == "plus":
            continue
        digits = _DIGIT_WORDS.get(word, word if word.isdigit() else "")
        out.append(digits[:1] * repeat + digits[1:] if repeat > 1 else digits)
        repeat = 1
    return "".join(out)


def find_phones_in_words(text: str, out: list[Cand]) -> None:
    if _GATE.search(text) is None:
        return
    for m in _RUN.finditer(text):
        run = m.group()
        words = sum(1 for t in re.findall(r"[a-z]+", run.lower()) if t in _DIGIT_WORDS)
        if words < 4 or not 9 <= len(_digits(run)) <= 15:
            continue
        international = run[:1] == "+" or run[:4].lower() == "plus"
        if not international and _CUE.search(text, max(0, m.start() - 40), m.start()) is None:
            continue
        out.append((m.start(), m.end(), Kind.PHONE))
