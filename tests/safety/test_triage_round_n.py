"""Triage mechanisms found on external set N and training set w7, each pinned by wording of our
own (rules alone), with the neighbours each fix must leave alone."""

from __future__ import annotations

import pytest

from weighin.safety.triage.verdict import assess_with

EMERGENCY = [
    # a previous heart problem's pain, back now, with no "chest" said
    ("had bypass surgery last year. the exact same pain came back twenty minutes ago", "cardiac"),
    # a clot after an operation: surgery dated in days, sudden breathlessness, blood coughed up
    ("my hip replacement was 9 days ago, now suddenly breathless and coughing blood", "breathing"),
    # a glucose meter's reading is a blood sugar
    ("my diabetic son is shaky and confused, his monitor reads 2.1", "other"),
    # stools that "have been black" with a faint
    ("mum's poo has been black for two days and she passed out in the kitchen", "bleeding"),
    # a fall and legs that cannot move or be felt
    ("dad fell from the roof, he cannot move or feel his legs", "other"),
    # bleeding after tonsils are out
    (
        "my daughter had her tonsils removed last week and now there is blood in her spit",
        "bleeding",
    ),
    # a stroke in a learner's English
    ("my father mouth go down on left side and he speaking nonsense since 30 minutes", "stroke"),
    # will not answer, snoring breaths
    ("my uncle collapsed, he is making a snoring noise and will not answer me", "neuro"),
    # saddle numbness in lay words
    ("sciatica all week and now I can't feel it when I wipe and my legs are numb", "neuro"),
    # a staggered paracetamol overdose, counted in grams a day, and one in milligrams
    (
        "been taking paracetamol for my back, maybe 9 or 10 grams a day this week, feel sick",
        "poisoning",
    ),
    ("my son took 9000 mg of tylenol by mistake over the day", "poisoning"),
    # a blocked bowel, an opioid with a sedative, a spreading bite, a lung filling no more
    ("tummy like a drum, no poo or wind for days and bringing up green", "other"),
    (
        "took my husband's oxycodone with my sleeping pills, can barely keep my eyes open",
        "poisoning",
    ),
    ("red line going up my arm from the cat bite and now I'm shivering badly", "infection"),
    ("something popped in my chest, more and more breathless every minute", "breathing"),
    # self-harm warning signs in other words
    ("gave my cat to my sister. won't need her after friday", "self_harm"),
    ("set a date. deleted my accounts and cleared out my room", "self_harm"),
    ("i have my pills saved up and booked a room so nobody finds me", "self_harm"),
]

NOT_EMERGENCY = [
    # a past story told in the simple past, clause after clause
    "Twelve years ago, at 17, I took an overdose and spent a week in hospital. I'm well now.",
    # a dated mention stays dated though "now" follows in its clause
    "my dad had a heart attack 3 years ago and is doing great now, can he fly?",
    # paracetamol within the daily limit, asked about, or grams of something else; a lab value
    "taking paracetamol for my back and my hb came back at 8.5 g/dl",
    "I had about 30g of chocolate then took paracetamol",
    "is 4 grams of paracetamol a day the maximum for an adult?",
    "what happens to the liver if someone takes 10 grams of paracetamol?",
    "i had 500mg paracetamol with breakfast and 30g of oats",
    # tonsils out long ago or asked about, and bleeding elsewhere
    "should my son have his tonsils out? he gets nosebleeds a lot",
    "I had a tonsillectomy in 2009, now my gums bleed when I brush",
    # a shock said as a heart stopping; a streak of recovery; medicines carried, not swallowed
    "my heart stopped when I saw the size of the bill. is a resting rate of 90 ok?",
    "200 days self-harm free today! can I donate blood yet?",
    "took all of grandad's tablets back to the pharmacy after the funeral, do they take creams?",
    # talking nonsense in one's sleep
    "my wife says I talk nonsense in my sleep, is that normal?",
    "my husband says I'm speaking nonsense in my sleep most nights",
]

STILL_EMERGENCY = [
    # the story's present clause is about now
    ("had surgery last week and the wound is red and hot, i feel like im dying", "infection"),
    ("wife had her baby last week, she just had a fit on the sofa", "pregnancy"),
    # news told in the past tense after a dated clause is still news
    ("had surgery 3 weeks ago, the wound bled a lot last night and soaked the bed", "bleeding"),
    # a date in the first clause does not date the news after it
    ("my baby was born 3 weeks ago, she went floppy and turned blue", "pediatric"),
    ("I had a stroke 3 years ago, my face dropped on one side and my speech slurred", "stroke"),
    ("i cant breathe after surgery 3 weeks ago", "breathing"),
    # dated in minutes is now
    ("my dad had a stroke 20 minutes ago, his face is drooping", "stroke"),
]


@pytest.mark.parametrize(("text", "category"), EMERGENCY)
def test_round_n_emergency_is_caught_by_the_rules(text: str, category: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("emergency", category), a


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_round_n_past_or_figurative_is_not_an_emergency(text: str) -> None:
    assert assess_with(text, None).level != "emergency", assess_with(text, None)


@pytest.mark.parametrize(("text", "category"), STILL_EMERGENCY)
def test_round_n_fixes_leave_emergencies_alone(text: str, category: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("emergency", category), a


def test_chat_spelling_of_suicidal_thoughts_is_self_harm() -> None:
    a = assess_with("wat do u do when u keep thinkin about killin urself. not doin it 2nite", None)
    assert (a.level, a.category) == ("urgent", "self_harm"), a
    b = assess_with("what do you do when you feel faint in the shower?", None)
    assert b.category != "self_harm", b


def test_a_relapse_is_not_recovery() -> None:
    a = assess_with("relapsed last night after 300 days self harm free, cut my arm", None)
    assert a.category == "self_harm" and a.level != "routine", a
