"""One pass over a text for the anchors of many patterns, and cue lists run one cue at a time.

- ``Scanner``: the anchors (``safety.anchors``) of every registered pattern found in one pass (a
  trie as one regular expression), and so which patterns can match at all; triage registers
  all its patterns (``triage.patterns``).
- ``FirstOf``: a long alternation of cue words run as one small pattern per word, each only when
  the scan finds its anchors, with the matches ``re`` would give (PHI's cue lists).
- ``alternatives`` / ``unwrapped``: the top-level alternatives of a pattern source.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from itertools import groupby

from weighin.safety.anchors import anchor_sets, folded


def _syntax(src: str) -> Iterator[tuple[int, str, int]]:
    """The characters of a pattern source outside escapes and character classes, each with its
    index and the group depth after it."""
    depth, i, in_class = 0, 0, False
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if src[i + 1 : i + 2] == "]" or src[i + 1 : i + 3] == "^]":
                i += 2 if src[i + 1] == "]" else 3
                continue
        else:
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def alternatives(src: str) -> list[str]:
    """The top-level alternatives of a pattern source (split at "|" outside groups and classes)."""
    cuts = [i for i, ch, depth in _syntax(src) if ch == "|" and depth == 0]
    return [src[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(src)], strict=True)]


def unwrapped(src: str) -> str:
    """``src`` without one non-capturing group around all of it: "(?:a|b)" is "a|b"."""
    if not src.startswith("(?:"):
        return src
    closed = next(i for i, ch, depth in _syntax(src) if ch == ")" and depth == 0)
    return src[3:-1] if closed == len(src) - 1 else src


def cue_words(src: str, name: str | None = None) -> list[tuple[str | None, str]]:
    """The alternatives of a cue pattern ("(?:mrn|medical record)"), as ``FirstOf`` takes them."""
    return [(name, alt) for alt in alternatives(unwrapped(src))]


# Characters by how often they start a position in English text (space and e first).
_RANK = {ch: i for i, ch in enumerate(" etaoinshrdlcumwfgypbvkjxqz'.,-0123456789")}


def trie_pattern(words: set[str]) -> str:
    """A regular expression matching the longest of ``words`` that starts at a position."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        # the commonest characters first: re tries the alternatives in order at every position
        # (each has one letter to check), and which one matches does not depend on the order
        alts = [
            re.escape(ch) + build(child)
            for ch, child in sorted(node.items(), key=lambda kv: (_RANK.get(kv[0], 99), kv[0]))
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return "(?=(" + build(trie) + "))"


class Scanner:
    """One pass over a text that finds the anchors of every registered pattern, and so which
    patterns can match at all.

    ``register`` takes a pattern's sets of anchors and gives each an id (a "gate"); a scan
    returns the anchors present and the gates they open (a gate is open when one of its strings
    is in the text). The scanning pattern is built on first use and rebuilt when more patterns
    are registered. ``fold``: anchors and text are compared lower-cased, and only ASCII text is
    scanned (``scan`` returns None for other text: every pattern may match).
    """

    def __init__(self, fold: bool = False) -> None:
        self.fold = fold
        self.gates: list[frozenset[str]] = []
        self.size = -1
        self.pattern: re.Pattern[str] | None = None
        self.opens: dict[str, frozenset[int]] = {}
        self._last: tuple[str, tuple[set[str], frozenset[int]] | None] = ("", (set(), frozenset()))

    def register(self, sets: Sequence[frozenset[str]]) -> frozenset[int]:
        ids = []
        for anchors in sets:
            self.gates.append(frozenset(a.lower() for a in anchors) if self.fold else anchors)
            ids.append(len(self.gates) - 1)
        return frozenset(ids)

    def _build(self) -> None:
        anchors = frozenset().union(*self.gates)
        self.pattern = re.compile(trie_pattern(set(anchors)))
        by_anchor: dict[str, set[int]] = {}
        for gate, gate_anchors in enumerate(self.gates):
            for a in gate_anchors:
                by_anchor.setdefault(a, set()).add(gate)
        # An anchor that is a prefix of a longer anchor is present whenever the longer one is.
        self.opens = {
            a: frozenset().union(
                *(by_anchor[a[:k]] for k in range(1, len(a) + 1) if a[:k] in by_anchor)
            )
            for a in anchors
        }
        self.size = len(self.gates)

    def scan(self, t: str) -> tuple[set[str], frozenset[int]] | None:
        """The anchors in ``t`` and the gates they open (the last text's answer is kept)."""
        last, result = self._last
        if t is last:
            return result
        if self.size != len(self.gates):
            self._build()
        if not self.fold:
            result: tuple[set[str], frozenset[int]] | None = self._scan(t)
        else:
            result = self._scan(t.lower()) if t.isascii() else None
        self._last = (t, result)  # one tuple: a reader never pairs a text with another's gates
        return result

    def _scan(self, t: str) -> tuple[set[str], frozenset[int]]:
        found = set(self.pattern.findall(t))  # type: ignore[union-attr]
        found.discard("")
        return found, frozenset().union(*map(self.opens.__getitem__, found))


cue_scanner = Scanner(fold=True)
"""The scanner of ``FirstOf`` patterns (case is ignored in the anchors)."""


class FirstOf:
    """``prefix (?:alternative|alternative|...) suffix``, matched exactly as ``re`` matches it
    (leftmost, at one position the first alternative that matches there, no overlaps), but each
    alternative is a pattern of its own, run only when the text holds its anchors.

    For the long lists of cue words (hundreds of record, insurance and identity-number names):
    ``re`` tries every alternative at every word, where one scan of the text (``cue_scanner``)
    tells the few that can match. ``alternatives`` are ``(group name or None, source)`` pairs;
    a named alternative is wrapped in that group. A match holds the groups of the prefix, the
    suffix and its own alternative only (``lastgroup`` names the alternative's group). Text the
    scanner cannot read (not ASCII, when case is ignored) runs the whole pattern, as does a
    match of no characters.
    """

    __slots__ = ("_compiled", "_rx", "flags", "fold", "needs", "pattern", "sources")

    def __init__(
        self,
        prefix: str,
        alternatives: Sequence[tuple[str | None, str]],
        suffix: str = "",
        flags: int = 0,
    ) -> None:
        def group(name: str | None, src: str) -> str:
            return f"(?P<{name}>{src})" if name else f"(?:{src})"

        # the whole pattern: consecutive alternatives of one group inside that group once
        body = "|".join(
            group(name, "|".join(src for _, src in run))
            if name
            else "|".join(group(None, src) for _, src in run)
            for name, run in ((k, list(g)) for k, g in groupby(alternatives, key=lambda a: a[0]))
        )
        self.pattern = prefix + "(?:" + body + ")" + suffix
        self.flags = flags
        self.fold = bool(flags & re.IGNORECASE) or "(?i" in self.pattern
        self._rx: re.Pattern[str] | None = None
        # Each part is compiled when first needed (hundreds of them, most never open in a
        # process); its anchors are those of the prefix and its own alternative, which every
        # match begins with.
        self.sources = [prefix + group(name, src) + suffix for name, src in alternatives]
        self._compiled: dict[int, re.Pattern[str]] = {}
        self.needs: list[frozenset[int]] = []
        for name, src in alternatives:
            sets = anchor_sets(prefix + group(name, src), flags)
            self.needs.append(cue_scanner.register(folded(sets) if self.fold else sets))

    @property
    def rx(self) -> re.Pattern[str]:
        """The whole alternation as one ``re`` pattern (for text the scanner cannot read)."""
        if self._rx is None:
            self._rx = re.compile(self.pattern, self.flags)
        return self._rx

    def _part(self, i: int) -> re.Pattern[str]:
        part = self._compiled.get(i)
        if part is None:
            part = self._compiled[i] = re.compile(self.sources[i], self.flags)
        return part

    def _open(self, text: str) -> list[re.Pattern[str]] | None:
        found = cue_scanner.scan(text)
        if found is None:
            return None
        gates = found[1]
        return [self._part(i) for i, needs in enumerate(self.needs) if needs <= gates]

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        parts = self._open(text)
        if parts is None:
            return self.rx.finditer(text, pos, endpos)
        if len(parts) < 2:
            return parts[0].finditer(text, pos, endpos) if parts else iter(())
        found: list[re.Match[str]] = []
        # each open part's next match from ``at``; the earliest wins, the first part on a tie
        nexts = [p.search(text, pos, endpos) for p in parts]
        at = pos
        while True:
            best = None
            for i, m in enumerate(nexts):
                if m is not None and m.start() < at:
                    m = nexts[i] = parts[i].search(text, at, endpos)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return iter(found)
            if best.end() == best.start():  # an empty match: let re step past it
                return self.rx.finditer(text, pos, endpos)
            found.append(best)
            at = best.end()

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)
