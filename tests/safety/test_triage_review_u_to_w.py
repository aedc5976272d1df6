"""A review of rounds U, V and W (2026-11-27) wrote look-alikes for each new rule: the ones a
rule first took wrongly, pinned. Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.phi import find
from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        # a course or a test named beside an emergency is no shield for it
        "I'm doing my first aid course this week but right now my son has swallowed bleach",
        "on a first aid course right now and the instructor collapsed, he is not breathing",
        "I'm pregnant, 36 weeks. Negative test for strep B. My waters broke an hour ago, green",
        # cold is a sign too, and swelling lips with "can't breathe through it"
        "There was a cord around her neck in the cot, she's cold and floppy",
        "My lips are swelling up and I cannot breathe through it",
        # hand gel, or mouthwash drunk to get drunk, stays an emergency
        "My dad with dementia drank hand sanitiser this afternoon, he seems okay",
        "My 15 year old drank mouthwash to get drunk and is now vomiting",
        # a heart slowed by digoxin, in words
        "granddad is on digoxin, seeing yellow rings around lights, vomiting and heart very slow",
    ],
)
def test_emergencies_the_new_exceptions_must_not_hide(text: str) -> None:
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "My asthma has been bad this week and I'm so tired of it, should I see my GP?",
        "I vape maybe twenty puffs a day and have had a cough for 3 weeks",
        "marathon runner, resting heart rate around 42, and I've been throwing up all morning",
        "My headache is throbbing, it's pulsing with every heartbeat",
        "The car had a flat battery so I couldn't get to the pharmacy, now I have diarrhoea",
        "I don't think my son swallowed the button battery, it was in his hand when I found him",
        "My right eye is red and sore, vision fine, no halos around lights, no headache",
        "The seat belt pulled tight round his neck when the car braked hard, bruising, is that ok?",
        "I slit my forearm on a piece of sheet metal at work, do I need stitches?",
        "my dog ate rat poison after a fight with the neighbour's dog",
        "My dad had his knee op yesterday, he was under for 3 hours and now he's a bit confused",
        "I can't see out of one side of my glasses since I scratched the lens",
        "My left leg keeps giving way since my knee operation, physio says it's the quad muscle",
        "I'm type 1 diabetic and having a hypo right now, sweaty, clammy, a bit breathless",
        "My 8 year old spilled boiling water on her stomach and leg, small red patch no blisters",
        "I had crushing chest pain and sweating this morning, it's gone right away now",
    ],
)
def test_look_alikes_stay_below_emergency(text: str) -> None:
    assert assess(text).level != "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "My 2 year old has eczema and I found scratch marks on her legs this morning, what cream?",
        "I noticed scratches on my legs after gardening all weekend, they're itchy",
    ],
)
def test_scratches_from_itching_or_gardening_are_not_self_harm(text: str) -> None:
    assert assess(text).category != "self_harm"


def test_a_phone_with_non_breaking_spaces_is_still_masked() -> None:
    spans = [(s.text, str(s.kind)) for s in find("Call me on 0412\u00a0345\u00a0678 please")]
    assert spans == [("0412\u00a0345\u00a0678", "PHONE")]


@pytest.mark.parametrize(
    "text",
    [
        "We went by Tesco on the way home to get Calpol",
        "McDonald's staff were great when I fainted there",
    ],
)
def test_shops_are_not_names(text: str) -> None:
    assert find(text, learned=False) == []


def test_a_season_is_not_a_repeated_name() -> None:
    text = "My friend Summer has eczema. Summer is the worst time for her hay fever."
    assert [s.text for s in find(text)] == ["Summer"]


def test_a_name_then_an_id_is_not_an_idaho_address() -> None:
    kinds = [str(s.kind) for s in find("Patient: Ruby Chen, ID 55555")]
    assert "ADDRESS" not in kinds
