"""Triage: the late rules (rules/late_*.py) widened by situation after an independent review of
look-alikes. These sentences are ours. Each case asserts the rule's own reason, so it fails
without the widening even where the learned backstop happens to agree; the near misses must stay
as they were.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage.verdict import assess_with


@pytest.mark.parametrize(
    ("text", "level", "reason"),
    [
        # acting drunk beside an emptied antifreeze bottle, no drink taken: a poisoning
        (
            "my brother is slurring his words and the antifreeze bottle in the garage is empty",
            "emergency",
            "empty antifreeze bottle",
        ),
        # a toxic plant brewed as tea, then sick with yellow vision or a wild pulse (digoxin)
        (
            "my nan brewed tea from leaves she picked, they may have been foxglove, now she is"
            " sick and everything looks yellow",
            "emergency",
            "poisonous plant",
        ),
        # an adrenaline pen used today, however well they seem after
        (
            "my husband jabbed himself with his epipen at lunch after some prawns, says he is ok",
            "emergency",
            "adrenaline pen used today",
        ),
        (
            "gave my daughter her auto injector an hour ago for a peanut reaction, she is calm now",
            "emergency",
            "adrenaline pen used today",
        ),
        # late pregnancy, hardly a kick for hours
        (
            "37 wks and hardly felt him move since last night even after a cold drink",
            "emergency",
            "not felt moving",
        ),
        # a baby under one dropped from a height, a soft swelling on the head
        (
            "my 4 month old rolled off the sofa onto the floor and now has a boggy swelling on"
            " her head",
            "emergency",
            "soft swelling",
        ),
        # a hernia that went back before and now will not, with vomiting or screaming
        (
            "my sons hernia always popped back in but tonight it will not go back in and he has"
            " been sick",
            "emergency",
            "groin lump gone hard",
        ),
        # redcurrant-jelly stool told loosely
        (
            "my 10 month old keeps screaming in bouts and there is a red currant like poo",
            "emergency",
            "redcurrant-jelly",
        ),
        # two or more magnets swallowed, with or without symptoms
        (
            "my daughter swallowed three of the little magnetic beads off her bracelet",
            "emergency",
            "two or more magnets",
        ),
        # a hip after a fall, told by a carer
        (
            "my client in the care home fell, she cannot put any weight on it and her foot is"
            " turned outwards",
            "emergency",
            "foot turned out",
        ),
        # cauda equina: the saddle numb, no wee, a nerve pain down both legs
        (
            "numbness around my privates, unable to pee since this morning and pain in both legs",
            "emergency",
            "saddle",
        ),
        # an LVAD's red (hazard) alarm needs no other sign
        (
            "dad's lvad controller is beeping with a red alarm light",
            "emergency",
            "red alarm",
        ),
        # a stoma with no output, vomiting, a swollen belly
        (
            "nothing in my colostomy bag since yesterday and i keep vomiting",
            "emergency",
            "stoma with no output",
        ),
        # a known abdominal aortic aneurysm, now sudden severe back pain
        (
            "my husband has an aortic aneurysm they are watching and suddenly has agony in his"
            " back",
            "emergency",
            "known aortic aneurysm",
        ),
        # a blow to the throat, now a whisper or a swelling neck
        (
            "took a hockey stick to the throat and can only whisper, my neck is swollen",
            "emergency",
            "blow to the throat",
        ),
    ],
)
def test_widened_late_rules(text: str, level: str, reason: str) -> None:
    a = assess_with(text, None)
    assert a.level == level, (text, a)
    assert any(reason in r for r in a.reasons), (text, a.reasons)


@pytest.mark.parametrize(
    "text",
    [
        # a kitchen's mushrooms are not a wild mushroom
        "had some supermarket mushrooms that were a bit out of date, slight tummy ache",
        # a single fridge magnet question, asked in general
        "what happens if a child swallows two magnets",
        # an empty antifreeze bottle and no one unwell
        "found an empty antifreeze bottle in the shed, how do i get rid of it",
        # an adrenaline pen used long ago
        "used my epipen last summer after a wasp sting, need a new prescription",
        # early pregnancy, no movements felt yet
        "14 weeks pregnant and not felt the baby move yet, is that normal",
        # a toddler's bump from a low fall, playing
        "my 2 year old fell off the sofa, small hard bump on her forehead, playing happily",
        # an amber LVAD battery warning being handled
        "lvad alarm went off with a yellow low battery warning, swapped the batteries",
        # a colostomy working, only sore skin
        "my colostomy is working fine, just sore skin around it",
        # an aneurysm repaired years ago and a mild backache
        "had my aaa repaired 2 years ago, mild back ache from gardening",
        # a numb bottom from a long ride
        "numb bum after a long bike ride yesterday",
        # a throat knock, voice normal
        "got hit in the throat with a ball at cricket, fine now and my voice is normal",
        # a hernia that goes back in
        "my hernia goes back in when i lie down, a bit achy today",
    ],
)
def test_widened_near_misses_stay_low(text: str) -> None:
    a = assess_with(text, None)
    assert a.level != "emergency", (text, a)
