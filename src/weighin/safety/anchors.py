"""Strings one of which every match of a regular expression must contain ("anchors").

Derived from the parsed pattern itself, so a text that holds none of a pattern's anchors cannot
match it, and skipping the pattern there never changes a result, only the speed. Triage gates all
its rules this way (``triage.patterns``); the detectors of personal information gate their
largest cue patterns with ``Gated``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from itertools import groupby

try:  # CPython's regex parser, used only to skip patterns cheaply (see ``_required``)
    import re._constants as _sre
    import re._parser as _parser
except ImportError:  # pragma: no cover - other interpreters: every pattern simply runs
    _sre = _parser = None  # type: ignore[assignment]


_MAX_STRINGS = 32  # the most strings one chain of literal pieces may stand for


def _finite(op: object, av: object) -> frozenset[str] | None:
    """The strings a pattern element matches, when it matches one of a few fixed strings only
    (a literal, a small class of literals, an alternation or optional part of such), else None."""
    if op is _sre.LITERAL:
        return frozenset({chr(av)})  # type: ignore[arg-type]
    if op is _sre.IN:
        if len(av) > 8 or any(kind is not _sre.LITERAL for kind, _ in av):  # type: ignore[arg-type]
            return None
        return frozenset(chr(c) for _, c in av)  # type: ignore[union-attr]
    if op is _sre.SUBPATTERN:
        return None if _case_off(av) else _finite_seq(av[3])  # type: ignore[index]
    if op is _sre.BRANCH:
        out: set[str] = set()
        for alt in av[1]:  # type: ignore[index]
            strings = _finite_seq(alt)
            if strings is None:
                return None
            out |= strings
        return frozenset(out) if len(out) <= _MAX_STRINGS else None
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[:2] == (0, 1):  # type: ignore[index]
        strings = _finite_seq(av[2])  # type: ignore[index]
        return None if strings is None else strings | {""}
    return None


def _case_off(av: object) -> bool:
    """A group that turns case-insensitive matching on ("(?i:...)"): its literals are not exact."""
    return bool(av[1] & re.IGNORECASE)  # type: ignore[index]


def _finite_seq(items: object) -> frozenset[str] | None:
    strings = frozenset({""})
    for op, av in items:  # type: ignore[attr-defined]
        piece = _finite(op, av)
        if piece is None or len(strings) * len(piece) > _MAX_STRINGS:
            return None
        strings = frozenset(a + b for a in strings for b in piece)
    return strings


def _required(items: object) -> list[frozenset[str]]:
    """Sets of strings, each of which holds one string that every match of a parsed pattern
    contains. Consecutive fixed pieces ("i ", "have|got", " ") are read together as one chain."""
    candidates: list[frozenset[str]] = []
    chain = frozenset({""})

    def close() -> None:
        if chain != {""} and min(map(len, chain)) > 0:
            candidates.append(_minimal(chain))

    for op, av in items:  # type: ignore[attr-defined]
        piece = _finite(op, av)
        if piece is not None:
            if len(chain) * len(piece) > _MAX_STRINGS:
                close()
                chain = frozenset({""})
            if len(chain) * len(piece) <= _MAX_STRINGS:
                chain = frozenset(a + b for a in chain for b in piece)
                continue
        close()
        chain = frozenset({""})
        if op is _sre.SUBPATTERN and not _case_off(av):
            candidates += _required(av[3])
        elif op is _sre.ATOMIC_GROUP:
            candidates += _required(av)
        elif op is _sre.BRANCH:
            parts = [_best(_required(alt)) for alt in av[1]]
            if all(parts):
                candidates.append(frozenset().union(*parts))  # type: ignore[arg-type]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            candidates += _required(av[2])
    close()
    return candidates


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Drop every string that contains another of the set: the shorter one is present anyway."""
    ordered = sorted(strings, key=len)
    kept: list[str] = []
    for x in ordered:
        if not any(k in x for k in kept):
            kept.append(x)
    return frozenset(kept)


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The most telling set: the longest shortest string, then the fewest strings."""
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(len(x) for x in s), -len(s)))


def _parse(src: str, flags: int) -> list[frozenset[str]]:
    try:
        return _required(_parser.parse(src, flags)) if _parser is not None else []
    except Exception:  # pragma: no cover - never let an optimisation break matching
        return []


def anchors(src: str, flags: int = 0) -> frozenset[str] | None:
    """The anchors of pattern ``src`` (None: none worth checking, the pattern always runs)."""
    found = _best(_parse(src, flags))
    return found if found and min(map(len, found)) >= 2 else None


def anchor_sets(src: str, flags: int = 0, most: int = 3) -> tuple[frozenset[str], ...]:
    """Up to ``most`` sets of anchors of ``src``, every one of which a match must meet (one of
    its strings present): the most telling first. Empty: the pattern always runs."""
    usable = {s for s in _parse(src, flags) if min(map(len, s)) >= 2}
    ranked = sorted(usable, key=lambda s: (-min(len(x) for x in s), len(s), sorted(s)))
    return tuple(ranked[:most])


# The only characters that match an ASCII character when case is ignored (the long s matches
# "s", the Kelvin sign "k"); found by trying every character against every ASCII one.
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def folded(sets: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...]:
    """Anchors for a pattern that ignores case, to compare with lower-cased ASCII text: lower-cased,
    and without the sets holding a character that matches an ASCII one (the long s). Other non-ASCII
    strings stay: in ASCII text they are simply never found, as the pattern's literal is not."""
    return tuple(
        frozenset(a.lower() for a in s)
        for s in sets
        if not any(_FOLDS_TO_ASCII.intersection(a) for a in s)
    )


class Gated:
    """A compiled pattern that is not run on a text holding none of its anchors.

    Case-insensitive patterns (the flag, or an inline ``(?i``) compare lower-cased anchors with
    the lower-cased text, and only on ASCII text: Unicode case folding ("K" for the Kelvin sign)
    is not lower-casing, so other text always runs the pattern. ``finditer``, ``search`` and
    ``match`` take the ``re`` arguments and check the anchors in the part of the text they read.
    """

    __slots__ = ("anchors", "fold", "pattern", "rx", "sets")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.pattern = rx.pattern
        self.fold = bool(rx.flags & re.IGNORECASE) or "(?i" in rx.pattern
        sets = anchor_sets(rx.pattern, rx.flags)
        if self.fold:
            sets = folded(sets)
        self.sets = sets
        self.anchors = sets[0] if sets else None

    def possible(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        if not self.sets:
            return True
        part = text[pos:endpos] if pos or endpos < len(text) else text
        if self.fold:
            if not part.isascii():
                return True
            part = part.lower()
        for anchors in self.sets:  # plain loops: this runs for every pattern on every text
            for a in anchors:
                if a in part:
                    break
            else:
                return False
        return True

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if not self.possible(text, pos, endpos):
            return iter(())
        return self.rx.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.rx.search(text, pos, endpos) if self.possible(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.rx.match(text, pos, endpos) if self.possible(text, pos, endpos) else None


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


def trie_pattern(words: set[str]) -> str:
    """A regular expression matching the longest of ``words`` that starts at a position."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
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

    __slots__ = ("fold", "needs", "parts", "pattern", "rx")

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
        self.rx = re.compile(prefix + "(?:" + body + ")" + suffix, flags)
        self.pattern = self.rx.pattern
        self.fold = bool(flags & re.IGNORECASE) or "(?i" in self.pattern
        self.parts: list[re.Pattern[str]] = []
        self.needs: list[frozenset[int]] = []
        for name, src in alternatives:
            part = re.compile(prefix + group(name, src) + suffix, flags)
            sets = anchor_sets(part.pattern, flags)
            if self.fold:
                sets = folded(sets)
            self.parts.append(part)
            self.needs.append(cue_scanner.register(sets))

    def _open(self, text: str) -> list[re.Pattern[str]] | None:
        found = cue_scanner.scan(text)
        if found is None:
            return None
        gates = found[1]
        return [p for p, needs in zip(self.parts, self.needs, strict=True) if needs <= gates]

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
