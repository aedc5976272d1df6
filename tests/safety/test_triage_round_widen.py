"""Triage round widen: the urgent readings of round BL widened by situation (the review's
look-alikes were missed because the rules sat too close to their example sentences), the
emergencies that the review's near misses showed the rules reading lower, and emergencies the
rules left to the learned backstop (a grey sweaty man with a weight on his chest, a mouth pulled
to one side with a useless hand and drunken speech). The sentences are ours. Each case asserts
the rule's own reason, so it fails without the rule.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage.verdict import assess_with


@pytest.mark.parametrize(
    ("text", "level", "reason"),
    [
        # mania: nights without sleep, with fast talk, sprees or schemes, in other words
        (
            "my flatmate hasnt slept in like five days, talks so fast i cant keep up and "
            "booked flights to japan on a whim",
            "urgent",
            "days without sleep",
        ),
        (
            "brother is up all night every night this week, very chatty, giving his money away "
            "to people in the street",
            "urgent",
            "days without sleep",
        ),
        (
            "mum sleeping maybe 1 hour a night, her brain is buzzing and she says she'll be famous",
            "urgent",
            "days without sleep",
        ),
        # pain on a deep breath with a cough bringing up phlegm and a fever or chills
        (
            "coughing up green gunk, hot and cold all night, and it hurts to take a deep breath",
            "urgent",
            "pain on breathing in",
        ),
        (
            "temp 38.4 and a rattly cough, it stabs in my side when he takes a big breath",
            "urgent",
            "pain on breathing in",
        ),
        # a baby with a cold taking half its feeds, or fewer wet nappies
        (
            "my 9 week old is snuffly and takes 60ml instead of 150ml now",
            "urgent",
            "half its feeds",
        ),
        (
            "bub has rsv, only feeding a few minutes each time and only 1 wet nappy since lunch",
            "urgent",
            "fewer wet nappies",
        ),
        (
            "4mo with a runny nose, maybe half what she usually has, diapers much less wet",
            "urgent",
            "half its feeds",
        ),
        # Kawasaki: five days and more of fever with the eyes, mouth, hands or neck
        (
            "my 3yo has had a temperature for six days now, bloodshot eyes and a strawberry tongue",
            "urgent",
            "Kawasaki",
        ),
        (
            "day 6 of fever for my son, his fingertips are peeling and his lips are cracked",
            "urgent",
            "Kawasaki",
        ),
        # Bell's palsy over hours, the eye or the forehead taken, the rest working
        (
            "since last night half my wifes face is slack, she cant shut her eye on that side, "
            "talking normally and arms are fine",
            "urgent",
            "Bell's palsy",
        ),
        (
            "dads face has been drooping on one side since this morning and his forehead wont "
            "wrinkle there, he speaks normally",
            "urgent",
            "Bell's palsy",
        ),
        # a headache worse day by day since a knock
        (
            "knocked my head on the shed door at the weekend, the headache has been getting "
            "worse and worse, 3 days later now",
            "urgent",
            "since a knock",
        ),
        (
            "took a football knock to the head yesterday, headache getting worse today",
            "urgent",
            "since a knock",
        ),
        # a child's limp with no fall or a slight temperature
        (
            "my nephew is 5 and is refusing to walk on his right leg, hasnt fallen",
            "urgent",
            "limping",
        ),
        (
            "granddaughter 4 wont stand on her left leg this morning, slight temperature",
            "urgent",
            "limping",
        ),
        # a toddler's blistered bottom from bath water too hot
        (
            "my 2 year old got in the bath when the water was too hot, blisters on his bum",
            "urgent",
            "blistered burn",
        ),
        # extra thumps or a jumping heart with only a swimmy head
        (
            "getting extra thumps in my chest now and then, a bit swimmy, no pain",
            "urgent",
            "skipped beats",
        ),
        (
            "my heart keeps missing beats this afternoon and im lightheaded now and then",
            "urgent",
            "skipped beats",
        ),
        # cleaners mixed, a cough, now outside and easing
        (
            "mixed bleach with vinegar in the sink, started coughing, sat outside and its easing",
            "urgent",
            "cleaning fumes",
        ),
        (
            "cleaned the loo with bleach and ammonia, coughing since, better out in the garden",
            "urgent",
            "cleaning fumes",
        ),
    ],
)
def test_widened_urgent(text: str, level: str, reason: str) -> None:
    a = assess_with(text, None)
    assert a.level == level, (text, a)
    assert any(reason in r for r in a.reasons), (text, a.reasons)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # a young baby who keeps stopping breathing
        ("my 5 week old keeps pausing breathing for a few seconds then gasps", "apnoea"),
        ("newborn with a cold stops breathing for about 15 seconds again and again", "apnoea"),
        # no wet nappy for half a day, feeds refused
        (
            "no wet nappy for 13 hours and my baby will not take her bottle",
            "no wet nappy for 12 hours",
        ),
        # mania or psychosis somewhere high; a threat to kill with a weapon
        (
            "my son is manic and thinks he can fly, he keeps climbing onto the 5th floor balcony",
            "somewhere high",
        ),
        (
            "my uncle says he is going to kill the man next door and he has a machete",
            "threatening to kill",
        ),
        # days without food or drink, now confused
        (
            "he has been on a bender, has not eaten or drunk anything for 4 days and now he is "
            "confused",
            "days without food or drink",
        ),
        # a feverish child who will not walk and is floppy or screams when the leg is moved
        (
            "my daughter has a high temp, wont walk and cries when we move her leg, she looks "
            "very pale",
            "will not walk",
        ),
        # a whole tube of toothpaste in a small child
        ("my 3 year old ate the whole tube of grown up toothpaste", "whole tube"),
        # a shock from the mains and a heart that feels wrong
        (
            "got a shock off a live cable, now my heart feels weird and fluttery",
            "electric shock and the heart",
        ),
        # a heart attack in other words
        (
            "my husband is grey and clammy and says it is like an elephant on his chest",
            "chest pain",
        ),
        ("my old heart attack pain is back, crushing, sweating, not easing", "old heart attack"),
        (
            "dad is 71 and diabetic, all of a sudden feels sick and is sweating buckets, no pain",
            "older diabetic",
        ),
        # a stroke in other words
        (
            "his mouth is going to one side and he cannot lift the right hand, speaking like a "
            "drunk",
            "face drooping",
        ),
        (
            "mum is confused and suddenly cannot hold a cup, words coming out funny",
            "slurred or lost speech",
        ),
        (
            "chiropractor adjusted my neck this morning, now seeing double and dizzy",
            "neck was manipulated",
        ),
        ("my 4 year old is suddenly walking as if drunk and his eyes are jerking", "flicking"),
        ("everything went doubled all of a sudden and i cant stand up", "double vision"),
        # a thunderclap in other words
        ("the back of my head suddenly exploded with pain an hour ago", "worst-ever headache"),
        # lungs and airway
        (
            "food went down the wrong way, she cannot make any sound and is clutching her throat",
            "no sound",
        ),
        ("my asthmatic son is wheezing and now going quiet and sleepy", "going quiet"),
        ("felt something pop in my chest at the gym and now im short of breath", "popped"),
        # the heart in other words: a pulse that stops and starts with a faint feeling; a
        # collapse at sport with chest pain; a spray that works no more; purging and a skipping
        # heart with weak legs
        ("her pulse keeps stopping and starting and she feels faint", "racing heart"),
        (
            "my 16 yo collapsed playing rugby, came round, now says his chest hurts",
            "a collapse with",
        ),
        (
            "his angina spray normally works in minutes but tonight it has not, he is clammy",
            "spray has not eased",
        ),
        (
            "she has bulimia and keeps purging, her heart is skipping and her legs are like jelly",
            "low potassium",
        ),
        # the neurology: a fit in the water; repeated questions after a knock; a long fit
        (
            "my nephew had a fit in the bath, we got him out, he is coughing",
            "a seizure in the water",
        ),
        (
            "she banged her head on the ice and keeps asking where she is over and over",
            "head injury with red-flag signs",
        ),
        ("he has been fitting for more than 5 minutes now", "a long seizure"),
        # the airway: noisy breath in with a neck struck or swollen; drooling with a fever; a
        # tracheostomy out
        (
            "her neck is swollen from a tooth abscess, high pitched noise when she breathes in",
            "neck",
        ),
        (
            "my daughter is drooling, cannot swallow her own saliva, temp 39.5 and breathing fast",
            "drooling",
        ),
        ("his trach tube fell out and we cant get the new one in", "tracheostomy"),
    ],
)
def test_new_emergencies(text: str, reason: str) -> None:
    a = assess_with(text, None)
    assert a.level == "emergency", (text, a)
    assert any(reason in r for r in a.reasons), (text, a.reasons)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # not mania: worry, a newborn, shifts, exams
        ("revising for exams, havent slept in days, mind keeps racing, tips?", "routine"),
        ("our 2 week old means i havent slept in days and my thoughts are all over", "routine"),
        # the chest wall of a young well person after the gym or a cough: routine
        (
            "my 20 yo has a tender patch on his breastbone after bench press, hurts to touch",
            "routine",
        ),
        # a sip of mouthwash in an adult that has done nothing
        ("whoops swallowed a sip of whitening mouthwash, 40, feel fine", "routine"),
        # a baby feeding a little less, nappies fine
        ("my 7 month old has a cold and is feeding a bit less, lots of wet nappies", "routine"),
        # a Bell's palsy already diagnosed and a general question
        ("what is the difference between bells palsy and a stroke?", "routine"),
        # a limp after a trip that has gone
        ("my 3 year old tripped and limped for a minute, now running about fine", "routine"),
        # a general question about cleaners
        ("can you mix bleach and washing up liquid?", "routine"),
        # a knock a week ago, headache gone
        ("bumped my head last week, slight headache for a day, all fine now", "routine"),
        # a sudden face droop is still a stroke, not Bell's
        (
            "my dads face suddenly dropped on one side ten minutes ago and he cant shut his eye",
            "emergency",
        ),
    ],
)
def test_look_alikes_stay(text: str, level: str) -> None:
    a = assess_with(text, None)
    assert a.level == level, (text, a)
