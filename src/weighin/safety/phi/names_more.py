"""Name forms beyond the English cues of ``names``: where a name stands in a layout rather than
after a phrase, and the cues of other languages.

  other languages   "mijn naam is X", "me llamo X", "saya X"; "Meine Mutter, X", "мой отец X",
                    "Mama mea, X", "Fastlegen min, X"
  form fields       a line that starts "Patient:", "Pt:", "Attending:", "Prescriber:", "From:",
                    "Nom :" ("PATIENT: TANAKA, HIROSHI", "pt: r. delacroix")
  e-mail header     "Rob Castellano <rob@...>"
  degree            "K. Sorensen MD", "ABERNATHY, LINDA MD"
  record            "SURNAME, GIVEN" in capitals ("PHAM, DAVID"), a name next to an identifier
                    ("CPR 120589-1234, Mads Kristensen"), a name line above a line of details
  aliases           "Zhang Wei (张伟)"; "Jasmine K." (a given name and a surname's initial)
  name line         a line that is only a name, above a line starting with an address or ID
  CJK field         "患者氏名 佐藤 花子"
  repeats           a given name found once by a cue, where it stands again
Public figures and namesake institutions ("Michael J. Fox", "Henry Ford") are dropped last.
"""

from __future__ import annotations

import re

from . import data
from .kinds import Cand, Kind
from .name_take import KIN, KNOWN, STRONG, take
from .name_words import (
    PLACE_PREPS,
    PLACES,
    ROLE_NOUNS,
    Tokens,
    english_words,
    folded,
    given,
    lower_given,
    medical_context,
    nonname,
    titlecase,
)
from .names_chat import find_chat_speakers, find_handles

__all__ = ["find_more_names"]


def _alt(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_INTL_STRONG_RE = re.compile(
    r"\b(?:mijn\s+naam\s+is|je\s+m['\u2019]appelle|me\s+llamo|mi\s+nombre\s+es"
    r"|meu\s+nome\s+[ée]|mi\s+chiamo|ich\s+hei(?:ß|ss)e|nazywam\s+si[ęe]|меня\s+зовут"
    r"|benim\s+ad[ıi]m|nama\s+saya|jina\s+langu\s+ni|(?:em|tôi|toi)\s+tên(?:\s+là)?)"  # noqa: RUF001
    r"(?:\s*[:,\-]?\s*)",
    re.IGNORECASE,
)
_INTL_KNOWN_RE = re.compile(
    r"\b(?:saya|aku|soy|sou(?:\s+[ao])?|ich\s+bin|je\s+suis|sono|jestem|ik\s+ben|ako\s+si)\s+",
    re.IGNORECASE,
)
# Compared with the tokens' folded forms ("мой" folds to "мои").
_POSSESSIVES = folded(data.INTL_POSSESSIVES)
_KIN_WORDS = folded(data.INTL_KIN_WORDS)
_POSTPOSED_KIN = folded(data.POSTPOSED_KIN_WORDS)
_POSTPOSED = folded(data.POSTPOSED_POSSESSIVES)
_INFORMAL_KIN = data.words("bf gf hubby hubs bff bestie dh dw bro sis")
_BARE_NAME_WORDS = data.words("naam nom nombre nome imie name")
_STRONG_TRIGGERS = folded(
    data.words(
        "naam appelle llamo nombre nome chiamo heiße heisse nazywam зовут adım adim saya langu ten"  # noqa: RUF001
    )
)
_KNOWN_TRIGGERS = data.words("saya aku soy sou bin suis sono jestem ben si")
# A person's field in a pasted form or record: at a line start or after a column break.
_FIELD_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=\|)|(?<=  )|(?<=/ ))[ \t]*(?:patient(?:\s+name)?|pt|pacjent|paciente"
    r"|patiente?|child|attending|ordering|ordered\s+by|prescriber|prescribed\s+by|referring"
    r"|referred\s+by|physician|provider|from|nom|nombre|nome|naam|name|re|me"
    r"|(?:emergency\s+)?contact(?:\s+person)?|next\s+of\s+kin|guardian)[ \t]*:[ \t]*",
    re.IGNORECASE,
)
_INITIAL_NAME_RE = re.compile(r"([A-Za-z])\.\s?([^\W\d_][^\W\d_'\u2019\-]+(?:-[^\W\d_]+)?)")
# "PHAM, DAVID": not an item of a list of capitals ("NHGRI, NIA, NIAID")
_CAPS_PAIR_RE = re.compile(
    r"(?<![A-Z],\s)(?<![A-Z],)\b([A-Z]*[AEIOUY][A-Z'\-]*),\s?([A-Z][A-Z'\-]{1,20})\b(?!,\s?[A-Z]{2})"
)
_EMAIL_NAME_RE = re.compile(
    r"((?-i:[A-Z][\w'\u2019.\-]*)(?:[ \t]+(?-i:[A-Z][\w'\u2019.\-]*)){1,3})[ \t]*<[^<>\s@]+@"
)
# A degree closing a name: the degree ends the clause ("Becker MD (", "DO NOT" are not one).
_DEGREE_RE = re.compile(
    r",?\s(?:MD|M\.D\.|DO|D\.O\.|NP|FNP|DNP|PA-C|RN|DDS|DMD|MBBS|FRCP|FRCS|PhD)"
    r"(?=\s*(?:[,;\n]|\.(?:\s|$)|$))"
)
_ID_KINDS = frozenset([Kind.SSN, Kind.MRN, Kind.INSURANCE_ID])
_AFTER_ID_GAP = re.compile(r"\s*[,\-\u2013\u2014/]\s*")
_CJK_ALIAS_RE = re.compile(r"\s*[(\uff08]\s*([\u3400-\u9fff\uac00-\ud7af]{2,4})\s*[)\uff09]")
_GIVEN_INITIAL_RE = re.compile(r"\b((?-i:[A-Z][a-z]{2,15})\s(?-i:[A-Z])\.)(?=\s*[),;:]|\s*$)")
_FIRST_LINE_RE = re.compile(
    r"^[ \t]*((?-i:[A-Z][^\W\d_'\-]+)(?:[ \t]+(?-i:[A-Z][^\W\d_'\-]+)){1,2})[ \t]*\n"
)
_MONTHS = data.words("jan feb mar apr may jun jul aug sep oct nov dec")
# A name in Chinese, Japanese or Korean after its field label ("患者氏名 佐藤 花子", "姓名 王伟"):
# one or two runs of one to four characters, not the next field's label.
_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_CJK_HINT = re.compile("氏名|患者名|姓名|名前|이름|성명|환자명")
_CJK_LABELS = "生年月日|診察|性別|住所|電話|年齢|出生|性别|年龄|地址|电话|생년월일|주소|전화|성별"
_CJK_NAME_RE = re.compile(
    rf"(?:患者氏名|氏名|患者名|姓名|患者姓名|名前|이름|성명|환자명)\s*[:\uff1a]?\s*"
    rf"(?!{_CJK_LABELS})([{_CJK}]{{1,4}}(?:[ \u3000](?!{_CJK_LABELS})[{_CJK}]{{1,4}})?)(?![{_CJK}])"
)
# A line that is a name and nothing else: capitalised words or capitals, with initials.
_NAME_LINE_RE = re.compile(
    r"^[ \t]*((?:[A-Z][^\W\d_'\-]*\.?[ \t]+){1,3}[A-Z][^\W\d_'\-]+)[ \t]*\n(?=[ \t]*(\S))",
    re.MULTILINE,
)


def find_more_names(t: Tokens, out: list[Cand]) -> None:
    text = t.text
    lows = set(t.lows)
    if not lows.isdisjoint(_STRONG_TRIGGERS):
        for m in _INTL_STRONG_RE.finditer(text):
            take(t, m.end(), STRONG, out)
    if not lows.isdisjoint(_KNOWN_TRIGGERS):
        for m in _INTL_KNOWN_RE.finditer(text):
            if take(t, m.end(), KNOWN, out) < 0:
                _plain_name(t, t.at(m.end()), m.end(), out, 2)
    _word_cues(t, out)
    if ":" in text:
        for m in _FIELD_RE.finditer(text):
            if _SUBJECT_LINE.match(m.group()) and _topic_next(t, m.end()):
                continue  # "Re: Denial of coverage": a letter's subject, not its person
            _field_value(t, m.end(), out)
    if "<" in text:
        for m in _EMAIL_NAME_RE.finditer(text):
            _plain_name(t, t.at(m.start(1)), m.start(1), out, 2)
    for m in _DEGREE_RE.finditer(text):
        _before_degree(t, m.start(), out)
    _after_ids(t, out)
    if ". " in text:
        _initialled(t, out)
    _first_line(t, out)
    _name_lines(t, out)
    _aliases(t, out)
    if ":" in text and "\n" in text:
        find_chat_speakers(t, out)
    if "@" in text:
        find_handles(t, out)
    if _CJK_HINT.search(text):
        out.extend((*m.span(1), Kind.PERSON_NAME) for m in _CJK_NAME_RE.finditer(text))
    _repeats(t, out)


def _word_cues(t: Tokens, out: list[Cand]) -> None:
    """Cues read from the tokens: other languages' "my mother" in either order ("Meine Mutter,
    X", "Mama mea, X"), "bf marcus" and "name X Y" at a clause start, "PHAM, DAVID"."""
    text, lows, n = t.text, t.lows, len(t.toks)
    for i in range(n):
        low = lows[i]
        nxt = lows[i + 1] if i + 1 < n and t.gap(i, i + 1) == " " else ""
        if (low in _POSSESSIVES and nxt in _KIN_WORDS) or (
            low in _POSTPOSED_KIN and nxt in _POSTPOSED
        ):
            take(t, t.ends[i + 1], KIN, out)
        elif low in _INFORMAL_KIN and _clause_start(text, t.starts[i]):
            take(t, t.ends[i], KIN, out)
        elif low in _BARE_NAME_WORDS and _clause_start(text, t.starts[i]):
            _plain_name(t, i + 1, t.ends[i], out, 2)
        elif len(low) > 1 and t.toks[i].isupper() and text.startswith(",", t.ends[i]):
            m = _CAPS_PAIR_RE.match(text, t.starts[i])
            first = m.group(2).lower() if m else ""
            if m and given(first) and not _common(m.group(1).lower()) and not _common(first):
                out.append((m.start(), m.end(), Kind.PERSON_NAME))


def _clause_start(text: str, pos: int) -> bool:
    j = pos
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j == 0 or text[j - 1] in ",.;!?"


# One or two initials and a surname: "J. Okafor", "J.R. Thompson", "B. Nwachukwu".
_INITIALLED_RE = re.compile(
    r"(?<![\w.])(?!U\.?S\.|U\.?K\.)(?-i:[A-Z])\.(?:\s?(?-i:[A-Z])\.)?\s(?P<surname>(?-i:[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?))"
    r"(?![\w'\u2019-])"
)


# Where initials start a name: a line, a bracket or a field, or after a word that introduces
# a person; not after a noun the letter belongs to ("vitamin D. Then", "type A. Retinoid").
_BEFORE_INITIAL_RE = re.compile(
    r"(?:^|[(\[:;,\"\u201c]\s*|\b(?:to|from|by|with|for|not|and|or|is|am|was|me|cc|attn|dear"
    r"|called|named|signed|patient|nurse|doctor|dr|mr|mrs|ms|miss|prof)\.?\s)$",
    re.IGNORECASE | re.MULTILINE,
)


# The last of a list of letters: "hepatitis C, D, and E. Reducing", "called X and Y. Females".
_LETTER_LIST_RE = re.compile(r"\b(?-i:[A-Z]),?\s+(?:(?:and|or)\s+)?$")
# A bacterium's or a fungus's species after its genus's initial: "E. Coli", "H. Pylori".
_SPECIES = data.words(
    """
    coli pylori aureus difficile diff pneumoniae faecalis gonorrhoeae trachomatis albicans
    vulgaris typhi jejuni vaginalis pallidum tuberculosis cholerae influenzae epidermidis
    pyogenes agalactiae monocytogenes malmoense avium marinum kansasii acnes gardnerii
    """
)


def _initialled(t: Tokens, out: list[Cand]) -> None:
    """Initials and a surname no list knows, where a name can start: a word after "D. " that
    is a common word, a place, a drug or an eponym ("E. Coli", "St. Louis") is not one."""
    for m in _INITIALLED_RE.finditer(t.text):
        before = t.text[max(0, m.start() - 16) : m.start()]
        if not _BEFORE_INITIAL_RE.search(before) or _LETTER_LIST_RE.search(before):
            continue
        low = m.group("surname").lower()
        if _common(low) or low in PLACES or low in data.EPONYMS or low in _SPECIES:
            continue
        out.append((m.start(), m.end(), Kind.PERSON_NAME))


def _common(low: str) -> bool:
    return low in data.COMMON_WORDS or low in data.STOPWORDS or nonname(low)


def _plain_name(
    t: Tokens, i: int, pos: int, out: list[Cand], least: int, caps: bool = False
) -> int:
    """``least`` or more capitalised words from token i that are no common word: a name where
    the layout says so (with ``caps``, words in capitals too: "Nom : BOUCHARD Martine")."""
    n = len(t.toks)
    if i >= n or t.text[pos : t.starts[i]].strip(" \t,:;(\"'-\u2013\u2014"):
        return -1
    j = i
    while (
        j < n
        and j - i < 4
        and (titlecase(t.toks[j]) or (caps and t.toks[j].isupper()))
        and len(t.toks[j]) > 1
        and not _common(t.lows[j])
        and (j == i or t.gap(j - 1, j) == " ")
    ):
        j += 1
    if j - i < least:
        return -1
    out.append((t.starts[i], t.ends[j - 1], Kind.PERSON_NAME))
    return j - 1


_SUBJECT_LINE = re.compile(r"\s*re\s*:", re.IGNORECASE)


def _topic_next(t: Tokens, pos: int) -> bool:
    i = t.at(pos)
    return i < len(t.toks) and t.lows[i] in english_words() and not given(t.lows[i])


def _field_value(t: Tokens, pos: int, out: list[Cand]) -> None:
    """After "Patient:" and the like: a name in any of the ways records write one (not a desk:
    "From: Reception")."""
    text = t.text
    i = t.at(pos)
    if i < len(t.toks) and t.lows[i] in ROLE_NOUNS:
        return
    if i + 1 < len(t.toks) and t.lows[i] in ("baby", "infant") and t.gap(i, i + 1) == " ":
        pos = t.starts[i + 1]  # "Patient: Baby Ayanda Zulu": a newborn's record
    caps = _CAPS_PAIR_RE.match(text, pos)
    if caps and not _common(caps.group(1).lower()) and not _common(caps.group(2).lower()):
        out.append((caps.start(), caps.end(), Kind.PERSON_NAME))
        return
    init = _INITIAL_NAME_RE.match(text, pos)
    if init and not _common(init.group(2).lower()):
        out.append((init.start(), init.end(), Kind.PERSON_NAME))
        return
    if take(t, pos, STRONG, out) < 0:
        _plain_name(t, t.at(pos), pos, out, 2, caps=True)


def _before_degree(t: Tokens, pos: int, out: list[Cand]) -> None:
    """ "K. Sorensen MD", "Jane Smith, NP": the capitalised words (and initials) before it."""
    text = t.text
    caps = _CAPS_PAIR_RE.search(text, max(0, pos - 45), pos)
    if caps and caps.end() == pos and not _common(caps.group(1).lower()):
        out.append((caps.start(), caps.end(), Kind.PERSON_NAME))
        return
    j = t.at(pos) - 1
    if j < 0 or t.ends[j] != pos or not titlecase(t.toks[j]) or _common(t.lows[j]):
        return
    first = j
    while first > 0 and t.gap(first - 1, first) in (" ", ". ") and titlecase(t.toks[first - 1]):
        prev = t.toks[first - 1]
        if len(prev) > 1 and (_common(t.lows[first - 1]) or t.gap(first - 1, first) != " "):
            break
        first -= 1
    if first < j:  # a given name or an initial and a surname, not a place ("Baltimore, MD")
        out.append((t.starts[first], t.ends[j], Kind.PERSON_NAME))


def _after_ids(t: Tokens, out: list[Cand]) -> None:
    """ "CPR 120589-1234, Mads Kristensen.": two to four capitalised words right after a person's
    identifier, closing the clause."""
    text = t.text
    for _, e, k in list(out):
        if k not in _ID_KINDS:
            continue
        gap = _AFTER_ID_GAP.match(text, e)
        if gap is None or gap.end() == e:
            continue
        i = t.at(gap.end())
        before = len(out)
        last = _plain_name(t, i, gap.end(), out, 2)
        if last >= 0 and not re.match(r"\s*(?:[.,;:)\n]|$)", text[t.ends[last] :]):
            del out[before:]


def _first_line(t: Tokens, out: list[Cand]) -> None:
    """A name alone on the first line, above a line of details (a date of birth, an ID, an
    address) that another rule found."""
    m = _FIRST_LINE_RE.match(t.text)
    if m is None:
        return
    nl = m.end()
    line_end = t.text.find("\n", nl)
    line_end = len(t.text) if line_end < 0 else line_end
    if any(k != Kind.PERSON_NAME and nl <= s < line_end for s, _, k in out):
        _plain_name(t, t.at(m.start(1)), m.start(1), out, 2)


def _name_lines(t: Tokens, out: list[Cand]) -> None:
    """A name alone on a line, right above a line that starts with an address, a date of birth
    or an identifier: the addressee of a letter ("KAREN M. DOUGHERTY" over "2218 W Belmont
    Ave"). It must start with a known given name (or be "SURNAME Given")."""
    starts = {s for s, _, k in out if k != Kind.PERSON_NAME}
    if not starts:
        return
    for m in _NAME_LINE_RE.finditer(t.text):
        if m.start(2) not in starts:
            continue
        first, last = t.at(m.start(1)), t.at(m.end(1)) - 1
        words = [k for k in range(first, last + 1) if len(t.toks[k]) > 1]
        if len(words) < 2 or any(_common(t.lows[k]) for k in words):
            continue
        if given(t.lows[words[0]]) or given(t.lows[words[1]]):
            out.append((t.starts[first], t.ends[last], Kind.PERSON_NAME))


def _repeats(t: Tokens, out: list[Cand]) -> None:
    """A known given name found once by a cue is the same person where it stands again: "my
    father-in-law Bob choked ... two days later Bob says". Capitalised, and a word that is also a
    common word ("Will", "Bob") not at a sentence start; or in lower case as it was found, when
    no dictionary knows it ("kids: jaxon 9 ... jaxon on vyvanse")."""
    names = set()
    for s, _, k in out:
        if k == Kind.PERSON_NAME:
            i = t.at(s)
            if (
                i < len(t.toks)
                and t.starts[i] == s
                and (
                    (titlecase(t.toks[i]) and len(t.toks[i]) > 2 and given(t.lows[i]))
                    or lower_given(t, i)
                )
            ):
                names.add(t.toks[i])
    if not names:
        return
    taken = [(s, e) for s, e, k in out if k == Kind.PERSON_NAME]
    for i, tok in enumerate(t.toks):
        if tok not in names or any(s <= t.starts[i] < e for s, e in taken):
            continue
        low = t.lows[i]
        if (_common(low) or low in data.AMBIGUOUS_NAMES) and (
            _clause_start(t.text, t.starts[i]) or low in data.STOPWORDS
        ):
            continue
        if (low in PLACES and i > 0 and t.lows[i - 1] in PLACE_PREPS) or medical_context(t, i):
            continue
        out.append((t.starts[i], t.ends[i], Kind.PERSON_NAME))


def _aliases(t: Tokens, out: list[Cand]) -> None:
    """ "Zhang Wei (张伟)": a name in another script right after a name; "Jasmine K.": a given name
    and a surname's initial."""
    text = t.text
    for _, e, k in list(out):
        if k == Kind.PERSON_NAME and (m := _CJK_ALIAS_RE.match(text, e)):
            out.append((m.start(1), m.end(1), Kind.PERSON_NAME))
    for m in _GIVEN_INITIAL_RE.finditer(text):
        low = m.group(1).split()[0].lower()
        if given(low) and low not in data.STOPWORDS and low[:3] not in _MONTHS:
            out.append((m.start(1), m.end(1), Kind.PERSON_NAME))
