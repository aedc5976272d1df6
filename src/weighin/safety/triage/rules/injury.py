"""Injuries told over more than one sentence (round BA): the wound in one, what it is doing in
the next.

- A wound (a cut, a gash, a knife gone in, a head split open) and then blood that is still
  spurting or pouring, or a towel that is not stopping it, without the word "blood": "split my
  forehead on the kerb, its spurting and a towel isnt stopping it".
- Someone found on the floor, cold or confused or for how long nobody knows: a long lie
  ("found grandma on the floor this morning, cold and confused").
- A fall, a crash or a dive, then a neck in pain and arms or legs tingling or numb: a
  spinal injury until proven otherwise ("fell off the ladder. neck is agony and both arms are
  tingling").

Emergencies only. The flow and the limbs must be current; the wound or the fall may be told in
any sentence, as people tell them first.
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import ANIMAL, Ctx

_WOUND = compiled(
    r"\b(?:gash\w*|laceration|stabbed|impaled|deep cut|the cut|the wound|a cut (?:on|in|to)"
    r"|tore open|ripped open)\b"
    r"|\b(?:split|cut|sliced|slashed) (?:open )?(?:my|his|her|their|the) (?:\w+ )?(?:head"
    r"|forehead|lip|chin|eyebrow|scalp|knee|hand|finger|thumb|arm|leg|foot|face|wrist|palm|shin"
    r"|heel|toe)\b|\b(?:knife|blade|glass|chisel|saw|axe|razor) (?:went|slipped|sliced|cut"
    r"|jammed)\b"
)
# still coming, said of the wound: "its spurting", "still pouring after 20 mins", "a towel isnt
# stopping it" (not rain, sweat, a cold's nose or tears)
_FLOWING = compiled(
    r"\b(?:it is|its|still|keeps|just|is|are) (?:spurting|pouring|gushing|pumping|squirting"
    r"|pissing)\b(?! (?:with |down )?(?:rain|sweat|snot|water|tears|pus))"
    r"|\b(?:towels?|tea towels?|cloths?|bandages?|dressings?|kitchen roll|tissues?|pressure"
    r"|plasters?)\b (?:is not|are not|not|has not|have not|will not|does not|do not|cannot)"
    r" (?:stopping|stopped|stop|helping|holding) (?:it|the flow)\b"
)
_FLOW_ELSE = compiled(
    r"\b(?:rain\w*|sweat\w*|runny|snot|cold|flu|tears|crying|pus|sap|juice|water(?:ing)?|leak\w*"
    r"|nose (?:is )?(?:pouring|running)|eyes?|dribble|drool\w*|milk|outside|weather|off me|heat"
    r"|onions?)\b"
)
_FALL = compiled(
    r"\b(?:fell|fallen|falling)\b (?:off|from|down|out of|over (?:the|a) (?:banister|edge|wall"
    r"|side|handlebars)|onto (?:my|his|her|their) (?:head|neck|back))|\bfall (?:from|off)\b"
    r"|\b(?:car|bike|motorbike|road) (?:crash|accident)\b|\bcrashed (?:my|his|her|the|our|into)"
    r" (?:car|bike|motorbike|van|scooter|into)?|\b(?:came|come|thrown) off (?:my|his|her|the|a)"
    r" (?:bike|horse|motorbike|scooter|trampoline|ladder|roof|wall|quad)\b|\bthrown (?:off|from)\b"
    r"|\b(?:dived|dove|diving) (?:in|into)\b|\bcollision\b|\brear-?ended\b"
)
_NECK_HURT = compiled(
    r"\b(?:neck|spine|back of (?:my|his|her) neck)\b (?:is |feels |really |so )*(?:agony|killing"
    r"|in agony|(?:really |so )?(?:painful|sore)|hurts?|hurting|cracked|clicked)\b"
    r"|\b(?:pain|agony) (?:in|down) (?:my|his|her|their|the) (?:neck|spine)\b"
    r"|\b(?:neck|spine) pain\b"
)
_LIMBS_TINGLE = compiled(
    r"\b(?:both )?(?:arms|legs|hands|feet)\b (?:are |is |have |has |gone |went |feel |feels )*"
    r"(?:tingl\w*|numb|pins and needles)\b"
    r"|\b(?:tingl\w*|numb\w*|pins and needles) (?:in|down) (?:both )?(?:my|his|her|their)? ?"
    r"(?:both )?(?:arms|legs|hands|feet)\b"
)
_FOUND_DOWN = compiled(
    r"\bfound (?:my |our |her |his )?(?:\w+ )?(?:\w+ )?(?:lying |collapsed |sprawled )?on the"
    r" (?:floor|ground|bathroom floor|kitchen floor|landing|stairs)\b"
)
_LONG_LIE = compiled(
    r"\b(?:cold|freezing|confused|muddled|not making sense|cannot get up|could not get up)\b"
    r"|\b(?:no idea|not sure|do not know|does not know) how long (?:she|he|they) (?:was|had been"
    r"|has been|were)\b|\b(?:all|most of the) night\b|\bsince (?:last night|yesterday)\b"
)


def injury(c: Ctx) -> None:
    f, t, hit = c.f, c.t, c.hit
    live = f.first_current
    if (
        (flow := live(_FLOWING))
        and _WOUND.search(t, max(0, flow.start() - 150), flow.start())
        and not _FLOW_ELSE.search(t, *f.sentence_span(flow.start()))
        and not ANIMAL.search(t)
    ):
        hit(EMERGENCY, "bleeding", "a wound still pouring or spurting")
    if (down := live(_FOUND_DOWN)) and _LONG_LIE.search(t, down.end()) and not ANIMAL.search(t):
        hit(EMERGENCY, "other", "found on the floor, cold, confused or down for long (a long lie)")
    if _FALL.search(t) and live(_NECK_HURT) and live(_LIMBS_TINGLE):
        hit(
            EMERGENCY, "other", "possible spinal injury: a fall or crash, neck pain, limbs tingling"
        )
