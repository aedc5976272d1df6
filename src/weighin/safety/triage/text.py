"""Text normalisation: the form every rule is written against.

Lower case, the first ``MAX_CHARS`` characters only, contractions and chat spellings expanded
("cant" -> "cannot", "rn" -> "right now"), common misspellings fixed ("heart attak", "seizur",
"pregant"), plus a one-edit correction towards a short list of long medical words
("anaphalaxis" -> "anaphylaxis") that never rewrites an ordinary word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from weighin.safety.anchors import exact_anchor_sets
from weighin.safety.scanning import Scanner
from weighin.safety.triage.lexicon import fuzzy, spelling
from weighin.safety.triage.patterns import plain
from weighin.safety.words import english_words

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
# "she's taken" is "she has taken", not "she is taken"; "she's only ever had" too, and "i'd
# taken" is "i had taken", not "i would taken" (an adverb or two may come between).
_PERFECT_ADVERBS = r"(?:(?:only|ever|just|already|never|always|also|not|recently|finally) ){0,2}"
_HAD_PERFECT = plain(
    r"\b(i|he|she|we|they|you|it)'d (" + _PERFECT_ADVERBS + r"(?:been|taken|had|got|gone|done"
    r"|eaten|drunk|swallowed|fallen|stopped|started|collapsed|fainted|vomited|lost|seen|tried"
    r"|used|overdosed|called|given|forgotten|missed|doubled|finished))\b"
)
_HAS_PERFECT = plain(
    r"\b(he|she|it|that|who|there)'?s (" + _PERFECT_ADVERBS + r"(?:been|taken|had|got|gone|done"
    r"|made|said|told|eaten|drunk|"
    r"swallowed|fallen|hit|cut|broken|stopped|started|collapsed|fainted|passed|thrown|vomited|lost|"
    r"bled|become|seen|written|sent|left|tried|attempted|used|overdosed|called|locked|stockpiled|"
    r"saved|bought|given|hurt|harmed|burned|burnt|scalded|banged|bumped|swelled|turned|gained|"
    r"developed|noticed|complained|suffered|injured))\b"
)
# An amount said smaller is the amount: "a small sip" is "a sip", "a tiny bit" "a little bit"
# (the rules know the plain words of a small amount swallowed).
_SMALLER = plain(
    r"\ba (?:small|tiny|teeny|teeny tiny|tiny little|wee|little|quick|very small) (sip|gulp"
    r"|mouthful|swig)\b"
)
# "10 min so far", "for 30 min.": "min" is read as "minute", which counts in the plural ("10
# minutes so far"); not a length said of a thing ("a 10 min walk")
_MINUTES = plain(
    r"\b((?!1 )\d+|few|several|ten|twenty|thirty|forty|fifteen|five|two|three|four) minute"
    r"(?= (?:so far|now|straight|already|and counting|or so|and)\b| ?[,.!?;]| ?$)"
)
_TINY = plain(r"\ba (?:tiny|teeny|teeny tiny|tiny little|wee|very small) (bit|amount)\b")
_STRAY_QUOTE = plain(r"(?<![a-z0-9])['\"]+|['\"]+(?![a-z0-9])")  # quotation marks, not apostrophes


# Chat spellings of when and why the shorthand table (``spelling.TOKEN_FIXES``) lacks: "2nite
# is the night", "asking cos i did". Read before that table; an "'s" after one is kept ("2nite's"
# -> "tonight's").
_CHAT = {
    "2nite": "tonight", "2night": "tonight", "tonite": "tonight", "2nyt": "tonight",
    "2day": "today", "2moro": "tomorrow", "2morrow": "tomorrow", "2mrw": "tomorrow",
    "tmrw": "tomorrow", "tmr": "tomorrow", "tomoz": "tomorrow", "cos": "because",
    "l8r": "later", "w8": "wait", "some1": "someone",
    "any1": "anyone", "no1": "no one", "every1": "everyone", "sum1": "someone",
}  # fmt: skip


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


@lru_cache(maxsize=1)
def _rule_words() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """Every word of five letters or more the rules are written with (the string constants of
    the triage package's modules, docstrings aside: "fitting", "minutes", "bleeding",
    "seizur"), and an index from each word's one-letter deletions back to it. Read from the
    source, not from whatever modules happen to be imported, so the fix never depends on import
    order."""
    import ast

    root = Path(__file__).parent
    words: set[str] = set()
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
            ):
                # (a regex escape is no letter: "\\bbronchiolitis" reads "bronchiolitis")
                plain_text = re.sub(r"\\.", " ", node.value)
                words.update(re.findall(r"(?<![a-z])[a-z]{5,}(?![a-z])", plain_text))
    index: dict[str, set[str]] = {}
    # only English words are corrected into: not the rules' stems ("seizur", "neutropeni") nor
    # their Spanish ("suicidarme")
    for w in (w for w in words if _english(w)):
        for d in _deletes(w) | {w}:
            index.setdefault(d, set()).add(w)
    return frozenset(words), {k: frozenset(v) for k, v in index.items()}


def _nearest(word: str, index: dict[str, set[str]] | dict[str, frozenset[str]]) -> str | None:
    """The one word in ``index`` one edit from ``word`` (same first letter), else None."""
    candidates: set[str] = set(index.get(word, ()))
    for d in _deletes(word):
        candidates |= index.get(d, set())
    best = [c for c in candidates if c[0] == word[0] and _one_edit(word, c)]
    if len(best) > 1:  # two letters swapped or one mistyped before one missed or doubled
        best = [c for c in best if len(c) == len(word)]
    return best[0] if len(best) == 1 else None


# British spellings SCOWL's American list lacks: "recognise", "haemophiliac", "colour", "fibre"
_BRITISH = (
    ("ise", "ize"),
    ("ised", "ized"),
    ("ising", "izing"),
    ("iser", "izer"),
    ("isation", "ization"),
    ("our", "or"),
    ("tre", "ter"),
    ("yse", "yze"),
    ("ogue", "og"),
)


def _english(word: str, known: frozenset[str] = frozenset()) -> bool:
    """An English word (in British spelling too), a word the rules know, either's plural, or an
    adjective made of one ("crampy", "drooly", "pukey")."""
    english = english_words()
    stems = {word, word.replace("ae", "e"), word.replace("oe", "e")}
    for gb, us in _BRITISH:
        stems |= {w[: -len(gb)] + us for w in list(stems) if w.endswith(gb)}
    stems |= {w[:-1] for w in list(stems) if w.endswith(("s", "y"))}
    stems |= {w[:-2] for w in list(stems) if w.endswith(("es", "ey"))}
    return any(w in english or w in known or w in fuzzy.FUZZY_PROTECTED for w in stems)


@lru_cache(maxsize=32768)
def _fix_token(word: str, compound: bool = False) -> str:
    base, apos, rest = word.partition("'")
    if base in _CHAT:
        return _CHAT[base] + apos + rest
    fixed = spelling.TOKEN_FIXES.get(word)
    if fixed is not None:
        return fixed
    if word.endswith("in") and word + "g" in _ING:
        return word + "g"  # chat spelling drops the g: "thinkin", "killin", "doin"
    if len(word) < 6 or not word.isalpha():
        return word
    if word not in _FUZZY_KNOWN:
        near = _nearest(word, _FUZZY_INDEX)
        if near is not None:
            return near
    # a typo of any word the rules know ("fittnig", "mintes", "bleedng", "blodo"), when the
    # token is no English word itself and only one rule word is one edit away
    if compound:  # part of a hyphenated word ("x-rayed"): only the fixes above
        return word
    known, index = _rule_words()
    if len(word) < 6 or _english(word, known):
        return word
    near = _nearest(word, index)
    if near is None or near.startswith(word) or word.startswith(near):
        return (
            word  # (a stem's ending: "nigerian", "concerta" are no typos of "nigeria", "concert")
        )
    return spelling.TOKEN_FIXES.get(near, near)


def _apply(fixes: tuple[Fix, ...], t: str) -> str:
    gates = _FIX_SCAN.scan(t)[1]  # type: ignore[index]
    for fix, repl, needs in fixes:
        if needs <= gates:
            fixed = fix.sub(repl, t)
            if fixed != t:
                t = fixed
                gates = _FIX_SCAN.scan(t)[1]  # type: ignore[index]
    return t


def _fix_match(m: re.Match[str]) -> str:
    """A token's fix, unless it is part of a hyphenated word ("x-rayed": not "rayed" mistyped)."""
    t, a, b = m.string, m.start(), m.end()
    if (a > 0 and t[a - 1] == "-") or (b < len(t) and t[b] == "-"):
        return _fix_token(m.group(0), compound=True)
    return _fix_token(m.group(0))


# An adult's body part named by a possessive noun ("crushing pain in my dad's chest", "weakness
# in my wife's right leg"): the symptom lexicons name the owner by a pronoun, so the possessive
# becomes "their" (a child's keeps its word: the child rules read it).
_ADULT_POSSESSIVE = re.compile(
    r"\b(in|on|to|of|down|across|around|from|into|under) (?:my|our|your|his|her|their) (?:\w+ )?"
    r"(?:dad|mum|mom|father|mother|husband|wife|partner|hubby|grandad|grandpa|grandma|granny|nan"
    r"|nana|brother|sister|boyfriend|girlfriend|bf|gf|friend|mate|uncle|aunt|auntie|colleague"
    r"|neighbou?r|fiance|fiancee|flatmate|housemate|roommate)'s (?=(?:left |right |upper |lower )?"
    r"(?:chest|arms?|legs?|face|head|neck|back|jaw|tummy|stomach|belly|hands?|foot|feet|eyes?"
    r"|throat|lips?|mouth|side|body|skin|heart)\b)"
)


def normalise(text: object) -> str:
    """Lower-cased, capped, spelling-normalised text that the rules are written against."""
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    t = _STRAY_QUOTE.sub(" ", text[:MAX_CHARS].lower().translate(_QUOTES))
    t = _HAS_PERFECT.sub(r"\1 has \2", t)
    if "'d " in t:
        t = _HAD_PERFECT.sub(r"\1 had \2", t)
    t = _apply(_PRE_FIXES, t)
    tokens = _TOKEN.findall(t)
    if list(map(_fix_token, tokens)) != tokens:  # most texts need no word fixed: no sub then
        t = _TOKEN.sub(_fix_match, t)
    t = _apply(_POST_FIXES, t)
    if " minute" in t:
        t = _MINUTES.sub(r"\1 minutes", t)
    if "'s " in t:
        t = _ADULT_POSSESSIVE.sub(r"\1 their ", t)
    if "a " in t and (
        "tiny" in t or "teeny" in t or "small" in t or "wee" in t or "little" in t or "quick" in t
    ):
        t = _SMALLER.sub(r"a \1", t)
        t = _TINY.sub(lambda m: "a little bit" if m.group(1) == "bit" else "a small amount", t)
    return _SPACES.sub(" ", t).strip()
