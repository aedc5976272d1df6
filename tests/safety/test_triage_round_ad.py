"""Triage rounds AD and AE (blind sets, 2026-11-27; read after each was scored once).

AD: people living with long-term conditions, who quote readings (potassium, platelets, ketones,
lithium levels, weights) and name their illness (sickle cell, dialysis, heart failure, Addison's).
AE: the danger buried in a message about something else, told second-hand, or played down; and
long routine stories full of frightening words (a novel, a shift at work, an uncle's old story).
The long-term-condition rules are ``rules/chronic.py``. Sentences are ours.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage import assess


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("renal clinic phoned, my potassium is 7.1 and they told me to go to A&E now", "other"),
        ("the out of hours doctor said go to the emergency department straight away", "other"),
        ("on chemo, platelets 12 this morning and now my gums keep bleeding", "bleeding"),
        ("my nose hasn't stopped bleeding for two hours, platelets were 15 on monday", "bleeding"),
        ("my 2 year old has sickle cell and a temperature of 38.9", "pediatric"),
        ("sickle cell, breathless since this morning and my sats are 89", "breathing"),
        (
            "myeloma in my back, today both legs have gone numb and I can't pee",
            "neuro",
        ),
        ("my asthma is bad, the nebuliser isn't working and my chest has gone quiet", "breathing"),
        ("I'm too tired to keep breathing, inhaler not helping", "breathing"),
        ("bp 82/50 on the home machine and my chest feels tight", "other"),
        (
            "a scratch on my arm two days ago, now the red is spreading and going purple, fever"
            " and the pain is worse than it looks",
            "infection",
        ),
        ("gash on his leg from the saw, not stopping even with pressure", "bleeding"),
        ("im choking on a fishbone, sorry if this is the wrong place, cant breathe", "breathing"),
        ("my husband is drowning in the lake, someone is swimming out", "breathing"),
        (
            "I took my heart pills twice, I think that's three digoxin, vomiting and the heart"
            " is slow",
            "poisoning",
        ),
    ],
)
def test_round_ad_emergencies(text, category):
    a = assess(text)
    assert (a.level, a.category) == ("emergency", category), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a household poison drunk by someone unwell in mind
        "my daughter has depression and just told me she drank drain cleaner",
        # everything kept for pain, swallowed
        "can't go on with this pain, swallowed everything in my medicine cabinet",
        # insulin withheld on purpose, with the wish
        "I've stopped my insulin on purpose so I can die, my sugar is 28",
        # a plan disclosed in writing, reported by a teacher
        "a pupil's diary entry says she is going to kill herself tonight with her dad's pills",
        # the thoughts back after a past attempt, with the means
        "when I was 19 I took an overdose. the thoughts are back and I've saved up my tablets",
        "used to cut at 15, now 20 and I want to do it again tonight",
    ],
)
def test_round_ad_self_harm_emergencies(text):
    a = assess(text)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my potassium was 6.2 on the routine bloods, GP wants it repeated", "other"),
        ("missed dialysis today because the taxi never came, I feel fine", "other"),
        ("my lithium level is 1.7 and I feel a little sick", "poisoning"),
        ("my defibrillator gave me a shock while I was mowing, I feel ok now", "cardiac"),
        ("pulse 128 sitting on the sofa all afternoon, I have AF", "cardiac"),
        ("I have Addison's and caught the norovirus at work", "other"),
        ("on apixaban and a huge bruise came up on my arm, I didn't knock it", "bleeding"),
        ("heart failure, I've put on 2.4 kg in three days", "cardiac"),
        ("nan has dementia and is much more confused since yesterday", "neuro"),
        ("vp shunt, headache and being sick since this morning", "neuro"),
        ("type 1, sugar 13 and ketones 1.4 with a cold", "other"),
        ("28 weeks, my blood pressure was up at clinic and now I've got a headache", "pregnancy"),
        ("30 weeks with gestational diabetes and the baby's moving less today", "pregnancy"),
        ("my pulse keeps dropping into the 40s on the new beta blocker", "cardiac"),
        ("slept in my contacts, now a painful, red eye and light hurts", "infection"),
        (
            "voices telling me to cut myself again. I'm safe right now. my CPN isn't answering",
            "self_harm",
        ),
        ("I think about suicide most days since the diagnosis. nothing planned", "self_harm"),
    ],
)
def test_round_ad_urgent(text, category):
    a = assess(text)
    assert (a.level, a.category) == ("urgent", category), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        "I attempted suicide at 16. I'm 31 now and well. Can the old scars on my arm be lasered?",
        "took an overdose at 14, I'm 40 now. does it affect getting life insurance?",
        "my son had a febrile fit at 14 months, he's 5 now. is he more likely to have epilepsy?",
        "the printer had a seizure and ate my prescription, can the GP reprint it?",
        "seizure-free for 2 years on levetiracetam, can I stop driving restrictions?",
        "I'm gonna have a heart attack if the dentist bill is that high",
        "I could not breathe for laughing at the wedding speech 😂 anyway, best hay fever tablet?",
        "genuinely can't breathe in this office heat, is there a legal maximum temperature?",
        "writing a crime novel where a man is bleeding out from a stab wound, is it realistic?",
        "our book group read a novel about a woman's overdose, how do we add content warnings?",
        "writing a play where the lead thinks about suicide, how do I do it responsibly?",
        "my mate joked he'd kill himself if his team lost again, he was laughing",
        "last night shift we had two overdoses and a stroke, any good free pharmacology apps?",
        "midwifery student: what are the first steps in a postpartum haemorrhage?",
        "grandad tells the story of his heart attack in 1998, crushing pain, collapsed at"
        " work, CPR on the floor. he's 86 now. do most people survive that?",
        "my last DKA admission was 2020, how do I avoid another?",
        "got shampoo in my eye, it stings a bit",
        "took my levothyroxine twice this morning by mistake, feel normal",
        "my husband with heart failure sits on the edge of the bed to put his socks on, any aids?",
        "grandma has dementia and gets more confused in the evenings, is that normal?",
        "what do lifeguards look for when someone is drowning?",
        "drowning in paperwork and can't sleep, any tips?",
    ],
)
def test_round_ad_stays_routine(text):
    a = assess(text)
    assert a.level == "routine", a.reasons


def test_round_ad_medical_emergency_is_not_called_self_harm():
    # the breathless sit on the edge of the bed; it is not a ledge
    a = assess(
        "heart failure, tonight he cannot lie flat, sitting on the edge of the bed gasping and"
        " coughing up pink froth"
    )
    assert (a.level, a.category) == ("emergency", "breathing"), a.reasons


def test_round_ad_small_wound_still_oozing_is_urgent_not_emergency():
    assert assess("tiny paper cut that won't stop bleeding after 10 minutes").level == "urgent"
    assert assess("small cut but the blood is spurting and won't stop").level == "emergency"
