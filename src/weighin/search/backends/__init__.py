"""One small search interface, two native implementations chosen by the database vendor."""

from django.db import connection

from weighin.search.backends.base import Backend, Filter, Hit, Snippet


def get_backend() -> Backend:
    if connection.vendor == "postgresql":
        from weighin.search.backends.postgres import PostgresBackend

        return PostgresBackend()
    from weighin.search.backends.sqlite import SqliteBackend

    return SqliteBackend()


__all__ = ["Backend", "Filter", "Hit", "Snippet", "get_backend"]
