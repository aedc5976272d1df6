"""Emergencies of place and exposure: what people far from easy care write about.

A diver's bends, a climber's brain swelling at altitude, tetanus after a dirty wound, malaria
turned severe after travel, and an injury whose victim is going into shock (a venomous bite is
the ``envenomation`` feature, read in ``acute``).
Each is read whole-text, its key match checked current with ``Facts.status`` (negation, the
past and general questions apply as to any feature), and an animal as the one bitten or hurt
is set aside (a vet's emergency, not the asker's).
"""

from __future__ import annotations

import re

from weighin.safety.triage.levels import EMERGENCY
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import ANIMAL, Ctx
from weighin.safety.triage.scope import ACTIVE

_DIVE = compiled(r"\b(?:dive|dives|dived|diving|scuba|surfacing|surfaced|ascent)\b")
_BENDS_SIGN = compiled(
    r"\bnumb\w*|\bweak\w*|\btingl\w*|\bparaly\w*|\bconfus\w*|\bcannot (?:pee|urinate|wee)\b"
    r"|\b(?:can't|cannot|could not) (?:feel|move|walk)\b|\bbreathless\w*|\bshort of breath\b"
    r"|\bjoints? (?:pain|ache|hurts?)\b|\bdizz\w*|\bslurr\w*|\bchest pain\b"
)
_ALTITUDE = compiled(
    r"\b(?:[3-8],?\d{3} ?(?:m|metres|meters|ft|feet)\b|altitude|base camp|summit|acclimati\w+"
    r"|kilimanjaro|everest|annapurna|machu picchu|la paz|cusco)"
)
_HIGH_SICK = compiled(
    r"\bstumbl\w*|\bdrunk\b|\bheel to toe\b|\bcannot walk straight\b|\bconfus\w*|\bdrows\w*"
    r"|\bbreathless\w* (?:at rest|lying down|sitting)\b|\bgurgl\w*|\bpink (?:froth|foam)\w*"
    r"|\bcough\w* up (?:pink|froth|foam)\w*"
)
_LOCKJAW = compiled(
    r"\bjaw (?:is |has )?(?:locked|stiff|clenched|stuck)\b|\block ?jaw\b|\b(?:cannot|can't|can not)"
    r" open (?:my|his|her|their) mouth\b"
)
_SPASMS = compiled(r"\bspasm\w*|\bstiff\w*|\brigid\b|\barch\w*|\bcramp\w*")
_DIRTY_WOUND = compiled(
    r"\bnail\b|\brust\w*|\bwound\b|\bcut\b|\bsoil\b|\bmanure\b|\bbarbed wire\b|\bthorn\b|\bpuncture"
)
_MALARIA_TRAVEL = compiled(
    r"\b(?:ghana|nigeria|kenya|uganda|tanzania|malawi|mozambique|congo|cameroon|sierra leone"
    r"|liberia|mali|india|pakistan|papua|africa|malaria)\b"
)
_SEVERE_MALARIA = compiled(
    r"\bconfus\w*|\bdrows\w*|\bfits?\b|\bseizure\w*|\byellow\b|\bjaundic\w*|\b(?:dark|cola|black)"
    r" (?:urine|pee|wee)\b|\burine (?:is )?(?:dark|like cola|black)\b|\bcannot (?:wake|stand)\b"
    r"|\bbreathless\w*|\bnot making sense\b"
)
_INJURED = compiled(
    r"\bfell\b|\bfall\b|\bcrash\w*|\baccident\b|\bhit by\b|\bgored\b|\bkicked\b|\btrampled\b"
    r"|\bthrown\b|\bstabbed\b|\bcrushed\b|\brolled (?:on|over)\b|\bpinned\b|\brun over\b"
)
_SHOCK = compiled(
    r"\b(?:belly|tummy|stomach|abdomen)\b[^.!?]{0,25}\b(?:swollen|swelling|hard|rigid|tight)\b"
    r"|\bpale\b[^.!?]{0,30}\b(?:sweat\w*|cold|clammy|grey|gray)\b"
    r"|\b(?:cold|clammy)\b[^.!?]{0,20}\bpale\b|\btalking less\b|\bless and less\b"
)


def exposures(c: Ctx) -> None:
    f, t, hit = c.f, c.t, c.hit

    def live(rx: re.Pattern[str]) -> re.Match[str] | None:
        for m in rx.finditer(t):
            if f.status(m.start(), m.end(), f.clause_at(m.start())) == ACTIVE:
                return m
        return None

    if live(_DIVE) and live(_BENDS_SIGN) and re.search(r"\d ?(?:m|metres|meters|ft|feet)\b", t):
        hit(EMERGENCY, "neuro", "numbness, weakness or breathlessness after diving (the bends?)")
    if _ALTITUDE.search(t) and live(_HIGH_SICK):
        hit(EMERGENCY, "neuro", "confused, staggering or breathless at rest at altitude")
    if live(_LOCKJAW) and (_SPASMS.search(t) or _DIRTY_WOUND.search(t)):
        hit(EMERGENCY, "infection", "a locked jaw and spasms (tetanus?)")
    if (c.fever or on_travel(t)) and _MALARIA_TRAVEL.search(t) and live(_SEVERE_MALARIA):
        hit(EMERGENCY, "infection", "fever after malaria country with confusion or jaundice")
    if live(_INJURED) and live(_SHOCK) and not ANIMAL.search(t):
        hit(EMERGENCY, "bleeding", "an injury with signs of shock or bleeding inside")


def on_travel(t: str) -> bool:
    return re.search(r"\b(?:back from|returned from|came back from|travel\w*)\b", t) is not None
