"""Triage, 2026-11-29: self-harm read too low on training sets W11 to W15 (independent writers),
fixed by mechanism in the self-harm lexicons and reader. Sentences are ours, written to the same
mechanisms; the look-alikes beside them must stay routine or read as something else.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        # walking to a platform's edge, the train awaited
        "i keep pacing to the edge of the platform. if i go it'll be the next one",
        "drove out to the railway line and parked up. the next express comes through in about "
        "15 minutes",
        # a weapon, a locked door, a threat hung on anyone coming in
        "my daughter is locked in the bathroom screaming she has a razor and she'll use it if we "
        "come in",
        # an overdose told sideways: enough, and a body to be found
        "i know exactly what i've swallowed. i know it's enough. leaving this here so someone "
        "finds me",
        # things given away, worry told to stop soon, a gun sought
        "grandad's been giving away his watches and his fishing gear, told us we won't have to "
        "worry about him much longer, and asked for the key to the gun safe",
        # already done, and how long it takes
        "how long does it take... forget it. i've already done it, just tell me how long it takes",
        # a stepladder under a beam, everything ready
        "stood the stepladder under the beam in the garage. everything is ready now",
        # a pet left, a leaving not the one they think
        "left my cat with my neighbour and gave her my dog too, told her im going away. i am "
        "going away but not how she thinks",
        # affairs settled and a day for it
        "deleted my socials and gave my guitar to my brother. doing it on the 14th",
        # a pet's care handed over, no one left to do it
        "can someone tell my mum the dog needs his tablets at night. i won't be around to do it",
        # a syringe drawn up, the lethal dose known
        "i know the lethal dose and the stuff from work is drawn up in a syringe in my bag",
        # the last words of a message
        "if anyone sees this tell my big brother i love him. im done",
        # worry told to stop, means ready, the house empty
        "don't worry about me anymore. rope is ready and the house is empty until monday",
        # insulin injected all at once, in a learner's present tense
        "i inject all my husband insulin pen tonight, now i shake and sweat a lot",
        # a goodbye in Tagalog, a phone switched off, a rope
        "my cousin message our group 'salamat sa lahat, ingat kayo palagi' then turn off his "
        "phone. he have rope in his room",
        # a hose to the exhaust
        "found my brother in his van in the garage with a hose to the exhaust, he is drowsy",
    ],
)
def test_round_w_self_harm_emergencies(text):
    a = assess(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # self-injury whose wound needs care now: spurting, fat or white tissue showing, opened
        # up, fingers that will not move
        "my brother has cut for years but tonight it is his forearm and it is spurting",
        "cut my wrist and there is fat showing in the gap, is that bad",
        "the cut on my thigh, i did it on purpose, has split open and there's white tissue showing",
        "i have cut again, it opened up and i cannot move my fingers",
        # a goodbye and a pet put in the kennels
        "my uncle texted us 'love you all, im sorry' and his dogs are at the kennels",
        # a poison swallowed and the wish gone since; a learner's bare "want to end"
        "swallowed a bit of the weed killer, throat burning, i don't want to die anymore",
        "i drink the bleach because i want to end. now pain in my chest",
    ],
)
def test_round_w_self_harm_wounds_and_poisons(text):
    a = assess(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # one's funeral pictured
        "lately i picture my funeral and who would cry. not going to do anything though",
        # hitting oneself, counted or in anger
        "punched myself in the head over and over when i got angry earlier. calm now",
        # biting until it bleeds
        "he bites his arms until they bleed when he's upset",
        # a cut counted, shallow
        "cut my thigh a couple of times last night, shallow, i'm ok now",
        # better off without, in chat spelling
        "my kids would be better off w/o me. i'm safe, no plan",
        # the thoughts back after an attempt named
        "discharged after an overdose a few weeks ago and the dark thoughts are coming back. "
        "no plan",
        # a span since a date that runs to now
        "ever since my husband left 3 months ago i want to disappear. i am safe",
    ],
)
def test_round_w_self_harm_urgent(text):
    a = assess(text)
    assert (a.level, a.category) == ("urgent", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "waiting on the platform for the fast train to london, can i take hayfever tablets",
        "my dog is at the kennels while we are away, can i take my malaria tablets with food",
        "everything is ready for the party thursday, any tips to avoid a hangover",
        "i'm done with this diet, is it ok to stop the shakes suddenly",
        "he has a knife in the kitchen drawer that he uses for cooking, is that normal at 15",
        "tried to overdose 10 years ago, doing well now, which vitamins help with energy",
        "how long does an overdose take to work, for a pharmacology exam",
        "my mum is planning her funeral as her cancer is terminal, how do we support her",
        "gracias por todo doctor, the rash has gone",
        "my son stays locked in his room playing games all day, is that normal for a teen",
        "the house is empty until sunday so i'm finally decorating, are paint fumes safe",
        "i will not be around to do it as i'm in hospital next week, can my sister give the cat "
        "his tablets",
        "got my ears pierced, already done it, just want to know how long it takes to heal",
        "a nurse here: the insulin is drawn up for my patient, what needle length is best",
    ],
)
def test_round_w_look_alikes_stay_routine(text):
    assert assess(text).level == "routine", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # a chair to reach the loft, a fall
        "put the chair under the beam to reach the loft and fell off, my ankle is swollen",
        # hitting oneself by accident
        "hit myself on the head with the cupboard door a few times this week, headache since",
        # a pet's bite
        "the dog bit my hand until it bled, do i need a tetanus jab",
        # a cut made by a fence
        "cut my arm on a fence and there is white stuff showing in the gap",
        # a diet's cut
        "been bulking all winter, now i have cut for 3 months and lost 6kg, is that too fast",
        # a walk to a cliff edge for photos
        "walked to the edge of the cliff to take photos and got vertigo, is that an ear thing",
    ],
)
def test_round_w_look_alikes_not_self_harm(text):
    assert assess(text).category != "self_harm", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # widened from the review's phrasings: a day set for "it" after affairs put in order
        "closed my accounts, gave the car keys to my brother. friday is the day",
        "paid off the card, wrote the letters, the 3rd is when i am doing it",
        # means counted out, the others away, no one to stop it
        "tablets all counted on the desk. flatmates away till sunday. no one will interrupt",
        # a gun cabinet's key sought, worry told to stop
        "how do i find the gun cabinet key, after that everyone can stop worrying about me",
        # the line walked, the freight awaited at night
        "sitting by the railway tracks, the freight goes through around midnight",
        # an overdose already done, the time it takes asked
        "already did it, how long does it normally take",
        # last words
        "tell jamie i love him. im done",
        # the pet rehomed, the last thing done
        "found a good home for my cat this morning. that was the last thing. now i can rest",
        # a wound that shows fat, said to be self-made
        "the cut on my arm is wide open with yellow fat in it, i did it myself",
    ],
)
def test_round_w_widened_self_harm_emergencies(text):
    a = assess(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "trainspotting with my son, the freight comes through at 4 so we waited on the platform",
        "found a good home for the kittens, all 5 gone, now i can relax",
        "tell mum i love her, im done with work at 6",
        "nobody will interrupt me at the library, best place to revise",
        "my parents are away till monday so i have the house for a party",
    ],
)
def test_round_w_widened_look_alikes_stay_routine(text):
    assert assess(text).level == "routine", assess(text).reasons


def test_round_w_own_head_punched_in_a_row_is_urgent_self_harm():
    a = assess("punched my own head over and over during a row with my dad, calm now")
    assert (a.level, a.category) == ("urgent", "self_harm"), a.reasons
