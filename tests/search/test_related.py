"""Related questions on the question page come from search, answered first, cached."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import QuestionFactory, TopicFactory, make_answer
from weighin.qa.models import Question
from weighin.search.selectors import related_questions


def test_related_by_words_answered_first_never_itself(db, index):
    question = QuestionFactory(title="Why does my heel hurt in the morning?")
    unanswered = QuestionFactory(title="Heel pain when I stand up in the morning")
    answered = QuestionFactory(title="Is heel pain a sign of plantar fasciitis?")
    make_answer(answered)
    other = QuestionFactory(title="Can I swim with a new tattoo?")
    index(question, unanswered, answered, other)
    related = related_questions(question, [])
    assert [q.pk for q in related] == [answered.pk, unanswered.pk]


def test_same_topic_questions_fill_the_list(db, index):
    topic = TopicFactory(name="Feet")
    question = QuestionFactory(title="Why does my heel hurt in the morning?")
    question.topics.add(topic)
    same_topic = QuestionFactory(title="Are flat shoes bad for you?")
    same_topic.topics.add(topic)
    make_answer(same_topic)
    index(question, same_topic)
    assert [q.pk for q in related_questions(question, [topic.pk])] == [same_topic.pk]


def _answered(title: str, topic, doctors: int, status=Question.Status.PUBLISHED) -> Question:
    question = QuestionFactory(title=title, status=status)
    question.topics.add(topic)
    Question.objects.filter(pk=question.pk).update(answer_count=doctors, weighed_in_count=doctors)
    return question


def test_search_matches_first_then_same_topic_by_doctors_weighing_in(db, index):
    feet, skin = TopicFactory(name="Feet"), TopicFactory(name="Skin")
    question = QuestionFactory(title="Why does my heel hurt in the morning?")
    question.topics.add(feet)
    match = QuestionFactory(title="Heel pain after a long walk")
    make_answer(match)  # one doctor: fewer than every same-topic question below
    few = _answered("Can I wear sandals all summer?", feet, doctors=2)
    most = _answered("Are flat shoes bad for you?", feet, doctors=5)
    some = _answered("Should toenails be cut straight across?", feet, doctors=3)
    _answered("Is running barefoot safe?", feet, doctors=0)  # unanswered: never a fill
    _answered("Do insoles help with bunions?", feet, doctors=9, status=Question.Status.HELD)
    _answered("Why is my scalp so itchy?", skin, doctors=9)  # answered, another topic
    index(question, match)  # the others only as same-topic questions, not as search matches

    related = related_questions(question, [feet.pk])
    assert [q.pk for q in related] == [match.pk, most.pk, some.pk, few.pk]
    cache.clear()  # a search match stays first even when same-topic questions outweigh it
    assert [q.pk for q in related_questions(question, [feet.pk], limit=2)] == [match.pk, most.pk]


def test_same_topic_fill_reads_a_bounded_number_of_rows(db, index):
    feet = TopicFactory(name="Feet")
    question = QuestionFactory(title="Why does my heel hurt in the morning?")
    question.topics.add(feet)
    for n in range(60):  # more than are read to fill the list
        _answered(f"Question number {n} about shoes", feet, doctors=1)
    index(question)
    with CaptureQueriesContext(connection) as queries:
        related = related_questions(question, [feet.pk])
    assert len(related) == 5
    assert question.pk not in [q.pk for q in related]
    # Topic names, the search (after its per-word counts: search.analysis.bounded), at most
    # 50 same-topic ids, then those candidates by primary key: no ORDER BY and no status in
    # SQL, which let SQLite walk every published question through the status index.
    sql = [q["sql"] for q in queries.captured_queries]
    assert len(sql) <= 5, sql
    same_topic, candidates = sql[-2], sql[-1]
    assert "qa_question_topics" in same_topic and same_topic.endswith("LIMIT 50")
    where = candidates.split("WHERE", 1)[1]
    assert "ORDER BY" not in candidates and "status" not in where, candidates


def test_cached_until_the_index_changes(db, index):
    question = QuestionFactory(title="Does ginger help with travel sickness?")
    index(question)
    assert related_questions(question, []) == []
    with CaptureQueriesContext(connection) as queries:
        assert related_questions(question, []) == []
    assert len(queries) == 0  # from the cache
    newer = QuestionFactory(title="Is ginger safe for travel sickness in children?")
    index(newer)  # an index write: a new generation, so the list is rebuilt
    assert [q.pk for q in related_questions(question, [])] == [newer.pk]


def test_question_page_shows_search_related(db, client, index):
    question = QuestionFactory(title="How can I ease a stiff neck from sleeping badly?")
    related = QuestionFactory(title="Which pillow is best for a stiff neck?")
    make_answer(related)
    index(question, related)
    html = client.get(question.get_absolute_url()).content.decode()
    aside = html[html.index('class="related"') :]
    assert "Which pillow is best for a stiff neck?" in aside
