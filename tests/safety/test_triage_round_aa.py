"""Triage round AA (blind set AA, 2026-11-27: messages by carers, teachers, partners and friends,
in learners' English and chat; read after it was scored once): the mechanisms it showed.
Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a medicine taken just before, then eyes swollen shut and a noise on breathing
        (
            "he took Septrin at lunch time and now his eyes are swollen shut and his breath makes"
            " a whistle",
            "allergy",
        ),
        (
            "my aunty took a new tablet 2 hours ago and now her face is swollen and she is"
            " breathing with noise",
            "allergy",
        ),
        # a wound that will not stop pouring, or bleeds on through firm pressure
        (
            "sliced my thigh on a sheet of glass, it won't stop gushing, I've got a belt round it",
            "bleeding",
        ),
        (
            "my son cut his forearm on the fence, still bleeding heavily despite firm pressure"
            " for 20 minutes",
            "bleeding",
        ),
    ],
)
def test_emergencies_blind_set_aa_showed(text: str, category: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("emergency", category), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "my friend scratches her wrists with a blade in the toilets at lunch, please help",
        "my little brother burns his arm with a lighter until it blisters, he's 15",
        "our lodger cuts her thighs with a razor, she told me she's fine",
    ],
)
def test_self_harm_told_of_someone_else_is_self_harm(text: str) -> None:
    a = assess(text)
    assert a.category == "self_harm" and a.level != "routine", a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "my daughter scratches her legs until they bleed because her eczema itches so much",
        "my cat scratches his ear until it bleeds, should I see the vet?",
    ],
)
def test_scratching_an_itch_is_no_self_harm(text: str) -> None:
    assert assess(text).category != "self_harm", assess(text).reasons


def test_a_settled_spell_of_odd_speech_is_a_tia_for_today() -> None:
    a = assess(
        "last night for a few minutes mum's speech came out weird and her hand went numb, then"
        " she was completely fine again"
    )
    assert (a.level, a.category) == ("urgent", "stroke"), a.reasons
    a = assess(
        "on Tuesday his speech came out weird for ten minutes and then he was back to normal"
    )
    assert (a.level, a.category) == ("urgent", "stroke"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a burden "suffocating me" so that "I can't breathe"
        "this essay is literally suffocating me i cant breathe",
        "my job is killing me, I can't breathe some days, how do I cope with stress?",
        # a student's question
        "student paramedic question: what dose of adrenaline is given in anaphylaxis?",
        "what's the first thing to do in a cardiac arrest? for my OSCE next week",
        # a story told "in the March"
        "there was an overdose in the March and she was in hospital a night, now she's"
        " doing well, how do we come off sertraline?",
        # stories read of others
        "I keep reading stories online about women bleeding after birth, how common is it?",
    ],
)
def test_look_alikes_blind_set_aa_showed_are_no_emergency(text: str) -> None:
    assert assess(text).level != "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # the same cues beside an emergency told now
        "I keep reading stories about this and now my wife is bleeding heavily, soaking towels",
        "the smoke in the room is suffocating, my dad can't breathe and his lips are blue",
        "student nurse here, and my flatmate just collapsed and is not breathing",
        "took a new pill this morning, lips tingled, then fine, now two days later my face is"
        " swelling and my throat is closing",
    ],
)
def test_what_those_cues_must_not_hide(text: str) -> None:
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "I burned my hand with a lighter trying to light the bbq, big blister",
        "cut my thumb trying to open a tin, it's stopped bleeding",
    ],
)
def test_a_task_gone_wrong_is_no_self_harm(text: str) -> None:
    assert assess(text).category != "self_harm", assess(text).reasons
