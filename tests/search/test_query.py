"""Typed text becomes plain words and safe engine queries (no database)."""

from pathlib import Path

import pytest

from weighin.search import synonyms
from weighin.search.analysis import (
    MAX_QUERY_CHARS,
    search_plan,
    similar_plan,
    tokens,
)
from weighin.search.backends.postgres import tsquery
from weighin.search.backends.sqlite import match_expression

TEST_SYNONYMS = Path(__file__).with_name("synonyms_test.txt")


@pytest.fixture
def test_synonyms(monkeypatch):
    """The synonym index built from this folder's own small list."""
    from weighin.search.text import load_synonyms

    monkeypatch.setattr(synonyms, "_load", lambda: load_synonyms(TEST_SYNONYMS))
    synonyms.synonym_index.cache_clear()
    yield
    synonyms.synonym_index.cache_clear()


@pytest.mark.parametrize(
    "typed",
    [
        '"heart',
        "heart*",
        "heart NEAR/3 attack",
        "-heart OR attack AND",
        "(heart) title:attack",
        "'; DROP TABLE qa_question; --",
        "heart^2 {attack} [x] \\ ",
    ],
)
def test_operator_syntax_becomes_quoted_words(typed):
    plan = search_plan(typed)
    expression = match_expression(plan, "all")
    for word in plan.words:
        assert word.isalnum()
    # every word is quoted; only our own operators stand between them
    stripped = expression.replace('"', " ").replace("*", " ").replace("(", " ").replace(")", " ")
    assert set(stripped.split()) <= {*plan.words, "AND", "OR"}
    assert all(part.startswith('"') for part in expression.split(" AND "))


def test_stop_words_go_and_what_is_left_is_searched():
    assert search_plan("what is the cause of hiccups").words == ["cause", "hiccups"]
    assert search_plan("how to").words == ["how"]  # better stop words than nothing
    assert not search_plan("?!... ---")
    assert not search_plan("")


def test_huge_queries_are_capped():
    plan = search_plan("x" * 5000 + " tail")
    assert len(plan.text) == MAX_QUERY_CHARS
    assert "tail" not in plan.words
    assert len(search_plan(" ".join(f"word{n}" for n in range(100))).groups) == 12


def test_non_latin_text_is_words_too():
    assert tokens("头痛 怎么办") == ["头痛", "怎么办"]
    assert tokens("صداع شديد") == ["صداع", "شديد"]
    assert tokens("😀🤒 fever") == ["fever"]
    assert search_plan("🤒🤒").groups == ()


def test_last_word_is_a_prefix_while_typing():
    plan = similar_plan("why do my kidney sto")
    assert plan.groups[-1].prefix
    assert match_expression(plan, "any").endswith('"sto"*')
    assert not similar_plan("why do my kidney stones hurt?").groups[-1].prefix


def test_derived_forms_are_searched_as_a_prefix_of_their_stem():
    expression = match_expression(search_plan("treatment options"), "all")
    assert '"treat"*' in expression
    assert "'treat':*" in tsquery(search_plan("treatment options"), "all")


def test_postgres_query_quotes_every_word(test_synonyms):
    text = tsquery(search_plan("knee & ankle | !pain <-> 'x' :*"), "all")
    assert text == "'knee' & 'ankle' & 'pain' & 'x'"


def test_consumer_message_weights_subject_and_question(test_synonyms):
    plan = similar_plan(
        "Sore throat. Hi doctor, thanks for reading. I am a teacher and I talk all day. "
        "Why does my voice go by the evening?"
    )
    weights = {g.alternatives[0][0]: g.weight for g in plan.groups}
    assert "hi" not in weights and "thanks" not in weights  # greetings dropped
    assert weights["throat"] > weights["teacher"]  # the subject line counts more
    assert weights["voice"] > weights["teacher"]  # so does the question


def test_synonyms_expand_into_one_group(test_synonyms):
    plan = search_plan("hay fever tablets")
    group = plan.groups[0]
    assert group.alternatives[0] == ("hay", "fever")
    assert ("allergic", "rhinitis") in group.alternatives
    assert '("hay fever" OR "allergic rhinitis")' in match_expression(plan, "all")
    assert "(('hay' <-> 'fever') | ('allergic' <-> 'rhinitis'))" in tsquery(plan, "all")


def test_synonym_phrases_keep_their_stop_words(test_synonyms):
    plan = search_plan("hardening of the arteries")
    assert plan.groups[0].alternatives[0] == ("hardening", "of", "the", "arteries")
    assert '"hardening of the arteries"' in match_expression(plan, "all")


def test_an_alternative_containing_the_typed_words_is_not_added(test_synonyms):
    # "acid reflux" adds nothing to "reflux" but would count its words twice in the ranking
    plan = search_plan("reflux")
    assert ("acid", "reflux") not in plan.groups[0].alternatives
    assert ("heartburn",) in plan.groups[0].alternatives


def test_stop_word_alone_never_triggers_a_synonym(test_synonyms):
    assert search_plan("scan us").groups[0].alternatives == (("scan",),)
    assert len(search_plan("scan us").groups) == 1
