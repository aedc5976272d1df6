"""Clinical rules for bleeding: blood that will not stop, in what it comes from (a wound, the
nose, the gut, after tonsils are out), and when it is no emergency (a small cut that stopped)."""

from __future__ import annotations

import re

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx

# the reason of the urgent deep-wound hit (``verdict`` reads it beside self-harm)
DEEP_WOUND = "deep wound"

# Bleeding reported as over ("stopped now", "it has stopped"), and wounds too small to matter.
# "soaking 2 pads an hour for 3 hours" after abortion pills or a miscarriage (not "3 pads a day";
# not pads for milk, a leaking wound or incontinence, nor a period like it for years)
_PADS_AN_HOUR = compiled(
    r"\b(?:soak(?:ed|ing)?|soaks|filling|filled|going through|gone through|went through"
    r"|changing) (?:\d|two|three|four|five|a couple of|several) (?:sanitary |maxi |night "
    r"|period |maternity )?pads (?:an|per|every|each|in an?|in (?:half|one|1)(?: an)?) hour\b"
)
_BLEED_CONTEXT = compiled(
    r"\bbleed\w*|\bblood\b|\bclots?\b|\bperiod\b|\bmiscarr\w*|\babortion\b|\bmisoprostol\b"
    r"|\bpregnan\w*"
    r"|\b(?:gave|given|giving) birth\b|\bpostpartum\b|\bpost-?natal\b|\bd ?& ?c\b|\berpc\b"
    r"|\bhad (?:my|the|our|her) baby\b|\bmaternity pads\b"
)
_PADS_FOR_ELSE = compiled(
    r"\bincontinen\w*|\bleak\w*|\burine\b|\bwee(?:ing|s)?\b|\bpee(?:ing|s)?\b|\bmilk\b|\bbreast\w*"
    r"|\bboobs?\b|\bnursing pads\b|\bulcer\b|\bwound\b|\bpus\b|\babscess\b|\bclear fluid\b"
    # the flow eased since: "went through two pads in an hour earlier but it's calmed down now"
    r"|\b(?:calmed|settled|eased|slowed|stopped|lighter)\b[^.!?]{0,15}\bnow\b"
    r"|\bevery month\b|\bfor years\b|\balways\b|\busually\b"
)
_BLEED_STOPPED = compiled(
    r"(?<!not )(?<!never )(?<!has not )(?<!have not )(?<!had not )(?<!will not )(?<!would not )"
    r"(?<!does not )(?<!did not )(?<!cannot )(?<!wo not )\b(?:stopped|stopped bleeding)"
    r"(?: now| on (?:its|it is) own| by itself| eventually| after \w+(?: \w+)?)?\b(?! \w+ing)"
    r"|\b(?:all |fully |completely )?healed(?: up)? now\b"
)
_MINOR_WOUND = compiled(
    r"\bpaper ?cuts?\b|\bshaving\b|\bnick(?:ed)?\b|\bscratch\b|\bgraze\b|\bbit (?:my|his|her)"
    r" (?:tongue|lip|cheek)\b|\b(?:small|little|tiny"
    r"|minor) (?:cut|wound|nick)\b|\bpimple\b|\bspot\b|\bscab\b"
)
# each one stopped by pinching: "Each one stops after ten minutes of pinching"
_STOPS_WITH_PINCHING = compiled(
    r"\b(?:stops?|stopped|settles?|settled)\b[^.!?]{0,25}\b(?:pinch\w*|pressure|pressing)\b"
)
# ... that a small wound is not: "the razor went deep", "despite firm pressure for 30 minutes"
_NOT_MINOR = compiled(
    r"\bdeep\w*|\bdespite\b|\beven with\b|\b(?:[2-9]\d|twenty|thirty|forty|an hour|hours?)"
    r" (?:min\w*|of pressure)?|\bgaping\b|\bstitches\b"
)
_FORCEFUL = compiled(r"\bspurt\w*|\bpump\w*|\bsquirt\w*|\bsoak\w*|\bpour\w*|\bgush\w*")
_PERIOD = compiled(r"\bperiods?\b|\bmenstrua\w*\b|\bmenorrhagia\b")
# Tonsils out in the last days ("8 days ago", "last week", "day 7 after"), and blood from the
# mouth or throat: not a tonsillectomy years ago or one asked about, not a nosebleed.
_TONSILS = r"\b(?:tonsillectomy|tonsils? (?:out|removed|taken out))\b[^.!?]{0,20}?\b"
_TONSILS_OUT = compiled(
    _TONSILS + r"(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|few|couple of) days? ago\b"
    r"|" + _TONSILS + r"(?:a|one|1|about a|just over a) week ago\b"
    r"|" + _TONSILS + r"(?:last week|this week|yesterday|on (?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day)\b"
    r"|\bday \d{1,2} (?:after|since|post)\b[^.!?]{0,20}\b(?:tonsillectomy|tonsils)\b"
)
_THROAT_BLOOD = compiled(
    r"\b(?:spit\w*|cough\w*|throat|mouth|vomit\w*|throwing up|threw up|clots?|swallowing)\b"
)

_PALE_DIZZY = compiled(r"\b(?:pale|dizzy|light-?headed|faint\w*|clammy|woozy)\b")

# a lot of it, said in the blood's own words ("lots, filled the toilet bowl twice")
_HEAVY_GUT_BLEED = compiled(
    r"\b(?:filled|filling|fills) (?:the )?(?:toilet|bowl|pan|loo)\b|\b(?:toilet|bowl|pan|loo)"
    r" (?:is |was )?(?:full of|filled with|all) (?:blood|red)\b|\bblood\w*,? (?:lots|loads|a lot)\b"
    r"|\b(?:lots|loads|a lot) of (?:fresh |bright red |red |dark )?blood\b"
)
_DIZZY_STANDING = compiled(
    r"\b(?:dizzy|light-?headed|faint|woozy|black(?:ing)? out)\b[^.!?]{0,20}\b(?:when|if|as) (?:i"
    r"|he|she|they) (?:stand|get up|sit up)\b"
)
# "heart feels like it is stopping and starting": a rhythm, not a bleed (no wound between)
_HEART_STOP_START = compiled(
    r"\b(?:heart|pulse|heartbeat)\b(?:(?!\b(?:cut|wound|bleed\w*|nose\w*|blood)\b)[^.!?,]){0,30}"
    r"\bstop\w* and start"
)
# cloth after cloth soaked: "gone through 3 tea towels" (with blood or a wound in the text: not
# towels through a spill)
_THROUGH_CLOTHS = compiled(
    r"\b(?:gone|going|soaked|coming|come|came) through (?:\d+|two|three|four|five|several|a few"
    r"|another)"
    r" (?:tea ?towels?|towels?|bandages?|dressings?|cloths?|t-?shirts?)\b"
)
_BLOOD_OR_WOUND = compiled(
    r"\b(?:blood\w*|bleed\w*|bled|cut|cuts|wound|gash\w*|stab\w*|slic\w*|lacerat\w*)\b"
)
# ... and not blood of another kind, a bleed that stopped, or towels used for something else
# ("gone through 3 towels drying my hair": the use said right after them)
_CLOTHS_BENIGN = compiled(
    r"\bblood (?:tests?|pressure|sugars?|orange|results?)\b"
    r"|(?<!not )(?<!never )(?<!has not )(?<!have not )\bstopped(?: bleeding)?\b"
)
_CLOTHS_USED_FOR = compiled(r"\s*(?:\w+ ){0,2}?(?:drying|sweat\w*|washing|mopping|cleaning)\b")
# the thinner taken many times over (not one double dose): "a whole week gone in 2 days",
# "took it again and again", "been double dosing" (bruises alone, without the doses, are a
# blood test today: a blind set's writer judged them urgent)
_THINNER_EXCESS = compiled(
    r"\b(?:a|the|his|her|my) (?:whole |full )?week(?:'s|s)?(?: worth)?(?: of (?:his|her|my|them"
    r"|tablets|pills))? (?:gone|taken|used)? ?in (?:\d|one|two|three|four) days?\b"
    r"|\b(?:again and again|over and over|(?:all|most|half) (?:of )?(?:the|his|her|my) (?:box"
    r"|packet|pack|strip|bottle))\b"
    r"|\b(?:been|keeps?|kept) (?:double[- ]?dosing|taking (?:extra|double|two))\b"
    r"|\bdouble[- ]?dos\w*\b[^.!?]{0,20}\b(?:all week|for (?:days|a week|\d+ days)|every day)\b"
)
_AFTER_TONSILS = compiled(r"\btonsil(?:lectomy|s out| operation| op|s removed)\b")
_FRESH_BLOOD = compiled(
    r"\b(?:spitting|coughing|bringing) (?:up )?(?:fresh |bright red |red )?blood\b"
    r"|\bfresh (?:red )?blood\b|\bbleeding (?:from|in) (?:my|his|her) (?:throat|mouth)\b"
)


def bleeding(c: Ctx) -> None:
    f, t, on, hit, pregnant, postpartum, faintish = (
        c.f,
        c.t,
        c.on,
        c.hit,
        c.pregnant,
        c.postpartum,
        c.faintish,
    )
    if (
        (pads := f.first_current(_PADS_AN_HOUR))
        and _BLEED_CONTEXT.search(t)
        and not _PADS_FOR_ELSE.search(t)
        and not f.clauses[f.clause_at(pads.start())].habitual
    ):
        hit(EMERGENCY, "bleeding", "soaking pads an hour (heavy bleeding)")
    if on("urine_blood"):
        hit(URGENT, "bleeding", "blood in the urine")
    if on("deep_wound"):
        hit(URGENT, "bleeding", "a deep or gaping wound")
    # read only for heavy bleeding (they are slow patterns, and nothing else asks)
    severe = on("bleed_severe")
    period = severe and bool(_PERIOD.search(t)) and not (pregnant or postpartum)
    stopped = (
        severe and bool(_BLEED_STOPPED.search(t)) and not faintish and not on("bleed_recurrent")
    )
    if on("bleed_severe") and on("urine_blood") and not faintish:
        pass
    elif on("bleed_severe") and stopped and _MINOR_WOUND.search(t):
        pass  # a paper cut or a shaving nick that bled a lot and has stopped
    elif on("bleed_severe") and stopped and not (pregnant or postpartum or on("anticoag")):
        hit(URGENT, "bleeding", "heavy bleeding that has now stopped")
    elif on("bleed_severe"):
        if period and not faintish:
            hit(URGENT, "bleeding", "very heavy period")
        elif postpartum or pregnant:
            hit(EMERGENCY, "pregnancy", "heavy bleeding in pregnancy or after birth", 5)
        elif _MINOR_WOUND.search(t) and not (
            faintish or on("anticoag") or _FORCEFUL.search(t) or _NOT_MINOR.search(t)
        ):
            # a paper cut still oozing after minutes: firm pressure, a doctor if it goes on
            hit(URGENT, "bleeding", "a small wound still bleeding")
        else:
            hit(EMERGENCY, "bleeding", "bleeding that will not stop")
    cloths = f.first_current(_THROUGH_CLOTHS)
    if (
        cloths
        and _BLOOD_OR_WOUND.search(t, *f.sentence_span(cloths.start()))
        and not _CLOTHS_BENIGN.search(t)
        and not _CLOTHS_USED_FOR.match(t, cloths.end())
        and not on("bleed_severe")
    ):
        hit(EMERGENCY, "bleeding", "bleeding through towel after towel")
    if on("nosebleed_long") and not on("bleed_slowing") and not _STOPS_WITH_PINCHING.search(t):
        # with pale, dizzy or faint: the blood lost shows
        severe = on("anticoag", "fainted", "collapsed") or f.first_current(_PALE_DIZZY) is not None
        hit(EMERGENCY if severe else URGENT, "bleeding", "long nosebleed")
    elif on("nosebleed_long"):
        hit(URGENT, "bleeding", "long nosebleed")
    if (f.first_current(_AFTER_TONSILS) or _TONSILS_OUT.search(t)) and f.first_current(
        _FRESH_BLOOD
    ):
        # bleeding after a tonsillectomy, days on: it can turn heavy fast
        hit(EMERGENCY, "bleeding", "fresh bleeding after a tonsil operation")
    if on("vomit_blood_mild") and not on("bleed_severe"):
        hit(URGENT, "bleeding", "streaks of blood in vomit")
    elif on("vomit_blood"):
        hit(EMERGENCY, "bleeding", "vomiting blood")
    if on("cough_blood"):
        if re.search(
            r"\b(?:tablespoon|spoonful|cupful|mouthfuls?|cup|a lot|lots|loads|all (?:morning|"
            r"day|night)|keeps? coming)\b",
            t,
        ):
            hit(EMERGENCY, "bleeding", "coughing up a lot of blood")
        elif not (f.mild("cough_blood") and re.search(r"\bbrush|\bteeth\b|\bgums?\b|\bfloss", t)):
            hit(URGENT, "bleeding", "coughing up blood")
    if on("melena") or on("rectal_blood"):
        heavy = f.first_current(_HEAVY_GUT_BLEED)
        if faintish or on("collapsed") or (heavy and _DIZZY_STANDING.search(t)):
            hit(EMERGENCY, "bleeding", "black or bloody stools with faintness")
        else:
            hit(URGENT, "bleeding", "black or bloody stools")
    if (
        on("bleeding_any")
        and not f.mild("bleeding_any")
        and _TONSILS_OUT.search(t)
        and _THROAT_BLOOD.search(t)
    ):
        # the two weeks after tonsils are out: bleeding from the throat can turn heavy fast
        hit(EMERGENCY, "bleeding", "bleeding after a tonsillectomy")
    if on("wound_deep"):
        hit(URGENT, "bleeding", DEEP_WOUND)
    if on("bleed_recurrent") and not f.mild("bleed_recurrent") and not _HEART_STOP_START.search(t):
        hit(URGENT, "bleeding", "bleeding that keeps restarting")
    if on("anticoag") and on("bleeding_any") and not f.mild("bleeding_any"):
        if (
            on("head_injury", "bleed_severe", "collapsed", "nonblanching")
            or (faintish and not _BLEED_STOPPED.search(t))
            or _THINNER_EXCESS.search(t)
        ):
            # (bleeding with purple blotches, or after doses doubled up: too much in the blood)
            # (light-headed as it bleeds: the blood lost shows)
            hit(EMERGENCY, "bleeding", "bleeding on blood thinners")
        else:
            hit(URGENT, "bleeding", "bleeding on blood thinners")
    if on("trauma_severe"):
        cat = "bleeding" if on("bleeding_any") or re.search(r"stab|shot|chainsaw", t) else "other"
        hit(EMERGENCY, cat, "serious injury", 15)
    if on("spine"):
        hit(EMERGENCY, "other", "possible spinal injury")
