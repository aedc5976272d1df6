"""The vocabulary and token-level decisions of the name rules (``names``): a text's word tokens,
the word sets (given names, places, drugs, eponyms), whether a token may start a name after a
cue of a given strength, and how far a name runs (surname, initials, particles, "Jr.")."""

from __future__ import annotations

import bisect
import gzip
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from . import data
from .kinds import Cand, Kind

__all__ = [
    "CHAT_WORDS",
    "KIN",
    "KNOWN",
    "KNOWN_LOOSE",
    "NONNAME",
    "PARTICLES",
    "PLACES",
    "PLACE_PREPS",
    "SIGN",
    "STANDALONE",
    "STRONG",
    "THING_OWNERS",
    "TITLE",
    "Tokens",
    "extend",
    "folded",
    "given",
    "medical_context",
    "nonname",
    "take",
    "titlecase",
]

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_POSSESSIVE = ("'s", "\u2019s")
# "Ó Murchú" and "Ní Bhriain" (Irish), "Dela Cruz" (Filipino) too.
PARTICLES = data.words(
    "van von der den de del della da di la le du bin binti bint al el ter ten dos das"
    " dela delos o ni nic mac"
)
_GENERATIONAL = data.words("jr sr ii iii iv")
# A form's next field after a name written in lower case ("pt name kwame asante dob 1977-...").
_FIELD_WORDS = data.words("dob dx pt mrn ssn nhs sex tel ph email addr dos rx hx bday")
# What a form's name field holds when it holds no name ("Name: REDACTED", "Subscriber: SELF").
_NOT_A_NAME = data.words("redacted private irrelevant self anon anonymous none unknown withheld")
_DRUG_SUFFIX = re.compile(
    r"(?:pril|olol|alol|statin|sartan|dipine|azole|prazole|cillin|mycin|micin|cycline|floxacin|"
    r"tidine|oxetine|afil|triptan|caine|mab|tinib|lukast|gliptin|gliflozin|glutide|azepam|"
    r"zolam|dronate|formin|tropin|profen|phen)$"
)
_MEDICAL_WORDS = data.words(
    """
    lupus diabetes cancer asthma arthritis fibromyalgia endometriosis psoriasis eczema migraine
    migraines ibs gerd pcos copd adhd ocd ptsd celiac coeliac anemia hypothyroid hyperthyroid
    thyroid gout sciatica shingles measles mumps chickenpox epilepsy autism dementia stroke
    sepsis pneumonia bronchitis sinusitis tonsillitis strep hepatitis cirrhosis ms als
    leukemia lymphoma melanoma tumor tumour cyst polyp hernia herpes chlamydia gonorrhea
    syphilis mono thrush candida yeast vertigo tinnitus insomnia apnea narcolepsy scoliosis
    osteoporosis osteoarthritis tendonitis bursitis fibroids adenomyosis menopause
    perimenopause type positive negative stage grade hispanic latino latina asian black white
    african american caucasian indian canadian british european male female trans nonbinary
    gay straight bi christian muslim jewish catholic vegan vegetarian keto paleo
    """
)


def _fold(word: str) -> str:
    """Lower case without accents ("Zoë" -> "zoe"), for the word lists."""
    low = word.lower()
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(_fold(w) for w in words)


_GIVEN = folded(data.FIRST_NAMES | data.NICKNAMES)
# More given names, for after a cue only (bench/build_given_names.py made the file).
_CENSUS = frozenset(
    line
    for line in (Path(__file__).parents[1] / "data" / "census_given_names.txt")
    .read_text(encoding="utf-8")
    .split("\n")
    if line and not line.startswith("#")
)
# Words of an institution's or a street's name that are common surnames too: after a title
# they are the surname ("Dr. Park", "Mrs. Lane").
# Words that continue a role rather than name its holder ("my nurse Practitioner said").
ROLE_NOUNS = data.words(
    """
    practitioner practitioners navigator educator manager coordinator specialist specialists
    consultant anaesthetist anesthetist assistant line hotline station call visit visits team
    staff led practice clinic unit
    """
)
_PLACE_SURNAMES = data.words("park lake beach bridge lane river rivers court way springs")
_AMBIGUOUS = folded(data.AMBIGUOUS_NAMES)
PLACES = folded(data.PLACE_NAMES) | frozenset(data.US_STATE_NAMES.lower().split("|"))
NONNAME = data.DRUG_AND_BRAND_WORDS | data.INSTITUTION_WORDS | data.KIN_WORDS | _MEDICAL_WORDS
# Known given names that may be taken with no cue at all.
STANDALONE = (
    _GIVEN
    - _AMBIGUOUS
    - data.STOPWORDS
    - data.COMMON_WORDS
    - data.DRUG_AND_BRAND_WORDS
    - _MEDICAL_WORDS
)
# ... and that may be taken in lower case after a cue ("my husband john"): not places either.
LOWER_OK = STANDALONE - PLACES
PLACE_PREPS = data.words("in to from near at of visiting via outside around into toward towards")
THING_OWNERS = data.words(
    """
    drug's medicine's medication's pill's condition's disease's syndrome's procedure's test's
    clinic's hospital's practice's app's brand's product's supplement's company's insurer's
    pharmacy's
    """
)


# The strength of the cue before a name: what may follow it.
STRONG, KNOWN, KNOWN_LOOSE, KIN, TITLE, SIGN = range(6)

_NAME_END = re.compile(r"\s*(?:[.,!;:)]|$)")
# Chat words that stand where a name could ("my wife preggo has", "my daughter kinda has",
# "my aunt flo is late": a period).
CHAT_WORDS = data.words(
    """
    kinda sorta gonna wanna gotta preggo prego preggers lol lmao omg tbh idk imo btw def prob
    bc cuz coz tho thru rly srsly pls plz smh ngl fr rn atm asap ofc obv flo
    """
)
_VERB_NEXT = re.compile(
    r" (?:has|had|is|was|keeps|kept|wants|wanted|got|gets|said|says|thinks|thought|took|takes"
    r"|went|goes|started|starts|can|cant|can't|could|will|would|won't|did|does|doesn't|didn't"
    r"|refuses|refused|needs|needed|just|also|always|never|still|told|tells|lives|lived|passed"
    r"|died|came|comes|called|calls|texted|asked|asks|made|makes|seems|looks|feels|felt)\b"
)
_AGE_NEXT = re.compile(r"\s*,?\s*\d{1,2}\b(?!\s*(?:mg|ml|%|am|pm|:))")


class Tokens:
    """Word tokens of a text with their offsets; a trailing "'s" is cut off and remembered."""

    __slots__ = ("ends", "lows", "possessive", "starts", "text", "toks")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.toks: list[str] = []
        self.lows: list[str] = []
        self.possessive: list[bool] = []
        for m in _TOKEN_RE.finditer(text):
            tok = m.group()
            end = m.end()
            poss = False
            if tok.endswith(_POSSESSIVE) and len(tok) > 2:
                tok, end, poss = tok[:-2], end - 2, True
            elif end < len(text) and text[end] in "'\u2019" and tok.endswith("s"):
                poss = True
            self.starts.append(m.start())
            self.ends.append(end)
            self.toks.append(tok)
            self.lows.append(_fold(tok))
            self.possessive.append(poss)

    def at(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos`` (len if none)."""
        return bisect.bisect_left(self.starts, pos)

    def gap(self, i: int, j: int) -> str:
        """The text between token i's end and token j's start."""
        return self.text[self.ends[i] : self.starts[j]]


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """SCOWL's lower-case English words (``bench/build_english_words.py``)."""
    path = Path(__file__).parents[1] / "data" / "english_words.txt.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return frozenset(w for w in fh.read().split("\n") if w and not w.startswith("#"))


def lower_given(t: Tokens, i: int) -> bool:
    """Token i is a given name written in lower case that is no place, common or English word
    ("jaxon", "reggie", "ahmed"; not "grace", "frank", "austin")."""
    tok, low = t.toks[i], t.lows[i]
    return (
        len(tok) >= 3
        and tok.isalpha()
        and tok.islower()
        and tok.isascii()
        and low not in CHAT_WORDS  # "my aunt flo is late"
        and (
            low in LOWER_OK
            or (
                given(low)
                and low not in PLACES
                and not nonname(low)
                and low not in data.COMMON_WORDS
                and low not in english_words()
            )
        )
    )


def titlecase(tok: str) -> bool:
    return tok[0].isupper() and (len(tok) == 1 or not tok.isupper())


def given(low: str) -> bool:
    """A known given name ("mary-jane" counts by its first part): ours, or one of the census
    names, which are never taken without a cue."""
    if "-" in low:  # not a census name: "Arnold-Chiari", "Duane-radial" are eponyms
        return low.split("-", 1)[0] in _GIVEN
    return low in _GIVEN or low in _CENSUS


def nonname(low: str) -> bool:
    return (
        low in NONNAME
        or low in data.STOPWORDS
        or (len(low) > 5 and low not in _GIVEN and _DRUG_SUFFIX.search(low) is not None)
    )


def medical_context(t: Tokens, i: int) -> bool:
    """Token i is an eponym or part of an institution or place: "Addison's disease", "Lou
    Gehrig's disease", "Henry Ford Hospital", "Jackson Memorial"."""
    if t.possessive[i] and t.lows[i] in data.EPONYMS:
        return True
    n = len(t.toks)
    j = i + 1
    while j < n and j <= i + 4 and t.gap(j - 1, j) in (" ", "-", "' "):
        lj = t.lows[j]
        if lj in data.INSTITUTION_WORDS:
            return True
        if not titlecase(t.toks[j]):
            break
        j += 1
    return False


def _first_ok(t: Tokens, i: int, mode: int) -> bool:
    """May token i start a name after a cue of this mode?"""
    tok, low = t.toks[i], t.lows[i]
    if len(tok) < 2:
        return False
    if mode == TITLE and titlecase(tok) and low in _PLACE_SURNAMES and not medical_context(t, i):
        return True  # "Dr. Park", "Mrs. Hall": a surname that is also a word for a place
    if nonname(low):
        # "I'm Will." / "I am May, 34" / "my ex Will, who": a given name that is also a function
        # word, only when nothing but punctuation follows it.
        if (
            mode in (KNOWN, KIN)
            and titlecase(tok)
            and low in _GIVEN
            and low not in NONNAME
            and (
                _NAME_END.match(t.text, t.ends[i]) is not None
                # "my aunt June is 88", "my cousin Will thinks": a verb after it, too
                or (mode == KIN and _VERB_NEXT.match(t.text, t.ends[i]) is not None)
            )
        ):
            return True
        # "I'm Hailey Brandt", "Dra. Camila Rezende": a given name that is also a brand, with a
        # surname after it.
        return (
            mode != KNOWN_LOOSE
            and titlecase(tok)
            and low in _GIVEN
            and low in data.DRUG_AND_BRAND_WORDS
            and _surname_next(t, i)
        )
    if mode == KIN and low in ROLE_NOUNS:
        return False
    if mode == TITLE:
        if low in data.TITLE_EXCLUSIONS:
            return False
        return titlecase(tok) or (tok.isupper() and low not in data.COMMON_WORDS)
    if medical_context(t, i):
        return False
    if tok.isupper():
        # after "name:" or "SURNAME:" a form's capitals are the name, known or not
        strong_caps = mode == STRONG and tok.isalpha() and len(tok) >= 3 and low not in _NOT_A_NAME
        return (given(low) and (mode == STRONG or low not in _AMBIGUOUS)) or (
            strong_caps and low not in data.COMMON_WORDS and low not in _FIELD_WORDS
        )
    if titlecase(tok):
        if mode in (STRONG, SIGN):
            return low not in data.COMMON_WORDS or given(low)
        if mode == KIN:
            return given(low) or low not in data.COMMON_WORDS
        if mode == KNOWN:
            # "I'm Sung-min, 24": an age right after an introduction says the word is a name
            return given(low) or (
                _AGE_NEXT.match(t.text, t.ends[i]) is not None
                and low not in data.COMMON_WORDS
                and low not in english_words()
                and low.replace("-", "").isalpha()
            )
        return low in STANDALONE  # KNOWN_LOOSE
    if not tok.replace("-", "").isalpha():
        return False
    if mode == STRONG:
        return given(low)
    if mode == KNOWN and low in STANDALONE and _AGE_NEXT.match(t.text, t.ends[i]):
        return True  # "hi im tyler 19": an age after it says the place name is the person
    # After a kinship cue a place name in lower case is the person ("my bf tyler", "my son
    # austin"): nothing else is written so.
    if low in (STANDALONE if mode == KIN else LOWER_OK):
        return True
    # ... and a given name no dictionary knows, though some names are words elsewhere ("my
    # husband ali", "my partner sam", "my dad ron")
    if mode in (KIN, KNOWN) and lower_given(t, i):
        return True
    # ... and so is a word no list knows when a verb follows it ("my roomie bex has had",
    # "my tia lupe wants"): a describing word there would be a known one or end in -ly.
    return mode == KIN and _unknown_word(low) and _VERB_NEXT.match(t.text, t.ends[i]) is not None


def _unknown_word(low: str) -> bool:
    return (
        len(low) >= 3
        and low.isalpha()
        and not nonname(low)
        and low not in data.COMMON_WORDS
        and low not in english_words()  # "my son birthday is": a word the dictionary knows
        and low not in CHAT_WORDS
        and low not in _AMBIGUOUS
        and low not in PLACES
        and not low.endswith(("ly", "ing", "ed", "ous", "ive", "ful", "ic", "al", "s"))
    )


def _surname_next(t: Tokens, i: int) -> bool:
    j = i + 1
    if j >= len(t.toks) or t.gap(i, j) != " " or not titlecase(t.toks[j]):
        return False
    low = t.lows[j]
    return not (nonname(low) or low in data.COMMON_WORDS or low in data.EPONYMS)


def extend(t: Tokens, i: int, lower: bool) -> int:
    """Index of the last token of the name that starts at token i (surname, initials, Jr.)."""
    n = len(t.toks)
    last = i
    caps = len(t.toks[i]) > 1 and t.toks[i].isupper()  # "ELENA MARKOVIC": a form's capitals
    j = i + 1
    while j < n and j - i <= 4 and not t.possessive[last]:
        gap = t.gap(last, j)
        tok, low = t.toks[j], t.lows[j]
        if gap not in (" ", ". ") or (gap == ". " and len(t.toks[last]) != 1):
            break
        if low in PARTICLES and j + 1 < n and t.gap(j, j + 1) == " ":
            if titlecase(t.toks[j + 1]) and not nonname(t.lows[j + 1]):
                last = j + 1
                j += 2
                continue
            break
        if low in _GENERATIONAL and tok[0].isupper():
            last = j
            j += 1
            continue
        if nonname(low) or (low in _AMBIGUOUS and low in data.COMMON_WORDS):
            break
        if titlecase(tok):
            if t.possessive[j] and low in data.EPONYMS:
                break
            if low in data.COMMON_WORDS and low not in data.SURNAME_WORDS:
                break
        elif lower and tok.isalpha() and len(tok) > 1:
            if low in data.COMMON_WORDS or low in _FIELD_WORDS or low.endswith(("ing", "ed", "ly")):
                break
        elif caps and tok.isupper() and tok.isalpha() and len(tok) > 1:
            if low in data.COMMON_WORDS or low in _FIELD_WORDS:
                break
        else:
            break
        last = j
        j += 1
    return last


def take(t: Tokens, pos: int, mode: int, out: list[Cand]) -> int:
    """Try a name starting right at ``pos`` (only spaces and light punctuation before it).
    Returns the index of its last token, or -1."""
    i = t.at(pos)
    if i >= len(t.toks):
        return -1
    gap = t.text[pos : t.starts[i]]
    if gap.strip(" \t,:;(\"'-\u2013\u2014") or ("\n" in gap and mode != SIGN):
        return -1
    first = i
    # An initial before the name proper: "Dr. J. Smith", "my father K. Venkatesh", "Dr J Whitmore".
    if (
        mode in (TITLE, KIN, STRONG)
        and i + 1 < len(t.toks)
        and len(t.toks[i]) == 1
        and t.toks[i].isupper()
        and (
            t.gap(i, i + 1) == ". "
            or (t.gap(i, i + 1) == " " and mode == TITLE and titlecase(t.toks[i + 1]))
        )
    ):
        i += 1
    if not _first_ok(t, i, mode):
        return -1
    lower = t.toks[i][0].islower() and mode == STRONG
    last = extend(t, i, lower)
    out.append((t.starts[first], t.ends[last], Kind.PERSON_NAME))
    return last
