"""A learned second reader for PHI: an averaged-perceptron token tagger.

The rules (the other modules of this package) know the cues and shapes their writers used; a new
writer puts a name or a number where no rule looks ("Tue - Hannah", "my halmeoni Park Soon-ja",
an MRN three lines under its label). The tagger reads every token with its neighbours, the words
before it and its shape, and labels it with a kind or with nothing. It was trained by
``bench/train_phi_tagger.py`` on the team's labelled sets and only *adds* spans where the rules
found nothing (``find`` runs it after ``resolve``), so everything the rules decide stays decided.

Inference is a greedy left-to-right pass: per token a few dozen feature lookups in one dict, the
previous two labels as features. Tokens that cannot be PHI on their own (a lower-case word of the
shipped everyday vocabulary, punctuation) are labelled nothing without scoring. Pure Python,
deterministic, no model download: the weights ship as ``weighin/safety/data/phi_tagger.json``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from weighin.safety.anchors import Gated

from . import data
from .kinds import Cand, Kind
from .later import counted
from .name_words import CHAT_WORDS, NONNAME, PLACES, english_words, folded, given, nonname
from .names_more import public_figure
from .numbers import impossible_ssn
from .phones import NANP_TOLL_FREE

__all__ = ["DATA", "Tagger", "learned_spans", "token_features", "tokens"]

DATA = Path(__file__).resolve().parent.parent / "data" / "phi_tagger.json"
OUT = "O"
_TOKEN = re.compile(r"[^\W_]+(?:[-'\u2019./@][^\W_]+)*|[^\w\s]")
# Between two tokens of one span: spaces and the punctuation of numbers and addresses.
_JOIN = re.compile(r"[ \t,.\-/()#:+]{0,3}")
_CUE_WINDOW = 6
Token = tuple[int, int, str]


def tokens(text: str) -> list[Token]:
    """Word and punctuation tokens as (start, end, text)."""
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=65536)
def _shape(word: str) -> tuple[str, str]:
    """The word's shape ("Xxxx", "ddd-dd-dddd") and its short form, runs collapsed ("Xx")."""
    out = []
    for ch in word:
        if ch.isdigit():
            out.append("d")
        elif ch.isalpha():
            out.append("X" if ch.isupper() else "x")
        else:
            out.append(ch)
    full = "".join(out)
    short = re.sub(r"(.)\1+", r"\1", full)
    if len(full) > 16:
        full = short
    return full, short


def token_features(toks: list[Token], i: int, text: str, prev: str, prev2: str) -> list[str]:
    """The features of token ``i``: the word, its shape, affixes, neighbours, the words shortly
    before it (cues given some words earlier), where it sits on its line, and the labels given to
    the two tokens before it."""
    start, _, word = toks[i]
    low = word.lower()
    full, short = _shape(word)
    f = [
        "b",
        "w=" + low,
        "s=" + full,
        "ss=" + short,
        "p=" + prev,
        "pp=" + prev2 + "|" + prev,
    ]
    if word.isalpha():
        f.append("p3=" + low[:3])
        f.append("s3=" + low[-3:])
        f.append("ss|p=" + short + "|" + prev)
    else:
        f.append(f"nd={min(sum(c.isdigit() for c in word), 12)}")
    for off in (-2, -1, 1, 2):
        j = i + off
        if 0 <= j < len(toks):
            nw = toks[j][2]
            f.append(f"w{off}={nw.lower()}")
            f.append(f"ss{off}={_shape(nw)[1]}")
        else:
            f.append(f"w{off}=<>")
    if i > 0:
        f.append("w-1|ss=" + toks[i - 1][2].lower() + "|" + short)
        gap = text[toks[i - 1][1] : start]
        if "\n" in gap:
            f.append("bol")
    else:
        f.append("bol")
    for j in range(max(0, i - _CUE_WINDOW), max(0, i - 2)):
        nw = toks[j][2]
        if nw.isalpha():
            f.append("c=" + nw.lower())
    return f


class Tagger:
    """The tagger's weights: ``tag(text)`` gives its spans."""

    def __init__(self, data: dict) -> None:
        self.labels: list[str] = data["labels"]
        self.margin: float = float(data.get("margin", 0.0))
        self.kinds = frozenset(data["kinds"])
        self.lexicon = frozenset(data["lexicon"])
        # One dense vector per feature (a score per label): a token's scores are then column
        # sums over a handful of tuples, done in C by zip and sum.
        n = len(self.labels)
        self.weights: dict[str, tuple[float, ...]] = {}
        for name, pairs in data["weights"].items():
            vec = [0.0] * n
            for c, w in pairs:
                vec[int(c)] = float(w)
            self.weights[name] = tuple(vec)

    @classmethod
    def load(cls, path: Path = DATA) -> Tagger:
        with path.open(encoding="utf-8") as fh:
            return cls(json.load(fh))

    def skip(self, word: str) -> bool:
        """A token labelled nothing unscored: punctuation, or an everyday lower-case word."""
        return not word[0].isalnum() or (word.islower() and word in self.lexicon)

    def label(self, feats: list[str]) -> str:
        vecs = [v for v in map(self.weights.get, feats) if v is not None]
        if not vecs:
            return OUT
        scores = list(map(sum, zip(*vecs, strict=True)))
        scores[0] += self.margin  # label 0 is OUT; a margin trades recall for precision
        return self.labels[scores.index(max(scores))]

    def labels_for(self, text: str) -> tuple[list[Token], list[str]]:
        toks = tokens(text)
        out: list[str] = []
        prev = prev2 = OUT
        for i, (_, _, word) in enumerate(toks):
            lab = OUT if self.skip(word) else self.label(token_features(toks, i, text, prev, prev2))
            out.append(lab)
            prev2, prev = prev, lab
        return toks, out

    def tag(self, text: str, known: Sequence[Cand] = ()) -> list[Cand]:
        """Spans of the kinds the tagger is trusted with: runs of one label, joined across the
        spaces and punctuation inside a number or an address. ``known``: spans found already
        (a date right after a known name may be a date of birth)."""
        toks, labs = self.labels_for(text)
        return spans_of(text, toks, labs, self.kinds, self.lexicon, known)


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
_POSSESSIVE = re.compile(r"['\u2019]s?$")
# "donepezil (Aricept", "interferon (Avonex, Betaseron, and ": the word before the parenthesis
_BRAND_IN_PARENS = re.compile(
    r"(?<![^\W\d_])([^\W\d_]{4,})\s*\((?:[^()\n]{0,60}[,/]\s*(?:and\s+|or\s+)?)?$"
)
_GENERIC_AFTER = re.compile(r"\s*\(\s*[a-z]")  # "Amaryl (glimepiride)": a brand, then its generic
_TITLE_BEFORE = re.compile(r"\b(?i:dr|mr|mrs|ms|miss|prof|nurse|doctor)\.?\s+$")
_GIVEN_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)['\u2019\"]?\s+['\u2019\"]?$")
_GIVEN_AFTER = re.compile(r"\s*,\s*[A-Z][a-z]")
_STATE_AFTER = re.compile(r",?\s+([A-Z]{2})\b")
_THING_NAME_BEFORE = re.compile(
    r"\b(?i:drug|medication|medicine|pill|brand|tablet|generic|product|condition|disease|"
    r"syndrome|app|device|test|procedure)['\u2019]?s?\s+name\s*(?:is|was|:)?\s*$"
)
_TITLE_WORDS = data.words("dr dra drs mudr mddr prof med mr mrs ms mx miss sir madam nurse doctor")
_NONNAME_FOLDED = folded(NONNAME | data.NATIONALITY_WORDS | data.EPONYMS) | PLACES


@lru_cache(maxsize=1)
def _world_places() -> frozenset[str]:
    """The words of every country's English name (libphonenumber's geocoder data) and the
    continents: "Sweden", "South America" are places, whatever the census says of "America"."""
    from phonenumbers.geodata.locale import LOCALE_DATA

    names = " ".join(v["aa"] for v in LOCALE_DATA.values() if not v["aa"].startswith("*"))
    continents = "america americas africa europe asia oceania antarctica arabia caribbean"
    return folded(frozenset(_NAME_WORD.findall(names + " " + continents)))


# What follows an eponym, a place or an institution rather than a person's name.
_HEAD_AFTER = Gated(
    re.compile(
        r"['\u2019]?s?(?:\s+[A-Z][\w'\u2019-]*){0,3}\s+"  # up to three more capitalised words
        r"(?i:syndrome|disease|disorder|sign|reflex|test|scale|score|tumou?r|vaccine|"
        r"muscular|myasthenic|palsy|phenomenon|procedure|maneuver|manoeuvre|criteria|classification|"
        r"institute|university|college|hospital|clinic|center|centre|foundation|association|"
        r"society|county|city|state|street|avenue|road)\b"
    )
)


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# A citation's parts: a DOI ("doi: 10.1111/j.1540-...") or a year in brackets ("J. (2008).").
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
        and not _REFERENCE.search(text, max(0, start - 6), end + 2)
        and not (len(span) == 4 and span.startswith(("19", "20")))  # a year
        and not toll_free
        and not counted(text, start, end)
    )


# Words real medical text capitalises that no writer's name list holds.
_NEVER_NAMES = data.words("cetera trisomy leiden")
_PLACE_OF_BEFORE = re.compile(
    r"\b(?:province|region|state|city|county|town|village|island|republic|kingdom|district"
    r"|prefecture|canton|department|municipality)\s+of\s+$",
    re.IGNORECASE,
)


def _plausible_name(text: str, start: int, end: int, lexicon: frozenset[str]) -> bool:
    """A name needs a word that reads as one (a given name, or a word that is no English word,
    drug, place or eponym); a single word or a name with no given name in it must not open a line,
    a list item or a sentence, where any capitalised word stands."""
    words = _NAME_WORD.findall(text, start, end)
    if not words or _HEAD_AFTER.match(text, end) or _GENERIC_AFTER.match(text, end):
        return False
    generic = _BRAND_IN_PARENS.search(text, max(0, start - 80), start)
    if generic and _drug_word(generic.group(1)):
        return False  # "donepezil (Aricept)", "beta interferon (Avonex, Betaseron, and Rebif)"
    lows = [_POSSESSIVE.sub("", w.lower()) for w in words]
    if len("".join(lows)) < 2 or any(low in _world_places() for low in lows):
        return False  # "Dr. X"; "Sweden", "Central America"
    if any(low in _TITLE_WORDS or low in CHAT_WORDS for low in lows):
        return False  # "MUDr."; "my wife preggo has"
    if any(low in data.NATIONALITY_WORDS or low in _NEVER_NAMES for low in lows):
        return False  # "German physician", "et cetera", "factor V Leiden"
    if _PLACE_OF_BEFORE.search(text, max(0, start - 25), start):
        return False  # "the province of Brittany", "the city of Florence"
    state = _STATE_AFTER.match(text, end)
    if state and state.group(1) in data.US_STATE_ABBR:  # "Baltimore, MD": a city
        return False
    if _THING_NAME_BEFORE.search(text, max(0, start - 40), start) or public_figure(
        text, (start, end, Kind.PERSON_NAME)
    ):
        return False  # "the drug's name is Qulipta"; "Selena Gomez", "Uncle Sam"
    english = english_words()
    if words[0][0].isupper():
        # a surname after a given name ("Demetrius Hall") or a title ("Dr. Okafor"; not "Dr Said")
        before = _GIVEN_BEFORE_RE.search(text, 0, start)
        if before and given(before.group(1).lower()) and not _medical(lows[0]):
            return True
        if _TITLE_BEFORE.search(text, 0, start) and (given(lows[0]) or lows[0] not in english):
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
        parts = low.split("-")
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


def spans_of(
    text: str,
    toks: list[Token],
    labs: list[str],
    kinds: frozenset[str],
    lexicon: frozenset[str],
    known: Sequence[Cand] = (),
) -> list[Cand]:
    out: list[list] = []
    for (s, e, _), lab in zip(toks, labs, strict=True):
        if lab == OUT or lab not in kinds:
            continue
        if out and out[-1][2] == lab and _JOIN.fullmatch(text[out[-1][1] : s]):
            out[-1][1] = e
        else:
            out.append([s, e, lab])
    names = [(s, e, Kind(k)) for s, e, k in out if k == "PERSON_NAME"]
    names = [c for c in names if plausible(text, c[0], c[1], c[2], lexicon, [])]
    # a date right after a name may be its date of birth; not after a doctor's ("Dr Amara 03/04")
    name_ends = [
        e
        for s, e, k in [*known, *names]
        if k == Kind.PERSON_NAME and not _TITLE_BEFORE.search(text, 0, s)
    ]
    return sorted(
        names
        + [
            (s, e, Kind(k))
            for s, e, k in out
            if k != "PERSON_NAME" and plausible(text, s, e, k, lexicon, name_ends)
        ]
    )


@lru_cache(maxsize=1)
def _shipped() -> Tagger:
    return Tagger.load()


def learned_spans(text: str, spans: list[Cand]) -> list[Cand]:
    """``spans`` (the rules', sorted, never overlapping) with the tagger's spans added where they
    overlap none of them."""
    found = _shipped().tag(text, spans)
    extra = [c for c in found if not any(c[0] < e and s < c[1] for s, e, _ in spans)]
    return sorted(spans + extra) if extra else spans
