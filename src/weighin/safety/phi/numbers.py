"""Numbers that identify a person by their shape: US Social Security numbers (the SSA's
area/group/serial rules, or a cue) and payment card numbers (Luhn and issuer prefixes, or a
payment word before a number grouped like a card)."""

from __future__ import annotations

import re

from stdnum.gb import nhs as stdnum_nhs

from .card_cues import ending_given, expiry_after, network_named, pasted_by_mistake
from .kinds import Cand, Kind

__all__ = ["find_cards", "find_ssns"]


# --- SSN ---------------------------------------------------------------------------------------

_SSN_RE = re.compile(r"(?<![\d\-./])(\d{3})([- .])(\d{2})\2(\d{4})(?![\d-]|\.\d)")
_SSN_CUE_RE = re.compile(
    r"\b(?:SSN|SS\s?#|SS\s?(?:No\.?|number|num)|social\s+security(?:\s+(?:number|no\.?|num|#))?"
    r"|social)"
    r"(?:[\s:#=]|\b(?:is|was|number|no|of)\b){0,8}?"
    r"(?<![\d-])(?P<num>\d{3}[- .]?\d{2}[- .]?\d{4})(?![\d-])",
    re.IGNORECASE,
)
# The last digits of one: "last 4 of my SSN: 4812", "the last three digits of Dad's SIN (286)".
_SSN_LAST4_RE = re.compile(
    r"\b(?:last\s+(?:4|four|3|three)(?:\s+digits)?\s+of\s+(?:my|his|her|our|their"
    r"|[^\W\d_]+['\u2019]s)?\s*"
    r"(?:SSN|(?-i:SIN)|social(?:\s+security)?(?:\s+number)?|social\s+insurance\s+number)"
    r"|(?:SSN|social\s+security\s+number)\s+"
    r"(?:ending|ends|that\s+ends)\s+(?:in|with))\s*[,:=(]?\s*(?:is|are|was|were)?\s*[,:=]?\s*"
    r"(?P<num>\d{3,4})(?!\d)(?![ \t]*(?:times|x\b|days?|hours?|weeks?|months?|years?))",
    re.IGNORECASE,
)


def nhs_valid(digits: str) -> bool:
    """The NHS (and Northern Ireland H&C) number's modulus-11 check digit holds (python-stdnum),
    and it is not one digit repeated."""
    return len(digits) == 10 and len(set(digits)) > 1 and stdnum_nhs.is_valid(digits)


def impossible_ssn(value: str) -> bool:
    """A number written as an SSN (ddd-dd-dddd) that the SSA never issues ("000-12-3456")."""
    m = _SSN_RE.fullmatch(value)
    return m is not None and not _valid_ssn(m.group(1), m.group(3), m.group(4))


def _valid_ssn(area: str, group: str, serial: str) -> bool:
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


# A capital prefix just before ("YRB 445 12 9981") makes the digits part of a member or record
# ID; an SSN behind its own cue ("SSN 123 45 6789") is still taken by the cue rule.
_ID_PREFIX_BEFORE = re.compile(r"\b(?-i:[A-Z]{1,4}) $")
# A record, insurance or case number's label just before: the number is that, whatever its shape
# ("Chart No.: 004-77-1920", "member ID 123-45-6789"), unless the label names the SSN itself.
_OTHER_ID_BEFORE = re.compile(
    r"\b(?:chart|mrn|medical\s+record|record|hospital|member|policy|subscriber|insurance|claim"
    r"|case|account|acct|ref(?:erence)?)\b[ \t\w.#:]{0,14}$",
    re.IGNORECASE,
)
_SSN_WORD = re.compile(r"\b(?:ssn|ss#|social|ssa)\b", re.IGNORECASE)


def find_ssns(text: str, out: list[Cand]) -> None:
    for m in _SSN_RE.finditer(text):
        if _valid_ssn(m.group(1), m.group(3), m.group(4)):
            if _ID_PREFIX_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                continue
            label = _OTHER_ID_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if label and not _SSN_WORD.search(label.group()):
                continue
            out.append((m.start(), m.end(), Kind.SSN))
    for rx in (_SSN_CUE_RE, _SSN_LAST4_RE):
        for m in rx.finditer(text):
            out.append((m.start("num"), m.end("num"), Kind.SSN))


# --- Credit card -------------------------------------------------------------------------------

_CARD_RE = re.compile(r"(?<![\d\-.,/])\d(?:[ -]?\d){12,18}(?![\d-]|[.,/]\d)")
# A payment word just before a number grouped like a card: a card, even when the number as typed
# fails the Luhn check (a digit mistyped or made up is still a card number to hide). Not when
# the card is a health, insurance or ID card: those numbers are MRNs or insurance IDs.
_CARD_CUE_RE = re.compile(
    r"(?:\b(?:card|visa|master\s?card|mc|amex|american\s+express|discover|maestro|debit|credit"
    r"|cc|cart[ãa]o|tarjeta|carte(?:\s+bleue)?|karte|kreditkarte|carta"
    # a payment made with it: "the pharmacy charged 4564 8812 ...", "put it on 4539 ..."
    r"|charged|paid|billed|debited|refunded|pay|paying|payment|renewed|auto-renewed|receipt"
    r"|put\s+(?:it|that|this|them|the\s+\w+)\s+on)\b"
    # ... or a sum of money: "took £1,195 on 4716 2294 ..."
    r"|[$£€₹]\s?\d[\d,]*(?:\.\d\d)?(?![\d,.]))"
    # ... up to a sentence back: "My card got charged twice by the online pharmacy for my PrEP
    # refill. The number was 4929 ..."
    r"[^\n\d]{0,100}$",
    re.IGNORECASE,
)
# An expiry date or a security code right after it: "4539 7720 1184 3306, exp 09/27",
# "5412 7534 8810 2296 11/26 CVV 884".
_EXPIRY_AFTER = re.compile(
    r"[\s,;(]*(?:exp(?:iry|ires|iration)?\.?(?:\s+date)?|valid\s+(?:thru|through|until)|cvv|cvc"
    r"|(?:0[1-9]|1[0-2])/\d{2}\s+(?:cvv|cvc|cv2)\b)"
    r"\b",
    re.IGNORECASE,
)
_NOT_PAYMENT_RE = re.compile(
    r"\b(?:health|insurance|medicare|medicaid|ohip|nhs|member|id|identity|loyalty|library|gift"
    r"|sim|blood\s+donor|ehic|ghic|report)\s+card\b"
    # an insurer or HMO named just before: the card is theirs ("my HMO is Maxicare, card ...")
    r"|\b(?:hmo|insurer|insurance|health\s+plan|medicaid|medicare|philhealth|maxicare|daman"
    r"|thiqa|ayushman|nhif|nhis|bpjs)\b",
    re.IGNORECASE,
)

# A policy or member label, or a public scheme's short name, right before the number: a policy
# number that happens to pass the Luhn check ("Policy no.: OMS 5401 2298 7713 0046", Russia's
# 16-digit OMS policy) is the insurer's, not a bank's.
_POLICY_LABEL_BEFORE = re.compile(
    r"(?:\bpol(?:icy|\.)?(?:\s*(?:#|no\b\.?|number|id))?|\b(?:member|subscriber|insured)"
    r"(?:\s*(?:#|no\b\.?|number|id))?|(?-i:\b(?:OMS|SIP|BPJS|NHIS|NHIF|PMJAY|ESIC)\b)"
    r"|\bполис\w*)[\s:#.]*(?:(?-i:[A-Z]{2,5})\s)?$",  # noqa: RUF001
    re.IGNORECASE,
)


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


def find_cards(text: str, out: list[Cand]) -> None:
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
        network = _card_prefix_ok(digits)
        valid = _luhn_ok(digits) and network
        # an identifier's own label right before it decides, however a payment was mentioned
        # earlier: "pay the premium; policy number 4412 ...", "ticket number was 1234 ..."
        labelled = _OWN_LABEL_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if labelled and _PAYMENT_CARD_NAMED.search(labelled.group()):
            labelled = None  # "charged £60 for the confirmation to my debit card 4921 ..."
        paid = labelled is None and (
            (
                (seps or network)
                and (
                    _payment_cue_before(text, m.start())
                    or _EXPIRY_AFTER.match(text, m.end()) is not None
                    or _CARD_AFTER.match(text, m.end()) is not None
                )
            )
            or (
                _well_formed(raw, digits, network)
                and not _POLICY_LABEL_BEFORE.search(text, max(0, m.start() - 40), m.start())
                and _card_cue_near(text, m.start(), m.end(), digits)
            )
        )
        if (
            valid
            and not paid
            and _POLICY_LABEL_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ):
            out.append((m.start(), m.end(), Kind.INSURANCE_ID))
            # the insurer's number: masked as such whether or not an insurance cue reads it
            continue
        if valid or paid:
            out.append((m.start(), m.end(), Kind.CREDIT_CARD))


def _well_formed(raw: str, digits: str, network: bool) -> bool:
    """Grouped 4-4-4-4 (or as Amex prints it), or 13-19 digits under a card network's prefix."""
    groups = [len(g) for g in re.split(r"[ -]", raw)]
    return network or groups in ([4, 4, 4, 4], [4, 6, 5])


def _card_cue_near(text: str, start: int, end: int, digits: str) -> bool:
    """A card network named beside the number or its last four given as a card's ending; or,
    unless a health or insurance card is named just before, an expiry date after it or a word
    that it was pasted by mistake."""
    if network_named(text, start, end) or ending_given(text, digits):
        return True
    if _NOT_PAYMENT_RE.search(text, max(0, start - 60), start):
        return False
    return expiry_after(text, end) or pasted_by_mistake(text, start, end)


def _payment_cue_before(text: str, start: int) -> bool:
    before = text[max(0, start - 120) : start]
    cue = _CARD_CUE_RE.search(before)
    # another card named near the cue is the one it belongs to ("my health insurance card ...
    # it says 8012 ..."): looked for from a little before the cue on
    if cue is not None and not (
        _NOT_PAYMENT_RE.search(before[-80:])
        or _NOT_PAYMENT_RE.search(before[max(0, cue.start() - 40) :])
    ):
        return True
    # the card named last before the number is the one it belongs to, whatever else is named:
    # "my insurance card and debit card (4117 ...)", "ran my HSA card for $1,240 before
    # insurance processed anything. Full number on the receipt: 4532 ..."
    named = [m.group(1).lower() for m in _NAMED_CARD_RE.finditer(text, max(0, start - 120), start)]
    return bool(named) and named[-1] in _PAYMENT_CARDS


# A number's own label: an insurer's member or policy number, a scheme's card, or another
# thing's number (a ticket, an order), with nothing but a few words between it and the number.
_OWN_LABEL_BEFORE = re.compile(
    r"\b(?:policy|member(?:ship)?|subscriber|insurance (?:number|id|no)|medicaid|medicare|ghic"
    r"|ehic|bupa|group|plan|ticket|order|booking|tracking|confirmation|invoice|account"
    r"|transaction|reference|ref|claim|receipt number|barcode|imei|serial|s/n|sku"
    r"|(?:model|part|lot) (?:number|no|#)"
    # a hospital's or a health service's number for the patient
    r"|(?:hospital|patient|clinic|chart|file|case|record|nhs|health)\s*(?:number|no|#|id)"
    r"|mrn|uhid)\b(?:[^\n\d.;!?]{0,25})$",
    re.IGNORECASE,
)
_PAYMENT_CARD_NAMED = re.compile(
    r"\b(?:debit|credit|bank|payment|prepaid|visa|master\s?card|amex)\s+card\b", re.IGNORECASE
)
_NAMED_CARD_RE = re.compile(r"\b([a-z]+)[\s-]+card\b", re.IGNORECASE)
_PAYMENT_CARDS = frozenset(
    ["debit", "credit", "bank", "visa", "mastercard", "amex", "hsa", "fsa", "payment", "prepaid"]
)
# The card named right after the number: "5412 7534 9016 2283 is the card for the gas bill".
_CARD_AFTER = re.compile(
    r"[\s,)]*(?:is|was|=|-|:)?\s*(?:my|the|his|her|our|their)?\s*(?:(?:debit|credit|bank|visa"
    r"|new|old|main|other)\s+)?card\b",
    re.IGNORECASE,
)
