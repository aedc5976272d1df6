"""What says a well-formed card number is a payment card's when its check digit fails (writers
of made-up numbers rarely make them Luhn-valid): the card network named beside it ("6521 4433
0987 1265 (RuPay)"), an expiry date, with or without the security code, right after it ("5399
8301 2274 6651 04/26 381"), a word that it was pasted by mistake ("wrong window 🙈 4916 ...
please ignore"), or its last four digits given as the card's ending ("Visa ending 4417 ... full
number 4916 3381 0295 4417"). ``numbers.find_cards`` asks these of a number grouped 4-4-4-4 or
under a card network's prefix, and keeps health and insurance cards and labelled numbers out."""

from __future__ import annotations

import re

__all__ = ["ending_given", "expiry_after", "network_named", "pasted_by_mistake"]

_NETWORKS = (
    r"visa|master\s?card|maestro|amex|american\s+express|discover|diners(?:\s+club)?|jcb|rupay"
    r"|elo|verve|union\s?pay|interac|carte\s+bancaire|cirrus|eftpos"
)
# The network just before ("my RuPay 6521 ...", "Visa ending ... no: Visa: 4916 ...") or just
# after ("6521 4433 0987 1265 (RuPay)", "4916 ... - that's my visa").
_NETWORK_BEFORE = re.compile(rf"\b(?:{_NETWORKS})\b[^\n\d]{{0,30}}$", re.IGNORECASE)
_NETWORK_AFTER = re.compile(
    r"[ \t]*[,;:(\-\u2013\u2014]?[ \t]*(?:\(?[ \t]*)?"
    r"(?:(?:is|was|=|that['\u2019]?s|which\s+is)\s+(?:my|the|his|her|our|their|a)\s+)?"
    rf"(?:{_NETWORKS})\b",
    re.IGNORECASE,
)
# An expiry date right after the number, and a security code after it if any: "04/26 381",
# ", 11/2027".
_EXPIRY_AFTER = re.compile(
    r"[ \t]*[,;]?[ \t]*(?:0[1-9]|1[0-2])[ \t]?/[ \t]?(?:\d{2}|20\d{2})"
    r"(?:[ \t]*[,;]?[ \t]*\d{3,4})?(?![\d/.:-])"
)
# A word that it went where it should not have: a paste into the wrong window, a plea to delete.
_PASTE = (
    r"\bwrong\s+(?:window|box|tab|chat|field|thread|group|screen|app|page|post|place|convo"
    r"|conversation|forum|site)\b"
    r"|\bcopy[\s-]?past(?:e|ed|ing)\b|\bcopied\s+(?:and|&)\s+pasted\b"
    r"|\b(?:past|post)ed\b[^\n\d]{0,20}\b(?:by\s+)?(?:accident|mistake|error)\b"
    r"|\baccident(?:al)?ly\s+(?:copy[\s-]?)?(?:past|post|sen|shar)(?:ed|t)\b"
    r"|\b(?:didn['\u2019]?t|did\s+not)\s+mean\s+to\s+(?:paste|post|send|share)\b"
    r"|\b(?:please|pls|plz|mods?|admins?|moderators?)[\s,]+(?:please\s+)?"
    r"(?:delete|ignore|remove|disregard|take\s+(?:it|that|this)\s+down)\b"
    r"|\b(?:ignore|disregard)\s+(?:that|this|the\s+(?:number|above|numbers))\b"
    r"|\bmy\s+clipboard\b"
)
_PASTE_BEFORE = re.compile(rf"(?:{_PASTE})[^\n\d]{{0,60}}$", re.IGNORECASE)
_PASTE_AFTER = re.compile(rf"[^\n\d]{{0,80}}?(?:{_PASTE})", re.IGNORECASE)


def network_named(text: str, start: int, end: int) -> bool:
    return bool(
        _NETWORK_BEFORE.search(text, max(0, start - 50), start) or _NETWORK_AFTER.match(text, end)
    )


def expiry_after(text: str, end: int) -> bool:
    return _EXPIRY_AFTER.match(text, end) is not None


def pasted_by_mistake(text: str, start: int, end: int) -> bool:
    return bool(
        _PASTE_BEFORE.search(text, max(0, start - 120), start)
        or _PASTE_AFTER.match(text, end, min(len(text), end + 140))
    )


# A card's last four digits as statements and receipts give them: "ending 4417", "ends in 4417"
_ENDING = re.compile(
    r"\b(?:ending|ends|ended)(?:\s+(?:in|with))?[\s:#]*(?:\*+|x+)?\s?(\d{4})(?!\d)"
    r"|(?:\*{4}|x{4})[\s-]?(\d{4})(?!\d)",
    re.IGNORECASE,
)


def ending_given(text: str, digits: str) -> bool:
    """The number's last four digits are given elsewhere in the text as a card's ending."""
    tail = digits[-4:]
    return any(tail in (m.group(1), m.group(2)) for m in _ENDING.finditer(text))
