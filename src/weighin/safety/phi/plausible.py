"""What the tagger may add: a plausibility check on each span it proposes.

The PHI sets are dense with names, so the raw tagger takes every capitalised word at the head of
a list item in real medical text for a name. A name must contain a word that reads as one (a
given name, or a word in no English word list, drug, place or eponym list), may not be a lone
word opening a line, list item or sentence, and is never a brand before its generic, a city
before a state, a public figure or a nationality. A date of birth needs its birth word (and to be
that word's first date) or a name just before it; an identity number needs four digits and is
never a toll-free number, a year range, a citation or a count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from weighin.safety.anchors import Gated

from . import data
from .dates import plausible_date
from .kinds import Kind
from .later import counted
from .name_words import CHAT_WORDS, NONNAME, PLACES, english_words, folded, given, nonname
from .not_person import not_a_person
from .numbers import impossible_ssn
from .phones import NANP_TOLL_FREE

__all__ = ["HEAD_AFTER", "TITLE_BEFORE", "TITLE_WORDS", "plausible", "world_places"]

_NAME_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
# Where any capitalised word stands: the start of a line, sentence or list item. A form's
# field label ("Student:", "Parent/guardian:", "Mon late:") is a cue for a name, not an opening.
_OPENS = re.compile(r"(?:^|[.!?;\n\u2022*>]|(?<!\w)(\w*)\s*:|\s[-\u2013])\s*$")
_FIELD_LABELS = data.KIN_WORDS | data.words(
    """
    student patient pt parent guardian name member contact insured subscriber resident client
    caregiver carer from to cc attn nurse doctor physician provider therapist holder cardholder
    beneficiary spouse partner kin early late am pm mon tue wed thu fri sat sun monday tuesday
    wednesday thursday friday saturday sunday
    """
)
_KIN_BEFORE = Gated(
    re.compile(
        r"\b(?i:"
        + "|".join(sorted(map(re.escape, data.KIN_WORDS), key=len, reverse=True))
        + r")\s+$"
    )
)
# Medical terms SCOWL lacks ("Telangiectasia", "Myoclonus"); not name endings.
_MEDICAL_SUFFIX = re.compile(
    r"(?:itis|osis|oma|emia|aemia|ectomy|otomy|ostomy|ology|opathy|algia|plasia|trophy|genesis|"
    r"uria|cele|penia|scopy|graphy|ism|ase|ia|onus|ae)$"
)
_DOB_SHAPE = re.compile(
    r"\d{1,4}\s*[./\-]\s*\d{1,2}\s*[./\-]\s*\d{2,4}|\d{4}\s*[./\-]\s*\d{1,2}|"
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d\s*(?i:jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|oct|nov|dec)"
)
_BIRTH_CUE = re.compile(
    r"(?i:born|birth|\bd\.?o\.?b\b|bday|nacimiento|nac\.|naissance|n[ée]e? le|geburt|geb\.|"
    r"nascimento|nascid|nato|nata|sinh|urodzon|\u0440\.\s?\u043d\.|\u0440\u043e\u0436\u0434|"
    r"出生|生年月日|생년월일)"
)
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*[-/\u2013]\s*(?:19|20)?\d\d")
# Two short numbers joined by a dash: a range or a broken decimal ("101. 8-100. 8"), no ID.
_SMALL_RANGE = re.compile(r"\d{1,3}\s*[-\u2013]\s*\d{1,3}")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
# "donepezil (Aricept", "melatonin 2mg (Circadin", "interferon (Avonex, Betaseron, and ": the
# word before the parenthesis
_BRAND_IN_PARENS = re.compile(
    r"(?<![^\W\d_])([^\W\d_]{4,})"
    # ... with its dose between: "melatonin 2mg (Circadin)"
    r"(?:\s+\d+(?:\.\d+)?\s?(?i:mg|mcg|\u00b5g|g|ml|units?|iu|%)(?:/\w+)?)?"
    r"\s*\((?:[^()\n]{0,60}[,/]\s*(?:and\s+|or\s+)?)?$"
)
_GENERIC_AFTER = re.compile(r"\s*\(\s*[a-z]")  # "Amaryl (glimepiride)": a brand, then its generic
TITLE_BEFORE = re.compile(r"\b(?i:dr|mr|mrs|ms|miss|prof|nurse|doctor)\.?\s+$")
_GIVEN_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)['\u2019\"]?\s+['\u2019\"]?$")
_GIVEN_AFTER = re.compile(r"\s*,\s*[A-Z][a-z]")
_STATE_AFTER = re.compile(r",?\s+([A-Z]{2})\b")
_THING_NAME_BEFORE = re.compile(
    r"\b(?i:drug|medication|medicine|pill|brand|tablet|generic|product|condition|disease|"
    r"syndrome|app|device|test|procedure)['\u2019]?s?\s+name\s*(?:is|was|:)?\s*$"
)
TITLE_WORDS = data.words("dr dra drs mudr mddr prof med mr mrs ms mx miss sir madam nurse doctor")
_NONNAME_FOLDED = folded(NONNAME | data.NATIONALITY_WORDS | data.EPONYMS) | PLACES


@lru_cache(maxsize=1)
def world_places() -> frozenset[str]:
    """The words of every country's English name (libphonenumber's geocoder data) and the
    continents: "Sweden", "South America" are places, whatever the census says of "America"."""
    from phonenumbers.geodata.locale import LOCALE_DATA

    names = " ".join(v["aa"] for v in LOCALE_DATA.values() if not v["aa"].startswith("*"))
    continents = "america americas africa europe asia oceania antarctica arabia caribbean"
    return folded(frozenset(_NAME_WORD.findall(names + " " + continents)))


# What follows an eponym, a place or an institution rather than a person's name.
HEAD_AFTER = Gated(
    re.compile(
        r"['\u2019]?s?(?:\s+[A-Z][\w'\u2019-]*){0,3}\s+"  # up to three more capitalised words
        r"(?i:syndrome|disease|disorder|sign|reflex|tests?|titres?|titers?|scale|score|tumou?r|"
        r"vaccine|muscular|myasthenic|palsy|phenomenon|procedure|maneuver|manoeuvre|criteria|classification|"
        r"institute|university|college|hospital|clinic|center|centre|foundation|association|"
        r"society|county|city|state|street|avenue|road)\b"
    )
)


# A contraction's ending: what is left is the word ("hasn't" is "has", "we'll" is "we").
_CONTRACTED = re.compile(r"(?:n't|'(?:m|re|ve|ll|d))$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# A citation's parts: a DOI ("doi: 10.1111/j.1540-...") or a year in brackets ("J. (2008).").
# A medicine's own codes: "Ibuflam 600 (PZN 03161577)", "NDC 0002-1433-80", "Lot: 4471A"
# ... and a lab's, an insurer's or an app's own: "DIN 02238281" (a Canadian drug number),
# "CLIA #05D0642827", "Payer ID: 87726", "Session ID: 8f2a-11c9"
_PRODUCT_CODE_BEFORE = re.compile(
    r"\b(?i:pzn|ndc|din|ean|gtin|upc|sku|batch|lot|barcode|ch\.?-?b|clia|payer\s+id|session\s+id"
    # a provider's registry number and billing codes: "the provider NPI 1467583022", "CPT 99214"
    r"|npi|cpt|hcpcs|icd(?:-?1[01])?|ein|tax\s+id"
    # a shop's own number: "my local pharmacy (#03318)", "store 4471"
    r"|pharmacy|store|branch|shop)"
    r"\b\.?\s*(?i:no\.?|number|#)?[\s:#.(]*$"
)
# Billing and diagnosis codes: ICD-10 ("M54.50/M54.51"), a procedure code with its modifier
# ("99213-25"), or any number a visit was coded or billed with.
_ICD_SHAPE = re.compile(
    r"[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?(?:\s?[/,]\s?[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?)*"
)
_CPT_MODIFIER = re.compile(r"\d{5}-(?:2[2-9]|5\d|7[6-9]|9[1-5]|TC|GT|LT|RT)")
_CODED_BEFORE = re.compile(
    r"\b(?:coded|coding|recoded|billed (?:it |me )?(?:as|under|with)|code[sd]?|modifiers?)\b"
    r"(?:\s+(?:it|me|him|her|them|the|my|this|that|visit|as|under|with|a|an|cpt|icd(?:-10)?))*"
    r"[\s:#(]*$",
    re.IGNORECASE,
)
_DATE_SHAPE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d")
_REFERENCE = re.compile(r"\bdoi\b|\b10\.\d{4,9}/|\((?:19|20)\d\d[a-z]?\)")


def plausible(
    text: str, start: int, end: int, kind: str, lexicon: frozenset[str], name_ends: list[int]
) -> bool:
    """Whether a tagger span is worth masking. The tagger learned from texts dense with PHI;
    ordinary medical text has capitalised words at the head of every line and list item, drug
    and place names, ordinals, visit dates and reference years, which no PHI set shows it
    enough of. ``name_ends``: where the names found in the text end."""
    if kind == "PERSON_NAME":
        return _plausible_name(text, start, end, lexicon)
    span = text[start:end]
    if kind == "DATE_OF_BIRTH":  # a date near a birth word or right after a name on its line
        cue = _BIRTH_CUE.search(text, max(0, start - 60), start)
        if cue is not None and _DOB_SHAPE.search(text, cue.end(), start):
            cue = None  # the birth word's own date came first ("DOB: 1984-12-09 Admitted: ...")
        return _DOB_SHAPE.search(span) is not None and (
            # the birth word in the same sentence ("DOB is on my card. My last visit was ...")
            (cue is not None and _SENTENCE_END.search(text, cue.end(), start) is None)
            or _BIRTH_CUE.match(text, end) is not None
            or any(0 <= start - e <= 30 and "\n" not in text[e:start] for e in name_ends)
        )
    bare = re.sub(r"\D", "", span)
    toll_free = (len(bare) == 11 and bare[0] == "1" and bare[1:4] in NANP_TOLL_FREE) or (
        len(bare) == 10 and bare[:3] in NANP_TOLL_FREE
    )
    return (
        len(bare) >= 4
        and not impossible_ssn(span)
        and not _YEAR_RANGE.fullmatch(span)
        and not _SMALL_RANGE.fullmatch(span)
        and not _REFERENCE.search(text, max(0, start - 6), end + 2)
        and not _PRODUCT_CODE_BEFORE.search(text, max(0, start - 20), start)
        and not _ICD_SHAPE.fullmatch(span)
        and not _CPT_MODIFIER.fullmatch(span)
        and not _CODED_BEFORE.search(text, max(0, start - 40), start)
        and not (len(span) == 4 and span.startswith(("19", "20")))  # a year
        # a date where an identifier was expected: "effective 03-01-2022"
        and not (kind != "DATE_OF_BIRTH" and _DATE_SHAPE.fullmatch(span) and plausible_date(span))
        and not toll_free
        and not counted(text, start, end)
    )


_FIELD_LABEL = re.compile(r"[ \t]*:")
# Words real medical text capitalises that no writer's name list holds.
_NEVER_NAMES = data.words("cetera trisomy leiden")
# A place's first word ("Port Harcourt", "San Isidro", "Mount Gravatt"), a German article before
# a capitalised noun ("an den Händen"), an Indonesian or Malay "I" before a lower-case word ("saya
# hamil": I am pregnant; a name comes after "nama saya").
_NOT_NAME_BEFORE = re.compile(
    r"(?:\b(?:Port|Mount|Mt\.?|Fort|Lake|San|Santa|Santo|Los|Las|Cape|Saint|St\.?)"
    r"|\b(?:den|dem|der|des|das|einen|einem|einer|eine|zum|zur|vom|beim))\s+$"
)
_I_BEFORE = re.compile(r"(?<!nama )\b(?i:saya|aku)\s+$")
_PLACE_OF_BEFORE = re.compile(
    r"\b(?:province|region|state|city|county|town|village|island|republic|kingdom|district"
    r"|prefecture|canton|department|municipality)\s+of\s+$",
    re.IGNORECASE,
)


# A bare number right after, as a product's model is numbered (not an age: "Sophie (9)",
# "Sophie, 9", "Sophie 9 years")
_MODEL_AFTER = re.compile(
    r"(?:[ \t]+(?!No\b)(?P<w>[A-Z][a-z]+))?[ \t]+\d{1,4}\b(?![.,:/\-]\d)"
    r"(?![ \t]*(?:y/?o|yrs?|years?|months?|mos?|weeks?)\b)"
)


def _plausible_name(text: str, start: int, end: int, lexicon: frozenset[str]) -> bool:
    """A name needs a word that reads as one (a given name, or a word that is no English word,
    drug, place or eponym); a single word or a name with no given name in it must not open a line,
    a list item or a sentence, where any capitalised word stands."""
    words = _NAME_WORD.findall(text, start, end)
    if not words or HEAD_AFTER.match(text, end) or _GENERIC_AFTER.match(text, end):
        return False
    if (
        _FIELD_LABEL.match(text, end)
        and (start == 0 or text[start - 1] == "\n")
        and not any(given(w.lower()) for w in words)
    ):
        return False  # a form's field at the head of its line ("Result: Vitamin B12 180"), not
        # a speaker in a pasted chat ("Thabo: my chest hurts")
    generic = _BRAND_IN_PARENS.search(text, max(0, start - 80), start)
    if generic and _drug_word(generic.group(1)):
        return False  # "donepezil (Aricept)", "beta interferon (Avonex, Betaseron, and Rebif)"
    lows = [_POSSESSIVE.sub("", w.lower()) for w in words]
    if len("".join(lows)) < 2 or any(low in world_places() for low in lows):
        return False  # "Dr. X"; "Sweden", "Central America"
    if any(low in TITLE_WORDS or low in CHAT_WORDS for low in lows):
        return False  # "MUDr."; "my wife preggo has"
    model = _MODEL_AFTER.match(text, end)
    if model:
        last = model.group("w") or words[-1]
        # capitalised as a product's name is, and a word: lower case "sean murphy 52" is an age
        if last[0].isupper() and last.lower() in english_words() and not given(last.lower()):
            return False  # a model and its number: "Brooks Ghost 15", "Garmin Forerunner 265"
    if any(low in data.NATIONALITY_WORDS or low in _NEVER_NAMES for low in lows):
        return False  # "German physician", "et cetera", "factor V Leiden"
    if _NOT_NAME_BEFORE.search(text, max(0, start - 12), start) or (
        text[start].islower() and _I_BEFORE.search(text, max(0, start - 12), start)
    ):
        return False  # "Port Harcourt", "an den Händen", "saya hamil"
    if _PLACE_OF_BEFORE.search(text, max(0, start - 25), start):
        return False  # "the province of Brittany", "the city of Florence"
    state = _STATE_AFTER.match(text, end)
    if state and state.group(1) in data.US_STATE_ABBR:  # "Baltimore, MD": a city
        return False
    if _THING_NAME_BEFORE.search(text, max(0, start - 40), start) or not_a_person(
        text, (start, end, Kind.PERSON_NAME)
    ):
        return False  # "the drug's name is Qulipta"; "Selena Gomez", "Uncle Sam"; "my dog Bella"
    english = english_words()
    if words[0][0].isupper():
        # a surname after a given name ("Demetrius Hall") or a title ("Dr. Okafor"; not "Dr Said")
        before = _GIVEN_BEFORE_RE.search(text, 0, start)
        if before and given(before.group(1).lower()) and not _medical(lows[0]):
            return True
        if TITLE_BEFORE.search(text, 0, start) and (given(lows[0]) or lows[0] not in english):
            return True
        if (
            _KIN_BEFORE.search(text, max(0, start - 30), start)
            and not _medical(lows[0])
            and (given(lows[0]) or lows[0] not in english)
        ):
            return True  # "my son Will", "Auntie Ngozi": a capitalised name after a kin word
    if any(not given(low) and _medical(low) for low in lows):
        return False

    def word(low: str) -> bool:
        low = low.replace("\u2019", "'")
        if low in lexicon:
            return True
        parts = _CONTRACTED.sub("", low).split("-")  # "hasn't", "i'm": "has", "i"
        return all(p in lexicon or p in english or p.removesuffix("s") in english for p in parts)

    def namelike(low: str) -> bool:
        return given(low) or not (word(low) or low in _NONNAME_FOLDED)

    if len(words) == 1:
        if not namelike(lows[0]):
            return False
        if words[0].isupper() and not _GIVEN_AFTER.match(text, end):
            return False
        opens = _opens(text, start)
        # at the head of a line or sentence only a given name that is no word ("Will I need")
        return not opens or (given(lows[0]) and not word(lows[0]))
    if any(given(low) for low in lows):
        return True
    return all(namelike(low) for low in lows) and not _opens(text, start)


def _opens(text: str, start: int) -> bool:
    m = _OPENS.search(text, 0, start)
    return m is not None and not (m.group(1) and m.group(1).lower() in _FIELD_LABELS)


def _drug_word(word: str) -> bool:
    """The word before a parenthesis names a thing (a generic drug), not a person or a role:
    "donepezil (Aricept)", not "Parent (Dawn Whitehorse)" or "Harold (Hal) Jenkins"."""
    low = word.lower()
    if low in data.DRUG_AND_BRAND_WORDS:
        return True
    return word.islower() and not (low in _FIELD_LABELS or low in data.STOPWORDS or given(low))


def _medical(low: str) -> bool:
    if low in data.DRUG_AND_BRAND_WORDS or (nonname(low) and low not in data.STOPWORDS):
        return True
    return len(low) > 4 and _MEDICAL_SUFFIX.search(low) is not None
