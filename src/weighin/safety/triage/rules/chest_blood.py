"""The chest and the blood (round AT/AU): emergencies said in plain words.

An asthma attack whose wheeze has gone quiet in a patient now sleepy (a silent chest, not a
recovery); a bleed in haemophilia that the factor given at home has not helped; extra doses of
digoxin with vomiting or the world turned yellow; itching and a wheeze after a scan's contrast
dye, getting worse.

Emergencies only. Each rule pairs its words within one sentence, or a named condition with a
sentence about it, as the belly and head modules do: rules that matched words anywhere in a text
read look-alikes worse (docs/architecture.md, the AR/AS reviews).
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx

# an attack, then the wheeze gone quiet, with a sleepy patient in the same sentence
_SILENT_CHEST = compiled(
    r"\b(?:cannot|can not|could not) hear (?:the |his |her |any )?wheez\w*"
    r"|\bwheez\w* (?:has |have )?(?:stopped|gone quiet|gone silent)\b"
    r"|\bchest (?:has )?(?:gone |is |went )?(?:silent|quiet)\b"
)
_ATTACK = compiled(r"\b(?:asthma )?attack\b")
_SLEEPY = compiled(r"\b(?:sleepy|drowsy|floppy|exhausted|not responding|hard to wake)\b")
# ... and not a recovery: "after the nebuliser the wheeze stopped and she is sleepy"
_BETTER = compiled(
    r"\b(?:better|improv\w*|worked|helped|settled|calmer|breathing (?:easier|normally|fine))\b"
    r"|\bafter (?:the |her |his |a |my )?(?:nebuli[sz]er|neb|inhaler|puffer|steroids?|treatment)\b"
)
_BLEEDING_DISORDER = compiled(r"\b(?:haemophilia|hemophilia|von willebrand\w*|bleeding disorder)\b")
# the home treatment given and failing: "done his factor at home and it's not helping"
_FACTOR_FAILED = compiled(
    r"\b(?:factor|clotting treatment)\b[^.!?]{0,40}\b(?:not (?:helping|working"
    r"|touching it)|has not helped|did not help|made no difference|no difference)\b"
)
_A_BLEED = compiled(r"\bbleed\w*|\bswell\w*|\bswollen\b|\bhuge\b|\bagony\b|\bbruis\w*")
_DIGOXIN_EXTRA = compiled(
    r"\b(?:double|twice|extra|two lots of|too many)\b[^.!?]{0,20}\b(?:digoxin|lanoxin)\b"
    r"|\b(?:digoxin|lanoxin)\b[^.!?]{0,40}\b(?:twice|double|mixed up|by mistake|too many|extra)\b"
)
_DIGOXIN_SIGN = compiled(
    r"\b(?:everything|things|vision|sight|lights?|world)\b[^.!?]{0,20}\b(?:yellow|green)\w*"
    r"|\bhalos?\b|\b(?:throwing up|vomit\w*|being sick|been sick|threw up)\b"
)
# a scan's contrast dye, then an itch and a wheeze in the same sentence
_CONTRAST = compiled(r"\b(?:dye|contrast)\b[^.!?;]{0,20}\b(?:ct|mri|scan|angiogram|x-?ray)\b")
_ITCH = compiled(r"\bitch\w*|\bscratch\w*|\bhives\b|\bwelts\b|\brash\b")
_WHEEZE_WORSE = compiled(
    r"\b(?:wheez\w*|breathing|breath|chest)\b[^.!?]{0,40}\b(?:worse|getting tight\w*|tighter)\b"
)


def chest_blood(c: Ctx) -> None:
    f, hit = c.f, c.hit
    live = f.first_current
    silent = live(_SILENT_CHEST)
    if (
        silent
        and c.asthma
        and _ATTACK.search(c.t)
        and _SLEEPY.search(c.t, *f.sentence_span(silent.start()))
        and not _BETTER.search(c.t)
    ):
        hit(EMERGENCY, "breathing", "asthma attack with a chest gone quiet", 8)
    if _BLEEDING_DISORDER.search(c.t) and live(_FACTOR_FAILED) and _A_BLEED.search(c.t):
        hit(EMERGENCY, "bleeding", "a bleed in a bleeding disorder the factor has not helped")
    extra = live(_DIGOXIN_EXTRA)
    if extra and _DIGOXIN_SIGN.search(c.t, extra.start()):
        hit(EMERGENCY, "poisoning", "extra digoxin, now sick or seeing yellow (toxicity)", 5)
    contrast = live(_CONTRAST)
    if contrast:
        start, end = f.sentence_span(contrast.end())
        if _ITCH.search(c.t, start, end) and _WHEEZE_WORSE.search(c.t, start, end):
            hit(EMERGENCY, "allergy", "itching and a worsening wheeze after contrast dye")
