"""Triage mechanisms found on external sets D and E (spent as blind sets, then read), each
pinned by wording of our own, with the hard negatives each must leave alone. Rules alone (no
learned backstop), so a rule that breaks fails here whatever the model would have rescued."""

from __future__ import annotations

import pytest

from weighin.safety.triage.verdict import assess_with

EMERGENCIES = [
    # toxic fumes, then breathing or chest trouble
    (
        "i mixed two cleaners in the shower and now my chest feels tight and i keep coughing",
        "poisoning",
    ),
    ("chlorine fumes from the pool store room, my breathing is getting harder", "poisoning"),
    # smoke, then a hoarse voice (a burnt airway) or breathing getting tighter
    ("kitchen fire, i breathed in so much black smoke and my voice has gone hoarse", "breathing"),
    # a swelling face after a new drug, swallowing and breathing hard
    (
        "an hour after the new tablets my face began swelling and it is hard to talk and breathe",
        "allergy",
    ),
    # weakness climbing the body, now breathing or swallowing
    (
        "my feet went weak on tuesday, now it's spreading up to my hips and breathing feels harder",
        "neuro",
    ),
    # a baby who stopped breathing, went limp or blue, however well now
    (
        "my 2 month old went floppy and blue in the car seat for a moment, she seems ok now",
        "pediatric",
    ),
    ("newborn stopped breathing for about 10 seconds in his sleep then started again", "pediatric"),
    # submersion, then fast breathing
    (
        "we pulled my daughter out of the lake after she went under, she's breathing really fast",
        "breathing",
    ),
    # a crash, then faint with belly pain
    (
        "came off my motorbike accident an hour ago, now my stomach hurts a lot and i feel faint",
        "other",
    ),
    ("bike crash this morning and now i am really dizzy with bad pain in my left belly", "other"),
    # chest pressure with arm and neck ache and drenching sweat
    ("heavy pressure in my chest, my jaw and arm ache and i am drenched", "cardiac"),
    # stroke signs in other words, with a misspelling
    (
        "i think mum is having a storke, her arm is heavy and her words are not coming out right",
        "stroke",
    ),
    # means in use: a car engine running in a closed garage
    (
        "cant do this anymore. sitting in the car with the engine on and the garage door closed",
        "self_harm",
    ),
    # a large-dose question, then "I already did"
    ("what happens if you swallow 30 of your sleeping tablets? i already did", "self_harm"),
    # a poison drunk because of a wish to die (non-native wording)
    ("my father drink the rat poison because he want to die, now he is shaking", "self_harm"),
    # self-harm: an act about to happen, a ligature ready, wrists opened, a cut gone too far
    ("standing on the roof of the car park now, about to go over the edge", "self_harm"),
    ("the rope is ready and tied in the shed. nobody will miss me", "self_harm"),
    ("slit my wrists in the bathroom, there is a lot of blood", "self_harm"),
    ("cut much deeper than i wanted to on my arm and it won't stop bleeding", "self_harm"),
    # a time and all of a medicine; affairs settled and a gun; letters written and a dose asked
    ("tonight i will take all of my insulin, i am so done", "self_harm"),
    ("my uncle has put his affairs in order and says he is going to use his shotgun", "self_harm"),
    ("have written the letters already. would 25 of my amitriptyline be enough", "self_harm"),
]

ROUTINE = [
    # fumes and smoke with nothing wrong now, or only in general
    "does mixing bleach and vinegar make toxic fumes? asking before i clean the bathroom",
    "we had a small kitchen fire last year, what smoke alarm do you recommend?",
    # a face that swelled from a knock, a spreading rash
    "can a rash spreading up my arm from a plant be poison ivy?",
    # a baby question in general, an adult fainting story
    "if a baby stops breathing, what should you do first?",
    "how do you do cpr on a toddler? i want to be ready",
    "what is the right ratio of compressions to breaths in cpr for adults?",
    # a stroke question, not a stroke
    "my dad had a stroke in 2018, what foods help prevent a stroke?",
    # idioms
    "laughed so hard at the wedding speech that i could not breathe, best day ever",
    "i cannot breathe lol this meme is too much. anyway, is it normal to hiccup after eating?",
    # a crash long ago, drenched by rain
    "since my car accident in 2015 my neck is stiff in the mornings, any stretches?",
    "got drenched in the rain walking home, now a runny nose, just a cold?",
    # self-harm words in ordinary plans
    "my son is about to jump into the pool for the first time, do we need ear plugs?",
    "going to use my rifle at the range this weekend, is that ok with a sore shoulder?",
    "i have written a note for school about her asthma, what should it say?",
    "we put all our affairs in order before the move abroad, which vaccines do we need?",
]


@pytest.mark.parametrize(("text", "category"), EMERGENCIES)
def test_rules_alone_read_an_emergency(text: str, category: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("emergency", category), a.reasons


@pytest.mark.parametrize("text", ROUTINE)
def test_hard_negative_is_not_an_emergency(text: str) -> None:
    a = assess_with(text, None)
    assert a.level != "emergency", a.reasons


def test_ascending_numbness_alone_is_urgent() -> None:
    a = assess_with("tingling in both feet creeping up towards my knees since last week", None)
    assert (a.level, a.category) == ("urgent", "neuro"), a.reasons


def test_a_settled_swelling_read_again_does_not_crash() -> None:
    # The rules re-read an episode that has passed; they once looked up its mention among the
    # active ones only and raised KeyError on this shape of text.
    text = (
        "my mother was seen on monday for a swollen lip and cheek, ice helped and it went away in"
        " a day. this evening the swelling recurred with her tongue and gums now swollen. why?"
    )
    a = assess_with(text, None)
    assert a.level in ("urgent", "emergency"), a.reasons


# --- Mechanisms found on external set F (spent as a blind set, then read) --------------------

EMERGENCIES_F = [
    # angina spray that did not help; a slow pulse written as "pulse 38"
    ("using my nitro spray for the chest tightness, three puffs and it is not helping", "cardiac"),
    (
        "grandad looks dreadful, pale and sweaty, pulse 38 on the machine and nearly passed out",
        "cardiac",
    ),
    # a toddler's red-jelly nappy with screaming and knees pulled up
    (
        "my 18 month old screams then goes quiet, pulls her knees up, red jelly in her nappy",
        "pediatric",
    ),
    # self-harm: plan, means and day said outright; pills in hand; a lie about being fine
    ("i have a plan and i have the stuff, the day is tonight", "self_harm"),
    ("pills in my hand now, i just want it all to stop for good", "self_harm"),
    ("top floor of the car park, keep looking over. told my mum i was fine. i lied", "self_harm"),
    # a blade taken to one's own arm, and the fear of being sectioned
    ("sliced my forearm with a razor blade, cannot go in because they'll section me", "self_harm"),
    # a poison drunk because of a blow in life
    ("my brother drank the weed killer because he lost the farm, he keeps vomiting", "self_harm"),
]

ROUTINE_F = [
    "i cannot breathe without my morning tea haha, is caffeine ok in pregnancy?",
    "choked on my drink laughing at the film, fine now. how do you do back blows on an adult?",
    "that ice cream headache felt like i was having a stroke lol, what causes it?",
    "used my nitro spray once last month and it worked, should i always carry it?",
    "i have a plan to lose weight by the summer, is 1200 calories too low?",
    "my pulse 58 at rest since i started running, is that fine?",
]


@pytest.mark.parametrize(("text", "category"), EMERGENCIES_F)
def test_rules_alone_read_an_emergency_found_on_f(text: str, category: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("emergency", category), a.reasons


@pytest.mark.parametrize("text", ROUTINE_F)
def test_hard_negative_found_on_f_is_not_an_emergency(text: str) -> None:
    a = assess_with(text, None)
    assert a.level != "emergency", a.reasons


def test_a_deep_cut_alone_is_urgent_not_an_emergency() -> None:
    a = assess_with(
        "my son cut his knee on glass, deep enough that we can see fat. stitches?", None
    )
    assert a.level == "urgent", a.reasons
