"""/api/v1/search and /api/v1/questions/similar, and their 4xx shape."""

import pytest

from tests.api.conftest import assert_error
from tests.factories import QuestionFactory, TopicFactory, make_answer


@pytest.fixture
def indexed(db, index):
    topic = TopicFactory(name="Sleep")
    question = QuestionFactory(title="Why do I wake up at 4am and can't get back to sleep?")
    question.topics.add(topic)
    make_answer(question, brief="Early waking is common with stress and alcohol.")
    other = QuestionFactory(title="Is a short afternoon nap good for you?")
    index(question, other)
    return question


def test_search_endpoint(client, indexed):
    body = client.get("/api/v1/search", {"q": "wake up sleep"}).json()
    assert body["query"] == "wake up sleep"
    assert body["match"] == "all"
    assert (body["count"], body["page"], body["pages"]) == (1, 1, 1)
    hit = body["results"][0]
    assert hit["id"] == indexed.pk
    assert hit["url"] == indexed.get_absolute_url()
    assert hit["topics"] == [{"slug": "sleep", "name": "Sleep"}]
    assert "<mark>" in hit["title_html"]
    assert hit["top_brief"] == "Early waking is common with stress and alcohol."
    assert hit["top_agree_count"] == 0


def test_search_endpoint_filters(client, indexed):
    assert client.get("/api/v1/search", {"q": "sleep", "topic": "sleep"}).json()["count"] == 1
    assert client.get("/api/v1/search", {"q": "nap", "answered": "true"}).json()["count"] == 0


@pytest.mark.parametrize(
    ("params", "status", "field"),
    [
        ({}, 400, "q"),
        ({"q": ""}, 400, "q"),
        ({"q": "   "}, 400, "q"),
        ({"q": "sleep", "page": "0"}, 400, "page"),
        ({"q": "sleep", "page": "two"}, 400, "page"),
        ({"q": "sleep", "answered": "maybe"}, 400, "answered"),
        ({"q": "sleep", "page": "9"}, 404, None),
    ],
)
def test_search_endpoint_refuses_bad_input(client, indexed, params, status, field):
    assert_error(client.get("/api/v1/search", params), status, field=field)


@pytest.mark.parametrize("q", ['"NEAR(', "' OR 1=1 --", "头痛", "x" * 5000])
def test_search_endpoint_takes_any_text(client, indexed, q):
    assert client.get("/api/v1/search", {"q": q}).status_code == 200


def test_similar_endpoint(client, indexed):
    response = client.get("/api/v1/questions/similar", {"q": "I keep waking up at 4am"})
    assert response.status_code == 200
    body = response.json()
    # The question itself first; in hybrid mode a loosely related one (another sleep question)
    # may follow it.
    assert body[0]["id"] == indexed.pk
    assert body[0]["top_brief"] == "Early waking is common with stress and alcohol."
    assert set(body[0]) == {
        "id",
        "title",
        "url",
        "answer_count",
        "weighed_in_count",
        "top_brief",
        "top_agree_count",
    }


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({}, "q"),
        ({"q": " "}, "q"),
        ({"q": "sleep", "limit": "0"}, "limit"),
        ({"q": "a", "limit": "99"}, "limit"),
    ],
)
def test_similar_endpoint_refuses_bad_input(client, indexed, params, field):
    assert_error(client.get("/api/v1/questions/similar", params), 400, field=field)


def test_question_detail_still_routes(client, indexed):
    assert client.get(f"/api/v1/questions/{indexed.pk}").json()["id"] == indexed.pk
