"""Triage: self-harm emergencies the learned backstop alone used to raise, given to the self-harm
rules by situation (these sentences are ours): both wrists cut, an overdose told by how it was
taken, a ligature or fumes now, a firearm in the lap, a blade with the bath, a means and its use
named for tonight, self-inflicted cuts told by how they were made, and the warning-sign families
in plainer words (a height or a platform, a message for those left, a decision, a method, being
cut off, a last apology). Each case asserts the rule's own reason, so it fails without the rule;
the look-alikes (an accident, an operation, a hobby, a dose for a headache, a wish with no plan)
must stay as they were.
"""

from __future__ import annotations

import pytest

from weighin.safety.triage.verdict import assess_with


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # acts, an emergency on their own
        (
            "cut open both of my wrists with the craft knife, theres blood all over the floor",
            "both of my wrists",
        ),
        ("she slashed both her wrists in the shower and wont let me in", "slashed both her"),
        (
            "emptied every tablet in the house into my hand and swallowed the lot, so drowsy",
            "emptied every tablet",
        ),
        (
            "my sister says she has taken everything in the bathroom cabinet, gone quiet now",
            "taken everything in the bathroom",
        ),
        ("already swallowed them, maybe 35, my ears are buzzing", "already swallowed them"),
        (
            "how much sertraline would stop your heart. asking because i already took them",
            "how much sertraline",
        ),
        ("took my flatmate's zopiclone, maybe 30 of them, feel sick", "maybe 30"),
        ("my uncle just told me he has his rifle in his lap in the shed", "rifle in his lap"),
        ("engine's running in the garage and i shut the door, just want to sleep", "garage"),
        (
            "tied a belt round my neck in the wardrobe but it slipped off, throat really sore",
            "tied a belt round my neck",
        ),
        ("the cord's tied to the banister, sitting on the top step", "tied to the banister"),
        ("i'm in the bath with dad's razor blades. nobody is back till monday", "in the bath"),
        ("theres a rope in my wardrobe and im going to use it tonight", "rope in my wardrobe and"),
        ("cut so deep tonight i can see yellow fat in it", "cut so deep tonight"),
        # warning-sign families in plainer words, two together
        ("up on the roof of my block. just wanted someone to know. sorry mum", "a last word"),
        ("on the overpass now. tell my brother it was not his fault", "on the overpass"),
        ("decided. putting the car into a tree on the bypass tonight. bye everyone", "a plan"),
        ("made my mind up, gonna crash the car when everyone's asleep", "a method"),
        (
            "my friend just messaged 'look after my cat for me' and her phone goes straight to "
            "voicemail",
            "phone goes straight",
        ),
        ("estoy en el puente, ya no puedo mas. tell my daughter i love her", "estoy en el puente"),
        ("im on the platform. next fast one in 3 minutes. bye x", "next fast one in 3"),
    ],
)
def test_self_harm_situation_is_an_emergency(text: str, reason: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("emergency", "self_harm"), a.reasons
    assert any(reason in r for r in a.reasons), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # an accident or an operation on the wrists
        "cut both my wrists on a broken jar doing the dishes, small cuts, plasters on",
        "they cut both my wrists in the carpal tunnel op, when can i drive",
        # a couple of someone else's tablets for a headache
        "took my mum's tablets after an argument, only 2, for my headache",
        # a means kept for what it is for
        "i have a gun in the cabinet for clay shooting, going to use it tomorrow at the range",
        "bought a razor for my legs, will use it tonight in the bath, any tips for a rash",
        "my dad's model railway, i sat on the train tracks to fix the points lol, my knee hurts",
        # things given away, a day named, for an ordinary reason
        "gave my old bike to the charity shop when we moved. doing a 10k tomorrow, knee sore",
        "goodbye gallbladder! surgery tomorrow, what can i eat after",
        "jumped into the pool from the high board on purpose for a dare, now my ear hurts",
        # medicines taken as prescribed; an attempt long past
        "i already took them this morning with breakfast, the metformin tablets. is nausea normal",
        "years ago i took all my tablets, im well now and in therapy. how do i tell my new gp",
        "sick leave for stress for 6 weeks, how do i know when im ready to go back",
    ],
)
def test_look_alike_is_not_a_self_harm_emergency(text: str) -> None:
    a = assess_with(text, None)
    assert not (a.level == "emergency" and a.category == "self_harm"), a.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a wish with no plan stays urgent: the plainer words are not read beside a wish
        "i keep thinking everyone would be better off without me. no plan, im safe tonight",
        "so tired of everything lately, sometimes i wish i could disappear. not doing anything",
    ],
)
def test_wish_without_plan_stays_urgent(text: str) -> None:
    a = assess_with(text, None)
    assert (a.level, a.category) == ("urgent", "self_harm"), a.reasons
