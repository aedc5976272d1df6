"""Triage: self-harm the backstop alone held (the rules read these routine), given to the rules,
and the backstop's self-harm raise made to rest on what a text says rather than on the writer's
voice (``model.SELF_HARM_CONTENT_FLOOR``). Sentences are ours.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess, learned_model
from weighin.safety.triage.model import SELF_HARM_CONTENT_FLOOR, voice_feature
from weighin.safety.triage.verdict import assess_with


def _rules(text):
    return assess_with(text, None)


@pytest.mark.parametrize(
    "text",
    [
        # means gathered so no one would ask
        "bought paracetamol from three different chemists so nobody would ask",
        # a blade kept close for later
        "theres a blade under my mattress, ill use it tonight when theyre asleep",
        # a poison poured ready
        "mixed the weedkiller in a mug already. how long would it take",
        # a last visit, belongings left
        "my brother said hes going to the bridge for the last time and left his phone and wallet "
        "on the table",
        # means at hand, the moment awaited
        "ive got the pills saved up, just waiting for the right moment",
        # a bare "i cut", still bleeding
        "i cut again and its still gushing",
        # widened from the review: pharmacies gone round, a blade kept "for later", belongings
        # left so they can be had, the last time here
        "been going round four pharmacies so no one notices. i know what im saving them for",
        "found a razor under her pillow, she said its just for later",
        "at the quarry. this is the last time ill be here. left my watch and phone at home so "
        "they can have them",
    ],
)
def test_rules_alone_read_these_as_self_harm_emergencies(text):
    a = _rules(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


def test_passive_wish_not_to_exist_is_urgent_self_harm():
    a = _rules("lately i think what if i just stopped existing. no plan, just tired")
    assert (a.level, a.category) == ("urgent", "self_harm"), a.reasons
    essay = _rules("essay question: what if i just stopped existing, would the self persist?")
    assert essay.category != "self_harm", essay.reasons


def test_packs_of_paracetamol_swallowed_in_the_last_day_are_an_emergency():
    a = _rules("my daughter took a whole packet of paracetamol this morning, says she feels fine")
    assert a.level == "emergency", a.reasons
    assert _rules("took a packet of paracetamol years ago, is my liver ok now").level == "routine"
    assert _rules("i buy two packs of paracetamol every week for my back").level == "routine"
    # the drug named elsewhere in the text: "the whole box" of it in a day
    box = _rules("toothache all day so ive been on tylenol, had nearly the whole box since 8am")
    assert box.level == "emergency", box.reasons


def test_new_voices_known_not_to_be_real_are_urgent():
    a = _rules("started hearing voices this week, i know theyre not real but theyre getting louder")
    assert a.level == "urgent", a.reasons
    b = _rules("started hearing whispering through the wall, its the neighbours tv getting louder")
    assert b.level == "routine", b.reasons


@pytest.mark.parametrize(
    "text",
    [
        "i have scabies will my family get them?",
        "i have scoliosis i'm worried about it getting worse?",
        "i have been getting these little red bumps over all of my body?",
    ],
)
def test_a_flat_first_person_question_is_not_raised_to_self_harm(text):
    a = assess(text)
    assert a.category != "self_harm", a.reasons
    # the floor is what stops it: the full model reads the voice as self-harm
    model = learned_model()
    assert model.scores(text).self_harm >= model.thresholds["self_harm"]
    assert model.content().scores(text).self_harm < SELF_HARM_CONTENT_FLOOR


def test_the_content_model_drops_only_voice_features():
    model = learned_model()
    content = model.content()
    assert content is model.content()
    dropped = set(model.table) - set(content.table)
    assert dropped and all(voice_feature(name) for name in dropped)
    assert all(not voice_feature(name) for name in content.table)
    assert "w i" in dropped and "w pills" in content.table
