"""Triage rounds AT and AU (blind sets, 2026-11-28; read after each was scored once).

AT: an ordinary week on a general site, every category. AU: the chest and the blood (hearts,
lungs, asthma, clots, allergies, bleeding and thinners). Both sets' emergencies the rules missed,
and those the rules alone missed but the learned backstop caught, were read by mechanism.
Sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.safety.triage_sets import target_figures
from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        # breathing: a reliever that lasts minutes; a quiet chest in a sleepy patient; stridor
        # with a swelling neck or drooling; an airway closing from a tooth; words counted out
        "my inhaler only lasts about 5 minutes then i'm tight again, used it every 10 mins "
        "since lunch",
        "my son's asthma attack has been going an hour and now he's drowsy and i can't hear the "
        "wheeze anymore",
        "two hours after his neck surgery there's a big swelling in his neck and a squeaky noise "
        "breathing in",
        "my 4 year old has a high pitched noise breathing in and is drooling and won't lie down",
        "abscess on my back tooth and now the floor of my mouth is swollen, can't swallow my own "
        "saliva and breathing feels hard",
        "grandma is leaning forward on the chair and can only say 2 words at a time between "
        "breaths",
        # the heart: the spray that did nothing; a painless heart attack; a rhythm with faints
        "had a bypass in 2020, the old pain is back and two squirts of my gtn haven't touched it",
        "he's 74 and diabetic, suddenly really breathless and sweaty and feeling sick, no chest "
        "pain though",
        "my heart keeps stopping and starting and i nearly blacked out on the stairs",
        # blood: through the towels; the bowl full and dizzy on standing; haemophilia; warfarin
        "cut my leg on a broken bottle and it's soaked through 2 towels already",
        # (how it happened is no excuse: "washing up" is not towels used for washing)
        "sliced my finger on the mandoline, gone through 2 towels and it's still going, sweaty",
        "cut my hand washing up and it wont stop, gone through 3 tea towels",
        "passing loads of bright red blood from my bum, the toilet was full of blood, dizzy when "
        "i stand",
        "my son has haemophilia, his ankle is huge and hot after football, we gave his factor an "
        "hour ago and it's made no difference",
        "on rivaroxaban and the cut on my thumb is pouring through the dressing",
        # poisoning: weedkiller found out afterwards; a child and the tablets; digoxin; party drugs
        "my dad drank out of a lemonade bottle that turned out to have weed killer in it",
        "found my 2 year old with my iron tablets, the packet had 28 and now there are 16",
        "mum has been taking extra digoxin by mistake and now she's vomiting and the lights look "
        "yellow",
        "my mate took some stuff at a party and now he's boiling hot, confused and twitching",
        # the rest: a rock-hard belly; legs weaker by the hour; no movements at term; a knock;
        # a scan's dye; one side numb on waking
        "sudden awful pain in my tummy, it's gone rock hard and i can't stand up",
        "my legs are getting weaker by the hour and now my fingers are tingling too",
        "39 weeks and i haven't felt baby move at all since last night",
        "had contrast dye for a ct scan today and now i'm itching all over and my chest is getting "
        "tighter and tighter",
        "dad woke up with his right side weak and his speech is a bit off",
        # self-harm: both wrists; the blades taken and a knife used; a note's message
        "i cut both my wrists and there's blood everywhere",
        "my parents took away my razors so i used a pair of scissors, it's bleeding a lot",
        "if anyone reads this tell my dad i'm sorry",
    ],
)
def test_round_at_emergencies(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # the same words, read as the past, a question, advice, or a recovery
        "could that old overdose from my twenties have damaged my liver?",
        "is it an overdose if i took 3 paracetamol instead of 2 this morning?",
        "the leaflet says call 999 for chest pain lasting more than 15 minutes, does that count "
        "for heartburn?",
        "my son bumped his head on the table, cried straight away, not sleepy, not sick, playing "
        "normally now",
        "after the nebuliser his wheeze stopped and he's sleepy now, is that normal?",
        # benign look-alikes of the new phrases
        "the puffer works for about 10 minutes before football, is that normal?",
        "i have an epipen but i'm scared to use it on myself if i ever need to, any tips?",
        "spilled a whole jug of juice, went through 3 tea towels cleaning it up lol",
        "cut my fringe and dyed it, gone through 2 towels washing the dye out",
        "my wifi is getting weaker by the hour, anyone else?",
        "went to a festival last weekend and took some stuff, feeling totally fine, just tired",
        "found my son playing with my pill bottle but the lid was still on, none missing",
        "my stools have been rock hard for a week, any tips for constipation?",
    ],
)
def test_round_at_not_emergencies(text):
    assert assess(text).level != "emergency", assess(text).reasons


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a treatment device turned on oneself is not self-harm; the allergy is the emergency
        (
            "ate a flapjack with nuts in, throat is tight and lips swelling, i have the epipen but "
            "im too scared to use it on myself",
            "allergy",
        ),
        # a heart that stops and starts is a rhythm, not a bleed that keeps restarting
        ("my heart keeps stopping and starting and i nearly blacked out on the stairs", "cardiac"),
    ],
)
def test_round_at_categories(text, category):
    assert assess(text).category == category, assess(text).reasons


def test_round_at_and_au_sets_meet_their_targets_after_their_round():
    for name in ("triage_external_at.jsonl", "triage_external_au.jsonl"):
        n, emergency_recall, self_harm_all, false_alarms = target_figures(name)
        assert n == 300
        assert emergency_recall >= 0.98, name
        assert self_harm_all, name
        assert false_alarms <= 0.05, name
