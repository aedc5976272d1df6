"""A small learned backstop: logistic regressions over word and character n-grams.

The rules know phrasings; they miss new ones ("ive got the blades. sorry to everyone"). Two
logistic regressions, trained by ``bench/train_triage.py`` on the team's labelled sets, score how
much a text reads like the emergencies and the self-harm texts in those sets:

- ``emergency``: the text describes an emergency;
- ``self_harm``: the text is about current self-harm or suicidal thoughts (urgent or emergency).

Features are binary: words, word pairs, and character 3- to 5-grams of each word (so typos and
unseen inflections still share most features), each block scaled to unit length. Inference is a
dictionary lookup per feature and a sigmoid: pure Python, deterministic, a few microseconds.

The weights ship as ``weighin/safety/data/triage_model.json`` with the thresholds picked by
cross-validation by file (train on all sets but one, score the one left out).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from weighin.safety.triage.facts import Facts
from weighin.safety.triage.scope import negated

DATA = Path(__file__).resolve().parent.parent / "data" / "triage_model.json"
TARGETS = ("emergency", "self_harm")
# Thresholds: self-harm raise; emergency (self-harm emergencies); a text the rules left routine
# raised to an emergency; a text the rules found urgent raised to an emergency.
THRESHOLDS = ("self_harm", "emergency", "routine", "urgent")
_WORD = re.compile(r"[a-z0-9']+")
# A self-harm raise must rest on content, not on the writer's voice: the self-harm score with
# the features made only of function words left out ("i have", "i", "have" as grams) must
# reach this floor too, whole and in the current words. Short first-person questions ("i have
# scabies will my family get them?", "i have scoliosis i'm worried") scored 0.70-0.76 on voice
# alone (content 0.09-0.16). At 0.25 no labelled or pinned self-harm text the model alone raises
# is lost, and 22 of 49 real-question flags go; at 0.3 a labelled one is lost (REPORT, third
# session of 2026-11-29).
SELF_HARM_CONTENT_FLOOR = 0.25
_FUNCTION_WORDS = (
    "i me my mine myself im i'm ive i've id i'd ill i'll you your yours youre he him his she her"
    " hers it its we us our they them their a an the am is are was were be been being have has"
    " had do does did will would shall should can could may might must of to in on at for with"
    " about from by up into and or but so if that this these those then than hi hello hey"
    " please"
)
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())


def voice_feature(name: str) -> bool:
    """Whether feature ``name`` is made only of function words: a word, a pair of words, or a
    word's whole padded character gram (``_char_grams`` writes "c" + " i ")."""
    kind, _, rest = name.partition(" ")
    if kind in ("w", "b"):
        return all(w in FUNCTION_WORDS for w in rest.split(" "))
    return kind == "c" and name.endswith(" ") and rest[:-1] in FUNCTION_WORDS


def _word_feats(words: list[str]) -> set[str]:
    """The word block: each word and each pair of neighbouring words."""
    return {"w " + w for w in words} | {f"b {a} {b}" for a, b in pairwise(words)}


def _blocks(t: str) -> tuple[set[str], set[str]]:
    words = _WORD.findall(t)
    word_feats = _word_feats(words)
    char_feats: set[str] = set()
    for w in set(words):
        char_feats.update(_char_grams(w))
    return word_feats, char_feats


@lru_cache(maxsize=65536)
def _char_grams(word: str) -> frozenset[str]:
    padded = f" {word} "
    return frozenset("c" + padded[i : i + n] for n in (3, 4, 5) for i in range(len(padded) - n + 1))


def features(t: str) -> dict[str, float]:
    """Binary n-gram features of normalised text, each block (words, characters) of unit length."""
    out: dict[str, float] = {}
    for block in _blocks(t):
        if block:
            out.update(dict.fromkeys(block, 1 / math.sqrt(len(block))))
    return out


def live_text(f: Facts) -> str:
    """The words the rules take as current: no negated, past, hypothetical or general-question
    words, and no idioms. The model must find its evidence here too before it raises a level."""
    t = f.t
    parts: list[str] = []
    for c in f.clauses:
        if c.info or c.past:
            continue
        end = c.hypo_at if c.hypo_at >= 0 else c.end
        words = [
            m.group(0)
            for m in _WORD.finditer(t, c.start, end)
            if not f.in_idiom(m.start(), m.end())
            and not any(a <= m.start() < b for a, b in f.idioms)
            and not negated(t, c, m.start())
        ]
        if words:
            parts.append(" ".join(words))
    return " . ".join(parts)


@dataclass(frozen=True)
class Scores:
    emergency: float
    self_harm: float


class Model:
    """Weights and thresholds of the two regressions."""

    def __init__(self, data: dict) -> None:
        self.bias = tuple(float(data["bias"][k]) for k in TARGETS)
        # a threshold a model was not fitted with is off
        self.thresholds = {k: float(data["thresholds"].get(k, 1.01)) for k in THRESHOLDS}
        self.table: dict[str, tuple[float, float]] = {
            name: (float(w[0]), float(w[1])) for name, w in data["features"].items()
        }
        self._words: dict[str, tuple[frozenset[str], float, float]] = {}
        self._content: Model | None = None

    def content(self) -> Model:
        """The same model without its voice features (``voice_feature``), built on first use."""
        if self._content is None:
            m = Model.__new__(Model)
            m.bias, m.thresholds = self.bias, self.thresholds
            m.table = {k: w for k, w in self.table.items() if not voice_feature(k)}
            m._words, m._content = {}, None
            self._content = m
        return self._content

    @classmethod
    def load(cls, path: Path = DATA) -> Model:
        with path.open(encoding="utf-8") as fh:
            return cls(json.load(fh))

    def scores(self, t: str) -> Scores:
        z_em, z_sh = self.bias
        get = self.table.get
        words = _WORD.findall(t)
        block = _word_feats(words)
        if block:
            em = sh = 0.0
            for name in block:
                w = get(name)
                if w is not None:
                    em += w[0]
                    sh += w[1]
            scale = 1 / math.sqrt(len(block))
            z_em += em * scale
            z_sh += sh * scale
        # The character block, as ``features`` makes it (each gram once), summed per word from
        # a cache: each word's own sums, less a gram's weight each time another word repeats it.
        grams: set[str] = set()
        em = sh = 0.0
        for word in dict.fromkeys(words):
            own, w_em, w_sh = self._word(word)
            for name in own & grams:
                w = get(name)
                if w is not None:
                    w_em -= w[0]
                    w_sh -= w[1]
            grams |= own
            em += w_em
            sh += w_sh
        if grams:
            scale = 1 / math.sqrt(len(grams))
            z_em += em * scale
            z_sh += sh * scale
        return Scores(_sigmoid(z_em), _sigmoid(z_sh))

    def _word(self, word: str) -> tuple[frozenset[str], float, float]:
        """A word's character grams and the sums of their weights (cached; most words recur)."""
        found = self._words.get(word)
        if found is None:
            grams = _char_grams(word)
            weights = [w for w in map(self.table.get, grams) if w is not None]
            found = (grams, sum(w[0] for w in weights), sum(w[1] for w in weights))
            if len(self._words) >= 65536:
                self._words.clear()
            self._words[word] = found
        return found


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1 / (1 + math.exp(-z))
    e = math.exp(z)
    return e / (1 + e)
