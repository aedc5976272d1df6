"""A story dated months or years back, which the post closes: history, however long it runs.

Long posts open with background: "in 2018 I had a massive bleed, vomited blood at work and needed
4 units of blood, scariest week of my life." The date reaches its own clause (``scope``); the
clauses after it, told in the simple past, may still be news ("I had a stroke 3 years ago, my face
dropped on one side" is read as now). What makes them history is that the post closes the story:
an outcome ("needed surgery", "all clear", "turned out to be gallstones", "was in intensive care
for weeks"), a look back ("scariest night of my life", "I remember the paramedic's face", "still
gives me nightmares", "fine ever since"), or the age its person is now ("she's 3 now" after "when
she was 18 months", "he's 2 now" after "was born at 30 weeks").

``close_stories`` runs after the clauses are marked. From a clause dated months or years back
(not weeks: "had surgery 3 weeks ago, the wound bled last night" stays news), the story runs on
over the clauses told in the past or with no verb of now (into a new sentence only when that opens
in the past tense and asks nothing), and stops at a clause that says now ("is", "again", "right
now", "an hour ago", "last night"). When it closes, its clauses up to the close are past; a
story that does not close stays as it was ("He had a stroke last year. He collapsed and went
grey." is news).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from weighin.safety.triage.lexicon import cues
from weighin.safety.triage.patterns import compiled

if TYPE_CHECKING:
    from weighin.safety.triage.scope import Clause

_TOLD_PAST = compiled(cues.TOLD_PAST)
# (not "every test going": "going" is now only as "going to")
_NOW = compiled(cues.NOW_WORDS.replace("|going|", "|going(?= to)|"))
_DATED = compiled(cues.STORY_DATED)
_MONTH = compiled(cues.MONTH_DATED)
_MONTH_FUTURE = compiled(cues.MONTH_FUTURE)
# a later point of the story dated back too: "anaphylaxis at 19, did immunotherapy for 5 years
# and finished in 2022"
_YEAR = compiled(r"\bin (?:19|20)\d\d\b|\b(?:years|decades) ago\b")
# a look back over a life: "worst pain of my life", after the story has closed
_LIFE = compiled(r"\bof (?:my|our|her|his|their) li(?:fe|ves)\b")
_AT_AGE = compiled(cues.AT_AGE)
_BORN = compiled(r"\b(?:was|were) born\b")
_AGE_NOW = compiled(cues.AGE_NOW)
_CLOSED = compiled(cues.STORY_CLOSED)
# a pregnancy told in the past, hers or another woman's ("my sister in law had placenta previa and
# bled heavily at 30 weeks"): over when the child of it is grown ("baby is 4 now") or born
_GESTATION = compiled(
    r"\bat \d{2} ?(?:weeks|wks)\b|\b(?:placenta(?:l)? (?:previa|praevia|abruption)|previa|praevia"
    r"|pre-?eclampsia|hellp|abruption|stillbirth)\b"
)
_GROWN = compiled(cues.KID_NOW + r"|\b(?:was|were) born\b")
# what may make a clause of the story "present" without being now: how long it took then ("within
# a few hours she was blue", "blood tests every few hours")
_TOOK = compiled(
    r"(?:\d+|few|ten|twenty|thirty|forty|fifteen|five|a few) (?:minutes|seconds|hours)"
    r"|half an hour|\bsuddenly\b|\ball of a sudden\b"
)
# words about a close that say nothing of now: "and he is 4 now and thriving"
_FILLER = frozenset(
    {"and", "but", "so", "thank", "god", "thankfully", "luckily", "he", "she", "they", "is", "are"}
    | {"has", "have", "thriving", "healthy", "well", "fine", "perfectly", "totally", "completely"}
    | {"doing", "great"}
)
_ASKS = re.compile(r"[^.!?\n]*\?")
_SENTENCES_MAX = 4  # how far one story runs


def _origin(t: str, c: Clause, aged: bool, born_now: bool) -> str:
    """How clause ``c`` dates a story: "aged" (an age left behind, or a birth of a child who is
    years old now), "dated" (years or months back), or "" (no story starts here)."""
    a, b = c.start, c.end
    if aged or (born_now and _BORN.search(t, a, b)):
        return "aged"
    if c.past and _DATED.search(t, a, b):
        return "dated"
    if _GESTATION.search(t, a, b) and _TOLD_PAST.search(t, a, b) and not _NOW.search(t, a, b):
        return "pregnancy"
    # "had a heart attack at 44, he collapsed at work and needed two stents", "anaphylaxis at 19
    # after a wasp sting": an age in a clause with nothing of now (a close must follow)
    if _AT_AGE.search(t, a, b) and not _NOW.search(t, a, b):
        m = _AT_AGE.search(t, a, b)
        if m is not None and m.group(1):
            return "dated"
    # "after my concussion in March (car accident, CT scan was clear)": a month told in the past
    if _MONTH.search(t, a, b) and not _MONTH_FUTURE.search(t, a, b) and not _NOW.search(t, a, b):
        return "dated"
    return ""


def _goes_on(t: str, c: Clause, new_sentence: bool, present: list[re.Match[str]] | None) -> bool:
    """Clause ``c`` goes on with the story: told in the past or with no verb, nothing of now."""
    a, b = c.start, c.end
    if c.info or c.hypo_at >= 0 or _NOW.search(t, a, b):
        return False
    told = _TOLD_PAST.search(t, a, b) is not None
    if present is not None and not (told and all(_TOOK.fullmatch(m.group(0)) for m in present)):
        return False
    if new_sentence:
        return (told or c.past) and _ASKS.match(t, a) is None
    return True


def _only_close(t: str, c: Clause, close: re.Pattern[str]) -> bool:
    """Clause ``c`` says nothing but that its story is over ("and has not had one since")."""
    m = close.search(t, c.start, c.end)
    if m is None or c.info or c.hypo_at >= 0:
        return False
    rest = (t[c.start : m.start()] + " " + t[m.end() : c.end]).split()
    return len([w for w in rest if w not in _FILLER]) == 0


def close_stories(
    t: str,
    clauses: list[Clause],
    strong: set[int],
    present: dict[int, list[re.Match[str]]],
    aged_at: set[int],
) -> None:
    """Mark past the clauses of each dated story the post closes (see the module docstring)."""
    if not _CLOSED.search(t) and not aged_at and not _BORN.search(t) and not _YEAR.search(t):
        return
    born_now = any(int(g) >= 1 for m in _AGE_NOW.finditer(t) for g in m.groups() if g is not None)
    i = 0
    while i < len(clauses):
        kind = _origin(t, clauses[i], i in aged_at, born_now)
        if not kind:
            i += 1
            continue
        story, j = [i], i + 1
        last_sentence = clauses[i].sentence + _SENTENCES_MAX
        while j < len(clauses) and clauses[j].sentence <= last_sentence:
            c = clauses[j]
            new = c.sentence != clauses[j - 1].sentence
            if j in strong or not (c.past or _goes_on(t, c, new, present.get(j))):
                break
            story.append(j)
            j += 1
        upto = -1
        if kind == "aged":
            upto = story[-1]
        # (a pregnancy closes only as its child is born or grown)
        close = _GROWN if kind == "pregnancy" else _CLOSED
        for k in story:
            a, b = clauses[k].start, clauses[k].end
            # (a later point dated back closes it only in the sentence the story began in: a
            # new sentence dated back is another story, "a hip replaced years ago ... woke at 4am
            # with a crushing pain. had a stent 3 years ago" keeps the night's pain news)
            closes = close.search(t, a, b) or (
                kind != "pregnancy"
                and k > i
                and clauses[k].sentence == clauses[i].sentence
                and _YEAR.search(t, a, b)
            )
            if closes or (upto >= 0 and _LIFE.search(t, a, b)):
                upto = max(upto, k)
        # the clause that stops it may close it: "she has been fine ever since", "which still
        # gives me nightmares"
        if j < len(clauses) and close.search(t, clauses[j].start, clauses[j].end):
            upto = story[-1]
        # ... and the closes that follow a closed story, nothing but closes, are of it too: "and
        # has not had one since", "he is 9 now" (not "he is 9 now and has a fever")
        while (
            upto == story[-1]
            and j < len(clauses)
            and j not in strong
            and _only_close(t, clauses[j], close)
        ):
            story.append(j)
            upto = j
            j += 1
        for k in story:
            if k <= upto and not clauses[k].past:
                clauses[k].past = True
                clauses[k].carried = clauses[i].start
        i = j
