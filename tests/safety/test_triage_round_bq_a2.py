"""Round BQ (a2): stories closed in words the first round did not know, and a known heart pain
back days ago.

- A story dated years back closes when what it told did not come back ("she grew out of them",
  "never had another one since") or its person is an age now ("he is 12 now"); the closes that
  follow a closed story are of it too (scope_story, cues).
- A pregnancy told in the past, the writer's or another woman's ("my colleague had an abruption
  and bled heavily at 32 weeks"), is over when its child is born or grown ("the baby is 2 now")
  (scope_story).
- The same pain as a heart attack, back days or a week ago and gone since, is an episode that
  has passed, for a doctor today; not history, and not happening now (facts, cues).
"""

from __future__ import annotations

import pytest

from weighin.safety.triage.verdict import assess_with

STORY_DID_NOT_COME_BACK = [
    "a few years ago my daughter had a febrile convulsion, her lips turned blue and we rang 999."
    " she grew out of them, she is 7 now. do they run in families?",
    "years back my boy had a fit with a fever and his lips went blue, the ambulance took us in. he"
    " outgrew them and hes 11 now, should his little sister be watched?",
    "a couple of years back my little girl had a fit with a fever and her lips turned blue, we rang"
    " 999. she has not had one since and she is 6 now",
]
STORY_STILL_OPEN = [
    # the same story, then it is happening again now
    "a few years ago my son had a fit. he is 9 now and tonight he is fitting again and his lips"
    " are blue",
    "few years back my son had febrile fits and his lips went blue. today he has a high temp and"
    " his lips are going blue again",
    # a story that does not close may be news
    "a few years ago my son had a fit with a high temp, his lips went blue and the paramedics came",
]

PREGNANCY_GROWN = [
    "my colleague had a placental abruption and bled heavily at 32 weeks, the baby is 2 now and"
    " doing great. is abruption linked to high blood pressure?",
    "my friend bled heavily at 28 weeks with previa, her son was born by section and is 3 now",
    "my cousin had placenta praevia and haemorrhaged at 33 weeks, emergency c-section, her twins"
    " are 5 now. can previa be picked up early?",
]
PREGNANCY_NOW = [
    "my sister in law has placenta previa and is bleeding heavily at 30 weeks right now",
    "my sister in law had placenta previa and bled heavily at 30 weeks this morning, she is in"
    " theatre",
    # no child born or grown: it may be today's
    "my sister in law had placenta previa and bled heavily at 30 weeks, emergency section",
]

HEART_PAIN_BACK_DAYS_AGO = [
    "had the same pain as before my stents 3 days ago, lasted 15 minutes, fine since",
    "my dad had a heart attack last year, the same feeling came back last week for 20 minutes"
    " and went",
    "got the same crushing feeling as before my bypass a couple of days ago, went after 10"
    " minutes, been fine since",
]
HEART_PAIN_BACK_NOW = [
    "same pain as my heart attack started 10 minutes ago and is not going",
    "had the same pain as my heart attack 3 days ago, it is back again now and not easing after 15"
    " minutes",
]


@pytest.mark.parametrize("text", STORY_DID_NOT_COME_BACK)
def test_a_story_that_did_not_come_back_is_history(text: str) -> None:
    a = assess_with(text, None)
    assert a.level == "routine", a.reasons
    assert any("in the past" in r for r in a.reasons), a.reasons


@pytest.mark.parametrize("text", STORY_STILL_OPEN)
def test_a_story_open_or_back_now_stays_news(text: str) -> None:
    assert assess_with(text, None).level == "emergency"


@pytest.mark.parametrize("text", PREGNANCY_GROWN)
def test_a_pregnancy_whose_child_is_grown_is_history(text: str) -> None:
    a = assess_with(text, None)
    assert a.level == "routine", a.reasons


@pytest.mark.parametrize("text", PREGNANCY_NOW)
def test_a_pregnancy_bleed_now_or_unclosed_stays_an_emergency(text: str) -> None:
    assert assess_with(text, None).level == "emergency"


@pytest.mark.parametrize("text", HEART_PAIN_BACK_DAYS_AGO)
def test_a_heart_pain_back_days_ago_and_gone_is_for_today(text: str) -> None:
    a = assess_with(text, None)
    assert a.level == "urgent", a.reasons
    assert any("settled" in r for r in a.reasons), a.reasons


@pytest.mark.parametrize("text", HEART_PAIN_BACK_NOW)
def test_a_heart_pain_back_now_stays_an_emergency(text: str) -> None:
    assert assess_with(text, None).level == "emergency"
