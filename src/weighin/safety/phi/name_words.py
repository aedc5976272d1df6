"""The vocabulary of the name rules (``names``): a text's word tokens and the word sets (given
names, places, drugs, eponyms, the English dictionary), with the tests on one token built on
them. Taking a name at a cue is ``name_take``."""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from weighin.safety.words import english_words

from . import data

__all__ = [
    "AMBIGUOUS",
    "CHAT_WORDS",
    "GIVEN",
    "KIN_ALT",
    "NONNAME",
    "PARTICLES",
    "PLACES",
    "PLACE_PREPS",
    "STANDALONE",
    "THING_OWNERS",
    "Tokens",
    "country_names",
    "fold_phrase",
    "folded",
    "given",
    "medical_context",
    "nonname",
    "titlecase",
]

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_POSSESSIVE = ("'s", "\u2019s")
# "Ó Murchú" and "Ní Bhriain" (Irish), "Dela Cruz" (Filipino) too.
PARTICLES = data.words(
    "van von der den de del della da di la le du bin binti bint al el ter ten dos das"
    " dela delos o ni nic mac"
)
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


GIVEN = folded(data.FIRST_NAMES | data.NICKNAMES)
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
    staff led practice clinic unit advisor adviser advisors receptionist reception consultation
    consultations desk services service support admin allowance benefit benefits assessment
    agency payment payments credit leave break plan account card
    """
)
AMBIGUOUS = folded(data.AMBIGUOUS_NAMES)
# The kinship and care words as one regex alternation, longest first ("my husband's mum Carol",
# "Sugar (my girlfriend; ...)", "Dad's book ... by Peter Hale").
KIN_ALT = "|".join(re.escape(w) for w in sorted(data.KIN_WORDS, key=len, reverse=True))
PLACES = folded(data.PLACE_NAMES) | frozenset(data.US_STATE_NAMES.lower().split("|"))
# Service ranks written before a name ("Sgt. Ortiz", "LCpl Tyler Nguyen", "FF Ben Ocampo"):
# titles, never names themselves (names.py reads them as title cues).
SERVICE_RANKS = frozenset(
    {
        *("sgt", "ssgt", "cpl", "lcpl", "pte", "pvt", "pfc", "spc", "sfc", "capt", "lt"),
        *("lieut", "cmdr", "cdr", "cpo", "sergeant", "corporal", "lieutenant", "colonel"),
        *("constable", "firefighter", "ff", "trooper", "major", "petty", "officer"),
    }
)
NONNAME = (
    data.DRUG_AND_BRAND_WORDS
    | data.INSTITUTION_WORDS
    | data.KIN_WORDS
    | _MEDICAL_WORDS
    | data.FOREIGN_GREETINGS
    | SERVICE_RANKS
)
# Known given names that may be taken with no cue at all.
STANDALONE = (
    GIVEN
    - AMBIGUOUS
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


# Chat words that stand where a name could ("my wife preggo has", "my daughter kinda has",
# "my aunt flo is late": a period).
CHAT_WORDS = data.words(
    """
    kinda sorta gonna wanna gotta preggo prego preggers lol lmao omg tbh idk imo btw def prob
    bc cuz coz tho thru rly srsly pls plz smh ngl fr rn atm asap ofc obv flo
    """
)


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
def country_names() -> frozenset[str]:
    """Every country's and territory's English name, folded (libphonenumber's geocoder data):
    "hong kong", "sri lanka", "costa rica"."""
    from phonenumbers.geodata.locale import LOCALE_DATA

    return frozenset(
        fold_phrase(v["aa"]) for v in LOCALE_DATA.values() if not v["aa"].startswith("*")
    )


def fold_phrase(phrase: str) -> str:
    """A phrase as ``country_names`` holds it: folded, its spaces single ("Côte  d'Ivoire" is
    "cote d'ivoire")."""
    return " ".join(_fold(phrase).split())


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
        return low.split("-", 1)[0] in GIVEN
    return low in GIVEN or low in _CENSUS


def nonname(low: str) -> bool:
    return (
        low in NONNAME
        or low in data.STOPWORDS
        or (len(low) > 5 and low not in GIVEN and _DRUG_SUFFIX.search(low) is not None)
    )


_AGE_AFTER = re.compile(
    r"\s*,\s*\d{1,2}(?!\d|[.,:]\d)(?!\s*(?:h\b|hrs?|hours?|min|days?|weeks?|months?))"
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
        if lj in data.INSTITUTION_WORDS and not _AGE_AFTER.match(t.text, t.ends[j]):
            return True  # not "I'm Ji-woo Park, 24": no institution has an age
        if not titlecase(t.toks[j]):
            break
        j += 1
    return False
