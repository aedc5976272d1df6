import os

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


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate-limit counters live in the cache; each test starts with a full budget.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
