"""Triage round BQ, part C (blind set BQ, read after it was scored once): false alarms from
information-seeking, hypothetical, figurative or ordinary words. Sentences are ours; each
positive asserts the rules alone and a word of the reason the mended rule gives, each hard
negative the alarm that must stay."""

from __future__ import annotations

import pytest

from weighin.safety.triage.verdict import assess_with


def _rules(text: str) -> tuple[str, str]:
    a = assess_with(text, None)
    return a.level, " ".join(a.reasons)


# (text, a word of the routine reason, or "" for "no urgent symptoms recognised")
ROUTINE = [
    # a finding come upon by accident is no dose taken by mistake
    (
        "the polyp was found by accident when I had a colonoscopy, I take tablets for reflux."
        " should it come out?",
        "",
    ),
    ("the kidney cyst was discovered accidentally when I had tablets for a UTI. is it normal?", ""),
    # puzzled by what was read or told, not a confused mind
    (
        "My toddler is 2. Some say give him milk at bedtime, some say never. I've read it all and"
        " now I'm totally confused.",
        "",
    ),
    ("so much conflicting advice online about fevers in babies, im so confused.", ""),
    ("the nurse told us one thing and the leaflet another and we're confused", ""),
    # stories, videos and news of others; the signs to tell someone of
    (
        "my mum keeps sending me news stories about babies who stopped breathing in their cots."
        " how do we make the cot safe?",
        "general",
    ),
    (
        "my sister told us stories about toddlers who stopped breathing in the bath. what age can"
        " they bath alone?",
        "general",
    ),
    (
        "saw a news report about a baby who went blue and floppy in a car seat, how long can"
        " newborns sit in one?",
        "general",
    ),
    (
        "what should I teach my daughter about the signs of an overdose before she goes to uni?",
        "general",
    ),
    # a dose feared, then checked
    (
        "thought I'd taken my blood pressure pill twice but checked the dosette and today's is"
        " still there. phew",
        "",
    ),
    (
        "thought I had given my son his calpol twice but the syringe was still full so no. how"
        " long between doses?",
        "",
    ),
    (
        "I thought she had taken her insulin twice but her pen was still on the same number, so no",
        "",
    ),
    # a lifetime summary
    (
        "my son has a milk allergy but has only ever had hives on his cheeks. do we need an"
        " epipen?",
        "",
    ),
    ("he's only ever had hives and a puffy eye with nuts, should he carry a pen?", ""),
    ("my daughter has only ever had a swollen lip from peanut, is that anaphylaxis?", "general"),
    # the unfit puffing on stairs or a first run
    ("just started jogging and I'm gasping after a minute. is that normal when you're unfit?", ""),
    (
        "out of breath walking up the stairs at work, I'm out of shape since lockdown. how to get"
        " fitter?",
        "",
    ),
    ("ran for the bus and was gasping for ages, so unfit these days. normal?", ""),
    # a mouth coloured by what was chewed
    ("my son bit through his felt tip and his tongue is blue lol, is the ink toxic", ""),
    ("lips are purple everywhere after a blue raspberry slushie, it won't wash off", ""),
    ("sucked my fountain pen and now my mouth is blue, will it stain my teeth?", ""),
    # angina as someone's diagnosis
    ("my uncle has angina and wants to go skiing. is altitude ok?", ""),
    ("my dad has angina, can he fly to spain?", ""),
    ("mum has had angina for ten years and wants to take up swimming", ""),
    # a pregnancy gone by, named as a time
    (
        "spot of bright red blood on the tissue after straining, had piles since my last pregnancy",
        "",
    ),
    ("blood on the paper after straining. piles came after my pregnancy and never left", ""),
    ("bit of blood on the paper after a big poo, had piles after both pregnancies", ""),
]


@pytest.mark.parametrize(("text", "why"), ROUTINE)
def test_ordinary_words_are_no_alarm(text: str, why: str) -> None:
    level, reasons = _rules(text)
    assert level == "routine", reasons
    assert why in reasons, reasons


# the same words as a present event: the alarm stays
ALARMS = [
    ("took my heart tablets twice by accident this morning and now I'm dizzy and sick", "urgent"),
    ("gave her double her dose of calpol by mistake an hour ago", "urgent"),
    ("I'm confused and can't remember where I am or how I got here", "urgent"),
    ("read the letter from the hospital and now dad's confused and doesn't know us", "urgent"),
    ("my baby stopped breathing and went blue for a few seconds just now", "emergency"),
    ("watching tv with my baby and she stopped breathing and went limp", "emergency"),
    ("thought I'd taken my lithium twice and now I'm shaking and being sick", "urgent"),
    ("he's only ever had hives before but now his lips and tongue are swelling", "urgent"),
    ("just started running but today I got out of breath at rest with chest pain", "emergency"),
    ("out of breath at rest and my lips are grey", "emergency"),
    ("chewed a pen lid and my lips are blue and I can't breathe", "emergency"),
    ("ran up the stairs and was gasping, i know im unfit but my lips went blue", "emergency"),
    ("my mouth and lips are blue and I'm struggling to breathe", "emergency"),
    ("dad has angina and his chest pain started 20 min ago, the spray isn't helping", "emergency"),
    ("I had angina this morning, crushing chest pain, it's still there", "emergency"),
    ("32 weeks pregnant and bleeding bright red", "emergency"),
    ("pregnant again, bleeding today, my last pregnancy was fine", "urgent"),
]


@pytest.mark.parametrize(("text", "floor"), ALARMS)
def test_the_same_words_now_stay_an_alarm(text: str, floor: str) -> None:
    level, reasons = _rules(text)
    rank = {"routine": 0, "urgent": 1, "emergency": 2}
    assert rank[level] >= rank[floor], reasons
