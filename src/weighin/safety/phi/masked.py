"""Identifiers printed partly masked, and identifiers given by their last digits, read by their
label: "Card no: ************7734", "Mastercard •••• •••• •••• 3306", "Amex xxxx-xxxxxx-x1009",
"DOB: **/**/1951", "Member ID: ****-**-4902", "ID: W2••••••871" on an insurance card, "his SIN
... shows it as *** *** 482", "HKID ... Y48****(7)", "file number 00-4**-217"; "MRN ending
55120", "member ID ending 3321".

Carers copy such numbers off letters, receipts, portals and wristbands. A masked number is still
the identifier it was printed as (it narrows down whose it is, and the visible digits are the
ones a reader would not expect to be shown), so the label before it decides its kind: the
nearest cue of any family on its line with no other digits between (the record, insurance and
identity cues of ``ids`` and ``national_ids``, a birth-date cue, a payment card's network or
number). The span is the whole printed number, masks included, as writers label it.

Conventions kept (docs/architecture.md): a card's *last four digits* alone ("VISA ending 8812",
"VISA ****4417") are not PHI in most of our sets, so a masked card is taken only when printed in
a card's full length (13 to 19 places), and no card is read from "ending". An identity number's
last digits are SSN already (``numbers``, ``later``); here a record's or an insurance number's
given with its own label are of that kind. A masked SSN shape with no label stays with ``later``
(an SSN wherever it stands).
"""

from __future__ import annotations

import re

from .ids import INS_CUE, MRN_CUE, insurance_before
from .kinds import Cand, Kind
from .later import DOB_CUE, SSN_MASK
from .national_ids import NATIONAL_CUE

__all__ = ["find_masked"]

_MASKS = "*\u2022\u25cf\u2217\u00b7"  # asterisk, bullet, circle, operator, dot
# Cheap gate: a run of mask characters, or an identifier's last digits after "ending".
_MASK_GATE = re.compile(rf"[{_MASKS}]{{2}}|(?<![A-Za-z])(?:[xX]{{3}}|[xX]{{2}}[/.\-])")
_ENDS_GATE = re.compile(r"\bend(?:ing|s)\b", re.IGNORECASE)
_POS = rf"[\d{_MASKS}xX]"
# A number as printed: an optional capital prefix ("W2", "Y48"), groups of digits and masks
# joined by one blank, a dash, a slash or a dot, and a check digit in brackets ("(7)").
_TOKEN = re.compile(
    rf"(?<![\w{_MASKS}])(?:[A-Z]{{1,3}}(?={_POS}))?{_POS}+"
    rf"(?:(?:[ \-/.](?={_POS})|(?=\(\w\)))(?:{_POS}+|\(\w\)))*(?![\w{_MASKS}])"
)
_MASK_RUN = re.compile(
    rf"[{_MASKS}]{{2}}|[xX]{{3}}|(?:^|[/.\-])[xX]{{2}}(?=[/.\-])|(?:^|[\s\-/.])[{_MASKS}xX](?=[\s\-/.]|$)"
)
_SSN_MASKED = re.compile(SSN_MASK + r"\d{4}")
_DATE_SHAPE = re.compile(
    rf"[\d{_MASKS}xX]{{1,2}}([/.\-])[\d{_MASKS}xX]{{1,2}}\1(?:(?:19|20)\d{{2}}|[{_MASKS}xX]{{4}})"
)
_DOB_CUE = DOB_CUE + r"|\bborn\b"
_SSN_CUE = (
    r"\bssn\b|\bss\s?#|\bsocial\s+security\b|\bsocial\b(?=\s*(?:[(:#]|no\b|number\b|is\b))"
    r"|" + NATIONAL_CUE
)
_CARD_CUE = (
    r"\b(?:visa|master\s?card|maestro|amex|american\s+express|discover|diners(?:\s+club)?|jcb"
    r"|rupay|union\s?pay)\b"
    r"|(?<!health\s)(?<!insurance\s)(?<!medicare\s)(?<!medicaid\s)(?<!member\s)"
    r"\b(?:(?:credit|debit|bank|payment)\s+)?card\s*(?:no\b\.?|number|#)"
    r"|\b(?:credit|debit)\s+card\b|\bpaid\s+(?:with|by)\b|\bpayment\b|\bcharged\s+to\b"
)
_BARE_ID = r"(?-i:\bID\b)"
# (family, cue) in the order a tie goes: a record's or a scheme's own name before a card's.
_FAMILIES = tuple(
    (kind, re.compile(cue, re.IGNORECASE))
    for kind, cue in (
        (Kind.SSN, _SSN_CUE),
        (Kind.MRN, MRN_CUE),
        (Kind.INSURANCE_ID, INS_CUE),
        (Kind.DATE_OF_BIRTH, _DOB_CUE),
        ("ID", _BARE_ID),
        (Kind.CREDIT_CARD, _CARD_CUE),
    )
)
# What may stand between the label and the number: no digit, no sentence's end.
_REACH = 80
# (not an abbreviation's stop: "D.O.B. ", "Card no. ")
_BREAK = re.compile(r"\d|(?<![\s.][A-Za-z])(?<!\b[Nn]o)(?<!\bNO)[.!?](?:\s|$)|\n")
# A record's or a plan's number given by its last digits: "MRN ending 55120".
_ENDING = re.compile(
    r"\b(?:ending|ends)(?:\s+(?:in|with))?\s*[:#]?\s*(?P<num>\d{3,6})(?![\w\-/]|[.,]\d)",
    re.IGNORECASE,
)
_ENDING_REACH = 40


def find_masked(text: str, out: list[Cand]) -> None:
    if _MASK_GATE.search(text):
        for m in _TOKEN.finditer(text):
            value = m.group()
            if not _MASK_RUN.search(value) or sum(c.isdigit() for c in value) < 2:
                continue
            kind = _label_kind(text, m.start())
            if kind == Kind.SSN and _SSN_MASKED.fullmatch(value):
                continue  # "SSN: ***-**-5290": ``later`` reads it (its last four)
            if kind is not None and _fits(kind, value):
                out.append((m.start(), m.end(), kind))
    if not _ENDS_GATE.search(text):
        return
    for m in _ENDING.finditer(text):
        kind = _label_kind(text, m.start(), _ENDING_REACH)
        if kind in (Kind.MRN, Kind.INSURANCE_ID):
            out.append((*m.span("num"), kind))


def _label_kind(text: str, start: int, reach: int = _REACH) -> Kind | None:
    """The kind the nearest label before ``start`` names, if one stands close enough."""
    window = text[max(0, start - reach) : start]
    cut = 0
    for brk in _BREAK.finditer(window):
        cut = brk.end()
    window = window[cut:]
    best: tuple[int, int] | None = None
    best_kind = None
    for rank, (kind, rx) in enumerate(_FAMILIES):
        end = -1
        for cue in rx.finditer(window):
            end = max(end, cue.end())
        if end >= 0 and (best is None or (end, -rank) > best):
            best, best_kind = (end, -rank), kind
    if best_kind == "ID":
        return Kind.INSURANCE_ID if insurance_before(text, start) else Kind.SSN
    return best_kind


def _fits(kind: Kind, value: str) -> bool:
    places = sum(c.isdigit() or c in _MASKS or c in "xX" for c in value)
    if kind == Kind.DATE_OF_BIRTH:
        return _DATE_SHAPE.fullmatch(value) is not None
    if _DATE_SHAPE.fullmatch(value):
        return False
    if kind == Kind.CREDIT_CARD:
        return 13 <= places <= 19
    return 5 <= places <= 20
