"""The end-of-session review of rounds AD to AG (triage) and Z to AC (PHI), 2026-11-27: two
helpers wrote some 880 look-alikes against the session's start and found where the new rules
had gone too far or not far enough. Each regression found is pinned here."""

from __future__ import annotations

import pytest

from tests.safety.phi_rules import found
from weighin.safety.phi import find
from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        # a joke guard never hides an act, a means or a time said after it
        "My mate jokingly said he'd kill himself tonight and now he's on the bridge",
        "I joked about it to my friends, but honestly I'm going to kill myself tonight, I've got"
        " the pills.",
        # a frame never hides what happens now in its sentence
        "My son was hit in the head in the rugby game and now he's unconscious and vomiting.",
        "My daughter collapsed in the school play rehearsal and isn't breathing.",
        "At book club tonight a friend collapsed and isn't breathing, someone is doing CPR.",
        "I was telling my son a story about dragons when he started choking on a grape and now he"
        " can't breathe.",
        "Grandad was telling the story of his heart attack when he suddenly slurred and his face"
        " drooped on one side.",
        "While reading a novel my husband suddenly got crushing chest pain and went grey and"
        " sweaty.",
        "I was watching a movie when my daughter collapsed and started fitting, it's been 6"
        " minutes.",
        # calling someone's name is not a phone call
        "Grandad is slumped in his chair, I keep calling his name and he won't answer me.",
        # a razor cut that goes deep is not a nick
        "Slipped while shaving and the razor went deep into my ankle, it won't stop bleeding"
        " despite firm pressure for 30 minutes.",
        # a hernia that "won't go back in" is not "back in 2019"
        "My hernia has gone hard and won't go back in and I've been vomiting for hours.",
        "The out of hours doctor said to take him to the emergency department immediately.",
        "Spreading redness on my arm, shivering, dizzy and I haven't peed since this morning.",
        "I want to die, I've ordered something off the dark web to do it.",
    ],
)
def test_review_emergencies_stay_emergencies(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "My dog's potassium was 7 at the vet, is that dangerous for dogs?",
        "I've been on lithium for 3 years, can I get pregnant?",
        "My mum's consultant said she should go to hospital immediately if her temperature goes"
        " above 38, it's 36.8.",
        "My skin crackles like paper when I bend my fingers in winter, it's so dry.",
        "My foot crackles when I walk, like popping joints, no pain.",
        "My baby is teething, drooling loads, and we live next to a farm where they use"
        " pesticides.",
        "My plants are drowning from overwatering, leaves going yellow.",
        "Our garden is drowning after the floods but everyone is safe.",
        "The sky has gone grey and my asthma is fine, just a bit wheezy when it's humid.",
        "My chest has gone quiet since I stopped smoking, no more rattles! Great news.",
        "My teen is barely rousable in the mornings for school, typical teenager?",
        "My dad has a heart condition and was passing out flyers for the election all day, can"
        " he have a flu jab?",
        "My cat tried to jump out of the window at a bird, should I get a screen?",
        "I took everything out of my medicine cabinet to clean it, how do I dispose of old pills?",
        "My 16 year old has been buying pills off the dark web to get high at parties, how do I"
        " talk to him?",
        "I watched a video of someone choking on TV and now I'm scared to eat, is that a phobia?",
    ],
)
def test_review_look_alikes_are_not_emergencies(text):
    assert assess(text).level != "emergency", assess(text).reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles before a surname that is also a place word
        ("Dr Ward said it is only a sprain", [("Ward", "PERSON_NAME")]),
        ("Dr Wing wants to repeat the bloods", [("Wing", "PERSON_NAME")]),
        # a person after "to the", and a relative's possessive before an institution word
        ("I spoke to the Sarah who runs the diabetes clinic", [("Sarah", "PERSON_NAME")]),
        ("I rang the Ahmed you recommended and he was great", [("Ahmed", "PERSON_NAME")]),
        ("My son Tom's University GP won't refer him", [("Tom", "PERSON_NAME")]),
        ("my dad Arthur's Memorial service is Friday", [("Arthur", "PERSON_NAME")]),
        # relatives named like a hospital named after a person
        ("My son John needs Tommy John surgery at 16", [("John", "PERSON_NAME")]),
        ("my brother Steve at Steve Biko Academic is in ICU", [("Steve", "PERSON_NAME")]),
        # the writer's own number near "switchboard", "letterhead", "order" or "tracking"
        ("The switchboard is useless, text 07700 900461 instead", [("07700 900461", "PHONE")]),
        (
            "Ignore the letterhead, the midwife's own phone: 07700 900462",
            [("07700 900462", "PHONE")],
        ),
        (
            "If the pharmacy calls about the order 07700 900463 is my number",
            [("07700 900463", "PHONE")],
        ),
        ("Tracking: 07700 900471 (my mobile, for the courier)", [("07700 900471", "PHONE")]),
        # an address after a heading that ends in a lower-case place word
        (
            "Post surgery\nStaying at 22 Acacia Avenue, Leeds LS6 2AB",
            [("22 Acacia Avenue, Leeds LS6 2AB", "ADDRESS")],
        ),
        ("the app shows 81.2.69.160 as my IP, is that where I am?", [("81.2.69.160", "IP")]),
    ],
)
def test_review_phi_kept(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "there's a black dot in my vision when I look at the wall",
        "there's a brown dot it's getting bigger on my arm",
        "I worked through the dot com boom and now my back is ruined",
        "our Summer holiday was ruined by my asthma",
        "Big Ben chimed and I had a panic attack",
        "I had a Big Mac and my gallbladder hurt",
        "Grover's disease, the dermatologist said",
        "Valentine's day was spent in A&E",
        "the Evelina's cardiac team were brilliant",
        "Chelsea 2, Arsenal 1 and my blood pressure is through the roof",
        "I give my son calpol and nurofen when he's hot",
        "mi doctor dijo que es normal",
        "the doctor abt the results said nothing",
        "Medication given: Ceftriaxone 1g IV",
        "Reason given: Hypertension, follow up in 2 weeks",
        "Patience, my mother always said, is a virtue",
        "Any advice welcome. God bless you. Amen",
        "DOB 15/08/1962 and 20/11/2024 is my surgery date",
    ],
)
def test_review_phi_look_alikes(text):
    spans = [(s.text, str(s.kind)) for s in find(text)]
    kept = [s for s in spans if s[1] != "DATE_OF_BIRTH" or s[0] != "15/08/1962"]
    assert kept == []
