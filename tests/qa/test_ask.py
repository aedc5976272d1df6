import pytest
from django.test import Client

from tests.factories import TopicFactory, UserFactory
from weighin.core.errors import InvalidInput, NotAllowed
from weighin.qa.models import Question
from weighin.qa.services import ask_question

TITLE = "Why do my knees ache after running?"


def test_signed_in_user_asks_with_topics(db):
    topic = TopicFactory(name="Joints")
    question = ask_question(asker=UserFactory(), title=f"  {TITLE} ", topics=[topic.slug])
    assert question.title == TITLE
    assert list(question.topics.all()) == [topic]
    assert question.slug == "why-do-my-knees-ache-after-running"


def test_anonymous_cannot_ask(db):
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(NotAllowed):
        ask_question(asker=AnonymousUser(), title=TITLE)
    assert Question.objects.count() == 0


@pytest.mark.parametrize(
    ("fields", "bad"),
    [
        ({"title": ""}, "title"),
        ({"title": "   "}, "title"),
        ({"title": "Why?"}, "title"),
        ({"title": "x" * 201}, "title"),
        ({"details": "d" * 5001}, "details"),
        ({"topics": ["no-such-topic"]}, "topics"),
    ],
    ids=["empty", "blank", "too-short", "title-too-long", "details-too-long", "unknown-topic"],
)
def test_bad_question_input_is_refused(db, fields, bad):
    with pytest.raises(InvalidInput) as info:
        ask_question(asker=UserFactory(), **({"title": TITLE} | fields))
    assert bad in info.value.fields
    assert Question.objects.count() == 0


def test_more_than_five_topics_is_refused(db):
    slugs = [TopicFactory().slug for _ in range(6)]
    with pytest.raises(InvalidInput, match="at most 5"):
        ask_question(asker=UserFactory(), title=TITLE, topics=slugs)
    assert Question.objects.count() == 0


def test_ask_form_posts_and_redirects(db, client):
    client.force_login(UserFactory())
    topic = TopicFactory(name="Joints")
    response = client.post(
        "/ask/", {"title": TITLE, "details": "Two weeks now.", "topics": [topic.slug]}
    )
    question = Question.objects.get()
    assert response.status_code == 302
    assert response["Location"] == question.get_absolute_url()


@pytest.mark.parametrize(
    "data",
    [{"title": ""}, {"title": "x" * 201}, {"title": TITLE, "details": "d" * 5001}],
    ids=["empty", "title-too-long", "details-too-long"],
)
def test_ask_form_bad_input_is_400_with_message(db, client, data):
    client.force_login(UserFactory())
    response = client.post("/ask/", data)
    assert response.status_code == 400
    assert b'class="errors"' in response.content
    assert Question.objects.count() == 0


def test_ask_form_needs_sign_in(db, client):
    response = client.post("/ask/", {"title": TITLE})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert Question.objects.count() == 0


def test_ask_form_refuses_missing_csrf(db):
    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory())
    response = client.post("/ask/", {"title": TITLE})
    assert response.status_code == 403
    assert Question.objects.count() == 0


def test_ask_form_refuses_six_topics(db, client):
    client.force_login(UserFactory())
    slugs = [TopicFactory().slug for _ in range(6)]
    response = client.post("/ask/", {"title": TITLE, "topics": slugs})
    assert response.status_code == 400
    assert b"at most 5 topics" in response.content
    assert Question.objects.count() == 0
