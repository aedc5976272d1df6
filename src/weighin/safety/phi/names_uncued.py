"""Names with no cue before them: given names the lists know standing alone ("Austin Reed",
"Georgia and I"), lower-case names with an age after them ("ava 6, noah 4"), and the names listed
after one a cue found ("my sisters aisha, noor and fatima")."""

from __future__ import annotations

import re

from . import data
from .kinds import Cand, Kind
from .name_take import extend
from .name_words import (
    AMBIGUOUS,
    CHAT_WORDS,
    LOWER_OK,
    NONNAME,
    PLACE_PREPS,
    PLACES,
    STANDALONE,
    Tokens,
    country_names,
    english_words,
    fold_phrase,
    given,
    lower_given,
    medical_context,
    nonname,
    titlecase,
)
from .plausible import world_places
from .tagger import everyday_words

__all__ = [
    "find_before_birth",
    "find_listed",
    "find_office_owner",
    "find_standalone",
    "find_subjects",
]

# right after a word (tried at every blank of a long run of them it would be quadratic)
_AND_I_RE = re.compile(r"(?<=\w)(?:\s+and\s+(?:i|me|myself)\b|\s*&\s*(?:i|me)\b)", re.IGNORECASE)
# ... and "me, Aria and Declan": a list that starts with me
_ME_AND_RE = re.compile(
    r"\b(?:me|myself)\s+(?:and|&)\s+"
    r"|(?<!for )(?<!to )(?<!like )(?<!with )\b(?:me|myself),[ \t]+"
    r"(?=[A-Z][a-z]+(?:,|[ \t]+(?:and|&)[ \t]+[A-Z][a-z]+\b(?!['\u2019])))",
    re.IGNORECASE,
)


_TITLE_WORDS = data.words("dr doctor mr mrs ms nurse")
# An eponym by the noun after it, with no cue to say a person: "Bennett's fracture", and one
# glossing a test's name in brackets: "the Monospot (Paul-Bunnell) test"
_CONDITION = (
    r"(?:disease|syndrome|sign|palsy|phenomenon|reflex|manoeuvre|maneuver|fracture|contracture"
    r"|triad|tubercle|lymphoma|sarcoma|tumou?r|ulcer|cyst|node|criteria)\b"
)
_EPONYM_AFTER = re.compile(
    rf"(?:['\u2019]s|\))[ \t]+{_CONDITION}|\)[ \t]+(?:tests?|titres?|titers?)\b", re.IGNORECASE
)

# code ("Len(", "jane_doe", "Max=3", "Config.get") or a prefix ("Hemi-" means "half")
_CODE_AFTER = re.compile(r"[(_=\[]|\.\w|-(?![^\W\d_])")
_STATE_AFTER_RE = re.compile(rf",?\s+(?:[A-Z]{{2}}\b|{data.US_STATE_NAMES})")


# Between names of a list: "my sisters aisha, noor and fatima", "Ben & Ava", "aisha noor", each
# maybe with an age in brackets ("Sophie (9) and Max (5)"); and before a nickname in brackets:
# "I'm Siddharth (Sid)".
_BRACKET_AGE = r"\s*\(\s*\d{1,2}\s*(?:y/?o|yrs?|years?|months?|mos?)?\s*\)"
_LIST_GAP_RE = re.compile(
    rf"(?:{_BRACKET_AGE})?"
    r"(?:\s*\(\s*(?=\w+\s*\))|\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+| )"
)
_BRACKET_AGE_RE = re.compile(_BRACKET_AGE)


def find_listed(t: Tokens, out: list[Cand], since: int) -> None:
    """Known given names listed after a name a cue found, in its case or title case."""
    text = t.text
    for _s, e, kind in list(out[since:]):
        if kind != Kind.PERSON_NAME:
            continue
        for _ in range(4):
            gap = _LIST_GAP_RE.match(text, e)
            i = t.at(gap.end()) if gap else len(t.toks)
            if gap is None or i >= len(t.toks) or t.starts[i] != gap.end():
                break
            tok, low = t.toks[i], t.lows[i]
            known = low in LOWER_OK if tok.islower() else titlecase(tok) and _pair_ok(low)
            # a given name that is also a word, listed with its age: "... and Max (5)"
            known = known or (
                titlecase(tok)
                and given(low)
                and low not in NONNAME
                and _BRACKET_AGE_RE.match(text, t.ends[i]) is not None
            )
            known = known and low not in PLACES
            if not known or t.possessive[i]:
                break
            out.append((t.starts[i], t.ends[i], Kind.PERSON_NAME))
            e = t.ends[i]


_AGED_RE = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+)(?:[1-9]\d?|1[01]\d)"
    r"(?:\s?(?:[mf]|yo|y/o|yrs?|years?(?: old)?|months?|mos?))?"
    r"(?![\w/:%-]|\.\d)(?!\s*(?:mg|ml|mcg|kg|lbs?|%|units?|mmol|cm|mm|hours?|days?|weeks?|wks?"
    r"|times|x\b|am\b|pm\b|percent|tab\w*|caps\w*|pills?|drops?|syrup))"
)

_PAUSE_RE = re.compile(r"[ \t]*(?:[()\[\],;.!?\n]|and\b|&|$)")


def _lower_aged(t: Tokens, i: int) -> bool:
    """A given name in lower case with an age after it names the person ("my kids are ava 6,
    noah 4", "lorraine 70 and stan 72"): never a place, a common or an English word."""
    tok, low = t.toks[i], t.lows[i]
    if len(tok) < 3 or not tok.isalpha() or not tok.islower() or t.possessive[i]:
        return False
    m = _AGED_RE.match(t.text, t.ends[i])
    if m is None or _maker_before(t, i):
        return False
    # a pause after the age when a comma comes before it or the name is a census one, less sure
    # ("Papa ka angioplasty hua, 2 stent" is no name and age)
    paused = _PAUSE_RE.match(t.text, m.end()) is not None
    if "," in m.group() and not paused:
        return False
    return low in LOWER_OK or (paused and lower_given(t, i))


def _maker_before(t: Tokens, i: int) -> bool:
    """A lower-case word no list knows right before, as a maker before its model's name and
    number ("hoka clifton 9", "garmin venu 3"), not a list of children ("kids ava 6, noah 4")."""
    if i == 0 or t.gap(i - 1, i) != " ":
        return False
    prev = t.lows[i - 1]
    return (
        len(prev) >= 3
        and t.toks[i - 1].isalpha()
        and t.toks[i - 1].islower()
        and prev not in english_words()
        and prev not in data.COMMON_WORDS
        and prev not in CHAT_WORDS
        and prev not in LOWER_OK
        and not lower_given(t, i - 1)
    )


def find_standalone(t: Tokens, out: list[Cand]) -> None:
    text = t.text
    n = len(t.toks)
    for i in range(n):
        tok, low = t.toks[i], t.lows[i]
        if _lower_aged(t, i):
            out.append((t.starts[i], t.ends[i], Kind.PERSON_NAME))
            continue
        if len(tok) < 2 or not titlecase(tok):
            continue
        if low not in STANDALONE and ("-" not in low or low.split("-", 1)[0] not in STANDALONE):
            continue
        if _CODE_AFTER.match(text, t.ends[i]):
            continue
        if i + 1 < n and t.lows[i + 1] in data.FOREIGN_GREETINGS:
            continue  # "Xin chào": a greeting
        prev = t.lows[i - 1] if i > 0 else ""
        if (
            i > 0
            and t.gap(i - 1, i) in (" ", ". ")
            and (prev in data.PLACE_PREFIXES or prev in _TITLE_WORDS)
        ):
            continue  # "St Mary's", "San Antonio"; names after titles are the title rule's
        if medical_context(t, i) or _EPONYM_AFTER.match(text, t.ends[i]):
            continue
        if i + 1 < n and t.gap(i, i + 1) == " " and t.lows[i + 1] in data.DRUG_AND_BRAND_WORDS:
            continue  # "Eli Lilly", "Jenny Craig"-style company and brand names
        last = extend(t, i, False)
        if last > i and fold_phrase(text[t.starts[i] : t.ends[last]]) in country_names():
            continue  # "Hong Kong", "Costa Rica"
        if low in PLACES:
            # "Austin" alone is a city; "Austin Reed" or "Georgia and I" is a person.
            if last == i or (i > 0 and prev in PLACE_PREPS):
                continue
            if _STATE_AFTER_RE.match(text, t.ends[i]):
                continue
        out.append((t.starts[i], t.ends[last], Kind.PERSON_NAME))
    # "Will and I", "me and Mark": given names that are also words, when the phrase says person.
    for m in _AND_I_RE.finditer(text):
        i = t.at(m.start()) - 1
        if i >= 0 and t.ends[i] == m.start() and titlecase(t.toks[i]) and _pair_ok(t.lows[i]):
            out.append((t.starts[i], t.ends[i], Kind.PERSON_NAME))
    for m in _ME_AND_RE.finditer(text):
        i = t.at(m.end())
        listed = "," in m.group()  # "me, Sam and Priya": not "For me, Florence and Venice"
        if (
            i < n
            and t.starts[i] == m.end()
            and titlecase(t.toks[i])
            and _pair_ok(t.lows[i])
            and not (listed and t.lows[i] in PLACES)
        ):
            out.append((t.starts[i], t.ends[extend(t, i, False)], Kind.PERSON_NAME))


# A birth date right after a run of capitalised words: the run is whose birth it is ("Ruby Chen,
# DOB 22/07/2018", "Lily-Rose was born 03/09/2020", "Tomás Ruiz (d.o.b. 1.2.1990)").
_BIRTH_AFTER_RE = re.compile(
    # from a word's end only: tried at every blank of a long run of them it would be quadratic
    r"(?<=\w)(?:\s*[,(:\-]\s*(?:dob|d\.o\.b\.?|date\s+of\s+birth|born|b\.)(?=[\s:.\d])"
    r"|\s+(?:was|is)\s+born\s+(?:on\s+)?\d)",
    re.IGNORECASE,
)


# What a person does, not an institution, a storm or an author: "never", "keeps", "refuses"
# ("Shaun never even got a bed"), not "said", "has", "was", "took" ("Claude said", "Emory has",
# "Milton was a category 3").
_PERSON_VERB = re.compile(
    r" (?:never|always|still|keeps|kept|refuses|refused|wants|wanted|finally|has not|had not"
    r"|have not|does not|did not|cannot|can not|will not|would not|is not|was not|told (?:me|us)"
    r"|texted|rang|phoned|called (?:me|us)|cried|screamed|collapsed|fainted|woke|slept)\b"
)
# A sentence's first word: after the start, a full stop or a new line.
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])[ \t]+|\n[ \t]*)(?=[A-Z][a-z])")


def find_subjects(t: Tokens, out: list[Cand]) -> None:
    """ "Shaun never even got a bed", "Declan said no": a name only the census knows, opening a
    sentence as the subject of a verb. Never an English, common, medical, brand or place word,
    nor a kinship word ("Nana said")."""
    text = t.text
    for m in _SENTENCE_START.finditer(text):
        i = t.at(m.end())
        if i >= len(t.toks) or t.starts[i] != m.end():
            continue
        low = t.lows[i]
        if _AND_I_OPENING.match(text, t.ends[i]) and _unknown_word(t, i):
            out.append((t.starts[i], t.ends[i], Kind.PERSON_NAME))
            continue
        if (
            len(low) >= 3
            and low.isalpha()
            and given(low)
            and _PERSON_VERB.match(text, t.ends[i]) is not None
            and not nonname(low)
            and low not in english_words()
            and low not in data.COMMON_WORDS
            and low not in AMBIGUOUS
            and low not in PLACES
            and low not in data.KIN_WORDS
        ):
            out.append((t.starts[i], t.ends[i], Kind.PERSON_NAME))


# "Kath and I are trying for a baby": the one who opens a sentence with "and I" and a verb is a
# person (given names the lists know are taken anywhere by ``find_standalone``).
_AND_I_OPENING = re.compile(r"[ \t]+(?:and|&)[ \t]+I(?:['\u2019](?:ve|d|m)\b|[ \t]+[a-z])")
# What stands there that is no name: a partner's or a relative's pet name, a specialty.
_NOT_NAMES_HERE = data.words("hubbie hubster hubz hubs bae bestie nanna onc peds")


def _unknown_word(t: Tokens, i: int) -> bool:
    """Token i is a word no list knows: no given name needed, but no English, everyday, medical,
    brand, kinship, place or chat word either ("Kath", "Jez"; not "Hubby", "Endo", "Ozempic")."""
    low = t.lows[i]
    return (
        len(low) >= 3
        and low.isalpha()
        and not t.possessive[i]
        and not nonname(low)
        and low not in english_words()
        and low not in data.COMMON_WORDS
        and low not in PLACES
        and low not in data.KIN_WORDS
        and low not in CHAT_WORDS
        and low not in _NOT_NAMES_HERE
        and low not in everyday_words()
        and low not in world_places()
    )


def find_before_birth(t: Tokens, out: list[Cand]) -> None:
    """One to three capitalised words before a birth-date cue: a name when one word is a known
    given name or no English word, and none is a common, medical or place word."""
    text = t.text
    for m in _BIRTH_AFTER_RE.finditer(text):
        last = t.at(m.start()) - 1
        if last < 0 or t.ends[last] != m.start():
            continue
        first = last
        while first > 0 and last - first < 2 and t.gap(first - 1, first) == " ":
            if not titlecase(t.toks[first - 1]):
                break
            first -= 1
        for i in range(first, last + 1):
            if not _run_word_ok(t, i):
                first = i + 1  # "Patient Ruby Chen, DOB": the run starts after a plain word
        if first > last or not any(
            given(t.lows[i]) or t.lows[i] not in english_words() for i in range(first, last + 1)
        ):
            continue
        out.append((t.starts[first], t.ends[last], Kind.PERSON_NAME))


# Whose office or staff: "Goldberg's office wants", "Okafor's nurse called".
_OFFICE_AFTER_RE = re.compile(
    r"['\u2019]s?\s+(?:office|practice|surgery|nurse|receptionist|secretary|front\s+desk)\b"
)


def find_office_owner(t: Tokens, out: list[Cand]) -> None:
    """A possessive surname no list knows before a practice's staff: the asker's doctor."""
    for i, tok in enumerate(t.toks):
        if not t.possessive[i] or not _OFFICE_AFTER_RE.match(t.text, t.ends[i]):
            continue
        low = t.lows[i]
        if (
            len(tok) >= 3
            and titlecase(tok)
            and low not in english_words()
            and low not in PLACES
            and low not in data.EPONYMS
            and low not in data.COMMON_WORDS
            and not nonname(low)
            and not medical_context(t, i)
        ):
            out.append((t.starts[i], t.ends[i], Kind.PERSON_NAME))


def _run_word_ok(t: Tokens, i: int) -> bool:
    tok, low = t.toks[i], t.lows[i]
    return (
        len(tok) >= 2
        and titlecase(tok)
        and not t.possessive[i]
        and not nonname(low)
        and low not in data.COMMON_WORDS
        and low not in PLACES
        and not medical_context(t, i)
        and (given(low) or low not in english_words() or low in AMBIGUOUS)
    )


def _pair_ok(low: str) -> bool:
    return given(low) and low not in NONNAME and low not in data.COMMON_WORDS
