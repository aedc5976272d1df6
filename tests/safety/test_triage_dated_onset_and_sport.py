"""Triage: an onset dated years back is history ("the seizures started in 2015, well controlled"),
cliff jumping with friends is a sport, a noise in the ears that will not stop is a symptom; and
the same words beside a present event, a wish or a plan still count. The sentences are ours; the
rules are asserted alone where the rule is what changed, and with the learned backstop where the
backstop was what misread.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess
from weighin.safety.triage.verdict import assess_with


@pytest.mark.parametrize(
    "text",
    [
        "the seizures started in 2015, well controlled on keppra since, can i drive again",
        "my asthma started when i was a kid, hardly use the inhaler now, is it ok to scuba dive",
        "his chest pains started 4 years ago and every test was normal, could it be anxiety",
        "her fits started as a teenager and she has been fit free for ages, can she stop the meds",
        "my migraines with numbness started last year, neurologist said they are hemiplegic"
        " migraines, any tips",
    ],
)
def test_an_onset_dated_years_back_is_history(text: str) -> None:
    a = assess_with(text, None)
    assert a.level == "routine", (text, a)


@pytest.mark.parametrize(
    "text",
    [
        "my seizures started 3 years ago, had one just now and he is still not waking up",
        "chest pain started 10 minutes ago and is going down my left arm",
        "it started an hour ago, her face is drooping and she cant lift her arm",
    ],
)
def test_a_present_onset_still_counts(text: str) -> None:
    assert assess_with(text, None).level == "emergency", text


@pytest.mark.parametrize(
    "text",
    [
        "we went cliff jumping into the sea with my mates yesterday, my ear hurts since",
        "been cliff-jumping into the lake all summer, now a blocked ear, swimmers ear?",
        "my son went cliff jumping into the river with his friends and has a sore back today",
    ],
)
def test_cliff_jumping_for_fun_is_not_self_harm(text: str) -> None:
    a = assess(text)
    assert a.category != "self_harm" and a.level != "emergency", (text, a)


@pytest.mark.parametrize(
    "text",
    [
        "i want to jump off the cliff into the sea tonight, nobody would miss me",
        "thinking about jumping into the sea off the pier tonight",
        "used to go cliff jumping, now i just want to jump off it and not come up. going tonight",
    ],
)
def test_a_jump_with_a_wish_or_a_time_is_still_self_harm(text: str) -> None:
    a = assess(text)
    assert a.category == "self_harm" and a.level == "emergency", (text, a)


@pytest.mark.parametrize(
    "text",
    [
        "my tinnitus is getting louder tonight and i cant make it stop",
        "the ringing in my ears wont stop since the concert, will it go away",
        "buzzing in my head all night and i cant get it to stop, is this tinnitus",
    ],
)
def test_a_noise_that_will_not_stop_is_a_symptom(text: str) -> None:
    a = assess(text)
    assert a.category != "self_harm" and a.level != "emergency", (text, a)


@pytest.mark.parametrize(
    "text",
    [
        "the ringing in my ears wont stop, i cant take it anymore i want to die",
        "tinnitus wont stop and i have the pills ready, tonight im ending it",
    ],
)
def test_a_noise_with_a_wish_is_still_self_harm(text: str) -> None:
    a = assess(text)
    assert a.category == "self_harm" and a.level != "routine", (text, a)


@pytest.mark.parametrize(
    "text",
    [
        # the date is the old attack's, the pain is now
        "same pain as my heart attack 2 years ago, started 20 mins ago",
        "i have the same pain as my heart attack 2 years ago right now",
        "same crushing feeling as my bypass in 2019, came on 10 minutes ago and im sweating",
        "exact same tightness as his heart attack a few years ago, been going 15 min and counting",
    ],
)
def test_a_date_of_the_attack_compared_with_does_not_date_the_pain(text: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("emergency", "cardiac"), (text, a)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # told in the past and explained: history
        (
            "had the same pain as my heart attack 2 years ago last month, turned out to be"
            " reflux. all fine now",
            "routine",
        ),
        # back last week for minutes and gone: for a doctor today
        (
            "had the same feeling as my heart attack last week, lasted about 10 min and went"
            " away, been fine since",
            "urgent",
        ),
    ],
)
def test_a_comparison_told_in_the_past_is_not_now(text: str, level: str) -> None:
    assert assess_with(text, None).level == level, text


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # an unrelated history before the story: a later sentence dated back is another story,
        # and does not close the first over tonight's pain
        (
            "she had a hip replacement a few years ago and takes tablets for her blood pressure."
            " Woke up at 4am with a heavy squeezing pain in the middle of my chest, sweating"
            " through my shirt. Had a stent put in 3 years ago. Is this my heart?",
            "emergency",
        ),
        (
            "my knee was replaced 5 years ago and i use a stick. i had my spleen removed after a"
            " crash years ago. since 2 hours ago i have had shaking chills and a temperature of"
            " 39.6",
            "emergency",
        ),
        # ... while a later point in the story's own sentence still closes it
        (
            "anaphylaxis at 21 after a bee sting, did the venom jabs for 3 years and finished in"
            " 2021. got stung today and just a small itchy lump, did the jabs work?",
            "routine",
        ),
    ],
)
def test_a_story_closes_in_its_own_sentence(text: str, level: str) -> None:
    assert assess_with(text, None).level == level, text
