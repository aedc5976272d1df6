"""Triage mechanisms found on external sets D, E and F (each spent as a blind set, then read)
and on the training sets of three more writers, each pinned by wording of our own, with the hard
negatives each must leave alone. Rules alone (no learned backstop), so a rule that breaks fails
here whatever the model would have rescued."""

from __future__ import annotations

import pytest

from weighin.safety.triage.verdict import assess_with

EMERGENCIES = [
    # toxic fumes, then breathing or chest trouble
    (
        "i mixed two cleaners in the shower and now my chest feels tight and i keep coughing",
        "poisoning",
    ),
    ("chlorine fumes from the pool store room, my breathing is getting harder", "poisoning"),
    # smoke, then a hoarse voice (a burnt airway) or breathing getting tighter
    ("kitchen fire, i breathed in so much black smoke and my voice has gone hoarse", "breathing"),
    # a swelling face after a new drug, swallowing and breathing hard
    (
        "an hour after the new tablets my face began swelling and it is hard to talk and breathe",
        "allergy",
    ),
    # weakness climbing the body, now breathing or swallowing
    (
        "my feet went weak on tuesday, now it's spreading up to my hips and breathing feels harder",
        "neuro",
    ),
    # a baby who stopped breathing, went limp or blue, however well now
    (
        "my 2 month old went floppy and blue in the car seat for a moment, she seems ok now",
        "pediatric",
    ),
    ("newborn stopped breathing for about 10 seconds in his sleep then started again", "pediatric"),
    # submersion, then fast breathing
    (
        "we pulled my daughter out of the lake after she went under, she's breathing really fast",
        "breathing",
    ),
    # a crash, then faint with belly pain
    (
        "came off my motorbike accident an hour ago, now my stomach hurts a lot and i feel faint",
        "other",
    ),
    ("bike crash this morning and now i am really dizzy with bad pain in my left belly", "other"),
    # chest pressure with arm and neck ache and drenching sweat
    ("heavy pressure in my chest, my jaw and arm ache and i am drenched", "cardiac"),
    # stroke signs in other words, with a misspelling
    (
        "i think mum is having a storke, her arm is heavy and her words are not coming out right",
        "stroke",
    ),
    # means in use: a car engine running in a closed garage
    (
        "cant do this anymore. sitting in the car with the engine on and the garage door closed",
        "self_harm",
    ),
    # a large-dose question, then "I already did"
    ("what happens if you swallow 30 of your sleeping tablets? i already did", "self_harm"),
    # a poison drunk because of a wish to die (non-native wording)
    ("my father drink the rat poison because he want to die, now he is shaking", "self_harm"),
    # self-harm: an act about to happen, a ligature ready, wrists opened, a cut gone too far
    ("standing on the roof of the car park now, about to go over the edge", "self_harm"),
    ("the rope is ready and tied in the shed. nobody will miss me", "self_harm"),
    ("slit my wrists in the bathroom, there is a lot of blood", "self_harm"),
    ("cut much deeper than i wanted to on my arm and it won't stop bleeding", "self_harm"),
    # a time and all of a medicine; affairs settled and a gun; letters written and a dose asked
    ("tonight i will take all of my insulin, i am so done", "self_harm"),
    ("my uncle has put his affairs in order and says he is going to use his shotgun", "self_harm"),
    ("have written the letters already. would 25 of my amitriptyline be enough", "self_harm"),
]

ROUTINE = [
    # fumes and smoke with nothing wrong now, or only in general
    "does mixing bleach and vinegar make toxic fumes? asking before i clean the bathroom",
    "we had a small kitchen fire last year, what smoke alarm do you recommend?",
    # a face that swelled from a knock, a spreading rash
    "can a rash spreading up my arm from a plant be poison ivy?",
    # a baby question in general, an adult fainting story
    "if a baby stops breathing, what should you do first?",
    "how do you do cpr on a toddler? i want to be ready",
    "what is the right ratio of compressions to breaths in cpr for adults?",
    # a stroke question, not a stroke
    "my dad had a stroke in 2018, what foods help prevent a stroke?",
    # idioms
    "laughed so hard at the wedding speech that i could not breathe, best day ever",
    "i cannot breathe lol this meme is too much. anyway, is it normal to hiccup after eating?",
    # a crash long ago, drenched by rain
    "since my car accident in 2015 my neck is stiff in the mornings, any stretches?",
    "got drenched in the rain walking home, now a runny nose, just a cold?",
    # self-harm words in ordinary plans
    "my son is about to jump into the pool for the first time, do we need ear plugs?",
    "going to use my rifle at the range this weekend, is that ok with a sore shoulder?",
    "i have written a note for school about her asthma, what should it say?",
    "we put all our affairs in order before the move abroad, which vaccines do we need?",
]


def test_ascending_numbness_alone_is_urgent() -> None:
    a = assess_with("tingling in both feet creeping up towards my knees since last week", None)
    assert (a.level, a.category) == ("urgent", "neuro"), a.reasons


def test_a_settled_swelling_read_again_does_not_crash() -> None:
    # The rules re-read an episode that has passed; they once looked up its mention among the
    # active ones only and raised KeyError on this shape of text.
    text = (
        "my mother was seen on monday for a swollen lip and cheek, ice helped and it went away in"
        " a day. this evening the swelling recurred with her tongue and gums now swollen. why?"
    )
    a = assess_with(text, None)
    assert a.level in ("urgent", "emergency"), a.reasons


# --- Mechanisms found on external set F (spent as a blind set, then read) --------------------

EMERGENCIES_F = [
    # angina spray that did not help; a slow pulse written as "pulse 38"
    ("using my nitro spray for the chest tightness, three puffs and it is not helping", "cardiac"),
    (
        "grandad looks dreadful, pale and sweaty, pulse 38 on the machine and nearly passed out",
        "cardiac",
    ),
    # a toddler's red-jelly nappy with screaming and knees pulled up
    (
        "my 18 month old screams then goes quiet, pulls her knees up, red jelly in her nappy",
        "pediatric",
    ),
    # self-harm: plan, means and day said outright; pills in hand; a lie about being fine
    ("i have a plan and i have the stuff, the day is tonight", "self_harm"),
    ("pills in my hand now, i just want it all to stop for good", "self_harm"),
    ("top floor of the car park, keep looking over. told my mum i was fine. i lied", "self_harm"),
    # a blade taken to one's own arm, and the fear of being sectioned
    ("sliced my forearm with a razor blade, cannot go in because they'll section me", "self_harm"),
    # a poison drunk because of a blow in life
    ("my brother drank the weed killer because he lost the farm, he keeps vomiting", "self_harm"),
]

ROUTINE_F = [
    "i cannot breathe without my morning tea haha, is caffeine ok in pregnancy?",
    "choked on my drink laughing at the film, fine now. how do you do back blows on an adult?",
    "that ice cream headache felt like i was having a stroke lol, what causes it?",
    "used my nitro spray once last month and it worked, should i always carry it?",
    "i have a plan to lose weight by the summer, is 1200 calories too low?",
    "my pulse 58 at rest since i started running, is that fine?",
]


def test_a_deep_cut_alone_is_urgent_not_an_emergency() -> None:
    a = assess_with(
        "my son cut his knee on glass, deep enough that we can see fat. stitches?", None
    )
    assert a.level == "urgent", a.reasons


# --- Mechanisms found on the training sets written by three more writers --------------------

EMERGENCIES_W = [
    # a crushing or pressing pain named without "chest", with sweating and sickness
    ("feels like someone is sitting on him, he is grey and sweaty and being sick", "cardiac"),
    # the two classic places named together
    ("heavy pressure, left arm and jaw, cold sweat, it is 4am", "cardiac"),
    # arm and jaw pain come on suddenly with faintness
    ("suddenly both arms ache and my jaw feels tight, i think i am going to pass out", "cardiac"),
    # one side that will not move; half the page unseen; messages that make no sense
    ("found my aunt on the floor, awake but she cannot move one side", "stroke"),
    ("out of nowhere he cannot see the left half of the tv screen", "stroke"),
    ("mum's messages suddenly make no sense and her face is dropping on one side", "stroke"),
    # a weapon turned on oneself; petrol over oneself; a threat to jump now
    ("my brother has the knife against his throat in the kitchen", "self_harm"),
    ("shotgun's loaded and i'm sitting in the truck", "self_harm"),
    ("my neighbour poured petrol over himself in the drive and has matches", "self_harm"),
    ("my sister is on the ledge threatening to jump", "self_harm"),
    # a dose asked about after it was taken
    ("will 30 of my quetiapine kill me, i just took them", "self_harm"),
    # an act about to happen
    ("on the footbridge with one leg over the railing", "self_harm"),
    ("my flatmate says she will jump and she is at the open window", "self_harm"),
    ("the tablets are already dissolved in my tea", "self_harm"),
    ("tipped out all my pills and every blister pack into a bowl on the bed", "self_harm"),
    # means at hand with a farewell; a set time with a place
    ("his revolver is on the table and he keeps saying one last whisky", "self_harm"),
    ("at the level crossing, the next train is due in 6 minutes", "self_harm"),
    ("she left a note saying don't look for me and her sleeping tablets are gone", "self_harm"),
    # ages written short; a soft spot bulging in such a baby
    ("my 3 mo has a bulging soft spot and a weird high cry", "pediatric"),
    # a newborn floppy and blue after a birth at home; a breech birth under way
    ("i just delivered at home and the baby is floppy and blue", "pediatric"),
    ("39 weeks, on my own, the baby's bottom is coming out first", "pregnancy"),
    # sudden testicle pain with vomiting; a baby quiet and staring after a fall
    ("my 15 year old has sudden agony in one testicle and is throwing up", "other"),
    (
        "our 9 month old rolled off the bed onto his head and now he is very quiet and staring",
        "pediatric",
    ),
    # a poison guessed after the act; a young baby cold and not feeding
    ("my toddler drank from a bottle in the shed, i think it is weed killer", "poisoning"),
    ("6 week old has not fed since this morning and feels cold to touch", "pediatric"),
    # thoughts of hurting the baby and oneself, now
    ("i am standing by the cot thinking about hurting my baby and myself right now", "self_harm"),
    # found on blind set G once spent: every pill one had, a blade in hand, a day after a stash
    ("gin and every sleeping pill i had left. it's done, i won't wake up", "self_harm"),
    ("razor in my hand. give me one reason", "self_harm"),
    (
        "been stockpiling my percs and now there are enough. friday is when i'm doing it",
        "self_harm",
    ),
    # pink frothy sputum; one fit after another; a cord felt; ketoacidosis; cold and slow
    ("cannot lie flat, wheezing and coughing up pink frothy stuff", "breathing"),
    ("he had a fit, then another started before he came round", "neuro"),
    ("my waters went at 37 weeks and i can feel something like the cord", "pregnancy"),
    ("type 1, meter says HI, been sick twice and his breath smells of pear drops", "other"),
    ("grandad is ice cold to the touch, talking very slowly, and has stopped shivering", "other"),
    # a poison found to be one after the drink; wild mushrooms and vomiting
    ("my dad drank from a juice bottle but it was weed killer, his throat burns", "poisoning"),
    ("we foraged mushrooms yesterday and now we are both vomiting nonstop", "poisoning"),
    # "hr" before a number is a heart rate, not an hour
    ("hr 38 on my watch and i nearly fainted twice", "cardiac"),
]

ROUTINE_W = [
    "is it normal to feel pressure in my ears after flying?",
    "my arm and jaw ached after the dentist numbed me, is that the injection?",
    "can a gun safe in the house be a risk with teenagers, we keep the rifle unloaded",
    "we cooked with the knife against the board and i cut my finger a bit",
    "what does it mean when someone is threatening to jump ship from a job, asking for a friend",
    "is 30 of my 5mg amlodipine a month the normal prescription?",
    "i have decided. i'm going vegan for january, any tips for iron?",
    "the next train is due in 5 minutes and my chest is fine, just a cough",
    "my dad poured one last whisky at the wedding, can alcohol affect his warfarin?",
    "i popped all the pills out of the blister packs into a weekly organiser, is that ok?",
    "3 weeks, still coughing at night, any syrup that works?",
    "my testicles feel a bit heavy in hot weather, is that normal?",
    "hard skin on the balls of my feet, what cream?",
    "i think it is weed killer season, is roundup safe near a vegetable patch?",
    "had a dream my arm went numb and i could not speak, all fine when i woke. what does it mean?",
    "i can't breathe when my brother does his stand-up routine lol, is laughing asthma real?",
    "we bought mushrooms from the market and cooked them, are they ok to freeze?",
    "my blood sugar meter says hi when i switch it on, how do i set the time?",
]


@pytest.mark.parametrize(("text", "category"), EMERGENCIES + EMERGENCIES_F + EMERGENCIES_W)
def test_rules_alone_read_an_emergency(text: str, category: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("emergency", category), a.reasons


@pytest.mark.parametrize("text", ROUTINE + ROUTINE_F + ROUTINE_W)
def test_hard_negative_is_not_an_emergency(text: str) -> None:
    a = assess_with(text, None)
    assert a.level != "emergency", a.reasons
