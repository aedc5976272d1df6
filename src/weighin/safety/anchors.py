"""Strings one of which every match of a regular expression must contain ("anchors").

Derived from the parsed pattern itself, so a text that holds none of a pattern's anchors cannot
match it, and skipping the pattern there never changes a result, only the speed. Triage gates all
its rules this way (``triage.patterns``); the detectors of personal information gate their
largest cue patterns with ``Gated``.
"""

from __future__ import annotations

import re
import sys

try:  # CPython's regex parser, used only to skip patterns cheaply (see ``_required``)
    import re._constants as _sre
    import re._parser as _parser
except ImportError:  # pragma: no cover - other interpreters: every pattern simply runs
    _sre = _parser = None  # type: ignore[assignment]


def _required(items: object) -> frozenset[str] | None:
    """Strings of which every match of a parsed pattern must contain at least one (or None)."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:  # type: ignore[attr-defined]
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        found: frozenset[str] | None = None
        if op is _sre.SUBPATTERN:
            found = _required(av[3])
        elif op is _sre.ATOMIC_GROUP:
            found = _required(av)
        elif op is _sre.BRANCH:
            parts = [_required(alt) for alt in av[1]]
            if all(p is not None for p in parts):
                found = frozenset().union(*parts)  # type: ignore[arg-type]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required(av[2])
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset({"".join(run)}))
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(len(x) for x in s), -len(s)))


def anchors(src: str, flags: int = 0) -> frozenset[str] | None:
    """The anchors of pattern ``src`` (None: none worth checking, the pattern always runs)."""
    try:
        found = _required(_parser.parse(src, flags)) if _parser is not None else None
    except Exception:  # pragma: no cover - never let an optimisation break matching
        found = None
    return found if found and min(map(len, found)) >= 2 else None


class Gated:
    """A compiled pattern that is not run on a text holding none of its anchors.

    Case-insensitive patterns (the flag, or an inline ``(?i``) compare lower-cased anchors with
    the lower-cased text, and only on ASCII text: Unicode case folding ("K" for the Kelvin sign)
    is not lower-casing, so other text always runs the pattern. ``finditer``, ``search`` and
    ``match`` take the ``re`` arguments and check the anchors in the part of the text they read.
    """

    __slots__ = ("anchors", "fold", "pattern", "rx")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.pattern = rx.pattern
        self.fold = bool(rx.flags & re.IGNORECASE) or "(?i" in rx.pattern
        found = anchors(rx.pattern, rx.flags)
        self.anchors = frozenset(a.lower() for a in found) if found and self.fold else found

    def possible(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        if self.anchors is None:
            return True
        part = text[pos:endpos] if pos or endpos < len(text) else text
        if self.fold:
            if not part.isascii():
                return True
            part = part.lower()
        return any(a in part for a in self.anchors)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if not self.possible(text, pos, endpos):
            return iter(())
        return self.rx.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.rx.search(text, pos, endpos) if self.possible(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.rx.match(text, pos, endpos) if self.possible(text, pos, endpos) else None
