"""Emergencies of place and exposure: what people far from easy care write about.

A diver's bends, a climber's brain swelling at altitude, tetanus after a dirty wound, malaria
turned severe after travel, a farmer's organophosphate poisoning, gas gangrene, and an injury
whose victim is going into shock (a venomous bite is
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

# a scuba dive to a depth (not a diving board, not a mountain's ascent)
_DIVE = compiled(
    r"\b(?:scuba|decompression|the bends)\b|\b(?:dive|dives|dived|diving)\b[^.!?]{0,20}\b(?:to|at)"
    r" \d+ ?(?:m|metres|meters|ft|feet)\b"
)
_BENDS_SIGN = compiled(
    r"\bnumb\w*|\bweak\w*|\btingl\w*|\bparaly\w*|\bconfus\w*|\bcannot (?:pee|urinate|wee)\b"
    r"|\b(?:can't|cannot|could not) (?:feel|move|walk)\b|\bbreathless\w*|\bshort of breath\b"
    r"|\bjoints? (?:pain|ache|hurts?)\b|\bdizz\w*|\bslurr\w*|\bchest pain\b"
)
_ALTITUDE = compiled(
    r"\b(?:[3-8],?\d{3} ?(?:m|metres|meters)\b|altitude|base camp|acclimati\w+|kilimanjaro"
    r"|everest|annapurna|machu picchu|la paz|cusco)"
)
_HIGH_SICK = compiled(
    r"\bconfus\w*|\bheel to toe\b|\bcannot walk straight\b|\bstaggering\b|\bwalking like"
    r" (?:he|she|they) (?:is|are) drunk\b|\bbreathless\w* (?:at rest|lying down|sitting)\b"
    r"|\bgurgl\w*|\bpink (?:froth|foam)\w*|\bcough\w* up (?:pink|froth|foam)\w*"
)
_LOCKJAW = compiled(
    r"\bjaw(?:'s| is| has)? (?:gone |got )?(?:locked|stiff|clenched|stuck)\b|\block ?jaw\b"
    r"|\bjaw (?:will not|would not|cannot|can not|does not) open\b"
    r"|\b(?:cannot|can't|can not)"
    r" open (?:my|his|her|their) mouth\b"
)
_SPASMS = compiled(
    r"\bspasm\w*|\brigid\b|\barch\w* (?:his|her|my|their) back\b|\bback (?:is |keeps )?arching\b"
    r"|\bcramp (?:in|of) (?:my|his|her|their|the) (?:face|jaw|neck)\b|\b(?:neck|back|stomach|tummy)"
    r" (?:is |muscles are |has gone |went )?(?:stiff|rigid|tight|hard)\b|\bstiff (?:neck|back)\b"
)
_DIRTY_WOUND = compiled(
    r"\bnail\b|\brust\w*|\bsoil\b|\bmanure\b|\bbarbed wire\b|\bthorn\b|\bpuncture\b"
    r"|\bstepped on\b|\b(?:dirty|deep|farm) (?:wound|cut)\b|\bsplinter\w*|\bfester\w*"
)
_JAW_OTHER_CAUSE = compiled(
    r"\btooth|\bteeth\b|\bwisdom\b|\bdentist\w*|\btmj\b|\bgrind\w*|\bbrux\w*|\bclench\w*"
)
_MALARIA_TRAVEL = compiled(
    r"\b(?:ghana|nigeria|kenya|uganda|tanzania|malawi|mozambique|congo|cameroon|sierra leone"
    r"|liberia|mali|india|pakistan|papua|africa|malaria)\b"
)
_BACK_FROM = compiled(r"\b(?:back|returned|came back|got back|home) from\b")
_SEVERE_MALARIA = compiled(
    r"\bconfus\w*|\bdrows\w*|\bfits?\b|\bseizure\w*|\byellow\b|\bjaundic\w*|\b(?:dark|cola|black)"
    r" (?:urine|pee|wee)\b|\burine (?:is )?(?:dark|like cola|black)\b|\bcannot (?:wake|stand)\b"
    r"|\bbreathless\w*|\bnot making sense\b"
)
_INJURED = compiled(
    r"\bfell (?:off|from|down|over)\b|\bhad a (?:bad )?fall\b|\b(?:car|bike|motorbike|road|quad)"
    r" (?:crash|accident)\b|\bcrashed (?:his|her|my|the|their) (?:car|bike|motorbike|quad)\b"
    r"|\baccident\b|\bhit by (?:a|the)\b|\bgored\b|\bkicked by\b|\btrampled\b"
    r"|\bthrown (?:off|from)\b|\bstabbed\b|\bcrushed\b|\brolled (?:on|over) (?:him|her|me|them)\b"
    r"|\bpinned\b|\brun over\b"
)
_SHOCK = compiled(
    r"\b(?:belly|tummy|stomach|abdomen)\b[^.!?]{0,25}\b(?:swollen|swelling|hard|rigid|tight)\b"
    r"|\bpale\b[^.!?]{0,30}\b(?:sweat\w*|cold|clammy|grey|gray)\b"
    r"|\b(?:cold|clammy)\b[^.!?]{0,20}\bpale\b|\btalking less\b|\bless and less\b"
)


# Organophosphates (sheep dip, farm pesticides, nerve agents): the body's secretions let loose
_ORGANOPHOSPHATE = compiled(
    r"\b(?:sheep dip\w*|dipping|organophosphate\w*|pesticide\w*|insecticide\w*|crop spray\w*"
    r"|spraying (?:the )?(?:crops?|fields?)|nerve agent)\b"
)
_CHOLINERGIC = compiled(
    r"\bdrool\w*|\bpupils? (?:\w+ ){0,2}(?:tiny|pinpoint|pin ?point|small)\b|\btwitch\w*"
    r"|\bsweat\w*|\bsalivat\w*|\bfrothing\b"
)


def _sign_kind(m: re.Match[str]) -> str:
    """Drooling, pupils, twitching or sweating: one of each counts (teething drools anyway)."""
    return m.group(0)[:4]


# A limb gone black that smells or crackles: gas gangrene, often after injecting
_GANGRENE = compiled(
    r"\bcrackl\w* (?:under the skin|when (?:i|you|he|she) press\w*)"
    r"|\b(?:skin|arm|leg|wound|hand|foot)\b[^.!?]{0,30}\bcrackl\w*"
)
# ... in a wound or a limb going bad, not dry winter skin or popping joints
_GOING_BAD = compiled(
    r"\bblack\w*|\bdusky\b|\bpurple\b|\bwound\b|\binfect\w*|\binject\w*|\bpus\b|\bstink\w*"
    r"|\bsmell\w*|\bswollen\b|\bfever\w*|\bfeel(?:s|ing)? like death\b"
)
# ... or a limb gone black that stinks, with the person very unwell or after injecting
_BLACK_STINKS = compiled(
    r"\b(?:gone|going|turned|turning) (?:black|dusky|purple)\b[^.!?]{0,60}\b(?:stink\w*|smell\w*"
    r"|pus)\b"
)
_VERY_UNWELL = compiled(
    r"\bfeel(?:s|ing)? like (?:death|i am dying|dying)\b|\binject\w*|\bshiver\w*|\bfever\w*"
    r"|\bconfus\w*|\bdrows\w*|\brigors?\b"
)


def exposures(c: Ctx) -> None:
    f, t, hit = c.f, c.t, c.hit

    live = f.first_current

    if live(_DIVE) and live(_BENDS_SIGN):
        hit(EMERGENCY, "neuro", "numbness, weakness or breathlessness after diving (the bends?)")
    if live(_ALTITUDE) and live(_HIGH_SICK):
        hit(EMERGENCY, "neuro", "confused, staggering or breathless at rest at altitude")
    if (
        live(_LOCKJAW)
        and _SPASMS.search(t)
        and _DIRTY_WOUND.search(t)
        and not _JAW_OTHER_CAUSE.search(t)
        and not ANIMAL.search(t)
    ):
        hit(EMERGENCY, "infection", "a locked jaw and spasms (tetanus?)")
    if c.fever and _BACK_FROM.search(t) and _MALARIA_TRAVEL.search(t) and live(_SEVERE_MALARIA):
        hit(EMERGENCY, "infection", "fever after malaria country with confusion or jaundice")
    if live(_ORGANOPHOSPHATE) and len({_sign_kind(m) for m in f.current(_CHOLINERGIC)}) >= 2:
        hit(EMERGENCY, "poisoning", "drooling, tiny pupils or twitching after a pesticide")
    if (live(_GANGRENE) and _GOING_BAD.search(t)) or (live(_BLACK_STINKS) and live(_VERY_UNWELL)):
        hit(EMERGENCY, "infection", "a limb gone black that smells or crackles (gangrene?)")
    hurt = live(_INJURED)
    if hurt and live(_SHOCK) and not ANIMAL.search(t, max(0, hurt.start() - 25), hurt.start()):
        hit(EMERGENCY, "bleeding", "an injury with signs of shock or bleeding inside")
