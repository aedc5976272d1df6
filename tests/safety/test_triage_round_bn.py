"""Triage: what blind set BN (the issue's hard cases, a third writer) showed, read after its first
score: situations, not sentences (these sentences are ours), with the look-alikes that must stay
as they were. Each case runs the rules alone and asserts a word of the rule's reason, so it fails
without the rule even where the learned backstop happens to agree.
"""

from __future__ import annotations

import pytest

from tests.safety.triage_sets import assert_meets_targets
from weighin.safety.triage import assess
from weighin.safety.triage.verdict import assess_with


@pytest.mark.parametrize(
    ("text", "level", "reason"),
    [
        # a dose that "stops a heart" asked, the tablets counted out before one
        (
            "how many amitriptyline 50s stops a heart. ive counted out 60 on the table",
            "emergency",
            "counted out 60",
        ),
        (
            "whats the amount of propranolol that stops your heart. got 40 in front of me",
            "emergency",
            "40 in front of me",
        ),
        # an attempt stopped at the last moment, today
        (
            "almost stepped in front of the train this morning, cant stop shaking",
            "emergency",
            "almost",
        ),
        ("i nearly jumped off the bridge tonight, im still up here", "emergency", "nearly"),
        ("nearly did it last night. pills are still on the side", "emergency", "nearly did it"),
        # the platform's edge when the fast trains come through
        (
            "i keep standing right by the edge when the express trains go through. nearly went"
            " today",
            "emergency",
            "express trains go through",
        ),
        # voices that say one deserves it; a cut one says was made on purpose
        (
            "a voice keeps telling me i deserve to be punished, i am not going to act on it",
            "urgent",
            "voice",
        ),
        ("the voices keep saying i should die, im scared", "urgent", "should die"),
        (
            "small cut on my forearm from yesterday, did it on purpose, it is healing",
            "urgent",
            "cut on my forearm",
        ),
        ("i did the cuts on my thigh myself yesterday, they're healing", "urgent", "myself"),
        # the pain of an old heart attack, back now; a pain the angina spray has not moved
        ("had a heart attack in 2019, the same pain is back now", "emergency", "heart attack"),
        ("same pain as my heart attack is back", "emergency", "back now"),
        ("the pain is back, same as when i had my stent put in", "emergency", "back now"),
        ("used my gtn spray 3 times and the pain hasnt gone", "emergency", "angina spray"),
        # unwell at home, better out of it, a fire or a boiler burning
        (
            "since the new boiler my mum gets headaches and feels sick, better once she goes out",
            "emergency",
            "carbon monoxide",
        ),
        (
            "the kids and i feel sick and dizzy at home since the gas fire went on, fine when we"
            " go outside",
            "emergency",
            "carbon monoxide",
        ),
    ],
)
def test_bn_readings(text: str, level: str, reason: str) -> None:
    a = assess_with(text, None)
    assert a.level == level, (text, a)
    assert any(reason in r for r in a.reasons), (text, a.reasons)


@pytest.mark.parametrize(
    ("text", "highest"),
    [
        # a near miss told as an accident, or days ago
        (
            "i almost stepped in front of a bus while looking at my phone, gave me a fright",
            "routine",
        ),
        ("nearly went into the river when I slipped on the bank fishing", "routine"),
        ("nearly did it on my driving test, so close to passing", "routine"),
        ("i nearly jumped out of my skin when the dog barked", "routine"),
        ("two years ago i nearly jumped off a bridge, now i volunteer for a helpline", "routine"),
        # dizzy on a platform
        (
            "i get dizzy standing near the edge of the platform when the express comes past,"
            " vertigo?",
            "routine",
        ),
        ("i always stand well back when the fast trains come through, they scare me", "routine"),
        # a lethal question for a course, tablets put in a pill box
        ("nurse here, what dose of digoxin stops the heart? revising", "routine"),
        (
            "my son has counted out 20 of his adhd pills for the week into the pill box, how"
            " many is too much",
            "routine",
        ),
        # an inner voice, a cut told with how it happened
        ("my inner voice says i should go to the gym more lol", "routine"),
        ("the cut on my finger, did it slicing bread, is it infected", "routine"),
        # an old return dated, a question about one
        (
            "had a stent in 2020 and the same pain came back last year, turned out to be reflux",
            "routine",
        ),
        ("had a heart attack in 2019, what if the same pain comes back?", "routine"),
        (
            "my gtn spray has run out, can i get more without seeing the gp, no pain at the moment",
            "routine",
        ),
        # a headache that lifts outside, no fire or boiler and no one else unwell
        ("my headache gets better when i go outside for fresh air, is it dehydration", "routine"),
        ("i get headaches at my desk, fine when i go out for lunch, screen time?", "routine"),
        # slang a group uses; a threat on a trivial condition with a laugh
        (
            "my students say kms whenever they get a bad mark, is that just how teens talk",
            "routine",
        ),
        (
            "if i have to sit through one more meeting today im gonna jump out the window lol",
            "routine",
        ),
    ],
)
def test_bn_look_alikes(text: str, highest: str) -> None:
    order = ["routine", "urgent", "emergency"]
    a = assess_with(text, None)
    assert order.index(a.level) <= order.index(highest), (text, a)
    assert a.category != "self_harm", (text, a)


@pytest.mark.parametrize(
    "text",
    [
        "my friend says kms every time we talk and last night she sent me a photo of pills",
        "if i have one more day like this i'm going to kill myself, i have the pills saved",
        "the voices keep saying i should die, im scared",
    ],
)
def test_bn_intent_beside_the_look_alikes_stays(text: str) -> None:
    a = assess(text)
    assert a.category == "self_harm" and a.level != "routine", (text, a)


@pytest.mark.parametrize(
    ("text", "level", "reason"),
    [
        # a treatment one lives by stopped to die or to be with someone gone
        ("i stopped my dialysis so i can be with her again", "emergency", "dialysis"),
        (
            "not taking my anti-rejection tablets any more, i just want to be with him",
            "emergency",
            "anti-rejection",
        ),
        # means got "for it"; none left because all were taken
        ("got a shotgun yesterday for it. not telling anyone", "emergency", "for it"),
        ("theres no tablets left coz i took them all", "emergency", "took them all"),
        # a long lie: a night on a named floor, still down
        ("nan has been on the bathroom floor all night and cant get up", "emergency", "floor"),
        (
            "found grandad in the garden, he fell and has been lying there for hours, cannot stand",
            "emergency",
            "floor",
        ),
    ],
)
def test_bn_left_from_earlier_reviews(text: str, level: str, reason: str) -> None:
    a = assess_with(text, None)
    assert a.level == level, (text, a)
    assert any(reason in r for r in a.reasons), (text, a.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "skipped dialysis today so i can be with my daughter at her graduation",
        "dad wants to stop dialysis, he is 91 and tired, the renal team are talking about"
        " palliative care",
        "bought a pistol today for the range, first lesson tonight",
        "no antibiotics left because i took them all like the gp said, still sore",
        "no tablets left as i took them all as prescribed, need a repeat",
        "i slept on the floor all night at a festival and now my back hurts and i cant get up"
        " without pain",
        "my toddler slept on the bedroom floor all night, can't get him to sleep in his bed",
    ],
)
def test_bn_left_look_alikes(text: str) -> None:
    a = assess_with(text, None)
    assert a.level == "routine", (text, a)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # widened after the session's look-alike review (sentences ours)
        # a disclosure written in one's own book, then told when asked
        (
            "a pupil wrote 'i hate my life i want to die' in her planner, when we asked she said"
            " she has been saving her mums sleeping pills for tonight",
            "emergency",
        ),
        # the heart-stopping question as an "if", the tablets piled beside one
        (
            "if i swallow all 60 of my amitriptyline would my heart stop? they're lined up next to"
            " me",
            "emergency",
        ),
        # a place reached and turned back from, the pull still there
        (
            "stood on the bridge for an hour tonight, couldnt do it, im home now but i want to go"
            " back",
            "emergency",
        ),
        # trains rushing past, the pull of them
        (
            "been on the platform for ages, the trains keep roaring past and i want to let go",
            "emergency",
        ),
        # voices that command it and are about to be obeyed; voices that say one deserves it
        (
            "whispers keep telling me i deserve to suffer, i'm scared i'll do what they say",
            "emergency",
        ),
        ("hearing a man talking in my room when no one is there, he says i should die", "urgent"),
        # a treatment one lives by, thrown away, with a wish to be gone
        ("binned my insulin on friday, i just want it all to be over", "emergency"),
        ("mum stopped going to dialysis and told me its her only way out", "emergency"),
        # a blade taken to one's own skin
        ("pressed a bit of glass along my thigh after school, it stings", "urgent"),
    ],
)
def test_bn_widened(text: str, level: str) -> None:
    a = assess_with(text, None)
    assert a.level == level and a.category == "self_harm", (text, a)


@pytest.mark.parametrize(
    "text",
    [
        "in the book the main character wants to die and saves up tablets, is that realistic for a"
        " gcse essay",
        "if i take 2 extra propranolol will my heart stop? i missed a dose",
        "got as far as the cliff path but turned round because of the fog, my knee hurts now",
        "walked into the sea at the beach with the kids, stopped myself from going too deep as the"
        " current was strong",
        "i get tempted to go and watch the fast trains come through but my back hurts",
        "the trains rushing past the platform make me jump every time, anxiety?",
        "writing a short film script where a voice tells the hero he should die, is that realistic",
        "my lads all yell 'kms' whenever they lose at fifa, is that normal",
        "the group chat is full of 'i want to die' over the maths homework lol",
        "used a razor on my legs and got a rash",
        "my kitten scratched me on purpose when i trimmed her claws, does it need cream",
        "this job is my only way out of debt",
    ],
)
def test_bn_widened_look_alikes(text: str) -> None:
    a = assess(text)
    assert a.level == "routine", (text, a)


@pytest.mark.parametrize(
    "text",
    [
        # widened after the review: a workout's pulse named by its sport, down within minutes
        "my heart rate hit 175 on the exercise bike, im 30, felt fine, is that too high",
        "pulse was 165 after squash then dropped to 85 within 3 mins, normal?",
        # a slow mend told as easier each week, or better than last week
        "had flu last month, still puffed out on the stairs but each week its a bit easier",
        "a few weeks after a chest infection, short of breath going up hills but better than"
        " last week",
        # croup last night, quiet breathing today
        "croup all night but today she is eating and playing, breathing quiet",
        # a neighbour's smoke, raised politely
        "the man upstairs smokes on his balcony and it pours into our flat, i literally cannot"
        " breathe, how do i bring it up politely",
    ],
)
def test_bn_widened_asides(text: str) -> None:
    a = assess_with(text, None)
    assert a.level == "routine", (text, a)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "heart rate stuck at 160 after my run, took an hour to come down, third time this week",
            "urgent",
        ),
        (
            "croup since yesterday and now a harsh noise when my son breathes in even sitting"
            " still",
            "emergency",
        ),
        ("had covid a month ago and now breathless at rest and getting worse", "emergency"),
    ],
)
def test_bn_widened_asides_keep(text: str, level: str) -> None:
    a = assess_with(text, None)
    assert a.level == level, (text, a)


@pytest.mark.parametrize(
    ("text", "level", "category"),
    [
        # what the rewording probe found (probe_variants.py): up high and saying it, stones in
        # the pockets by the water
        ("my brother is out on the balcony and says he is going to jump", "emergency", "self_harm"),
        ("filled my pockets with rocks, walking down to the canal now", "emergency", "self_harm"),
        # an adult's body part by a possessive noun
        ("crushing pain in my dad's chest, he is sweating", "emergency", "cardiac"),
        (
            "sudden weakness in my husband's left arm and his face has dropped",
            "emergency",
            "stroke",
        ),
        # asthma told in passing does not make a lost speech breathlessness
        (
            "he has asthma. all of a sudden he cannot talk, words wont come out",
            "emergency",
            "stroke",
        ),
        ("asthma attack, cant talk, inhaler not working", "emergency", "breathing"),
        # a gestation opening a later sentence
        (
            "sorry if this is silly. 34 weeks, bad headache and flashing lights, face puffy",
            "emergency",
            "pregnancy",
        ),
    ],
)
def test_bn_reworded(text: str, level: str, category: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == (level, category), (text, a)


@pytest.mark.parametrize(
    "text",
    [
        "on the diving board at the pool and my son wants to jump in",
        "my kids filled their pockets with stones at the beach",
        "had a cough for ages. 3 weeks, still coughing, is that normal",
        "is a pain in my dad's back after gardening anything to worry about",
        # a return dated months or years back is past
        "my chest pain came back last year, they did an angiogram and all was fine, gym ok?",
        "the palpitations came back two years ago and went with beta blockers, can i stop them",
    ],
)
def test_bn_reworded_look_alikes(text: str) -> None:
    a = assess_with(text, None)
    assert a.level == "routine", (text, a)


def test_bn_meets_the_targets_after_its_round() -> None:
    assert_meets_targets("triage_external_bn.jsonl")
