"""Triage: what blind set BL (short posts typed in a hurry) showed, read after its first score
(situations, not sentences: these sentences are ours), and the look-alikes that must stay as they
were. Each case asserts the rule's own reason, so it fails without the rule even where the
learned backstop happens to agree.
"""

from __future__ import annotations

import pytest

from tests.safety.triage_sets import assert_meets_targets
from weighin.safety.triage import assess
from weighin.safety.triage.verdict import assess_with


@pytest.mark.parametrize(
    ("text", "level", "reason"),
    [
        # a goodbye through being found
        ("please dont let my wife be the one who finds me", "emergency", "the one who finds"),
        (
            "i hope its not my little brother who finds me. sorry for everything",
            "emergency",
            "my little brother who",
        ),
        ("hope it is not my mum who finds me when she gets home", "emergency", "my mum who finds"),
        # cuts made on oneself, told beside a low mood: self-injury, urgent (its "today" is
        # when the mood is, not a plan)
        (
            "made some cuts last night, cleaned them up, feel so ashamed today",
            "urgent",
            "made some cuts",
        ),
        # a spreading infection with the skin darkening and a fever or a pain beyond words
        (
            "leg infection spreading, the middle is turning dark and i have a fever of 39",
            "emergency",
            "going dark",
        ),
        (
            "redness spreading from my leg wound, skin getting darker, pain unbearable",
            "emergency",
            "going dark",
        ),
    ],
)
def test_bl_readings(text: str, level: str, reason: str) -> None:
    a = assess_with(text, None)
    assert a.level == level, (text, a)
    assert any(reason in r for r in a.reasons), (text, a.reasons)
    if "finds" in reason or "cuts" in reason:
        assert a.category == "self_harm", (text, a)


@pytest.mark.parametrize(
    "text",
    [
        # scars healed long ago, asked about for their look
        "best concealer for old self-harm scars on my wrists?",
        "self harm scars on my arms from uni, any creams that fade them",
        # a screening question asked at every visit, answered no
        "my psychiatrist asks at every appointment if i am suicidal. i am not. is that standard?",
        "the school nurse asked if she self harms, she does not, they are cat scratches",
        # a story's content worried about
        "my 12yo wants to watch a series, worried about the suicide scenes in it",
        "worried about the self harm storyline in the soap my daughter watches",
        # first aid asked in advance
        "putting together a first aid kit for burns and bleeding for our allotment, what goes in",
        "bee sting first aid? my son starts forest school next week",
        "snake bite first aid? trekking in nepal in the spring",
        # how an auto-injector is used, asked in general
        "how do you use an auto-injector, my daughter was just diagnosed with a nut allergy",
        # near misses of the new readings
        "made a few shallow cuts in the dough, feeling low today",
        "made some cuts to the budget this month, feeling down about it",
        "my dog is always the one who finds me when i hide from the kids",
        "you will be the one who finds me a job lol",
        "i hope its not my mum that finds my keys lol",
    ],
)
def test_bl_set_aside(text: str) -> None:
    a = assess(text)
    assert a.level == "routine", (text, a)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # what must stay: fresh cuts beside old scars, an answer doubted, a kit's emergency
        ("old self harm scars but i cut again last night and its deep and wont stop", "emergency"),
        ("my gp asked if i was suicidal, i said no but i lied, i have a plan", "emergency"),
        ("first aid kit for heavy bleeding is empty and he is bleeding everywhere", "emergency"),
        ("kit for anaphylaxis is empty and his throat is closing", "emergency"),
        ("just got bitten by a snake on my ankle, first aid??", "emergency"),
    ],
)
def test_bl_kept(text: str, level: str) -> None:
    assert assess(text).level == level, (text, assess(text))


@pytest.mark.parametrize(
    ("text", "level", "reason"),
    [
        # widened from the review: a blade taken to one's own skin, told with a low mood
        (
            "my sister used a blade on her tummy last night, its just scratches, shes crying "
            "all the time",
            "urgent",
            "used a blade on her tummy",
        ),
        # a forearm swollen past a small cut, pain beyond its look, and a fever
        (
            "nicked my knuckle on monday, now the whole forearm is swollen and the pain is much "
            "worse than it looks, temp 38.8",
            "emergency",
            "pain beyond what shows",
        ),
        # a red hot foot going blackish with a fever
        (
            "dads foot is red hot and the toes are turning blackish, temp 38.6",
            "emergency",
            "going dark",
        ),
        # a drained boil gone bluish with a fever
        (
            "gp drained an abscess on my thigh, now the skin around it went bluish and i have a "
            "fever",
            "emergency",
            "swollen and dark with fever",
        ),
        # blood still spurting past a tourniquet
        (
            "the blood is still spurting out of her leg even with the belt round it",
            "emergency",
            "will not stop",
        ),
        # hives and a cough that will not stop, the pen at hand
        (
            "my son has hives everywhere and keeps coughing, do i give him his epipen",
            "emergency",
            "hives with breathing",
        ),
    ],
)
def test_bl_widened(text: str, level: str, reason: str) -> None:
    a = assess_with(text, None)
    assert a.level == level, (text, a)
    assert any(reason in r for r in a.reasons), (text, a.reasons)


@pytest.mark.parametrize(
    "text",
    [
        # a screening question answered no, in other words
        "the pharmacist asked if the new tablets were giving me dark thoughts, i said nope",
        "did the phq9, ticked 'not at all' on the question about self harm, score 4, normal?",
        # a thing's age is not a person's
        "my piercing is 5 days old and the skin around it is a bit red, normal?",
        # hives with a cold's cough, no pen and no allergen: a child's viral rash
        "my toddler has hives all over with her cold and keeps coughing",
    ],
)
def test_bl_widened_set_aside(text: str) -> None:
    assert assess_with(text, None).level == "routine", (text, assess_with(text, None))


def test_cared_for_cut_beside_self_harm_is_urgent() -> None:
    # self-harm with a cut already cared for: the question about stitches is no emergency
    a = assess_with(
        "cut my arm yesterday, not deep, cleaned it up, feeling so low. does it need stitches?",
        None,
    )
    assert (a.level, a.category) == ("urgent", "self_harm"), a
    # ... while a cut bleeding on beside a wish to die stays one
    a = assess_with("i want to die, i cut my wrist and its deep and bleeding a lot", None)
    assert a.level == "emergency", a


def test_bl_meets_the_targets_after_its_round() -> None:
    # scored once, unread, at 8b39761 (0.978 / 0.967 / 2.1 %), then read and mended by situation
    assert_meets_targets("triage_external_bl.jsonl")
