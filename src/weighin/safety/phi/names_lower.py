"""Names in chat typed all in lower case (or dictated: only "I" and acronyms capitalised),
where capitals tell nothing.

  after a kin word    "my dad thabo had a stroke", "papa suresh ko chest pain": a word no
                      English dictionary holds and no misspelling of one (one to three of
                      them), when a known given name or what follows shows a person (a verb, a
                      conjunction, an age: "thabo had", "suresh ko"); a known given name that is
                      also a word only with that context too. Names that are English words and
                      stop words ("my wife may is 38 wks", "bf will") are not read: too many
                      sentences use them as words.
  introductions       "name kezia dob ...", "mera naam rahul verma hai", "andile here", "ask for
                      tanya" (a known given name only)

Only texts with no capital letter at all are read, and only words that are no stop word, common
word, chat word, drug or place.
"""

from __future__ import annotations

import re

from . import data
from .kinds import Cand, Kind
from .name_words import CHAT_WORDS, Tokens, english_words, given, nonname

__all__ = ["find_lower_names"]

_KIN = (
    r"(?:mum|mom|mam|mama|papa|dad|wife|husband|hubby|wifey|son|daughter|bf|gf|boyfriend"
    r"|girlfriend|partner|bro|brother|sis|sister|uncle|aunty|auntie|aunt|grandpa|grandma|granny"
    r"|grandad|nan|nana|baby|kuya|tita|tito|lola|lolo|ah ma|ah mah|ah pa|ah gong|carer"
    r"|friend|mate|cousin|niece|nephew|kid|twin)"
)
_KIN_RE = re.compile(rf"\b(?:(?:my|our|his|her|ur|me)\s+)?{_KIN}\s+(?=[a-z])")
_INTRO_RE = re.compile(
    r"(?:^|(?<=[\s,.!?]))(?:name|my name is|my name's|mera naam|meri naam|mera nam|naam|frm)"
    r"\s+(?=[a-z])"
)
# someone asked for by name: only a known given name ("ask for tanya", not "ask for fbc")
_ASK_RE = re.compile(r"\b(?:ask for|asking for|speak to|talk to)\s+([a-z]{3,15})\b")
_HERE_RE = re.compile(r"^\s*(?:yo |hi |hey |hello )?([a-z]{3,15}) here\b")
# after a name that is also a word, what shows it is one: a verb, a conjunction, an age, a field
_NAME_CONTEXT = re.compile(
    r"\s+(?:is|was|has|had|got|gets|n|and|&|who|dob|age|aged|\d|keeps|just|said|says|ko|ka|ki"
    r"|ne|hai|her|his)\b|\s*[,(]"
)


# Little words of the languages mixed into English chat ("papa suresh ko", "naam rahul hai")
_FUNCTION_WORDS = frozenset(
    [
        *("hai", "hain", "ka", "ki", "ko", "ne", "se", "po", "na", "ni", "ya", "wa", "yung"),
        *("ang", "si", "sa", "ng", "da", "de", "la", "el", "le", "lo", "les", "und", "ist"),
        *("yake", "yangu", "wangu", "ana", "ako", "una", "uno", "della", "del", "nahi", "nahin"),
        *("nhi", "yaad", "yday", "tmrw", "bday", "lowkey", "prolly", "defo", "sumthin", "ftm"),
        *("sahm", "ttc", "tbh", "ngl", "rn", "fbc", "hrt", "ppi", "nipt", "paeds", "cbt", "ppl"),
    ]
)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _word_ok(low: str) -> bool:
    return (
        len(low) >= 3
        and low.isalpha()
        and low not in data.STOPWORDS
        and low not in data.COMMON_WORDS
        and low not in _FUNCTION_WORDS
        and low not in CHAT_WORDS  # "my aunt flo is late"
        and low not in data.NATIONALITY_WORDS  # "korean here"
        and not nonname(low)
    )


def _typo(low: str) -> bool:
    """One edit from an English word: a misspelling ("recieved", "diagnsed"), not a name."""
    words = english_words()
    splits = [(low[:i], low[i:]) for i in range(len(low) + 1)]
    return (
        any(a + b[1:] in words for a, b in splits if b)
        or any(a + b[1] + b[0] + b[2:] in words for a, b in splits if len(b) > 1)
        or any(a + c + b[1:] in words for a, b in splits if b for c in _LETTERS)
        or any(a + c + b in words for a, b in splits for c in _LETTERS)
    )


def _unknown(low: str, strict: bool = True) -> bool:
    """No English word; after a kin word (``strict``) not one edit from one either."""
    if not _word_ok(low) or low in english_words():
        return False
    return not strict or given(low) or not _typo(low)


# What capitals dictation and chat keep: "I", acronyms ("MS", "HB"), a spelled letter, and the
# first letter of the text. Otherwise the text is written in lower case.
_KEPT_CAPITALS = re.compile(r"\bI(?:'(?:m|ve|d|ll))?\b|\b\w*[A-Z]{2,}\w*|\b[A-Z]\b|^\s*[A-Z]")


_TITLE_WORD = re.compile(r"\b[A-Z][a-z]")


def _lower_case(text: str) -> bool:
    # (a capitalised word past the first one rules it out at once: most texts, read fast)
    if text == text.lower():
        return True
    if _TITLE_WORD.search(text, len(text) - len(text.lstrip()) + 1):
        return False
    rest = _KEPT_CAPITALS.sub("", text)
    return rest == rest.lower()


def find_lower_names(t: Tokens, out: list[Cand]) -> None:
    text = t.text
    if not text or not _lower_case(text):
        return
    dictated = text != text.lower()
    if dictated and len(text.lower()) == len(text):
        text = text.lower()  # the patterns read lower case; the offsets stay the same
    intros = [(m, False) for m in _INTRO_RE.finditer(text)]
    for m, strict in [*((m, True) for m in _KIN_RE.finditer(text)), *intros]:
        i = t.at(m.end())
        if i >= len(t.toks) or t.starts[i] != m.end():
            continue
        low = t.lows[i]
        if _unknown(low, strict):
            last = i
            while last + 1 < len(t.toks) and last - i < 2 and t.gap(last, last + 1) == " ":
                if not _unknown(t.lows[last + 1], strict):
                    break
                last += 1
            # a known name, or a name shown by what follows it ("thabo had a stroke"); in dictated
            # text only a known name ("I give my son calpol": a brand no dictionary holds)
            if dictated and not given(low):
                continue
            if not strict or given(low) or last > i or _NAME_CONTEXT.match(text, t.ends[last]):
                out.append((t.starts[i], t.ends[last], Kind.PERSON_NAME))
        elif given(low) and _word_ok(low) and _NAME_CONTEXT.match(text, t.ends[i]):
            out.append((t.starts[i], t.ends[i], Kind.PERSON_NAME))
    for m in _ASK_RE.finditer(text):
        if given(m.group(1)) and _word_ok(m.group(1)) and m.group(1) not in english_words():
            out.append((m.start(1), m.end(1), Kind.PERSON_NAME))
    here = _HERE_RE.match(text)
    # ("Ontario here in the snow": a capital at the head may be a place's, so then a known name)
    if here and _unknown(here.group(1), strict=False) and (not dictated or given(here.group(1))):
        out.append((here.start(1), here.end(1), Kind.PERSON_NAME))
