"""Dates of birth: a date next to a birth cue ("DOB", "born on", "turns 40 on", "geboren am",
"né le", "fecha de nacimiento"). A date with no such cue (a symptom date, "since March 3") is not
PHI, and a year alone is not a date of birth.

The cues and the month names are in English, German, French, Spanish, Portuguese, Italian and
Dutch; the date forms are those people type: numeric with any of "/.-" (or spaces, after a cue),
ISO, compact "19850503" after a cue, the month by name before or after the day ("14. März 1985",
"3 de mayo de 1985", "03-May-1985"). Between the cue and the date a few filler words are allowed
("born in Lisbon on", "born at 32 weeks on", "né le", "nacido el").
"""

from __future__ import annotations

import re

from weighin.safety.scanning import FirstOf, cue_words

from .kinds import Cand, Kind

__all__ = [
    "NAMED_FULL_DATE",
    "SPELLED_DATE",
    "find_dobs",
    "find_dobs_after_names",
    "plausible_date",
]


_MONTH = (
    r"(?:jan(?:uary|vier|uari|uar|eiro)?|feb(?:ruary|rero|ruari|ruar|braio)?"
    r"|f[ée]v(?:rier|ereiro)?|mar(?:ch|zo|s|[çc]o)?|m[äa]rz|maart"
    r"|apr(?:ile|il)?|avr(?:il)?|abr(?:il)?"
    r"|mayo|maio|maggio|may|mai|mei|juni[oh]?|june?|juin|giugno|juli[oh]?|july?|juil(?:let)?"
    r"|luglio|aug(?:ustus|ust)?|ao[uû]t|agosto|sep(?:t(?:ember|embre|iembre)?)?"
    r"|set(?:embro|tembre)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|out(?:ubro)?|ott(?:obre)?"
    r"|nov(?:ember|embre|iembre|embro)?"
    r"|dec(?:ember)?|d[ée]c(?:embre)?|dez(?:ember|embro)?|dic(?:iembre|embre)?|gen(?:naio)?"
    r"|ene(?:ro)?"
    # Polish, in the genitive a date takes ("3 maja 1954")
    r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia"
    r"|pa[źz]dziernika|listopada|grudnia"
    # Indonesian and Dutch; Turkish
    r"|maret|agustus|augustus|desember|maart|ocak|[şs]ubat|mart|nisan|may[\u0131i]s|haziran|temmuz"
    r"|a[ğg]ustos|eyl[üu]l|ekim|kas[\u0131i]m|aral[\u0131i]k)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|º|ª)?(?!\d)"
_YEAR = r"(?:(?:19|20)\d{2}|'\d{2})(?!\d)"
_FULL_YEAR = r"(?:19|20)\d{2}(?!\d)"
# A month in Roman numerals between separators, as Polish and Czech forms write it: "14-IV-1947",
# "4.ix.61".
_ROMAN_MONTH = r"(?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)"
# A date with a named month and a full year ("June 9th 1990", "9 June, 1990").
NAMED_FULL_DATE = (
    rf"(?:{_MONTH}\s+{_DAY}\s*,?\s*{_FULL_YEAR}"
    rf"|(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s*{_FULL_YEAR})"
)
# A date in words, as people say a birthday: "the twenty-third of July, two thousand and eight",
# "October fifteenth, nineteen seventy-eight". Only after a birth word (see _CUED_ONLY_DATE).
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ORDINAL_WORD = (
    r"(?:(?:twenty|thirty)[\s\-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|thirtieth"
)
_YEAR_WORDS = (
    rf"(?:nineteen[\s\-](?:hundred(?:\s+and)?\s+)?(?:{_TENS}(?:[\s\-]{_UNITS})?|{_TEENS}"
    rf"|o[h]?[\s\-]{_UNITS})"
    rf"|two\s+thousand(?:\s+and)?(?:[\s\-](?:{_TEENS}|{_UNITS}|twenty(?:[\s\-]{_UNITS})?))?"
    rf"|twenty[\s\-](?:{_TEENS}|twenty(?:[\s\-]{_UNITS})?))"
)
# ... and the day in words with the year in digits: "the fourth of July, 1932"
_ANY_YEAR = rf"(?:{_YEAR_WORDS}|{_FULL_YEAR})"
SPELLED_DATE = (
    rf"(?:(?:the\s+)?(?:{_ORDINAL_WORD})\s+(?:of\s+)?{_MONTH}\s*,?\s*{_ANY_YEAR}"
    rf"|{_MONTH}\s+(?:the\s+)?(?:{_ORDINAL_WORD})\s*,?\s*{_ANY_YEAR})(?![\w\-])"
)
_DATE = (
    r"(?:"
    r"\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?(?:\d{4}|\d{2})(?![\d/.\-]\d)"
    rf"|{_DAY}[\-./]{_ROMAN_MONTH}[\-./](?:{_FULL_YEAR}|\d{{2}}(?!\d))"
    r"|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}(?!\d)"
    rf"|{_DAY}[\-/]{_MONTH}[\-/](?:{_FULL_YEAR}|\d{{2}}(?!\d))"
    rf"|{_MONTH}[\-/]{_DAY}[\-/]{_FULL_YEAR}"
    rf"|{_MONTH}\s+{_DAY}(?:\s*,?\s*{_YEAR})?"
    rf"|(?:the\s+)?{_DAY}\.?\s+(?:of\s+|de\s+)?{_MONTH}(?:\s*,?\s*(?:de\s+)?{_YEAR})?"
    rf"|{_MONTH}\s*,?\s*(?:of\s+|de\s+)?{_YEAR}"
    r"|\d{1,2}[/\-]\d{1,2}(?![\d/\-.])"
    # Chinese, Japanese and Korean: 1948年5月12日, 1979년 11월 3일
    r"|(?:19|20)\d{2}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]?"
    r")"
)
_HOLIDAY = (
    r"(?:(?:christmas|xmas|easter|thanksgiving)(?:\s+(?:day|eve|sunday|monday))?"
    r"|halloween|hallowe['\u2019]?en|hogmanay"
    r"|(?:new\s+year['\u2019]?s|boxing|valentine['\u2019]?s|st\.?\s+(?:patrick|david|andrew)['\u2019]?s"
    r"|independence|bastille|canada|australia|anzac|remembrance|armistice|labou?r|memorial"
    r"|veterans['\u2019]?|guy\s+fawkes|bonfire|burns)\s+(?:day|eve|night))"
)
# Only right after a cue: numeric with spaces ("05 03 1985") and compact ("19850503").
_CUED_ONLY_DATE = (
    rf"(?:{SPELLED_DATE}"
    r"|\d{1,2}\s\d{1,2}\s(?:19|20)\d{2}(?!\d)"
    r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"
    # day, month and year run together, as a date said aloud is written out ("14071992")
    r"|(?<!\d)(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}(?!\d)"
    r"|(?:[12]\d|3[01]|0?[1-9])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}"
    r"(?:19|20)?\d{2}(?!\d)"
    rf"|{_DAY}\s+{_MONTH}\s+\d{{2}}(?![\d:])"
    # a holiday and its year name one day as well as the date does: "born on Christmas Day
    # 1949", "New Year's Eve, 1987", "Easter Sunday of 1975"
    rf"|{_HOLIDAY}\s*,?\s*(?:(?:of|in)\s+)?{_FULL_YEAR})"
)
_DOB_CUE = (
    r"(?:\bd[.\-]?\s?o[.\-]?\s?b\b\.?|\bd\s?/\s?o\s?/\s?b\b|\bdate[\s\-]+of[\s\-]+birth\b"
    r"|\bbirth[\s\-]?dates?\b|\bbirth\s?day\b"
    r"|\bb['\u2019]?-?day\b|\bborn\b|\bgave\s+birth\b|\bdob\b|\bbirth(?=\s*[:=])"
    r"|\bturn(?:s|ed|ing)?\s+\d{1,3}(?:\s+(?:years?\s+old|this\s+year|next\s+\w+))?\s+on\b"
    # an age and then, in brackets, a full date: "34 y/o (03/12/1990)", "aged 71 (1953-02-11)"
    r"|(?:\baged?\s+\d{1,3}|(?<=\d\s)(?:y/?o|yrs?(?:\s+old)?|years?\s+old))(?=\s*\(\s*"
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d{2}|(?:19|20)\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2})\s*\))"
    # German, Dutch, French, Spanish, Portuguese, Italian, Scandinavian, Polish
    r"|\bgeboren\b|\bgeb\.|\bgeburtsdatum\b|\bgeburtstag\b|\bgeboortedatum\b"
    r"|\bn[ée]e?\s+le\b|\bdate\s+de\s+naissance\b|\bfecha\s+de\s+nacimiento\b"
    r"|\bnac(?:[íi]|ido|ida|i[óo])\s+(?:el|en)\b|\bdata\s+de\s+nascimento\b"
    r"|\bf(?:echa|ec)?\.?\s*(?:de\s+)?nac\b\.?"
    r"|\bd(?:ata|t)\.?\s*(?:de\s+)?nasc\b\.?"
    r"|\bnasc(?:i|ido|ida|eu)\s+(?:em|a|no|na)\b|\bdata\s+di\s+nascita\b|\bnat[oa]\s+il\b"
    r"|\bf[øo]dselsdato\b|\bf[öo]delsedatum\b|\bdata\s+urodzenia\b|\burodzon[ya]\b"
    # the abbreviated French field ("DDN : ..."), Scandinavian "born", Hindi and Urdu "birth"
    r"|\bddn\b|\bf[öø]dd\b|\bf[øo]dt\b|\bsyntynyt\b|\bjanam\b|\bjanm(?:a|din)?\b"
    r"|\bdata\s+ur\.|\bur\.(?=\s*\d)"
    # Vietnamese ("sinh ngày", "ngày sinh"), Indonesian and Malay ("lahir", "tanggal lahir")
    r"|\bsinh\s+ng[àa]y\b|\bng[àa]y\s+sinh\b|\blahir\b"
    # Russian ("д.р.": дата рождения), Chinese, Japanese, Korean  # noqa: RUF003
    r"|\bд\.\s?р\.|\bдата\s+рождения|\bродил(?:ся|ась)\b|\bр\.\s?(?=\d)"  # noqa: RUF001
    r"|出生(?:日期)?|生年月日|誕生日|생년월일|생일)"
)
_FILLER = (
    r"(?:[\s:=,(\-\u2013\u2014#|]"
    # a format hint ("(dd/mm/yyyy)") and an age before the date in an "Age/DOB" field
    r"|\(?\b(?:dd|mm|yy|yyyy)(?:\s?[/.\-]\s?(?:dd|mm|yy|yyyy)){2}\b\)?"
    r"|\b\d{1,3}\s?(?:y|yo|yrs?|years?)?\s?[/|;]\s"
    r"|\b(?:is|was|on|of|the|its|it's|as|in|listed|reads|says|being|date|am|op|le|el|il|em|ist"
    r"|est|es|[ée]|er|his|her|my|their|our|nya|niya|ko|po|ni|ng|one|forms?|records?|cards?"
    r"|papers|documents?)\b"
    r"|\bat\s+\d{1,2}\s+weeks\b|\b(?:prematurely|early|late)\b"
    r"|\bin\s+(?-i:[A-Z][\w'\u2019.-]+)(?:\s+(?-i:[A-Z][\w'\u2019.-]+))?"
    # where and to whom: "born at 27 weeks at Cedars-Sinai on ...", "gave birth to our son
    # Nathaniel at the Jessop Wing in Sheffield on ..."
    r"|\bat\s+(?:the\s+)?(?-i:[A-Z][\w'\u2019.-]+)(?:\s+(?-i:[A-Z][\w'\u2019.-]+)){0,2}"
    r"|\bto\s+(?:our|my|his|her|their|a)\s+(?:(?:baby|little|first|second)\s+)?(?:son|daughter"
    r"|baby|boy|girl|twins?)(?:\s+(?-i:[A-Z][\w'\u2019-]+))?)"
)
_DOB_RE = FirstOf(
    r"\b(?=[^\W\d_])",
    cue_words(_DOB_CUE),
    rf"(?:['\u2019]?s)?{_FILLER}{{0,10}}?(?P<date>{_CUED_ONLY_DATE}|{_DATE})",
    re.IGNORECASE,
)
_AGAIN_RE = re.compile(
    r"[^.!?\n\d]{0,6}\b(?:and|or|vs\.?|versus|but)\s+(?:the\s+other(?:\s+one)?|another|the"
    r"\s+second)?\s*(?:(?:one\s+)?(?:says?|is|has|reads?|shows?|had)\s+)?"
    rf"(?P<date>{_DATE})",
    re.IGNORECASE,
)
_DOB_AFTER_RE = re.compile(
    rf"(?<![\d/.\-])(?P<date>{_DATE})\s*[(,\-\u2013\u2014]?\s*"
    r"(?:(?:is\s+|=\s*)?(?:my|his|her|their|our|the\s+patient['\u2019]s)\s+|=\s*)?"
    r"(?:d\.?\s?o\.?\s?b\b\.?|date[\s\-]+of[\s\-]+birth|birth[\s\-]?date|birthday"
    # German and Turkish put the word after the date: "am 14.06.2015 geboren", "1985'te doğdu"
    r"|geboren|do[ğg](?:du|umlu)"
    r"|г\.\s?р\.|года\s+рождения|生まれ|出生|생)",  # noqa: RUF001
    re.IGNORECASE,
)
# A full date followed by the age it gives: "Gloria (12/03/1944, 80 y/o)", "14.03.2016 (8 y)".
_DATE_AGE_RE = re.compile(
    r"(?<![\d/.\-])(?P<date>\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2})"
    r"\s*[,;(]\s*(?:age[ds]?\s*)?\d{1,3}\s?(?:y/?o|yrs?|y|years?(?:\s+old)?|anos|años|ans|jahre?|j)"
    r"(?![\w/])(?!\s*(?:ago|back|before|later|after))",
    re.IGNORECASE,
)
# "b." for "born" only in a listing: "(b. 03/11/2016)", "me, b. 1978-10-21" - lower case, after a
# bracket, comma or semicolon, and with day, month and year (so not "hepatitis B. 03/12").
_B_DOT_RE = re.compile(
    r"(?:^|[(,;]\s?|\b(?-i:[A-Z][a-z'\u2019\-]{1,20})\s)(?-i:b)\.\s?"
    r"(?P<date>\d{1,2}[/.\-]\d{1,2}[/.\-](?:(?:19|20)\d{2}|\d{2})(?![\d/.\-])"
    r"|(?:19|20)\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2}(?!\d)"
    rf"|{_DAY}\s+{_MONTH}\s*,?\s*{_FULL_YEAR}|{_MONTH}\s+{_DAY}\s*,?\s*{_FULL_YEAR})",
    re.IGNORECASE | re.MULTILINE,
)
_NUMERIC_DATE = re.compile(r"(\d{1,4})\s?[/.\-\s]\s?(\d{1,2})(?:\s?[/.\-\s]\s?(\d{1,4}))?")


def _same_day(a: str, b: str) -> bool:
    """The same numbers, whatever their order ("1983-12-02" and "02/12/1983"): one date written
    twice, not a birth date and then a surgery date."""

    def parts(s: str) -> list[int]:
        return sorted(int(x) for x in re.findall(r"\d+", s))

    return bool(parts(a)) and parts(a) == parts(b)


def plausible_date(s: str) -> bool:
    m = _NUMERIC_DATE.fullmatch(s.strip())
    if not m:
        return True  # month-name and compact forms are valid by construction
    a, b, c = m.group(1), m.group(2), m.group(3)
    if len(a) == 4:  # y-m-d
        return 1 <= int(b) <= 12 and c is not None and 1 <= int(c) <= 31
    x, y = int(a), int(b)
    return (1 <= x <= 12 and 1 <= y <= 31) or (1 <= y <= 12 and 1 <= x <= 31)


# The cue-first rule needs no pre-filter (it starts at a word, fast to skip); the date-first
# rule tries a date at every position, so it runs only when a cue that can follow a date is in
# the text.
_AFTER_CUE_HINT = re.compile(
    r"d\.?\s?o\.?\s?b|birth|geboren|do[ğg](?:du|umlu)|г\.\s?р|рождения|生|생",  # noqa: RUF001
    re.IGNORECASE,
)


# A date of birth in words has no digit: texts without one are read for it only near these.
_WORDS_HINT = re.compile(r"born|birth|d\.?\s?o\.?\s?b", re.IGNORECASE)


def find_dobs_in_words(text: str, out: list[Cand]) -> None:
    """Dates of birth in a text without digits: only a date in words after a birth word."""
    if _WORDS_HINT.search(text):
        find_dobs(text, out)


def find_dobs(text: str, out: list[Cand]) -> None:
    rules = [_DOB_RE, _B_DOT_RE, _DATE_AGE_RE]
    if _AFTER_CUE_HINT.search(text):
        rules.append(_DOB_AFTER_RE)
    for rx in rules:
        for m in rx.finditer(text):
            s, e = m.span("date")
            date = text[s:e]
            if plausible_date(date):
                out.append((s, e, Kind.DATE_OF_BIRTH))
                # the same birth date written again another way: "one says 1983-12-02 and the
                # other 02/12/1983", "12/02/1983 or 2/12/83"
                again = _AGAIN_RE.match(text, e)
                if again and plausible_date(again.group("date")) and _same_day(date, again["date"]):
                    out.append((*again.span("date"), Kind.DATE_OF_BIRTH))


# A full date right after a person's name, as a record, a label or a family list writes a date
# of birth: "PATEL, Rajesh K  M  05/11/1963", "Rossi Marco, 18/05/1969", "my mother Ruth
# 11/19/1955 (breast ca at 48)". Only spaces, a comma and a sex letter may stand between. Not
# after a clinician's title: "Dr Lee 03/04/2024" is the date of a visit.
_AFTER_NAME_RE = re.compile(
    # a middle initial the name rule left out ("OYELARAN, TEMITOPE A    11/29/1989"), and the
    # date on the next line of a label
    r"(?:[ \t]+[A-Z]\.?(?=[ \t\n]))?(?:[ \t]*,[ \t]*|[ \t]+|[ \t]*\n[ \t]*)"
    r"(?:(?:M|F|male|female)[ \t]*,?[ \t]*)?\(?"
    r"(?P<date>\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d{2}|(?:19|20)\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2}"
    # a two-digit year only as an item of a list ("Me - Tomas Aguilar, 3/2/85, SSN ...")
    r"|\d{1,2}/\d{1,2}/\d{2}(?=[,;]\s|\s*$|\s*\n))"
    r"(?![\d/.\-]|\s*:|\s*(?:at|@)\s*\d)",
    re.MULTILINE,
)
_CLINICIAN_BEFORE = re.compile(
    r"\b(?:dr|dra|doctor|prof|professor|nurse|midwife|consultant|gp)\.?\s*(?:[A-Z]\.?\s*)?$",
    re.IGNORECASE,
)


def find_dobs_after_names(text: str, out: list[Cand]) -> None:
    """Dates of birth written after a name: run after the name rules have added theirs."""
    for s, e, k in list(out):
        if k != Kind.PERSON_NAME:
            continue
        m = _AFTER_NAME_RE.match(text, e)
        if m is None or _CLINICIAN_BEFORE.search(text, max(0, s - 16), s):
            continue
        if plausible_date(m.group("date")):
            out.append((*m.span("date"), Kind.DATE_OF_BIRTH))
