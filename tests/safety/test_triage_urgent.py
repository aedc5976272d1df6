"""Urgent presentations the blind sets kept reading as routine (2026-11-27): a limb hurt just now,
swollen and not used; a sandpaper rash with a sore throat or fever; a fever after a trip where
malaria is common; swollen ankles with breathlessness; ear pain with a fever in a child; little
urine with dizziness; a urine infection with fever; a boil with fever; numbness that passed
(a mini-stroke). Each with the neighbours that must stay
routine (swollen ankles alone no longer read as heart failure). Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "my girl 8 came off the monkey bars onto her arm, elbow swollen and she won't bend it",
            "pediatric",
        ),
        (
            "Tripped on the kerb this morning, my wrist is bruised and puffy and I cannot"
            " grip with it",
            "other",
        ),
        (
            "my daughter (5) has a sore throat, temp 38.6 and a rash on her chest that feels rough"
            " like sandpaper",
            "pediatric",
        ),
        (
            "flew home from a safari in Tanzania two weeks ago and now shivering with a fever and"
            " a headache",
            "infection",
        ),
        (
            "fever and sweats on and off since yesterday, I skipped my malaria tablets on the trip",
            "infection",
        ),
        (
            "my feet and ankles are puffy every day now and I get breathless on the stairs,"
            " never used to",
            "cardiac",
        ),
        ("my 3 year old keeps pulling at her ear and has a temp of 38.9, grumpy", "pediatric"),
        (
            "food poisoning since sunday, can't keep much down, peeing very little and light"
            " headed when I stand up",
            "other",
        ),
        ("grandad 80 has fever 38.4 and burning when pee since yesterday", "infection"),
        (
            "I have a boil on my thigh that is huge and throbbing, and a fever since last night",
            "infection",
        ),
        (
            "this morning the right side of my mouth and my right hand went numb for 10 minutes,"
            " then back to normal",
            "stroke",
        ),
    ],
)
def test_urgent_presentations(text: str, category: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("urgent", category), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # past, and better since
        "I twisted my ankle last year, it was swollen and I couldn't move it for a week. Now fine",
        # swollen, used, no injury
        "my ankles are swollen by the evening after work, I can move them fine. Heart pills?",
        # the disease named, no sign of it now
        "i have had scarlet fever 3 times this year, is it normal?",
        "I had malaria in 2015, what are the long term effects?",
        # travel, no fever
        "going to Kenya next month, which malaria tablets are best with my asthma inhaler?",
        "my pee is dark yellow in the mornings, am I not drinking enough water?",
        "how long should I boil water for baby bottles?",
    ],
)
def test_their_neighbours_stay_routine(text: str) -> None:
    assert assess(text).level == "routine"
