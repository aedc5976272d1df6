"""Numbers given some words after what they are: "they need my medical record number and I gave
them MR0038817", "my SIN to register me, is that right?? I gave them 046 454 286", "the form asks
for SSN and DOB ... I put mine (455 12 8890, 09/23/1976)", "the Aadhaar ending 3390".

The cue rules of ``ids``, ``national_ids``, ``numbers`` and ``dates`` take a value right after
its cue, past a few filler words. This pass runs after them, on what they left, and reads on
from each cue to the end of its line (at most ``WINDOW`` characters and one sentence end). There
it takes the first value that can only be an identifier: letters and digits mixed, with five
digits or more ("MR0038817", "UC7-31990-B"), or six to twelve digits, bare or in groups joined
by dashes or spaces ("100-442-981", "0061-4429"). A date, a decimal, a range, a time, a phone
number's shape or a number with a unit is never one. After a date-of-birth cue it takes the
first full date with a year instead. A value another rule took for the same purpose ends the
reading: the cue has had its value. Cues are read from the first: a value goes to the first cue
that reaches it ("my PPS number for the medical card application, I put 7391824TA" is the
identity number, not the medical card's).

Last digits given for a number ("my social ... ends in 7720", "the Aadhaar ending 3390") are
taken after an identity cue, and a number printed with its first digits masked ("XXX-XX-6618")
is an SSN whatever is around it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from stdnum import luhn

from weighin.safety.anchors import Gated
from weighin.safety.scanning import FirstOf, cue_words

from .dates import NAMED_FULL_DATE, SPELLED_DATE, plausible_date
from .ids import INS_CUE, MRN_CUE
from .kinds import Cand, Kind
from .national_ids import NATIONAL_CUE
from .numbers import nhs_valid
from .phones import NANP_TOLL_FREE

__all__ = ["counted", "find_later_values"]

WINDOW = 110

# "social" alone only as a number's name: "her social (301-...)", "my social is", not "social
# anxiety" or "the social worker".
_SSN_CUE = (
    r"(?:\bssn\b|\bss\s?#|\bsocial\s+security\b"
    r"|\b(?:my|his|her|their|our|your|the)\s+social(?=\s*(?:[(:#,.]|$|(?:no|number|is|was|and|or)\b)))"
)
# Fields and papers whose number is a record's, read only by this pass: alone they name no
# number ("chart", "acct"), so the value must come after them in its identifier shape.
_RECORD_CUE = (
    r"(?:\bchart\b|\bacc(?:ou)?n?t\b|\bvisit\s*#|\bwristband\b|\bexpediente\b|\bfolio\b"
    r"|\b(?:patient|medical|hospital)\s+(?:id|number|no\b\.?)|\brecords?\s+(?:id|number|no\b\.?))"
)
# (shared with ``masked``, which reads "born" as a cue too)
DOB_CUE = r"\bd\.?\s?o\.?\s?b\b\.?|\bdate\s+of\s+birth\b|\bbirth\s?date\b"
_DOB_CUE = rf"(?:{DOB_CUE})"

_CUES = (
    (Kind.SSN, _SSN_CUE),
    (Kind.SSN, NATIONAL_CUE),
    (Kind.MRN, MRN_CUE),
    (Kind.MRN, _RECORD_CUE),
    (Kind.INSURANCE_ID, INS_CUE),
    (Kind.DATE_OF_BIRTH, _DOB_CUE),
)
_CUE_RE = FirstOf(
    r"\b(?=[^\W\d_])",
    [alt for i, (_, cue) in enumerate(_CUES) for alt in cue_words(cue, f"c{i}")],
    flags=re.IGNORECASE,
)
_CUE_KIND = {f"c{i}": kind for i, (kind, _) in enumerate(_CUES)}

# A token of letters, digits and inner dashes or slashes, or digit groups joined by one space.
_TOKEN_RE = re.compile(
    r"(?<![\w.\-/])(?:\d{1,6}(?:[ \-]\d{1,6}){1,4}(?![\w\-/]|[.,]\d)"
    r"|[A-Za-z0-9]+(?:[\-/.][A-Za-z0-9]+)*(?![\w\-/]))"
)
_PHONE_SHAPE = re.compile(r"(?:1[\s\-.]?)?\(?\d{3}\)?[\s\-.]?\d{3}[\s\-.]?\d{4}")
_DATE_SHAPE = re.compile(
    r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{2}|\d{4})|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}"
    r"|\d{1,2}[/.\-]\d{4}|\d{4}[/.\-]\d{1,2}"
)
_UNIT_AFTER = re.compile(
    r"\s?(?:mg|mcg|µg|ml|mL|g|kg|lbs?|units?|iu|mmol|mmhg|%|cm|mm|steps|days?|weeks?|months?"
    r"|years?|hours?|hrs?|mins?|times|pills|tablets)\b",
    re.IGNORECASE,
)
# Words that name another number: the reading stops there ("Patient ID is on my wristband but
# the lot number was EL92621", "my account ... my order 88213 4790").
_OTHER_NUMBER = re.compile(
    r"\b(?:lot|batch|order|invoice|tracking|serial|model|version|room|bed|ward|flight|code"
    r"|confirmation|prescription|rx|ticket|receipt|page|step|dose|score|count|total|price|cost"
    r"|charge|bill(?:ed)?|balance|paid|pay|owe[ds]?|barcode|upc|sku|isbn|ndc)\b|[$€£₹¥]",
    re.IGNORECASE,
)
# After a bare number, a word that is not one of these makes it a count or an amount
# ("120000 platelets", "250000 won"); an identifier is followed by these or by punctuation.
_AFTER_ID = frozenset(
    [
        "but",
        "and",
        "or",
        "so",
        "is",
        "was",
        "which",
        "that",
        "on",
        "in",
        "at",
        "for",
        "from",
        "to",
        "with",
        "since",
        "because",
        "then",
        "when",
        "if",
        "as",
        "i",
        "it",
        "its",
        "they",
        "we",
        "he",
        "she",
        "my",
        "his",
        "her",
        "their",
        "our",
        "before",
        "after",
        "into",
        "instead",
        "also",
        "already",
        "just",
        "now",
        "there",
        "here",
        "yet",
        "though",
        "although",
        "while",
        "where",
        "who",
        "whose",
        "not",
    ]
)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# Words before a date that make it the date of an event, not a birth.
_EVENT_BEFORE = Gated(
    re.compile(
        r"\b(?:visit|appointment|appt|seen|since|until|till|from|admitted|discharged|surgery|"
        r"operation|test(?:ed)?|scan|x-?ray|mri|ct|vaccin\w*|shot|dose|started|stopped|last|next"
        r"|on|due|expires?|expiry|issued|dated?)\b[^\d]{0,20}$",
        re.IGNORECASE,
    )
)
_YEAR_FILE = re.compile(r"(?:19|20)\d{2}/\d{4,8}")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s)")
_FULL_DATE = re.compile(
    r"(?<![\w/.\-])(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2})"
    r"(?![\w/.\-]*\d)"
    # a named month or a date in words: "DOB. Mine is June 9th 1990"
    rf"|\b(?:{NAMED_FULL_DATE}|{SPELLED_DATE})",
    re.IGNORECASE,
)
_LAST_DIGITS_RE = re.compile(
    r"\b(?:end(?:s|ing)?(?:\s+(?:in|with))?|last\s+(?:4|four)(?:\s+digits)?(?:\s+(?:is|are))?)"
    r"\s*[:=]?\s*(?P<num>\d{4})(?![\w\-])",
    re.IGNORECASE,
)
_LAST_WORDS_RE = re.compile(r"\b(?:last\s+(?:4|four)|ending|ends)\b", re.IGNORECASE)
_FOUR_DIGITS_RE = re.compile(r"(?<![\w\-/.])(?P<num>(?!19\d\d|20[0-3]\d)\d{4})(?![\w\-/]|[.,]\d)")
# an SSN's masked first five, as printed: "XXX-XX-", "***-**-" (shared with ``masked``)
SSN_MASK = r"[Xx*\u2022#]{3}[\s\-]?[Xx*\u2022#]{2}[\s\-]?"
_MASKED_SSN_RE = re.compile(rf"(?<![\w\-])(?:{SSN_MASK})(?P<num>\d{{4}})(?![\w\-])")
_ID_KINDS = frozenset([Kind.SSN, Kind.MRN, Kind.INSURANCE_ID, Kind.CREDIT_CARD])
# The end of a longer number just before: "(866) 555-0140", "800-555-0101 x4412".
_NUMBER_BEFORE = re.compile(r"(?:\d|\)|\bx|\bext\.?)\s?$", re.IGNORECASE)
# Nine digits in threes are a Canadian SIN or a Spanish phone; ten bare digits a US phone or an
# account: after a number's cue, with no phone word between, the phone rule's reading gives way.
_THREES = re.compile(r"\d{3} \d{3} \d{3}")
_PHONE_WORD = re.compile(
    r"\b(?:call|phone|tel|mobile|cell|text|whats\s?app|ring|contact)(?:s|ed|ing)?\b"
    r"|\bmy (?:phone |mobile |cell )?number\b",
    re.IGNORECASE,
)


# A SIN is nine digits in threes with a Luhn check digit ("046 454 286"); no health card or
# member number is written so, so when a SIN is named between another cue and such a value,
# the value is the SIN's ("your health card, never your SIN. Take 046 454 286 out").
_SIN_NAME = re.compile(r"(?-i:\bSIN\b)|\bsocial\s+insurance\b", re.IGNORECASE)


def _sin_named_between(text: str, cue_end: int, start: int, value: str) -> bool:
    if not _THREES.fullmatch(value) or _SIN_NAME.search(text, cue_end, start) is None:
        return False
    return luhn.is_valid(value.replace(" ", ""))


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+to\b", re.IGNORECASE)


def counted(text: str, start: int, end: int) -> bool:
    """The number at ``text[start:end]`` is an amount, a count or another thing's number, not a
    person's identifier: a unit after it ("120000 platelets", "5 mg"), a bare number followed by
    an ordinary word, or a product's number word shortly before it ("barcode 5012345678900")."""
    if _UNIT_AFTER.match(text, end) or _OTHER_NUMBER.search(text, max(0, start - 25), start):
        return True
    if _FROM_BEFORE.search(text, max(0, start - 8), start) and _TO_AFTER.match(text, end):
        return True  # "went from 234567890123 to nothing": a change, not an identifier
    return text[start:end].isdigit() and _ordinary_word_after(text, end)


def _ordinary_word_after(text: str, end: int) -> bool:
    """A word follows ``end`` that an identifier is not followed by ("120000 platelets")."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1) not in _AFTER_ID


def _identifier(value: str, text: str, end: int) -> bool:
    """True when ``value`` can only be an identifier (see the module's docstring)."""
    digits = sum(c.isdigit() for c in value)
    if _YEAR_FILE.fullmatch(value):
        return True  # a file numbered by year: "2023/551902"
    if "/" in value or "." in value or _DATE_SHAPE.fullmatch(value):
        return False
    if (_PHONE_SHAPE.fullmatch(value) and not value.isdigit()) or _UNIT_AFTER.match(text, end):
        return False
    if _NUMBER_BEFORE.search(text, max(0, end - len(value) - 6), end - len(value)):
        return False
    if value.isdigit() and (
        (len(value) == 11 and value[0] == "1") or (len(value) == 10 and value[:3] in NANP_TOLL_FREE)
    ):
        return False  # a North American number with its country code, or a toll-free one
    if any(c.isalpha() for c in value):
        return digits >= 5 and len(value) <= 20
    if not 6 <= digits <= 12 or value.endswith("000"):
        return False
    return not _ordinary_word_after(text, end)


# A chat's next speaker ("Mom: June 2, 1944!!", "[10:02] Me: W1234..."): the answer to a
# question asked on the line before.
_SPEAKER = re.compile(r"[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*)?[A-Z][\w .'\u2019-]{0,20}:[ \t]")


def _reading(text: str, start: int) -> int:
    """Where the reading from a cue ending at ``start`` stops: the end of its line (or of the
    chat answer on the next line), the second sentence end or ``WINDOW`` characters on,
    whichever comes first."""
    stop = min(len(text), start + WINDOW)
    newline = text.find("\n", start, stop)
    if newline != -1:
        answer = _SPEAKER.match(text, newline + 1)
        line_start = text.rfind("\n", 0, start) + 1
        asked = (
            _SPEAKER.match(text, line_start) is not None
            and not any(c.isdigit() for c in text[start:newline])
            and _SENTENCE_END.search(text, start, newline) is None
        )
        if answer is not None and asked:
            after = text.find("\n", answer.end(), stop)
            return after if after != -1 else stop
        stop = newline
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, stop)]
    return ends[1] if len(ends) > 1 else stop


def find_later_values(text: str, taken: list[Cand]) -> list[Cand]:
    """``taken`` (the resolved spans) with the values the other rules missed added, sorted by
    start and never overlapping."""
    taken = list(taken)
    found: list[Cand] = []

    def free(s: int, e: int) -> bool:
        return not any(s < te and e > ts for ts, te, _ in taken + found)

    for m in _MASKED_SSN_RE.finditer(text):
        if free(m.start(), m.end()):
            found.append((*m.span("num"), Kind.SSN))
    for cue in _CUE_RE.finditer(text):
        kind = _CUE_KIND[cue.lastgroup or ""]
        stop = _reading(text, cue.end())
        if kind == Kind.DATE_OF_BIRTH:
            _take_date(text, cue.end(), stop, taken, found, free)
            continue
        for value in _TOKEN_RE.finditer(text, cue.end(), stop):
            s, e = value.span()
            if not any(c.isdigit() for c in value.group()):
                continue
            if _OTHER_NUMBER.search(text, cue.end(), s):
                break
            if kind != Kind.SSN and _sin_named_between(text, cue.end(), s, value.group()):
                break  # the SIN named nearer it has the value, in the SIN's own shape
            if not free(s, e):
                if any(s < te and e > ts and k in _ID_KINDS for ts, te, k in taken + found):
                    break  # the cue's own value, taken by a cue rule
                nhs = _NHS_CUE.search(cue.group()) is not None
                if phone := _id_read_as_phone(text, cue.end(), s, taken, nhs):
                    taken.remove(phone)
                    found.append((*phone[:2], kind))
                    break
                continue
            if _identifier(value.group(), text, e):
                found.append((s, e, kind))
                break
        if kind == Kind.SSN:
            last = _LAST_DIGITS_RE.search(text, cue.end(), stop)
            if last is None and _LAST_WORDS_RE.search(text, max(0, cue.start() - 30), stop):
                # "the last 4 of my social (6620)", "my SSN ending, I gave them 4812"
                last = _FOUR_DIGITS_RE.search(text, cue.end(), stop)
            if last and free(*last.span("num")):
                found.append((*last.span("num"), Kind.SSN))
    if _UK_HEALTH_NUMBER.search(text):
        # A text about an NHS or CHI number: its ten digits anywhere in it are one ("CHI number
        # question ... one letter says 1204856732"); a UK phone number has eleven.
        for m in _TEN_DIGITS.finditer(text):
            if (
                free(*m.span())
                and not counted(text, *m.span())
                and nhs_valid(re.sub(r"\D", "", m.group()))
            ):
                found.append((*m.span(), Kind.MRN))
    return sorted(taken + found)


def _id_read_as_phone(
    text: str, cue_end: int, start: int, taken: list[Cand], nhs: bool = False
) -> Cand | None:
    """The phone span starting at ``start`` when it is the cue's number: nothing but the cue's
    own words between, and written as no phone number is ("Account 4019283746", "SSS number:
    34-1827365-9", a SIN's "046 454 286"), or, after an NHS number's cue, in the NHS number's
    own 3-3-4 groups ("her NHS number is right at the top (485 777 3456)")."""
    for span in taken:
        s, e, kind = span
        if s != start or kind != Kind.PHONE or _PHONE_WORD.search(text, cue_end, s):
            continue
        value = text[s:e]
        if value.isdigit() or _THREES.fullmatch(value) or not _PHONE_SHAPE.fullmatch(value):
            return span
        if nhs and _NHS_SHAPE.fullmatch(value):
            return span
    return None


_UK_HEALTH_NUMBER = re.compile(r"\b(?:nhs|chi)\s+(?:numbers?|no\b)", re.IGNORECASE)
_TEN_DIGITS = re.compile(r"(?<![\w\-/.+])[1-9]\d{2}([ -]?)\d{3}\1\d{4}(?![\w\-/]|[.,]\d)")
_NHS_CUE = re.compile(r"\bnhs\b", re.IGNORECASE)
_NHS_SHAPE = re.compile(r"\d{3}([ -]?)\d{3}\1\d{4}")


def _take_date(
    text: str,
    start: int,
    stop: int,
    taken: list[Cand],
    found: list[Cand],
    free: Callable[[int, int], bool],
) -> None:
    """The first full date in the reading, as a date of birth, unless one is already taken or
    an event word stands just before it ("my last visit was 03/04/2024")."""
    for m in _FULL_DATE.finditer(text, start, stop):
        s, e = m.span()
        if any(s < te and e > ts and k == Kind.DATE_OF_BIRTH for ts, te, k in taken + found):
            return
        if _EVENT_BEFORE.search(text, max(start, s - 40), s):
            return
        if free(s, e) and plausible_date(m.group()):
            found.append((s, e, Kind.DATE_OF_BIRTH))
            return
