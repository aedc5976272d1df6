"""A swallowing feared and then taken back by finding the thing (round widen bn).

"Thought he'd swallowed a button battery from the remote, just found it under the sofa, all
there": what was missing is accounted for, so the swallow it was feared from did not happen.
Read after the fear and only when nothing is said to be missing still ("found one but the
other is still missing") and the thing was not found in the child ("found it in his mouth",
"on the x-ray", "in her nappy").
"""

from __future__ import annotations

from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules import pods
from weighin.safety.triage.rules.context import Ctx

_THING = (
    r"(?:it|them|both|all of them|the (?:missing |little |tiny |button |coin |watch )?(?:battery"
    r"|batteries|cell|magnets?|coin|button|piece|bit|ball|bead|one|ones|tablet|pill))"
)
_FINDABLE = compiled(r"batter|magnet|coin|marble|button|bead|\bpin\b|screw|nail")
_POD_WORD = compiled(r"\bpods?\b|\bcapsules?\b|\btabs?\b|\btablets?\b|\bliquitabs?\b")
_LICKED = compiled(r"\blick\w*|\bsuck\w*")
_SEEMS_WELL = compiled(
    r"\b(?:seems?|is|looks?|acting|fine|playing|happy|normal)\b[^.!?]{0,12}\b(?:fine|ok|okay|normal"
    r"|well|happy)\b|\bno (?:cough\w*|vomit\w*|drool\w*|foam\w*)|\bnot (?:coughing|vomiting"
    r"|drooling)\b|\bsp[ai]t (?:it )?out\b"
)
_FOUND = compiled(
    r"(?<!not )(?<!never )\b(?:found|located|spotted) "
    + _THING
    + r"\b(?! (?:in|inside|stuck in|on) (?:his"
    r"|her|their|the) (?:mouth|throat|nappy|poo|stool|tummy|x-?ray|scan)\b)"
    r"|\b(?:it|the battery|the coin|the magnet|the battery cover and battery) (?:has |had )?"
    r"(?:turned up|was (?:under|behind|on|in) (?:the |a )?(?:sofa|couch|settee|floor|cushion"
    r"|carpet|rug|bed|table|chair|toy box|kitchen|remote|drawer))\b"
    r"|\b(?:all|both|everything) (?:still )?(?:there|accounted for|in (?:the )?(?:remote|toy))\b"
    r"|\b(?:none|nothing|no batter(?:y|ies)|no magnets?) (?:is |are |was |were )?missing\b"
    r"|\bnever (?:swallowed|ate|had) (?:it|one|them|any)\b"
)
# something still unaccounted for, or found only in part
_STILL_MISSING = compiled(
    r"\b(?:still|other|another|one more|rest)\b[^.!?]{0,25}\b(?:missing|gone|cannot find|can not"
    r" find|not found)\b|\bcannot find the (?:other|rest|second)\b|\bonly (?:found|got) (?:one"
    r"|two|some|half)\b|\bfound (?:one|two|some|half)\b(?! of them all)"
)


def found_after_all(t: str, after: int = 0) -> bool:
    """The feared swallowed thing is said to be found, after ``after`` and not still missing."""
    m = _FOUND.search(t, after)
    return m is not None and not _STILL_MISSING.search(t)


def not_swallowed(c: Ctx, subst: str, span: str, end: int) -> bool:
    """What ``acute`` reads as swallowed and is not: a thing found after all, or a pod only
    bitten or licked by a child (``pods`` reads its signs: urgent, or an emergency with them)."""
    if _FINDABLE.search(subst) and found_after_all(c.t, end):
        return True
    # (a laundry pod chewed, the child's state unsaid, stays an emergency)
    return bool(
        pods.MOUTHING.search(span)
        and _POD_WORD.search(subst)
        and (_LICKED.search(span) or "dish" in subst or _SEEMS_WELL.search(c.t))
        and pods.mouthed_by_child(c)
    )
