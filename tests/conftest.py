import os
import time
from types import SimpleNamespace

import pytest
from django.db import connection


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # A speed knob only: hashing with Argon2 in every test costs seconds for nothing.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def postgres(db):
    """For tests that need PostgreSQL's real concurrency. On SQLite they skip, visibly; CI's
    PostgreSQL pass sets WEIGHIN_REQUIRE_POSTGRES_TESTS=1 so they can never skip there."""
    if connection.vendor != "postgresql":
        if os.environ.get("WEIGHIN_REQUIRE_POSTGRES_TESTS") == "1":
            pytest.fail("WEIGHIN_REQUIRE_POSTGRES_TESTS=1 but the database is not PostgreSQL")
        pytest.skip("PostgreSQL only: runs in CI's PostgreSQL pass (DATABASE_URL=postgres://...)")
    return connection


@pytest.fixture
def rate_limits(settings, monkeypatch):
    """Set some rate limits for a test, and hold django-ratelimit's clock still while it runs.

    Its windows are fixed slices of wall time, so a test whose requests straddle a window's
    edge sees its count start again (CI once crossed a minute between a test's second and
    third question). Only the clock stands still: the cache, the keys and the counting are
    the real ones."""
    import django_ratelimit.core

    now = time.time()
    monkeypatch.setattr(django_ratelimit.core, "time", SimpleNamespace(time=lambda: now))

    def set_limits(**rates: str) -> None:
        settings.WEIGHIN_RATE_LIMITS = dict(settings.WEIGHIN_RATE_LIMITS, **rates)

    return set_limits


@pytest.fixture(autouse=True)
def _fresh_vector_index(settings):
    # Each test's database starts empty (and SQLite reuses ids after a rollback), so no
    # process-wide vector index may outlive a test, nor be saved to a file.
    from weighin.search import semantic

    settings.WEIGHIN_VECTOR_DIR = ""
    semantic.reset()
    yield
    semantic.reset()


@pytest.fixture
def semantic_on(settings):
    """For tests of semantic matching: they need the [semantic] extra. Without it they skip,
    visibly; CI's semantic pass sets WEIGHIN_REQUIRE_SEMANTIC=1 so they can never skip there."""
    from weighin.search import embeddings

    if not embeddings.available():
        if os.environ.get("WEIGHIN_REQUIRE_SEMANTIC") == "1":
            pytest.fail("WEIGHIN_REQUIRE_SEMANTIC=1 but the [semantic] extra is not installed")
        pytest.skip("needs the [semantic] extra: runs in CI's semantic pass")
    settings.WEIGHIN_SEMANTIC = "auto"
    return settings


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate-limit counters live in the cache; each test starts with a full budget.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
