"""Related questions on the question page come from search, answered first, cached."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import QuestionFactory, TopicFactory, make_answer
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
