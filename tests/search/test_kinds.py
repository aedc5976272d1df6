"""Kinds of question (weighin.search.kinds): consumer phrasing, clauses, names that contain cue
words, what is asked versus what the story tells, and the compatibility of kinds.

Every sentence here is written for these tests; none comes from a data set. No database.
"""

from __future__ import annotations

import pytest

from weighin.search import kinds as K

# Patients rarely ask "How is X treated?"; they ask around it.
CONSUMER_PHRASINGS = [
    ("What can be done for my tinnitus?", K.TREATMENT),
    ("Can keratoconus be fixed?", K.TREATMENT),
    ("Can kidney damage be reversed?", K.TREATMENT),
    ("I have had plantar fasciitis for a year. Nothing works. Please help.", K.TREATMENT),
    ("Anything new for macular degeneration?", K.TREATMENT),
    ("Can scoliosis be operated on?", K.TREATMENT),
    ("My husband has COPD and gets out of breath. What else can he do?", K.TREATMENT),
    ("Is laser an option for glaucoma?", K.TREATMENT),
    ("Would a hearing aid help my tinnitus?", K.TREATMENT),
    ("Is it possible to lower cholesterol without statins?", K.TREATMENT),
    ("Should she keep taking the steroid cream?", K.TREATMENT),
    ("What vitamins are good for neuropathy?", K.TREATMENT),
    ("Could my diet be behind these headaches?", K.CAUSE),
    ("Is it the new pills that are making me dizzy?", K.CAUSE),
    ("How do people end up with hepatitis C?", K.CAUSE),
    ("What brings on gout attacks?", K.CAUSE),
    ("Are hot flashes part of menopause?", K.SYMPTOMS),
    ("What would I notice if my thyroid was low?", K.SYMPTOMS),
    ("How would a doctor know if it is cancer?", K.DIAGNOSIS),
    ("Should I get a colonoscopy?", K.DIAGNOSIS),
    ("What does a high PSA mean?", K.DIAGNOSIS),
    ("Is it curable or will I have it forever?", K.PROGNOSIS),
    ("Can I pass sickle cell to my baby?", K.INHERITANCE),
    ("What can I do so I don't get it again?", K.PREVENTION),
    ("Is there a shot for shingles?", K.PREVENTION),
    ("What happens if high blood pressure is not treated?", K.COMPLICATIONS),
    ("Who is the best doctor for this in Chicago?", K.RESOURCES),
    ("What exactly is fibromyalgia?", K.INFORMATION),
    ("Please send me anything you have on scleroderma.", K.INFORMATION),
    ("I was just diagnosed with Graves disease and know nothing about it.", K.INFORMATION),
]


@pytest.mark.parametrize(("text", "kind"), CONSUMER_PHRASINGS)
def test_consumer_phrasings_are_recognised(text, kind):
    assert kind in K.question_kinds(text)[:2]


def test_being_diagnosed_is_story_not_a_diagnosis_question():
    assert K.DIAGNOSIS not in K.sentence_kinds("I was diagnosed with gout last year.")
    assert K.DIAGNOSIS in K.sentence_kinds("How is gout diagnosed?")


def test_cue_words_inside_a_name_are_not_kinds():
    assert K.question_kind("What is hereditary angioedema?") == K.INFORMATION
    assert K.question_kind("How many people are affected by hereditary angioedema?") == (
        K.FREQUENCY
    )
    assert K.question_kind("What is progressive supranuclear palsy?") == K.INFORMATION
    # ... but the same words still ask when they are the question
    assert K.question_kind("Is it hereditary?") == K.INHERITANCE
    assert K.INHERITANCE in K.question_kinds("Is it a hereditary disease?")


def test_each_clause_of_a_sentence_counts():
    both = K.sentence_kinds("What is sarcoidosis, and how do you treat it?")
    assert set(both) == {K.INFORMATION, K.TREATMENT}
    # a definition frame around a specific kind asks that kind only
    assert set(K.sentence_kinds("What is the treatment for sarcoidosis?")) == {K.TREATMENT}
    assert set(K.sentence_kinds("What are the symptoms and treatment of gout?")) == {
        K.SYMPTOMS,
        K.TREATMENT,
    }


def test_profile_separates_what_is_asked_from_the_story():
    profile = K.kind_profile(
        "Gallstones. The scan last week showed stones. What can I take for the pain now?"
    )
    assert K.TREATMENT in profile.asked
    assert K.DIAGNOSIS in profile.told
    assert K.DIAGNOSIS not in profile.asked
    assert profile.only_told(K.DIAGNOSIS)
    assert not profile.only_told(K.TREATMENT)
    assert profile.share(K.TREATMENT) == 1.0
    assert profile.share(K.DIAGNOSIS) == 0.0


def test_a_message_that_asks_nothing_in_so_many_words_is_its_own_question():
    profile = K.kind_profile("Information on lupus treatment options.")
    assert K.TREATMENT in profile.asked
    assert not profile.told


def test_compatibility_matrix():
    assert K.compatibility(K.TREATMENT, K.TREATMENT) == 1.0
    assert K.compatibility(K.CAUSE, K.INHERITANCE) == K.RELATED_SHARE
    assert K.compatibility(K.CAUSE, K.SIDE_EFFECTS) == K.RELATED_SHARE
    assert K.compatibility(K.TREATMENT, K.CAUSE) == 0.0
    assert K.compatibility(K.OTHER, K.OTHER) == 0.0
    # a definition answers a sliver of a specific question, less than a related kind
    assert 0.0 <= K.compatibility(K.INFORMATION, K.TREATMENT) < K.RELATED_SHARE
    assert K.compatibility(K.TREATMENT, K.INFORMATION) == 0.0
