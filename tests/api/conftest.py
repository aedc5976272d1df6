"""Helpers for the JSON API tests: authenticated clients, the error-shape check and a snapshot
of every row and counter a write could touch (to prove refusals wrote nothing)."""

import json
from contextlib import contextmanager

import pytest
from django.test import Client

from tests.factories import DoctorFactory, QuestionFactory, TopicFactory, UserFactory, make_answer
from weighin.accounts.services import create_api_token
from weighin.doctors.models import DoctorProfile
from weighin.qa.models import Agreement, Answer, Question, Thanks

API = "/api/v1"


class ApiClient:
    """A JSON client. Built on a CSRF-enforcing Django client, as real API clients (curl,
    scripts) get no CSRF exemption; token auth must work without one."""

    def __init__(self, client: Client, headers: dict[str, str] | None = None) -> None:
        self.client = client
        self.headers = dict(headers or {})

    def _send(self, method: str, path: str, payload=None, *, raw=None, content_type=None):
        kwargs = {"headers": self.headers}
        if payload is not None or raw is not None:
            kwargs["data"] = raw if raw is not None else json.dumps(payload)
            kwargs["content_type"] = content_type or "application/json"
        return getattr(self.client, method)(_url(path), **kwargs)

    def get(self, path: str, **params):
        return self.client.get(_url(path), params, headers=self.headers)

    def post(self, path: str, payload=None, **kw):
        return self._send("post", path, payload, **kw)

    def patch(self, path: str, payload=None, **kw):
        return self._send("patch", path, payload, **kw)

    def delete(self, path: str, payload=None, **kw):
        return self._send("delete", path, payload, **kw)


def _url(path: str) -> str:
    return path if path.startswith(("/", "http")) else f"{API}/{path}"


def token_for(user) -> str:
    _, raw = create_api_token(user=user, name="tests")
    return raw


@pytest.fixture
def as_user(db):
    """`as_user(user)` is an ApiClient that authenticates with a fresh personal API token."""

    def make(user) -> ApiClient:
        headers = {"Authorization": f"Bearer {token_for(user)}"}
        return ApiClient(Client(enforce_csrf_checks=True), headers)

    return make


@pytest.fixture
def anon(db) -> ApiClient:
    return ApiClient(Client(enforce_csrf_checks=True))


@pytest.fixture(params=[False, True], ids=["test-client", "real-client"])
def any_anon(db, request) -> ApiClient:
    """No credentials, from Django's test client (CSRF checks off) and from a client that,
    like curl or a script, gets no CSRF exemption: both must be told to authenticate (401)."""
    return ApiClient(Client(enforce_csrf_checks=request.param))


@pytest.fixture
def patient(db):
    return UserFactory()


@pytest.fixture
def doctor(db):
    return DoctorFactory()


@pytest.fixture
def question(db):
    return QuestionFactory()


@pytest.fixture
def answer(question):
    return make_answer(question=question)


@pytest.fixture
def topics(db):
    return [TopicFactory(name=f"Subject {n}") for n in range(7)]


def assert_error(response, status: int, code: str | None = None, field: str | None = None):
    """The one error shape: {"error": {"code": str, "message": str, "fields": {str: [str]}}}."""
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert list(body) == ["error"]
    error = body["error"]
    assert set(error) == {"code", "message", "fields"}
    assert isinstance(error["code"], str)
    assert error["code"]
    assert isinstance(error["message"], str)
    assert error["message"].strip()
    assert isinstance(error["fields"], dict)
    for name, messages in error["fields"].items():
        assert isinstance(name, str)
        assert isinstance(messages, list)
        assert messages
        assert all(isinstance(m, str) and m.strip() for m in messages)
    if code is not None:
        assert error["code"] == code
    if field is not None:
        assert field in error["fields"], error
    return error


def snapshot() -> dict:
    """Every row count and counter that an API write can change."""
    return {
        "questions": Question.objects.count(),
        "question_topics": Question.topics.through.objects.count(),
        "answers": Answer.objects.count(),
        "agreements": Agreement.objects.count(),
        "thanks": Thanks.objects.count(),
        "questions_state": sorted(
            Question.objects.values_list(
                "pk", "title", "details", "answer_count", "weighed_in_count", "last_answered_at"
            )
        ),
        "answers_state": sorted(
            Answer.objects.values_list("pk", "brief", "body", "agree_count", "thank_count")
        ),
        "profiles_state": sorted(
            DoctorProfile.objects.values_list(
                "pk", "answer_count", "agrees_received", "thanks_received"
            )
        ),
    }


@pytest.fixture
def unchanged(db):
    """`with unchanged(): ...` fails if the block wrote anything."""

    @contextmanager
    def check():
        before = snapshot()
        yield
        assert snapshot() == before

    return check
