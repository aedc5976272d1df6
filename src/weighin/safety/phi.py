"""Find and mask personal health information (PHI) in text that patients post publicly.

Rule-based and pure Python: regular expressions with validation (Luhn for card numbers, the SSA's
area/group/serial rules for SSNs, ``ipaddress`` for IPs, Google's libphonenumber for phones) and
context cues for what no pattern can tell apart on its own (MRN, insurance IDs, dates of birth,
names). It never imports Django, loads no model and fetches nothing, so it runs anywhere (a form
clean, a management command, a worker) and gives the same answer every time.

    >>> [(str(s.kind), s.text) for s in find("I'm Tom, DOB 03/14/1985, call 415-555-0132")]
    [('PERSON_NAME', 'Tom'), ('DATE_OF_BIRTH', '03/14/1985'), ('PHONE', '415-555-0132')]
    >>> mask("I'm Tom, DOB 03/14/1985")
    "I'm [name removed], DOB [date of birth removed]"

What is deliberately *not* PHI here: drug and brand names, disease eponyms (Crohn's, Graves'),
dosages, ages, and dates without a birth cue (symptom dates). A year alone ("born in 1985") is
not a date of birth. Toll-free and premium-rate phone numbers (hotlines, pharmacies) are not a
person's number and are left alone.
"""

from __future__ import annotations

import bisect
import ipaddress
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

import phonenumbers
from phonenumbers import Leniency, PhoneNumberType

from . import phi_data as _d

__all__ = ["PLACEHOLDERS", "Kind", "Span", "find", "mask"]


class Kind(StrEnum):
    """The kinds of PHI found. A ``StrEnum``: ``Kind.PHONE == "PHONE"``."""

    PERSON_NAME = "PERSON_NAME"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    ADDRESS = "ADDRESS"
    SSN = "SSN"
    MRN = "MRN"
    INSURANCE_ID = "INSURANCE_ID"
    URL = "URL"
    IP = "IP"
    CREDIT_CARD = "CREDIT_CARD"


@dataclass(frozen=True, slots=True)
class Span:
    """One piece of PHI: ``text[start:end] == span.text``."""

    start: int
    end: int
    kind: Kind
    text: str


PLACEHOLDERS: dict[Kind, str] = {
    Kind.PERSON_NAME: "[name removed]",
    Kind.PHONE: "[phone removed]",
    Kind.EMAIL: "[email removed]",
    Kind.DATE_OF_BIRTH: "[date of birth removed]",
    Kind.ADDRESS: "[address removed]",
    Kind.SSN: "[ID removed]",
    Kind.MRN: "[ID removed]",
    Kind.INSURANCE_ID: "[ID removed]",
    Kind.URL: "[link removed]",
    Kind.IP: "[IP address removed]",
    Kind.CREDIT_CARD: "[card number removed]",
}

# When two candidates overlap, the higher priority wins (then the longer one).
_PRIORITY = {
    Kind.EMAIL: 100,
    Kind.URL: 95,
    Kind.CREDIT_CARD: 92,
    Kind.SSN: 92,
    Kind.IP: 90,
    Kind.DATE_OF_BIRTH: 85,
    Kind.MRN: 85,
    Kind.INSURANCE_ID: 85,
    Kind.PHONE: 70,
    Kind.ADDRESS: 60,
    Kind.PERSON_NAME: 50,
}

_Cand = tuple[int, int, Kind]


# --- Public API --------------------------------------------------------------------------------


def find(text: str) -> list[Span]:
    """All PHI in ``text``: sorted by start, never overlapping."""
    if not isinstance(text, str):
        raise TypeError(f"find() wants str, not {type(text).__name__}")
    if not text:
        return []
    cands: list[_Cand] = []
    has_digit = _ANY_DIGIT.search(text) is not None
    if "@" in text or " at " in text or "(at)" in text or "[at]" in text:
        _find_emails(text, cands)
    if "." in text or ":" in text:
        _find_urls(text, cands)
    if has_digit:
        _find_ips(text, cands)
        _find_ssns(text, cands)
        _find_cards(text, cands)
        _find_dobs(text, cands)
        _find_ids(text, cands)
        _find_phones(text, cands)
    _find_addresses(text, cands, has_digit)
    _find_names(text, cands)
    return [Span(s, e, k, text[s:e]) for s, e, k in _resolve(text, cands)]


def mask(text: str, spans: list[Span] | None = None) -> str:
    """``text`` with each span replaced by its placeholder ("[name removed]", ...).

    ``spans`` defaults to ``find(text)``; given spans must be in order, non-overlapping and match
    ``text`` (``ValueError`` otherwise), so a stale list is never applied to edited text.
    """
    if spans is None:
        spans = find(text)
    out: list[str] = []
    pos = 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < pos or span.end > len(text) or text[span.start : span.end] != span.text:
            raise ValueError(f"span {span!r} does not fit the text (overlap or stale offsets)")
        out.append(text[pos : span.start])
        out.append(PLACEHOLDERS[Kind(span.kind)])
        pos = span.end
    out.append(text[pos:])
    return "".join(out)


# --- Overlap resolution ------------------------------------------------------------------------


def _resolve(text: str, cands: list[_Cand]) -> list[_Cand]:
    cands = _merge_same_kind(text, cands, Kind.ADDRESS, _ADDRESS_GAP)
    cands = _merge_same_kind(text, cands, Kind.PERSON_NAME, None)
    order = sorted(set(cands), key=lambda c: (-_PRIORITY[c[2]], c[0] - c[1], c[0]))
    taken: list[_Cand] = []  # sorted by start, never overlapping
    starts: list[int] = []
    for c in order:
        i = bisect.bisect_right(starts, c[0])
        if (i and taken[i - 1][1] > c[0]) or (i < len(taken) and taken[i][0] < c[1]):
            continue
        taken.insert(i, c)
        starts.insert(i, c[0])
    return taken


def _merge_same_kind(
    text: str, cands: list[_Cand], kind: Kind, gap_re: re.Pattern[str] | None
) -> list[_Cand]:
    """Union overlapping candidates of one kind; with ``gap_re``, also join neighbours whose gap
    matches it (an address's street, city and ZIP found by separate rules)."""
    mine = sorted(c for c in cands if c[2] == kind)
    if len(mine) < 2:
        return cands
    merged: list[list] = []
    for s, e, k in mine:
        if merged:
            last = merged[-1]
            if s <= last[1] or (gap_re is not None and gap_re.fullmatch(text[last[1] : s])):
                last[1] = max(last[1], e)
                continue
        merged.append([s, e, k])
    return [c for c in cands if c[2] != kind] + [tuple(m) for m in merged]


# Between two parts of one address: separators, perhaps with a city ("42 Elm St, Springfield, ").
_ADDRESS_GAP = re.compile(
    r"[\s,]{0,4}(?:[A-Z][a-zA-Z'\u2019.-]+(?:\s[A-Z][a-zA-Z'\u2019.-]+){0,2}[\s,]{1,3})?"
)

_ANY_DIGIT = re.compile(r"\d")


# --- Email -------------------------------------------------------------------------------------

_EMAIL_RE = re.compile(
    r"(?<![\w.+%-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])"
)
_TLD_ALT = "|".join(sorted(_d.BARE_TLDS, key=len, reverse=True))
_EMAIL_OBFUSCATED_RE = re.compile(
    r"(?<![\w.])(?P<local>[A-Za-z0-9][A-Za-z0-9._+-]{0,62})"
    r"(?:\s*(?:\[at\]|\(at\)|\{at\})\s*|\s+at\s+)"
    r"(?P<domain>[A-Za-z0-9-]{1,63})(?P<dot>\s*(?:\[dot\]|\(dot\)|\{dot\})\s*|\s+dot\s+|\.)"
    rf"(?:{_TLD_ALT})\b",
    re.IGNORECASE,
)
# "sarah at gmail.com": a plain " at " with a real dot only counts for a mail provider.
_MAIL_PROVIDERS = _d.words(
    """
    gmail googlemail yahoo ymail hotmail outlook live msn icloud me mac aol proton protonmail
    pm gmx yandex mail zoho comcast verizon att sbcglobal btinternet sky virginmedia bigpond
    optusnet rediffmail qq 163 naver fastmail hey tutanota
    """
)


def _find_emails(text: str, out: list[_Cand]) -> None:
    for m in _EMAIL_RE.finditer(text):
        local = m.group().split("@", 1)[0]
        if ".." not in local:
            out.append((m.start(), m.end(), Kind.EMAIL))
    for m in _EMAIL_OBFUSCATED_RE.finditer(text):
        plain_at = "@" not in m.group() and not re.search(r"[\[({]at[\])}]", m.group(), re.I)
        if plain_at and m.group("dot") == "." and m.group("domain").lower() not in _MAIL_PROVIDERS:
            continue
        if m.group("local").lower() in _d.STOPWORDS:
            continue
        out.append((m.start(), m.end(), Kind.EMAIL))


# --- URL ---------------------------------------------------------------------------------------

_URL_RE = re.compile(
    r"\b(?:https?|ftp)://[^\s<>\"'\]\[{}|\\^`]+"
    r"|\bwww\d{0,3}\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s<>\"'\]\[{}|\\^`]*"
    r"|(?<![\w@.\-/])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    rf"(?P<tld>{_TLD_ALT})(?::\d{{2,5}})?(?:/[^\s<>\"'\]\[{{}}|\\^`]*)?(?![\w@-])",
    re.IGNORECASE,
)
_URL_TRAILING = ".,;:!?'\")]}*"


def _find_urls(text: str, out: list[_Cand]) -> None:
    for m in _URL_RE.finditer(text):
        s, e = m.start(), m.end()
        tld = m.group("tld")
        if tld is not None:
            host = m.group().split("/", 1)[0]
            labels = host.split(".")
            # "Dr.Co" or "X.COM" typed by accident: a bare domain has a lower-case TLD (or is all
            # upper case) and a label before the TLD that has a letter in it.
            if not (tld.islower() or host.isupper()):
                continue
            if not any(ch.isalpha() for ch in labels[-2]):
                continue
        while e > s and text[e - 1] in _URL_TRAILING:
            if text[e - 1] == ")" and text.count("(", s, e) >= text.count(")", s, e):
                break
            e -= 1
        if e - s >= 4:
            out.append((s, e, Kind.URL))


# --- IP ----------------------------------------------------------------------------------------

_IPV4_RE = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\w)")
_IPV6_RE = re.compile(
    r"(?<![\w:.])(?=[0-9A-Fa-f:]*::|(?:[0-9A-Fa-f]{1,4}:){7})[0-9A-Fa-f:]{3,39}(?![\w:])"
)


def _find_ips(text: str, out: list[_Cand]) -> None:
    for m in _IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        out.append((m.start(), m.end(), Kind.IP))
    if ":" in text:
        for m in _IPV6_RE.finditer(text):
            candidate = m.group()
            if sum(c.isalnum() for c in candidate) < 3:
                continue
            try:
                ipaddress.IPv6Address(candidate)
            except ValueError:
                continue
            out.append((m.start(), m.end(), Kind.IP))


# --- SSN ---------------------------------------------------------------------------------------

_SSN_RE = re.compile(r"(?<![\d\-./])(\d{3})([- .])(\d{2})\2(\d{4})(?![\d-]|\.\d)")
_SSN_CUE_RE = re.compile(
    r"\b(?:SSN|SS\s?#|SS\s?(?:No\.?|number|num)|social\s+security(?:\s+(?:number|no\.?|num|#))?"
    r"|social)"
    r"(?:[\s:#=]|\b(?:is|was|number|no|of)\b){0,8}?"
    r"(?<![\d-])(?P<num>\d{3}[- .]?\d{2}[- .]?\d{4})(?![\d-])",
    re.IGNORECASE,
)
_SSN_LAST4_RE = re.compile(
    r"\b(?:last\s+(?:4|four)(?:\s+digits)?\s+of\s+(?:my|his|her|our|their)?\s*"
    r"(?:SSN|social(?:\s+security)?(?:\s+number)?)|(?:SSN|social\s+security\s+number)\s+"
    r"(?:ending|ends|that\s+ends)\s+(?:in|with))\s*[,:=]?\s*(?:is|are|was|were)?\s*[,:=]?\s*"
    r"(?P<num>\d{4})(?!\d)",
    re.IGNORECASE,
)


def _valid_ssn(area: str, group: str, serial: str) -> bool:
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def _find_ssns(text: str, out: list[_Cand]) -> None:
    for m in _SSN_RE.finditer(text):
        if _valid_ssn(m.group(1), m.group(3), m.group(4)):
            out.append((m.start(), m.end(), Kind.SSN))
    for rx in (_SSN_CUE_RE, _SSN_LAST4_RE):
        for m in rx.finditer(text):
            out.append((m.start("num"), m.end("num"), Kind.SSN))


# --- Credit card -------------------------------------------------------------------------------

_CARD_RE = re.compile(r"(?<![\d\-.,/])\d(?:[ -]?\d){12,18}(?![\d-]|[.,]\d)")


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = ord(ch) - 48
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def _card_prefix_ok(d: str) -> bool:
    n = len(d)
    if d[0] == "4":  # Visa
        return n in (13, 16, 19)
    p2, p4 = int(d[:2]), int(d[:4])
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:  # Mastercard
        return n == 16
    if p2 in (34, 37):  # Amex
        return n == 15
    if d.startswith(("6011", "65")) or 644 <= int(d[:3]) <= 649 or 622126 <= int(d[:6]) <= 622925:
        return 16 <= n <= 19  # Discover
    if 3528 <= p4 <= 3589:  # JCB
        return 16 <= n <= 19
    if p2 in (36, 38, 39) or 300 <= int(d[:3]) <= 305:  # Diners
        return 14 <= n <= 19
    if p2 in (50, 56, 57, 58, 63, 67) or d[0] == "6":  # Maestro, UnionPay
        return 12 <= n <= 19
    return False


def _find_cards(text: str, out: list[_Cand]) -> None:
    for m in _CARD_RE.finditer(text):
        raw = m.group()
        digits = raw.replace(" ", "").replace("-", "")
        if not 13 <= len(digits) <= 19 or len(set(digits)) == 1:
            continue
        # Separators, if any, are all one kind and at group boundaries of 4 (or Amex 4-6-5).
        seps = {c for c in raw if not c.isdigit()}
        if len(seps) > 1:
            continue
        if seps:
            groups = [len(g) for g in re.split(r"[ -]", raw)]
            amex_like = groups in ([4, 6, 5], [4, 6, 4])
            if not amex_like and not all(g == 4 for g in groups[:-1]):
                continue
        if _luhn_ok(digits) and _card_prefix_ok(digits):
            out.append((m.start(), m.end(), Kind.CREDIT_CARD))


# --- Dates of birth ----------------------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:(?:19|20)\d{2}|'\d{2})(?!\d)"
_DATE = (
    r"(?:"
    r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?![\d/.\-]\d)"
    r"|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}(?!\d)"
    rf"|{_MONTH}\s+{_DAY}(?:\s*,?\s*{_YEAR})?"
    rf"|(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:\s*,?\s*{_YEAR})?"
    rf"|{_MONTH}\s*,?\s*(?:of\s+)?{_YEAR}"
    r"|\d{1,2}[/\-]\d{1,2}(?![\d/\-.])"
    r")"
)
_DOB_CUE = (
    r"(?:\bd\.?\s?o\.?\s?b\b\.?|\bdate\s+of\s+birth\b|\bbirth\s?date\b|\bbirth\s?day\b"
    r"|\bb-?day\b|\bborn\b|\bgave\s+birth\b|\bdob\b"
    r"|\bturn(?:s|ed|ing)?\s+\d{1,3}(?:\s+(?:years?\s+old|this\s+year|next\s+\w+))?\s+on\b)"
)
_DOB_RE = re.compile(
    rf"{_DOB_CUE}(?:['\u2019]?s)?"
    r"(?:[\s:=,(\-\u2013\u2014#]|\b(?:is|was|on|of|the|its|it's|as|in|listed|reads|says|being|date)\b){0,10}?"
    rf"(?P<date>{_DATE})",
    re.IGNORECASE,
)
_DOB_AFTER_RE = re.compile(
    rf"(?P<date>{_DATE})\s*[(,\-\u2013\u2014]?\s*(?:is\s+(?:my|his|her|their)\s+|=\s*)?"
    r"(?:d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s?date|birthday)",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(r"(\d{1,4})[/.\-](\d{1,2})(?:[/.\-](\d{1,4}))?")


def _plausible_date(s: str) -> bool:
    m = _NUMERIC_DATE.fullmatch(s.strip())
    if not m:
        return True  # month-name forms are valid by construction
    a, b, c = m.group(1), m.group(2), m.group(3)
    if len(a) == 4:  # y-m-d
        return 1 <= int(b) <= 12 and c is not None and 1 <= int(c) <= 31
    x, y = int(a), int(b)
    return (1 <= x <= 12 and 1 <= y <= 31) or (1 <= y <= 12 and 1 <= x <= 31)


_DOB_HINT = re.compile(r"d\.?\s?o\.?\s?b|birth|born|b-?day|turn", re.IGNORECASE)


def _find_dobs(text: str, out: list[_Cand]) -> None:
    if not _DOB_HINT.search(text):
        return
    for rx in (_DOB_RE, _DOB_AFTER_RE):
        for m in rx.finditer(text):
            s, e = m.span("date")
            date = text[s:e]
            if _plausible_date(date):
                out.append((s, e, Kind.DATE_OF_BIRTH))


# --- MRN and insurance IDs ---------------------------------------------------------------------

_ID_NUM = "(?:number|num|no|nr|#|id|identifier)"
_MRN_CUE = (
    r"(?:\bmrn\b|\bm\.r\.n\b\.?|\bmedical\s+records?(?:\s+" + _ID_NUM + r")?"
    r"|\bmed(?:ical)?\s+rec(?:ord)?\s*" + _ID_NUM + r"|\bpatient\s+(?:" + _ID_NUM + r")"
    r"|\bhospital\s+"
    + _ID_NUM
    + r"|\bchart\s+"
    + _ID_NUM
    + r"|\brecord\s+"
    + _ID_NUM
    + r"|\bnhs\s+(?:number|no)|\bchi\s+number|\bhealth\s+card\s+(?:number|no)"
    r"|\bohip(?:\s+(?:number|no))?|\bcase\s+(?:number|no)|\baccession\s+(?:number|no)"
    r"|\bencounter\s+" + _ID_NUM + r"|\bvisit\s+(?:number|id)|\baccount\s+(?:number|no|#))"
)
_INS_CUE = (
    r"(?:\bmember(?:ship)?\s*"
    + _ID_NUM
    + r"|\bsubscriber\s*"
    + _ID_NUM
    + r"|\bpolicy(?:\s*"
    + _ID_NUM
    + r")?|\bgroup\s*(?:number|num|no|#|id)"
    r"|\binsurance\s+(?:card\s+|policy\s+|plan\s+)?"
    + _ID_NUM
    + r"|\binsurance\b[^.\n\d]{0,40}?\b(?:id|number|no|#)"
    r"|\bmedicare\s+(?:card\s+)?" + _ID_NUM + r"|\bmedicare\s+beneficiary\s+identifier|\bmbi\b"
    r"|\bmedicaid\s+(?:card\s+)?" + _ID_NUM + r"|\b(?:health\s+)?plan\s+(?:id|number|no)"
    r"|\bid\s+card\s+(?:number|no|#)|\brx\s*(?:bin|pcn|grp|group)|\bbeneficiary\s+"
    + _ID_NUM
    + r"|\bhicn\b|\behic\s+(?:number|no)|\bghic\s+(?:number|no)|\bcard\s+(?:number|no)"
    r"\s+on\s+(?:my|the)\s+insurance"
    r"|\b(?:aetna|cigna|humana|bcbs|blue\s+cross(?:\s+blue\s+shield)?|blue\s+shield|anthem|uhc"
    r"|united\s*health(?:care)?|kaiser|tricare|molina|ambetter|oscar|centene|wellcare|bupa|axa"
    r"|medicare|medicaid|medi-cal|chip)\s+(?:member\s+|subscriber\s+|insurance\s+)?"
    r"(?:id|number|no|#))"
)
_ID_FILLER = (
    r"(?:[\s:=#,(\-\u2013\u2014.]|\b(?:is|was|are|of|number|no|reads|says|id|on\s+(?:my|the)\s+\w+)\b)"
    r"{0,10}?"
)
_ID_VALUE = (
    r"(?P<id>\d{3}[\s-]\d{3}[\s-]\d{4}(?!\d)"
    r"|(?=[A-Za-z0-9-]*\d)[A-Za-z]{0,5}-?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){3,24}"
    r"(?:\s\d{2,6}(?!\d)){0,3})"
)
_MRN_RE = re.compile(_MRN_CUE + _ID_FILLER + _ID_VALUE, re.IGNORECASE)
_INS_RE = re.compile(_INS_CUE + _ID_FILLER + _ID_VALUE, re.IGNORECASE)
_YEARISH = re.compile(r"(?:19|20)\d{2}")


def _plausible_id(value: str) -> bool:
    digits = sum(c.isdigit() for c in value)
    if digits < 3 or len(value.replace(" ", "").replace("-", "")) < 5:
        return False
    if value.isdigit() and (len(value) < 5 or _YEARISH.fullmatch(value)):
        return False
    return not re.fullmatch(r"\d+(?:mg|ml|mcg|g|kg|lbs?|units?|iu|%)", value, re.IGNORECASE)


_ID_HINT = re.compile(
    r"mrn|m\.r\.n|record|rec\b|patient|hospital|chart|nhs|chi\b|card|ohip|case|accession"
    r"|encounter|visit|account|member|subscriber|polic|group|insurance|medicare|medicaid|mbi"
    r"|plan|rx|beneficiary|hicn|ehic|ghic|aetna|cigna|humana|bcbs|blue|anthem|uhc|united"
    r"|kaiser|tricare|molina|ambetter|oscar|centene|wellcare|bupa|axa|medi-cal|chip",
    re.IGNORECASE,
)


def _find_ids(text: str, out: list[_Cand]) -> None:
    if not _ID_HINT.search(text):
        return
    for rx, kind in ((_MRN_RE, Kind.MRN), (_INS_RE, Kind.INSURANCE_ID)):
        for m in rx.finditer(text):
            s, e = m.span("id")
            if _plausible_id(text[s:e]):
                out.append((s, e, kind))


# --- Phone -------------------------------------------------------------------------------------

_PHONE_HINT = re.compile(r"\d(?:[\s().\-/+]{0,3}\d){6}")
_NATIONAL_RE = re.compile(
    r"(?<![\w+/.\-])(?:\(0\d{1,4}\)|0\d{1,4})(?:[\s.\-]?\d{2,4}){2,4}(?![\d/])"
)
_ZIP4 = re.compile(r"\d{5}-\d{4}")
_NATIONAL_REGIONS = ("GB", "AU", "IE", "NZ", "IN", "ZA", "FR")
_LOCAL_CUE_RE = re.compile(
    r"\b(?:call|called|calling|text|texted|phone|phoned|cell|mobile|tel|telephone|number|reach"
    r"|contact|ring|rang|whatsapp|fax|ph)"
    r"\b[^\n\d]{0,25}?(?<![\d-])(?P<num>\d{3}[-.\s]\d{4})(?![\d-])",
    re.IGNORECASE,
)
_NOT_PERSONAL = frozenset(
    {
        PhoneNumberType.TOLL_FREE,
        PhoneNumberType.PREMIUM_RATE,
        PhoneNumberType.SHARED_COST,
        PhoneNumberType.UAN,
    }
)


def _find_phones(text: str, out: list[_Cand]) -> None:
    if not _PHONE_HINT.search(text):
        return
    found: list[tuple[int, int]] = []
    for m in phonenumbers.PhoneNumberMatcher(text, "US", leniency=Leniency.VALID):
        if phonenumbers.number_type(m.number) not in _NOT_PERSONAL:
            found.append((m.start, m.end))
    for m in _NATIONAL_RE.finditer(text):
        s, e = m.span()
        if any(s < fe and e > fs for fs, fe in found) or _ZIP4.fullmatch(m.group()):
            continue
        if sum(c.isdigit() for c in m.group()) < 9:
            continue
        for region in _NATIONAL_REGIONS:
            try:
                num = phonenumbers.parse(m.group(), region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(num):
                if phonenumbers.number_type(num) not in _NOT_PERSONAL:
                    found.append((s, e))
                break
    for m in _LOCAL_CUE_RE.finditer(text):
        found.append(m.span("num"))
    out.extend((s, e, Kind.PHONE) for s, e in found)


# --- Address -----------------------------------------------------------------------------------

_SUFFIX_FULL = (
    "Street|Avenue|Road|Boulevard|Lane|Drive|Court|Place|Terrace|Way|Circle|Parkway|Highway|"
    "Close|Crescent|Square|Trail|Row|Mews|Gardens|Grove|Walk|Plaza|Alley|Loop|Pike|Turnpike|"
    "Expressway|Freeway|Path|Ridge|Crossing|Hill|Park|Green|Rise|Gate|View"
)
_SUFFIX_ABBR = r"(?:St|Ave|Av|Rd|Blvd|Ln|Dr|Ct|Pl|Ter|Terr|Cir|Pkwy|Hwy|Cres|Sq|Trl|Xing|Aly)\b\.?"
_DIR = r"(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\b\.?"
_NAME_TOK = (
    r"(?:[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?|[A-Z]\.|\d{1,3}(?:st|nd|rd|th)|St\.|Mt\.|Jr\.?)"
)
_UNIT = (
    r"(?:Apt|APT|apt|Apartment|apartment|Suite|suite|Ste|Unit|unit|Flat|flat|Fl|Floor|Rm|Room"
    r"|Bldg|#)"
)
_UNIT_TAIL = rf"(?:,?\s*{_UNIT}\.?\s*#?\s*(?=[A-Za-z-]*\d|[A-Z]\b)[A-Za-z0-9-]{{1,6}}\b)"
_HOUSE = r"(?<![\w$£€.,/:\-#])\d{1,6}[A-Za-z]?(?:-\d{1,6}[A-Za-z]?)?"
_STREET_RE = re.compile(
    rf"{_HOUSE}\s+(?:{_DIR}\s+)?(?:{_NAME_TOK}\s+){{0,3}}?{_NAME_TOK}\s+"
    rf"(?:(?:{_SUFFIX_FULL})\b|{_SUFFIX_ABBR})(?:\s+{_DIR})?{_UNIT_TAIL}?"
    rf"|{_HOUSE}\s+Broadway\b{_UNIT_TAIL}?"
)
_STREET_LOWER_RE = re.compile(
    rf"{_HOUSE}\s+(?P<name>(?:[a-z]{{3,15}}\s+)?[a-z]{{3,15}})\s+"
    rf"(?:street|avenue|road|boulevard|lane|drive|ave|rd|blvd|st)\b\.?{_UNIT_TAIL}?"
)
_UNIT_RE = re.compile(
    r"\b(?:Apt|APT|apt|Apartment|Suite|Ste)\.?\s*#?\s*(?=[A-Za-z-]*\d|[A-Z]\b)[A-Za-z0-9-]{1,6}\b"
    r"|\b(?:apartment|suite|unit|flat)\s+(?:#\s*\d{1,5}[A-Za-z]?|\d{1,4}[A-Za-z]|[A-Za-z]\d{1,4})\b"
    r"|\b(?:Flat|Unit)\s+[A-Za-z0-9-]{1,5}(?=,?\s+\d)"
)
_LIVE_ON_RE = re.compile(
    r"\b(?i:live|lives|living|lived|moved|moving|staying|stay|reside|resides|residing)\s+"
    r"(?i:on|at|to|in)\s+(?:the\s+)?"
    rf"(?P<street>(?:{_DIR}\s+)?(?:{_NAME_TOK}\s+){{0,2}}?{_NAME_TOK}\s+"
    rf"(?:(?:{_SUFFIX_FULL})\b|{_SUFFIX_ABBR}))"
)
_LIVE_HINT = re.compile(r"liv|mov|stay|resid", re.IGNORECASE)
_FIVE_DIGITS = re.compile(r"\d{5}")
_UPPER_DIGIT = re.compile(r"[A-Z]\d")
_ROUTE_RE = re.compile(
    rf"{_HOUSE}\s+(?:Route|Rte\.?|Highway|Hwy\.?|County\s+Road|State\s+Route|US|Interstate)\s+"
    r"\d{1,4}[A-Z]?\b"
)
_POBOX_RE = re.compile(r"\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box)\s+\d{1,7}\b", re.IGNORECASE)
_STATE_ZIP_RE = re.compile(
    r"(?:(?P<city>[A-Z][a-zA-Z.'\u2019-]+(?:\s+[A-Z][a-zA-Z.'\u2019-]+){0,2}),?\s+)?"
    rf"(?P<state>\b[A-Z]{{2}}\b|\b(?:{_d.US_STATE_NAMES})\b)\.?,?\s+"
    r"(?P<zip>\d{5}(?:-\d{4})?)(?![\d-])"
)
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}"
_CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s\d[ABCEGHJ-NPRSTV-Z]\d"
_UK_POSTCODE_RE = re.compile(rf"\b(?P<pc>{_UK_POSTCODE})\b")
_CA_POSTCODE_RE = re.compile(rf"\b{_CA_POSTCODE}\b")
_ZIP_CUE_RE = re.compile(
    r"\b(?:zip|zip\s*code|zipcode|post\s*code|postal\s*code)\s*(?:is|was|:|=|#)?\s*"
    rf"(?P<zip>\d{{5}}(?:-\d{{4}})?(?![\d-])|{_UK_POSTCODE}\b|{_CA_POSTCODE}\b)",
    re.IGNORECASE,
)


def _find_addresses(text: str, out: list[_Cand], has_digit: bool) -> None:
    if _LIVE_HINT.search(text):
        for m in _LIVE_ON_RE.finditer(text):
            out.append((m.start("street"), m.end("street"), Kind.ADDRESS))
    if not has_digit:
        return
    for m in _STREET_RE.finditer(text):
        out.append((m.start(), m.end(), Kind.ADDRESS))
    for m in _STREET_LOWER_RE.finditer(text):
        words = m.group("name").split()
        if all(
            w in _d.STREET_NAME_WORDS or not (w in _d.STOPWORDS or w in _d.COMMON_WORDS)
            for w in words
        ):
            out.append((m.start(), m.end(), Kind.ADDRESS))
    for rx in (_UNIT_RE, _POBOX_RE, _CA_POSTCODE_RE, _ROUTE_RE):
        for m in rx.finditer(text):
            out.append((m.start(), m.end(), Kind.ADDRESS))
    for m in _STATE_ZIP_RE.finditer(text) if _FIVE_DIGITS.search(text) else ():
        state = m.group("state")
        if len(state) == 2 and state not in _d.US_STATE_ABBR:
            continue
        s = m.start()
        if m.group("city"):
            # Drop leading words that are no part of a city ("In Springfield, IL 62704").
            for w in re.finditer(r"\S+", m.group("city")):
                if w.group().lower().strip(".,") not in _d.STOPWORDS:
                    s = m.start("city") + w.start()
                    break
            else:
                s = m.start("state")
        out.append((s, m.end(), Kind.ADDRESS))
    for m in _UK_POSTCODE_RE.finditer(text) if _UPPER_DIGIT.search(text) else ():
        pc = m.group("pc")
        area = re.match(r"[A-Z]+", pc).group()
        if area in _d.UK_POSTCODE_AREAS:
            out.append((m.start(), m.end(), Kind.ADDRESS))
    for m in _ZIP_CUE_RE.finditer(text):
        out.append((m.start("zip"), m.end("zip"), Kind.ADDRESS))


# --- Person names ------------------------------------------------------------------------------
#
# Names are found from cues, never from capitalisation alone:
#   strong   "my name is X", "her name's X", "name: X", "signed, X"      (X may be lower case)
#   known    "I'm X", "I am X", "this is X"       (X a known given name, or two capitalised words)
#   kin      "my husband X", "our son, X,", "my GP X", "named X", "X, my daughter"
#   title    "Dr. X", "Dr X Y", "Mrs. X", "Nurse X"
#   sign-off "Thanks, X" / "- X" / a lone name on the last line
#   alone    a known given name that is not also a word, a month, a drug or a place ("Tom"),
#            and "X and I" / "me and X" for the ones that are ("Will and I").
# Eponyms ("Addison's disease"), drugs and brands ("Ella", "Heather" are pills), institutions
# ("Henry Ford Hospital", "St Mary's") and places ("moved to Austin") are excluded.

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_POSSESSIVE = ("'s", "\u2019s")
_PARTICLES = _d.words(
    "van von der den de del della da di la le du bin binti bint al el ter ten dos das"
)
_GENERATIONAL = _d.words("jr sr ii iii iv")
_DRUG_SUFFIX = re.compile(
    r"(?:pril|olol|alol|statin|sartan|dipine|azole|prazole|cillin|mycin|micin|cycline|floxacin|"
    r"tidine|oxetine|afil|triptan|caine|mab|tinib|lukast|gliptin|gliflozin|glutide|azepam|"
    r"zolam|dronate|formin|tropin|profen|phen)$"
)
_MEDICAL_WORDS = _d.words(
    """
    lupus diabetes cancer asthma arthritis fibromyalgia endometriosis psoriasis eczema migraine
    migraines ibs gerd pcos copd adhd ocd ptsd celiac coeliac anemia hypothyroid hyperthyroid
    thyroid gout sciatica shingles measles mumps chickenpox epilepsy autism dementia stroke
    sepsis pneumonia bronchitis sinusitis tonsillitis strep hepatitis cirrhosis ms als
    leukemia lymphoma melanoma tumor tumour cyst polyp hernia herpes chlamydia gonorrhea
    syphilis mono thrush candida yeast vertigo tinnitus insomnia apnea narcolepsy scoliosis
    osteoporosis osteoarthritis tendonitis bursitis fibroids adenomyosis menopause
    perimenopause type positive negative stage grade hispanic latino latina asian black white
    african american caucasian indian canadian british european male female trans nonbinary
    gay straight bi christian muslim jewish catholic vegan vegetarian keto paleo
    """
)


def _fold(word: str) -> str:
    """Lower case without accents ("Zoë" -> "zoe"), for the word lists."""
    low = word.lower()
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(_fold(w) for w in words)


_GIVEN = _folded(_d.FIRST_NAMES)
_AMBIGUOUS = _folded(_d.AMBIGUOUS_NAMES)
_PLACES = _folded(_d.PLACE_NAMES) | frozenset(_d.US_STATE_NAMES.lower().split("|"))
_NONNAME = _d.DRUG_AND_BRAND_WORDS | _d.INSTITUTION_WORDS | _d.KIN_WORDS | _MEDICAL_WORDS
# Known given names that may be taken with no cue at all.
_STANDALONE = (
    _GIVEN - _AMBIGUOUS - _d.STOPWORDS - _d.COMMON_WORDS - _d.DRUG_AND_BRAND_WORDS - _MEDICAL_WORDS
)
# ... and that may be taken in lower case after a cue ("my husband john"): not places either.
_LOWER_OK = _STANDALONE - _PLACES
_PLACE_PREPS = _d.words("in to from near at of visiting via outside around into toward towards")
_THING_OWNERS = _d.words(
    """
    drug's medicine's medication's pill's condition's disease's syndrome's procedure's test's
    clinic's hospital's practice's app's brand's product's supplement's company's insurer's
    pharmacy's
    """
)

_STRONG, _KNOWN, _KNOWN_LOOSE, _KIN, _TITLE, _SIGN = range(6)

_KIN_ALT = "|".join(re.escape(w) for w in sorted(_d.KIN_WORDS, key=len, reverse=True))
_MOD_ALT = "|".join(re.escape(w) for w in sorted(_d.KIN_MODIFIERS, key=len, reverse=True))
_AGE = r"\d{1,2}\s?-?\s?(?:y/?o|yrs?|years?|months?|mos?|weeks?|wks?|yr)(?:[\s-]?old)?"
_CUE_TAIL = r"(?:\s*[,:\-\u2013\u2014]?\s*)"

_STRONG_CUE_RE = re.compile(
    r"\b(?:(?P<owner>my|his|her|their|your|whose|[^\W\d_]+['\u2019]s)\s+"
    r"(?:full\s+|first\s+|real\s+|given\s+|last\s+|sur)?name\s*(?:is|was|'s|\u2019s|=|:)"
    r"|my\s+names|\bname\s*:|i\s+go\s+by|i\s+am\s+called|they\s+call\s+me|goes\s+by"
    r"|signed\s*[,:\-\u2013\u2014])" + _CUE_TAIL,
    re.IGNORECASE,
)
_KNOWN_CUE_RE = re.compile(
    r"\b(?P<cue>i\s*['\u2019]?\s*m|i\s+am|this\s+is|it\s*['\u2019]?s|here\s+is"
    r"|(?:you\s+can\s+|please\s+|just\s+)?call\s+me|(?:everyone|they|people|friends)\s+calls?\s+me)"
    + _CUE_TAIL,
    re.IGNORECASE,
)
_KIN_CUE_RE = re.compile(
    r"\b(?P<pos>my|our|his|her|their|your)\s+(?:own\s+)?"
    rf"(?:(?:{_AGE}|{_MOD_ALT}|\d{{1,2}})[\s,\-]+){{0,3}}"
    rf"(?:{_KIN_ALT})(?!['\u2019]s|-)\b"
    r"(?:\s*,?\s*\(\s*(?:age\s*)?\d{1,2}\s*(?:y/?o|yrs?|years?|months?|mos?)?\s*\))?"
    r"(?:\s*,\s*" + _AGE + r"\s*,)?" + _CUE_TAIL + r"|\b(?:named|nicknamed)\s+",
    re.IGNORECASE,
)
_CALLED_RE = re.compile(r"\bcalled\s+", re.IGNORECASE)
_AND_I_RE = re.compile(r"\s+and\s+(?:i|me|myself)\b|\s*&\s*(?:i|me)\b", re.IGNORECASE)
_ME_AND_RE = re.compile(r"\b(?:me|myself)\s+(?:and|&)\s+", re.IGNORECASE)
_TITLE_CUE_RE = re.compile(
    r"(?<![\w.])(?:(?P<dr>[Dd][Rr]|DR)|[Dd]octor|DOCTOR|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Nurse"
    r"|Sister|Midwife|Dra|Sra|Herr|Frau|Mme|Mlle|Madame|MR|MRS|MS)(?:\.|\b)\s*(?=\S)"
)
_SIGNOFF_RE = re.compile(
    r"(?:^|(?<=[\n.!?,;)]))\s*(?:thanks|thank\s+you|many\s+thanks|thx|ty|regards|kind\s+regards"
    r"|best(?:\s+regards|\s+wishes)?|cheers|sincerely|love|xoxo|warmly|take\s+care|god\s+bless"
    r"|blessings|respectfully|yours(?:\s+truly)?|with\s+thanks|signed|from|sent\s+by)"
    r"(?:\s+(?:so\s+much|a\s+lot|in\s+advance|again|everyone|all|doctors?|for\s+reading"
    r"|for\s+(?:any|your)\s+(?:help|advice|time)))*\s*[,.!:\-\u2013\u2014]*\s*",
    re.IGNORECASE,
)
_DASH_SIGN_RE = re.compile(r"(?:^|(?<=\s))(?:-{1,2}|\u2013|\u2014|~)\s*(?=[^\W\d_])")
_END_RE = re.compile(r"[\s.!,:;)~\-\u2013\u2014]*$")
_LAST_LINE_RE = re.compile(r"\n[ \t]*(?=[^\W\d_][^\n]{0,40}$)")
_NAME_END = re.compile(r"\s*(?:[.,!;:)]|$)")
_TITLE_WORDS = _d.words("dr doctor mr mrs ms nurse")
_CODE_AFTER = re.compile(r"[(_=\[]|\.\w")
_STATE_AFTER_RE = re.compile(rf",?\s+(?:[A-Z]{{2}}\b|{_d.US_STATE_NAMES})")


class _Tokens:
    """Word tokens of a text with their offsets; a trailing "'s" is cut off and remembered."""

    __slots__ = ("ends", "lows", "possessive", "starts", "text", "toks")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.toks: list[str] = []
        self.lows: list[str] = []
        self.possessive: list[bool] = []
        for m in _TOKEN_RE.finditer(text):
            tok = m.group()
            end = m.end()
            poss = False
            if tok.endswith(_POSSESSIVE) and len(tok) > 2:
                tok, end, poss = tok[:-2], end - 2, True
            elif end < len(text) and text[end] in "'\u2019" and tok.endswith("s"):
                poss = True
            self.starts.append(m.start())
            self.ends.append(end)
            self.toks.append(tok)
            self.lows.append(_fold(tok))
            self.possessive.append(poss)

    def at(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos`` (len if none)."""
        return bisect.bisect_left(self.starts, pos)

    def gap(self, i: int, j: int) -> str:
        """The text between token i's end and token j's start."""
        return self.text[self.ends[i] : self.starts[j]]


def _titlecase(tok: str) -> bool:
    return tok[0].isupper() and (len(tok) == 1 or not tok.isupper())


def _given(low: str) -> bool:
    """A known given name ("mary-jane" counts by its first part)."""
    return low in _GIVEN or ("-" in low and low.split("-", 1)[0] in _GIVEN)


def _nonname(low: str) -> bool:
    return (
        low in _NONNAME
        or low in _d.STOPWORDS
        or (len(low) > 5 and low not in _GIVEN and _DRUG_SUFFIX.search(low) is not None)
    )


def _medical_context(t: _Tokens, i: int) -> bool:
    """Token i is an eponym or part of an institution or place: "Addison's disease", "Lou
    Gehrig's disease", "Henry Ford Hospital", "Jackson Memorial"."""
    if t.possessive[i] and t.lows[i] in _d.EPONYMS:
        return True
    n = len(t.toks)
    j = i + 1
    while j < n and j <= i + 4 and t.gap(j - 1, j) in (" ", "-", "' "):
        lj = t.lows[j]
        if lj in _d.INSTITUTION_WORDS:
            return True
        if not _titlecase(t.toks[j]):
            break
        j += 1
    return False


def _first_ok(t: _Tokens, i: int, mode: int) -> bool:
    """May token i start a name after a cue of this mode?"""
    tok, low = t.toks[i], t.lows[i]
    if len(tok) < 2:
        return False
    if _nonname(low):
        # "I'm Will." / "I am May, 34": a given name that is also a function word, only when
        # nothing but punctuation follows it.
        return (
            mode == _KNOWN
            and _titlecase(tok)
            and low in _GIVEN
            and low not in _NONNAME
            and _NAME_END.match(t.text, t.ends[i]) is not None
        )
    if mode == _TITLE:
        if low in _d.TITLE_EXCLUSIONS:
            return False
        return _titlecase(tok) or (tok.isupper() and low not in _d.COMMON_WORDS)
    if _medical_context(t, i):
        return False
    if tok.isupper():
        return _given(low) and (mode == _STRONG or low not in _AMBIGUOUS)
    if _titlecase(tok):
        if mode in (_STRONG, _SIGN):
            return low not in _d.COMMON_WORDS or _given(low)
        if mode == _KIN:
            return _given(low) or low not in _d.COMMON_WORDS
        if mode == _KNOWN:
            return _given(low)
        return low in _STANDALONE  # _KNOWN_LOOSE
    if not tok.replace("-", "").isalpha():
        return False
    if mode == _STRONG:
        return _given(low)
    return low in _LOWER_OK


def _extend(t: _Tokens, i: int, lower: bool) -> int:
    """Index of the last token of the name that starts at token i (surname, initials, Jr.)."""
    n = len(t.toks)
    last = i
    j = i + 1
    while j < n and j - i <= 4 and not t.possessive[last]:
        gap = t.gap(last, j)
        tok, low = t.toks[j], t.lows[j]
        if gap not in (" ", ". ") or (gap == ". " and len(t.toks[last]) != 1):
            break
        if low in _PARTICLES and j + 1 < n and t.gap(j, j + 1) == " ":
            if _titlecase(t.toks[j + 1]) and not _nonname(t.lows[j + 1]):
                last = j + 1
                j += 2
                continue
            break
        if low in _GENERATIONAL and tok[0].isupper():
            last = j
            j += 1
            continue
        if _nonname(low) or (low in _AMBIGUOUS and low in _d.COMMON_WORDS):
            break
        if _titlecase(tok):
            if t.possessive[j] and low in _d.EPONYMS:
                break
            if low in _d.COMMON_WORDS and low not in _d.SURNAME_WORDS:
                break
        elif lower and tok.isalpha() and len(tok) > 1:
            if low in _d.COMMON_WORDS or low.endswith(("ing", "ed", "ly")):
                break
        else:
            break
        last = j
        j += 1
    return last


def _take(t: _Tokens, pos: int, mode: int, out: list[_Cand]) -> int:
    """Try a name starting right at ``pos`` (only spaces and light punctuation before it).
    Returns the index of its last token, or -1."""
    i = t.at(pos)
    if i >= len(t.toks):
        return -1
    gap = t.text[pos : t.starts[i]]
    if gap.strip(" \t,:;(\"'-\u2013\u2014") or ("\n" in gap and mode != _SIGN):
        return -1
    first = i
    # An initial before the name proper: "Dr. J. Smith".
    if (
        mode == _TITLE
        and i + 1 < len(t.toks)
        and len(t.toks[i]) == 1
        and t.toks[i].isupper()
        and t.gap(i, i + 1) == ". "
    ):
        i += 1
    if not _first_ok(t, i, mode):
        return -1
    lower = t.toks[i][0].islower() and mode == _STRONG
    last = _extend(t, i, lower)
    out.append((t.starts[first], t.ends[last], Kind.PERSON_NAME))
    return last


def _find_names(text: str, out: list[_Cand]) -> None:
    t = _Tokens(text)
    if not t.toks:
        return
    for m in _STRONG_CUE_RE.finditer(text):
        owner = (m.group("owner") or "").lower().replace("\u2019", "'")
        if owner not in _THING_OWNERS:
            _take(t, m.end(), _STRONG, out)
    for m in _KNOWN_CUE_RE.finditer(text):
        cue = re.sub(r"[\s'\u2019]", "", m.group("cue").lower())
        loose = cue in ("thisis", "its", "hereis")
        _take(t, m.end(), _KNOWN_LOOSE if loose else _KNOWN, out)
        if not loose and "call" not in cue:
            _two_word_name(t, m.end(), out)
    for m in _CALLED_RE.finditer(text):
        _take(t, m.end(), _KNOWN, out)
    for m in _KIN_CUE_RE.finditer(text):
        _take(t, m.end(), _KIN, out)
        if (m.group("pos") or "").lower() in ("my", "our"):
            _reverse_kin(t, m.start(), out)
    for m in _TITLE_CUE_RE.finditer(text):
        i = t.at(m.end())
        if i >= len(t.toks) or t.starts[i] != m.end():
            continue
        tok, low = t.toks[i], t.lows[i]
        if low in _PARTICLES:
            # "Dr. van der Berg", "Dr. de la Cruz".
            j = i
            while j + 1 < len(t.toks) and t.lows[j] in _PARTICLES and t.gap(j, j + 1) == " ":
                j += 1
            if j > i and _titlecase(t.toks[j]) and not _nonname(t.lows[j]):
                out.append((t.starts[i], t.ends[_extend(t, j, False)], Kind.PERSON_NAME))
                continue
        if tok[0].islower():
            # "dr patel": lower case only after "dr", and only a word that is no common word.
            if (
                m.group("dr")
                and len(tok) >= 3
                and tok.isalpha()
                and not t.possessive[i]
                and not (_nonname(low) or low in _d.COMMON_WORDS or _medical_context(t, i))
                and not low.endswith(("ing", "ed", "ly"))
            ):
                out.append((t.starts[i], t.ends[i], Kind.PERSON_NAME))
            continue
        _take(t, m.end(), _TITLE, out)
    _find_signoffs(t, out)
    _find_standalone(t, out)


def _two_word_name(t: _Tokens, pos: int, out: list[_Cand]) -> None:
    """ "I'm Zoltan Kovacs": two capitalised words, neither a common word, after "I'm"."""
    i = t.at(pos)
    if i + 1 >= len(t.toks) or t.text[pos : t.starts[i]].strip(" ,") or t.gap(i, i + 1) != " ":
        return
    for k in (i, i + 1):
        tok, low = t.toks[k], t.lows[k]
        if not _titlecase(tok) or len(tok) < 2 or _nonname(low) or low in _d.COMMON_WORDS:
            return
    if not _medical_context(t, i):
        out.append((t.starts[i], t.ends[_extend(t, i, False)], Kind.PERSON_NAME))


def _reverse_kin(t: _Tokens, cue_start: int, out: list[_Cand]) -> None:
    """ "Emily, my daughter" / "Emily (my daughter)": the name just before the kinship cue."""
    if not re.search(r"[,(]\s*$", t.text[max(0, cue_start - 3) : cue_start]):
        return
    i = t.at(cue_start) - 1
    if i < 0 or t.text[t.ends[i] : cue_start].strip(" ,(") or t.possessive[i]:
        return

    def ok(k: int) -> bool:
        low = t.lows[k]
        return _titlecase(t.toks[k]) and not _nonname(low) and low not in _d.COMMON_WORDS

    if not ok(i):
        return
    first = i
    while first > 0 and t.gap(first - 1, first) == " " and ok(first - 1):
        first -= 1
    if _given(t.lows[first]) or first < i:
        out.append((t.starts[first], t.ends[i], Kind.PERSON_NAME))


def _find_signoffs(t: _Tokens, out: list[_Cand]) -> None:
    text = t.text
    tail_from = max(0, len(text) - 120)
    for rx in (_SIGNOFF_RE, _DASH_SIGN_RE, _LAST_LINE_RE):
        for m in rx.finditer(text, tail_from):
            before = len(out)
            last = _take(t, m.end(), _SIGN, out)
            if last < 0:
                last = _after_descriptor(t, m.end(), out)
            if last < 0:
                continue
            if not _END_RE.match(text, t.ends[last]) or (
                rx is _LAST_LINE_RE and not _last_line_name_ok(t, out[-1])
            ):
                del out[before:]


def _after_descriptor(t: _Tokens, pos: int, out: list[_Cand]) -> int:
    """ "Thanks, Worried Dad Pete": skip up to three describing words, then a known name."""
    i = t.at(pos)
    n = len(t.toks)
    k = i
    while k < n and k - i < 3 and _titlecase(t.toks[k]):
        low = t.lows[k]
        if not (low in _d.COMMON_WORDS or low in _d.KIN_WORDS or low in _d.STOPWORDS):
            break
        if k + 1 >= n or t.gap(k, k + 1) != " ":
            return -1
        k += 1
    if k == i or k >= n:
        return -1
    return _take(t, t.starts[k], _KNOWN, out)


def _last_line_name_ok(t: _Tokens, cand: _Cand) -> bool:
    """A lone capitalised line at the end is a name only if it starts with a known given name."""
    return _given(t.lows[t.at(cand[0])])


def _find_standalone(t: _Tokens, out: list[_Cand]) -> None:
    text = t.text
    n = len(t.toks)
    for i in range(n):
        tok, low = t.toks[i], t.lows[i]
        if len(tok) < 2 or not _titlecase(tok):
            continue
        if low not in _STANDALONE and ("-" not in low or low.split("-", 1)[0] not in _STANDALONE):
            continue
        if _CODE_AFTER.match(text, t.ends[i]):
            continue  # code: "Len(", "jane_doe", "Max=3", "Config.get"
        prev = t.lows[i - 1] if i > 0 else ""
        if (
            i > 0
            and t.gap(i - 1, i) in (" ", ". ")
            and (prev in _d.PLACE_PREFIXES or prev in _TITLE_WORDS)
        ):
            continue  # "St Mary's", "San Antonio"; names after titles are the title rule's
        if _medical_context(t, i):
            continue
        if i + 1 < n and t.gap(i, i + 1) == " " and t.lows[i + 1] in _d.DRUG_AND_BRAND_WORDS:
            continue  # "Eli Lilly", "Jenny Craig"-style company and brand names
        last = _extend(t, i, False)
        if low in _PLACES:
            # "Austin" alone is a city; "Austin Reed" or "Georgia and I" is a person.
            if last == i or (i > 0 and prev in _PLACE_PREPS):
                continue
            if _STATE_AFTER_RE.match(text, t.ends[i]):
                continue
        out.append((t.starts[i], t.ends[last], Kind.PERSON_NAME))
    # "Will and I", "me and Mark": given names that are also words, when the phrase says person.
    for m in _AND_I_RE.finditer(text):
        i = t.at(m.start()) - 1
        if i >= 0 and t.ends[i] == m.start() and _titlecase(t.toks[i]) and _pair_ok(t.lows[i]):
            out.append((t.starts[i], t.ends[i], Kind.PERSON_NAME))
    for m in _ME_AND_RE.finditer(text):
        i = t.at(m.end())
        if i < n and t.starts[i] == m.end() and _titlecase(t.toks[i]) and _pair_ok(t.lows[i]):
            out.append((t.starts[i], t.ends[_extend(t, i, False)], Kind.PERSON_NAME))


def _pair_ok(low: str) -> bool:
    return _given(low) and low not in _NONNAME and low not in _d.COMMON_WORDS
