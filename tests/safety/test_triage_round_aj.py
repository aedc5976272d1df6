"""Triage rounds AJ, AK, AL and AM (blind sets, 2026-11-27; read after each was scored once).

AJ: children aged 1 to 12, written by parents, grandparents, teachers and childminders. AK: an
ordinary day's mix on a general health site, the emergencies told as plainly as everything else.
Sentences are ours.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        "found my 2 year old with an opened bottle of calpol, it was nearly full, she seems fine",
        "nosebleed for 35 minutes, pinching the whole time, still pouring and he looks pale",
        "my toddler fell down the stairs and won't move his right arm or leg",
        "after her febrile fit she's still not really waking up 20 minutes later",
        "hit on the head by a football at school, now his headache is getting worse and worse",
        "her eye is swollen shut and bulging, it hurts to move it and she has a high temperature",
        "his tummy pain moved to the bottom right, he's vomiting with a fever and screams over "
        "every bump in the road",
        "a pan of boiling pasta water fell on my 3 year old, his chest and arm are blistering "
        "over a big area",
        "my toddler bit through the laptop charger while it was plugged in, burn on her lip",
        "toddler choked on grapes, now a squeaky noise when she breathes in and can't really cry",
        "mum's face has dropped on one side. it happened last week too and went away, but this "
        "time it's been an hour",
        "cut on my leg two days ago, now the whole leg is red, the skin's going dusky and the pain "
        "is unbearable",
        "allergic to peanuts, ate a sauce with them, lips swelling and my throat feels itchy and "
        "tight",
        "the whole family has had headaches and been sick since yesterday and the dog is lying "
        "around not moving",
        "coughing up mouthfuls of bright red blood tonight",
        "my son had his epipen for a peanut reaction 10 minutes ago and he's better now",
    ],
)
def test_round_aj_emergencies(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "how many of the pills in the bathroom would make someone not wake up. asking for me",
        "sorry for posting. I have a plan for tonight and the pills are ready in my bag. I don't "
        "really want to die",
    ],
)
def test_round_aj_self_harm_emergencies(text):
    a = assess(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


def test_round_aj_a_childs_urge_to_hurt_himself():
    a = assess("i get urges to hit my head on the wall when im angry. im 11")
    assert (a.level, a.category) == ("urgent", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "my daughter has an allergy plan. do antihistamines mask the early signs of anaphylaxis?",
        "he says he can't breathe in his new school jumper, the collar is tight, he's fine",
        "could my 2 year old overdose on fluoride toothpaste if she swallows it?",
        "my son keeps asking what overdose means after watching a hospital drama",
        "my brain is having a full seizure trying to do my tax return lol",
        "eyelid twitching all week, scared it's a stroke",
        "in my first pregnancy I had heavy bleeding at 8 weeks but it was fine. 6 weeks now",
        "we're updating our school's first aid policy to cover choking, anaphylaxis and seizures",
        "he was unconscious for a few seconds after falling off a wall when he was 4. he's 10 now",
        "my daughter's baby tooth got knocked out at the park, bleeding stopped, dentist tomorrow",
        "my friend was told there's an overdose risk with her tablets, should she use a pill box?",
        "fever of 38 in my 2 year old, playing and drinking fine. calpol or ibuprofen?",
        "my nephew swallowed a fly and says he is going to die, he's giggling",
        "my son choked on a sweet at easter but coughed it straight out and was fine",
    ],
)
def test_round_aj_hard_negatives_not_emergencies(text):
    assert assess(text).level != "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # the same shapes, not raised: appendicitis that only hurts to walk or jump
        "tummy pain moved to the lower right since this morning, 37.9, hurts to bounce",
        "she doesn't want to jump because her tummy hurts on the right, and she has a temperature",
    ],
)
def test_round_aj_jolts_that_only_hurt_are_not_emergencies(text):
    assert assess(text).level != "emergency", assess(text).reasons


# (the sets' figures after their rounds: test_triage_round_ah.py, one test for the session's)


# Round AL (students and young adults, scored once at ef5dd36: 0.933 / 0.968 / 5.0 %).
@pytest.mark.parametrize(
    "text",
    [
        "asthmatic, at a party, wheezing so bad I've gone quiet and can barely walk",
        "my lips swelled after kissing him, he'd eaten peanuts, and now my voice is going hoarse",
        "type 1 housemate is sweaty, confused and aggressive after drinking, not making sense",
    ],
)
def test_round_al_emergencies(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "the stuff I ordered came today. plan is Saturday when my flatmates think I'm at home",
        "random q but if someone had taken like 20 of their sertraline would they feel it. "
        "asking for me",
    ],
)
def test_round_al_self_harm_emergencies(text):
    a = assess(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "I overdosed on crisps last night lol, how long does bloating last",
        "lecture on paracetamol overdose today, why does liver damage take days to show?",
        "the parcel I ordered came today, plan is Sunday to set up my new desk",
    ],
)
def test_round_al_not_emergencies(text):
    assert assess(text).level != "emergency", assess(text).reasons


# Round AM (English as a second or third language, scored once at 53f201f: 0.900 / 0.774 /
# 5.7 %).
@pytest.mark.parametrize(
    "text",
    [
        "my daughter 3 year breathing very fast, ribs going inside when she breathe, lips little "
        "blue",
        "allergic to penicillin, I took the new antibiotic and now eyes swelling and breathing is "
        "whistling",
        "nose bleeding since one and half hour, I take warfarin, feeling weak",
        "after my tonsil operation 5 days back I am spitting fresh blood again and again",
        "my son cut his arm on glass, blood coming out in pumps, we are pressing",
        "dadi not waking up and her sugar machine says LO",
    ],
)
def test_round_am_emergencies(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "my brother drank the insect killing medicine from the farm after a fight with our uncle",
        "my cousin swallow the bleach after her husband leave her, 10 minute ago",
        "on the hostel roof now. cant anymore. bye",
    ],
)
def test_round_am_self_harm_emergencies(text):
    a = assess(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "since the birth my wife says maybe the baby is better without her, she has not hurt "
        "herself",
        "she dont see the point to live anymore, she says no plan",
        "burned my hand with cigarette today because the feeling inside is too much, not deep",
    ],
)
def test_round_am_self_harm_urgent(text):
    a = assess(text)
    assert a.category == "self_harm" and a.level != "routine", a.reasons


# The final read of the session's late guards: each kept from hiding what happens now, and
# each new wording kept from raising an ordinary one.
@pytest.mark.parametrize(
    "text",
    [
        "i was at a lecture on sepsis when my friend collapsed and isnt responding",
        "she is anaphylactic to nuts and just ate one, her throat is closing",
        "module on asthma was today and now im wheezing so bad i cant talk",
        "ok bye everyone. took all my pills",
    ],
)
def test_late_guards_hide_no_emergency(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "cant anymore with this cold lol, any tips",
        "my lips a little blue after the blueberry smoothie lol",
        "ok thanks for the help, bye",
        "my son is better without the dairy, eczema cleared",
        "plan is Sunday for the bbq, any tips for food poisoning prevention",
    ],
)
def test_late_wordings_raise_no_look_alike(text):
    assert assess(text).level == "routine", assess(text).reasons


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("blocked nose for 2 weeks, cannot breathe from my nose at night, no fever", "routine"),
        (
            "choking on water at lunch yesterday, coughed it out, fine now, throat a bit sore",
            "routine",
        ),
        ("starting my 1 year old on family food and so scared of choking, which foods?", "routine"),
        ("my friend joked i am having a stroke when i mix up words tired, no weakness", "routine"),
        (
            "always scared of choking and now my son is choking on a grape and cant breathe",
            "emergency",
        ),
        (
            "a friend joked he was having a stroke, but now his face is drooping and arm weak",
            "emergency",
        ),
    ],
)
def test_round_am_fears_jokes_and_noses(text, level):
    assert assess(text).level == level, assess(text).reasons
