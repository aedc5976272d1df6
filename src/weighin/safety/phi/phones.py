"""Phone numbers: Google's libphonenumber (``phonenumbers``) finds and validates them; toll-free
and premium-rate numbers (hotlines, pharmacies) are not a person's and are left alone.

Four ways in, each for a way people write numbers:

- the matcher for North America (any format, and any "+country" number it can validate);
- an international number, "+351 912 345 678" or "0049 30 1234 5678", taken when its length is
  possible for its country (valid or not: people write made-up and new ranges too);
- the North American shape with one kind of separator or a bracketed area code
  ("555.867.5309", "(212) 555-0147"), valid or not, since nothing else is written so;
- a national number with a trunk 0 ("020 7946 0958", "0151 2345 6789"), valid in one of the
  main regions, and, after a phone word in any of our languages ("call", "tel.", "Handy",
  "móvil", "celular", "portable"), a number with no trunk prefix valid in one of them
  ("612 345 678" in Spain, "(11) 98765-4321" in Brazil, "347 123 4567" in Italy), an
  international number typed without its "+" ("44 7911 123456"), or any number in the North
  American 3-3-4 shape, valid or not ("123-456-7890": a made-up number is still meant as one);
- a number inside a chat or dial link: "wa.me/447911123456", "tel:+14155550132",
  "api.whatsapp.com/send?phone=...".
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberType

from weighin.safety.anchors import Gated

from .kinds import Cand, Kind
from .letterhead import ORG_NAME_LINE
from .numbers import nhs_valid

__all__ = ["NANP_TOLL_FREE", "find_phones"]


_PHONE_HINT = re.compile(r"\d(?:[\s().\-/+]{0,3}\d){6}")
_NATIONAL_RE = re.compile(
    r"(?<![\w+/.\-])(?:\(0\d{1,4}\)|0\d{1,4})(?:(?:[^\S\r\n]|[.\-])?\d{2,4}){2,4}(?![\d/])"
)
_ZIP4 = re.compile(r"\d{5}-\d{4}")
_YEAR_SLASH = re.compile(r"(?:19|20)\d{2}/\d")
_NATIONAL_REGIONS = (
    "GB", "AU", "IE", "NZ", "IN", "ZA", "FR", "DE", "NL", "BE", "AT", "CH", "IT", "NG", "PH",
)  # fmt: skip
# Regions tried for a number that follows a phone word: North America first, then the regions
# our askers write from most (Europe, Latin America, the Commonwealth).
_CUED_REGIONS = (
    "US", "GB", "CA", "AU", "IE", "NZ", "IN", "ZA", "FR", "DE", "ES", "IT", "PT", "NL", "BE",
    "AT", "CH", "PL", "SE", "BR", "MX", "AR", "CO", "CL", "PE", "CN", "JP", "PH", "NG",
    "SG", "MY", "HK",
)  # fmt: skip
_INTL_RE = re.compile(
    r"(?<![\w+])(?:\+|00)(?=[1-9])\d{1,3}(?:[\s.\-]?(?:\(0\)\s?)?\(?\d{1,5}\)?){1,6}"
)
_NANP_RE = re.compile(
    r"(?<![\w+/.\-])(?:1[\s.\-]?)?"
    r"(?:\((?P<area_b>[2-9]\d{2})\)\s?|(?P<area>[2-9]\d{2})(?P<sep>[\s.\-]))"
    # "(555) 014-2398": after a bracketed area code any exchange (fictional ones included)
    r"(?(area_b)\d|[2-9])\d{2}(?(sep)(?P=sep)|[\s.\-])\d{4}(?![\d\-/]|[.,]\d)"
)
_TOLL_FREE_PREFIXES = ("0800", "0808", "0500", "0508", "1800", "1300", "0120", "0570")
# North American toll-free area codes; with the premium ones, no person's number.
NANP_TOLL_FREE = frozenset(["800", "833", "844", "855", "866", "877", "888"])
_NANP_NOT_PERSONAL = NANP_TOLL_FREE | {"900", "976"}
_PHONE_WORDS = (
    r"call|called|calling|text|texted|phone|phoned|cell|cellphone|mobile|tel|telephone|reach"
    r"|contact|ring|rang|whatsapp|fax|ph|m[óo]vil|celular|cel|telefone|tel[ée]fono|telefono"
    r"|t[ée]l[ée]phone|portable|handy|telefon|mobiel|bel|ll[áa]mame|ligue|liga|chiamami|chiama"
    r"|appelle[zr]?|num[ée]ro|n[úu]mero|nummer|tlf|tfno|telf|tlm|numer|landline|mob|fone"
    r"|(?:contact\s+)?number(?=\s*[:=])|hp|h/p|sdt|đt|contato|contacto|kontakt"
    # "my number" (or another's: "gave his number 98112 44087"), also as askers mixing in
    # Hindi/Urdu and Romance languages write it
    r"|(?:my|his|her|their|our|your|mera|meri|mero|meu|mi|mon)\s+"
    r"(?:number|no\.?|#|n[úu]mero|num[ée]ro)"
    r"(?=\s*(?:[:=\-]|is\b)?\s*[\d(+])"
)
_CUED_RE = Gated(
    re.compile(
        rf"\b(?:{_PHONE_WORDS})\b[^\n\d]{{0,25}}?(?<![\w+\-./])"
        # one line's digits: the next line may start with a house number
        r"(?P<num>\(?\d{1,5}\)?(?:(?:[^\S\r\n]|[.\-])\(?\d{1,6}\)?){1,5}|\d{8,12})(?![\d\-/]|[.,]\d)",
        re.IGNORECASE,
    )
)
_TRUNK_OR_NANP = re.compile(r"\(?0|1[\s.\-]?\(?[2-9]\d\d\b")
_DATE_LIKE = re.compile(r"\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}")
_TRAILING_GROUP = re.compile(r"[\s.\-](?P<digits>\d{3,5})(?!\d)")
_GROUP_END = re.compile(r"\d\)?(?=[\s.\-(]|$)")
_LOCAL_CUE_RE = re.compile(
    r"\b(?:call|called|calling|text|texted|phone|phoned|cell|mobile|tel|telephone|number|reach"
    r"|contact|ring|rang|whatsapp|fax|ph)"
    r"\b[^\n\d]{0,25}?(?<![\d-])(?P<num>\d{3}[-.\s]\d{4})(?![\d-]|\s\d)",
    re.IGNORECASE,
)
# A local number (no area code) called a number after it ("is 555-0199 the right number",
# "555-0199 is the right number for the advice nurse"), or in brackets after the place it rings
# ("the dentist's office (555-0143)"). A local exchange never starts with 0 or 1.
_LOCAL_NAMED_RE = re.compile(
    r"(?<![\d\-/.])(?P<num>[2-9]\d{2}-\d{4})(?![\d\-]|\s\d)"
    r"(?=[^\n\d.!?]{0,25}\b(?:number|line|phone|extension)\b)"
    r"|\b(?:office|clinic|surgery|practice|pharmacy|dentist|ward|desk|reception|hospital|line)"
    r"(?:['\u2019]s)?\s*\(\s*(?P<num2>[2-9]\d{2}[-.]\d{4})\s*\)",
    re.IGNORECASE,
)
# A letterhead's own number, not a person's: "Laverty Pathology | Ph (02) ...", "Royal Prince
# Alfred Hospital\nMissenden Road, ...\nPh: ..." (the label after a bar or at a line's head).
_ORG_NUMBER_BEFORE = re.compile(
    ORG_NAME_LINE + r"[ \t]*"
    # then the label after a bar, or at the head of a line below (lines between are the
    # address: they hold a number)
    r"(?:\|[ \t]*|\n(?:[^\n]*\d[^\n]*\n){0,2}[ \t]*)(?:ph|phone|tel|t)\b\.?:?[ \t]*\Z",
    re.IGNORECASE,
)
# An institution's own line named as one: "the hospital switchboard is ...", "Clinic letterhead:
# Northfield Renal Unit, Tel ..." (a clinic's or an office's number given as the writer's own
# contact stays PHI: it leads to them).
_ORG_LINE_BEFORE = re.compile(
    r"\bswitchboard(?:['\u2019]s)?(?: number)?(?: is| was| on|:)?\s*\(?$"
    r"|\bletterhead\b[^\n\d]{0,60}\b(?:tel|ph|phone|t)\b\.?:?\s*$",
    re.IGNORECASE,
)
# ... not when the writer points past it: "ignore the letterhead, the midwife's own phone: ..."
_NOT_ORG_BETWEEN = re.compile(
    r"\b(?:own|mobile|direct|not|ignore|skip|instead|mine|personal|cell)\b", re.IGNORECASE
)
# A number said to be someone's own after a code's label: "order 07700 900463 is my number"
_OWN_AFTER = re.compile(
    r"^[^.\n]{0,20}\b(?:my|mine|mobile|call me|is best|personal|cell)\b", re.IGNORECASE
)
# A code that runs on from its label: "tracking 9405 5036 9930 0418 2271 63", "your order
# 883-2210", "ref 1Z 999 AA1 01 2345 6784" (only tokens holding a digit stand between).
_CODE_RUN_BEFORE = re.compile(
    r"\b(?:tracking|consignment|parcel|shipment|order|invoice|receipt|confirmation|booking\s+ref"
    r"(?:erence)?|lot|batch)\b(?:\s*(?:no\.?|number|#|:|id))?[\s#:\-]*"
    r"(?:(?=[a-z]*\d)[a-z0-9]{1,8}[\s\-]+){0,6}$",
    re.IGNORECASE,
)
_FAX_AFTER_ORG = re.compile(r"^[,;\s]*(?:fax|f)\b\.?:?\s*$", re.IGNORECASE)
# ... unless a person's details stand between: "Patient: ...\nPhone: ...", "call me on ..."
_PERSONAL_BETWEEN = re.compile(
    r"\b(?:me|my|mine|our|his|her|mum|mom|dad|wife|husband|son|daughter|patient|name|birth|dob"
    r"|email|address)\b",
    re.IGNORECASE,
)
_LINK_RE = re.compile(
    r"(?:\bwa\.me/|\bwhatsapp\.com/send/?\?phone=|\btel:|\bsms:|\bviber://chat\?number=)"
    r"(?P<num>\+?\d[\d\-.()]{6,20}\d)",
    re.IGNORECASE,
)
_NANP_SHAPE = re.compile(r"\(?\d{3}\)?[\s.\-/]{0,3}\d{3}[\s.\-]{1,3}\d{4}")
# A product code written like a phone number: "NDC 0169-4132-12", "lot 0123 4567 89".
_CODE_BEFORE = re.compile(
    r"\b(?:ndc|lot|batch|sku|upc|ean|gtin|serial|model|item|catalog(?:ue)?|part)\s*(?:no\.?|#|:)?\s*$",
    re.IGNORECASE,
)
# A National Drug Code's dashed 4-4-2, 5-3-2 or 5-4-1 shape: no country writes a phone so.
_NDC_SHAPE = re.compile(r"\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d")
_NOT_PERSONAL = frozenset(
    {
        PhoneNumberType.TOLL_FREE,
        PhoneNumberType.PREMIUM_RATE,
        PhoneNumberType.SHARED_COST,
        PhoneNumberType.UAN,
    }
)

# A British text: where a ten-digit number with a valid NHS check digit is the NHS number.
_UK_CONTEXT = re.compile(
    r"\b(?:nhs|gp|a&e|a and e|h&c|health and care number|uk|england|scotland|wales"
    r"|northern ireland|belfast|quote)\b|£",
    re.IGNORECASE,
)
_NHS_SHAPE = re.compile(r"\d{10}|\d{3}[ -]\d{3}[ -]\d{4}")
# The same phone words as the cued numbers (``_CUED_RE``), or "on"/"at" right before it.
_PHONE_WORD_BEFORE = re.compile(rf"\b(?:{_PHONE_WORDS})\b|\b(?:on|at)\s*$", re.IGNORECASE)


# An extension after a number: "ext. 4415", "extension 42", "x4415" (not "x2 times a day").
_EXTENSION = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:ext\.?|extn\.?|extension)[ \t]*[:#]?[ \t]*\d{1,6}|x\d{3,6})(?!\d)"
    r"(?![ \t]*(?:times|a[ \t]+day|daily|per|mins?|minutes|hours?|hrs?|days?|weeks?|tablets?)\b)",
    re.IGNORECASE,
)


_FOURS = re.compile(r"\d{4}([ \-])\d{4}\1\d{4}")
_FOUR_BEFORE = re.compile(r"(?<![\d\-])\d{4}[ \-]$")


def find_phones(text: str, out: list[Cand]) -> None:
    if not _PHONE_HINT.search(text):
        return
    found: list[tuple[int, int]] = []
    for m in phonenumbers.PhoneNumberMatcher(text, "US", leniency=Leniency.VALID):
        if _YEAR_SLASH.match(m.raw_string):
            continue  # a file numbered by year ("2024/118374"), not (202) 411-8374
        if phonenumbers.number_type(m.number) not in _NOT_PERSONAL:
            found.append((m.start, m.end))
    for m in _NATIONAL_RE.finditer(text):
        s, e = m.span()
        if any(s < fe and e > fs for fs, fe in found) or _ZIP4.fullmatch(m.group()):
            continue
        if sum(c.isdigit() for c in m.group()) < 9:
            continue
        if _national_personal(m.group()):
            found.append((s, e))
    for m in _LOCAL_CUE_RE.finditer(text):
        found.append(m.span("num"))
    for m in _LOCAL_NAMED_RE.finditer(text):
        found.append(m.span("num") if m.group("num") else m.span("num2"))
    if "+" in text or "00" in text:
        _find_international(text, found)
    for m in _NANP_RE.finditer(text):
        if (m.group("area") or m.group("area_b")) not in _NANP_NOT_PERSONAL:
            found.append(m.span())
    for m in _CUED_RE.finditer(text):
        s, e = m.span("num")
        if not any(s < fe and e > fs for fs, fe in found) and _cued_number(m.group("num")):
            found.append((s, e))
    if ":" in text or "/" in text or "=" in text:
        for m in _LINK_RE.finditer(text):
            found.append(m.span("num"))
    uk = _UK_CONTEXT.search(text) is not None
    org_end = -1  # where the last institution's number ended ("Tel ..., Fax ...")
    for s, e in sorted(found):
        if _CODE_BEFORE.search(text, max(0, s - 16), s) or _NDC_SHAPE.fullmatch(text, s, e):
            continue
        if _FOURS.fullmatch(text, s, e) and _FOUR_BEFORE.search(text, max(0, s - 6), s):
            continue  # the last twelve of sixteen digits in fours: a card's, not a phone
        if (
            _CODE_RUN_BEFORE.search(text, max(0, s - 60), s)
            and not text.startswith(("07", "+"), s)
            and not _OWN_AFTER.match(text, e)
        ):
            continue
        org = _ORG_NUMBER_BEFORE.search(text, max(0, s - 160), s) or _ORG_LINE_BEFORE.search(
            text, max(0, s - 70), s
        )
        if (
            org
            and not _PERSONAL_BETWEEN.search(text, org.start(), s)
            and not _NOT_ORG_BETWEEN.search(text, org.start(), s)
        ) or (org_end >= 0 and _FAX_AFTER_ORG.match(text[org_end:s])):
            org_end = e
            continue
        if uk and _nhs_number(text, s, e):
            out.append((s, e, Kind.MRN))
        else:
            ext = _EXTENSION.match(text, e)  # libphonenumber keeps only some: "0161 ... ext. 4415"
            out.append((s, ext.end() if ext else e, Kind.PHONE))


def _nhs_number(text: str, s: int, e: int) -> bool:
    """Ten digits, bare or 3-3-4, whose NHS check digit holds and with no phone word before: in a
    British text that is the NHS (or H&C) number, not a phone ("please quote 943 476 5919")."""
    value = text[s:e]
    digits = "".join(c for c in value if c.isdigit())
    return (
        _NHS_SHAPE.fullmatch(value) is not None
        and nhs_valid(digits)
        and not _PHONE_WORD_BEFORE.search(text, max(0, s - 30), s)
    )


def _personal_in(raw: str, regions) -> bool:
    """Valid and a person's (not a service) in one of `regions`, and toll-free in none: a
    hotline somewhere is a hotline ("call 18008608747"), and the same digits may be a premium
    line in one country and a mobile in another ("0171 2345678")."""
    personal = mobile = toll_free = False
    for region in regions:
        try:
            num = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            kind = phonenumbers.number_type(num)
            toll_free = toll_free or kind == PhoneNumberType.TOLL_FREE
            mobile = mobile or kind == PhoneNumberType.MOBILE
            personal = personal or kind not in _NOT_PERSONAL
    if toll_free:
        # A mobile somewhere beats a loose toll-free range elsewhere (NZ's "080x" against a
        # Nigerian "0803 123 4567"), but not the toll-free prefixes written everywhere nor a
        # North American toll-free area ("18774862048", a Chinese mobile's shape too).
        digits = "".join(c for c in raw if c.isdigit())
        if digits.startswith(_TOLL_FREE_PREFIXES) or (
            digits[0] == "1" and digits[1:4] in _NANP_NOT_PERSONAL
        ):
            return False
        return mobile
    return personal


def _national_personal(raw: str) -> bool:
    """A number with a trunk 0: a person's in one of the regions, and toll-free in none (the same
    digits are a premium line in one country and a mobile in another: "0171 2345678")."""
    return _personal_in(raw, _NATIONAL_REGIONS)


def _find_international(text: str, found: list[tuple[int, int]]) -> None:
    """ "+country" or "00country" numbers: the longest run of digit groups whose length is
    possible for the country (so a dose or a count written after the number is not taken)."""
    for m in _INTL_RE.finditer(text):
        s = m.start()
        raw = m.group()
        cuts = [g.end() for g in _GROUP_END.finditer(raw)]
        for cut in reversed(cuts):
            candidate = raw[:cut]
            if not 8 <= sum(c.isdigit() for c in candidate) <= 15:
                continue
            plus = "+" + candidate[2:] if candidate.startswith("00") else candidate
            try:
                num = phonenumbers.parse(plus, None)
            except phonenumbers.NumberParseException:
                break
            if not phonenumbers.is_possible_number(num):
                continue
            if not (phonenumbers.is_valid_number(num) and _not_personal(num)):
                found.append((s, s + _extend_groups(raw, cut)))
            break


def _extend_groups(raw: str, cut: int) -> int:
    """Past the possible length, groups of three or more digits still belong to the number as
    written (an old prefix: "+52 1 55 2345 6789"); shorter ones are a dose or a count."""
    digits = sum(c.isdigit() for c in raw[:cut])
    while (g := _TRAILING_GROUP.match(raw, cut)) is not None:
        digits += len(g.group("digits"))
        if digits > 15:
            break
        cut = g.end()
    return cut


def _not_personal(num: phonenumbers.PhoneNumber) -> bool:
    return phonenumbers.number_type(num) in _NOT_PERSONAL


def _cued_number(raw: str) -> bool:
    """A number after a phone word: the North American shape, or valid in one of the main
    regions, or valid as an international number typed without its "+"."""
    if _NANP_SHAPE.fullmatch(raw):
        return "".join(c for c in raw if c.isdigit())[:3] not in _NANP_NOT_PERSONAL
    if _valid_somewhere(raw):
        return True
    digits = "".join(c for c in raw if c.isdigit())
    if not 10 <= len(digits) <= 15 or raw[0] == "0":
        return False
    try:
        num = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num) and not _not_personal(num)


def _valid_somewhere(raw: str) -> bool:
    """A number after a phone word: valid (and a person's) in one of the main regions."""
    digits = sum(c.isdigit() for c in raw)
    if not 8 <= digits <= 13 or _DATE_LIKE.fullmatch(raw):
        return False
    if _TRUNK_OR_NANP.match(raw):
        return False  # a trunk 0 or a leading 1 is a national form the rules above judged
    return _personal_in(raw, _CUED_REGIONS)
