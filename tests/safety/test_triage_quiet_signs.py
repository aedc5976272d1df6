"""Self-harm warning signs in plain words ("so tired", "phone is off", "no point", "nobody
knows", "decided") are read only beside some word of death, means, despair or leaving: alone
they are a night shift's, a rash's or a cold's. A method is what will be done, not a crash told.
Found by the review of the session's self-harm round (review_triage_sh2.jsonl) and by hand.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage.verdict import assess_with


@pytest.mark.parametrize(
    "text",
    [
        "worked nights all week, so tired, my phone is off till monday. normal to sleep 14 hours?",
        "no point going back to the gp, nobody knows what this rash is",
        "left the window open all night and now my son has a cold, he is so tired",
        "drove into a wall when the brakes failed, airbag went off, chest sore when i breathe in",
    ],
)
def test_plain_signs_alone_are_no_emergency(text: str) -> None:
    a = assess_with(text, None)
    assert not (a.category == "self_harm" and a.level == "emergency"), (text, a)


@pytest.mark.parametrize(
    "text",
    [
        "tell my dad it wasnt his fault. im sorry",
        "made my mind up. gonna drive the car into a tree on the bypass tonight",
    ],
)
def test_plain_signs_with_their_context_still_count(text: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("emergency", "self_harm"), (text, a)
