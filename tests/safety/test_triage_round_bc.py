"""Triage, first session of 2026-11-28's evening: blind set BC (sport, gyms and being active),
read after it was scored once, fixed by mechanism. Sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.safety.triage_sets import URGENT_RAISED, assert_meets_targets, level_as_pinned
from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        # a statement with its subject dropped is no question: "will not wake up"
        "my flatmate took something at the club. wont wake up and her lips look a bit grey",
        # an absence tomorrow that becomes for ever: a goodbye ("at training" is a session)
        "not coming to practice on sunday. or ever again. you lot were the best team",
        # fainting in the middle of exercise, with the chest playing up
        "my daughter collapsed during a cross country race, she's come round but her chest is "
        "pounding and she looks grey",
        # days of pain on effort, now at rest for a while: unstable angina
        "been getting chest tightness walking uphill for a week. now it's come on in bed, 25 "
        "minutes and not easing",
        # knocked out, then a skull fracture's or a memory's red flag
        "my son got KO'd in a sparring session and now he's vomiting",
        "he hit his head on the goalpost, clear fluid running from his nose and he can't remember "
        "the match",
        # a blow to the throat, then the airway
        "took an elbow to the throat at basketball, now his voice has gone and his breathing "
        "sounds noisy",
        # stimulants from the gym bag, with two signs of too much
        "had three caffeine pills before my lift. heart pounding like mad and i keep throwing up",
        # a wound told in its own words, still pouring after pressure
        "caught my palm on some barbed wire, pressed it for 10 minutes and it's still pouring",
        # early pregnancy read after a bracket: one-sided pain, shoulder tip, faint
        "pregnant (6 weeks) and i've got a stabbing pain low on my right side and my shoulder "
        "tip hurts, feel like i might pass out",
        # an injured limb whose blood supply is caught
        "he fell off the trampoline and his wrist is at a funny angle, his fingers are going blue",
        "dislocated my elbow at judo, the hand feels dead and numb",
        # a cast too tight: pain out of proportion and numb toes
        "my ankle is in a cast since yesterday, the pain is unbearable and my toes are numb",
        # dark urine after exercise, and little of it
        "after a spin marathon my wee is like coke and i've barely peed all day",
        # leftovers both trees missed in the last reviews, by mechanism
        "terrible pain behind my left eye, the street lights have halos and i've been sick twice",
        "i've made up my mind. i've worked out when and how.",
        "if nobody answers by midnight i'm going to take all my pills",
        "woke with the ceiling spinning, seeing double and i keep toppling to the right",
        "trod on a rusty nail in the garden a week ago, now my jaw is locking and won't open",
        "my leg infection has spread, i'm shivery with a fever and my pulse is 138 lying down",
        "i keep cutting and it's pouring now, feel faint",
        # a student's wish to die with a lethal dose asked is a plan, whatever the course
        "pharmacy student and honestly i want to die, what's the fatal dose of lithium",
    ],
)
def test_round_bc_emergencies(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # the wish told as a thought one keeps having, no plan
        "since coming off the steroids i keep having thoughts of not wanting to be alive",
        # a cast with one warning sign: checked today
        "my son's arm is in a cast and his fingers have gone a bit tingly",
        # fainting in sport with sudden deaths in the family: a cardiologist soon
        "my son fainted during rugby yesterday and his grandad dropped dead at 40",
    ],
)
def test_round_bc_urgent(text):
    assert assess(text).level == "urgent", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # taken back at once
        "i died on the last hill haha, not literally, how do i get better at climbs?",
        "collapsed in a heap after leg day, not literally, but how long should doms last?",
        # a course's subject is a topic
        "epipen training for our netball coaches: do you hold it for 3 or 10 seconds?",
        # food 'poisoned' is a stomach bug, and over
        "think i got poisoned by the kebab last night, threw up twice, fine now. safe to run?",
        # a date tacked on after a comma puts the thought in the past
        "i had thoughts of not wanting to be here, a few years back. all good now, just curious "
        "if it can come back",
        # a lethal dose asked for a course, with no supply of one's own
        "pharmacy student, what's the fatal dose of lithium? it's for my toxicology module",
        # "dripping" holds no "ripping"
        "my nose keeps dripping after swimming, is that chlorine?",
    ],
)
def test_round_bc_routine(text):
    assert assess(text).level == "routine", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # an episode of seconds, years ago
        "got winded at school years ago and could not breathe for a few seconds, why is that?",
        # the cold of the weather is not a limb without blood
        "fell over in the snow walking the dog, my hands are white and cold, is that frostbite?",
        # a heating that broke is no broken limb
        "our boiler broke and my feet are blue and freezing, can that make me ill?",
        # dark urine after exercise with plenty of it: a doctor today, not an ambulance
        "my pee is dark brown after a hard squat session but i'm drinking loads",
    ],
)
def test_round_bc_not_emergency(text):
    assert assess(text).level != "emergency", assess(text).reasons


# What the round's look-alike review read worse, mended by mechanism (our own sentences).
@pytest.mark.parametrize(
    "text",
    [
        # a place given up for ever is no goodbye
        "wont be eating at that chippy again tomorrow. or ever lol",
        # a session at training about self-harm is a course
        "we did a session at training about self harm, what are the warning signs in teenagers",
        # 'not wanting to' at work, or asked about as a symptom
        "not wanting to be here at work lol, anyone else hate mondays",
        "is not wanting to be alive a normal symptom of depression?",
        # 'ko'd' by a cold or a game; a runny nose's clear fluid
        "got ko'd on fortnite lol, head hurts from the screen",
        "hay fever streaming, clear fluid running from my nose all day after i bumped my head on "
        "the cupboard",
        # cold from the rink, a bruise's colours, a sticking plaster, digits pink and warm
        "hands white and cold at the ice rink after i fell",
        "put a plaster on my cut finger, it hurts and the tip is numb",
        "toes a bit swollen in my cast but pink and warm",
        "cast on my wrist, was agony for a minute when i knocked it, fine now",
        # a ball caught, rain pouring, two cans
        "caught a ball to the throat, fine now, bit sore",
        "its pissing it down and i cut my finger, no bleeding now",
        "took pre workout, heart pounding, threw up once",
        # two cans and a little shaky: a tremor, not a faint
        "had 2 red bulls, heart racing and a bit shaky",
        # a treatment, a nap, a screen that do not respond; a bruise's colours in turn
        "my eczema isnt responding to the cream, what next",
        "toddler wont wake up from her nap till 4, then up all night",
        "laptop screen isnt responding and my video appointment is at 3",
        "bruise went blue then green then yellow, is that normal",
        # a mate's attempt, told tonight, of last year
        "tonight my mate told me he tried to kill himself last year, hes ok now, how do i help",
        # a goodbye to a thing
        "goodbye forever to my tonsils lol, op on monday, what can i eat",
        # an alarm, a phone, a bruise's colours
        "wont wake up for my alarm lol, 4 alarms, could it be my iron",
        "phone wont respond, how do i book a gp appointment",
        "the bruise on my arm has gone blue green, is that healing",
    ],
)
def test_round_bc_review_look_alikes_routine(text):
    assert assess(text).level == "routine", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # thoughts told with what keeps them going, not a date: still today's
        "i have thoughts of not wanting to be here, used to cut",
        "i had thoughts of not wanting to be here, in school today",
    ],
)
def test_round_bc_review_wishes_still_live(text):
    a = assess(text)
    assert (a.level, a.category) == ("urgent", "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # the settled episode came back
        "couldnt breathe for a few seconds after the fall, was completely fine within a minute, "
        "but it came back just now",
        # sweat from head to toe
        "chest pain, soaked from head to toe in sweat",
        # ko'd in a tackle and knocked out, with a memory gap
        "got ko'd in the tackle, head pounding and cant remember the second half",
        # strangled, then a hoarse voice and pain on swallowing
        "strangled by my ex last night, voice hoarse, hurts to swallow",
        # what both trees missed in the review: confusion after a fall, a breath not seen, an
        # emergency during a first-aid course, little dark urine after an ultra
        "he isnt making sense after the fall off the ladder, keeps asking the same questions",
        "doesnt seem to be breathing. grandad in his chair",
        "during first aid training a colleague went grey and collapsed, wont respond",
        "ran an ultra yesterday, pee tea coloured and not much of it",
        # what the second review's look-alikes showed the round's rules too narrow for
        "been getting chest tightness on the stairs all week, tonight its come on in bed",
        "plaster cast on my arm, painkillers not touching it and my fingers are white",
        "did a 100 burpee challenge, legs rock hard and swollen and my wee is dark brown",
        "cut my hand on rusty wire last week, now my jaw is getting stiff",
        "my son came home from training and said hes going to end it, hes got a knife",
        # ... and the third review's
        "cast on since yesterday, ibuprofen not touching it and my toes look dusky",
        "she screams when i move her fingers in the cast, calpol not helping at all",
        "fingers in his cast have gone white and he cant feel them",
        "chest ache on my walks for the past week, this morning it came on sitting at the table",
        "did 200 push ups for a bet, arms swollen and i cant straighten them, wee like coffee",
        "my jaws going tight a week after i stood on a rusty nail",
    ],
)
def test_round_bc_review_emergencies(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # pain at rest that a twist or a meal explains
        "chest pain for 3 days when i run, now at rest its worse when i twist, been 30 mins",
        "chest pain on runs all week, now it burns after meals, 30 mins lying down, heartburn?",
        # effort pain for days that rest settles
        "chest ache on the stairs all week, now sitting down its fine",
        # a fall in the match that hurts the chest
        "he went down during the match and his chest hurts from the tackle",
    ],
)
def test_round_bc_review_not_emergency(text):
    if text in URGENT_RAISED:  # read as an emergency on purpose: tests/safety/triage_sets.py
        assert level_as_pinned(text, "urgent"), assess(text).reasons
        return
    assert assess(text).level != "emergency", assess(text).reasons


def test_round_bc_set_after_its_round():
    assert_meets_targets("triage_external_bc.jsonl")
