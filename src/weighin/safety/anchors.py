"""Strings one of which every match of a regular expression must contain ("anchors").

Derived from the parsed pattern itself, so a text that holds none of a pattern's anchors cannot
match it, and skipping the pattern there never changes a result, only the speed. A pattern may
have several such sets (``anchor_sets``: "for " and " hour|minute"); a match meets every one.

- ``Gated``: one pattern, checked against its anchors by substring tests (PHI's cue patterns).
- ``safety.scanning``: one pass over a text for the anchors of many patterns at once, and long
  alternations of cue words run one word at a time (``FirstOf``).
"""

from __future__ import annotations

import re
import sys

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


def _parse(src: str, flags: int) -> tuple[list[frozenset[str]], bool]:
    """The candidate sets of anchors, and whether the whole pattern ignores case (the flag, or
    an inline "(?i)" at its start). Nothing to go on without CPython's parser."""
    try:
        parsed = _parser.parse(src, flags) if _parser is not None else None
    except Exception:  # pragma: no cover - never let an optimisation break matching
        parsed = None
    if parsed is None:
        return [], bool(flags & re.IGNORECASE) or "(?i" in src
    return _required(parsed), bool(parsed.state.flags & re.IGNORECASE)


_ONE_WAY = ("AT", "ASSERT", "ASSERT_NOT", "LITERAL", "NOT_LITERAL", "IN", "ANY")


def one_way(src: str, flags: int = 0) -> bool:
    """Whether the pattern can match in one way only at a position: nothing but word
    boundaries, lookarounds and single characters (False when that cannot be told)."""
    try:
        parsed = _parser.parse(src, flags) if _parser is not None else None
    except Exception:  # pragma: no cover - an unparsable pattern fails where it is compiled
        return False
    return parsed is not None and all(str(op) in _ONE_WAY for op, _av in parsed)


def exact_anchor_sets(src: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """``anchor_sets`` for comparing with the text as it is: none for a pattern that ignores
    case (its literals match other cases), which then always runs."""
    candidates, ignorecase = _parse(src, flags)
    return () if ignorecase else _usable(candidates)


def anchors(src: str, flags: int = 0) -> frozenset[str] | None:
    """The anchors of pattern ``src`` (None: none worth checking, the pattern always runs)."""
    found = _best(_parse(src, flags)[0])
    return found if found and min(map(len, found)) >= 2 else None


def anchor_sets(src: str, flags: int = 0, most: int = 3) -> tuple[frozenset[str], ...]:
    """Up to ``most`` sets of anchors of ``src``, every one of which a match must meet (one of
    its strings present): the most telling first. Empty: the pattern always runs."""
    return _usable(_parse(src, flags)[0], most)


def _usable(candidates: list[frozenset[str]], most: int = 3) -> tuple[frozenset[str], ...]:
    usable = {s for s in candidates if min(map(len, s)) >= 2}
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
        if not self.sets or pos < 0 or endpos < 0:  # re reads negative bounds its own way
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
