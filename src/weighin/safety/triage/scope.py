"""Where a mention stands: clauses, and what each clause says about time, negation and intent.

The text is cut into sentences and clauses (commas, "but", "and now", ...), so that a negation
or a past marker only reaches its own clause: "my mum had a stroke last year and now her face is
drooping again" keeps the drooping face current. Each clause is then marked: present, past,
information-seeking or hypothetical (a general question, "if someone", "in the movie"),
settled (an episode that has passed) or habitual; ``negated`` reads a negation cue before a
position, within its clause.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from weighin.safety.triage.lexicon import cues, frames
from weighin.safety.triage.openings import opening
from weighin.safety.triage.patterns import Rx, compiled
from weighin.safety.triage.scope_story import close_stories

# Mention statuses.
ACTIVE, NEGATED, PAST, INFO, SETTLED = "active", "negated", "past", "info", "settled"

_SENTENCE = compiled(cues.SENTENCE_BREAK)
_CLAUSE = compiled(cues.CLAUSE_BREAK)
_NEG_CUE = compiled(
    r"\b(?:"
    + "|".join(sorted((re.escape(k) for k in cues.NEGATION_CUES), key=len, reverse=True))
    + r")\b"
)
_NEG_FALSE = compiled(cues.NEGATION_FALSE)
_PAST = Rx(cues.PAST_CUES)
_PAST_TRIGGER = compiled(cues.PAST_TRIGGER)
_AT_AGE = compiled(cues.AT_AGE)
_WAS = compiled(r"\b(?:was|were)\b")
# "in her forties" against "she's 76 now": the decade is behind the writer's subject
_DECADE = compiled(
    r"\bin (?:his|her|their|my|our) (teens|twenties|thirties|forties|fifties|sixties|seventies"
    r"|eighties)\b"
)
_DECADE_END = {
    "teens": 19, "twenties": 29, "thirties": 39, "forties": 49, "fifties": 59, "sixties": 69,
    "seventies": 79, "eighties": 89,
}  # fmt: skip
_LONG_AGO = compiled(
    r"\bin (?:19|20)\d\d\b|\b(?:years|decades) ago\b|\blast (?:winter|summer|spring|autumn|year)\b"
)
_MONTH_DATED = compiled(cues.MONTH_DATED)
_MONTH_FUTURE = compiled(cues.MONTH_FUTURE)
# dated months or years back: a duration in the same clause ("unconscious for a few seconds at a
# concert 2 years ago") says how long it lasted then, not that it is happening now
_DATED_BACK = compiled(
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several"
    r"|many|couple of) (?:months?|years?|decades?) ago\b|\bin (?:19|20)\d\d\b|\blast year\b"
)
_DURATION = compiled(
    r"(?:\d+|few|ten|twenty|thirty|forty|fifteen|five|a few) (?:minutes|seconds|hours)"
    r"|half an hour"
)
_AGE_NOW = compiled(cues.AGE_NOW)
_AGE_NOW_BARE = compiled(cues.AGE_NOW_BARE)
PRESENT = Rx(cues.PRESENT_CUES)
STRONG_PRESENT = Rx(cues.STRONG_PRESENT)
_RESOLVED = Rx(cues.RESOLVED_CUES)
_ONGOING = Rx(cues.ONGOING_CUES)
_SETTLE_HOPED = compiled(cues.SETTLE_HOPED)
_THIS_TIME = Rx(
    r"\bthis time\b(?! (?:last|yesterday|of (?:year|day|night)))"
    # the episode back as the writer types: "came back. now its happening again right now"
    r"|\b(?:it is|its|it's) happening again (?:right )?now\b"
    r"|\bhappening again as (?:i|we) (?:type|write|am typing|speak)\b"
    # "was completely fine within a minute, but it came back just now"
    r"|\b(?:came|come|coming) back (?:just now|now|again|tonight|today|this (?:morning|evening"
    r"|afternoon))\b|\bback again (?:now|tonight|today|just now)\b"
    r"|\b(?:it is|its|it's) back (?:now|again)\b"
    r"|\bnow (?:it is|its|it's|he is|she is) \w+ing again\b"
)
_HABITUAL = Rx(cues.HABITUAL_CUES)
_UNBROKEN = Rx(cues.UNBROKEN_CUES)
_THEN_PASSES = Rx(cues.THEN_PASSES)
_THIS_ONE = Rx(r"\bthis (?:one|time|episode|attack)\b(?! (?:last|of (?:year|day|night)))")
_INFO = Rx(frames.INFO_CUES)
_QUESTION_START = Rx(frames.QUESTION_START)
_FRAME = Rx(frames.FRAME_CUES)
_PERSONAL = Rx(frames.PERSONAL)
_HYPO = Rx(frames.HYPO_CUES)
_DID_IT = Rx(frames.DID_IT)
_TOLD_PAST = compiled(cues.TOLD_PAST)
_FELT_START = compiled(r"\s*(?:and |but )?(?:i |he |she |it |they )?(?:felt|seemed) like\b")
# How a story told in the past ended: it is over.
_STORY_ENDED = compiled(
    r"\b(?:survived|recovered|pulled through|made it|was fine|were fine|was okay|was ok|got better"
    r"|was discharged|were discharged|went home|came home|was sent home)\b"
)
_NOW_WORDS = cues.NOW_WORDS
_NOW_VERB = compiled(_NOW_WORDS + r"|\b\w+ing\b")
_NOW_VERB_NOT_ING = compiled(_NOW_WORDS)


_IF_OPEN = compiled(
    r"[\s\"'*-]*(?:and |but |so )?(?:if|in case|say|suppose|what if)\b"
    # a courtesy "if" sets no condition: "if it matters, my husband has chest pain"
    r"(?! (?:it|that|this) (?:matters|helps|is relevant|makes sense)| possible| you can| anyone"
    r"| needed| so\b| not\b| any\b)"
)
_SENTENCE_ASKS = compiled(r"[^.!?]*\?")


def _asks(t: str, c: Clause) -> bool:
    """The clause's sentence ends in a question mark."""
    return _SENTENCE_ASKS.match(t, c.start) is not None


@dataclass
class Clause:
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
    carried: int = -1  # past only as the sentence's story goes on: where that story starts


def segment(t: str) -> list[Clause]:
    clauses: list[Clause] = []
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
                clauses.append(Clause(start, m.start(), si, cont=cont))
            start = m.end() if m.group(0) in {",", ";", ":", "(", ")", "[", "]"} else m.start()
            cont = m.group(0) == "and "
        if start < b:
            clauses.append(Clause(start, b, si, cont=cont))
    return clauses or [Clause(0, len(t), 0)]


def earlier_ages(t: str) -> list[re.Match[str]]:
    """ "At 17" where the writer says they are now 26: the age dates an event in the past."""
    if ("at " not in t and "in " not in t and "when " not in t) or "now" not in t:
        return []
    now = [int(m.group(1) or m.group(2)) for m in _AGE_NOW.finditer(t)]
    if not now:
        # only "25 now", after the story it dates: an "at 17" (13 or more) told before it, never
        # an "at 8" (a clock time)
        bare = [(int(m.group(1)), m.start()) for m in _AGE_NOW_BARE.finditer(t)]
        return [
            m
            for m in _AT_AGE.finditer(t)
            if m.group(1)
            and any(int(m.group(1)) + 5 <= n and m.end() <= at for n, at in bare)
            and not re.search(r"\d", t[max(0, m.start() - 40) : m.start()])
        ]
    out = []
    for m in _AT_AGE.finditer(t):
        if m.group(1):  # a bare "at 17": only well before the age now
            if int(m.group(1)) + 3 <= max(now):
                out.append(m)
        elif m.group(4):  # "at 18 months"
            if int(m.group(4)) / 12 < max(now):
                out.append(m)
        elif int(m.group(2) or m.group(3)) < max(now):
            out.append(m)
    out += [m for m in _DECADE.finditer(t) if _DECADE_END[m.group(1)] < max(now)]
    return out


def annotate(t: str, clauses: list[Clause], found: set[str]) -> list[re.Match[str]]:
    """Mark each clause present, past, general, hypothetical, habitual or settled; returns the
    ages that date an event in the past (``earlier_ages``), which the self-harm reader also
    reads."""
    starts = [c.start for c in clauses]

    def marks(rx: Rx) -> dict[int, list[re.Match[str]]]:
        out: dict[int, list[re.Match[str]]] = {}
        for m in rx.finditer(t, found):
            out.setdefault(bisect.bisect_right(starts, m.start()) - 1, []).append(m)
        return out

    strong, present, info = marks(STRONG_PRESENT), marks(PRESENT), marks(_INFO)
    hypo, past, habitual = marks(_HYPO), marks(_PAST), marks(_HABITUAL)
    resolved, ongoing = _not_hoped(t, marks(_RESOLVED)), marks(_ONGOING)
    unbroken = marks(_UNBROKEN)
    personal: dict[int, int] = {}  # sentence -> where its last personal word starts
    for i, ms in marks(_PERSONAL).items():
        si = clauses[i].sentence
        personal[si] = max(personal.get(si, -1), *(m.start() for m in ms))
    ends = {c.sentence: c.end for c in clauses}
    framed = {clauses[i].sentence for i in marks(_FRAME)}
    general_q: dict[int, bool] = {}
    for c in clauses:
        if c.sentence not in general_q:
            # (after its marks and a hedge, whose own "i" makes nobody's case: openings)
            pos = opening(t, c.start, ends[c.sentence])
            general_q[c.sentence] = (
                personal.get(c.sentence, -1) < pos
                and _QUESTION_START.possible(found)
                and _QUESTION_START.rx.match(t, pos) is not None
            )
    for m in _MONTH_DATED.finditer(t) if _MONTH_DATED.possible_in(t) else ():
        i = bisect.bisect_right(starts, m.start()) - 1
        c = clauses[i]
        if _TOLD_PAST.search(t, c.start, c.end) and not _MONTH_FUTURE.search(t, c.start, c.end):
            past.setdefault(i, []).append(m)
    # a duration is no present in a clause dated months or years back
    for i in [i for i, ms in present.items() if i not in strong]:
        c = clauses[i]
        if all(_DURATION.fullmatch(m.group(0)) for m in present[i]) and _DATED_BACK.search(
            t, c.start, c.end
        ):
            del present[i]
    aged = earlier_ages(t)
    aged_at = set()
    for m in aged:
        past.setdefault(bisect.bisect_right(starts, m.start()) - 1, []).append(m)
        aged_at.add(bisect.bisect_right(starts, m.start()) - 1)
    confirmed = _confirmed(t, clauses, marks(_DID_IT), past)
    last_settle = max(resolved) if resolved else -1
    # "it went away on its own last week ... this time it's been 30 mins": the episode that
    # settled was an earlier one, and what the text opened with is this time's
    if last_settle >= 0 and any(i > last_settle for i in marks(_THIS_TIME)):
        last_settle = -1
    for i, c in enumerate(clauses):
        is_strong = i in strong or c.sentence in confirmed
        c.present = i in strong or i in present
        c.info = (general_q[c.sentence] or i in info or c.sentence in framed) and not is_strong
        if i in hypo and not is_strong:
            c.hypo_at = hypo[i][0].start()
        if c.cont and i > 0 and not is_strong:
            prev = clauses[i - 1]
            c.info = c.info or prev.info
            if prev.hypo_at >= 0:
                c.hypo_at = c.start
        # (an age left behind dates its clause even past a duration: "unconscious for 10 seconds
        # when he was 4. he's 9 now")
        # (a dated trigger leaves its symptom current, unless the symptom is told in the past
        # too: "my dad was found unconscious after a fall last year")
        c.past = (not c.present or (i in aged_at and i not in strong)) and any(
            not _PAST_TRIGGER.search(t, c.start, m.start()) or _WAS.search(t, c.start, m.start())
            for m in past.get(i, ())
        )
        c.habitual = i in habitual
        # A settled episode: the cue settles its own clause and the ones before it.
        c.settled = i <= last_settle and i not in ongoing
    # "a tight chest for like 10 mins then it goes.": the episode told before its passing is the
    # usual one too
    for i in marks(_THEN_PASSES):
        if i > 0 and clauses[i - 1].sentence == clauses[i].sentence:
            clauses[i - 1].habitual = True
    # A pattern broken by now: "chest pain on and off all day but the last 30 min it hasn't
    # stopped" is no longer on and off.
    for i in {j for j in habitual for k in unbroken if k > j}:
        if any(clauses[k].sentence == clauses[i].sentence for k in unbroken if k > i):
            clauses[i].habitual = False
    # ... or by a later episode called this one: "comes for 5 mins then goes. but this one has
    # been 40 mins"
    for k in marks(_THIS_ONE):
        for c in clauses[:k]:
            c.habitual = False
    # A question that opens with a condition is asked of the condition throughout: "if a pupil
    # has an asthma attack, what should I do while waiting for the ambulance?"
    for i in range(1, len(clauses)):
        c, prev = clauses[i], clauses[i - 1]
        opened = _IF_OPEN.match(t, prev.start) is not None and prev.hypo_at >= 0
        if opened and prev.sentence == c.sentence and _asks(t, c):
            c.hypo_at = c.start
    # A sentence dated in the past stays there: "ten years ago, at 19, I took an overdose" and
    # "she had a seizure back in january, we called an ambulance" tell one past story, until a
    # clause says now ("..., now she has a fever").
    # Only a clause told in the simple past (or a short one with no verb, "at 19") continues
    # a story begun by a bare date: "..., the wound is red" and "..., she just had a fit" are
    # about now.
    for i in range(1, len(clauses)):
        c, prev = clauses[i], clauses[i - 1]
        # only from a clause that is nothing but its date ("ten years ago, at 19, I took ..."):
        # after "my baby was born 3 weeks ago, she went floppy" the second clause is news
        short = len(t[prev.start : prev.end].split()) <= 4
        # ... or what the dated episode felt like: "had a panic attack on the train last month,
        # felt like i couldnt breathe"
        short = short or _FELT_START.match(t, c.start) is not None
        # ... or a heading dated years back, with no verb of its own ("his heart attack on the
        # golf course in 2009, crushing chest pain, went grey"): a story that old is not news in
        # the same sentence (after "I had a stroke 3 years ago, my face dropped" it may be)
        origin = next(
            k for k in clauses if k.start == (prev.carried if prev.carried >= 0 else prev.start)
        )
        long_ago = (
            prev.past
            and _LONG_AGO.search(t, origin.start, origin.end) is not None
            and not _TOLD_PAST.search(t, origin.start, origin.end)
            and not _NOW_VERB.search(t, origin.start, origin.end)
        )
        short = short or long_ago
        # (in a story years old "crushing chest pain" is a description, not a verb of now)
        now = _NOW_VERB_NOT_ING if long_ago else _NOW_VERB
        if prev.past and short and prev.sentence == c.sentence and not c.present:
            told = _TOLD_PAST.search(t, c.start, c.end) or len(t[c.start : c.end].split()) <= 3
            if i not in strong and told and not now.search(t, c.start, c.end):
                c.past = True
                c.carried = prev.carried if prev.carried >= 0 else prev.start
    # ... and into the next sentence when all of it is told in the simple past and it tells how
    # the story ended: "I saw a man collapse at the station last month. Somebody did CPR and he
    # survived." Without an ending it may be news: "He had a stroke last year. He collapsed and
    # went grey."
    by_sentence: dict[int, list[int]] = {}
    for i, c in enumerate(clauses):
        by_sentence.setdefault(c.sentence, []).append(i)
    dated = {c.sentence for c in clauses if c.past and c.carried < 0}
    for si, whole in by_sentence.items():
        idx = [i for i in whole if not clauses[i].past]
        if si - 1 not in dated or not idx:
            continue
        story = all(
            i not in strong
            and not clauses[i].present
            and not clauses[i].info
            and _TOLD_PAST.search(t, clauses[i].start, clauses[i].end)
            and not _NOW_VERB.search(t, clauses[i].start, clauses[i].end)
            for i in idx
        )
        ended = any(_STORY_ENDED.search(t, clauses[i].start, clauses[i].end) for i in whole)
        if story and ended:
            start = next(c.start for c in clauses if c.sentence == si - 1 and c.past)
            for i in idx:
                clauses[i].past = True
                clauses[i].carried = start
    # ... and a story dated months or years back runs on as long as the post closes it
    close_stories(t, clauses, set(strong), present, aged_at)
    return aged


def _not_hoped(t: str, resolved: dict[int, list[re.Match[str]]]) -> dict[int, list[re.Match[str]]]:
    """Settling cues, less those only hoped for or waited on ("should I see if it passes")."""
    out: dict[int, list[re.Match[str]]] = {}
    for i, ms in resolved.items():
        kept = [m for m in ms if not _SETTLE_HOPED.search(t, max(0, m.start() - 30), m.start())]
        if kept:
            out[i] = kept
    return out


def _confirmed(
    t: str,
    clauses: list[Clause],
    did_it: dict[int, list[re.Match[str]]],
    past: dict[int, list[re.Match[str]]],
) -> set[int]:
    """Sentences whose question the next sentence says happened ("I did it at lunch"), unless
    that was long ago ("my friend did it years ago")."""
    out: set[int] = set()
    for i, ms in did_it.items():
        c = clauses[i]
        opens = i == 0 or clauses[i - 1].sentence != c.sentence
        dated = any(clauses[k].sentence == c.sentence for k in past)
        if (
            opens
            and not dated
            and c.sentence > 0
            and not t[c.start : ms[0].start()].strip(" \"'*-")
        ):
            out.add(c.sentence - 1)
    return out


def negated(t: str, clause: Clause, start: int) -> bool:
    # the last eight words: a bounded window, so a clause of thousands of words costs no more
    prefix = t[max(clause.start, start - 400) : start]
    if not prefix.strip():
        return False
    words = prefix.split()[-8:]
    window = " ".join(words)
    for m in _NEG_CUE.finditer(window):
        if _NEG_FALSE.match(window, m.start()):
            continue
        tail = window[m.end() :].split()
        if len(tail) > cues.NEGATION_CUES[m.group(0)]:
            continue
        if any(w in cues.NEGATION_STOP for w in tail):
            continue
        return True
    return False
