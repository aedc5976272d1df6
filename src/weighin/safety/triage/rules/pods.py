"""A laundry pod or a dishwasher tablet in a small child's mouth (round calm).

A liquid detergent capsule bitten, burst or sucked, a dishwasher tablet chewed or licked: the
concentrated detergent burns the mouth and gullet and, breathed in, the airway, with the trouble
often hours late; spitting it out, a rinsed mouth and a child "who seems fine" do not clear it.
Poison advice and a look at the child today (urgent); with coughing, choking, drooling, vomiting,
a burnt or foaming mouth, trouble breathing or drowsiness, an emergency.

The mouthing must be current and said of a person (not a dog; not a question about keeping pods
away from children, not "he touched one but never put it near his mouth").
"""

from __future__ import annotations

import re

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import ANIMAL, Ctx

_POD = (
    r"(?:(?:laundry|washing|wash|liquid|detergent|washing machine|liquitab|persil|ariel|fairy"
    r"|bold|surf|tide|non ?bio|bio|colour|gel|dishwasher|finish|cascade) (?:\w+ )?"
    r"(?:pods?|capsules?|caps|tabs?|tablets?|liquitabs?|gel ?pacs?|pacs?)"
    r"|liquitabs?|tide pods?|(?:laundry|dishwasher) (?:detergent|gel|liquid))"
)
# the child's mouth on it: bitten, burst, chewed, sucked, licked, or some of it in the mouth
_MOUTHED = compiled(
    r"\b(?:bit|bitten|bites|biting|bit into|chewed|chewing|chews|sucked|sucking|sucks|licked"
    r"|licking|burst|popped|punctured|nibbled|tasted|mouthed|ate|eaten|swallowed)\b"
    r"(?: (?:into|on|at|through|open))?(?: (?:a|an|one|the|some|of|his|her|my|our|their|one of"
    r" (?:the|my|our))){0,2} (?:\w+ ){0,2}?" + _POD + r"\b"
    r"|\b" + _POD + r"\b[^.!?]{0,40}\b(?:in (?:his|her|their) mouth|burst in|bit (?:it|into it)"
    r"|bitten|chewed|sucked|licked|mouthful|got some in|some of the (?:liquid|gel|stuff))\b"
    r"|\b(?:got|had|put) (?:some |a bit of |a little )?(?:of (?:the|a) )?(?:\w+ )?"
    + _POD
    + r"\b[^.!?]{0,20}\b(?:in|into) (?:his|her|their) mouth\b"
    r"|\b(?:put|had) (?:a|an|one|the|one of (?:the|my|our)) (?:\w+ )?" + _POD + r" (?:in|into)"
    r" (?:his|her|their) mouth\b"
    # round widen bn: the pod found broken and its gel on the child's face ("a laundry capsule,
    # it's punctured and there's blue gel on his chin"; "liquid round her mouth")
    r"|\b" + _POD + r"\b[^.!?]{0,60}\b(?:gel|liquid|goo|stuff|soap|detergent|juice)\b"
    r" (?:all )?(?:on|round|around|over|in|from|dribbling down) (?:his|her|their) (?:chin|lips?"
    r"|mouth|face|tongue|teeth|gums)\b"
    r"|\b" + _POD + r"\b[^.!?]{0,40}\b(?:teeth ?marks|bite marks)\b"
)
_SMALL_CHILD = compiled(
    r"\b(?:toddler|baby|little one|tot|infant|kid|child|(?:[1-6]|one|two|three|four|five|six)"
    r" ?(?:yo|y/o|yr|year|yrs|years)(?:[- ]old)?|\d{1,2} ?(?:months?|mo|mths?)(?:[- ]old)?"
    r"|my (?:son|daughter|boy|girl)|(?:little|baby) (?:sister|brother)|grandson|granddaughter"
    r"|nephew|niece)\b"
)
_AIRWAY_OR_BURN = compiled(
    r"\bcough\w*|\bchok\w*|\bgagg\w*|\bwheez\w*|\bdrool\w*|\bdribbl\w*|\bvomit\w*|\bbeen sick\b"
    r"|\bbeing sick\b|\bthrew up\b|\bthrowing up\b|\bsick (?:everywhere|twice|again)\b"
    r"|\bbreath\w*|\bstridor\b|\bnoisy\b|\bfoam\w*|\bfroth\w*|\bblister\w*|\bburn\w*|\bswollen"
    r"|\bswelling\b|\b(?:will not|cannot|refus\w* to|does not want to) (?:swallow|eat|drink)\b"
    r"|\bdrowsy\b|\bsleepy\b|\bfloppy\b|\blimp\b|\bscreaming\b"
)


_DENIED = compiled(r"\b(?:not|never|no|without)\b")
# already advised that it is harmless, or a day gone by with the child well since: the late
# trouble comes within hours
_CLEARED = compiled(
    r"\b(?:poisons? (?:control|centre|center|line|helpline|unit)|111|doctor|gp|pharmacist|nurse"
    r"|hospital|paediatrician|pediatrician|they|a&e)\b[^.!?]{0,20}\b(?:said|says|told (?:us|me)"
    r"|reassured (?:us|me)|confirmed|checked)\b"
)
_DAY_GONE = compiled(
    r"\b(?:yesterday|last night|(?:\d+|two|three|a few|couple of) days ago|last week)\b"
    r"[^.!?]*[.!?,]?[^.!?]{0,80}\b(?:since|ever since|all day|today|this morning)\b"
)


# only the mouth on it, not swallowed: what ``acute`` leaves to this rule ("bit into a pod")
MOUTHING = compiled(r"\b(?:bit|bitten|chew\w*|lick\w*|suck\w*|nibbl\w*|burst|popped|punctured)\b")


def mouthed_by_child(c: Ctx) -> re.Match[str] | None:
    """A pod or a dishwasher tablet mouthed by a small child, said as current (or None)."""
    f, t = c.f, c.t
    if not _MOUTHED.possible_in(t):
        return None
    mouthed = next((m for m in f.current(_MOUTHED) if not _DENIED.search(m.group(0))), None)
    if mouthed is None or ANIMAL.search(t, max(0, mouthed.start() - 60), mouthed.start()):
        return None
    if not (f.child or f.infant or _SMALL_CHILD.search(t)):
        return None
    return mouthed


def pods(c: Ctx) -> None:
    f, t = c.f, c.t
    mouthed = mouthed_by_child(c)
    if mouthed is None:
        return
    if f.first_current(_AIRWAY_OR_BURN):
        c.hit(
            EMERGENCY,
            "poisoning",
            "a laundry pod or dishwasher tablet in a child's mouth, now unwell",
        )
    elif not (_CLEARED.search(t) or _DAY_GONE.search(t, mouthed.start())):
        c.hit(URGENT, "poisoning", "a laundry pod or dishwasher tablet in a child's mouth")
