"""How a self-harm match stands in its text: live, recent (weeks ago, a current concern) or
dead (an idiom, negated, carried to a chemist, a streak of recovery counted, a general or
hypothetical question, the remote past; not a span that runs from a date to now: "since my baby
was born 2 months ago"). Used by ``self_harm`` for every match it reads."""

from __future__ import annotations

import re

from weighin.safety.triage.facts import Facts
from weighin.safety.triage.lexicon import self_harm as SH
from weighin.safety.triage.lexicon import self_harm_external as SX
from weighin.safety.triage.patterns import Rx, compiled
from weighin.safety.triage.scope import PRESENT, Clause

__all__ = ["Reader"]

_SH_SUPPRESS = Rx(SH.SELF_HARM_SUPPRESS)
_SCREENING = re.compile(SH.SELF_HARM_SCREENING)
_ANSWERED_NO = re.compile(SH.SELF_HARM_ANSWERED_NO)
_ANSWERED_BEFORE = re.compile(SH.SELF_HARM_ANSWERED_BEFORE)
_ANSWER_DOUBTED = re.compile(SH.SELF_HARM_ANSWER_DOUBTED)
_SH_PAST = Rx(SH.SELF_HARM_PAST)
_SH_RECENT = Rx(SX.SELF_HARM_RECENT)
_SH_RECOVERY = Rx(SX.SELF_HARM_RECOVERY)
_SH_HYPOTHETICAL = Rx(SX.SELF_HARM_HYPOTHETICAL)
_SH_BARE_NOUN = compiled(r"(?:suicid\w*|self[- ]?harm\w*)")

# A past date tacked on after a comma, and nothing else: "..., a few months back" ("..., ever
# since", "..., used to cut" and "..., in school" are no date)
_TAIL_DATE = re.compile(
    r"\W*(?:(?:about|around|like|maybe|roughly|over) )?(?:(?:\d+|a|an|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|a few|few|several|a couple of|couple of|some) (?:years?|months?"
    r"|decades?) (?:ago|back)|(?:years|months|decades|ages) ago|last (?:year|winter|summer|spring"
    r"|autumn|fall|christmas)|in (?:19|20)\d\d|in year \d+|when i was (?:\d+|younger|a teenager"
    r"|a teen|a kid|little)|as a (?:teenager|teen|kid|child))\W*$"
)

_OWN_PRESENT = re.compile(r"(?:lately|recently|now|again)\b")
# Someone telling of it: what is present is the telling, not what was told.
_REPORTED = re.compile(
    r"\b(?:told|tells|telling) (?:me|us|him|her|them)\b|\b(?:admitted|confided|confessed|opened up"
    r"|disclosed|revealed)\b"
)

_CARRIED_TO = re.compile(
    r"[^.!?]{0,25}?\b(?:back )?(?:to|into) (?:the |a |my |our )?(?:chemist|pharmacy|pharmacist|gp|"
    r"doctor|surgery|hospital|clinic|police|bin|tip|drop[- ]off|returns?)\b"
)

_CLEAN_FROM = re.compile(r"\b(?:clean|free) (?:from|of) $")
# A wish told in what someone wrote is theirs: "wrote in his class assignment that he sometimes
# wishes he was dead" (an essay as a topic is not: "an essay about suicide").
_DISCLOSED_IN = re.compile(
    r"\b(?:wrote|written|writes|write|put|said) (?:in|on) (?:his|her|their|my|a|an|the) (?:\w+ )?"
    r"(?:essay|assignment|homework|diary|journal|notebook|story|poem|coursework)\b[^.!?]{0,20}"
    r"\bthat (?:he|she|they|i)\b"
    r"|\b(?:essay|assignment|homework|diary|journal|notebook|story|poem|coursework|note)\b"
    r"[^.!?]{0,50}\b(?:says?|said|saying|reads?|read) (?:that )?(?:he|she|they|i) (?:will|would"
    r"|is going to|are going to|am going to|wants? to|plans? to)\b"
    # written by the person in their own book ("wrote 'i want to die' in his book"), not a
    # book read; and a disclosure asked for and given ("when i asked he said ...")
    r"|\b(?:wrote|written|writes|write|scribbled|drew)\b[^.!?]{0,40}\b(?:in|on) (?:his|her|their"
    r"|my) (?:exercise |school |maths |english |homework )?(?:book|books|planner|notes|pad)\b"
    r"|\bwhen (?:i|we) asked\b[^.!?]{0,20}\b(?:he|she|they) (?:said|told|admitted|says)\b"
)

# A joke told as one ("my friend joked 'I'll kill myself if this exam goes badly'"), unless the
# sentence doubts it ("... but I think he meant it").
# a treatment turned on oneself: the device named before it in the sentence
_USE_ON_MYSELF = compiled(r"(?:use|try) (?:it|that|this|them|one) on (?:myself|himself|herself)")
_TREATMENT_DEVICE = compiled(
    r"\b(?:epi-?pens?|auto-?injectors?|adrenaline|inhalers?|puffers?|injections?|jabs?|creams?"
    r"|sprays?|eye ?drops|plasters?)\b"
)
_INTENT_SAID = compiled(
    r"\b(?:want|wants|wanted|going|gonna|plan\w*) to\b|\btonight\b|\ball (?:of it|at once)\b"
    r"|\benough\b|\bagain\b|\bto (?:hurt|harm|end|die)\b"
)
_SH_MEANS = compiled(r"\b(?:blades?|razors?|knife|knives|lighter|scissors|glass|rope|cord|belt)\b")
_JOKED = re.compile(
    r"\b(?:joked|jokingly|as a joke|(?:only|just) joking|jk|j/k|just kidding)\b"
    r"|(?<!no )(?<!not )\bkidding\b"
)
_JOKE_DOUBTED = re.compile(
    r"\b(?:meant|means|serious|not (?:really )?joking|worried|worries|scared|plan\w*|but|now|then"
    r"|honestly|really|tonight|today|giving|found|took|taken|pills|rope|bridge)\b"
)
# A laugh at a threat made on a condition ("if one more relative asks ... im jumping off a bridge
# haha", "if the fan breaks tonight im going to die 😂"): exasperation, unless doubted.
_LAUGH = re.compile(
    r"\b(?:ha(?:ha)+\w*|lol|lmao|rofl)\b|\U0001f602|\U0001f923|\U0001f605|\U0001f606"
)
# (a trivial annoyance as the condition: "if one more ...", "if i have to sit through ...", "if
# my brother eats ...", "if the fan breaks ..."; not "if he leaves me", "if im honest")
_IF = re.compile(
    r"\bif (?:one more|i hear|another|(?:i|he|she|they) (?:have|has) to (?:sit|listen|hear|watch"
    r"|do|format|read|write)|(?:my|the|this) (?:\w+ ){0,2}(?:asks?|eats?|says?|breaks?"
    r"|plays?|sings?|tells?|talks?|mentions?))\b"
    r"|\bif\b[^.!?,;]{0,40}\bone more (?:day|time|minute|hour|week|meeting|email|call|question"
    r"|shift|lecture|song)\b"
)
# Slang a group uses, asked about: "my mates say 'kms' every time they fail a test, is that a red
# flag or just how teens talk" (not one friend who says it: that is a friend's wish, told)
_GROUP_SAYS = re.compile(
    r"(?:\b(?:mates|friends|classmates|teens|teenagers|kids|everyone|people|students|pupils|boys"
    r"|girls|lads|teammates|gen z|young people|they all|year \d+s?|the class)\b[^.!?]{0,25}"
    r"\b(?:say|says|said|saying|use|uses|type|types|write|writes|post|posts|text|texts|groan|groans"
    r"|shout|shouts|yell|yells|scream|screams|joke|jokes)\b"
    r"|\b(?:group ?chat|chats|comments|feed|timeline)s? (?:is |are )?(?:full of|filled with))"
    r"[^.!?]{0,30}$"
)
_AS_SLANG = re.compile(
    r"\bevery time\b|\bwhenever\b|\ball the time\b|\bconstantly\b|\bslang\b|\bmemes?\b"
    r"|\bgen z\b|\b(?:clearly|obviously|just) (?:a )?jok\w*|\bwhen (?:something|anything)(?: is|'s)"
    r" funny\b|\bover (?:the )?(?:football|results?|game|match|homework|tests?|exams?)\b"
    r"|\bhow (?:teens"
    r"|teenagers|kids|young people|they|people) (?:talk|speak|text|write)\b"
    r"|\bjust an? (?:expression|phrase|saying)\b"
)
_LAUGH_DOUBTED = re.compile(
    r"\b(?:meant|mean it|not (?:really |even )?joking|no joke|pills|tablets|meds|rope|cord|razor"
    r"|blades?|stockpile|bridge|plan\w*|note|letters|goodbyes?|for real|fr|seriously|honestly"
    r"|every day|most days|all the time|think about it|thinking about it|want to die"
    r"|stopped eating|not eating)\b"
)

_SINCE = re.compile(r"\bsince\b[^.!?,;]{0,40}$")

# A streak broken: "relapsed after 8 months self harm free" is about now.
_RELAPSE = re.compile(r"\brelaps\w*|\bslipped\b|\bbroke (?:my|the) streak\b|\bagain\b")


class Reader:
    """Statuses of self-harm matches in one text."""

    def __init__(self, f: Facts) -> None:
        self.f, self.t = f, f.t
        self.recovery = bool(_SH_RECOVERY.search(f.t, f.found))
        self.ruled_out = False  # some self-harm wording was read as negated, past, general, ...
        # clauses dated by an age the writer has left behind: "attempted at 17. I'm 26 now", and
        # the clause an "at 17," on its own goes on to
        self.aged: set[int] = set()
        for m in f.earlier_ages:
            ci = f.clause_at(m.start())
            self.aged.add(ci)
            c = f.clauses[ci]
            short = len(f.t[c.start : c.end].split()) <= 4
            if short and ci + 1 < len(f.clauses) and f.clauses[ci + 1].sentence == c.sentence:
                self.aged.add(ci + 1)

    def status(self, m: re.Match[str]) -> str:
        """'live', 'recent' (dated weeks ago: a current concern, not an act now) or 'dead'."""
        f, t = self.f, self.t
        c = f.clauses[f.clause_at(m.start())]
        seg = t[c.start : c.end]
        if f.in_idiom(m.start(), m.end()) or any(ib <= m.start() < ie for ib, ie in f.idioms):
            return "dead"
        if _sh_negated(t, c, m.start()):
            return "dead"
        if m.group(0).startswith(("took", "take", "taken")) and _CARRIED_TO.match(t, m.end()):
            return "dead"  # "took all of nan's tablets to the chemist": carried, not swallowed
        if (
            t.startswith(("-free", " free"), m.end()) or _CLEAN_FROM.search(t, 0, m.start())
        ) and not _RELAPSE.search(t):
            return "dead"  # "400 days self harm free", "5 years clean from self harm": counted
        # The bare word "suicide" in a general question ("what reduces suicide?") is a topic.
        if c.info and _SH_BARE_NOUN.fullmatch(m.group(0)):
            return "dead"
        if (
            _SH_SUPPRESS.possible(f.found)
            # (searched from the clause to its sentence's end, so that a suppressing phrase can
            # see the wish said after it: "anniversary of my twins suicide and i keep wondering
            # if i should join him")
            and (s := _SH_SUPPRESS.rx.search(t, c.start, f.sentence_span(c.start)[1]))
            and s.start() < c.end
            and not _DISCLOSED_IN.search(seg)
        ):
            return "dead"
        if (
            (screened := _SCREENING.search(seg))
            and screened.start() < m.start() - c.start
            and (
                _ANSWERED_NO.search(t, m.end(), m.end() + 60)
                or _ANSWERED_BEFORE.search(t, c.start, m.start())
            )
            and not _ANSWER_DOUBTED.search(t, m.end())
        ):
            return "dead"  # the question asked and answered no
        # "what do u do when u keep thinking about killing yourself": a chat's "you" for oneself
        if _SH_HYPOTHETICAL.possible(f.found) and not m.group(0).startswith("you "):
            sentence = f.clauses[f.clause_at(m.start())].sentence
            start = min(k.start for k in f.clauses if k.sentence == sentence)
            # (the supposition may run into the match: "if a resident talks about suicide")
            hypo = _SH_HYPOTHETICAL.rx.search(t, start, m.end())
            if hypo and hypo.start() < m.start():
                return "dead"
        a, b = f.sentence_span(m.start())
        if _JOKED.search(t, a, b) and not _JOKE_DOUBTED.search(t, a, b):
            return "dead"
        if (
            _LAUGH.search(t, a, b)
            and _IF.search(t, a, m.start())
            and not _LAUGH_DOUBTED.search(t, a, b)
        ):
            return "dead"
        if _GROUP_SAYS.search(t, a, m.start()) and _AS_SLANG.search(t):
            return "dead"
        if (
            _USE_ON_MYSELF.match(m.group(0))
            and _TREATMENT_DEVICE.search(t, a, m.start())
            and not _SH_MEANS.search(t, a, m.start())
            and not _INTENT_SAID.search(t, a, b)
        ):
            return "dead"  # "i have an epipen but im scared to use it on myself": the pen
        present = PRESENT.rx.search(seg)
        if (
            present
            and c.start + present.start() < m.start()
            and _REPORTED.search(t, c.start, m.start())
        ):
            # "tonight my mate told me he tried to kill himself last year": the telling's
            present = None
        # a wish said with its own "lately" is today's: "tried suicide years ago and lately the
        # thoughts are coming back"
        present = present or _OWN_PRESENT.match(m.group(0))
        # the clause, or the past story it goes on with ("ten years ago, at 19, I took ...")
        told = t[c.carried : c.end] if c.carried >= 0 else seg
        # ... or a date tacked on after a comma: "i had thoughts of not wanting to be here, a
        # few months back"
        ci = f.clause_at(m.start())
        if ci + 1 < len(f.clauses):
            tail = f.clauses[ci + 1]
            if tail.sentence == c.sentence and _TAIL_DATE.match(t, tail.start, tail.end):
                told += " " + t[tail.start : tail.end]
        if _SH_PAST.possible(f.found) and _dated(_SH_PAST.rx, told) and not present:
            return "dead"
        if f.clause_at(m.start()) in self.aged and not present:
            return "dead"
        if _SH_RECENT.possible(f.found) and _dated(_SH_RECENT.rx, seg) and not present:
            return "recent"
        return "live"

    def live(self, m: re.Match[str]) -> bool:
        return self.status(m) != "dead"

    def counts(self, m: re.Match[str]) -> bool:
        st = self.status(m)
        if st == "dead" or (st == "recent" and self.recovery):
            self.ruled_out = True
            return False
        return True


def _dated(rx: re.Pattern[str], told: str) -> bool:
    """A date in ``told`` that puts it in the past: not the start of a span running to now
    ("since my baby was born 2 months ago i feel i want to disappear")."""
    return any(not _SINCE.search(told, 0, m.start()) for m in rx.finditer(told))


def _sh_negated(t: str, clause: Clause, start: int) -> bool:
    words = t[max(clause.start, start - 200) : start].split()[-3:]
    return any(w in {"not", "never", "no"} for w in words) and not (
        words and words[-1] in {"do", "does"}
    )
