"""The facts of one text: which symptom features are active (or settled), and the numbers.

Every match of a feature pattern (``lexicon.FEATURES``) gets a status from its clause (see
``scope``): only *active* mentions reach the rules; mentions of an episode that has passed are
kept apart as *settled*, and the rest are remembered for the reasons of a routine verdict.
The numbers the rules need (temperature, ages, weeks of pregnancy, days of illness, blood sugar
and blood pressure) are read by ``readings`` into the same object.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from weighin.safety.triage import asides, lexicon, readings
from weighin.safety.triage.lexicon import common, idioms
from weighin.safety.triage.patterns import Found, Pattern, Rx, anchors_in, compiled
from weighin.safety.triage.scope import (
    ACTIVE,
    INFO,
    NEGATED,
    PAST,
    PRESENT,
    SETTLED,
    STRONG_PRESENT,
    Clause,
    annotate,
    negated,
    segment,
)

_IDIOMS = Rx(idioms.IDIOMS)
_MILD = compiled(common.MILD)
_GATED_FEATURES = tuple((name, Rx(src)) for name, src in lexicon.FEATURES.items())
# Which features a text can hold: those without anchors always run, the others only when the
# scan found one of their anchors (a set intersection, instead of asking each of ~250 features).
_UNGATED = tuple(i for i, (_, rx) in enumerate(_GATED_FEATURES) if rx.anchors is None)
_FEATURE_AT_GATE = {rx.gate: i for i, (_, rx) in enumerate(_GATED_FEATURES) if rx.anchors}
_FEATURE_GATES = frozenset(_FEATURE_AT_GATE)


def _candidate_features(found: Found) -> list[tuple[str, Rx]]:
    """The features that can match a text, in lexicon order (the order the rules were read in)."""
    at, gates = _FEATURE_AT_GATE, found.gates
    idx = sorted([*_UNGATED, *(at[g] for g in _FEATURE_GATES.intersection(gates))])
    return [f for f in (_GATED_FEATURES[i] for i in idx) if f[1].needs <= gates]


_PREGNANCY_LONG_AGO = compiled(
    r"\byears?\b|\bdecades?\b|\bused to\b|\bprevious\b|\bin (?:19|20)\d\d\b|\blast year\b"
    r"|\bwhen (?:i|she) was pregnant\b|\bmiscarr"
)
# Eyes that will not open because they are stuck or swollen, not a child who will not wake:
# "so much sticky discharge he cannot open his eyes".
_EYES_STUCK = compiled(
    r"\b(?:sticky|discharge|crust\w*|gunk\w*|pus|goo|gooey|glued|stuck (?:shut|together)"
    r"|swollen (?:shut|closed)|conjunctivitis|pink ?eye|styes?|eyelids? (?:are |is )?swollen)\b"
)
# A call or a clinician before "not answering": the phone is not answered, not a person unroused.
_CALLED = compiled(
    r"\b(?:cpn|gp|nurse|doctor|dr|team|crisis line|helpline|line|surgery|clinic|office|practice"
    r"|midwife|therapist|psychiatrist|service|111|ring|rang|phone\w*|texts?|texted|texting"
    r"|call|called|calling)\b(?! (?:his|her|their|my|your) name| out| to (?:him|her|them))"
)
_KEEPS_DOWN = compiled(
    r"\b(?:can|could|is able to|am able to|managing to|manage to) keep "
    r"(?:a bit of |some |a little |"
    r"small sips of |sips of )?(?:water|fluids|food|drinks|milk|it|things) down\b|\bkeeping "
    r"(?:fluids|water|some fluids|drinks|food) down\b"
)

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
        "cold_limb",
        "breath_severe",
    }
)


# Features a figure of speech can word ("I'm dying with this cold"): idioms take them out.
_FIGURATIVE = frozenset(
    {
        "dying_feel",
        "drowning_now",
        "mottled",
        "breath_severe",
        "choking",
        "overdose",
        "stroke_now",
        "throat_closing",
        "arrest",
        "drowning",  # "drowning in assignments"
        "trauma_severe",  # "snores like a chainsaw"
        "burn",  # "my feet feel like they are on fire"
        "burn_severe",
        "seizure",  # "my laptop had a seizure"
        "seizure_now",
        "limb_weak_strong",  # "my arm went dead after sleeping on it"
        "unconscious",  # "barely rousable in the mornings for school"
        "limb_weak",
        "cyanosis",  # "lips went blue from the blueberries"
        "infant_episode",
        "knocked_out",  # "passed out on the sofa ... slept ten hours"
        "fainted",
        "collapsed",  # "collapsed on the finish line haha, not literally"
        "bleed_severe",  # "blood everywhere, turned out it was beetroot juice"
        "bleeding_any",
        "anaphylaxis_now",  # "nearly went into anaphylaxis seeing the ticket prices lmao"
        "confusion",  # "im confused, is vomiting a side effect of the jab?"
    }
)

# Something that burns, named beside "feels like it is on fire": then it is a burn told.
_BURN_CAUSE = compiled(
    r"\b(?:boiling|scald\w*|kettle|hot (?:oil|fat|water|iron|pan|drink|tea|coffee)|iron|grease|oil"
    r"|flames?|flash|hob|stove|fire ?pit|bonfire|barbecue|bbq|caught fire|explosion|firework\w*"
    r"|singed"
    r"|chemical|bleach|acid|alkali|caustic|lye|oven cleaner|drain cleaner|dishwasher tablet"
    r"|live wire|electric\w*)\b"
)

# A mention dated weeks or more ago right after it (not "started 20 minutes ago", not "like my
# heart attack 3 years ago" for the pain before it).
_DATED_AGO = compiled(
    r"(?:\s+(?!like\b|as\b|than\b|same\b|and\b|but\b|after\b|since\b|from\b|following\b|post\b)"
    r"[a-z']+){0,2}\s+(?:\d+|a|an|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|many|couple of|a few|a couple"
    r" of)\s+(?:weeks?|months?|years?|yrs?|decades?)\s+ago\b"
)
_STATES = frozenset({"pregnant", "postpartum", "immunocomp", "anticoag", "diabetic_ctx"})
# A known pain back days or weeks ago, gone now, is an episode that has passed, not history:
# "had the same feeling as my heart attack last week, lasted 10 minutes, fine since" is for a
# doctor today (the rules re-run it, capped at urgent); a date months or years back stays history.
_RETURNS = frozenset({"same_again"})
_DATED_RECENT = compiled(
    r"(?<!the )(?<!this )(?<!past )(?<!since )\blast (?:week|weekend)\b"
    r"|\b(?:\d|a|one|two|three|four|few|couple of|a few|a couple of) (?:days?|weeks?) ago\b"
    r"|\bthe other (?:day|night)\b"
)
_DATED_LONG = compiled(
    r"\b(?:months?|years?|yrs?|decades?)\b|\blast (?:year|month|winter|summer|spring|autumn)\b"
    r"|\b(?:19|20)\d\d\b"
)
# ... and a date that belongs to the event compared with, not to the pain: "the same pain as my
# heart attack 2 years ago, started 20 mins ago", "same feeling as my bypass in 2019 right now"
_COMPARED_DATED = compiled(
    r" (?:as|like) (?:when (?:i|he|she) had )?(?:my|his|her|their|the|a) (?:\w+ ){0,2}(?:heart "
    r"attack|mi|stents?|bypass|angina|attack|op|operation|clot|stroke)\b[^.!?,;]{0,12}?\b"
    r"(?:(?:\d+|a|one|two|three|four|five|few|couple of|a few) (?:years?|yrs?|months?) ago"
    r"|in (?:19|20)\d\d|last year)\b"
)
# A history holds however long ago it began: a stent put in two years ago is still there.
_HISTORY = frozenset({"cardiac_history"})


_ADHERENCE = compiled(idioms.ADHERENCE)
_LARGE_AMOUNT = compiled(idioms.LARGE_AMOUNT)


def taken_as_prescribed(t: str, m: re.Match[str]) -> bool:
    """Medicines taken as one should ("first time I remembered"), with no large amount said where
    match ``m`` says they were taken: neither an overdose (poisoning) nor an act (self-harm)."""
    return _ADHERENCE.search(t) is not None and not _LARGE_AMOUNT.search(t, m.start(), m.end() + 25)


# The mentions of one feature read per text: no real text has more; a pasted run of one word
# ("İİİİ...", read as thousands of "i") would otherwise cost a clause scan each.
MAX_MATCHES = 40


def capped(rx: Rx, t: str, found: set[str]) -> list[re.Match[str]]:
    """The first ``MAX_MATCHES`` matches of ``rx``: what the rules read of one feature or one
    self-harm pattern."""
    return rx.finditer(t, found)[:MAX_MATCHES]


_TAKEN_BACK = re.compile(r"\bnot literally\b")


class Facts:
    """Active (and settled) features of one text, plus the numbers the rules need."""

    # the numbers, set by ``readings.read``
    temp: float  # degrees C, 0.0 when none is given
    age_months: float | None  # the youngest person's age
    child: bool
    infant: bool
    young_infant: bool
    ga_weeks: int | None
    days: int  # the longest current duration
    sugar: float | None
    bp: tuple[int, int] | None

    def __init__(self, t: str) -> None:
        self.t = t
        self.found = found = anchors_in(t)
        self.clauses = segment(t)
        # ages the writer has left behind ("attempted at 17. I'm 26 now")
        self.earlier_ages = annotate(t, self.clauses, found)
        self._starts = [c.start for c in self.clauses]
        self.idioms = [(m.start(), m.end()) for m in _IDIOMS.finditer(t, found)]
        # taken back at once: the sentence up to "not literally" is a figure of speech
        # ("collapsed on the finish line haha, not literally, legs just went to jelly")
        for m in _TAKEN_BACK.finditer(t):
            self.idioms.append((self.sentence_span(m.start())[0], m.end()))
        self.active: dict[str, list[int]] = {}  # feature -> clause indexes
        self.settled: set[str] = set()
        self.ignored: dict[str, str] = {}  # feature -> status, for reasons
        # Set by the self-harm reader: self-harm wording was there, read as not current.
        self.self_harm_ruled_out = False
        self.matches: dict[str, list[tuple[re.Match[str], int]]] = {}
        # Mentions of an episode that has passed: the rules re-run with them (capped at urgent).
        self.settled_matches: dict[str, list[tuple[re.Match[str], int]]] = {}
        for name, gated in _candidate_features(found):
            for m in capped(gated, t, found):
                if (
                    name in _FIGURATIVE
                    and self.in_idiom(m.start(), m.end())
                    and not (name == "burn" and _BURN_CAUSE.search(t))
                ):
                    continue  # "dying with this man flu": a figure of speech
                ci = self.clause_at(m.start())
                status = self.status(m.start(), m.end(), ci, name)
                if status == ACTIVE:
                    self.active.setdefault(name, []).append(ci)
                    self.matches.setdefault(name, []).append((m, ci))
                elif status == SETTLED:
                    self.settled.add(name)
                    self.settled_matches.setdefault(name, []).append((m, ci))
                else:
                    self.ignored.setdefault(name, status)
        if "vomit_persistent" in self.active and _KEEPS_DOWN.search(t):
            del self.active["vomit_persistent"]
        if "unconscious" in self.active:
            self._drop_not_unconscious()
        readings.read(self)
        # taken back, said in figure, or the ordinary course of things (the ages read first)
        asides.set_aside(self)
        self.present = any(
            self.clauses[ci].present for cis in self.active.values() for ci in cis
        ) or bool(STRONG_PRESENT.search(t, found))

    def _drop_not_unconscious(self) -> None:
        """Eyes stuck shut with sticky discharge; a nurse or a helpline "not answering"."""
        kept = []
        for m, ci in self.matches["unconscious"]:
            a, b = self.sentence_span(m.start())
            said = m.group()
            if "eyes" in said and _EYES_STUCK.search(self.t, a, b):
                continue
            if "answer" in said and _CALLED.search(self.t, a, m.start()):
                continue
            kept.append((m, ci))
        if kept:
            self.matches["unconscious"] = kept
            self.active["unconscious"] = [ci for _, ci in kept]
        else:
            del self.matches["unconscious"], self.active["unconscious"]

    # -- positions ----------------------------------------------------------------------------
    def clause_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def sentence_span(self, pos: int) -> tuple[int, int]:
        """Where the sentence holding ``pos`` starts and ends."""
        sentence = self.clauses[self.clause_at(pos)].sentence
        mine = [c for c in self.clauses if c.sentence == sentence]
        return mine[0].start, mine[-1].end

    def in_idiom(self, a: int, b: int) -> bool:
        return any(a < ie and ib < b for ib, ie in self.idioms)

    def status(self, a: int, b: int, ci: int, name: str = "") -> str:
        c = self.clauses[ci]
        if negated(self.t, c, a):
            return NEGATED
        if c.info or (c.hypo_at >= 0 and a > c.hypo_at):
            return INFO
        if name in _HISTORY:
            return ACTIVE
        if name not in _STATES and _DATED_AGO.match(self.t, b):
            return PAST  # "had a stroke 4 months ago and is home now": the mention is dated
        if (c.past or c.settled) and name in _RETURNS and self._recent(c):
            return SETTLED
        if (
            c.past
            and name in _RETURNS
            and _COMPARED_DATED.match(self.t, b)
            and PRESENT.rx.search(self.t, *self.sentence_span(a))
        ):
            return ACTIVE  # the date is the old attack's; the sentence says the pain is now
        if c.past:
            # A state (pregnant, on chemo, on blood thinners) that began recently still holds.
            if name in _STATES and not _PREGNANCY_LONG_AGO.search(self.t[c.start : c.end]):
                return ACTIVE
            return PAST
        if (c.settled or c.habitual) and name in _EPISODIC:
            return SETTLED
        return ACTIVE

    def _recent(self, c: Clause) -> bool:
        """Clause ``c`` is dated days or weeks back, and not months or years."""
        t = self.t
        return bool(_DATED_RECENT.search(t, c.start, c.end)) and not _DATED_LONG.search(
            t, c.start, c.end
        )

    def status_of(self, m: re.Match[str]) -> str:
        """The status of a rule's own match, read in the clause it starts in."""
        return self.status(m.start(), m.end(), self.clause_at(m.start()))

    def current(self, rx: Pattern) -> Iterator[re.Match[str]]:
        """The matches of a rule's pattern that are current (not negated, past, settled or a
        general question): what the rules' whole-text patterns ask of the text."""
        return (m for m in rx.finditer(self.t) if self.status_of(m) == ACTIVE)

    def first_current(self, rx: Pattern) -> re.Match[str] | None:
        """The first current match of a rule's pattern, or None (asked about 150 times a text,
        mostly of patterns whose words are not in it: answered before any iterator is made)."""
        if not rx.possible_in(self.t):
            return None
        for m in rx.rx.finditer(self.t):
            if self.status_of(m) == ACTIVE:
                return m
        return None

    def clause_ok(self, ci: int) -> bool:
        c = self.clauses[ci]
        return not (c.info or c.past)

    # -- queries ------------------------------------------------------------------------------
    def mentions(self, feature: str) -> list[re.Match[str]]:
        """The matches of ``feature`` the rules are reading: active ones, else settled ones (the
        rules also run over an episode that has passed)."""
        found = self.matches.get(feature) or self.settled_matches.get(feature, [])
        return [m for m, _ci in found]

    def mild(self, feature: str) -> bool:
        """The active mention of ``feature`` is qualified as mild ("a bit", "slight")."""
        for m, ci in self.matches.get(feature, []):
            c = self.clauses[ci]
            seg = self.t[max(c.start, m.start() - 30) : min(c.end, m.end() + 25)]
            if _MILD.search(seg):
                return True
        return False
