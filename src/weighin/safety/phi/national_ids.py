"""National identity numbers of many countries, reported as SSN (the kind that means "the number
a state identifies this person by"): the UK National Insurance number, the Canadian SIN, India's
Aadhaar and PAN, Mexico's CURP, Italy's codice fiscale, Brazil's CPF, Spain's DNI and NIE,
Ireland's PPSN, the Nordic, Korean, Malaysian and South African birth-date numbers, China's
resident ID, France's NIR, Poland's PESEL, the Dutch BSN, the Emirates ID and others, plus
passport and driving-licence numbers.

Three ways in:

- *After its name* ("SIN 046 454 286", "PPSN: 1234567TA", "mi CURP es ...", "passport no.
  X1234567"): any plausible identifier, checksum or not, since people also type numbers wrong.
- *By shape alone*, only where the shape says "identity number" on its own: a layout nothing
  else has (the NINO's "AB 12 34 56 C", CURP, codice fiscale, PAN, the CPF's "123.456.789-09")
  or a common layout whose check digit holds (Aadhaar's Verhoeff, the DNI's letter,
  the Nordic, Korean, Chinese, Malaysian and South African numbers' date and check). The checks
  come from python-stdnum, the maintained library of these algorithms. A shape-only candidate never
  overrides a record, insurance, card or birth-date span another rule found at the same place.
  The Canadian SIN's "123 456 789" is also a Spanish phone's layout, so it needs its name.
- *Before its name*, when the sentence gives the number as the person's: "'987654321' which is
  my BSN", "123-45-6789 (my SSN)".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from stdnum.cn import ric
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.in_ import aadhaar
from stdnum.kr import rrn
from stdnum.my import nric
from stdnum.se import personnummer
from stdnum.za import idnr

from weighin.safety.scanning import FirstOf, cue_words

from .ids import ID_FILLER, ID_VALUE, plausible_id, value_end
from .kinds import Cand, Kind

__all__ = ["NATIONAL_CUE", "find_national_ids"]


_NINO = (
    r"(?-i:(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])"
    r"[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?(?-i:[A-D])"
)
NATIONAL_CUE = (
    r"(?:\bs[ée]curit[ée]\s+sociale|\bnum[ée]ro\s+de\s+s[ée]cu\b|\bnir\b|\bs[ée]cu\b"
    r"|\bseguridad\s+social|\bseguro\s+social|\bsocial\s+insurance(?:\s+(?:number|no|#))?"
    r"|\bnational\s+insurance(?:\s+(?:number|no|#))?|\bni\s*(?:number|no|#)|\bnino\b"
    r"|(?-i:\bSIN\b)|\bsin\s*(?:number|no|#|:)|\bmy\s+sin\s+(?:is|=)|\bcpf\b|\bdni\b|\bnie\b|\bnif\b|\bbsn\b"
    r"|\bburgerservicenummer\b|\bpesel\b|\bpersonnummer\b|\bpersonal\s+(?:id|identity)\s+number"
    r"|\bsozialversicherungs-?(?:nummer|nr)|\bsteuer-?id\b|\bsteuer(?:identifikations)?-?nummer"
    r"|\bidnr\b|\bpersonalausweis(?:-?nummer)?|\bausweis-?(?:nummer|nr)"
    r"|\bcodice\s+fiscale|\bc\.?f\.(?=\s)|\baadhaa?r(?:\s+card)?(?:\s+(?:number|no|#))?"
    r"|\buidai\b|\bpan(?:\s+card)?\s*(?:number|no|#|:)|\bvoter\s+id"
    r"|\bpps(?:n|\s+(?:number|no))?\b|\bcurp\b|\brfc\b|\bnss\b|\brut\b|\bcuil\b|\bcuit\b"
    r"|\bc[ée]dula(?:\s+de\s+(?:identidad|ciudadan[íi]a))?|\bdpi\b|\bdui\b|\brg\b|\bcnh\b"
    r"|\bnin\b|\bbvn\b|\bsss\s*(?:number|no|#|id)?|\bumid\b|\bphilsys\b|\btin\b|\bitin\b"
    r"|\btax\s+(?:file\s+)?(?:id|number|no)|\btfn\b|\bhetu\b|\bcpr(?:-?nummer)?\b"
    r"|\bf[øo]dselsnummer\b|\brrn\b|\bresident\s+registration\s+number"
    r"|\bmy\s+number\s+card|\bkojin\s+bang[oō]|\bhkid\b|\bnric\b|\bfin\s+number"
    r"|\b(?:national|citizen|civil|identity)\s+(?:id|identity|identification|registration)?"
    r"\s*(?:card\s+)?(?:number|no\b\.?|#)|\bnational\s+id\b"
    # "ID card" alone, but not a health, insurance or member card
    r"|(?<!health\s)(?<!member\s)(?<!insurance\s)(?<!medicare\s)(?<!medicaid\s)\bid\s+card\b"
    r"|\bcarte\s+d['\u2019]identit[ée]|\bdocumento\s+(?:de\s+identidad|nacional)"
    r"|\bcarta\s+d['\u2019]identit[àa]|\bpass(?:port)?\s*(?:number|no\b\.?|#)|\bpassport\b"
    r"|\bdriv(?:er['\u2019]?s?|ing)\s+licen[cs]e(?:\s+(?:number|no\b\.?|#))?"
    r"|\bdl\s*(?:number|no\b\.?|#)"
    # Indonesia, Ghana, Jamaica, Israel, Turkey, Pakistan, Greece, Malaysia, Czechia and
    # Slovakia, Romania, Russia, Switzerland, Austria, Belgium, South Africa, Kenya
    r"|\bnik\b|\bktp\b|\bghana\s+card|(?-i:\bTRN\b)|\bteudat\s+zehut|\bt\.?\s?c\.?\s+kimlik"
    r"|\bkimlik\s+(?:no|numaras[ıi])|\bcnic\b|\bnicop\b|\bamka\b|\b(?:my)?kad\b"  # noqa: RUF001
    r"|(?-i:\bN?IC\b)\s*(?:number|no\b\.?|#)|\brodn[ée]\s+[čc][íi]slo|\bbirth\s+number\b|\bcnp\b|снилс|\bsnils\b"
    r"|\bahv(?:-?nr\b\.?)?|\bavs\b|\bsv-?(?:nummer|nr)\b|\bsozialversicherung\b"
    r"|\brijksregister(?:nummer)?\b|\bnational\s+register\s+number|\bhuduma\b"
    # Australia's Centrelink reference, the UAE's Emirates ID, Kenya's tax PIN, Japan's My Number
    r"|\bcentrelink(?:\s+(?:crn|customer\s+reference\s+number|number|no\b\.?))?"
    r"|(?-i:\bCRN\b)(?=[\s:#]+\d{3}\s?\d{3}\s?\d{3}(?-i:[A-Z])\b)"
    r"|\bemirates\s+id\b|\bkra(?:\s+pin)?\b|(?-i:\bMy\s+Number\b)|\bindividual\s+number\b"
    # Saudi residence permit, Iran's national code, Lithuania's personal code, the former
    # Yugoslavia's JMBG and EMSO, Korea's resident number, Sri Lanka's and Bangladesh's NIDs
    r"|\biqama\b|\b(?:kod(?:eh)?|code)\s+(?:e\s+)?melli\b|\bmelli\s+code\b|\basmens\s+kodas\b"
    r"|\bjmbg\b|\bem[sš]o\b|\bresident\s+(?:registration\s+)?(?:number|no\b\.?|#)"
    r"|\bnid\s*(?:number|no\b\.?|#|card)?(?=[\s:#]+\d)"
    # Portugal's citizen card
    r"|\bcart[ãa]o\s+de\s+cidad[ãa]o\b)"
)
# After its name the NINO may use any letters ("QQ 12 34 56 C", the example on UK forms).
_LOOSE_NINO = r"(?-i:[A-Z]{2})[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?(?-i:[A-D])"
_CUED_VALUE = (
    rf"(?:(?P<nino>{_LOOSE_NINO})(?![\w])|{ID_VALUE}"
    r"|(?P<sin>\d{3}[\s-]\d{3}[\s-]\d{3})(?!\d))"
)
_CUED_RE = FirstOf(
    r"\b(?=[^\W\d_])", cue_words(NATIONAL_CUE), ID_FILLER + _CUED_VALUE, re.IGNORECASE
)
# The number first, then "which is my" and the name: the possessive says whose it is.
_BEFORE_CUE_RE = re.compile(
    r"(?<![\w.\-])(?P<id>(?-i:[A-Z]{0,3})\d[\d .\-]{4,18}\d(?-i:[A-Z])?)(?![\w\-])['\"\u2019]?"
    r"\s*(?:,\s*)?(?:\(\s*|(?:which|that)(?:\s+is|\s+was|['\u2019]s)\s+|is\s+)(?:my|his|her|their|our)\s+"
    r"(?:(?:ssn|social\s+security)\b|" + NATIONAL_CUE + ")",
    re.IGNORECASE,
)
_POSSESSIVE_HINT = re.compile(r"\b(?:my|his|her|their|our)\b", re.IGNORECASE)

# Shapes that say "identity number" without a cue.
_DISTINCT_RE = re.compile(
    r"(?<![\w.\-])(?:"
    + _NINO
    # CURP (MX), codice fiscale (IT), PAN (IN)
    + r"|[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d"
    r"|[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]"
    r"|[A-Z]{3}[PCHABGJLFT][A-Z]\d{4}[A-Z]"
    # CPF (BR) as it is printed
    r"|\d{3}\.\d{3}\.\d{3}-\d{2}"
    # Emirates ID (AE): 784, the year of birth, seven digits and a check digit
    r"|784-(?:19|20)\d{2}-\d{7}-\d"
    r")(?![\w\-])"
)
_CHECKED: tuple[tuple[str, Callable[[str], bool]], ...] = (
    # (not the first twelve digits of a card's sixteen: "4539 6012 3378 2240")
    (r"(?<!\d[\s-])[2-9]\d{3}[\s-]?\d{4}[\s-]?\d{4}(?![\s-]?\d)", aadhaar.is_valid),
    (r"\d{8}-?[A-Z]", dni.is_valid),
    (r"[XYZ]-?\d{7}-?[A-Z]", nie.is_valid),
    (r"\d{6}[-+A]\d{3}[0-9A-Y]", hetu.is_valid),
    (r"(?:\d{2})?\d{6}[-+]\d{4}", personnummer.is_valid),
    (r"\d{6}-\d{4}", cpr.is_valid),
    (r"\d{6}-[1-8]\d{6}", rrn.is_valid),
    (r"\d{17}[\dX]", ric.is_valid),
    (r"\d{6}-\d{2}-\d{4}", nric.is_valid),
    (r"\d{13}", idnr.is_valid),
    (r"[12]\s?\d{2}\s?\d{2}\s?(?:\d{2}|2A|2B)\s?\d{3}\s?\d{3}\s?\d{2}", nir.is_valid),
)
# One scan for every shape; each match is then tried against the shapes it fits.
_CHECKED_RE = re.compile(
    r"(?<![\w.\-])(?:" + "|".join(shape for shape, _ in _CHECKED) + r")(?![\w\-])"
)
_CHECKS = tuple((re.compile(shape), check) for shape, check in _CHECKED)
# Spans of these kinds are more specific than a shape-only identity number at the same place.
_KEEP = frozenset([Kind.MRN, Kind.INSURANCE_ID, Kind.CREDIT_CARD, Kind.DATE_OF_BIRTH])


# Singapore's NRIC or FIN after its name, in any case: "ic s3412876h", "NRIC: S1234567D"
_SG_IC_RE = re.compile(
    r"\b(?:nric|ic|i/c|fin)\b(?:\s*(?:no|number|num)\b)?[\s:#.]*(?P<v>[stfgm]\d{7}[a-z])\b",
    re.IGNORECASE,
)


def find_national_ids(text: str, out: list[Cand]) -> None:
    for m in _SG_IC_RE.finditer(text):
        out.append((m.start("v"), m.end("v"), Kind.SSN))
    for m in _CUED_RE.finditer(text):
        group = "nino" if m.group("nino") else "sin" if m.group("sin") else "id"
        s, e = m.span(group)
        if group == "id":
            e = value_end(text, s, e)
        if group != "id" or plausible_id(text[s:e]):
            out.append((s, e, Kind.SSN))
    if _POSSESSIVE_HINT.search(text):
        for m in _BEFORE_CUE_RE.finditer(text):
            if plausible_id(m.group("id")):
                out.append((*m.span("id"), Kind.SSN))
    taken = [(s, e) for s, e, k in out if k in _KEEP]
    shaped = [m.span() for m in _DISTINCT_RE.finditer(text)]
    for m in _CHECKED_RE.finditer(text):
        value = m.group()
        if any(rx.fullmatch(value) and check(value) for rx, check in _CHECKS):
            shaped.append(m.span())
    for s, e in shaped:
        if not any(s < te and e > ts for ts, te in taken):
            out.append((s, e, Kind.SSN))
