"""What every system's rules share: the facts, the active features and the hits so far."""

from __future__ import annotations

from weighin.safety.triage.facts import Facts
from weighin.safety.triage.levels import PRIORITY, Hit
from weighin.safety.triage.lexicon import idioms
from weighin.safety.triage.patterns import compiled

# An animal as the subject: a pet's choking, swallowing or limp is the vet's (three systems ask).
ANIMAL = compiled(idioms.ANIMAL_SUBJECT)
_ASTHMA_CTX = compiled(
    r"\basthma\w*\b|\binhaler\b|\bpuffer\b|\bcopd\b|\bnebuli[sz]er\b|\bwheez\w*\b"
)
_HIGH_FEVER = compiled(r"\bhigh (?:fever|temp)")
_NEGATIVE_TEST = compiled(
    r"\bnegative (?:pregnancy|preg|home pregnancy|hpt) tests?\b"
    r"|\b(?:pregnancy|preg|hpt) tests? (?:was|were|is|are|came back|came up|showed|says|said"
    r"|all) (?:\w+ )?negative\b|\bnot pregnant\b"
)
_POSITIVE_TEST = compiled(
    r"\bpositive\b|\bfaint line\b|\b\d+ weeks?\b|\b(?:i am|she is|we are) pregnant\b"
)


class Ctx:
    """One evaluation of the rules: ``on(...)`` asks for active features, ``hit(...)`` records."""

    def __init__(self, f: Facts, S: set[str]) -> None:
        self.f, self.t, self.S = f, f.t, S
        self.hits: list[Hit] = []
        # asked a couple of hundred times a text: a closure over the bound set method (and, for the
        # half of texts with no active feature, one that need not look)
        isdisjoint = S.isdisjoint
        self.on = on = (lambda *names: not isdisjoint(names)) if S else (lambda *names: False)
        self.asthma = bool(_ASTHMA_CTX.search(f.t))
        # "pregnancy test was negative": the word, not the state
        self.pregnant = on("pregnant") and not (
            _NEGATIVE_TEST.search(f.t) and not _POSITIVE_TEST.search(f.t)
        )
        self.postpartum = on("postpartum")
        self.severe_breath = on("breath_severe", "cyanosis", "recession")
        self.any_breath = self.severe_breath or on("breathless", "wheeze")
        self.faintish = on("faint_feel", "fainted", "collapsed")
        self.fever = on("fever") or f.temp >= 38.0
        self.high_fever = f.temp >= 39.0 or (bool(_HIGH_FEVER.search(f.t)) and self.fever)

    def hit(
        self, level: int, category: str, reason: str, bonus: int = 0, sticky: bool = False
    ) -> None:
        self.hits.append(Hit(level, category, reason, PRIORITY[category] + bonus, sticky))
