"""Taking a name at a cue: whether a token may start a name after a cue of a given strength
(``STRONG`` "my name is", ``KNOWN`` "I'm", ``KIN`` "my son", ``TITLE`` "Dr", ``SIGN`` a sign-off),
and how far the name runs (surname, initials, particles, "Jr.")."""

from __future__ import annotations

import re

from . import data
from .kinds import Cand, Kind
from .name_words import (
    AMBIGUOUS,
    CHAT_WORDS,
    GIVEN,
    LOWER_OK,
    NONNAME,
    PARTICLES,
    PLACES,
    ROLE_NOUNS,
    STANDALONE,
    Tokens,
    english_words,
    given,
    lower_given,
    medical_context,
    nonname,
    titlecase,
)

__all__ = ["KIN", "KNOWN", "KNOWN_LOOSE", "SIGN", "STRONG", "TITLE", "VERB_NEXT", "extend", "take"]

# The strength of the cue before a name: what may follow it.
STRONG, KNOWN, KNOWN_LOOSE, KIN, TITLE, SIGN = range(6)
_GENERATIONAL = data.words("jr sr ii iii iv")
# A form's next field after a name written in lower case ("pt name kwame asante dob 1977-...").
_FIELD_WORDS = data.words("dob dx pt mrn ssn nhs sex tel ph email addr dos rx hx bday")
# What a form's name field holds when it holds no name ("Name: REDACTED", "Subscriber: SELF").
_NOT_A_NAME = data.words("redacted private irrelevant self anon anonymous none unknown withheld")
_PLACE_SURNAMES = data.words("park lake beach bridge lane river rivers court way springs")
_NAME_END = re.compile(r"\s*(?:[.,!;:)]|$)")
VERB_NEXT = re.compile(
    r" (?:has|had|is|was|keeps|kept|wants|wanted|got|gets|said|says|thinks|thought|took|takes"
    r"|went|goes|started|starts|can|cant|can't|could|will|would|won't|did|does|doesn't|didn't"
    r"|refuses|refused|needs|needed|just|also|always|never|still|told|tells|lives|lived|passed"
    r"|died|came|comes|called|calls|texted|asked|asks|made|makes|seems|looks|feels|felt)\b"
)
_PHONE_NEXT = re.compile(r"\s*(?:on|at|:|-)?\s*\+?\(?\d{3,}[\d ()-]{4,}")
_AGE_NEXT = re.compile(r"\s*,?\s*\d{1,2}\b(?!\s*(?:mg|ml|%|am|pm|:))")


_TITLES = frozenset(
    {"dr", "dra", "drs", "mr", "mrs", "ms", "mx", "miss", "prof", "doctor", "nurse", "sister"}
)
_FIELD_LABEL = re.compile(
    r"(?i:name|full\s+name|surname|dob|date\s+of\s+birth|phone|tel|mobile|address|email)\s*:"
)


# Titles that name a role rather than a person's rank: after them a role word is the role.
_ROLE_TITLE = re.compile(r"nurse|sister|midwife|matron|reception|patient|member|customer$")


def _first_ok(t: Tokens, i: int, mode: int) -> bool:
    """May token i start a name after a cue of this mode?"""
    tok, low = t.toks[i], t.lows[i]
    if len(tok) < 2:
        return False
    if _FIELD_LABEL.match(t.text, t.starts[i]):
        return False  # "for my aunt: Name: Wanjiru Kamau": the label, then the name
    if mode == TITLE and titlecase(tok) and low in _PLACE_SURNAMES and not medical_context(t, i):
        return True  # "Dr. Park", "Mrs. Hall": a surname that is also a word for a place
    if nonname(low):
        # "I'm Will." / "I am May, 34" / "my ex Will, who": a given name that is also a function
        # word, only when nothing but punctuation follows it.
        if (
            mode in (KNOWN, KIN)
            and titlecase(tok)
            and low in GIVEN
            and low not in NONNAME
            and (
                _NAME_END.match(t.text, t.ends[i]) is not None
                # "my aunt June is 88", "my cousin Will thinks": a verb after it, too
                or (mode == KIN and VERB_NEXT.match(t.text, t.ends[i]) is not None)
            )
        ):
            return True
        # "our couples therapist, Heather, told us": a given name that is also a brand (a pill),
        # set off by commas right after a kinship or care word
        if (
            mode == KIN
            and titlecase(tok)
            and low in GIVEN
            and low in data.DRUG_AND_BRAND_WORDS
            and t.text[max(0, t.starts[i] - 2) : t.starts[i]] == ", "
            and t.text.startswith(",", t.ends[i])
        ):
            return True
        # "I'm Hailey Brandt", "Dra. Camila Rezende": a given name that is also a brand, with a
        # surname after it.
        return (
            mode != KNOWN_LOOSE
            and titlecase(tok)
            and (
                (low in GIVEN and low in data.DRUG_AND_BRAND_WORDS)
                # "Dr. Can Öztürk": after a title, a word and a surname (not "doctor Dr Rao")
                or (mode == TITLE and low not in _TITLES)
            )
            and _surname_next(t, i)
        )
    if mode == KIN and low in ROLE_NOUNS:
        return False  # "my nurse Practitioner"
    if (
        mode == TITLE
        and low in ROLE_NOUNS
        and (_ROLE_TITLE.match(t.lows[i - 1] if i else "") or (t.text.startswith(":", t.ends[i])))
    ):
        return False  # "Nurse Advisor:", "Nurse Line" (not "Dr Card", "Mr Service")
    if mode == TITLE:
        if low in data.TITLE_EXCLUSIONS:
            return False
        return titlecase(tok) or (tok.isupper() and low not in data.COMMON_WORDS)
    if medical_context(t, i):
        return False
    if tok.isupper():
        # after "name:" or "SURNAME:" a form's capitals are the name, known or not
        strong_caps = mode == STRONG and tok.isalpha() and len(tok) >= 3 and low not in _NOT_A_NAME
        return (given(low) and (mode == STRONG or low not in AMBIGUOUS)) or (
            strong_caps and low not in data.COMMON_WORDS and low not in _FIELD_WORDS
        )
    if titlecase(tok):
        if mode in (STRONG, SIGN):
            return low not in data.COMMON_WORDS or given(low)
        if mode == KIN:
            return given(low) or low not in data.COMMON_WORDS
        if mode == KNOWN:
            # "I'm Sung-min, 24", "I'm Ji-woo Park, 24", "call me Hauwa on 0706 555 2193": an age
            # or a phone number right after an introduction says the word is a name
            return given(low) or (
                _introduced(t, i)
                and low not in data.COMMON_WORDS
                and low not in english_words()
                and low.replace("-", "").isalpha()
            )
        return low in STANDALONE  # KNOWN_LOOSE
    if not tok.replace("-", "").isalpha():
        return False
    if mode == STRONG:
        return given(low)
    if mode == KNOWN and low in STANDALONE and _AGE_NEXT.match(t.text, t.ends[i]):
        return True  # "hi im tyler 19": an age after it says the place name is the person
    # After a kinship cue a place name in lower case is the person ("my bf tyler", "my son
    # austin"): nothing else is written so.
    if low in (STANDALONE if mode == KIN else LOWER_OK):
        return True
    # ... and a given name no dictionary knows, though some names are words elsewhere ("my
    # husband ali", "my partner sam", "my dad ron")
    if mode in (KIN, KNOWN) and lower_given(t, i):
        return True
    # ... and so is a word no list knows when a verb follows it ("my roomie bex has had",
    # "my tia lupe wants"): a describing word there would be a known one or end in -ly.
    return mode == KIN and _unknown_word(low) and VERB_NEXT.match(t.text, t.ends[i]) is not None


def _introduced(t: Tokens, i: int) -> bool:
    """An age or a phone number after token i, or after a capitalised word after it."""
    ends = [t.ends[i]]
    if i + 1 < len(t.toks) and t.gap(i, i + 1) == " " and titlecase(t.toks[i + 1]):
        ends.append(t.ends[i + 1])
    return any(_AGE_NEXT.match(t.text, e) or _PHONE_NEXT.match(t.text, e) for e in ends)


def _unknown_word(low: str) -> bool:
    return (
        len(low) >= 3
        and low.isalpha()
        and not nonname(low)
        and low not in data.COMMON_WORDS
        and low not in english_words()  # "my son birthday is": a word the dictionary knows
        and low not in CHAT_WORDS
        and low not in AMBIGUOUS
        and low not in PLACES
        and not low.endswith(("ly", "ing", "ed", "ous", "ive", "ful", "ic", "al", "s"))
    )


def _surname_next(t: Tokens, i: int) -> bool:
    j = i + 1
    if j >= len(t.toks) or t.gap(i, j) != " " or not titlecase(t.toks[j]):
        return False
    low = t.lows[j]
    return not (nonname(low) or low in data.COMMON_WORDS or low in data.EPONYMS)


def extend(t: Tokens, i: int, lower: bool) -> int:
    """Index of the last token of the name that starts at token i (surname, initials, Jr.)."""
    n = len(t.toks)
    last = i
    caps = len(t.toks[i]) > 1 and t.toks[i].isupper()  # "ELENA MARKOVIC": a form's capitals
    j = i + 1
    while j < n and j - i <= 4 and not t.possessive[last]:
        gap = t.gap(last, j)
        tok, low = t.toks[j], t.lows[j]
        if gap not in (" ", ". ") or (gap == ". " and len(t.toks[last]) != 1):
            break
        if low in PARTICLES and j + 1 < n and t.gap(j, j + 1) == " ":
            if titlecase(t.toks[j + 1]) and not nonname(t.lows[j + 1]):
                last = j + 1
                j += 2
                continue
            break
        if low in _GENERATIONAL and tok[0].isupper():
            last = j
            j += 1
            continue
        if nonname(low) or (low in AMBIGUOUS and low in data.COMMON_WORDS):
            break
        if titlecase(tok):
            if t.possessive[j] and low in data.EPONYMS:
                break
            if low in data.COMMON_WORDS and low not in data.SURNAME_WORDS:
                break
        elif lower and tok.isalpha() and len(tok) > 1:
            if low in data.COMMON_WORDS or low in _FIELD_WORDS or low.endswith(("ing", "ed", "ly")):
                break
        elif caps and tok.isupper() and tok.isalpha() and len(tok) > 1:
            if low in data.COMMON_WORDS or low in _FIELD_WORDS:
                break
        else:
            break
        last = j
        j += 1
    return last


def take(t: Tokens, pos: int, mode: int, out: list[Cand]) -> int:
    """Try a name starting right at ``pos`` (only spaces and light punctuation before it).
    Returns the index of its last token, or -1."""
    i = t.at(pos)
    if i >= len(t.toks):
        return -1
    gap = t.text[pos : t.starts[i]]
    if gap.strip(" \t,:;(\"'-\u2013\u2014") or ("\n" in gap and mode != SIGN):
        return -1
    first = i
    # An initial before the name proper: "Dr. J. Smith", "my father K. Venkatesh", "Dr J Whitmore".
    for _ in range(2):  # "Dr. J. Smith", "Dr. T. J. O'Neill"
        if (
            mode in (TITLE, KIN, STRONG)
            and i + 1 < len(t.toks)
            and len(t.toks[i]) == 1
            and t.toks[i].isupper()
            and (
                t.gap(i, i + 1) == ". "
                or (t.gap(i, i + 1) == " " and mode == TITLE and titlecase(t.toks[i + 1]))
            )
        ):
            i += 1
    if not _first_ok(t, i, mode):
        return -1
    lower = t.toks[i][0].islower() and mode == STRONG
    last = extend(t, i, lower)
    out.append((t.starts[first], t.ends[last], Kind.PERSON_NAME))
    return last
