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

from .kinds import Cand, Kind
from .plausible import TITLE_BEFORE, plausible

__all__ = ["DATA", "Tagger", "everyday_words", "learned_spans", "token_features", "tokens"]

DATA = Path(__file__).resolve().parent.parent / "data" / "phi_tagger.json"
OUT = "O"
_TOKEN = re.compile(r"[^\W_]+(?:[-'\u2019./@][^\W_]+)*|[^\w\s]")
# Between two tokens of one span: spaces and the punctuation of numbers and addresses.
_JOIN = re.compile(r"[ \t,.\-/()#:+]{0,3}")
_CUE_WINDOW = 6
_ID_KINDS = frozenset({Kind.MRN, Kind.INSURANCE_ID, Kind.SSN})
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
        if k == Kind.PERSON_NAME and not TITLE_BEFORE.search(text, 0, s)
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


def everyday_words() -> frozenset[str]:
    """The tagger's everyday lower-case vocabulary (chat words and abbreviations: "endo",
    "insta", "ivf")."""
    return _shipped().lexicon


def learned_spans(text: str, spans: list[Cand]) -> list[Cand]:
    """``spans`` (the rules', sorted, never overlapping) with the tagger's spans added where they
    overlap none of them."""
    found = _shipped().tag(text, spans)
    extra = [c for c in found if not any(c[0] < e and s < c[1] for s, e, _ in spans)]
    if not extra:
        return spans
    # A number shaped like one the rules found is of its kind ("member ID is W4829301756 and my
    # daughter's is W4829301757"): the rules read a cue, the tagger only the neighbourhood.
    kinds = {_shape(text[s:e])[0]: k for s, e, k in spans if k in _ID_KINDS}
    extra = [
        (s, e, kinds.get(_shape(text[s:e])[0], k)) if k in _ID_KINDS else (s, e, k)
        for s, e, k in extra
    ]
    return sorted(spans + extra)
