"""Triage: false alarms of a new writer's set (round calm), by mechanism, in our own sentences:
what is past, taken back, figurative or the ordinary course of things is routine; each has
look-alikes that must stay urgent or emergencies. And a laundry pod in a small child's mouth,
spat out and seemingly fine, is urgent (an emergency with a cough, drooling or vomiting).
Rules alone (no learned model).
"""

from __future__ import annotations

import pytest

from weighin.safety.triage.verdict import assess_with

LEVEL = {"routine": 0, "urgent": 1, "emergency": 2}


def _rules(text):
    return assess_with(text, None)


ROUTINE = [
    # a month names when a knock-out happened
    "got knocked out in a football match back in april, ct was clear. when can i head the ball",
    "I was knocked unconscious boxing in early February, all scans fine, can I spar yet?",
    "knocked out cold in a hockey game in october, had a scan and it was normal. any advice on "
    "returning to contact?",
    "my son was knocked out at rugby in january, hospital said no damage. when can he tackle",
    # a faint, a blackout, a seizure dated years back that never came again
    "passed out for a couple of seconds at a festival 3 years ago, never happened again. can "
    "i join the army?",
    "i blacked out for a few seconds after fainting in church 5 years ago and it has not "
    "happened again. does it matter for a driving licence",
    "my daughter had a seizure two years ago from a fever, never had one again. can she do "
    "swimming lessons",
    # the writer takes it back at once
    "coughed up blood!! oh wait, it was the red wine, sorry",
    "there is blood in my baby's nappy, no wait it was the beetroot puree",
    "his poo was red, turns out it was the red jelly he ate at the party",
    "blood in my wee?? no wait its beetroot lol",
    "my lips look blue, oh it was just the blue slushie",
    "threw up what looked like blood. false alarm, it was the ribena",
    # a neighbour's smoke or smell, asked as a legal question
    "the smoke from next door's bonfire is so bad i can't breathe in my garden, can i report "
    "them to the council?",
    "neighbours smoke weed every night and i literally cannot breathe in my own bedroom, is it "
    "illegal?",
    "our neighbour's wood burner smoke means we can't breathe when we open the windows. who do "
    "i complain to",
    # a chest that hurts from a broken heart, said with a laugh or asking if it is real
    "my girlfriend dumped me and my chest literally hurts haha. can you die of a broken heart?",
    "since the break up my chest hurts lol is that a thing",
    "split up with my fiance last week, my chest actually aches 💔 is takotsubo real?",
    # a baby's evening crying that settles: colic
    "my 5 week old screams and will not stop crying every evening from 6, then settles by 11. "
    "feeding well, no temperature. is it colic?",
    "our newborn cries for hours every night but falls asleep by 1am, otherwise happy. colic?",
    "6 week old will not stop crying every evening, it's driving me mad, she settles by "
    "midnight and feeds fine",
    # a heart rate reached while exercising, felt as fine
    "my heart rate gets to 185 during hiit, i feel fine, is that too high for 28?",
    "watch says my pulse hit 175 while running, no symptoms at all. is that normal",
    "heart rate 165 on the bike at the gym, feel great. normal for my age?",
    "during my 10k my hr was 180 and i felt fine, should i worry?",
    # breathless on hills, weeks after an illness, and getting better
    "had flu 6 weeks ago and still a little breathless on the stairs but improving each week. "
    "is that normal",
    "pneumonia a month ago, still get out of breath going up hills but slowly getting better. "
    "how long does it take",
    "covid 3 months ago, a bit breathless climbing stairs but better every week, when will it go",
    # croup last night, fine this morning
    "my daughter had a croupy barking cough last night but she is totally fine this morning. "
    "nursery ok?",
    "he had croup in the night, this morning he is back to normal and playing. school?",
    # a cut finger that stopped with pressure, dated yesterday
    "sliced my thumb on a tin yesterday, bled a lot but stopped after 10 minutes of pressure. "
    "how long do i keep it covered",
    "cut my finger on a knife 2 days ago, bled loads but stopped when i held pressure on it. "
    "does it need a plaster",
    # a sip or a smear of toiletries swallowed by an adult
    "accidentally swallowed a small sip of mouthwash, should i worry",
    "oops, swallowed a tiny bit of toothpaste while brushing",
    "i swallowed a small gulp of mouthwash by accident",
]


@pytest.mark.parametrize("text", ROUTINE)
def test_past_taken_back_figurative_or_ordinary_is_routine(text):
    a = _rules(text)
    assert a.level == "routine", a.reasons


STAY = [
    # a knock-out now, or one whose month is still to come
    ("got knocked out at rugby this afternoon and keeps being sick", "emergency"),
    ("knocked out playing football just now, he is confused and vomiting", "emergency"),
    # a faint that comes again, or today
    ("fainted twice today and it keeps happening again", "urgent"),
    # taken back only by a serious explanation, or not taken back
    ("vomited blood!! turns out it was a bleeding ulcer, they said", "emergency"),
    ("i am vomiting blood, is it the beetroot?", "emergency"),
    ("vomited blood, no wait, it's getting worse, lots of blood", "emergency"),
    ("coughing up blood, i think it is the red wine but not sure", "urgent"),
    # a neighbour's smoke with a real airway, or no complaint asked
    (
        "neighbours bonfire smoke came in and my son's asthma is bad, wheezing and cannot "
        "breathe, inhaler not working",
        "emergency",
    ),
    ("smoke from next door's fire is filling our flat and i cannot breathe", "emergency"),
    # a broken heart with a heart's signs
    (
        "after my husband left me my chest hurts lol and the pain goes down my left arm and i am "
        "sweating",
        "emergency",
    ),
    ("since the breakup i have crushing chest pain and feel sick", "emergency"),
    # a baby who cries tonight as never before, or with a fever
    (
        "my 4 week old will not stop crying tonight, high pitched scream, never like this",
        "emergency",
    ),
    ("my 5 week old cries every evening and now has a temperature of 38.5", "emergency"),
    # a pulse that stays up at rest, or with symptoms
    ("my heart rate is 190 at rest and i feel dizzy", "emergency"),
    (
        "heart rate hit 210 while running and did not come down when i stopped, chest pain",
        "emergency",
    ),
    # breathless and worse, or at rest
    ("had covid 2 months ago and now more breathless at rest, getting worse", "urgent"),
    # croup that is still there
    ("he had croup last night and he is still barking and breathing noisily now", "urgent"),
    # a cut that will not stop, or on blood thinners
    ("cut my finger yesterday and it is still bleeding a lot through the plaster", "urgent"),
    # a month or years back beside what is happening now
    ("I had a heart attack in March and now crushing chest pain again", "emergency"),
    ("my son had a seizure in june and another one just now", "emergency"),
    ("had surgery in march and the wound bled a lot last night", "urgent"),
    ("my dad had a stroke 2 years ago and his face has been drooping for 10 minutes", "emergency"),
    ("fainted for a few seconds 2 years ago and today fainted again", "urgent"),
    # "never mind" is no retraction; an alarm that went off is not "false" by a landlord's word
    ("my husband has chest pain and is sweating, never mind, he says he is fine", "emergency"),
    (
        "we all have headaches and feel dizzy, the carbon monoxide alarm went off, it is a false "
        "alarm according to the landlord",
        "emergency",
    ),
    # more than a sip, or a child
    ("my toddler drank a bottle of mouthwash and is sleepy", "emergency"),
    ("my 2 year old swallowed a small sip of mouthwash", "emergency"),
]


@pytest.mark.parametrize(("text", "floor"), STAY)
def test_look_alikes_keep_their_level(text, floor):
    a = _rules(text)
    assert LEVEL[a.level] >= LEVEL[floor], a.reasons


POD_URGENT = [
    "my 2 year old bit into a washing capsule and spat it out, no cough, seems fine",
    "toddler chewed a laundry pod, I rinsed her mouth out, she is playing normally",
    "my 18 month old sucked on a fairy non bio capsule, some gel in his mouth, seems ok",
    "my son (3) bit a liquitab, spat it out straight away, what should i do",
    "baby put a dishwasher tablet in her mouth and chewed it a bit, fine so far",
]


@pytest.mark.parametrize("text", POD_URGENT)
def test_laundry_pod_in_a_small_childs_mouth_is_at_least_urgent(text):
    a = _rules(text)
    assert LEVEL[a.level] >= 1, a.reasons
    assert a.category == "poisoning", a.reasons


POD_EMERGENCY = [
    "my toddler bit a laundry pod and now keeps coughing and gagging",
    "2yo bit into a washing capsule, drooling and crying, won't swallow",
    "my 3 year old chewed a laundry capsule and has been sick twice",
]


@pytest.mark.parametrize("text", POD_EMERGENCY)
def test_laundry_pod_with_cough_drool_or_vomit_is_an_emergency(text):
    a = _rules(text)
    assert a.level == "emergency", a.reasons


POD_ROUTINE = [
    "how do i stop my toddler getting into the laundry pods?",
    "are laundry pods dangerous if a child bites one?",
    "my toddler touched a washing capsule but never put it in his mouth",
    "the dog chewed a laundry pod",
    "toddler licked a dishwasher tablet yesterday, poison line said fine, totally normal since",
]


@pytest.mark.parametrize("text", POD_ROUTINE)
def test_pods_not_mouthed_or_already_cleared_stay_routine(text):
    a = _rules(text)
    assert a.level != "emergency", a.reasons
    assert "laundry pod" not in " ".join(a.reasons), a.reasons
