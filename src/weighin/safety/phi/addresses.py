"""Street addresses and their parts: a house number before a street name and type ("42 Elm
Street"), units, PO boxes, routes, "I live on Elm Street", a US state with a ZIP code, UK and
Canadian postcodes, and a cued ZIP or postcode. The forms used elsewhere (street type before
the name, number after it, postcode before the city) are in ``addresses_intl``."""

from __future__ import annotations

import re

from . import data
from .addresses_intl import find_intl_addresses
from .addresses_more import find_more_addresses
from .kinds import Cand, Kind
from .letterhead import ORG_NAME_LINE

__all__ = ["ADDRESS_GAP", "find_addresses"]

# Between two parts of one address: separators, perhaps with a city ("42 Elm St, Springfield, ").
# Province or region in brackets ("Montréal (Québec) H3G 1P1") too.
_GAP_WORD = r"\(?[A-Z\u00c0-\u00de][^\W\d_'\u2019.-]*(?:['\u2019.-][^\W\d_]*)*\.?\)?"
ADDRESS_GAP = re.compile(
    rf"[\s,\-\u2013]{{0,4}}(?:{_GAP_WORD}(?:[\s,]{{1,2}}{_GAP_WORD}){{0,3}}[\s,\-\u2013]{{1,3}})?"
)

_SUFFIX_FULL = (
    "Street|Avenue|Road|Boulevard|Lane|Drive|Court|Place|Terrace|Way|Circle|Parkway|Highway|"
    "Close|Crescent|Square|Trail|Row|Mews|Gardens|Grove|Walk|Plaza|Alley|Loop|Pike|Turnpike|"
    "Expressway|Freeway|Path|Ridge|Crossing|Hill|Park|Green|Rise|Gate|View|Parade|Esplanade|"
    "Promenade|Quay|Wharf"
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
# "4/12 Smith St": flat 4 of number 12 (Australia, New Zealand).
_HOUSE = r"(?<![\w$£€.,/:\-#])(?:\d{1,4}[A-Za-z]?/)?\d{1,6}[A-Za-z]?(?:-\d{1,6}[A-Za-z]?)?"
# (the number and the street on one line: "Ph: (02) 9515 6111\n\nDear Dr Lee" is no "Dr")
_STREET_RE = re.compile(
    rf"{_HOUSE}[ \t]+(?:{_DIR}[ \t]+)?(?:{_NAME_TOK}[ \t]+){{0,3}}?{_NAME_TOK}[ \t]+"
    rf"(?:(?:{_SUFFIX_FULL})\b|{_SUFFIX_ABBR})(?:\s+{_DIR})?{_UNIT_TAIL}?"
    rf"|{_HOUSE}\s+Broadway\b{_UNIT_TAIL}?"
)
_STREET_LOWER_RE = re.compile(
    rf"{_HOUSE}[ \t]+(?P<name>(?:[a-z]{{3,15}}[ \t]+)?[a-z]{{3,15}})[ \t]+"
    rf"(?:street|avenue|road|boulevard|lane|drive|ave|rd|blvd|st)\b\.?{_UNIT_TAIL}?"
)
_UNIT_RE = re.compile(
    r"\b(?:Apt|APT|apt|Apartment|Suite|Ste)\.?\s*#?\s*(?=[A-Za-z-]*\d|[A-Z]\b)[A-Za-z0-9-]{1,6}\b"
    r"|\b(?:apartment|suite|unit|flat)\s+(?:#\s*\d{1,5}[A-Za-z]?|\d{1,4}[A-Za-z]|[A-Za-z]\d{1,4})\b"
    r"|\b(?:Flat|Unit)\s+[A-Za-z0-9-]{1,5}(?=,?\s+\d|/\d)"
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
# "PO Box 12", "P.O. Box KN 1432" (Ghana's boxes carry the post office's letters), "POB 77"
_POBOX_RE = re.compile(
    r"\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|POB)\s+#?(?-i:[A-Z]{1,3}\s?)?\d{1,7}"
    r"(?:-\d{5})?\b",
    re.IGNORECASE,
)
_STATE_ZIP_RE = re.compile(
    r"(?:(?P<city>[A-Z][a-zA-Z.'\u2019-]+(?:\s+[A-Z][a-zA-Z.'\u2019-]+){0,2}),?\s+)?"
    rf"(?P<state>\b[A-Z]{{2}}\b|\b(?:{data.US_STATE_NAMES})\b)\.?,?\s+"
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


# An organisation's own address: a letterhead (the line after the institution's name, or the
# rest of its line) or where claims are sent ("Providers: submit claims to PO Box 981106, ...").
_ORG_ADDRESS_BEFORE = re.compile(
    ORG_NAME_LINE + r"(?:,[ \t]*|[ \t]*\n[^\n]{0,60}?)\Z"
    r"|\b(?i:submit|send|mail|post) (?i:your |all )?(?i:claims|correspondence|forms) to[ \t]*\Z"
)
_PERSONAL_WORDS = re.compile(
    r"\b(?:i|me|my|mine|we|our|his|her|mum|mom|dad|wife|husband|son|daughter|lives?|living"
    r"|address)\b",
    re.IGNORECASE,
)


def find_addresses(text: str, out: list[Cand], has_digit: bool) -> None:
    since = len(out)
    _find_addresses(text, out, has_digit)
    kept = out[:since]
    dropped: list[int] = []  # ends of the organisation's address parts: what follows is theirs
    for s, e, k in sorted(out[since:]):
        org = _ORG_ADDRESS_BEFORE.search(text, max(0, s - 200), s)
        chained = any(0 <= s - d <= 3 and not text[d:s].strip(" ,") for d in dropped)
        if chained or (org and not _PERSONAL_WORDS.search(text, org.start(), s)):
            dropped.append(e)
            continue
        kept.append((s, e, k))
    out[:] = kept


def _find_addresses(text: str, out: list[Cand], has_digit: bool) -> None:
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
            w in data.STREET_NAME_WORDS or not (w in data.STOPWORDS or w in data.COMMON_WORDS)
            for w in words
        ):
            out.append((m.start(), m.end(), Kind.ADDRESS))
    for rx in (_UNIT_RE, _POBOX_RE, _CA_POSTCODE_RE, _ROUTE_RE):
        for m in rx.finditer(text):
            out.append((m.start(), m.end(), Kind.ADDRESS))
    for m in _STATE_ZIP_RE.finditer(text) if _FIVE_DIGITS.search(text) else ():
        state = m.group("state")
        if len(state) == 2 and state not in data.US_STATE_ABBR:
            continue
        s = m.start()
        if m.group("city"):
            # Drop leading words that are no part of a city ("In Springfield, IL 62704").
            for w in re.finditer(r"\S+", m.group("city")):
                if w.group().lower().strip(".,") not in data.STOPWORDS:
                    s = m.start("city") + w.start()
                    break
            else:
                s = m.start("state")
        out.append((s, m.end(), Kind.ADDRESS))
    for m in _UK_POSTCODE_RE.finditer(text) if _UPPER_DIGIT.search(text) else ():
        pc = m.group("pc")
        area = re.match(r"[A-Z]+", pc).group()
        if area in data.UK_POSTCODE_AREAS:
            out.append((m.start(), m.end(), Kind.ADDRESS))
    for m in _ZIP_CUE_RE.finditer(text):
        out.append((m.start("zip"), m.end("zip"), Kind.ADDRESS))
    find_intl_addresses(text, out)
    find_more_addresses(text, out)
