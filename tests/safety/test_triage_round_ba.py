"""Triage, first session of 2026-11-28 (the third that day): leftovers from the last reviews and
blind sets BA and BB (read after each was scored once). Sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.safety.triage_sets import assert_meets_targets
from weighin.safety.triage import assess


@pytest.mark.parametrize(
    "text",
    [
        # "its agony" is severe pain: with a bladder that will not empty it is an emergency
        "not been able to wee since this morning, 11 hours now, and honestly its agony",
        # methods read up on for oneself are a plan, whatever "reading" says elsewhere
        "i keep reading up on ways to end my life, i think i know which one",
        # a method's feel asked, then the intent said
        "would it be painful to overdose on my amitriptyline? because if not i'll do it tonight",
        # a wound told first, then what it is doing, without the word blood
        "caught my shin on the trailer hitch, big gash. its pouring and the bandage isnt holding "
        "it",
        "stood on a broken bottle at the beach. the cut on my heel is still spurting",
        # a fall, then a neck in pain and tingling arms
        "my husband came off his bike on the ice. his neck really hurts and his hands are numb",
        # someone else's pills, a whole bottle, after a blow
        "my son swallowed a whole packet of his nan's tablets after a row with his girlfriend",
        # self-harm read again from every labelled set's misses: a goodbye with affairs settled
        "this is my last post. delete my profile afterwards. all my love to the kids",
        "my pin is on the fridge. tell my dad it was not his fault",
        "finished my will this morning and gave my fishing gear to my apprentice. what is the "
        "easiest way, please no lectures",
        # pills taken, then regretted; a lethal amount asked with a supply to hand
        "i swallowed all my tablets an hour ago and i've changed my mind what do i do",
        "what's a fatal amount of co-codamol for a woman my size. i have 4 packets saved",
        # a weapon where the writer is, its use set for a time
        "i've got a blade under my pillow and i'm going to use it when they're asleep",
        # a train that will not stop, watched from the edge
        "the 10:15 freight train comes through in a few minutes and doesn't stop. i'm by the "
        "tracks",
        # tablets counted over a day of paracetamol; too breathless for a sentence with chest
        # pain; a long lie; the back of the brain
        "been on paracetamol since breakfast for my back, must be 18 tablets by now",
        "dad's gripping his chest after carrying the shopping up and can't finish a sentence",
        "we found my grandad lying on the kitchen floor, he's freezing and doesn't know how long "
        "he's been there",
        "my mum all of a sudden can't walk straight and she says she's seeing double",
        # a wound gone dark with fever; towels bled through, counted; pressure that fails
        "graze on my knee from last week, now the skin around it has turned purple-black and "
        "i've got a temperature, the pain is much worse than it looks",
        "my daughter cut her foot on a shell, the blood is coming through 2 towels",
        "dad's on rivaroxaban, cut his hand on a tin, it's bleeding even though we've pressed on "
        "it for half an hour",
        # three systems after an exposure; an opioid's signs; a chemical found out by its taste;
        # sepsis with a pulse over 130 now
        "new antibiotic this morning and now i'm wheezy, covered in blotches and really dizzy",
        "he took some of his mate's codeine with beer, his pupils are tiny and his breathing is "
        "really shallow",
        "took a swig from a bottle in the shed, turned out to be weed killer, my mouth is burning",
        "kidney infection, on day 1 of antibiotics, shaking with rigors and pulse is 134",
        # weakness climbing with breathing; a slow pulse with low pressure; a newborn's green
        # sick; roused only by shaking; a soaked tea towel on a thinner; fast insulin by mistake
        "after a bad chest cold my feet went weak, then my legs, now my hands are going too and "
        "swallowing is difficult",
        "mum's monitor says 82/48 and pulse 40, she's sweaty and pale",
        "my 2 week old has been sick twice and it was dark green",
        "my husband has had flu for days and now i need to shake him to get a response",
        "bleeding gums for an hour on warfarin and i've soaked a flannel, feeling light headed",
        "i gave myself 30 units of my humalog by mistake instead of my night time insulin",
        # a choke that cleared, and then trouble breathing now
        "my son choked on a sweet, it came out but now he is struggling to breathe",
        # an adult's whole box
        "my husband swallowed a whole bottle of his sleeping tablets an hour ago and is locked in "
        "the bathroom",
        # round BB (the mind and the body together): mania somewhere high, catatonia,
        # refeeding, a drug's closed-angle glaucoma, a cut made on oneself, bleach regretted
        "my brother is psychotic again and he's out on the balcony railing saying he can fly",
        "my wife has severe depression, she hasn't spoken or moved for 3 days and won't eat or "
        "drink",
        "recovering from anorexia, started eating again last week, now my ankles are swollen and "
        "my heart is racing",
        "my eye is red and really painful, everything looks misty with halos, and i've been sick",
        "i made a cut on my arm and it won't stop bleeding",
        "swallowed some bleach an hour ago. my throat hurts. i don't want to die anymore",
        # round BD (an ordinary fortnight): paracetamol every few hours for days; a farewell to
        # the site that thanks it for the years
        "taking 2 co-codamol every few hours since monday for my back, feel a bit sick",
        "thanks all for the support over the years, you were the only people i could speak to. "
        "bye x",
        # the time said before the act
        "what is the most painless way. i'm sure now. tomorrow i'm doing it",
    ],
)
def test_round_ba_emergencies(text):
    assert assess(text).level == "emergency", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # a heart "has been fluttery" for hours is a persistent racing heart
        "my heart has been fluttery since lunch, 4 hours of it now, no pain",
        # self-injury told as coping; a wish written in an essay
        "i scratch my thighs with a razor when i feel numb, did it again last night, it's not deep",
        "the teacher found out my son wrote in an english essay that he wants to die",
        # hopelessness said over and over, no plan
        "my wife keeps saying 'what's the point' and hasn't left bed in a week, says she's safe",
    ],
)
def test_round_ba_urgent(text):
    assert assess(text).level == "urgent", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # agony as a figure of speech
        "the wait for my biopsy results is agony, how long does it usually take?",
        "it was agony waiting for the scan but the lump was benign",
        # reading about suicide as a topic; a method question with no intent
        "been reading a book about suicide prevention for my counselling course, any others?",
        "is it painful to overdose on paracetamol? we were arguing about it after a documentary",
        # a threat on a condition, laughed at
        "if the kids ask for one more snack today i'm throwing myself off the roof lol. tips for "
        "fussy eaters?",
        # too much of a good food; going back to work; CPR asked about; the weather blamed
        "overdosed on mince pies and cheese over christmas, how do i get back on track?",
        "first aid question: when giving cpr to a baby do you use two fingers?",
        # a bleed told about afterwards; a tingling neck from sleeping funny, no fall
        "a friend of hers tried to end her life over the summer, she's doing well now, how do I "
        "support my daughter?",
        "woke up with a stiff neck and my hands tingly, i think i slept on them funny",
        # a pack counted, not taken; an ordinary dizzy spell; found on the floor playing
        "bought a box of 32 paracetamol tablets for the house, is it ok to keep them in the car?",
        "found my son on the floor of his room doing a jigsaw at 2am, how do i fix his sleep?",
        # a fit cyclist's slow pulse after a sweaty ride
        "my resting pulse is 41 and i get really sweaty on my bike, i am a keen cyclist, ok?",
        # someone else's bleed, already transfused; a choke that cleared, said sentences later
        "my aunt haemorrhaged after her c-section and needed two transfusions, is it genetic?",
        "my daughter choked on a bit of apple at breakfast. i patted her back and it came out "
        "straight away. she's been fine since, anything to look out for?",
        # CPR to be learnt; a stroke already named; an attack whenever it comes
        "is baby cpr different from adult cpr? doing a first aid course next week",
        "dad had his stroke in the spring and is very forgetful, is that part of the stroke?",
        # round BB's false alarms: a workplace phrase, panic or sleep coming, fear of a reaction,
        # an overdose defined, a joke about a stroke, a bitten tongue healed, a dated fall told in
        # the past
        "we had unconscious bias training today and it was awful, how do i cope with work stress",
        "my fear of anaphylaxis means i never eat out, i have a peanut allergy, any tips?",
        "how many paracetamol counts as an overdose? i always forget if i've had my 4 a day",
        "bit my lip in my sleep and it bled loads, all healed now. is that stress?",
        "mum was found unconscious after her fall in 2021, she's fine now, how do i stop worrying?",
        "my husband stopped breathing in his sleep for a bit and he snores loud, is that apnoea?",
        # round BD's false alarms: a first-aid question; a cardiac arrest survived; a baby's
        # splutter that was over at once; words muddled when tired
        "first aid question: what do you do for a choking toddler?",
        "my dad had a cardiac arrest last year and survived thanks to cpr, should we buy a "
        "defibrillator?",
        "my baby choked on her milk during a feed, coughed, then was fine straight away. normal?",
        # a pulse taken on a run, with a cold
        "got a cold and feel shivery, my pulse was 135 on my run yesterday, is that bad?",
        # an account deleted for privacy; a commuter's train; a bridge for the view
        "please delete my account after my question is answered, privacy reasons. is 1500 kcal "
        "enough for a woman?",
        "the express doesn't stop at my station so i'm late every day, any tips for stress?",
        "was standing on the bridge taking photos of the sunset and got stung by a wasp, it's "
        "a bit itchy, what cream?",
        # medicines to be locked away from a toddler
        "what's the fatal dose of iron tablets for a child? i have 2 boxes and a toddler, should "
        "i lock them away",
    ],
)
def test_round_ba_routine(text):
    assert assess(text).level == "routine", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # "going back to work" is no pain spreading to the back; the weather blamed for breath;
        # an attack whenever it comes
        "whenever i get a panic attack i feel like i can't breathe, how do i stop them?",
        "my chest feels tight going back to work after maternity leave, it's just nerves I think",
        "humidity makes me feel like i can't breathe properly, is a dehumidifier worth it?",
        "when i panic i feel like i can't breathe, is there an app that helps?",
        "my sister says i'm having a stroke when i get my words muddled lol, i'm just tired",
        "my mum gets her words muddled when she's tired since her covid, worth a gp visit?",
    ],
)
def test_round_ba_not_emergency(text):
    assert assess(text).level != "emergency", assess(text).reasons


def test_round_ba_an_accident_is_no_self_harm():
    # a burn from the oven is a burn (urgent when blistered), not self-injury
    a = assess("burnt my wrist on the oven door taking out a tray, it's blistered, what cream?")
    assert a.category != "self_harm", a.reasons


def test_round_ba_and_bb_sets_after_their_round():
    # BA (seasons and weather) and BB (working-age minds and bodies): written blind, scored once
    # (REPORT.md), then read; after their rounds they meet every target
    assert_meets_targets(
        "triage_external_ba.jsonl", "triage_external_bb.jsonl", "triage_external_bd.jsonl"
    )
