"""Triage: an emergency reworded the ways real writers reword it stays an emergency, and a general
question reworded stays general (``bench/probe_variants.py`` measures it on the labelled sets).
Checked with the rules alone (no learned model), in our own sentences.

- A question whether to wait or go, run on after the story with no mark ("... is it ok to wait",
  "... do we have to go in or can it wait") is its own clause: its "is it ok" does not make the
  story a general question. Nor does a name asked of it ("... is this a stroke").
- A question's words reach no further than the question: "will not stop bleeding did not mean
  to go that deep" is no "will ... mean" question.
- A worried hedge before a general question ("probably nothing but", "sorry if this is silly",
  "not sure if i am overreacting but") leaves it general, its "i" included.
- Chat spellings of when and why: "2nite", "cos".
"""

from __future__ import annotations

import pytest

from weighin.safety.triage.verdict import assess_with


def _rules(text):
    return assess_with(text, None)


@pytest.mark.parametrize(
    "text",
    [
        # a wait-or-go question run on after a present emergency
        "my mum is grey and sweating with a crushing pain in her chest is it ok to wait for the gp",
        "the cut on my leg is spurting blood and wont stop with pressure how long can we wait",
        "granddad has crushing chest pain going into his jaw and is sweating is it serious",
        "my daughter cant breathe and her lips are going blue is it safe to drive her ourselves",
        "he has a terrible pain in his chest, grey and clammy would it be ok to wait till morning",
        "my boy is not breathing properly and has gone blue is it an emergency",
        # the name asked of what is happening, run on
        "my arm went numb and my face is drooping is this a stroke",
        "my son is fitting and wont stop its been 10 minutes is this a seizure",
        "sudden crushing chest pain down my left arm and sweating could this be a heart attack",
        # a question's words do not bridge a new verb
        "i cut my arm its deep and gaping and will not stop bleeding did not mean to go that deep",
        # chat spellings of when and why
        "2nite im taking every tablet in the house, ive written my letters",
        "how many of my sertraline would be too many? asking cos i did, maybe an hour ago",
    ],
)
def test_reworded_emergency_is_caught(text):
    assert _rules(text).level == "emergency", text


@pytest.mark.parametrize(
    "text",
    [
        # a hedge keeps the emergency after it
        "sorry if this is silly, my dad has crushing chest pain and is sweating",
        "probably nothing but my baby has gone blue and floppy",
        "not sure if im overreacting but my wife has collapsed and is not responding",
    ],
)
def test_hedge_keeps_an_emergency(text):
    assert _rules(text).level == "emergency", text


@pytest.mark.parametrize(
    "text",
    [
        # a hedge before a general question: still general
        "probably nothing but how many paracetamol is an overdose?",
        "not sure if im overreacting but does anaphylaxis always come with hives?",
        "sorry if this is a dumb question, how much ibuprofen counts as an overdose?",
        "maybe a silly question but what does anaphylaxis look like in a toddler?",
        "silly question but can you survive a heart attack without treatment?",
        "apologies if this is obvious, what are the signs of a stroke?",
        # a wait question that is general, past or about a small matter
        "what are the signs of a heart attack is it serious",
        "when should we go to a&e for chest pain",
        "how long can you wait with a broken wrist before it needs setting",
        "had chest pain last year is it ok to wait for my cardiology appointment",
        "my son had a fit two years ago is it ok for him to go swimming",
        "can stress cause chest pain",
        # chat spellings with nothing the matter
        "going to the gym 2nite, my knee is a bit sore",
        "cos of the heat my ankles swell by evening, should i see the gp",
    ],
)
def test_general_or_minor_stays_below_emergency(text):
    assert _rules(text).level != "emergency", text
