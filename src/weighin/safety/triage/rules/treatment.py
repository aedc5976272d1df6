"""Emergencies of treatment and of women's health that rounds AP and AQ brought.

Treatment: a central line come apart or bleeding back, or its site red with a fever or rigors;
a baclofen pump failed with stiffness, fever or confusion; peritoneal dialysis fluid gone cloudy
with belly pain; a dangerous medicine taken too often (methotrexate daily, an immunosuppressant
doubled) with its toxic signs; new confusion on chemotherapy or immune suppression; numbness in
the saddle or the bladder unfelt after spinal surgery; a pacemaker and a pulse of 30 with
near-faints. Women's health: bleeding heavy enough to flood pads, or in pregnancy or after a
miscarriage or a procedure, with faintness or a white face; a belly hard and swollen, or pain of
ten, after a D&C or methotrexate for an ectopic; vomiting in pregnancy to the point of collapse;
a lung that collapsed with a period, the same pain back. Each key match is checked current.
"""

from __future__ import annotations

from weighin.safety.triage.levels import EMERGENCY
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx

_LINE = compiled(
    r"\b(?:hickman|picc|central line|port|portacath|port-a-cath|(?:chemo|iv|picc|hickman|dialysis)"
    r" line|dialysis catheter|permcath|tunnel(?:l)?ed line)\b"
)
# an open line (air can get in, blood can run out), or one pulled out that is bleeding
_LINE_OPEN = compiled(
    r"\b(?:come|came|coming) (?:apart|undone)\b|\bdisconnected\b|\bsplit\b|\bcracked\b"
    r"|\bbleeding back\b|\bblood (?:coming|pouring|running) (?:out|back)\b"
)
_LINE_OUT = compiled(r"\b(?:come|came|coming|fallen|fell|pulled) (?:out|off)\b")
_SITE_RED = compiled(r"\b(?:red|hot|pus|oozing|swollen|tender)\b")
_RIGORS = compiled(r"\brigors?\b|\bshaking\b|\bshivering\b|\bchills\b|\bshakes\b")
_BACLOFEN = compiled(r"\bbaclofen\b|\b(?:intrathecal|itb) pump\b")
_PUMP_FAILED = compiled(
    r"\b(?:pump|it)\b[^.!?]{0,20}\b(?:alarm\w*|beep\w*|stopped|ran out|empty|failed|broke)\b"
)
_WITHDRAWAL_SIGNS = compiled(r"\bstiff\w*|\bspasm\w*|\bitch\w*|\bburning hot\b|\brigid\b")
_PD = compiled(
    r"\b(?:pd|peritoneal dialysis)\b[^.!?]{0,40}\bcloudy\b|\bcloudy\b[^.!?]{0,40}\b(?:pd|bag"
    r"|dialysate|drain(?:age)?|fluid)\b|\b(?:bag|drain(?:age)?|fluid) (?:came out|is|was) cloudy\b"
)
_DAILY_INSTEAD = compiled(
    r"\bmethotrexate\b[^.!?]{0,60}\b(?:every day|daily)\b[^.!?]{0,30}\b(?:instead of|not)"
    r" (?:once a week|weekly)\b|\b(?:every day|daily) instead of (?:once a week|weekly)\b"
    # "taking her weekly methotrexate every single day this week by mistake"
    r"|\b(?:taking|taken|took|take|takes|had|given|giving) (?:her |his |my |their |the )?weekly"
    r" methotrexate (?:tablets? |dose )?(?:every (?:single )?day|daily)\b"
)
# (mouth ulcers and a temperature are for today, as three of our sets label them: bleeding,
# bruising or confusion are not)
_MTX_TOXIC = compiled(r"\bbleed\w*|\bbruis\w*|\bconfus\w*|\bblack (?:stool|poo)\b")
_IMMUNO_DRUG = compiled(
    r"\b(?:tacrolimus|prograf|ciclosporin|cyclosporine|sirolimus|lithium|digoxin|methotrexate"
    r"|phenytoin|theophylline|warfarin|flecainide)\b"
)
_DOUBLED = compiled(
    r"\b(?:double|twice|two doses|extra|too much|too many|by accident|by mistake|overdos\w*)\b"
)
# (a tremor and loose stools after extra lithium are for today, as our sets label them)
_TOXIC_SIGNS = compiled(
    r"\bmuddled\b|\bconfus\w*|\bhas not (?:peed|weed|urinated)\b|\bnot (?:peed|weed|passed"
    r" urine)\b|\bfit\b|\bseizure\b|\bcannot walk\b|\bslurr\w*"
)
_NEW_DELIRIUM = compiled(
    r"\b(?:does not|doesnt|did not) (?:know|recogni[sz]e) (?:who|where|me|us)\b|\bpicking at the"
    r" air\b|\bseeing things\b|\btalking nonsense\b|\bnot making sense\b"
)
_SPINAL_OP = compiled(
    r"\b(?:spinal|spine|back|disc|discectomy|laminectomy|lumbar|fusion) (?:surgery|op|operation)\b"
    r"|\bdiscectomy\b|\blaminectomy\b"
)
_LEGS_WEAKER = compiled(r"\blegs? (?:are |is |getting |feel )?(?:weak|weaker|giving way|numb)\b")
_PACEMAKER = compiled(r"\bpacemaker\b|\bpacing wire\b")
_PULSE_LOW = compiled(r"\b(?:pulse|heart ?rate|hr|heartbeat)\b[^.!?]{0,25}\b(?:[1-3]\d)\b")
_NEAR_FAINT = compiled(
    r"\b(?:nearly|almost) (?:black\w* out|faint\w*|pass\w* out|collaps\w*)\b|\bblack(?:s|ing"
    r"|ed)? out\b"
)
_FLOODING = compiled(
    r"\bflooding\b|\b(?:soak\w*|through|changing) (?:a |my |her )?(?:\w+ )?(?:pads?|tampons?)\b"
    r"[^.!?]{0,30}\bevery (?:\d+|twenty|thirty|ten|fifteen) (?:mins?|minutes)\b"
    r"|\bevery (?:\d+|twenty|thirty|ten|fifteen) (?:mins?|minutes)\b"
    r"|\bheavy for (?:\d+|nine|ten|two weeks)\b|\bclots? (?:the size of|as big as)\b"
)
_PERIOD = compiled(r"\bperiods?\b|\bpads?\b|\btampons?\b|\bbleed\w*|\bflooding\b|\bmenstrua\w*")
_WHITE = compiled(
    r"\b(?:lips|face|she|he|i) (?:are |is |am |has gone |have gone |went |look |looks )?(?:white"
    r"|grey|gray|really pale|so pale|very pale)\b|\bseeing spots\b|\bhands? (?:have |has )?gone"
    r" tingly\b|\bpassed out\b|\bblacking out\b|\bblacked out\b"
)
_AFTER_PROCEDURE = compiled(
    r"\b(?:d ?& ?c|d and c|erpc|smm|biopsy|procedure|operation|surgery|op|c-section|hysterectomy"
    r"|miscarriage|miscarrying|ectopic|methotrexate)\b"
)
_BELLY_HARD = compiled(
    r"\b(?:tummy|belly|stomach|abdomen)\b[^.!?]{0,30}\b(?:harder|hard|swollen|rigid|tense)\b"
    r"|\bpain is (?:10|ten)(?:/10| out of (?:10|ten))?\b|\b10/10\b"
)
_LUNG_BEFORE = compiled(r"\blung (?:collapsed|collapse)\b|\bpneumothorax\b|\bcollapsed lung\b")
_BREATHLESS = compiled(r"\bbreathless\w*|\bshort of breath\b|\bcannot breathe\b")
_COLLAPSING = compiled(
    r"\b(?:cannot|can not|can't) stand(?: up)?\b[^.!?]{0,30}\b(?:black\w* out|faint\w*)\b"
    r"|\bblacking out\b|\b(?:has not|have not|not) (?:weed|peed|passed urine) since\b"
)


def treatment(c: Ctx) -> None:
    f, on, hit = c.f, c.on, c.hit
    live = f.first_current
    if live(_LINE):
        if live(_LINE_OPEN) or (live(_LINE_OUT) and on("bleeding_any")):
            hit(EMERGENCY, "bleeding", "a central line come apart, or out and bleeding")
        if (
            live(_SITE_RED)
            and (c.fever or live(_RIGORS))
            and (on("immunocomp") or live(_RIGORS) or c.high_fever)
        ):
            hit(EMERGENCY, "infection", "a line's site red with a fever or rigors (line sepsis?)")
    if (
        live(_BACLOFEN)
        and live(_PUMP_FAILED)
        and (live(_WITHDRAWAL_SIGNS) or c.fever or on("confusion"))
    ):
        hit(EMERGENCY, "neuro", "a baclofen pump failed, with stiffness, fever or confusion")
    if live(_PD) and on("abdo_pain", "abdo_severe"):
        hit(EMERGENCY, "infection", "cloudy dialysis fluid with belly pain (peritonitis?)")
    if live(_DAILY_INSTEAD) and live(_MTX_TOXIC):
        hit(EMERGENCY, "poisoning", "methotrexate taken daily, with its toxic signs")
    if live(_IMMUNO_DRUG) and (live(_DOUBLED) or on("minor_dose")) and live(_TOXIC_SIGNS):
        hit(EMERGENCY, "poisoning", "too much of a narrow-margin medicine, with its toxic signs")
    if on("immunocomp") and on("confusion") and live(_NEW_DELIRIUM):
        hit(EMERGENCY, "neuro", "new confusion on chemotherapy or immune suppression")
    if on("cauda_equina") and (live(_SPINAL_OP) or live(_LEGS_WEAKER)):
        hit(EMERGENCY, "neuro", "saddle numbness or an unfelt bladder after spinal surgery")
    if (
        live(_PACEMAKER)
        and live(_PULSE_LOW)
        and (on("faint_feel", "fainted", "collapsed") or live(_NEAR_FAINT))
    ):
        hit(EMERGENCY, "cardiac", "a pacemaker and a pulse of 30 with faintness")


def womens(c: Ctx) -> None:
    f, on, hit = c.f, c.on, c.hit
    live = f.first_current
    shocked = on("faint_feel", "fainted", "collapsed") or live(_WHITE)
    if live(_FLOODING) and live(_PERIOD) and shocked:
        hit(EMERGENCY, "bleeding", "bleeding heavy enough to flood pads, with faintness")
    if (c.pregnant or live(_AFTER_PROCEDURE)) and on("preg_bleed", "bleeding_any") and shocked:
        hit(EMERGENCY, "bleeding", "bleeding in pregnancy or after a procedure, with faintness")
    if (
        live(_AFTER_PROCEDURE)
        and live(_BELLY_HARD)
        and (shocked or on("severe_pain_any", "distended"))
    ):
        hit(EMERGENCY, "pregnancy", "a hard, swollen belly or severe pain after a procedure")
    if c.pregnant and on("vomit_persistent", "fluid_loss") and live(_COLLAPSING):
        hit(EMERGENCY, "pregnancy", "vomiting in pregnancy to the point of collapse")
    if (
        _LUNG_BEFORE.search(c.t)  # history by nature: the lung collapsed before
        and on("same_again")
        and (on("breathless", "breath_severe", "chest_pain") or live(_BREATHLESS))
    ):
        hit(EMERGENCY, "breathing", "the pain of a collapsed lung back, with breathlessness")
