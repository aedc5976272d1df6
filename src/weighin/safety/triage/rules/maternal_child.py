"""Clinical rules for pregnancy and children."""

from __future__ import annotations

import re

from weighin.safety.triage.levels import EMERGENCY, URGENT
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.rules.context import Ctx

_LABOUR = re.compile(r"\b(?:labou?r|contractions?|waters|pregnant|due|birth|baby|midwife)\b")
_PAIN = re.compile(r"\bpains?\b|\bcramp")
_CONTRACTIONS = re.compile(r"\bcontractions\b")
_EAR_PAIN = re.compile(
    r"\bear ?(?:ache|pain)|\bears? (?:hurts?|hurting|is sore|are sore)\b"
    r"|\bpulling (?:at )?(?:his|her|their) ears?\b|\bsore ears?\b"
)
_NO_PAIN = re.compile(
    r"\b(?:no|without|not in|not any|free of|nor) (?:\w+ )?(?:pains?|cramp\w*)(?:,? (?:or|and|nor)"
    r" (?:\w+ )?(?:pains?|cramp\w*))?\b|\bpain[- ]?free\b"
)


_SOMEONE_ELSES_BP = re.compile(
    r"\b(?:mum|mom|mother|dad|father|husband|partner|grandma|grandad|nan|sister|brother)['\u2019]?s"
    r"? "
    r"(?:bp|blood pressure)\b"
)
# round BN: a headache that will not go, after 20 weeks: pre-eclampsia to be ruled out today
_HEADACHE_STAYS = compiled(
    r"\b(?:paracetamol|painkillers?|tablets|calpol|panadol|tylenol)\b[^.!?]{0,25}\b(?:not|nothing"
    r"|never) (?:\w+ )?(?:touch\w*|help\w*|shift\w*|work\w*|budg\w*|doing anything|making a"
    r" difference|shifted|touched|helped)|\b(?:not|nothing) (?:touching|shifting|helping|budging)"
    r" it\b|\b(?:will not|would not|does not|has not|not) (?:go|gone|shift|budge|ease|eased|lift"
    r"|lifted)(?: away)?\b|\ball day\b|\bsince yesterday\b|\bfor (?:\d|two|three|a couple of)"
    r" days\b|\bconstant\b|\bpersistent\b|\bkeeps? coming back\b"
)
_DATED_TEST = compiled(
    r"\bpositive (?:pregnancy |preg |home )?test (?:last week|yesterday|last night|this week"
    r"|(?:\d|a few|two|three|four|five) days ago|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"(?![^.!?]{0,60}\b(?:gone|went away|settled|stopped)\b)"
)
_BP_FINE = compiled(
    r"\b(?:bp|blood pressure)\b[^.!?]{0,25}\b(?:fine|normal|good|ok|okay|perfect)\b"
    r"|\b1[0-3]\d/[5-8]\d\b"
)


# movements felt again since: "had a cold drink and now she's kicking loads"
_MOVING_AGAIN = compiled(
    r"\b(?:now|again)\b(?:(?!\bnot\b)[^.!?]){0,20}\b(?:kick\w*|moving|wriggl\w*)\b"
    r"|(?<!not )(?<!no )(?<!normally )(?<!usually )(?<!always )(?<!often )\b(?:kick\w*|moving"
    r"|wriggl\w*) (?:loads|again|now)\b"
)


# movements not yet felt: "havent felt any kicks yet"
_NOT_YET = re.compile(r"\byet\b|\bfirst (?:baby|pregnancy)\b")


def pregnancy(c: Ctx) -> None:
    f, t, on, hit, pregnant, postpartum, severe_breath, faintish, fever = (
        c.f,
        c.t,
        c.on,
        c.hit,
        c.pregnant,
        c.postpartum,
        c.severe_breath,
        c.faintish,
        c.fever,
    )
    if on("birth_imminent") and (pregnant or _LABOUR.search(t)):
        hit(EMERGENCY, "pregnancy", "birth under way (head showing or urge to push)", 5)
    if pregnant or postpartum:
        ga = f.ga_weeks
        bleed = on("preg_bleed") and not on("spotting")
        heavy = on("bleed_severe") or bool(re.search(r"\bclots?\b|\bheavily\b|\ba lot\b", t))
        pain = on("abdo_severe") or (
            on("abdo_pain")
            and bool(
                re.search(r"\b(?:severe|really bad|so bad|terrible|sharp|cramping really)\b", t)
            )
        )
        if bleed and (heavy or pain or (ga is not None and ga >= 20) or faintish):
            hit(EMERGENCY, "pregnancy", "heavy bleeding or bleeding with pain in pregnancy")
        elif bleed:
            hit(URGENT, "pregnancy", "bleeding in pregnancy")
        if on("spotting"):
            hit(URGENT, "pregnancy", "spotting in pregnancy")
        if on("abdo_severe") or (pain and on("sudden")):
            hit(EMERGENCY, "pregnancy", "severe abdominal pain in pregnancy")
        if (on("severe_headache") or on("headache")) and (
            on("preg_visual") or on("hands_face_swell") or on("vision_sudden")
        ):
            hit(EMERGENCY, "pregnancy", "headache with vision changes or swelling (pre-eclampsia)")
        elif on("preg_visual") or on("severe_headache"):
            hit(URGENT, "pregnancy", "headache or vision changes in pregnancy")
        elif (
            on("headache")
            and on("bp_word")
            and ga is not None
            and ga >= 20
            and not _BP_FINE.search(t)
        ):
            # a headache beside a blood pressure being watched: checked for pre-eclampsia today
            hit(URGENT, "pregnancy", "headache in later pregnancy with a blood pressure concern")
        elif on("headache") and ga is not None and ga >= 20 and _HEADACHE_STAYS.search(t):
            hit(URGENT, "pregnancy", "a headache after 20 weeks that will not go (pre-eclampsia?)")
        if on("itch_preg"):
            hit(URGENT, "pregnancy", "itching of palms and soles in pregnancy")
        if on("hands_face_swell") and on("sudden"):
            hit(URGENT, "pregnancy", "sudden swelling in pregnancy")
        if on("waters_broke"):
            if ga is not None and ga < 37:
                hit(EMERGENCY, "pregnancy", "waters broke before 37 weeks")
            else:
                hit(URGENT, "pregnancy", "waters broke")
        if on("cord_prolapse"):
            hit(EMERGENCY, "pregnancy", "umbilical cord coming out")
        elif on("vaginal_presence") and pregnant and on("waters_broke", "contractions_regular"):
            hit(EMERGENCY, "pregnancy", "something coming down after the waters broke")
        if on("preg_trauma") and pregnant:
            if on("preg_bleed", "spotting", "abdo_pain", "abdo_severe") or re.search(
                r"\bpains?\b|\bcramp|\bcontraction|\btighten", t
            ):
                hit(EMERGENCY, "pregnancy", "fall or blow to the bump with pain or bleeding")
            else:
                hit(URGENT, "pregnancy", "fall or blow to the bump")
        if (
            on("spotting")
            and ga is not None
            and ga >= 20
            and (on("abdo_pain", "abdo_severe") or _PAIN.search(_NO_PAIN.sub(" ", t)))
        ):
            hit(EMERGENCY, "pregnancy", "bleeding with pain after 20 weeks")
        moving_again = _MOVING_AGAIN.search(t)
        if on("no_movement") and not (ga is not None and ga < 24) and not moving_again:
            hit(EMERGENCY, "pregnancy", "baby not moving")
        elif on("less_movement", "no_movement") and not (
            ga is not None and ga < 20 and _NOT_YET.search(t)
        ):
            # (before 20 weeks, not felt yet is expected: "first baby, 17 weeks, not felt
            # anything yet")
            # (before 24 weeks, movements not felt yet are often not yet due: a midwife today)
            hit(URGENT, "pregnancy", "baby moving less than usual")
        if on("contractions_regular") or (on("pregnant") and _contractions_now(c)):
            if ga is not None and ga < 37:
                hit(EMERGENCY, "pregnancy", "contractions before 37 weeks")
            else:
                hit(URGENT, "pregnancy", "contractions")
        early = (ga is not None and ga < 14) or bool(
            re.search(r"\bpositive (?:pregnancy )?test\b|\bearly pregnancy\b|\bectopic\b", t)
            or _LATE_PERIOD.search(t)
        )
        # (the date belongs to the test, not the pain: "positive test last week, mild pain low on
        # the left" reads the clause as past)
        dated_test = f.ignored.get("one_sided_pain") == "past" and _DATED_TEST.search(t)
        if early and (on("one_sided_pain") or dated_test):
            if faintish or on("preg_bleed") or re.search(r"\bshoulder\b", t):
                hit(EMERGENCY, "pregnancy", "one-sided pain in early pregnancy (ectopic?)")
            else:
                hit(URGENT, "pregnancy", "one-sided pain in early pregnancy")
        if on("seizure") or on("unconscious") or on("fainted") or on("collapsed"):
            hit(EMERGENCY, "pregnancy", "seizure or collapse in pregnancy")
        if fever:
            hit(URGENT, "pregnancy", "fever in pregnancy")
        # a home or clinic reading in the second half of pregnancy: pre-eclampsia's first sign
        if (
            pregnant
            and f.bp is not None
            and on("bp_word")
            and (ga is None or ga >= 20)
            and not _SOMEONE_ELSES_BP.search(t)
        ):
            if f.bp[0] >= 160 or f.bp[1] >= 110:
                hit(EMERGENCY, "pregnancy", "severely raised blood pressure in pregnancy")
            elif f.bp[0] >= 140 or f.bp[1] >= 90:
                hit(URGENT, "pregnancy", "raised blood pressure in pregnancy (pre-eclampsia?)")
        if on("urinary"):
            hit(URGENT, "pregnancy", "urinary infection symptoms in pregnancy")
        if on("vomit_persistent"):
            hit(URGENT, "pregnancy", "cannot keep fluids down in pregnancy")
        if on("chest_pain") or severe_breath:
            hit(EMERGENCY, "pregnancy", "chest pain or breathlessness in pregnancy")
        if on("breathless", "chest_pain") and (
            on("cough_blood", "calf") or (on("limb_swollen") and _ONE_LEG.search(t))
        ):
            # a clot gone to the lung, in the months when clots are likeliest
            hit(
                EMERGENCY, "breathing", "breathless, with blood coughed or a swollen leg (clot?)", 5
            )
        if _JUST_BORN.search(t) and _NEWBORN_STRUGGLING.search(t):
            hit(
                EMERGENCY, "pregnancy", "a baby just born who is floppy, blue or not breathing well"
            )
    if _BELLY_WOUND.search(t) and f.first_current(_OPENED):
        # an operation wound on the belly come apart now (not "it opened a little and healed")
        hit(EMERGENCY, "bleeding" if on("bleeding_any") else "other", "a belly wound come open")
    # a pregnancy not yet known: a late period, one-sided pain and faintness or shoulder-tip pain
    if (
        not (pregnant or postpartum)
        and _LATE_PERIOD.search(t)
        and on("one_sided_pain")
        and (faintish or re.search(r"\bshoulder\b", t) or on("preg_bleed", "spotting"))
    ):
        hit(EMERGENCY, "pregnancy", "a late period with one-sided pain and faintness (ectopic?)")


_ONE_LEG = compiled(r"\b(?:one|left|right) (?:leg|calf|thigh)\b")
# A birth just happened where no one was ready ("just had the baby on the bathroom floor").
_JUST_BORN = compiled(
    r"\b(?:just|only just) (?:had|given birth to|delivered) (?:the|my|our|a|her) baby\b"
    r"|\bbaby (?:just )?(?:came|arrived|was born|has been born) (?:on|in|at) (?:the|our|my|home)\b"
    r"|\bgave birth (?:on|in) the (?:\w+ )?(?:floor|car|toilet|bath|bathroom|hallway)\b"
)
_NEWBORN_STRUGGLING = compiled(
    r"\b(?:floppy|limp|blue|grey|gray|not breathing|not crying at all|barely breathing"
    r"|struggling to breathe)\b"
)
# An operation wound on the belly that has come apart ("my c-section wound split open").
_BELLY_WOUND = compiled(
    r"\b(?:c[- ]?section|caesarean|cesarean|section|hysterectomy|appendix|laparotomy|tummy|belly"
    r"|abdominal|hernia|op|operation|surgery)\b"
)
# the wound itself come apart: "the wound just split open", "my scar has burst open"
_OPENED = compiled(
    r"\b(?:wound|scar|incision|stitches|cut)\b(?: (?:has|had|have|just|is|are|all))*"
    r" (?:split|burst|come|came|coming|opened|pulled|gaping|busted) (?:back )?(?:open|apart)\b"
    r"|\b(?:wound|scar|incision) (?:has )?(?:opened|burst|split)\b"
)


_LATE_PERIOD = compiled(
    r"\bperiod (?:is )?(?:\d+|a few|two|three|several|a couple of) (?:weeks?|days?) late\b"
    r"|\bmissed (?:my |a |her )?period\b|\blate period\b"
)
_BABY = compiled(r"\b(?:baby|newborn|infant)\b")
# After a knock, a baby who is quiet, staring or not crying is not "fine".
_QUIET_BABY = compiled(
    r"\b(?:not crying|(?:really|very|unusually|too|strangely|so) quiet|just (?:staring|lying"
    r" there)|staring (?:blankly|into space))\b"
)
# A young baby who is not feeding and cold or mottled, or with a weak cry.
_BABY_UNWELL = compiled(
    r"\b(?:cold to (?:the )?touch|mottled|blotchy|weak (?:little )?cry|grey|gray|floppy)\b"
)


def children(c: Ctx) -> None:
    f, t, on, hit, any_breath, fever = c.f, c.t, c.on, c.hit, c.any_breath, c.fever
    if f.child or f.infant:
        if on("infant_episode") and (f.infant or (c.postpartum and _BABY.search(t))):
            # However brief and however well the baby looks now (a BRUE): an emergency.
            hit(
                EMERGENCY,
                "pediatric",
                "a baby who stopped breathing, went limp or turned blue",
                5,
                sticky=True,
            )
        if on("fontanelle"):
            hit(EMERGENCY, "pediatric", "bulging soft spot on a baby's head")
        if on("high_cry") and f.infant:
            if fever or on("drowsy", "pale_floppy", "vomit_persistent", "nonblanching"):
                hit(EMERGENCY, "pediatric", "high-pitched cry with fever or drowsiness")
            else:
                hit(URGENT, "pediatric", "high-pitched cry in a baby")
        if on("projectile") and f.age_months is not None and f.age_months < 6:
            hit(URGENT, "pediatric", "projectile vomiting in a young baby")
        if fever and f.young_infant:
            hit(EMERGENCY, "pediatric", "fever in a baby under 3 months")
        elif fever and f.infant and f.age_months is not None and f.age_months < 6:
            hit(URGENT, "pediatric", "fever in a baby under 6 months")
        elif fever and f.infant:
            hit(URGENT, "pediatric", "fever in a baby")
        very_high = f.temp >= 40.0 or bool(re.search(r"\bhigh (?:fever|temp)", t))
        if fever and (f.days >= 3 or on("dehydration_mild") or very_high):
            hit(URGENT, "pediatric", "high or prolonged fever in a child")
        if fever and _EAR_PAIN.search(t):
            hit(URGENT, "pediatric", "ear pain with a fever in a child")
        if (
            f.young_infant
            and (on("not_feeding") or on("jaundice"))
            and (on("drowsy") or re.search(r"\bsleepy\b|\blethargic\b", t))
        ):
            hit(EMERGENCY, "pediatric", "young baby sleepy and not feeding")
        elif f.young_infant and on("not_feeding") and _BABY_UNWELL.search(t):
            hit(EMERGENCY, "pediatric", "young baby not feeding, cold, mottled or weak")
        elif f.young_infant and on("not_feeding"):
            hit(URGENT, "pediatric", "young baby not feeding")
        if on("drowsy") or on("pale_floppy") or (on("inconsolable") and f.infant):
            hit(EMERGENCY, "pediatric", "floppy, drowsy or inconsolable child")
        if on("recession") or (on("breathing_fast") and (fever or any_breath or f.infant)):
            hit(EMERGENCY, "pediatric", "child working hard to breathe")
        if on("dehydration") and (on("fluid_loss") or on("drowsy") or on("vomit_persistent")):
            hit(EMERGENCY, "pediatric", "signs of serious dehydration")
        elif on("dehydration_mild") and (on("fluid_loss") or fever):
            hit(URGENT, "pediatric", "vomiting or fever and drinking less")
        if on("vomit_persistent") or (on("fluid_loss") and f.infant):
            hit(URGENT, "pediatric", "vomiting or diarrhoea in a young child")
        if (
            on("head_injury")
            and f.infant
            and (on("drowsy", "nausea", "confusion") or _QUIET_BABY.search(t))
        ):
            hit(EMERGENCY, "pediatric", "head injury with drowsiness or vomiting")
        if on("stridor") and (c.severe_breath or on("breathless", "recession")):
            hit(EMERGENCY, "pediatric", "noisy breathing in and struggling to breathe")
        elif on("barking") or on("stridor"):
            hit(URGENT, "pediatric", "croup or noisy breathing")
        if on("stool_blood"):
            if on("abdo_pain", "inconsolable", "nausea", "drowsy") or re.search(
                r"\bscream|\b(?:drawing|pulling|pulls|draws) (?:his|her) (?:legs|knees) up\b", t
            ):
                hit(EMERGENCY, "pediatric", "blood in the stool with tummy pain or screaming")
            else:
                hit(URGENT, "pediatric", "blood in the stool")
        if on("nonblanching"):
            hit(EMERGENCY, "pediatric", "rash that does not fade")


def _contractions_now(c: Ctx) -> bool:
    """Contractions said of now, not asked about ("how do I tell Braxton Hicks from real
    contractions?") or denied."""
    return any(c.f.current(_CONTRACTIONS))
