"""Emergency triage for questions patients post: is this an ambulance, a doctor today, or routine?

    >>> a = assess("my dad has crushing chest pain and is sweating right now")
    >>> a.level, a.category, a.is_emergency
    ('emergency', 'cardiac', True)
    >>> assess("what are the warning signs of a stroke?").level
    'routine'

Rule based, pure standard library, deterministic, and safe to call anywhere: it never imports
Django, touches no database and loads nothing at call time. The pipeline:

1. **Normalise** (``normalise``): lower case, first 20,000 characters only, contractions and
   chat spellings expanded ("cant" -> "cannot", "rn" -> "right now"), common misspellings fixed
   ("heart attak", "seizur", "pregant"), plus a one-edit correction towards a short list of long
   medical words ("anaphalaxis" -> "anaphylaxis") that never rewrites an ordinary word.
2. **Segment** into sentences and clauses (commas, "but", "and now", ...), so that a negation or a
   past marker only reaches its own clause: "my mum had a stroke last year and now her face is
   drooping again" keeps the drooping face current.
3. **Find features** (symptom lexicons in ``triage_rules``) and give every mention a status:
   *active*, *negated* ("no chest pain"), *past* ("in 2019", "used to", "died of"), *info*
   (information-seeking, hypothetical or fictional: "what are the signs of", "if someone", "in the
   movie"), or *settled* (an episode that has passed: "then it went back to normal").
4. **Combine** the active features with clinical rules ("chest pain + sweating", "fever + stiff
   neck", "infant under 3 months + fever", ...). An episode that has settled is re-run through the
   same rules and capped at *urgent* (a resolved TIA or angina still needs a doctor today).
5. **Self-harm** has its own, deliberately conservative path: any current ideation is at least
   urgent; a plan, means, timing, goodbye or an act in progress makes it an emergency.

The level is the highest one any rule reaches; the category comes from the strongest rule at that
level (self-harm first, then poisoning, allergy, pregnancy and children, then the rest).

Speed: each pattern carries the literal strings one of which any match must contain (derived from
the pattern itself), and one scan of the text tells which patterns can match at all; a few
thousand texts per second on one core (``python bench/eval_triage.py`` prints the rate).

Limits: this is a lexicon of phrasings, not a language model. A present emergency described in
words no rule knows is missed or under-rated, so this must stay one safety net among others, and
the rules should grow from real misses. Figures on a set written after the rules and never tuned
on are reported by the bench; they are lower than on the development set.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

try:  # CPython's regex parser, used only to skip patterns cheaply (see ``_required``)
    import re._constants as _sre
    import re._parser as _parser
except ImportError:  # pragma: no cover - other interpreters: every pattern simply runs
    _sre = _parser = None  # type: ignore[assignment]

from weighin.safety import triage_rules as R

__all__ = ["CATEGORIES", "LEVELS", "MAX_CHARS", "Assessment", "assess", "normalise"]

LEVELS = ("routine", "urgent", "emergency")
CATEGORIES = (
    "cardiac",
    "stroke",
    "breathing",
    "allergy",
    "poisoning",
    "bleeding",
    "neuro",
    "self_harm",
    "pregnancy",
    "pediatric",
    "infection",
    "other",
)
MAX_CHARS = 20_000

ROUTINE, URGENT, EMERGENCY = 0, 1, 2

# Mention statuses.
ACTIVE, NEGATED, PAST, INFO, SETTLED = "active", "negated", "past", "info", "settled"


@dataclass(frozen=True)
class Assessment:
    """The verdict on one text.

    ``level`` is one of ``LEVELS``, ``category`` one of ``CATEGORIES`` and ``reasons`` a tuple of
    short human-readable strings saying what was recognised.
    """

    level: str
    category: str
    reasons: tuple[str, ...] = ()

    @property
    def is_emergency(self) -> bool:
        return self.level == "emergency"


# ---------------------------------------------------------------------------------------------
# Compiled data
# ---------------------------------------------------------------------------------------------


def _c(src: str) -> re.Pattern[str]:
    return re.compile(src)


def _required(items: object) -> frozenset[str] | None:
    """Strings of which every match of a parsed pattern must contain at least one (or None).

    Used to skip a regular expression cheaply when none of them occurs in the text: a logical
    consequence of the pattern's structure, so it never changes a result, only the speed.
    """
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


class _Rx:
    """A compiled pattern plus the strings one of which any match must contain.

    ``possible(found)`` checks those strings against the set of anchors present in the text
    (``_anchors_in``), so a pattern that cannot match is skipped without running it.
    """

    __slots__ = ("anchors", "rx")
    registry: list[_Rx] = []

    def __init__(self, src: str) -> None:
        self.rx = re.compile(src)
        try:
            anchors = _required(_parser.parse(src)) if _parser is not None else None
        except Exception:  # pragma: no cover - never let an optimisation break matching
            anchors = None
        self.anchors = anchors if anchors and min(map(len, anchors)) >= 2 else None
        _Rx.registry.append(self)

    def possible(self, found: frozenset[str] | set[str]) -> bool:
        return self.anchors is None or not self.anchors.isdisjoint(found)

    def finditer(self, t: str, found: frozenset[str] | set[str]) -> list[re.Match[str]]:
        return list(self.rx.finditer(t)) if self.possible(found) else []

    def search(self, t: str, found: frozenset[str] | set[str]) -> re.Match[str] | None:
        return self.rx.search(t) if self.possible(found) else None


def _trie_pattern(words: set[str]) -> str:
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


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u201c": '"', "\u201d": '"'})
_TOKEN = _c(r"[a-z0-9]+(?:'[a-z]+)?")
_PRE_FIXES = tuple((_c(a), b) for a, b in R.PHRASE_FIXES if "\\d" in a)
_POST_FIXES = tuple((_c(a), b) for a, b in R.PHRASE_FIXES if "\\d" not in a)
_SPACES = _c(r"[ \t\r\f\v]+")
# "she's taken" is "she has taken", not "she is taken".
_HAS_PERFECT = _c(
    r"\b(he|she|it|that|who|there)'?s (been|taken|had|got|gone|done|made|said|told|eaten|drunk|"
    r"swallowed|fallen|hit|cut|broken|stopped|started|collapsed|fainted|passed|thrown|vomited|lost|"
    r"bled|become|seen|written|sent|left|tried|attempted|used|overdosed|called|locked|stockpiled|"
    r"saved|bought|given|hurt|harmed|burned|burnt|scalded|banged|bumped|swelled|turned|gained|"
    r"developed|noticed|complained|suffered|injured)\b"
)
_STRAY_QUOTE = _c(r"(?<![a-z0-9])['\"]+|['\"]+(?![a-z0-9])")  # quotation marks, not apostrophes

_SENTENCE = _c(R.SENTENCE_BREAK)
_CLAUSE = _c(R.CLAUSE_BREAK)
_NEG_CUE = _c(
    r"\b(?:"
    + "|".join(sorted((re.escape(k) for k in R.NEGATION_CUES), key=len, reverse=True))
    + r")\b"
)
_NEG_FALSE = _c(R.NEGATION_FALSE)
_PAST = _Rx(R.PAST_CUES)
_PAST_TRIGGER = _c(R.PAST_TRIGGER)
_PRESENT = _Rx(R.PRESENT_CUES)
_STRONG_PRESENT = _Rx(R.STRONG_PRESENT)
_RESOLVED = _Rx(R.RESOLVED_CUES)
_ONGOING = _Rx(R.ONGOING_CUES)
_HABITUAL = _Rx(R.HABITUAL_CUES)
_INFO = _Rx(R.INFO_CUES)
_QUESTION_START = _Rx(R.QUESTION_START)
_FRAME = _Rx(R.FRAME_CUES)
_PERSONAL = _Rx(R.PERSONAL)
_HYPO = _Rx(R.HYPO_CUES)
_IDIOMS = _Rx(R.IDIOMS)
_CHILD = _c(R.CHILD_WORDS)
_YOUNG_BABY = _c(R.YOUNG_BABY_WORDS)
_ANIMAL = _c(R.ANIMAL_SUBJECT)
_MILD = _c(R.MILD)
_FEATURES = {name: _c(src) for name, src in R.FEATURES.items()}
_GATED_FEATURES = tuple((name, _Rx(src)) for name, src in R.FEATURES.items())
_TOPICS = {name: _c(src) for name, src in R.TOPIC_WORDS.items()}
_SH_IDEATION = _Rx(R.SELF_HARM_IDEATION)
_SH_ESCALATE = _Rx(R.SELF_HARM_ESCALATORS)
_SH_STRONG = _Rx(R.SELF_HARM_STRONG)
_SH_ACT = _Rx(R.SELF_HARM_ACT)
_SH_SUPPRESS = _Rx(R.SELF_HARM_SUPPRESS)
_SH_PAST = _Rx(R.SELF_HARM_PAST)
_SH_DESIRE = _c(R.SELF_HARM_DESIRE)
_SH_NONEXIST = _Rx(R.SELF_HARM_NONEXIST)
_SH_PLAN_VAGUE = _Rx(R.SELF_HARM_PLAN_VAGUE)
_SH_OPPORTUNITY = _Rx(R.SELF_HARM_OPPORTUNITY)
_SH_DISCLOSE = _Rx(R.SELF_HARM_DISCLOSE)
_SH_RECENT = _Rx(R.SELF_HARM_RECENT)
_SH_RECOVERY = _Rx(R.SELF_HARM_RECOVERY)
_SH_PASSIVE = _c(R._PASSIVE_OK)
_WAKE_BEFORE = _c(r"\bwak(?:e|ing) up $")  # "not wake up tomorrow": the day of the wish, no plan
_SH_BARE_NOUN = _c(r"(?:suicid\w*|self[- ]?harm\w*)")

_ALL_ANCHORS = frozenset().union(*(rx.anchors for rx in _Rx.registry if rx.anchors))
_ANCHOR_SCAN = re.compile(_trie_pattern(set(_ALL_ANCHORS)))
# Anchors that are a prefix of a longer anchor are present whenever the longer one is.
_PREFIX_CLOSURE = {
    a: frozenset(b for b in _ALL_ANCHORS if a.startswith(b) and b != a) for a in _ALL_ANCHORS
}


def _anchors_in(t: str) -> set[str]:
    found: set[str] = set()
    for m in _ANCHOR_SCAN.finditer(t):
        a = m.group(1)
        if a and a not in found:
            found.add(a)
            found |= _PREFIX_CLOSURE[a]
    return found


_NUM = r"(\d+|" + "|".join(sorted(R.NUMBER_WORDS, key=len, reverse=True)) + r")"
_AGE = _c(r"\b" + _NUM + r"[ -](day|week|month|year)s?[ -]old\b")
_AGE_IS = _c(
    r"\b(?:son|daughter|child|kid|boy|girl|baby|toddler|grandson|granddaughter|he|she|who) is "
    r"(?:only |just |about )?(\d{1,2})\b(?! (?:weeks|days|minutes|hours|months|years|times|%|"
    r"degrees|kg|lbs|stone|pills|tablets|\d))"
)
_AGE_PAREN = _c(
    r"\b(?:son|daughter|boy|girl|child|kid|grandson|granddaughter|nephew|niece)\s*(?:\(|,\s*|"
    r"aged\s*|age\s*)(\d{1,2})\b(?! (?:days|weeks|months|hours|minutes|times))"
)
_AGE_MONTHS = _c(
    r"\b(?:baby|infant|son|daughter|she|he|newborn|little one|boy|girl)(?: is| who is|,| \()? ?"
    r"(\d{1,2}) ?(weeks?|months?|days?)\b(?! ago| pregnant)"
)
_TEMP = _c(
    r"(?:(fever|temp|temperature|temps|reading|thermometer)\D{0,12})?\b(\d{2,3}(?:\.\d{1,2})?)"
    r" ?(°|degrees|deg|c\b|f\b)?(?! ?(?:weeks|week|days|day|years|year|months|month|hours|hour|"
    r"minutes|mins|yo|kg|lbs|%|/|mg|ml|times|pills|tablets|bpm|beats))"
)
_GA_WEEKS = _c(
    r"(?:(?:^|\bi am|\bshe is|\bat|\bam|\bpregnant|\bwife is|\bpartner is|,|\band)\s*"
    r"(?:only |just |"
    r"nearly |almost |about |over |around )?"
    + _NUM
    + r" ?(?:weeks?|wks?)\b(?! (?:old|ago))|\b"
    + _NUM
    + r" ?(?:weeks?|wks?) (?:pregnant|along|gestation|and (?:having|my|the|baby|"
    r"contractions|bleeding|i)))"
)
_GA_MONTHS = _c(r"\b" + _NUM + r" months? pregnant\b|\bpregnant " + _NUM + r" months?\b")
_DAYS = _c(
    r"\b(?:for|since|over|past|last|nearly|almost|been|the last|the past|for about|for over|for "
    r"nearly|for the last|for the past|in|lasted|lasting) " + _NUM + r" (days|weeks|day|week)\b"
    r"(?! (?:ago|old|pregnant))|\b" + _NUM + r" (days|weeks|day|week) (?:now|straight|in a row|"
    r"running)\b"
)
_DAYS_WORD = _c(r"\b(?:a week|all week|since last week|over a week|a fortnight|two weeks)\b")
_SUGAR = _c(
    r"\b(?:blood sugar|sugar|sugars|glucose|bg|bm|blood glucose|reading)(?: level| levels| "
    r"reading)?(?: is| was| of| at| has been| dropped to| down to| reading| only| just| over| "
    r"above| showing| " + R.SUGAR_VERBS.replace("|", "| ") + r")*\s*(\d{1,3}(?:\.\d)?)\b"
)
_BP = _c(r"\b(\d{2,3}) ?(?:/|over) ?(\d{2,3})\b")
_PILLS_FOR_REASON = _c(
    r"\b(?:accidentally|by mistake|by accident|for (?:my|a|the|his|her) (?:pain|headache|toothache|"
    r"tooth|back|period|migraine|cold|flu|fever)|over the (?:day|weekend))\b"
)
_OTHER_PERSON = _c(
    r"\b(?:toddler|baby|son|daughter|kid|child|boy|girl|friend|brother|sister|dad|mum|husband|wife"
    r"|partner|boyfriend|girlfriend|he|she|they|dog|cat|puppy|grandma|grandpa|roommate|flatmate)\b"
)
_TOXIC = _c(
    r"bleach|cleaner|cleaning|detergent|\bpods?\b|antifreeze|anti-freeze|batter|magnet|poison|"
    r"weed ?killer|pesticide|insecticide|pellets|paraffin|kerosene|lamp oil|petrol|gasoline|"
    r"lighter|white spirit|turp|methanol|ammonia|\blye\b|caustic|\bacid\b|liquid|nicotine|"
    r"mushroom|berries|\biron\b|essential|mouthwash|sanitis|sanitiz|remover|superglue|"
    + R.TOXIC_EXTRA
)
_OBJECT = _c(r"coin|marble|pin|screw|nail|glass|something sharp")
_PERIOD = _c(r"\bperiods?\b|\bmenstrua\w*\b|\bmenorrhagia\b")
_HEARTBURN = _c(r"\bheartburn\b|\breflux\b|\bindigestion\b|\bspicy\b|\bafter (?:meals|eating)\b")
_PLEURITIC = _c(r"\bwhen (?:i|he|she) (?:breathe|breath|cough|take a deep|move|press|lie)\w*\b")
_EXERTION_NORMAL = _c(
    r"\bafter (?:running|a run|exercise|exercising|the gym|a workout|working out|jogging|sprinting"
    r"|football|training|climbing|sex)\b|\bwhen (?:i|he|she) (?:run|exercise|jog|work out)\b"
)
_CARDIAC_HISTORY = _c(R.FEATURES["cardiac_history"])
_BELLS = _c(R.BELLS_SIGNS)
_ASTHMA_CTX = _c(r"\basthma\w*\b|\binhaler\b|\bpuffer\b|\bcopd\b|\bnebuli[sz]er\b|\bwheez\w*\b")
_CHILDHOOD = _c(
    r"\b(?:as a|when (?:i|he|she|we|they) (?:was|were)(?: just)? an?|since (?:i|he|she) was an?) "
    r"(?:kid|child|baby|toddler|little one)\b|\bwhen (?:i|he|she) was little\b|\bchildhood\b"
)
_PREGNANCY_LONG_AGO = _c(
    r"\byears?\b|\bdecades?\b|\bused to\b|\bprevious\b|\bin (?:19|20)\d\d\b|\blast year\b"
    r"|\bwhen (?:i|she) was pregnant\b|\bmiscarr"
)
# A known, explained or long-standing complaint: a settled lone symptom is then routine.
_BENIGN_CONTEXT = _c(
    r"\banxi\w+\b|\bpanic\w*\b|\bstress\w*\b|\bdementia\b|\balzheimer\w*\b|\bknown\b"
    r"|\bdiagnosed\b|\bfor (?:months|years|ages)\b|\balways\b|\busually\b|\boccasionally\b"
    r"|\bsometimes\b|\bnow and then\b|\bfrom time to time\b|\bwhen i have a cold\b"
    r"|\bbecause (?:it was|of the|she was|he was|i was|they were) (?:so |really |very )?"
    r"(?:hot|heat|"
    r"dehydrated|hungry|standing|warm|crowded)\b|\bat the sight of blood\b"
)
_KEEPS_DOWN = _c(
    r"\b(?:can|could|is able to|am able to|managing to|manage to) keep "
    r"(?:a bit of |some |a little |"
    r"small sips of |sips of )?(?:water|fluids|food|drinks|milk|it|things) down\b|\bkeeping "
    r"(?:fluids|water|some fluids|drinks|food) down\b"
)
_EPISODE_LENGTH = _c(
    r"\bfor (?:about |around |roughly |nearly )?(?:\d+|a few|a couple of|ten|five|fifteen|twenty|"
    r"thirty|half an?|an?) (?:minutes?|mins|hours?|seconds)\b"
)

_LABELS = {
    "chest_pain": "chest pain",
    "radiating": "pain spreading to arm/jaw/back",
    "sweating": "sweating",
    "nausea": "nausea or vomiting",
    "faint_feel": "dizziness or faintness",
    "fainted": "fainting",
    "collapsed": "collapse",
    "breathless": "shortness of breath",
    "breath_severe": "severe difficulty breathing",
    "cyanosis": "blue or grey lips/skin",
    "choking": "choking",
    "face_droop": "face drooping",
    "speech": "slurred or lost speech",
    "limb_weak_strong": "one-sided weakness",
    "limb_weak": "arm or leg weakness/numbness",
    "vision_sudden": "sudden loss of vision",
    "seizure": "seizure",
    "unconscious": "unresponsive",
    "headache": "headache",
    "fever": "fever",
    "stiff_neck": "stiff neck",
    "throat_closing": "throat or tongue swelling",
    "face_swell": "face or lip swelling",
    "hives": "hives",
    "ingest": "something swallowed",
    "overdose": "overdose",
    "bleed_severe": "heavy bleeding",
    "pregnant": "pregnancy",
    "heart_attack_now": "heart attack",
    "stroke_now": "stroke",
    "anaphylaxis_now": "anaphylaxis",
    "palpitations": "racing heart",
    "confusion": "confusion",
    "drowsy": "drowsiness",
    "wheeze": "wheezing",
}


# ---------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


_FUZZY_INDEX: dict[str, set[str]] = {}
for _target in R.FUZZY_TARGETS:
    _FUZZY_INDEX.setdefault(_target, set()).add(_target)
    for _d in _deletes(_target):
        _FUZZY_INDEX.setdefault(_d, set()).add(_target)
_FUZZY_KNOWN = frozenset(R.FUZZY_TARGETS) | R.FUZZY_PROTECTED | frozenset(R.TOKEN_FIXES)


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


@lru_cache(maxsize=32768)
def _fix_token(word: str) -> str:
    fixed = R.TOKEN_FIXES.get(word)
    if fixed is not None:
        return fixed
    if len(word) < 6 or word in _FUZZY_KNOWN or not word.isalpha():
        return word
    candidates: set[str] = set(_FUZZY_INDEX.get(word, ()))
    for d in _deletes(word):
        candidates |= _FUZZY_INDEX.get(d, set())
    best = sorted(c for c in candidates if c[0] == word[0] and _one_edit(word, c))
    return best[0] if len(best) == 1 else word


def normalise(text: object) -> str:
    """Lower-cased, capped, spelling-normalised text that the rules are written against."""
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    t = _STRAY_QUOTE.sub(" ", text[:MAX_CHARS].lower().translate(_QUOTES))
    t = _HAS_PERFECT.sub(r"\1 has \2", t)
    for pattern, repl in _PRE_FIXES:
        t = pattern.sub(repl, t)
    t = _TOKEN.sub(lambda m: _fix_token(m.group(0)), t)
    for pattern, repl in _POST_FIXES:
        t = pattern.sub(repl, t)
    return _SPACES.sub(" ", t).strip()


# ---------------------------------------------------------------------------------------------
# Segmentation and statuses
# ---------------------------------------------------------------------------------------------


@dataclass
class _Clause:
    start: int
    end: int
    sentence: int
    info: bool = False
    hypo_at: int = -1  # offset of an "if" in this clause (-1: none)
    past: bool = False
    settled: bool = False
    habitual: bool = False
    present: bool = False
    cont: bool = False  # starts with "and <verb>": continues the previous clause's frame


def _segment(t: str) -> list[_Clause]:
    clauses: list[_Clause] = []
    s_start = 0
    sentences: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(t):
        if m.start() > s_start:
            sentences.append((s_start, m.start()))
        s_start = m.end()
    if s_start < len(t):
        sentences.append((s_start, len(t)))
    if not sentences:
        sentences = [(0, len(t))]
    for si, (a, b) in enumerate(sentences):
        start, cont = a, False
        for m in _CLAUSE.finditer(t, a, b):
            if m.start() > start:
                clauses.append(_Clause(start, m.start(), si, cont=cont))
            start = m.end() if m.group(0) in {",", ";", ":", "(", ")", "[", "]"} else m.start()
            cont = m.group(0) == "and "
        if start < b:
            clauses.append(_Clause(start, b, si, cont=cont))
    return clauses or [_Clause(0, len(t), 0)]


def _annotate(t: str, clauses: list[_Clause], found: set[str]) -> None:
    starts = [c.start for c in clauses]

    def marks(rx: _Rx) -> dict[int, list[re.Match[str]]]:
        out: dict[int, list[re.Match[str]]] = {}
        for m in rx.finditer(t, found):
            out.setdefault(bisect.bisect_right(starts, m.start()) - 1, []).append(m)
        return out

    strong, present, info = marks(_STRONG_PRESENT), marks(_PRESENT), marks(_INFO)
    hypo, past, habitual = marks(_HYPO), marks(_PAST), marks(_HABITUAL)
    resolved, ongoing = marks(_RESOLVED), marks(_ONGOING)
    personal = {clauses[i].sentence for i in marks(_PERSONAL)}
    framed = {clauses[i].sentence for i in marks(_FRAME)}
    general_q: dict[int, bool] = {}
    for c in clauses:
        if c.sentence not in general_q:
            pos = c.start
            while pos < c.end and t[pos] in " \"'*-":
                pos += 1
            general_q[c.sentence] = (
                c.sentence not in personal
                and _QUESTION_START.possible(found)
                and _QUESTION_START.rx.match(t, pos) is not None
            )
    last_settle = max(resolved) if resolved else -1
    for i, c in enumerate(clauses):
        is_strong = i in strong
        c.present = is_strong or i in present
        c.info = (general_q[c.sentence] or i in info or c.sentence in framed) and not is_strong
        if i in hypo and not is_strong:
            c.hypo_at = hypo[i][0].start()
        if c.cont and i > 0 and not is_strong:
            prev = clauses[i - 1]
            c.info = c.info or prev.info
            if prev.hypo_at >= 0:
                c.hypo_at = c.start
        c.past = not c.present and any(
            not _PAST_TRIGGER.search(t, c.start, m.start()) for m in past.get(i, ())
        )
        c.habitual = i in habitual
        # A settled episode: the cue settles its own clause and the ones before it.
        c.settled = i <= last_settle and i not in ongoing


def _negated(t: str, clause: _Clause, start: int) -> bool:
    prefix = t[clause.start : start]
    if not prefix.strip():
        return False
    words = prefix.split()[-8:]
    window = " ".join(words)
    for m in _NEG_CUE.finditer(window):
        if _NEG_FALSE.match(window, m.start()):
            continue
        tail = window[m.end() :].split()
        if len(tail) > R.NEGATION_CUES[m.group(0)]:
            continue
        if any(w in R.NEGATION_STOP for w in tail):
            continue
        return True
    return False


# Features whose mention can be "settled" (an episode that has passed); everything else (a
# swallowed battery, a bleed, a fever) stays current even if the text says "she seems fine".
_EPISODIC = frozenset(
    {
        "chest_pain",
        "chest_severe",
        "radiating",
        "sweating",
        "nausea",
        "faint_feel",
        "fainted",
        "palpitations",
        "fast_rate",
        "breathless",
        "face_droop",
        "face_numb",
        "speech",
        "limb_weak_strong",
        "limb_weak",
        "vision_sudden",
        "confusion",
        "seizure",
        "seizure_now",
        "seizure_long",
        "seizure_first",
        "headache",
        "severe_headache",
        "thunderclap",
        "wheeze",
        "collapsed",
        "sudden",
        "stroke_now",
        "heart_attack_now",
        "drowsy",
        "mild_fog",
        "preg_visual",
        "hands_face_swell",
        "face_swell",
        "hives",
        "throat_tight",
        "cough_blood",
    }
)


# States a wish to die can be worded with ("not wake up", "stop breathing"): not symptoms there.
_SH_MASKABLE = frozenset(
    {"unconscious", "drowsy", "breath_severe", "arrest", "collapsed", "dying_feel", "mottled"}
)

_STATES = frozenset({"pregnant", "postpartum", "immunocomp", "anticoag", "diabetic_ctx"})


class _Facts:
    """Active (and settled) features of one text, plus the numbers the rules need."""

    def __init__(self, t: str) -> None:
        self.t = t
        self.found = found = _anchors_in(t)
        self.clauses = _segment(t)
        _annotate(t, self.clauses, found)
        self._starts = [c.start for c in self.clauses]
        self.idioms = [(m.start(), m.end()) for m in _IDIOMS.finditer(t, found)]
        self.active: dict[str, list[int]] = {}  # feature -> clause indexes
        self.settled: set[str] = set()
        self.ignored: dict[str, str] = {}  # feature -> status, for reasons
        self.matches: dict[str, list[tuple[re.Match[str], int]]] = {}
        for name, gated in _GATED_FEATURES:
            if not gated.possible(found):
                continue
            for m in gated.rx.finditer(t):
                ci = self.clause_at(m.start())
                status = self.status(m.start(), m.end(), ci, name)
                if status == ACTIVE:
                    self.active.setdefault(name, []).append(ci)
                    self.matches.setdefault(name, []).append((m, ci))
                elif status == SETTLED:
                    self.settled.add(name)
                else:
                    self.ignored.setdefault(name, status)
        if "vomit_persistent" in self.active and _KEEPS_DOWN.search(t):
            del self.active["vomit_persistent"]
        self.present = any(
            self.clauses[ci].present for cis in self.active.values() for ci in cis
        ) or bool(_STRONG_PRESENT.search(t, found))
        self._numbers()

    # -- positions ----------------------------------------------------------------------------
    def clause_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def in_idiom(self, a: int, b: int) -> bool:
        return any(a < ie and ib < b for ib, ie in self.idioms)

    def status(self, a: int, b: int, ci: int, name: str = "") -> str:
        c = self.clauses[ci]
        if _negated(self.t, c, a):
            return NEGATED
        if c.info or (c.hypo_at >= 0 and a > c.hypo_at):
            return INFO
        if c.past:
            # A state (pregnant, on chemo, on blood thinners) that began recently still holds.
            if name in _STATES and not _PREGNANCY_LONG_AGO.search(self.t[c.start : c.end]):
                return ACTIVE
            return PAST
        if (c.settled or c.habitual) and name in _EPISODIC:
            return SETTLED
        return ACTIVE

    def clause_ok(self, ci: int) -> bool:
        c = self.clauses[ci]
        return not (c.info or c.past)

    # -- numbers ------------------------------------------------------------------------------
    def _numbers(self) -> None:
        t = self.t
        self.temp = 0.0
        for m in _TEMP.finditer(t):
            ci = self.clause_at(m.start(2))
            if not self.clause_ok(ci) or _negated(t, self.clauses[ci], m.start()):
                continue
            value = float(m.group(2))
            cue, unit = m.group(1), m.group(3)
            decimal = "." in m.group(2)
            if 35.0 <= value <= 43.5 and (cue or unit or decimal):
                self.temp = max(self.temp, value)
            elif 95.0 <= value <= 110.0 and (cue or unit in {"f", "°", "degrees"}):
                self.temp = max(self.temp, round((value - 32) * 5 / 9, 1))
        # Ages, in months (the youngest mentioned person).
        ages: list[float] = []
        for m in _AGE.finditer(t):
            n = _num(m.group(1))
            unit = m.group(2)
            ages.append(
                n / 30
                if unit == "day"
                else n / 4.3
                if unit == "week"
                else n
                if unit == "month"
                else n * 12
            )
        for m in _AGE_PAREN.finditer(t):
            ages.append(int(m.group(1)) * 12)
        for m in _AGE_IS.finditer(t):
            ages.append(int(m.group(1)) * 12)
        for m in _AGE_MONTHS.finditer(t):
            n = int(m.group(1))
            unit = m.group(2)
            ages.append(n / 4.3 if unit[0] == "w" else n / 30 if unit[0] == "d" else n)
        if _YOUNG_BABY.search(t):
            ages.append(0.5)
        self.age_months = min(ages) if ages else None
        pregnant = "pregnant" in self.active or "postpartum" in self.active
        child_word = bool(_CHILD.search(_CHILDHOOD.sub(" ", t)))
        if pregnant and ages == [] and child_word:
            child_word = bool(re.search(r"\b(?:toddler|kid|child|little one|newborn)\b", t))
        self.child = (self.age_months is not None and self.age_months < 156) or (
            child_word and self.age_months is None
        )
        self.infant = (self.age_months is not None and self.age_months < 12) or (
            self.age_months is None
            and bool(re.search(r"\b(?:baby|infant|newborn)\b", t))
            and not pregnant
        )
        self.young_infant = self.age_months is not None and self.age_months < 3
        # Gestational age in weeks.
        self.ga_weeks = None
        for m in _GA_WEEKS.finditer(t):
            w = _num(m.group(1) or m.group(2))
            if 4 <= w <= 42:
                self.ga_weeks = w
                break
        if self.ga_weeks is None:
            m = _GA_MONTHS.search(t)
            if m:
                self.ga_weeks = round(_num(m.group(1) or m.group(2)) * 4.3)
        # Duration in days (longest current one).
        self.days = 0
        for m in _DAYS.finditer(t):
            ci = self.clause_at(m.start())
            if not self.clause_ok(ci):
                continue
            n = _num(m.group(1) or m.group(3))
            unit = m.group(2) or m.group(4)
            self.days = max(self.days, n * 7 if unit.startswith("week") else n)
        if _DAYS_WORD.search(t):
            self.days = max(self.days, 7)
        # Blood sugar: mmol/L below 30, mg/dL above.
        self.sugar = None
        for m in _SUGAR.finditer(t):
            v = float(m.group(1))
            if v > 0:
                self.sugar = v
                break
        # Blood pressure.
        self.bp = None
        if "bp_word" in self.active or "bp_word" in self.ignored:
            for m in _BP.finditer(t):
                s, d = int(m.group(1)), int(m.group(2))
                if 70 <= s <= 300 and 30 <= d <= 200 and s > d:
                    self.bp = (s, d)
                    break

    # -- queries ------------------------------------------------------------------------------
    def mild(self, feature: str) -> bool:
        """The active mention of ``feature`` is qualified as mild ("a bit", "slight")."""
        for m, ci in self.matches.get(feature, []):
            c = self.clauses[ci]
            seg = self.t[max(c.start, m.start() - 30) : min(c.end, m.end() + 25)]
            if _MILD.search(seg):
                return True
        return False


def _num(s: str) -> int:
    return int(s) if s.isdigit() else R.NUMBER_WORDS.get(s, 1)


# ---------------------------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------------------------

# Category priority when several rules reach the same level.
_PRIORITY = {
    "self_harm": 100,
    "poisoning": 90,
    "allergy": 85,
    "pregnancy": 80,
    "pediatric": 75,
    "stroke": 60,
    "cardiac": 55,
    "breathing": 50,
    "bleeding": 45,
    "neuro": 40,
    "infection": 35,
    "other": 30,
}


@dataclass(frozen=True)
class _Hit:
    level: int
    category: str
    reason: str
    priority: int
    sticky: bool = False  # stays an emergency even when the episode has settled


def _rules(f: _Facts, S: set[str]) -> list[_Hit]:
    hits: list[_Hit] = []

    def hit(level: int, category: str, reason: str, bonus: int = 0, sticky: bool = False) -> None:
        hits.append(_Hit(level, category, reason, _PRIORITY[category] + bonus, sticky))

    def on(*names: str) -> bool:
        return any(n in S for n in names)

    t = f.t
    asthma = bool(_ASTHMA_CTX.search(t))
    pregnant = on("pregnant")
    postpartum = on("postpartum")
    severe_breath = on("breath_severe", "cyanosis", "recession")
    any_breath = severe_breath or on("breathless", "wheeze")
    faintish = on("faint_feel", "fainted", "collapsed")

    # ---- cardiac -------------------------------------------------------------------------
    if on("arrest"):
        hit(EMERGENCY, "cardiac", "no pulse / CPR in progress", 2)
    not_breathing = bool(re.search(r"\b(?:not|stopped|no longer|is not) breathing\b", t))
    if on("collapsed", "unconscious") and not_breathing and not on("choking", "drowning"):
        hit(EMERGENCY, "cardiac", "collapsed and not breathing (possible cardiac arrest)", 2)
    if on("chest_pain"):
        mild = f.mild("chest_pain") and not on("chest_severe")
        severe = on("chest_severe") and not mild
        companions = [
            (on("radiating"), "pain spreading to the arm, jaw or back"),
            (on("sweating"), "sweating"),
            (on("nausea"), "nausea"),
            (any_breath, "shortness of breath"),
            (faintish, "dizziness or fainting"),
            (on("palpitations"), "a racing heart"),
            (on("stimulant"), "stimulant drugs"),
            (on("cyanosis"), "grey or blue skin"),
        ]
        found = [r for ok, r in companions if ok]
        onset = [
            (on("sudden") and not mild, "sudden"),
            (
                on("ongoing_minutes") and not mild and not _PLEURITIC.search(t) and f.days < 1,
                "going on for a while",
            ),
            (on("heart_attack_now"), "feels like a heart attack"),
            (on("gtn_fail"), "not relieved by angina spray"),
            (
                on("same_again") and bool(_CARDIAC_HISTORY.search(t)),
                "same pain as a previous heart attack",
            ),
        ]
        found_onset = [r for ok, r in onset if ok]
        heartburn = bool(_HEARTBURN.search(t))
        if on("chronic") and not (severe or found or found_onset):
            pass
        elif (severe or found or found_onset) and not (mild and found == ["nausea"]):
            reason = ("severe chest pain" if severe else "chest pain") + (
                " with " + ", ".join(found[:3]) if found else ""
            )
            if found_onset:
                reason += f" ({', '.join(found_onset)})"
            hit(EMERGENCY, "cardiac", reason)
        elif heartburn and mild:
            pass
        else:
            hit(URGENT, "cardiac", "chest pain")
        if asthma and on("asthma_fail", "breath_severe"):
            hit(EMERGENCY, "breathing", "asthma attack not responding to the inhaler", 8)
    if on("heart_attack_now"):
        hit(EMERGENCY, "cardiac", "suspected heart attack now")
    if on("radiating") and on("sweating") and (faintish or on("nausea") or any_breath):
        hit(EMERGENCY, "cardiac", "arm, jaw or back pain with sweating and faintness")
    if (
        on("indigestion")
        and not on("chest_pain")
        and (on("sweating", "radiating") or (on("faint_feel") and any_breath))
    ):
        hit(
            EMERGENCY,
            "cardiac",
            "'indigestion' with sweating or pain spreading (possible heart attack)",
        )
    if on("palpitations"):
        if faintish or on("breath_severe", "cyanosis", "collapsed", "sweating", "chest_severe"):
            hit(EMERGENCY, "cardiac", "racing heart with fainting or breathlessness")
        elif on("fast_rate") or f.days >= 1 or re.search(r"\bfor (?:an|over an|\d+) hours?\b", t):
            hit(URGENT, "cardiac", "persistent racing heart")
    if on("heart_failure"):
        hit(URGENT, "cardiac", "swelling with breathlessness lying flat", 2)

    # ---- stroke --------------------------------------------------------------------------
    speech = on("speech") and not (on("choking") or asthma or severe_breath)
    strong_stroke = [
        (on("face_droop"), "face drooping"),
        (speech, "slurred or lost speech"),
        (on("limb_weak_strong"), "one-sided weakness"),
        (on("vision_sudden"), "sudden loss of vision"),
        (on("stroke_now"), "suspected stroke"),
    ]
    found = [r for ok, r in strong_stroke if ok]
    if found == ["slurred or lost speech"] and on("drowsy", "unconscious"):
        found = []  # drowsy and mumbling: the neuro rules cover it
    if found == ["one-sided weakness"] and (on("chest_pain") or on("spine", "trauma_severe")):
        found = []  # an arm gone numb or heavy with chest pain: the cardiac rules cover it
    weak = on("limb_weak", "face_numb")
    if (
        found == ["face drooping"]
        and _BELLS.search(t)
        and not weak
        and not on("sudden")
        and (
            f.ignored.get("speech") == NEGATED
            or re.search(
                r"\b(?:speech|talking|arms?)\b[^.!?;]{0,25}\b(?:is|are) (?:fine|normal|ok)", t
            )
        )
    ):
        found = []  # whole side of the face including the eye, speech and arms fine: Bell's palsy
        hit(URGENT, "neuro", "one-sided facial weakness including the eye (Bell's palsy?)")
    if found:
        reason = " and ".join(found[:2])
        hit(EMERGENCY, "stroke", reason)
    elif weak and (on("sudden") and not on("chest_pain")):
        hit(EMERGENCY, "stroke", "sudden numbness or weakness")
    elif on("limb_weak") and on("face_numb"):
        hit(EMERGENCY, "stroke", "face and limb numbness")

    # ---- breathing -----------------------------------------------------------------------
    for m, _ci in f.matches.get("low_oxygen", []):
        sat = int(m.group("sat"))
        if sat < 92:
            hit(EMERGENCY, "breathing", f"oxygen saturation {sat}%")
        elif sat < 95:
            hit(URGENT, "breathing", f"oxygen saturation {sat}%")
    if on("choking"):
        if re.search(
            r"\bchok\w* (?:on (?:his|her|my|their) (?:food|drinks?|fluids) )?(?:more|a lot|"
            r"often|sometimes|lately|recently)\b|\bkeeps? choking\b|\boften chokes\b",
            t,
        ):
            hit(URGENT, "breathing", "repeated choking on food or drink")
        else:
            hit(EMERGENCY, "breathing", "choking", 3)
    if on("asthma_fail"):
        hit(EMERGENCY, "breathing", "asthma attack not responding to the inhaler", 8)
    if on("asthma_worse") and re.search(r"\basthma attack\b", t) and on("worsening"):
        hit(EMERGENCY, "breathing", "asthma attack getting worse", 8)
    if severe_breath:
        bonus = 8 if asthma else 0
        reason = "blue or grey lips" if on("cyanosis") else "severe difficulty breathing"
        hit(EMERGENCY, "breathing", reason, bonus)
    if on("smoke") and any_breath:
        hit(EMERGENCY, "breathing", "breathing trouble after smoke inhalation", 3)
    if on("drowning") and (on("unconscious") or severe_breath):
        hit(EMERGENCY, "breathing", "drowning", 3)
    if (on("calf") and (any_breath or on("chest_pain") or on("cough_blood"))) or (
        on("leg_pain") and on("chest_pain") and (any_breath or on("cough_blood"))
    ):
        hit(EMERGENCY, "breathing", "breathlessness or chest pain with a swollen calf", 10)
    if (any_breath or on("chest_pain")) and on("flight_or_surgery"):
        if on("sudden", "cough_blood", "calf") or (any_breath and on("chest_pain")):
            hit(
                EMERGENCY, "breathing", "breathlessness or chest pain after a flight or surgery", 10
            )
        else:
            hit(URGENT, "breathing", "breathlessness after a flight or surgery", 10)
    if on("stridor") and (on("drooling") or on("cannot_swallow")):
        hit(EMERGENCY, "breathing", "noisy breathing with drooling")
    if on("breathing_fast") and (asthma or on("breathless", "confusion") or f.child):
        if f.child or re.search(r"\bcopd\b|\bonly (?:say|speak)\b|\bfew words\b", t):
            hit(EMERGENCY, "breathing", "fast laboured breathing")
        else:
            hit(URGENT, "breathing", "fast breathing")
    if (
        on("breathless")
        and not severe_breath
        and (not _EXERTION_NORMAL.search(t) or f.days >= 1 or on("worsening"))
    ):
        hit(URGENT, "breathing", "shortness of breath")
    if on("wheeze", "asthma_worse"):
        hit(URGENT, "breathing", "wheezing or worsening asthma")
    if on("stridor", "barking"):
        hit(URGENT, "breathing", "noisy breathing or barking cough")
    if on("breathing_fast"):
        hit(URGENT, "breathing", "fast breathing")

    # ---- allergy -------------------------------------------------------------------------
    allergen = on("allergen")
    systemic = (
        any_breath
        or (on("nausea") and on("face_swell", "hives") and on("strong_allergen"))
        or on("throat_tight")
        or faintish
        or on("chest_pain")
        or on("cannot_swallow")
    )
    if on("throat_closing"):
        if allergen or on("hives", "face_swell") or re.search(r"\bclos|\bshut\b|\btongue\b", t):
            hit(EMERGENCY, "allergy", "throat closing or tongue swelling")
        else:
            hit(URGENT, "other", "swollen throat")
    if on("anaphylaxis_now"):
        if re.search(r"anaphyla|epipen|shock", t) or systemic or on("face_swell"):
            hit(EMERGENCY, "allergy", "anaphylaxis")
        else:
            hit(URGENT, "allergy", "allergic reaction")
    rapid = bool(
        re.search(
            r"\b(?:blowing up|ballooning|blown up|massive|huge|really swollen|so swollen|a lot|"
            r"fast|"
            r"quickly|rapidly|getting worse|getting bigger|whole face|can(?:not)? (?:see|open))\b",
            t,
        )
    )
    if (on("face_swell") or on("hives")) and (allergen or on("anaphylaxis_now")):
        strong_trigger = on("strong_allergen") and rapid and not f.mild("face_swell")
        if (
            systemic
            or strong_trigger
            or (on("hives") and on("face_swell") and not f.mild("face_swell"))
        ):
            hit(EMERGENCY, "allergy", "allergic swelling or hives with breathing or fainting signs")
        else:
            hit(URGENT, "allergy", "allergic reaction without breathing problems")
    elif on("drug_rash"):
        hit(URGENT, "allergy", "new rash after starting a medicine")
    elif on("hives") and systemic and not on("fever"):
        hit(EMERGENCY, "allergy", "hives with breathing or fainting signs")
    if on("strong_allergen") and (
        on("wheeze", "breath_severe", "breathless", "throat_tight", "cannot_swallow")
        or (on("throat_itch") and re.search(r"\bcough", t))
    ):
        hit(EMERGENCY, "allergy", "breathing or throat symptoms after a known allergen")
    if on("large_local") and not systemic:
        hit(URGENT, "allergy", "large swelling after a sting or bite")
    if re.search(
        r"\b(?:stung|sting|bitten)\b[^.!?;]{0,30}\b(?:neck|throat|mouth|tongue|lip)\b", t
    ) and (re.search(r"\bswell|\bswollen|\bpuff", t)):
        hit(EMERGENCY, "allergy", "sting in the mouth or neck with swelling")
    if (
        re.search(r"\b(?:stung|sting|bee|wasp|hornet)\b", t)
        and on("hives", "throat_tight", "faint_feel")
        and not f.mild("hives")
    ):
        hit(EMERGENCY, "allergy", "whole-body reaction to a sting")

    # ---- poisoning -----------------------------------------------------------------------
    for m, ci in f.matches.get("ingest", []):
        before = t[max(f.clauses[ci].start, m.start() - 40) : m.start()]
        if _ANIMAL.search(before):
            continue
        subst = m.group("subst") or m.group("subst2") or m.group("subst3")
        if subst is None:  # "drank most of it": find what "it" was
            near = _FEATURES["ingest"].search(t, f.clauses[ci].start)
            subst = (
                near and (near.group("subst") or near.group("subst2") or near.group("subst3"))
            ) or "medicine"
        span = m.group(0)
        child = f.child or bool(re.search(r"\b(?:son|daughter|kid|toddler|baby|child)\b", before))
        clause_text = t[f.clauses[ci].start : f.clauses[ci].end]
        minor = bool(_FEATURES["minor_dose"].search(clause_text)) or "minor_dose" in S
        big = bool(_FEATURES["big_quantity"].search(span)) or bool(
            re.search(r"\b(?:[1-9]\d|1\d\d)\b", span)
        )
        if _OBJECT.fullmatch(subst.split()[-1]) or subst in {"a coin", "something sharp"}:
            if re.search(r"batter", subst):
                hit(EMERGENCY, "poisoning", "swallowed a battery")
            elif severe_breath or on("choking"):
                hit(EMERGENCY, "breathing", "swallowed object blocking breathing")
            else:
                hit(URGENT, "poisoning", "swallowed a small object")
        elif _TOXIC.search(subst):
            hit(EMERGENCY, "poisoning", f"swallowed {subst}")
        elif big:
            hit(EMERGENCY, "poisoning", f"large amount of {subst} taken")
        elif minor:
            hit(URGENT, "poisoning", f"extra dose of {subst} by mistake")
        elif child and not re.search(r"\b(?:gave|give|giving|prescribed)\b", before):
            hit(EMERGENCY, "poisoning", f"child swallowed {subst}")
    if on("overdose"):
        hit(EMERGENCY, "poisoning", "overdose")
    if on("carbon_monoxide") and (
        on("alarm") or on("headache", "faint_feel", "nausea", "drowsy", "confusion", "unconscious")
    ):
        hit(EMERGENCY, "poisoning", "possible carbon monoxide poisoning")
    if on("envenomation"):
        hit(EMERGENCY, "poisoning", "venomous bite or sting")
    if on("took_something") and on(
        "unconscious", "drowsy", "seizure", "confusion", "overheating", "collapsed", "nausea"
    ):
        hit(EMERGENCY, "poisoning", "took an unknown substance and is now unwell", 5)
    if on("ingest", "overdose") and (
        on("unconscious", "drowsy", "seizure", "confusion", "overheating", "collapsed")
        or severe_breath
    ):
        hit(EMERGENCY, "poisoning", "took something and now drowsy, fitting or confused", 5)

    # ---- bleeding ------------------------------------------------------------------------
    period = bool(_PERIOD.search(t)) and not (pregnant or postpartum)
    if on("urine_blood"):
        hit(URGENT, "bleeding", "blood in the urine")
    if on("bleed_severe") and on("urine_blood") and not faintish:
        pass
    elif on("bleed_severe"):
        if period and not faintish:
            hit(URGENT, "bleeding", "very heavy period")
        elif postpartum or pregnant:
            hit(EMERGENCY, "pregnancy", "heavy bleeding in pregnancy or after birth", 5)
        else:
            hit(EMERGENCY, "bleeding", "bleeding that will not stop")
    if on("nosebleed_long") and not on("bleed_slowing"):
        hit(EMERGENCY if on("anticoag") else URGENT, "bleeding", "long nosebleed")
    elif on("nosebleed_long"):
        hit(URGENT, "bleeding", "long nosebleed")
    if on("vomit_blood_mild") and not on("bleed_severe"):
        hit(URGENT, "bleeding", "streaks of blood in vomit")
    elif on("vomit_blood"):
        hit(EMERGENCY, "bleeding", "vomiting blood")
    if on("cough_blood"):
        if re.search(
            r"\b(?:tablespoon|spoonful|cupful|mouthful|cup|a lot|lots|loads|all (?:morning|"
            r"day|night)|keeps? coming)\b",
            t,
        ):
            hit(EMERGENCY, "bleeding", "coughing up a lot of blood")
        elif not (f.mild("cough_blood") and re.search(r"\bbrush|\bteeth\b|\bgums?\b|\bfloss", t)):
            hit(URGENT, "bleeding", "coughing up blood")
    if on("melena") or on("rectal_blood"):
        if faintish or on("collapsed"):
            hit(EMERGENCY, "bleeding", "black or bloody stools with faintness")
        else:
            hit(URGENT, "bleeding", "black or bloody stools")
    if on("wound_deep"):
        hit(URGENT, "bleeding", "deep wound")
    if on("bleed_recurrent") and not f.mild("bleed_recurrent"):
        hit(URGENT, "bleeding", "bleeding that keeps restarting")
    if on("anticoag") and on("bleeding_any") and not f.mild("bleeding_any"):
        if on("head_injury") or on("bleed_severe") or on("collapsed"):
            hit(EMERGENCY, "bleeding", "bleeding on blood thinners")
        else:
            hit(URGENT, "bleeding", "bleeding on blood thinners")
    if on("trauma_severe"):
        cat = "bleeding" if on("bleeding_any") or re.search(r"stab|shot|chainsaw", t) else "other"
        hit(EMERGENCY, cat, "serious injury", 15)
    if on("spine"):
        hit(EMERGENCY, "other", "possible spinal injury")

    # ---- neuro ---------------------------------------------------------------------------
    if on("seizure"):
        if on("seizure_long") or on("seizure_first") or on("seizure_now") or on("unconscious"):
            hit(EMERGENCY, "neuro", "seizure that is ongoing, prolonged or a first one", 15)
        elif pregnant or on("head_injury") or f.young_infant:
            hit(EMERGENCY, "neuro", "seizure")
        else:
            hit(URGENT, "neuro", "seizure")
    elif on("seizure_long"):
        hit(EMERGENCY, "neuro", "fit that will not stop")
    if on("thunderclap"):
        hit(EMERGENCY, "neuro", "sudden worst-ever headache")
    if on("unconscious"):
        hit(EMERGENCY, "neuro", "unresponsive or will not wake")
    if on("collapsed"):
        hit(EMERGENCY, "neuro", "collapsed")
    if on("head_injury"):
        red = (
            on("knocked_out", "nausea", "confusion", "drowsy", "seizure", "unconscious")
            or on("anticoag")
            or bool(re.search(r"\bsleepy\b|\bdrowsy\b", t))
        )
        if (red and not f.mild("confusion")) or on("pupils"):
            hit(EMERGENCY, "neuro", "head injury with red-flag signs")
        elif on("mild_fog", "nausea", "faint_feel", "confusion") or (
            on("headache") and not f.mild("headache")
        ):
            hit(URGENT, "neuro", "head injury with symptoms")
    if on("pupils"):
        if on("drowsy", "confusion", "unconscious", "severe_headache", "thunderclap"):
            hit(EMERGENCY, "neuro", "unequal pupils with drowsiness, confusion or headache")
        else:
            hit(URGENT, "neuro", "unequal pupils")
    if on("drowsy") and re.search(r"\b(?:hard|difficult|impossible) to (?:wake|rouse)|barely", t):
        hit(EMERGENCY, "neuro", "very hard to wake")
    elif on("drowsy") and on("confusion", "collapsed", "speech", "unconscious"):
        hit(EMERGENCY, "neuro", "drowsy and confused")
    elif on("drowsy") and not f.child:
        hit(URGENT, "neuro", "unusually drowsy")
    if on("confusion"):
        if on("sudden") or on("drowsy"):
            hit(EMERGENCY, "neuro", "sudden confusion")
        elif not f.mild("confusion") and not re.search(r"\bdementia\b|\balzheimer", t):
            hit(URGENT, "neuro", "new confusion")
    if on("fainted"):
        if on("chest_pain", "palpitations", "breathless") or pregnant:
            hit(EMERGENCY, "cardiac", "fainting with heart or breathing symptoms", sticky=True)
        else:
            hit(URGENT, "neuro", "fainted")
    if on("severe_headache", "thunderclap") and on("vomit_persistent"):
        hit(EMERGENCY, "neuro", "severe headache with repeated vomiting")
    if (on("severe_headache") or (on("headache") and on("meds_failing"))) and (
        f.days >= 2 or on("meds_failing", "worsening")
    ):
        hit(URGENT, "neuro", "severe or persistent headache")

    # ---- infection -----------------------------------------------------------------------
    fever = on("fever") or f.temp >= 38.0
    high_fever = f.temp >= 39.0 or (bool(re.search(r"\bhigh (?:fever|temp)", t)) and fever)
    if on("stiff_neck") and (fever or on("nonblanching") or on("photophobia")):
        hit(EMERGENCY, "infection", "stiff neck with fever, rash or light sensitivity")
    if on("nonblanching") and (fever or f.child or on("drowsy")):
        hit(EMERGENCY, "infection", "rash that does not fade under pressure")
    elif on("nonblanching"):
        hit(URGENT, "infection", "non-fading rash")
    infect = fever or on("infection_ctx") or on("shivering")
    sepsis_signs = [
        on("confusion"),
        on("breathing_fast") and not f.child,
        (on("shivering") or f.temp >= 39.0) and not f.child,
        on("drowsy"),
        on("palpitations") and not f.child,
    ]
    if infect and (on("mottled") or on("dying_feel") or sum(sepsis_signs) >= 2):
        hit(
            EMERGENCY,
            "infection",
            "signs of sepsis (infection with confusion, fast breathing or mottled skin)",
            10,
        )
    elif infect and on("confusion"):
        hit(URGENT, "infection", "infection with new confusion")
    if (fever or on("shivering")) and on("immunocomp"):
        hit(EMERGENCY, "infection", "fever during chemotherapy or immune suppression")
    if on("red_streaks"):
        if fever or on("confusion"):
            hit(EMERGENCY, "infection", "spreading infection with fever")
        else:
            hit(URGENT, "infection", "red streaks from a wound")
    if on("spreading_red"):
        hit(URGENT, "infection", "spreading skin or wound infection")
    if fever:
        if f.days >= 3 or (high_fever and f.days >= 2):
            hit(URGENT, "infection", "fever for three days or more")
        if f.temp >= 40.0 or on("meds_failing"):
            hit(URGENT, "infection", "very high fever or not responding to paracetamol")
        if on("urinary") and on("flank_pain"):
            hit(URGENT, "infection", "fever with urinary symptoms and back pain")
        if on("productive_cough") and (on("worsening") or f.days >= 3):
            hit(URGENT, "infection", "chest infection not improving")
        if on("stiff_neck"):
            hit(URGENT, "infection", "fever with stiff neck")
    if on("sore_throat") and (on("cannot_swallow") or on("one_side_throat") or on("drooling")):
        hit(URGENT, "infection", "sore throat and cannot swallow")
    if on("productive_cough") and on("worsening") and f.days >= 5:
        hit(URGENT, "infection", "chest infection not improving")
    if re.search(r"\babscess\b", t) and (on("face_swell") or fever or re.search(r"swell", t)):
        hit(URGENT, "infection", "abscess with swelling")
    if on("bite") and (on("spreading_red") or re.search(r"\b(?:red|swollen|swelling|pus)\b", t)):
        hit(URGENT, "infection", "infected bite")

    # ---- pregnancy -----------------------------------------------------------------------
    if pregnant or postpartum:
        ga = f.ga_weeks
        bleed = on("preg_bleed") and not on("spotting")
        heavy = on("bleed_severe") or bool(re.search(r"\bclots?\b|\bheavily\b|\ba lot\b", t))
        pain = on("abdo_severe") or (
            on("abdo_pain")
            and bool(
                re.search(r"\b(?:severe|really bad|so bad|terrible|sharp|cramping really)\b", t)
            )
        )
        if bleed and (heavy or pain or (ga is not None and ga >= 20) or faintish):
            hit(EMERGENCY, "pregnancy", "heavy bleeding or bleeding with pain in pregnancy")
        elif bleed:
            hit(URGENT, "pregnancy", "bleeding in pregnancy")
        if on("spotting"):
            hit(URGENT, "pregnancy", "spotting in pregnancy")
        if on("abdo_severe") or (pain and on("sudden")):
            hit(EMERGENCY, "pregnancy", "severe abdominal pain in pregnancy")
        if (on("severe_headache") or on("headache")) and (
            on("preg_visual") or on("hands_face_swell") or on("vision_sudden")
        ):
            hit(EMERGENCY, "pregnancy", "headache with vision changes or swelling (pre-eclampsia)")
        elif on("preg_visual") or on("severe_headache"):
            hit(URGENT, "pregnancy", "headache or vision changes in pregnancy")
        if on("itch_preg"):
            hit(URGENT, "pregnancy", "itching of palms and soles in pregnancy")
        if on("hands_face_swell") and on("sudden"):
            hit(URGENT, "pregnancy", "sudden swelling in pregnancy")
        if on("waters_broke"):
            if ga is not None and ga < 37:
                hit(EMERGENCY, "pregnancy", "waters broke before 37 weeks")
            else:
                hit(URGENT, "pregnancy", "waters broke")
        if on("cord_prolapse"):
            hit(EMERGENCY, "pregnancy", "umbilical cord coming out")
        if on("preg_trauma") and pregnant:
            if on("preg_bleed", "spotting", "abdo_pain", "abdo_severe") or re.search(
                r"\bpains?\b|\bcramp|\bcontraction|\btighten", t
            ):
                hit(EMERGENCY, "pregnancy", "fall or blow to the bump with pain or bleeding")
            else:
                hit(URGENT, "pregnancy", "fall or blow to the bump")
        if (
            on("spotting")
            and ga is not None
            and ga >= 20
            and (on("abdo_pain", "abdo_severe") or re.search(r"\bpains?\b|\bcramp", t))
        ):
            hit(EMERGENCY, "pregnancy", "bleeding with pain after 20 weeks")
        if on("no_movement"):
            hit(EMERGENCY, "pregnancy", "baby not moving")
        elif on("less_movement"):
            hit(URGENT, "pregnancy", "baby moving less than usual")
        if on("contractions_regular") or (on("pregnant") and re.search(r"\bcontractions\b", t)):
            if ga is not None and ga < 37:
                hit(EMERGENCY, "pregnancy", "contractions before 37 weeks")
            else:
                hit(URGENT, "pregnancy", "contractions")
        early = (ga is not None and ga < 14) or bool(
            re.search(r"\bpositive (?:pregnancy )?test\b|\bearly pregnancy\b|\bectopic\b", t)
        )
        if early and on("one_sided_pain"):
            if faintish or on("preg_bleed") or re.search(r"\bshoulder\b", t):
                hit(EMERGENCY, "pregnancy", "one-sided pain in early pregnancy (ectopic?)")
            else:
                hit(URGENT, "pregnancy", "one-sided pain in early pregnancy")
        if on("seizure") or on("unconscious") or on("fainted") or on("collapsed"):
            hit(EMERGENCY, "pregnancy", "seizure or collapse in pregnancy")
        if fever:
            hit(URGENT, "pregnancy", "fever in pregnancy")
        if on("urinary"):
            hit(URGENT, "pregnancy", "urinary infection symptoms in pregnancy")
        if on("vomit_persistent"):
            hit(URGENT, "pregnancy", "cannot keep fluids down in pregnancy")
        if on("chest_pain") or severe_breath:
            hit(EMERGENCY, "pregnancy", "chest pain or breathlessness in pregnancy")

    # ---- children ------------------------------------------------------------------------
    if f.child or f.infant:
        if fever and f.young_infant:
            hit(EMERGENCY, "pediatric", "fever in a baby under 3 months")
        elif fever and f.infant and f.age_months is not None and f.age_months < 6:
            hit(URGENT, "pediatric", "fever in a baby under 6 months")
        elif fever and f.infant:
            hit(URGENT, "pediatric", "fever in a baby")
        very_high = f.temp >= 40.0 or bool(re.search(r"\bhigh (?:fever|temp)", t))
        if fever and (f.days >= 3 or on("dehydration_mild") or very_high):
            hit(URGENT, "pediatric", "high or prolonged fever in a child")
        if (
            f.young_infant
            and (on("not_feeding") or on("jaundice"))
            and (on("drowsy") or re.search(r"\bsleepy\b|\blethargic\b", t))
        ):
            hit(EMERGENCY, "pediatric", "young baby sleepy and not feeding")
        elif f.young_infant and on("not_feeding"):
            hit(URGENT, "pediatric", "young baby not feeding")
        if on("drowsy") or on("pale_floppy") or (on("inconsolable") and f.infant):
            hit(EMERGENCY, "pediatric", "floppy, drowsy or inconsolable child")
        if on("recession") or (on("breathing_fast") and (fever or any_breath or f.infant)):
            hit(EMERGENCY, "pediatric", "child working hard to breathe")
        if on("dehydration") and (on("fluid_loss") or on("drowsy") or on("vomit_persistent")):
            hit(EMERGENCY, "pediatric", "signs of serious dehydration")
        elif on("dehydration_mild") and (on("fluid_loss") or fever):
            hit(URGENT, "pediatric", "vomiting or fever and drinking less")
        if on("vomit_persistent") or (on("fluid_loss") and f.infant):
            hit(URGENT, "pediatric", "vomiting or diarrhoea in a young child")
        if on("head_injury") and f.infant and on("drowsy", "nausea", "confusion"):
            hit(EMERGENCY, "pediatric", "head injury with drowsiness or vomiting")
        if on("barking") or on("stridor"):
            hit(URGENT, "pediatric", "croup or noisy breathing")
        if on("stool_blood"):
            if on("abdo_pain", "inconsolable", "nausea", "drowsy") or re.search(
                r"\bscream|\bdrawing (?:his|her) legs up\b", t
            ):
                hit(EMERGENCY, "pediatric", "blood in the stool with tummy pain or screaming")
            else:
                hit(URGENT, "pediatric", "blood in the stool")
        if on("nonblanching"):
            hit(EMERGENCY, "pediatric", "rash that does not fade")

    # ---- other ---------------------------------------------------------------------------
    if on("abdo_severe"):
        if fever or on("nausea") or faintish or on("rigid_abdomen") or on("cannot_stand"):
            hit(EMERGENCY, "other", "severe abdominal pain with fever, vomiting or faintness")
        else:
            hit(URGENT, "other", "severe abdominal pain")
    elif on("abdo_pain") and on("right_lower") and (fever or on("nausea", "anorexia")):
        hit(URGENT, "other", "right-sided abdominal pain with fever or vomiting")
    if on("testicle"):
        if on("sudden") or re.search(r"\b(?:really bad|severe|agony|excruciating|terrible)\b", t):
            hit(EMERGENCY, "other", "sudden testicular pain")
        else:
            hit(URGENT, "other", "testicular pain")
    if (
        on("burn")
        and (f.infant or f.child)
        and (on("burn_severe", "burn_moderate") or re.search(r"\bboiling\b|\bkettle\b", t))
    ):
        if f.infant or on("burn_severe"):
            hit(EMERGENCY, "pediatric", "scald or burn on a baby or over a large area")
        else:
            hit(URGENT, "pediatric", "blistering burn in a child")
    if on("burn"):
        if on("burn_severe") or on("electric"):
            hit(EMERGENCY, "other", "severe or deep burn")
        elif on("burn_moderate"):
            hit(URGENT, "other", "blistering burn")
    if on("electric"):
        if re.search(r"power ?line|high voltage|lightning|electrocut", t) or on(
            "burn", "unconscious", "chest_pain", "palpitations"
        ):
            hit(EMERGENCY, "other", "electric shock injury")
        else:
            hit(URGENT, "other", "electric shock")
    if f.sugar is not None and (on("diabetic_ctx") or True):
        low = f.sugar < 4.0 if f.sugar < 30 else f.sugar < 70
        high = f.sugar >= 20 if f.sugar < 30 else f.sugar > 300
        symptoms = on("confusion", "drowsy", "unconscious", "seizure", "faint_feel") or bool(
            re.search(r"\bshaking\b|\bshaky\b|\bsweaty\b", t)
        )
        if low and symptoms:
            hit(EMERGENCY, "other", "low blood sugar with confusion or shaking", 35)
        elif low:
            hit(URGENT, "other", "low blood sugar")
        elif high and (on("ketones") or on("confusion", "drowsy") or on("vomit_persistent")):
            hit(EMERGENCY, "other", "very high blood sugar with ketones, vomiting or drowsiness")
        elif high:
            hit(URGENT, "other", "very high blood sugar")
    elif on("sugar_high_word"):
        if on("nausea", "vomit_persistent", "drowsy", "confusion", "breathing_fast", "ketones"):
            hit(EMERGENCY, "other", "very high blood sugar with vomiting or drowsiness")
        else:
            hit(URGENT, "other", "high blood sugar")
    elif on("hypo_word") and on("confusion", "drowsy", "unconscious", "seizure"):
        hit(EMERGENCY, "other", "hypo with confusion or drowsiness")
    elif on("ketones") and on("diabetic_ctx"):
        if on("nausea", "breathing_fast", "drowsy", "confusion", "vomit_persistent", "breathless"):
            hit(EMERGENCY, "other", "signs of diabetic ketoacidosis")
        else:
            hit(URGENT, "other", "ketones in a diabetic")
    if on("open_fracture"):
        hit(EMERGENCY, "other", "bone through the skin")
    elif on("fracture"):
        hit(URGENT, "other", "possible broken bone")
    if on("cauda_equina") and (on("back_pain") or on("retention")):
        hit(EMERGENCY, "other", "back pain with numbness or loss of bladder control")
    elif on("retention"):
        hit(URGENT, "other", "cannot pass urine")
    if on("tearing_pain") and (on("back_pain") or on("abdo_pain") or faintish):
        hit(EMERGENCY, "other", "tearing pain (possible aortic emergency)")
    if on("bilious") and (f.infant or f.child):
        hit(EMERGENCY, "pediatric", "green (bilious) vomiting in a child")
    elif on("bilious"):
        hit(URGENT, "other", "green vomiting")
    if on("throat_itch") and on("strong_allergen"):
        hit(URGENT, "allergy", "mouth or throat itching after a food or medicine")
    if on("foreign_body"):
        if re.search(r"batter", t):
            hit(EMERGENCY, "poisoning", "button battery in nose or ear")
        elif re.search(
            r"\b(?:bead|pea|button|stone|lego|crayon|bean|toy|rubber|piece|object|"
            r"something|insect|bug)\b",
            t,
        ):
            hit(URGENT, "other", "object stuck in nose or ear")
    if on("severe_pain_any") and not on("chronic"):
        if on("faint_feel", "fainted", "collapsed", "drowsy", "confusion", "sweating"):
            hit(EMERGENCY, "other", "severe pain with faintness, sweating or confusion")
        else:
            hit(URGENT, "other", "severe pain")
    if on("told_to_attend"):
        hit(URGENT, "other", "a clinician has asked for them to come in")
    if on("ambulance"):
        hit(EMERGENCY, "other", "an ambulance has been called")
    if on("animal_bite"):
        hit(URGENT, "infection", "bite or scratch from a wild animal (rabies risk)")
    if on("puncture"):
        hit(URGENT, "other", "puncture wound")
    if on("hearing_loss"):
        hit(URGENT, "other", "sudden hearing loss")
    if on("cord") and (f.infant or f.child):
        hit(URGENT, "pediatric", "red or smelly umbilical cord")
    unwell = [
        on("confusion"),
        on("drowsy"),
        on("prostrate"),
        on("vomit_persistent"),
        fever,
        on("breathing_fast"),
        on("not_feeding"),
        on("faint_feel"),
    ]
    if on("confusion") and (on("prostrate") or on("vomit_persistent") or on("drowsy")):
        hit(EMERGENCY, "neuro", "confused and very weak or vomiting")
    elif sum(unwell) >= 3:
        hit(EMERGENCY, "other", "several signs of being acutely unwell")
    if on("eye_injury"):
        if re.search(
            r"\b(?:blood in (?:my|his|her|the) eye|cloudy|cannot see|lost (?:my )?vision|"
            r"vision (?:is )?(?:gone|cloudy|blurry|blurred|dark|double))\b",
            t,
        ):
            hit(EMERGENCY, "other", "eye injury with blood or loss of vision")
        else:
            hit(URGENT, "other", "eye injury")
    if on("burn") and on("throat_tight", "breathless", "breath_severe"):
        hit(EMERGENCY, "other", "burn with hoarse voice or breathing trouble")
    if on("total_dysphagia"):
        hit(EMERGENCY, "other", "cannot swallow even saliva")
    if on("necrosis"):
        hit(EMERGENCY if fever else URGENT, "infection", "blackening wound or skin")
    if (
        fever
        and on("nonblanching", "rash")
        and (on("confusion", "drowsy") or re.search(r"\bspreading\b", t))
    ):
        hit(EMERGENCY, "infection", "fever with a spreading rash and confusion")
    if on("infection_ctx") and (f.temp >= 39.0 or re.search(r"\bhigh (?:fever|temp)", t)):
        hit(URGENT, "infection", "infection with a high fever")
    if (
        on("diabetic_ctx")
        and on("nausea", "vomit_persistent")
        and on("drowsy", "confusion", "breathing_fast")
    ):
        hit(EMERGENCY, "other", "diabetic, vomiting and drowsy (possible ketoacidosis)")
    if on("drowsy") and on("vomit_persistent", "nausea") and not f.child:
        hit(EMERGENCY, "neuro", "drowsy and vomiting")
    if on("fluid_loss", "vomit_persistent") and (
        on("faint_feel") or on("dehydration", "dehydration_mild")
    ):
        hit(URGENT, "other", "vomiting or diarrhoea with signs of dehydration")
    if on("rash") and on("strong_allergen") and not on("hives", "face_swell"):
        hit(URGENT, "allergy", "new rash after a medicine or allergen")
    if on("painful_eye") and (on("light_hurts", "photophobia") or on("contact_lens")):
        hit(URGENT, "infection", "painful red eye with light sensitivity or contact lenses")
    if (
        on("diabetic_ctx")
        and on("unconscious", "confusion", "drowsy", "seizure")
        and re.search(r"\bsweat\w*|\bshak\w*|\bclammy\b|\bhypo\b", t)
    ):
        hit(EMERGENCY, "other", "diabetic, sweaty or shaky and now confused or unresponsive", 35)
    if on("eye_chemical"):
        hit(EMERGENCY, "other", "chemical or object in the eye")
    if on("red_eye_vision"):
        hit(URGENT, "other", "painful red eye with blurred vision")
    if on("heat") and (on("confusion") or on("unconscious") or on("collapsed") or f.temp >= 40):
        hit(EMERGENCY, "other", "heat stroke")
    if on("hypothermia"):
        hit(EMERGENCY, "other", "hypothermia")
    if on("calf") and not (any_breath or on("chest_pain")):
        hit(URGENT, "other", "painful swollen calf (possible clot)")
    if f.bp is not None and (f.bp[0] >= 180 or f.bp[1] >= 110):
        if on("severe_headache", "chest_pain", "confusion", "vision_sudden", "preg_visual"):
            hit(EMERGENCY, "other", "very high blood pressure with symptoms")
        else:
            hit(URGENT, "other", "very high blood pressure")
    if on("kidney_stone"):
        hit(URGENT, "other", "possible kidney stone")
    if on("vomit_persistent") and not pregnant:
        hit(URGENT, "other", "cannot keep fluids down")
    if on("foreign_throat"):
        hit(URGENT, "other", "something stuck in the throat")
    if on("dehydration") and not f.child:
        hit(URGENT, "other", "signs of dehydration")
    return hits


# ---------------------------------------------------------------------------------------------
# Self-harm
# ---------------------------------------------------------------------------------------------


def _self_harm(f: _Facts) -> tuple[int, str, list[tuple[int, int]]] | None:
    """Level, reason and the spans of ideation phrases (so their words are not read as symptoms)."""
    t = f.t
    recovery = bool(_SH_RECOVERY.search(t, f.found))

    def status(m: re.Match[str]) -> str:
        """'live', 'recent' (dated weeks ago: a current concern, not an act now) or 'dead'."""
        ci = f.clause_at(m.start())
        c = f.clauses[ci]
        seg = t[c.start : c.end]
        if f.in_idiom(m.start(), m.end()) or any(ib <= m.start() < ie for ib, ie in f.idioms):
            return "dead"
        if _sh_negated(t, c, m.start()):
            return "dead"
        # The bare word "suicide" in a general question ("what reduces suicide?") is a topic.
        if c.info and _SH_BARE_NOUN.fullmatch(m.group(0)):
            return "dead"
        if _SH_SUPPRESS.possible(f.found) and _SH_SUPPRESS.rx.search(seg):
            return "dead"
        present = _PRESENT.rx.search(seg)
        if _SH_PAST.possible(f.found) and _SH_PAST.rx.search(seg) and not present:
            return "dead"
        if _SH_RECENT.possible(f.found) and _SH_RECENT.rx.search(seg) and not present:
            return "recent"
        return "live"

    def live(m: re.Match[str]) -> bool:
        return status(m) != "dead"

    def counts(m: re.Match[str]) -> bool:
        st = status(m)
        return st == "live" or (st == "recent" and not recovery)

    ideation = [m for m in _SH_IDEATION.finditer(t, f.found) if counts(m)]
    for m in _SH_NONEXIST.finditer(t, f.found):
        c = f.clauses[f.clause_at(m.start())]
        if _SH_DESIRE.search(t, max(c.start, m.start() - 60), m.start()) and counts(m):
            ideation.append(m)
    strong: list[re.Match[str]] = []
    recent: list[re.Match[str]] = []
    for m in _SH_STRONG.finditer(t, f.found):
        st = status(m)
        if st == "live":
            strong.append(m)
        elif st == "recent":
            recent.append(m)
    for m in _SH_ACT.finditer(t, f.found):
        st = status(m)
        if st == "dead":
            continue
        before = t[max(0, m.start() - 30) : m.start()]
        clause = f.clauses[f.clause_at(m.start())]
        if _OTHER_PERSON.search(before.split(",")[-1]) and not ideation:
            continue
        if _PILLS_FOR_REASON.search(t[clause.start : clause.end]):
            continue
        (strong if st == "live" else recent).append(m)
    spans = [(m.start(), m.end()) for m in ideation]
    if strong:
        return EMERGENCY, "self-harm: " + _clip(strong[0].group(0)), spans
    # A plan with no stated method, a chosen moment, a farewell: any two are an act being readied.
    covert = [
        m
        for rx in (_SH_PLAN_VAGUE, _SH_OPPORTUNITY, _SH_DISCLOSE)
        for m in rx.finditer(t, f.found)[:1]
        if live(m)
    ]
    if len(covert) >= 2:
        return EMERGENCY, "self-harm: " + " / ".join(_clip(m.group(0), 25) for m in covert), spans
    if recent and not recovery:
        ideation.extend(recent)
    if not ideation:
        return None
    # A time word inside a passive wish ("if a bus hit me tomorrow I wouldn't mind") is no plan.
    passive = [(m.start(), m.end()) for m in ideation if _SH_PASSIVE.search(m.group(0))]
    escalators = [
        m
        for m in [*_SH_ESCALATE.finditer(t, f.found), *covert]
        if live(m)
        and not any(a <= m.start() and m.end() <= b for a, b in passive)
        and not _WAKE_BEFORE.search(t, max(0, m.start() - 12), m.start())
    ]
    if escalators:
        return (
            EMERGENCY,
            f"suicidal thoughts ({_clip(ideation[0].group(0))}) with a plan, means or timing "
            f"({_clip(escalators[0].group(0))})",
            spans,
        )
    return URGENT, f"suicidal thoughts or self-harm ({_clip(ideation[0].group(0))})", spans


def _sh_negated(t: str, clause: _Clause, start: int) -> bool:
    words = t[clause.start : start].split()[-3:]
    return any(w in {"not", "never", "no"} for w in words) and not (
        words and words[-1] in {"do", "does"}
    )


def _clip(s: str, n: int = 40) -> str:
    s = s.strip()
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------


def _topic(f: _Facts) -> str:
    t = f.t
    if f.child and _TOPICS["pediatric"].search(t) and not _TOPICS["self_harm"].search(t):
        return "pediatric"
    best, best_pos = "other", len(t) + 1
    for name, pattern in _TOPICS.items():
        m = pattern.search(t)
        if m and m.start() < best_pos:
            best, best_pos = name, m.start()
    return best


def assess(text: str) -> Assessment:
    """Triage one text. Never raises on odd input; looks at the first ``MAX_CHARS`` characters."""
    t = normalise(text)
    if not t:
        return Assessment("routine", "other", ("empty text",))
    f = _Facts(t)

    sh = _self_harm(f)
    active = set(f.active)
    if sh is not None and sh[2]:
        # Words inside a wish to die ("wish I would not wake up") are not symptoms.
        spans = sh[2]
        active -= {
            name
            for name in active & _SH_MASKABLE
            if all(any(m.start() < b and a < m.end() for a, b in spans) for m, _ in f.matches[name])
        }
    hits = _rules(f, active)
    settled_extra = f.settled - active
    if settled_extra & {"limb_weak", "face_numb", "speech", "limb_weak_strong", "face_droop"} and (
        _EPISODE_LENGTH.search(t) and not _BENIGN_CONTEXT.search(t)
    ):
        hits.append(
            _Hit(
                URGENT,
                "stroke",
                "numbness, weakness or speech trouble that passed (possible mini-stroke)",
                _PRIORITY["stroke"],
            )
        )
    if settled_extra:
        benign = bool(_BENIGN_CONTEXT.search(t))
        for h in _rules(f, active | settled_extra):
            if h in hits or h.level < URGENT or (benign and h.level < EMERGENCY):
                continue
            if h.sticky:
                hits.append(h)
            else:
                reason = h.reason + " (episode has settled)"
                hits.append(_Hit(URGENT, h.category, reason, h.priority))

    if sh is not None:
        sh_level, sh_reason, _spans = sh
        if sh_level == URGENT and any(
            h.level == EMERGENCY or h.category in {"bleeding", "poisoning"} for h in hits
        ):
            # Current suicidal thoughts plus a medical emergency (bleeding, overdose): an act.
            sh_level = EMERGENCY
            sh_reason += " with a medical emergency"
        hits.append(_Hit(sh_level, "self_harm", sh_reason, _PRIORITY["self_harm"]))

    if not hits:
        return Assessment("routine", _topic(f), _routine_reasons(f))

    level = max(h.level for h in hits)
    top = sorted((h for h in hits if h.level == level), key=lambda h: -h.priority)
    category = top[0].category
    if category in {"breathing", "neuro", "infection", "cardiac", "stroke", "other", "bleeding"}:
        pregnant = "pregnant" in f.active or "postpartum" in f.active
        if f.child and level >= URGENT and not pregnant and (f.age_months or 0) < 156:
            if f.age_months is not None or _CHILD.search(t):
                category = "pediatric"
        elif pregnant and category != "bleeding":
            category = "pregnancy"
    reasons: list[str] = []
    for h in top:
        r = h.reason
        if r not in reasons:
            reasons.append(r)
        if len(reasons) == 3:
            break
    if level >= URGENT and f.present and not re.search(r"settled|passed", reasons[0]):
        reasons[0] = reasons[0] + ", happening now"
    return Assessment(LEVELS[level], category, tuple(reasons))


def _routine_reasons(f: _Facts) -> tuple[str, ...]:
    notes: list[str] = []
    for feature, status in f.ignored.items():
        label = _LABELS.get(feature)
        if label is None:
            continue
        text = {
            NEGATED: f"{label} mentioned as absent",
            PAST: f"{label} mentioned in the past",
            INFO: f"{label} mentioned in a general or hypothetical question",
        }.get(status)
        if text and text not in notes:
            notes.append(text)
        if len(notes) == 3:
            break
    if not notes:
        notes.append("no urgent symptoms recognised")
    return tuple(notes)
