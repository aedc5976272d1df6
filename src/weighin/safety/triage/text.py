"""Text normalisation: the form every rule is written against.

Lower case, the first ``MAX_CHARS`` characters only, contractions and chat spellings expanded
("cant" -> "cannot", "rn" -> "right now"), common misspellings fixed ("heart attak", "seizur",
"pregant"), plus a one-edit correction towards a short list of long medical words
("anaphalaxis" -> "anaphylaxis") that never rewrites an ordinary word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from weighin.safety.anchors import exact_anchor_sets
from weighin.safety.scanning import Scanner
from weighin.safety.triage.lexicon import fuzzy, spelling
from weighin.safety.triage.patterns import plain

MAX_CHARS = 20_000

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u201c": '"', "\u201d": '"'})
_TOKEN = plain(r"[a-z0-9]+(?:'[a-z]+)?")
# Each fix gated by its anchors: one scan tells which fixes can apply (and the text is scanned
# again after a fix changes it), so a fix whose strings are not in the text is skipped, which
# cannot change the result.
_FIX_SCAN = Scanner()
Fix = tuple[re.Pattern[str], str, frozenset[int]]


def _fixes(digits: bool) -> tuple[Fix, ...]:
    return tuple(
        (plain(a), b, _FIX_SCAN.register(exact_anchor_sets(a)))
        for a, b in spelling.PHRASE_FIXES
        if ("\\d" in a) == digits
    )


_PRE_FIXES = _fixes(digits=True)
_POST_FIXES = _fixes(digits=False)
_SPACES = plain(r"[ \t\r\f\v]+")
# "she's taken" is "she has taken", not "she is taken".
_HAS_PERFECT = plain(
    r"\b(he|she|it|that|who|there)'?s (been|taken|had|got|gone|done|made|said|told|eaten|drunk|"
    r"swallowed|fallen|hit|cut|broken|stopped|started|collapsed|fainted|passed|thrown|vomited|lost|"
    r"bled|become|seen|written|sent|left|tried|attempted|used|overdosed|called|locked|stockpiled|"
    r"saved|bought|given|hurt|harmed|burned|burnt|scalded|banged|bumped|swelled|turned|gained|"
    r"developed|noticed|complained|suffered|injured)\b"
)
_STRAY_QUOTE = plain(r"(?<![a-z0-9])['\"]+|['\"]+(?![a-z0-9])")  # quotation marks, not apostrophes


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


_FUZZY_INDEX: dict[str, set[str]] = {}
for _target in fuzzy.FUZZY_TARGETS:
    _FUZZY_INDEX.setdefault(_target, set()).add(_target)
    for _d in _deletes(_target):
        _FUZZY_INDEX.setdefault(_d, set()).add(_target)
_FUZZY_KNOWN = (
    frozenset(fuzzy.FUZZY_TARGETS) | fuzzy.FUZZY_PROTECTED | frozenset(spelling.TOKEN_FIXES)
)


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one insertion, deletion, substitution or swap."""
    la, lb = len(a), len(b)
    if abs(la - lb) > 1 or a == b:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def _ing_words() -> frozenset[str]:
    """Every "-ing" word the rules are written with: "killin" is "killing" when they know it."""
    import pkgutil
    from importlib import import_module

    from weighin.safety.triage import lexicon

    words: set[str] = set()
    for info in pkgutil.iter_modules(lexicon.__path__):
        for value in vars(import_module(f"{lexicon.__name__}.{info.name}")).values():
            if isinstance(value, str):
                words.update(re.findall(r"[a-z]{3,}ing(?![a-z])", value))
            elif isinstance(value, dict):
                for v in value.values():
                    if isinstance(v, str):
                        words.update(re.findall(r"[a-z]{3,}ing(?![a-z])", v))
    return frozenset(words)


_ING = _ing_words()


@lru_cache(maxsize=32768)
def _fix_token(word: str) -> str:
    fixed = spelling.TOKEN_FIXES.get(word)
    if fixed is not None:
        return fixed
    if word.endswith("in") and word + "g" in _ING:
        return word + "g"  # chat spelling drops the g: "thinkin", "killin", "doin"
    if len(word) < 6 or word in _FUZZY_KNOWN or not word.isalpha():
        return word
    candidates: set[str] = set(_FUZZY_INDEX.get(word, ()))
    for d in _deletes(word):
        candidates |= _FUZZY_INDEX.get(d, set())
    best = sorted(c for c in candidates if c[0] == word[0] and _one_edit(word, c))
    return best[0] if len(best) == 1 else word


def _apply(fixes: tuple[Fix, ...], t: str) -> str:
    gates = _FIX_SCAN.scan(t)[1]  # type: ignore[index]
    for fix, repl, needs in fixes:
        if needs <= gates:
            fixed = fix.sub(repl, t)
            if fixed != t:
                t = fixed
                gates = _FIX_SCAN.scan(t)[1]  # type: ignore[index]
    return t


def normalise(text: object) -> str:
    """Lower-cased, capped, spelling-normalised text that the rules are written against."""
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    t = _STRAY_QUOTE.sub(" ", text[:MAX_CHARS].lower().translate(_QUOTES))
    t = _HAS_PERFECT.sub(r"\1 has \2", t)
    t = _apply(_PRE_FIXES, t)
    tokens = _TOKEN.findall(t)
    if list(map(_fix_token, tokens)) != tokens:  # most texts need no word fixed: no sub then
        t = _TOKEN.sub(lambda m: _fix_token(m.group(0)), t)
    t = _apply(_POST_FIXES, t)
    return _SPACES.sub(" ", t).strip()
