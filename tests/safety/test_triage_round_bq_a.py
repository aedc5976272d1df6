"""Round BQ (a): a past story's words read as happening now, in long posts where background
comes first.

- A story dated months or years back ("in 2016", "last spring", "at 45", "when she was 2")
  runs on over the clauses told in the past, and is history when the post closes it: an outcome
  ("needed surgery", "scan was clear", "turned out to be"), a look back ("worst night of our
  lives", "I remember"), or the age its person is now (scope_story).
- A birth told of a child who is years old now is over, pregnancy words and all (scope_story).
- Another woman's pregnancies, all of them ("with both her babies"), are history (cues).
- A blood sugar reading dated back is no reading of now (readings).
- "N min so far" counts as minutes: a return of an old attack happening now (text).
"""

from __future__ import annotations

import pytest

from tests.safety.triage_sets import assert_meets_targets
from weighin.safety.triage.verdict import assess_with

DATED_STORY_CLOSED = [
    # an outcome closes it
    "In 2016 my dad had a heart attack, crushing pain in his chest, he collapsed in the garden and"
    " needed three stents. He's doing well. Can he have decaf coffee?",
    "last spring i had a bad reaction to a wasp, my throat swelled shut and i needed my epipen,"
    " then a night in hospital. should i ask about desensitisation?",
    "In 2020 my husband was knocked out playing rugby, he was sick twice and confused, the CT was"
    " clear. Should he wear a scrum cap?",
    # a look back closes it
    "when my son was 14 months he went blue during a chest infection, worst night of our lives,"
    " paramedics came. He's 4 now. Is he more likely to get chest infections?",
    "My gran had a stroke at 72, her face dropped and she could not speak, I remember the"
    " ambulance. She is 80 now. Does stroke run in families?",
    # a later point of the story dated back too
    "Anaphylaxis to peanuts at 16, carried pens for years and did oral immunotherapy, stopped in"
    " 2021. Can I eat satay now?",
]

DATED_STORY_STILL_NEWS = [
    # no close: news told in the past after a history
    "I had a stroke 4 years ago, my face dropped on one side and my speech slurred",
    # closed, then news now
    "had a heart attack in 2018, needed two stents, recovered well. crushing chest pain and"
    " sweating right now",
    "My mum had a stroke at 70 and recovered, but today her face dropped and she cannot speak",
    # a past episode back now
    "I had anaphylaxis when I was 15 and needed an adrenaline pen, now my throat is closing again",
    # weeks back is recent: still news
    "had a c-section 3 weeks ago, needed a transfusion, the wound bled a lot last night and soaked"
    " the bed",
]

BIRTH_LONG_OVER = [
    "Our daughter was born at 28 weeks after my waters broke, she had a bleed on the brain and"
    " stopped breathing a few times. She's 3 now. Will she need extra help at school?",
    "My twins were born at 31 weeks after heavy bleeding and contractions, they spent 6 weeks in"
    " special care. They are 5 now and thriving. Should they still see a paediatrician?",
    "my son was born at 33 weeks when my waters went early and he had breathing problems for a"
    " week. he is 7 now. is asthma more common in prem babies?",
]

BIRTH_STILL_NEWS = [
    "my baby was born 3 weeks ago, she went floppy and turned blue",
    "I'm 30 weeks pregnant, my waters broke an hour ago and I'm bleeding",
]

OTHERS_PREGNANCIES = [
    "My sister had pre-eclampsia with all her pregnancies, the last baby was born early after she"
    " had a fit. I'm 10 weeks. Should I be on aspirin?",
    "My mum had bad sickness with both her babies, the first was born at 34 weeks after she had"
    " a seizure and she was in hospital for weeks. I'm 8 weeks. Will I get it too?",
    "My cousin had heavy bleeding with each of her pregnancies and the first one was born by"
    " emergency section. Does that run in families?",
]

OTHERS_PREGNANCIES_NOW = [
    "My sister had pre-eclampsia with both her babies and now I'm 34 weeks and having a seizure",
    "My wife is 32 weeks pregnant and had a fit an hour ago",
]

SUGAR_DATED = [
    "Diagnosed type 2 in 2021 after I was admitted with a sugar of 35. A1c is 48 now. Do I still"
    " need to test?",
    "type 1 since childhood, my sugar was 1.9 once in 2015 when I passed out at a party. what is a"
    " good bedtime target?",
    "Had a blood sugar of 2.1 three years ago after a long run, never again since I carry"
    " jelly babies. Is it ok to do a marathon on metformin?",
]

SUGAR_NOW = [
    "type 1, my sugar is 2.1 and I'm shaky and confused",
    "diabetic, blood sugar reading 1.8 right now and sweating",
]

MINUTES_SO_FAR = [
    "had a heart attack in 2020. same pain as then right now, 15 min so far",
    "had a stent put in in 2017. the exact same feeling as then, 20 min so far, alone",
    "heart attack 2 years ago. same pressure as then right now. 10 min so far",
]

MINUTES_NOT_NOW = [
    "had a heart attack in 2020. a 10 min walk makes me tired, is that normal?",
    "a 15 min walk gives me the same feeling as after my stent, but it goes when I stop",
]


@pytest.mark.parametrize("text", DATED_STORY_CLOSED)
def test_a_dated_story_the_post_closes_is_history(text: str) -> None:
    a = assess_with(text, None)
    assert a.level == "routine", a
    assert any("in the past" in r for r in a.reasons), a


@pytest.mark.parametrize("text", DATED_STORY_STILL_NEWS)
def test_news_after_or_beside_a_dated_story_stays_an_emergency(text: str) -> None:
    assert assess_with(text, None).level == "emergency", assess_with(text, None)


@pytest.mark.parametrize("text", BIRTH_LONG_OVER)
def test_a_birth_of_a_child_now_years_old_is_history(text: str) -> None:
    a = assess_with(text, None)
    assert a.level == "routine", a
    assert any("in the past" in r for r in a.reasons), a


@pytest.mark.parametrize("text", BIRTH_STILL_NEWS)
def test_a_recent_birth_or_a_pregnancy_now_is_news(text: str) -> None:
    assert assess_with(text, None).level == "emergency", assess_with(text, None)


@pytest.mark.parametrize("text", OTHERS_PREGNANCIES)
def test_another_womans_pregnancies_are_history(text: str) -> None:
    a = assess_with(text, None)
    assert a.level == "routine", a
    assert any("in the past" in r or "absent" in r for r in a.reasons) or a.reasons, a


@pytest.mark.parametrize("text", OTHERS_PREGNANCIES_NOW)
def test_a_pregnancy_now_beside_anothers_stays_an_emergency(text: str) -> None:
    assert assess_with(text, None).level == "emergency", assess_with(text, None)


@pytest.mark.parametrize("text", SUGAR_DATED)
def test_a_sugar_reading_dated_back_is_no_reading_now(text: str) -> None:
    a = assess_with(text, None)
    assert a.level == "routine", a
    assert not any("blood sugar" in r for r in a.reasons), a


@pytest.mark.parametrize("text", SUGAR_NOW)
def test_a_sugar_reading_now_still_counts(text: str) -> None:
    a = assess_with(text, None)
    assert a.level != "routine" and any("sugar" in r for r in a.reasons), a


@pytest.mark.parametrize("text", MINUTES_SO_FAR)
def test_minutes_so_far_make_an_old_attack_back_now(text: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("emergency", "cardiac"), a
    assert any("back now" in r for r in a.reasons), a


@pytest.mark.parametrize("text", MINUTES_NOT_NOW)
def test_a_walk_of_minutes_is_no_attack_now(text: str) -> None:
    assert assess_with(text, None).level != "emergency", assess_with(text, None)


def test_bq_meets_the_targets_after_its_round() -> None:
    # BQ (long posts, background first) was 0.944 / 1.000 / 10.7 % at its first score (4fe0a79)
    assert_meets_targets("triage_external_bq.jsonl")
