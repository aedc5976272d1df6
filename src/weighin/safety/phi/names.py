"""Person names: the asker's, their family's and their own doctors'.

Names are found from cues, never from capitalisation alone:
  strong   "my name is X", "her name's X", "name: X", "signed, X"      (X may be lower case)
  known    "I'm X", "I am X", "this is X"       (X a known given name, or two capitalised words)
  kin      "my husband X", "our son, X,", "my GP X", "named X", "X, my daughter"
  title    "Dr. X", "Dr X Y", "Mrs. X", "Nurse X", "Dr. med. X"; "Aunt X", "Coach X"
  role     "nurse X", "grandad x" (X a known given name)
  greeting "Hey X," opening a letter or a quoted message
  sign-off "Thanks, X" / "- X" / a lone name on the last line
  alone    a known given name that is not also a word, a month, a drug or a place ("Tom"),
           and "X and I" / "me and X" for the ones that are ("Will and I").
Eponyms ("Addison's disease"), drugs and brands ("Ella", "Heather" are pills), institutions
("Henry Ford Hospital", "St Mary's") and places ("moved to Austin") are excluded.
"""

from __future__ import annotations

import re

from weighin.safety.anchors import Gated

from . import data
from .kinds import Cand, Kind
from .name_take import KIN, KNOWN, KNOWN_LOOSE, STRONG, TITLE, extend, take
from .name_words import (
    CHAT_WORDS,
    GIVEN,
    KIN_ALT,
    PARTICLES,
    ROLE_NOUNS,
    THING_OWNERS,
    Tokens,
    english_words,
    given,
    medical_context,
    nonname,
    titlecase,
)
from .names_addressed import find_addressed
from .names_family import find_family_names
from .names_intro import (
    bracket_nicknames,
    explained_names,
    find_here,
    introduced_with_age,
    opens_with_age,
)
from .names_kin import PLURAL_KIN, reverse_kin
from .names_lower import find_lower_names
from .names_more import find_more_names
from .names_signoff import find_signoffs
from .names_uncued import (
    find_before_birth,
    find_listed,
    find_office_owner,
    find_standalone,
    find_subjects,
)
from .not_person import drop_non_persons

__all__ = ["find_names"]

_MOD_ALT = "|".join(
    re.escape(w)
    for w in sorted(data.KIN_MODIFIERS | data.NATIONALITY_WORDS | {"lil"}, key=len, reverse=True)
)
_AGE = r"\d{1,2}\s?-?\s?(?:y/?o|yrs?|years?|months?|mos?|weeks?|wks?|yr)(?:[\s-]?old)?"
_CUE_TAIL = r"(?:\s*[,:\-\u2013\u2014]?\s*)"
_LINE_TAIL = r"(?:[ \t]*[,:\-\u2013\u2014]?[ \t]*)"

_STRONG_CUE_RE = Gated(
    re.compile(
        r"\b(?:(?P<owner>my|his|her|their|your|whose|[^\W\d_]+['\u2019]s"
        r"|(?:my|his|her|our)\s+[^\W\d_]+s)\s+"
        r"(?:full\s+|first\s+|real\s+|given\s+|last\s+|sur)?name\s*(?:is|was|'s|\u2019s|=|:)"
        r"|my\s+names|\bname\s*(?::|_{2,})|i\s+go\s+by|i\s+am\s+called|they\s+call\s+me|goes\s+by"
        r"|(?:pt|patient|student|child['\u2019]?s|baby['\u2019]?s|member|client|legal|full)\s+name\b"
        r"\s*[:=\-]?|\bname\s+on\s+(?:it|the\s+\w+)\s+(?:is|was|says)"
        r"|signed\s*[,:\-\u2013\u2014]"
        # a form's fields: "SURNAME: MBEKI", "FORENAMES: Nomvula", "Member: ELENA MARKOVIC"
        r"|\b(?:sur|fore)names?\s*:|\b(?:surname|first\s+name|last\s+name|family\s+name"
        r"|given\s+name|forename)\s+(?-i:(?=[A-Z][a-z]))|\b(?:member|subscriber|cardholder|policy\s?holder|pt|patient)\s*:"
        # ... in other languages, and a card's "SUBSCRIBER MARTIN J FOLEY" in capitals
        r"|\b(?:nom|pr[ée]nom|vorname|nachname|nombre|apellidos?|nome|cognome)\s*:"
        r"|(?:^|(?<=[\n,;|])|(?<=\s\s))[ \t]*given\s*:"
        r"|(?-i:\bSUBSCRIBER|\bMEMBER|\bCARDHOLDER)(?=[ \t]+(?-i:(?!SERVICES|SIGNATURE|SINCE|NAME"
        r"|NUMBER|ID\b|SERVICE|PORTAL|CARD)[A-Z]{2,}\b))"
        r"(?=\s*[^\W\d_]))" + _CUE_TAIL,
        re.IGNORECASE,
    )
)
_KNOWN_CUE_RE = re.compile(
    r"\b(?P<cue>it\s*['\u2019]?\s*s\s+(?:just\s+)?me|i\s*['\u2019]?\s*m|i\s+am"
    r"|that\s*['\u2019]?\s*s\s+me\s*,|that\s+is\s+me\s*,"
    # a greeting makes "this is" an introduction ("Hi this is Leilani Kahale from ...")
    r"|(?:hi|hello|hey|good\s+(?:morning|afternoon|evening))(?:\s+(?:doctors?|doc|there|all))?"
    r"\s*[,!.]?\s*(?:this\s+is|it\s*['\u2019]?s)|this\s+is|it\s*['\u2019]?s|here\s+is"
    r"|(?:you\s+can\s+|please\s+|just\s+)?call\s+me)" + _CUE_TAIL,
    re.IGNORECASE,
)
_KIN_CUE_RE = re.compile(
    r"\b(?P<pos>my|our|his|her|their|your|ur)\s+(?:own\s+)?"
    # one of theirs: "my wife's dad Piet", "our son's teacher Mr Hale"
    rf"(?:(?:{KIN_ALT})['\u2019]s\s+)?"
    rf"(?:(?:{_AGE}|{_MOD_ALT}|\d{{1,2}})[\s,\-]+){{0,3}}"
    rf"(?:{KIN_ALT})(?!['\u2019]s|-)\b"
    r"(?:\s*,?\s*\(\s*(?:age\s*)?\d{1,2}\s*(?:y/?o|yrs?|years?|months?|mos?)?\s*\))?"
    # the name on the same line: after "for my dad:\n" comes a form's next field ("Name: ...")
    r"(?:\s*,\s*" + _AGE + r"\s*,)?(?:" + _LINE_TAIL + r"|\s*\(\s*)|\b(?:named|nicknamed)\s+",
    re.IGNORECASE,
)
_QUOTE_OPENS = re.compile(r"['\"\u2018\u201c]")
_CALLED_RE = re.compile(r"\bcalled\s+", re.IGNORECASE)
# Two or three initials with their stops: "J.M.", "A. K."
_INITIALS_AT = re.compile(r"[A-Z]\.(?:[ \t]?[A-Z]\.){1,2}(?=[\s,;:)!?]|$)")
# ... that are a degree, a time or a place
_NOT_INITIALS = data.words(
    "MD DO RN NP PA UK US USA AM PM ER IV GP ED OB DR BS BA MS MA PT OT EU NHS LPN CNA BSN MSN",
    lower=False,
)
# A nickname: whatever others call someone is their name, a word or not ("everyone calls him
# Buddy", "she goes by Bec").
_NICKNAME_RE = re.compile(
    r"\b(?:everyone|everybody|they|people|friends|we|family)\s+calls?\s+(?:me|him|her|them)\s+"
    # "I call him Moose" (not "I call them Skittles", the pills; not "I call her Saturdays")
    r"|\bi\s+call\s+(?:him|her)\s+(?-i:(?=[A-Z]))(?!(?i:mondays|tuesdays|wednesdays|thursdays"
    r"|fridays|saturdays|sundays|every|on|at|daily|weekly)\b)"
    r"|\b(?:goes|go)\s+by\s+(?-i:(?=[A-Z]))",
    re.IGNORECASE,
)
# "my midwife is Anneliese", "our GP is Farah": a known given name after the role and "is".
_KIN_IS_RE = re.compile(rf"\b(?:my|our|his|her|their)\s+(?:{KIN_ALT})\s+is\s+", re.IGNORECASE)
# What follows "doctor" and is no name: South Asian and Arabic English ("Doctor sahab", "doctor
# gelda": dermatology, in Arabizi), other languages' "said", fiction's doctors, chat shorthand
_HONORIFICS = frozenset(
    [
        *("sahab", "saheb", "sahib", "saab", "ji", "bol", "gelda", "ne", "ko", "garu", "bhai"),
        *("amma", "didi", "dijo", "dice", "dit", "sagt", "zei", "disse", "seuss", "dolittle"),
        *("strange", "who", "zhivago", "frankenstein", "jekyll", "octopus", "foster"),
        # chat shorthand: "the doctor abt the results", "the doctor tmrw", "the doctor okd it"
        *("abt", "tmrw", "tmr", "pls", "plz", "okd", "asap", "rn", "bc", "cuz", "ppl", "thx"),
        *("idk", "tbh", "prob", "def", "cos", "coz"),
    ]
)
_TITLE_CUE_RE = re.compile(
    # other languages' titles first: "dott.ssa Marini", "Dr.in Leitner", "MUDr. Dvořák", "Doña X"
    r"(?<![\w.])(?:[Dd]ott(?:\.?ssa)?|[Dd]r\.?ssa|[Dd]r\.in|MUDr|MDDr|PharmDr|Mgr|Doña|Dona|Don"
    r"|Srta|Señora|Señor|Sig\.ra|Signora|Pani|Pan|Smt|Shrimati|Shri|Kumari"
    # the German doctor's degree after "Dr.": "Dr. med. Weber", "Dr. med. dent. Roth"
    r"|Dr\.?\s?(?:med|dent|vet|phil|rer\.\s?nat)\.(?:\s?(?:dent|univ)\.)?)(?:\.|\b|(?<=\.))\s*(?=\S)"
    r"|(?<![\w.])(?:(?P<dr>[Dd][Rr][Aa]?|DRA?|mrs)|(?P<mr>mr|ms)|(?P<doc>[Dd]octor)|DOCTOR|Mr|Mrs"
    r"|Ms|Mx|Miss|Prof"
    r"|Professor|Nurse"
    r"|Sister|Midwife|Dra|Sra|Herr|Frau|Mme|Mlle|Madame|MR|MRS|MS"
    # service ranks, abbreviated or written out ("Sgt. Ortiz", "LCpl Tyler Nguyen", "FF Ben")
    r"|Lt\.?\s?Col|Sgt|SSgt|S/Sgt|Cpl|LCpl|L/Cpl|Pte|Pvt|PFC|Spc|SFC|Capt|Lt|Lieut|Cmdr|Cdr|CPO|FF"
    r"|Sergeant|Corporal|Lieutenant|Colonel|Constable|Firefighter|Trooper)"
    r"(?:\.|\b)\s*(?=\S)"
)
_NUMBER_BEFORE = re.compile(r"\d[ \t]?\Z")
# ... so only after someone who meets or names a person ("the counselor ms jenkins", "told mr
# okafor"; not "either mr angio", "my ms")
_PERSON_BEFORE = re.compile(
    r"\b(?:counsel+or|teacher|coach|principal|nurse|therapist|tutor|social worker|saw|seen|see"
    r"|met|meet|asked|told|called|emailed)\s+$"
)
# Roles that name the person after them, weaker than a title: "Coach Dimitri", "Pastor Ray".
# A family title is one too: "Aunt Bea", "Uncle Dev", "Grandad Alf"; and the local word for a GP.
_ROLE_CUE_RE = re.compile(
    r"(?<![\w.])(?:Coach|Carer|Caregiver|Pastor|Rabbi|Imam|Reverend|Sensei|Aunt|Auntie|Aunty|Uncle|Grandma|Grandpa"
    r"|Granny|Grandad|Granddad|Nana|Nanna|Cousin|(?i:huisarts|hausarzt|hausärztin)"
    # Indonesian midwife, nurse and "Mr"; Turkish "my son", "my daughter", "my mother", ...
    r"|Bidan|Suster|Bapak|(?i:o[ğg]lum|k[\u0131i]z[\u0131i]m|annem|babam|e[şs]im|karde[şs]im))\s+"
)
# The same words and a carer's role in lower case, with no "my" before ("nurse Trish said",
# "since grandad alf passed"): only a known given name may follow.
# Weaker roles: only a name our own lists know may follow ("the ward sister, Jo", "IT guy Kev";
# not "that guy Huberman", "the sister Trust").
_WEAK_ROLE_RE = re.compile(r"(?<![\w.])(?:ward sister|sister|matron|guy)(?:,[ \t]|[ \t]+)")
_LOWER_ROLE_RE = re.compile(
    r"(?<![\w.])(?:nurse|midwife|aunt|auntie|aunty|uncle|grandma|grandpa|granny|grandad|granddad"
    r"|nana|nanna|cousin|physio|carer|caregiver|tech|technician|pharmacist|counsel+or|therapist"
    r"|receptionist|health visitor|coordinator|consultant|social worker|case ?worker|case manager"
    r"|key ?worker|support worker|dietitian|dietician|psychologist|doula|resident)(?:,[ \t]|\s+)"
)
# A greeting that opens a letter or a quoted message: "Hey Sam, Dad's scan ...".
_GREETING_RE = re.compile(
    r"(?:^|(?<=[\n\"(\u201c]))[ \t]*(?:hi|hey|hiya|hello|dear)[ \t]+(?=[^\W\d_]+[ \t]*[,!\n])",
    re.IGNORECASE,
)


def find_names(text: str, out: list[Cand]) -> None:
    t = Tokens(text)
    if not t.toks:
        return
    since = len(out)
    for m in _STRONG_CUE_RE.finditer(text):
        owner = (m.group("owner") or "").lower().replace("\u2019", "'")
        if owner not in THING_OWNERS:
            take(t, m.end(), STRONG, out)
    for m in _KNOWN_CUE_RE.finditer(text):
        cue = re.sub(r"[\s'\u2019]", "", m.group("cue").lower())
        loose = cue in ("thisis", "its", "hereis")
        take(t, m.end(), KNOWN_LOOSE if loose else KNOWN, out)
        if not loose and "call" not in cue:
            _two_word_name(t, m.end(), out)
        introduced_with_age(t, m.end(), out)
    for m in _CALLED_RE.finditer(text):
        take(t, m.end(), KNOWN, out)
    find_here(t, out)
    find_addressed(t, out)
    opens_with_age(t, out)
    explained_names(t, out)
    for m in _NICKNAME_RE.finditer(text):
        take(t, m.end(), KIN, out)
    for m in _KIN_IS_RE.finditer(text):
        take(t, m.end(), KNOWN, out)
    for m in _KIN_CUE_RE.finditer(text):
        if ":" in m.group() and _QUOTE_OPENS.match(text, m.end()):
            continue  # "report for my grandmother: 'Incidental ...'": what was quoted follows
        initials = _INITIALS_AT.match(text, m.end())
        letters = re.sub(r"[^A-Z]", "", initials.group()) if initials else ""
        if initials and letters not in _NOT_INITIALS:
            # "my ex, J.M., swore": a name kept to its initials (not "my doctor M.D.")
            out.append((m.end(), initials.end(), Kind.PERSON_NAME))
            continue
        last = take(t, m.end(), KIN, out)
        # "our daughters Tomi and Simi": the second name after a plural kin word
        if (
            last >= 0
            and last + 2 < len(t.toks)
            and t.lows[last + 1] in ("and", "&")
            and titlecase(t.toks[last + 2])
            and PLURAL_KIN.match(text, m.start())
        ):
            take(t, t.starts[last + 2], KIN, out)
        _lower_with_age(t, m.end(), out)
        if (m.group("pos") or "").lower() in ("my", "our"):
            reverse_kin(t, m.start(), out)
    for m in _TITLE_CUE_RE.finditer(text):
        i = t.at(m.end())
        if i >= len(t.toks) or t.starts[i] != m.end():
            continue
        if m.group().lower().startswith("ms") and _NUMBER_BEFORE.search(
            text, max(0, m.start() - 2), m.start()
        ):
            continue  # "HRV down to 22 ms. Overtraining?": milliseconds, not a title
        tok, low = t.toks[i], t.lows[i]
        if low in PARTICLES:
            # "Dr. van der Berg", "Dr. de la Cruz".
            j = i
            while j + 1 < len(t.toks) and t.lows[j] in PARTICLES and t.gap(j, j + 1) == " ":
                j += 1
            if j > i and titlecase(t.toks[j]) and not nonname(t.lows[j]):
                out.append((t.starts[i], t.ends[extend(t, j, False)], Kind.PERSON_NAME))
                continue
        if tok[0].islower():
            # "dr patel": lower case only after "dr", and only a word that is no common word.
            if (
                (
                    m.group("dr")
                    # "doctor khan", as dictation writes it (not "doctor said", "doctor visit")
                    or (
                        m.group("doc")
                        and low not in english_words()
                        and low not in _HONORIFICS
                        and low not in CHAT_WORDS
                        and not (low.endswith("nt") and low[:-2] in english_words())
                    )
                    # "ms"/"mr" are also multiple sclerosis, mitral regurgitation, MR imaging:
                    # never before a dictionary word ("ms flare")
                    or (
                        m.group("mr")
                        and low not in english_words()
                        and _PERSON_BEFORE.search(text, max(0, m.start() - 16), m.start())
                    )
                )
                and len(tok) >= 3
                and tok.isalpha()
                and not t.possessive[i]
                and not (
                    nonname(low)
                    or low in data.COMMON_WORDS
                    or low in ROLE_NOUNS
                    or medical_context(t, i)
                )
                and (not low.endswith(("ing", "ed", "ly")) or given(low))
            ):
                out.append((t.starts[i], t.ends[i], Kind.PERSON_NAME))
            continue
        role_title = re.search(r"(?i)\b(?:nurse|sister|midwife|matron)\W*$", m.group(0))
        if role_title and low in ROLE_NOUNS and i + 1 < len(t.toks) and t.gap(i, i + 1) == " ":
            take(t, t.starts[i + 1], TITLE, out)  # "Nurse Practitioner Jones"
            continue
        take(t, m.end(), TITLE, out)
    for m in _ROLE_CUE_RE.finditer(text):
        take(t, m.end(), KIN, out)
    for m in _LOWER_ROLE_RE.finditer(text):
        # a capitalised word after the role is the person's name ("the nurse Sian said"),
        # unless it continues the role ("nurse Practitioner"); a lower-case one must be known
        i = t.at(m.end())
        named = i < len(t.toks) and titlecase(t.toks[i]) and t.lows[i] not in ROLE_NOUNS
        take(t, m.end(), KIN if named else KNOWN, out)
    for m in _WEAK_ROLE_RE.finditer(text):
        i = t.at(m.end())
        if i < len(t.toks) and titlecase(t.toks[i]) and t.lows[i] in GIVEN:
            take(t, m.end(), KIN, out)
    for m in _GREETING_RE.finditer(text):
        take(t, m.end(), KNOWN, out)
    find_signoffs(t, out)
    find_standalone(t, out)
    find_subjects(t, out)
    find_before_birth(t, out)
    find_office_owner(t, out)
    find_more_names(t, out)
    find_family_names(text, out)
    find_lower_names(t, out)
    find_listed(t, out, since)
    bracket_nicknames(t, out, since)
    drop_non_persons(text, out, since)


def _two_word_name(t: Tokens, pos: int, out: list[Cand]) -> None:
    """ "I'm Zoltan Kovacs": two capitalised words, neither a common word, after "I'm"."""
    i = t.at(pos)
    if i + 1 >= len(t.toks) or t.text[pos : t.starts[i]].strip(" ,") or t.gap(i, i + 1) != " ":
        return
    for k in (i, i + 1):
        tok, low = t.toks[k], t.lows[k]
        if not titlecase(tok) or len(tok) < 2 or nonname(low) or low in data.COMMON_WORDS:
            return
    if not medical_context(t, i):
        out.append((t.starts[i], t.ends[extend(t, i, False)], Kind.PERSON_NAME))


# An age right after a word: "(he's 19)", "(19)", ", 19,"
_AGE_AFTER_NAME = re.compile(
    r"\s*(?:\(\s*(?:(?:he|she|they)(?:['\u2019]s|\s+is|\s+are)\s+)?|,\s*)\d{1,2}"
    r"(?:\s*(?:y/?o|yrs?|years?(?:\s+old)?))?\s*[),]"
)


def _lower_with_age(t: Tokens, pos: int, out: list[Cand]) -> None:
    """A lower-case word after a kin word with an age after it is the person's name, whatever
    else the word means: "my brother sunny (he's 19)", "my daughter joy, 7,"."""
    i = t.at(pos)
    if i >= len(t.toks) or t.starts[i] != pos or not t.toks[i].islower():
        return
    low = t.lows[i]
    if (
        len(low) >= 3
        and low.isalpha()
        and not nonname(low)
        and low not in data.COMMON_WORDS
        and (given(low) or low not in english_words())  # not "my husband snores (he's 50)"
        and _AGE_AFTER_NAME.match(t.text, t.ends[i])
    ):
        out.append((t.starts[i], t.ends[i], Kind.PERSON_NAME))


# An age right after a word: "tom 54", "kerry 39", "(frank, 80)", "eli 8 months", "liz 38f".
