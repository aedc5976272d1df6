"""From overlapping candidates to the final spans: merge the parts of one address or one name,
then keep the higher-priority (then longer) candidate wherever two overlap."""

from __future__ import annotations

import bisect
import re

from .addresses import ADDRESS_GAP
from .kinds import PRIORITY, Cand, Kind

__all__ = ["resolve"]


def resolve(text: str, cands: list[Cand]) -> list[Cand]:
    """The candidates to keep: sorted by start, never overlapping."""
    cands = _merge_same_kind(text, cands, Kind.ADDRESS, ADDRESS_GAP)
    cands = _merge_same_kind(text, cands, Kind.PERSON_NAME, None)
    order = sorted(set(cands), key=lambda c: (-PRIORITY[c[2]], c[0] - c[1], c[0]))
    taken: list[Cand] = []  # sorted by start, never overlapping
    starts: list[int] = []
    for c in order:
        i = bisect.bisect_right(starts, c[0])
        if (i and taken[i - 1][1] > c[0]) or (i < len(taken) and taken[i][0] < c[1]):
            continue
        taken.insert(i, c)
        starts.insert(i, c[0])
    return taken


def _merge_same_kind(
    text: str, cands: list[Cand], kind: Kind, gap_re: re.Pattern[str] | None
) -> list[Cand]:
    """Union overlapping candidates of one kind; with ``gap_re``, also join neighbours whose gap
    matches it (an address's street, city and ZIP found by separate rules)."""
    mine = sorted(c for c in cands if c[2] == kind)
    if len(mine) < 2:
        return cands
    merged: list[list] = []
    for s, e, k in mine:
        if merged:
            last = merged[-1]
            if s <= last[1] or (gap_re is not None and gap_re.fullmatch(text[last[1] : s])):
                last[1] = max(last[1], e)
                continue
        merged.append([s, e, k])
    return [c for c in cands if c[2] != kind] + [tuple(m) for m in merged]
