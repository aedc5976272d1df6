"""Triage round S (blind set S, 2026-11-27, read after it was scored once): the mechanisms it
showed, each with the neighbours that must stay as they are. Sentences are ours."""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        # ideation in the languages askers mix into their English
        "a veces siento que sería mejor no despertar. no tengo plan, solo quería decirlo",
        "lately i feel jeene ka mann nahi hai, no plan, just tired of everything",
        "ang kuya ko sabi niya ayaw na niya mabuhay, what should we do?",
        # ideation reported by a carer or teacher, with a denial of any plan
        "my neighbour, 81, keeps telling me she can't see the point anymore. no plan, she says",
        "my pupil wrote in his diary that he wishes he was dead, he says he won't do anything",
        # self-injury to the point of bleeding
        "i keep picking at my arms until they bleed when i'm anxious, i don't want to die",
    ],
)
def test_self_harm_is_read(text: str) -> None:
    a = assess(text)
    assert a.category == "self_harm" and a.level != "routine", a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "my daughter has to write an essay about suicide prevention, any good sources?",
        "we watched a film about a boy who wished he was dead, how do I talk to my son about it?",
    ],
)
def test_essays_and_films_as_topics_stay_routine(text: str) -> None:
    assert assess(text).level == "routine"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # an ambulance already called, asked about in a question
        (
            "my brother took a whole strip of his tablets, what do we do while we wait for the"
            " ambulance?",
            "self_harm",
        ),
        # a child named a sentence before the swallowing, with her age in words
        (
            "My grandson is three and was in my room. I think he swallowed two of my heart"
            " tablets. He seems ok.",
            "poisoning",
        ),
        # a belly gone rock hard, in agony
        ("my belly has gone rock hard and I'm in agony, been sick twice", "other"),
    ],
)
def test_emergencies(text: str, category: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("emergency", category), a.reasons


# --- Found by a review of the session's change (2026-11-27) ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a stock with a plan or a euphemism stays self-harm, whatever trip is named
        "I've been saving my pills for a trip to the other side.",
        "I've been stockpiling my sleeping pills, I'll take them all when my parents leave for"
        " their trip.",
        # an adult swallowed, a child is only mentioned
        "My wife has been very depressed. Our son is 3. She swallowed a bottle of her sleeping"
        " pills.",
    ],
)
def test_self_harm_is_not_ruled_out(text: str) -> None:
    a = assess(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a courtesy "if" sets no condition
        "If it matters, my husband has crushing chest pain and is sweating, what should I do?",
        # news after a dated history, "nearly died" is no death
        "He had a heart attack last year. He collapsed and nearly died.",
    ],
)
def test_present_emergencies_stay(text: str) -> None:
    assert assess(text).level == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "My son wrote in his essay that suicide is a leading cause of death in teens. True?",
        "my mom always says 'essa dor vai me matar' about her back pain",
    ],
)
def test_topics_and_idioms_are_not_self_harm(text: str) -> None:
    assert assess(text).level == "routine"
