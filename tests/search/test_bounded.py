"""Bounded queries: on a large collection, an "any word" query ranks on its rarer concepts
and an "all words" query ranks on them while still requiring every word (search.analysis
.bounded, used by both backends). The collections here are small, so the budget is made
small too."""

import pytest
from django.db import connection

from tests.factories import QuestionFactory
from weighin.qa.models import Question
from weighin.search import analysis
from weighin.search.analysis import Group, QueryPlan, bounded, search_plan
from weighin.search.backends import get_backend
from weighin.search.selectors import build_filter, search, similar_questions


def plan_of(*words: str, weights=None) -> QueryPlan:
    weights = weights or [1.0] * len(words)
    groups = tuple(Group(((w,),), weight) for w, weight in zip(words, weights, strict=True))
    return QueryPlan(groups, " ".join(words))


def names(plan: QueryPlan) -> list[str]:
    return [g.alternatives[0][0] for g in plan.groups]


def test_a_plan_within_the_budget_is_kept_whole():
    plan = plan_of("knee", "pain", "swelling")
    cut = bounded(plan, [400, 900, 300], documents=1_000_000, budget=2000)
    assert cut.exact and cut.ranked == plan and cut.window is None


def test_rare_concepts_are_ranked_and_common_ones_left_out():
    plan = plan_of("pain", "tinnitus", "week", "ganglion")
    cut = bounded(plan, [600_000, 1500, 500_000, 40], documents=1_000_000, budget=2000)
    assert names(cut.ranked) == ["tinnitus", "ganglion"]  # in the plan's order
    assert names(cut.common) == ["pain", "week"]
    assert cut.window is None


def test_importance_is_weight_times_rarity():
    plan = plan_of("eleven", "reflux", weights=[0.5, 4.0])
    cut = bounded(plan, [1500, 1800], documents=1_000_000, budget=2000)
    assert names(cut.ranked) == ["reflux"]  # rarer "eleven" weighs too little


def test_a_concept_matching_nothing_never_stands_alone():
    plan = plan_of("thank", "foods", "pain")
    cut = bounded(plan, [0, 19_000, 600_000], documents=1_000_000, budget=2000)
    assert names(cut.ranked) == ["thank", "foods"]
    assert cut.window == 1_000_000 * 2000 // 19_000


def test_when_every_concept_is_common_the_most_important_is_ranked_in_a_window():
    plan = plan_of("pain", "knee", weights=[1.0, 2.0])
    cut = bounded(plan, [600_000, 100_000], documents=1_000_000, budget=2000)
    assert names(cut.ranked) == ["knee"] and names(cut.common) == ["pain"]
    assert cut.window == 20_000


# --- both backends, on a collection made large for a budget of 12 --------------------------


@pytest.fixture
def small_budget(monkeypatch):
    monkeypatch.setattr(analysis, "RANK_BUDGET", 12)


@pytest.fixture
def knees(db, index, small_budget):
    """20 questions about knee pain, one of them about a ganglion cyst too, and 4 about a
    ganglion cyst of the wrist."""
    knee = [QuestionFactory(title=f"Why does my knee pain come back, case {n}?") for n in range(20)]
    cyst = QuestionFactory(title="Knee pain from a ganglion cyst behind the knee?")
    wrist = [
        QuestionFactory(title=f"Is a ganglion cyst on the wrist harmful, case {n}?")
        for n in range(4)
    ]
    index(*knee, cyst, *wrist)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # the statistics the backend estimates from
            cursor.execute("ANALYZE search_questiondocument")
    return knee, cyst, wrist


def test_any_word_query_ranks_on_the_rare_concept(knees):
    _, cyst, wrist = knees
    plan = search_plan("knee pain ganglion cyst")
    backend = get_backend()
    assert not backend._bounded(plan).exact  # the path under test
    hits = backend.search(plan, mode="any", filter=build_filter(), limit=10)
    assert {h.question_id for h in hits} == {cyst.pk, *(q.pk for q in wrist)}


def test_all_words_still_required_when_ranking_on_the_rare_ones(knees):
    _, cyst, _ = knees
    found = search("knee ganglion cyst")
    assert found.mode == "all" and found.total == 1
    assert [r.question.pk for r in found.results] == [cyst.pk]
    assert "<mark>" in found.results[0].title_html


def test_every_word_common_ranks_the_newest_matches(knees):
    knee, cyst, _ = knees
    found = search("knee pain")
    assert found.mode == "all" and 0 < found.total <= 21
    shown = {r.question.pk for r in found.results}
    assert len(shown) >= 8 and shown <= {q.pk for q in [*knee, cyst]}
    assert knee[0].pk not in shown  # the oldest match is outside the window


def test_similar_questions_on_a_bounded_plan(knees):
    _, cyst, _ = knees
    found = similar_questions(
        "Ganglion cyst behind my knee. Is the knee pain from it?", mode="lexical"
    )
    assert found and found[0].pk == cyst.pk


def test_pages_of_the_newest_matches_never_repeat(knees, monkeypatch):
    if connection.vendor == "sqlite":
        from weighin.search.backends import sqlite

        monkeypatch.setattr(sqlite, "NEWEST_POOL", 4)
    plan = search_plan("knee pain")
    backend = get_backend()
    pages = [
        [
            h.question_id
            for h in backend.search(plan, mode="all", filter=build_filter(), limit=3, offset=o)
        ]
        for o in range(0, 21, 3)
    ]
    shown = [pk for page in pages for pk in page]
    total = backend.count(plan, mode="all", filter=build_filter(), cap=1000)
    assert len(shown) == len(set(shown)) == total > 3  # as many as counted, none twice


def test_a_narrowing_filter_finds_its_matches_outside_the_newest_window(knees):
    """Only the oldest knee question is answered: the window of the newest matches, sized
    for the whole collection, must not hide it from an "answered only" search."""
    knee, _, _ = knees
    Question.objects.filter(pk=knee[0].pk).update(answer_count=1)
    plan = search_plan("knee pain")
    backend = get_backend()
    assert backend._bounded(plan).window  # the path under test
    answered = build_filter(answered=True)
    hits = backend.search(plan, mode="all", filter=answered, limit=10)
    assert [h.question_id for h in hits] == [knee[0].pk]
    assert backend.count(plan, mode="all", filter=answered, cap=1000) == 1


def test_sqlite_recounts_a_word_once_the_collection_has_grown(knees):
    """A count made when the collection was small (the word then rare) is not trusted once
    the collection has more than doubled."""
    if connection.vendor != "sqlite":
        pytest.skip("SQLite keeps counts; PostgreSQL estimates from its statistics")
    import hashlib

    from django.core.cache import cache

    from weighin.search.backends.sqlite import match_expression

    plan = search_plan("knee pain")
    backend = get_backend()
    assert backend._bounded(plan).window  # both words common at this size
    name = connection.settings_dict["NAME"]
    for group in plan.groups:
        expression = match_expression(QueryPlan((group,), plan.text), "any")
        key = hashlib.sha256(f"{name}:{expression}".encode()).hexdigest()[:32]
        cache.set(f"search:fts-count:{key}", (0, 1))  # "no match", counted at one document
    assert backend._bounded(plan).window  # counted again, not taken as rare
