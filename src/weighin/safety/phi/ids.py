"""Record numbers and insurance IDs: a cue ("MRN", "UR number",
"member ID", "Aetna ID", "Versichertennummer", "carte vitale", "numéro de sécurité sociale")
followed by a plausible identifier. No pattern tells these apart from other numbers without the
cue, so the cues are many and in the languages our askers write: English (US, UK, Australia,
India), German, French, Spanish, Portuguese, Italian and Dutch.

Between cue and value a few filler words are allowed ("is", "on my card", "at Kaiser", "for
Cigna", "at the Alfred"); the value has a digit and is one token with dashes ("MH-2023-11873",
"1EG4-TE5-MK73"), a short capital prefix and digit groups ("ZGP 8842 1190"), or digit groups
("943 476 5919", "2 85 05 78 006 084 36").
"""

from __future__ import annotations

import re

from weighin.safety.anchors import Gated
from weighin.safety.scanning import FirstOf, cue_words

from .kinds import Cand, Kind

__all__ = [
    "ID_FILLER",
    "ID_VALUE",
    "INS_CUE",
    "MRN_CUE",
    "find_ids",
    "insurance_before",
    "plausible_id",
    "value_end",
]


_ID_NUM = "(?:number|num|no|nr|#|id|identifier|n[°º])"
MRN_CUE = (
    r"(?:\bmrn\b|\bm\.r\.n\b\.?|\bmedical\s+records?(?:\s+" + _ID_NUM + r")?"
    r"|\bmed(?:ical|\.)?\s*rec(?:ord|\.)?\s*" + _ID_NUM + r"|\bpatient\s*(?:" + _ID_NUM + r")"
    # the Australian UR on its own (a wristband, a letter's corner), Germany's "Fall-Nr.", and
    # the Arabic file, patient and record numbers
    r"|(?-i:\bUR\b)(?=[\s:#.]*\d)|\bfall-?(?:nr|nummer)\b\.?"
    r"|رقم\s+(?:الملف|المريض|السجل)(?:\s+الطبي)?|الرقم\s+الطبي"
    r"|\bhosp(?:ital|\.)?\s*(?:reg(?:istration)?\.?\s+)?"
    + _ID_NUM
    + r"|\bchart\s+"
    + _ID_NUM
    + r"|\brecord\s+"
    + _ID_NUM
    + r"|\bnhs\s+(?:numbers?|no)|\bchi\s+number"
    # Northern Ireland's Health and Care number
    r"|\bh\s?&\s?c\s+(?:number|no\b\.?)|\bhealth\s+and\s+care\s+(?:number|no\b\.?)"
    # India's national health account (ABHA, once "Health ID"), Australia's IHI in full
    r"|(?-i:\bABHA\b)(?=[\s:#(-]*(?:is\s+)?\d{2}[\s-]?\d{4}[\s-]?\d{4}[\s-]?\d{4}\b)"
    r"|\babha\s+(?:health\s+)?(?:card\s+)?(?:number|no\b\.?|id|#|card)"
    r"|\bindividual\s+health(?:care)?\s+identifier"
    # the NHS number by its initials and its 3-3-4 shape; a patient's code; a pharmacy's
    # prescription number and profile ("Rx# 7734190-11", "Rx profile # 0092771")
    r"|(?-i:\bNHS\b)(?=[\s:#]+\d{3}[ -]?\d{3}[ -]?\d{4}\b)|\bpatient\s+code\b"
    r"|\brx\s*(?:#|no\b\.?|number)|\brx\s+profile(?:\s*#)?|\bprescription\s+(?:#|no\b\.?|number)"
    r"|(?-i:\bCSN\b|\bFIN\b|\bCHI\b|\bIHI\b|\bNHI\b)"
    # Hong Kong's Hospital Authority number ("HN 12093847(3)"), South Africa's hospital folder
    r"|(?-i:\bHN\b)(?=[\s:#.]*\d{6,})|\bfolder\s+(?:number|no\b\.?|#)"
    r"|\bcase\s+(?:number|no|id|#)|\baccession\s+(?:number|no)"
    r"|\benc(?:ounter|ntr|\.)?\s*"
    + _ID_NUM
    + r"|\bvisit\s+(?:number|id)|\baccount\s+(?:number|no|#)"
    # "MR# 4471", "pt ID", the Australian UR number, the Indian UHID and CR/IP number
    r"|\bmr\s?(?:#|no\b\.?|number)|\bpt\.?\s?(?:id|#|no\b\.?|number)"
    r"|\bu\.?r\.?\s?(?:number|no\b\.?|#)|(?-i:\bURN\b)|\bunit\s+(?:number|no\b\.?)|\buhid\b"
    r"|\b(?:cr|(?<!esic )(?<!esi )ip|reg(?:istration)?|admission|file|acct|ehr|emr)\.?"
    r"(?:\s*#|\s+(?:number|no\b\.?))"
    r"|\b(?:medical|hospital|clinic|file)\s+id\b"
    # a lab's or a visit's own number, and a field label before a colon ("Encounter: ...")
    r"|\b(?:specimen|sample|lab|accession)\s+(?:id|number|no\b\.?|#)"
    r"|\b(?:encounter|accession|specimen|visit|account)\s*(?=:)"
    # the card a clinic or hospital gives its patients
    r"|\b(?:clinic|hospital|patient)\s+card\b"
    # a reference given by the clinic: the value must mix letters and digits or be long
    r"|\bref(?:erence)?\.?(?:\s*(?:number|no\b\.?|#))?(?=[\s:#]+(?=[A-Z0-9-]*\d)"
    r"(?:[A-Z]+-?\d|\d{6}))"
    # German, French, Spanish, Portuguese, Italian, Dutch
    r"|\bpatienten-?(?:nummer|nr|id)\b|\bfallnummer\b|\baufnahmenummer\b"
    r"|\bnum[ée]ro\s+(?:de\s+)?(?:dossier|patient)|\bn[°º]\s*(?:de\s+)?dossier"
    r"|\bhistoria\s+cl[íi]nica|\b(?:n[úu]mero\s+de\s+)?expediente\b|\bnhc\b|\bn[úu]mero\s+de\s+(?:paciente|registro)"
    r"|\bprontu[áa]rio\b|\bcartella\s+clinica|\bnumero\s+di\s+cartella|\bpati[ëe]ntnummer\b"
    # Portugal's SNS user number, the Polish record card
    r"|\bn[úu]mero\s+de\s+utente|\butente(?:\s+(?:do\s+)?sns)?|(?-i:\bSNS\b)"
    r"|\b(?:nr|numer)\.?\s+karty\b(?!\s+(?:kredyt|p[łl]at|debet))"
    # Japanese, Chinese and Korean: the clinic card, patient, chart and admission numbers
    r"|診察券(?:番号)?|患者(?:番号|ID)|カルテ(?:番号|No)|病(?:歴|历|案)号?|住院号|就诊卡号|门诊号"
    r"|병록번호|환자번호|등록번호"
    # Turkish file, protocol and patient numbers; Indonesian "rekam medis" (No. RM)
    r"|\b(?:dosya|protokol|hasta)\s+numara[^\W\d_]*\b|\brekam\s+medis\b"
    r"|\bno\.?\s?rm\b)"
)
_INSURERS = (
    r"aetna|cigna|humana|bcbs|blue\s+cross(?:\s+blue\s+shield)?|blue\s+shield|anthem|uhc"
    r"|united\s*health(?:care)?|kaiser|tricare|molina|ambetter|oscar|centene|wellcare|bupa|axa"
    r"|medicare|medicaid|medi-cal|chip|highmark|premera|regence|emblem(?:\s?health)?|fidelis"
    r"|caresource|amerigroup|wellpoint|optum|harvard\s+pilgrim|tufts|health\s?net|coventry"
    r"|geisinger|allianz|aok|barmer|dak|techniker|medibank|hcf|nib|sanitas|mapfre|adeslas"
    r"|unimed|amil|sulam[ée]rica|bradesco|allstate|aflac|metlife|guardian"
    r"|philhealth|maxicare|intellicare|medicard|ahcccs|fonasa|isapre|pami|ioma|bpjs|nhis|nhif"
    r"|daman|thiqa|bonitas|pmjay|ayushman\s+bharat|ayushman\s+card(?=\s+(?:no|number|#))"
)
INS_CUE = (
    r"(?:\bm(?:em)?br\b\.?(?:\s*(?:id|#|no\b\.?|number))?|\bgrp\b\.?(?:\s*(?:number|no\b\.?|#|id))?"
    # the role word alone before a colon or "#" ("Member: 123456789", "Subscriber# ...")
    r"|\b(?:member|subscriber|enrollee|beneficiary|insured)\s*(?=[:#])"
    r"|\b(?:enrollee|insured)\s*"
    + _ID_NUM
    + r"|\bpol(?:icy|\.)?\s*(?:#|no\b\.?|number|id)|\bins\.?\s*(?:id|#|no\b\.?|number)"
    r"|\bsub(?:scr|s|\.)?\s*(?:id|#)|\bramq\b"
    # Hungary's TAJ card, Alberta's health care insurance plan number
    r"|(?-i:\bTAJ\b)(?:\s+sz[áa]m)?|\bahcip\b(?:\s+(?:number|no\b\.?|#))?"
    # India's Employees' State Insurance: the insured person's ("IP") number
    r"|\besic?\s+(?:ip|insurance|insured\s+person)\s*(?:number|no\b\.?|#)?"
    # a Canadian province's health card: the number of its public insurance plan (OHIP, MSP)
    r"|\bhealth\s+card\b|(?-i:\bPHN\b|\bHCN\b)|\bohip(?:\s+card)?(?:\s+(?:number|no))?"
    # ... printed on forms as "Health Number:" (Ontario's requisitions)
    r"|\bhealth\s+number(?=\s*:)"
    # the role word before an identifier of a letter and digits, or of many digits
    r"|\b(?:member(?:ship)?|subscriber)(?=\s+(?-i:[A-Z]{0,3})\d{6,14}\b)"
    r"|(?:(?<=\d\s)|(?<=\d,\s)|(?<=\d;\s))group\b(?=[\s:#]+\d{4,})"
    # an insurer and then its number: digits, an identifier mixing capitals and digits
    # ("Medicare 1EG4-TE5-MK73"), or the card ("my HMO is Maxicare, card 1100-...")
    rf"|\b(?:hmo|insurer|insurance|{_INSURERS})(?:(?!\s+(?-i:MRN|MR|URN|CSN|FIN|NHS)\b)"
    r"(?=\s+(?-i:[A-Z]{0,3})\s?\d{4}|\s+\d{2}-\d{6,})"
    r"|(?=\s+(?-i:(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{7,}\b))"
    r"|\b[^.\n\d]{0,30}?\bcard\b)"
    # a public scheme's short name as the cue ("SIP es ...", Russia's "polis OMS")
    r"|(?-i:\b(?:SIP|OMS|BPJS|NHIS|NHIF|PAMI|IOMA|AHCCCS|PMJAY|PM-JAY|CGHS|ECHS|ESIC)\b)"
    r"(?:\s+card)?|\bполис(?:\s+омс)?"  # noqa: RUF001
    r"|\bmedical\s+card(?:\s+(?:number|no\b\.?|#))?|\bafiliad[oa]\b"
    # New York Medicaid's client number; Taiwan's National Health Insurance card
    r"|\bmedicaid\s+cin\b|(?-i:\bCIN\b)(?=\s*(?:is\s+|[:#]\s*)?(?-i:[A-Z]{2}\d{5}[A-Z])\b)"
    r"|\bnhi\s+card(?:\s+(?:number|no\b\.?|#))?"
    # South Africa's "medical aid" is its health insurance
    r"|\bmed(?:ical|\.)?\s+aid(?:\s+(?:number|no\b\.?|#|membership))?"
    r"|\bpolis-?(?:nummer|nr)\b|\bvers\.?-?\s?nr\b\.?"
    rf"|\b(?:{_INSURERS})\s+(?:member|subscriber|policy|plan)\b"
    # an insurer's or a health fund's membership: "Mum's HCF membership is 40938217"
    rf"|\b(?:{_INSURERS}|health\s+fund|fund)\s+membership\b"
    r"|\bmember(?:ship)?\s*"
    + _ID_NUM
    + r"|\bsubscriber\s*"
    + _ID_NUM
    + r"|\bpolicy(?:\s*"
    + _ID_NUM
    + r")?|\bgroup\s*(?:number|num|no|#|id)"
    r"|\binsurance\s+(?:card\s+|policy\s+|plan\s+)?"
    + _ID_NUM
    + r"|\binsurance\b[^.\n\d]{0,40}?\b(?:id|number|no|#)"
    r"|\b(?:insurance|medicare|medicaid)\s+card\b"
    r"|\bmedicare\s+(?:card\s+)?" + _ID_NUM + r"|\bmedicare\s+beneficiary\s+identifier|\bmbi\b"
    # TRICARE's member number: the sponsor's DoD benefits number
    r"|\bdod\s+benefits?\s+(?:number|no\b\.?|#)|(?-i:\bDBN\b)"
    r"|\bmedicaid\s+(?:card\s+)?" + _ID_NUM + r"|\b(?:health\s+)?plan\s+(?:id|number|no)"
    r"|\bid\s+card\s+(?:number|no|#)|\brx\s*(?:grp|group)|\bbeneficiary\s+"
    + _ID_NUM
    + r"|\bhicn\b|\behic\b|\bghic\b|\bcard\s+(?:number|no)"
    r"\s+on\s+(?:my|the)\s+insurance"
    r"|\bclaim\s+(?:number|no\b\.?|#|id)"
    r"|\b(?:prior\s+)?auth(?:ori[sz]ation)?\s+(?:number|no\b\.?|#)"
    rf"|\b(?:{_INSURERS})\s+(?:card\s+|health\s+)?(?:member\s+|subscriber\s+|insurance\s+)?"
    r"(?:id|number|no|#)"
    # German, French, Spanish, Portuguese, Italian
    r"|\b(?:kranken)?versicherten-?(?:nummer|nr)|\b(?:kranken)?versicherungs-?(?:nummer|nr)"
    r"|\bkrankenkassen[-\s]?(?:nummer|nr)|\bkvnr\b|\bcarte\s+vitale|\bnum[ée]ro\s+d['\u2019]assur[ée]"
    r"|\bnum[ée]ro\s+de\s+mutuelle|\bn[úu]mero\s+de\s+afiliad[oa]|\bn[úu]mero\s+de\s+afiliaci[óo]n"
    r"|\bhokensh[oō]\b|保険証|\btarjeta\s+sanitaria|\bcart[ãa]o\s+(?:do\s+)?sus\b|\bcart[ãa]o\s+nacional\s+de\s+sa[úu]de"
    r"|\bcarteirinha\b|\btessera\s+sanitaria|\bp[óo]liza\b"
    # an insurer or plan as a field's label: "Medicare: 5123 45678 2", "PhilHealth (01-...)",
    # "HMO number HYG/...", British Columbia's "MSP number"
    rf"|\b(?:{_INSURERS}|hmo)\s*(?=[:(#]\s*(?-i:[A-Z]{{0,4}})\d)"
    r"|\b(?:hmo|msp)\s+(?:number|no\b\.?|#|id)|\bcare\s?card\s+(?:number|no\b\.?|#))"
)
ID_FILLER = (
    r"(?:[\s:=#,(\-\u2013\u2014.?]|n[°º]|\b(?:is|was|are|of|number|as(?!\s+(?:of|well|if|per)\b)|no|reads|says|id|ist|est|es|[ée]"
    r"|it['\u2019]?s|it\s+is|del|de\s+la|de|do|da|di|du|n[úu]mero|nummer|nr|saya|aku|kami"
    r"|on\s+(?:my|the|his|her|their|our|your)\s+\w+"
    r"|(?:of|do|da|del|de)\s+(?:the\s+|la\s+)?(?:plano|plan|seguro|conv[êe]nio|obra\s+social)"
    r"(?:\s+(?-i:[A-Z][\w.-]*))?)\b"
    r"|\b(?:at|with|for|from|in)\s+(?:the|my|this|that)\s+[^\W\d]+\b"
    r"|\b(?:at|with|for|from|in|del|de|da|do|di|du)\s+(?:the\s+)?(?-i:[A-Z][\w'\u2019.-]*)"
    r"(?:\s+(?-i:[A-Z][\w'\u2019.-]*)){0,2})"
    r"{0,10}?"
)
ID_VALUE = (
    r"(?P<id>\d{3}(?:[^\S\n]|-)\d{3}(?:[^\S\n]|-)\d{4}(?!\d)"
    r"|\d{1,4}(?:[^\S\n]\d{2,4}){3,6}(?![\d\w])"
    r"|(?-i:[A-Z]{1,4})[^\S\n]\d{3,12}(?:[^\S\n]\d{2,6}(?!\d)){0,3}"
    r"|(?-i:[A-Z]{1,3}\d{1,3})[^\S\n]\d{4,12}(?!\d)"
    r"|(?=[A-Za-z0-9/.-]*\d)[A-Za-z]{0,5}(?:(?<=[A-Za-z])\d(?=\.))?[-/.]?[A-Za-z0-9](?:[A-Za-z0-9]|[-/](?=[A-Za-z0-9])){3,24}"
    r"(?:[^\S\n]\d{2,8}(?!\d)){0,3}"
    # the first of several digit groups, for value_end to run on ("123 456 789")
    r"|\d{1,6}(?=(?:[.\-/][^\S\n]?|[^\S\n])\d))"
)
# Digit groups as other countries print them ("17.345.678-9", "756.1234.5678.97",
# "1 1037 02071 81 1", "0 032 123456789012 4", "204 567 891X"): taken after a cue when longer
# than ID_VALUE's match. A second and last group of one or two digits before a word is a count
# ("MRN 12345678 2 days"); a number printed in many groups keeps its short last group
# ("1 1037 02071 81 1").
_GROUPED_RE = re.compile(
    r"\d{1,6}(?:(?:[.\-/][^\S\n]?|[^\S\n])\d{1,15}){1,5}(?:-[\dkK]|[A-Z])?(?![\w\-/]|\.\w)"
)
_COUNT_TAIL = re.compile(r"^\d+\s(\d{1,2})$")
_WORD_NEXT = re.compile(r"\s+[^\W\d_]")
# Every cue starts a word with a letter: saying so up front lets the engine skip the other
# positions fast (three times faster on our sets).
_WORD_START = r"\b(?=[^\W\d_])"
# Hundreds of cue names: each its own pattern, run only when the text holds its words.
_MRN_RE = FirstOf(_WORD_START, cue_words(MRN_CUE), ID_FILLER + ID_VALUE, re.IGNORECASE)
_INS_RE = FirstOf(_WORD_START, cue_words(INS_CUE), ID_FILLER + ID_VALUE, re.IGNORECASE)
_YEARISH = re.compile(r"(?:19|20)\d{2}")


# "ID" alone ("my ID is ...", "(ID 9Z44818263)", ", ID no 8605...") names no scheme: it is the
# insurance named just before when that insurance has no number of its own, else the person's
# identity number.
_BARE_ID_RE = re.compile(
    r"(?:\b(?:my|his|her|their|our|your)\s+|(?:^|(?<=[(,;\n]))[^\S\n]*)(?-i:ID)"
    r"(?:\s*(?:number|no\b\.?|#))?(?![\w-])"
    + ID_FILLER
    + ID_VALUE
    # ... and labelled as a number after "and", "with": "with ID No. 28740613"
    + r"|\b(?:and|with|plus|also)\s+(?-i:ID)\s*(?:number|no\b\.?|#)(?![\w-])"
    + ID_FILLER
    + ID_VALUE.replace("(?P<id>", "(?P<id2>"),
    re.IGNORECASE,
)
_INSURANCE_BEFORE = Gated(
    re.compile(
        rf"\b(?:{_INSURERS}|insurance|insurer|hmo|health\s+plan|medical\s+aid|subscriber|member"
        # no number of its own between: short digit groups (a date) may stand there
        r"|policy\s*holder|insured)\b(?P<gap>(?:[^\d]|\d{1,4}(?!\d))*)$",
        re.IGNORECASE,
    )
)


_CHECK_DIGIT = re.compile(r"\([0-9A-Z]\)(?![\w)])")


def insurance_before(text: str, start: int) -> bool:
    """An insurance with no number of its own named before ``start``: a bare "ID" is its."""
    return _INSURANCE_BEFORE.search(text, max(0, start - 120), start) is not None


# a street, a city, then "ID" and a ZIP code: "2209 Maple Grove Ln, Boise, ID 83704"
_IDAHO = re.compile(
    r".*\d+ [^,\n]{2,40}\b(?:St|Ave|Rd|Ln|Dr|Way|Blvd|Ct|Pl|Cir|Street|Road|Lane|Drive|Avenue"
    r"|Court|Place|Circle)\b\.?(?:,?\s*(?:Apt|Ste|Suite|Unit|#)\.?\s*#?\w{1,6})?"
    r",\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*ID\s+\d{5}(?:-\d{4})?",
    re.DOTALL,
)


def value_end(text: str, start: int, end: int) -> int:
    """The end of a cued value starting at ``start``: ``end``, or further when the digits run on
    in groups (7 to 20 digits in all)."""
    m = _GROUPED_RE.match(text, start)
    if m is None:
        return end
    value = m.group()
    if _WORD_NEXT.match(text, m.end()) and (tail := _COUNT_TAIL.search(value)):
        value = value[: tail.start(1) - 1]
    if len(value) <= end - start or not 7 <= sum(c.isdigit() for c in value) <= 20:
        return end
    return start + len(value)


def plausible_id(value: str) -> bool:
    digits = sum(c.isdigit() for c in value)
    if digits < 3 or len(value.replace(" ", "").replace("-", "")) < 5:
        return False
    if value.isdigit() and (len(value) < 5 or _YEARISH.fullmatch(value)):
        return False
    return not re.fullmatch(r"\d+(?:mg|ml|mcg|g|kg|lbs?|units?|iu|%)", value, re.IGNORECASE)


# The Medicare Beneficiary Identifier has a shape of its own (CMS: a digit 1-9, then letters
# without S L O I B Z, and digits, in fixed places, 11 characters, often 4-3-4): "billed Medicare
# under 1EG4-TE5-MK72" is the card's number wherever it stands after "Medicare".
_MBI_L = "[AC-HJKMNP-RT-Y]"
_MBI_RE = re.compile(
    rf"(?<![\w-])[1-9]{_MBI_L}[{_MBI_L[1:-1]}\d]\d-?{_MBI_L}[{_MBI_L[1:-1]}\d]\d-?"
    rf"{_MBI_L}{{2}}\d{{2}}(?![\w-])"
)
_MEDICARE_BEFORE = re.compile(r"\bmedicare\b[^\n]{0,80}$", re.IGNORECASE)
# a device's own number: "part 9MT1-KX3-PP20", "model number ..."
_PART_LABEL_BEFORE = re.compile(
    r"\b(?:part|model|serial|lot|ref|sku|item|catalog(?:ue)?)\b[^\n]{0,15}$", re.IGNORECASE
)


# An ABHA address: the health account's handle on India's health exchange, "asha.k1988@abdm"
_ABHA_ADDRESS = re.compile(r"(?<![\w.@+-])[A-Za-z0-9][\w.]{2,40}@(?:abdm|sbx|ndhm)\b(?![.\w@])")


def find_ids(text: str, out: list[Cand]) -> None:
    if "@" in text:
        for m in _ABHA_ADDRESS.finditer(text):
            out.append((m.start(), m.end(), Kind.MRN))
    if "edicare" in text or "EDICARE" in text:
        for m in _MBI_RE.finditer(text):
            if _MEDICARE_BEFORE.search(
                text, max(0, m.start() - 90), m.start()
            ) and not _PART_LABEL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                out.append((m.start(), m.end(), Kind.INSURANCE_ID))
    for rx, kind in (
        (_MRN_RE, Kind.MRN),
        (_INS_RE, Kind.INSURANCE_ID),
    ):
        for m in rx.finditer(text):
            s, e = m.span("id")
            e = value_end(text, s, e)
            if (check := _CHECK_DIGIT.match(text, e)) is not None:
                e = check.end()  # a check digit printed in brackets: "12093847(3)"
            if plausible_id(text[s:e]):
                out.append((s, e, kind))
    if "ID" in text:
        for m in _BARE_ID_RE.finditer(text):
            s, e = m.span("id" if m.group("id") else "id2")
            e = value_end(text, s, e)
            if _IDAHO.fullmatch(text, max(0, s - 90), e):
                continue  # "Boise, ID 83704": the state and its ZIP code
            if plausible_id(text[s:e]):
                ins = _INSURANCE_BEFORE.search(text, max(0, m.start() - 120), m.start())
                out.append((s, e, Kind.INSURANCE_ID if ins else Kind.SSN))
