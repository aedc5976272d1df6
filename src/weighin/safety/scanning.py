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

from weighin.safety.anchors import anchor_sets, folded, one_way


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


def _check_splittable(prefix: str, alternatives: list[str], flags: int) -> None:
    """FirstOf tries each alternative with the prefix on its own; ``re`` tries them all for the
    prefix's first way of matching before another. The same only when the prefix can match in
    one way (word boundaries, lookarounds, fixed characters), and when no alternative refers to
    a group by number (each alternative is compiled alone)."""
    if not one_way(prefix, flags):
        raise ValueError(f"FirstOf needs a prefix that matches in one way only: {prefix!r}")
    for src in alternatives:
        if re.search(r"\\[1-9]|\(\?P=|\(\?\(", src):
            raise ValueError(f"FirstOf alternatives cannot refer to other groups: {src!r}")


def leftmost_first(
    parts: Sequence[re.Pattern[str]], text: str, pos: int = 0, endpos: int = sys.maxsize
) -> list[re.Match[str]] | None:
    """The matches ``re`` finds for the alternation of ``parts`` (in order): leftmost, at one
    position the first part that matches there, each search going on where the last match
    ended. None when a part matches no characters (``re`` steps past those its own way): run
    the whole pattern then. Exact when each part stands alone (no numbered groups shared)."""
    found: list[re.Match[str]] = []
    # each part's next match from ``at``; the earliest wins, the first part on a tie
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
            return found
        if best.end() == best.start():
            return None
        found.append(best)
        at = best.end()


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


Scan = tuple[set[str], frozenset[int]]  # the anchors found in a text, the gates they open


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
        # (scanning pattern, anchor -> gates it opens, number of gates it knows), replaced whole
        # so that a scan never pairs one build's pattern with another's map
        self._built: tuple[re.Pattern[str], dict[str, frozenset[int]], int] | None = None
        self._last: tuple[str, int, Scan | None] = ("", -1, None)

    @property
    def size(self) -> int:
        """How many gates the scanning pattern knows (every gate, once it has been built)."""
        return self._built[2] if self._built else 0

    def register(self, sets: Sequence[frozenset[str]]) -> frozenset[int]:
        ids = []
        for anchors in sets:
            self.gates.append(frozenset(a.lower() for a in anchors) if self.fold else anchors)
            ids.append(len(self.gates) - 1)
        return frozenset(ids)

    def _build(self) -> tuple[re.Pattern[str], dict[str, frozenset[int]], int]:
        gates = list(self.gates)
        anchors = frozenset().union(*gates)
        by_anchor: dict[str, set[int]] = {}
        for gate, gate_anchors in enumerate(gates):
            for a in gate_anchors:
                by_anchor.setdefault(a, set()).add(gate)
        # An anchor that is a prefix of a longer anchor is present whenever the longer one is.
        opens = {
            a: frozenset().union(
                *(by_anchor[a[:k]] for k in range(1, len(a) + 1) if a[:k] in by_anchor)
            )
            for a in anchors
        }
        self._built = (re.compile(trie_pattern(set(anchors))), opens, len(gates))
        return self._built

    def scan(self, t: str) -> Scan | None:
        """The anchors in ``t`` and the gates they open (the last text's answer is kept, as long
        as no pattern has been registered since)."""
        return self.scan_sized(t)[0]

    def scan_sized(self, t: str) -> tuple[Scan | None, int]:
        """``scan``, and how many gates it knew: gates registered later are not in its answer,
        so a caller holding it must run those patterns."""
        built = self._built
        if built is None or built[2] != len(self.gates):
            built = self._build()
        last, size, result = self._last
        if t is last and size == built[2]:
            return result, size
        if not self.fold:
            result = self._scan(t, built)
        else:
            result = self._scan(t.lower(), built) if t.isascii() else None
        self._last = (t, built[2], result)  # one tuple: never a text with another's answer
        return result, built[2]

    @staticmethod
    def _scan(t: str, built: tuple[re.Pattern[str], dict[str, frozenset[int]], int]) -> Scan:
        pattern, opens, _size = built
        found = set(pattern.findall(t))
        found.discard("")
        return found, frozenset().union(*map(opens.__getitem__, found))


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
    match of no characters. Exact only when the prefix matches in one way (a word boundary,
    lookarounds, fixed characters) and no alternative refers to a group by number: anything
    else is refused (``ValueError``).
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
        _check_splittable(prefix, [src for _, src in alternatives], flags)
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
        found = leftmost_first(parts, text, pos, endpos)
        return self.rx.finditer(text, pos, endpos) if found is None else iter(found)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)
