"""Compiled patterns that know which literal strings any of their matches must contain.

Most of the rules' patterns cannot match most texts. Each ``Rx`` (and each ``Pattern`` from
``compiled``) derives, from the parsed regular expression itself, the sets of strings every match
must meet ("anchors", ``safety.anchors``); one scan of a text (``anchors_in``) tells which anchors
occur, and a pattern whose anchors are not all met is skipped. That is a logical consequence of
the pattern, so it never changes a result, only the speed.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator

from weighin.safety.anchors import exact_anchor_sets
from weighin.safety.scanning import Scanner, alternatives, leftmost_first


def plain(src: str) -> re.Pattern[str]:
    """A compiled ``re`` pattern (alternatives opening with a word boundary grouped)."""
    return re.compile(boundaries_first(src))


def compiled(src: str) -> Pattern:
    """A pattern for the rules: a compiled ``re`` pattern that is not run on the text last
    scanned (``anchors_in``) when that text lacks its anchors."""
    return Pattern(src)


def boundaries_first(src: str) -> str:
    """The pattern with consecutive top-level alternatives that open with a word boundary
    grouped: ``\\ba\\b|\\bb\\b`` as ``\\b(?:a\\b|b\\b)``.

    The same matches (the boundary takes no characters and the alternatives keep their order),
    but ``re`` checks the boundary once per position instead of once per alternative, and most
    positions are inside a word: the clause breaks run in a quarter of the time.
    """
    alts = alternatives(src)
    if sum(a.startswith("\\b") for a in alts) < 2:
        return src
    out: list[str] = []
    run: list[str] = []
    for a in [*alts, ""]:
        if a.startswith("\\b"):
            run.append(a[2:])
            continue
        if len(run) == 1:
            out.append("\\b" + run[0])
        elif run:
            out.append("\\b(?:" + "|".join(run) + ")")
        run = []
        out.append(a)
    return "|".join(out[:-1])


class Found(set):
    """The anchors present in one text, and the ids of the patterns (or parts) they open;
    ``size``: how many gates the scan knew (a pattern registered later always runs)."""

    gates: frozenset[int] | set[int] = frozenset()
    size = 0


class Rx:
    """A compiled pattern plus the strings one of which any match must contain.

    ``possible(found)`` checks those strings against the anchors present in the text
    (``anchors_in``), so a pattern that cannot match is skipped without running it. A long
    alternation is also kept as its alternatives, each with its own anchors: ``finditer`` runs
    only those that can match, and returns what the whole pattern would (``leftmost_first``).
    A pattern that ignores case has no anchors: it always runs.
    """

    __slots__ = ("anchors", "gate", "needs", "part_gates", "parts", "rx", "sets", "top")
    registry: list[Rx] = []
    SPLIT_AT = 8  # alternatives

    def __init__(self, src: str) -> None:
        self.rx = plain(src)
        self.sets = exact_anchor_sets(src)
        self.anchors = self.sets[0] if self.sets else None
        self.gate, self.needs = self._gates(self.sets)
        # the alternatives, by the gate of their first anchors, in pattern order
        self.parts: dict[int, tuple[re.Pattern[str], frozenset[int]]] = {}
        self.part_gates: frozenset[int] = frozenset()
        alts = alternatives(src)
        # only a pattern without groups: each part alone numbers its groups from 1
        if len(alts) >= self.SPLIT_AT and self.rx.groups == 0:
            parts = [(plain(a), exact_anchor_sets(a)) for a in alts]
            if all(sets for _, sets in parts):
                for rx, sets in parts:
                    gate, needs = self._gates(sets)
                    self.parts[gate] = (rx, needs)
                self.part_gates = frozenset(self.parts)
        # the last gate this pattern registered: a scan that knew fewer gates cannot skip it
        self.top = max(
            [*self.needs, *(n for _, needs in self.parts.values() for n in needs)] or [-1]
        )
        Rx.registry.append(self)

    @staticmethod
    def _gates(sets: tuple[frozenset[str], ...]) -> tuple[int, frozenset[int]]:
        """Register each set of anchors as a gate: the first one's id, and all their ids."""
        ids = anchors_in.register(sets)
        return (min(ids) if ids else -1), ids

    def possible(self, found: set[str]) -> bool:
        if not self.sets:
            return True
        if isinstance(found, Found):
            return self.needs <= found.gates or self.top >= found.size
        return all(not anchors.isdisjoint(found) for anchors in self.sets)

    def finditer(self, t: str, found: set[str]) -> list[re.Match[str]]:
        if not self.possible(found):
            return []
        if not self.parts:
            return list(self.rx.finditer(t))
        parts = self.parts
        if isinstance(found, Found) and self.top >= found.size:
            open_parts = sorted(parts)  # scanned before this pattern was registered
        elif isinstance(found, Found):
            # the parts whose anchors are present: a set intersection, not a loop over all parts
            gates = found.gates
            open_parts = [
                g for g in sorted(self.part_gates.intersection(gates)) if parts[g][1] <= gates
            ]
        else:
            open_parts = [
                g
                for g in parts
                if all(not anchors_in.gates[n].isdisjoint(found) for n in parts[g][1])  # type: ignore[union-attr]
            ]
        if len(open_parts) == 1:
            return list(parts[open_parts[0]][0].finditer(t))
        found = leftmost_first([parts[g][0] for g in open_parts], t)
        return list(self.rx.finditer(t)) if found is None else found

    def search(self, t: str, found: set[str]) -> re.Match[str] | None:
        return self.rx.search(t) if self.possible(found) else None


# The text last scanned, the gates its anchors open and how many gates the scan knew, as one
# tuple (replaced whole, so a reader never pairs one text with another's gates; another
# thread's text simply runs, as does a pattern registered after the scan).
_last: tuple[str, frozenset[int], int] = ("", frozenset(), 0)


class Pattern:
    """A compiled pattern with the ``re`` methods the rules use, skipped when called on the text
    last scanned by ``anchors_in`` and that text lacks its anchors (any other text, or a
    substring of it, runs the pattern as ``re`` would)."""

    __slots__ = ("needs", "pattern", "rx", "top")
    registry: list[Pattern] = []

    def __init__(self, src: str) -> None:
        self.rx = plain(src)
        self.pattern = src
        self.needs = Rx._gates(exact_anchor_sets(src))[1]
        self.top = max(self.needs, default=-1)
        Pattern.registry.append(self)

    def _skip(self, t: str) -> bool:
        text, gates, size = _last
        return t is text and self.top < size and not self.needs <= gates

    def possible_in(self, t: str) -> bool:
        """False when ``t`` is the text last scanned and lacks this pattern's anchors."""
        return not self._skip(t)

    def search(self, t: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._skip(t) else self.rx.search(t, pos, endpos)

    def match(self, t: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._skip(t) else self.rx.match(t, pos, endpos)

    def fullmatch(self, t: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._skip(t) else self.rx.fullmatch(t, pos, endpos)

    def finditer(self, t: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._skip(t) else self.rx.finditer(t, pos, endpos)

    def findall(self, t: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        return [] if self._skip(t) else self.rx.findall(t, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], t: str, count: int = 0) -> str:
        return t if self._skip(t) else self.rx.sub(repl, t, count)


class _Scanner(Scanner):
    """The scan of the triage patterns: the anchors present, as a ``Found`` with its gates."""

    def __call__(self, t: str) -> Found:
        global _last
        (anchors, gates), size = self.scan_sized(t)  # type: ignore[misc]
        found = Found(anchors)
        found.gates, found.size = gates, size
        _last = (t, gates, size)
        return found


anchors_in = _Scanner()
