"""Helpers for the search tests. Every text here is written for these tests."""

import pytest
from django.core.cache import cache

from tests.factories import UserFactory
from weighin.qa.services import ask_question
from weighin.search.indexing import index_questions


@pytest.fixture(autouse=True)
def _fresh_cache():
    # The search generation and cached related lists live in the cache; SQLite reuses ids
    # after a rolled-back test, so neither may outlive a test.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def index():
    """`index(q1, q2, ...)` writes these questions' documents now (factories bypass the
    services, whose index writes wait for a commit that a test transaction never makes)."""

    def run(*questions) -> None:
        index_questions([q.pk for q in questions])

    return run


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed(): service(...)` runs the block's on-commit callbacks (the index
    writes) as a real commit would."""

    def block():
        return django_capture_on_commit_callbacks(execute=True)

    return block


@pytest.fixture
def ask(db, committed):
    """`ask(title, details="", topics=())` asks through the service, index write included."""

    def run(title: str, details: str = "", topics=()):
        with committed():
            return ask_question(asker=UserFactory(), title=title, details=details, topics=topics)

    return run
