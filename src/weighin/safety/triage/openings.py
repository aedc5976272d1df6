"""What a sentence opens with before it says anything of the case: quotation marks, dashes and a
worried writer's hedge ("probably nothing but", "sorry if this is silly,", "not sure if i am
overreacting but"). ``scope`` reads whether a sentence is a general question from where it
opens after these, and whether it is someone's own from the words after them: "sorry if this
is silly, what are the signs of sepsis?" is as general as the question alone, and the "i" of
"not sure if i am overreacting but is a fever of 38 dangerous?" is the hedge's, not the case's.
"""

from __future__ import annotations

from weighin.safety.triage.lexicon import frames
from weighin.safety.triage.patterns import compiled

_HEDGE = compiled(frames.HEDGE)
# no writer stacks more hedges than this (a bound on the loop, not a reading)
_MAX_HEDGES = 3


def opening(t: str, start: int, end: int) -> int:
    """Where the sentence part ``t[start:end]`` starts after its marks and hedges."""
    pos = start
    for _ in range(_MAX_HEDGES + 1):
        while pos < end and t[pos] in " \"'*-":
            pos += 1
        m = _HEDGE.match(t, pos) if _HEDGE.possible_in(t) else None
        if m is None or m.end() == pos or m.end() > end:
            break
        pos = m.end()
    return pos
