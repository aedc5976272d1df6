"""Whether this process serves requests (or runs tasks), so that it should load now what it
would otherwise load on first use: a management command or a test run should not pay for it."""

import sys
from collections.abc import Sequence

SERVER_COMMANDS = frozenset({"runserver", "gunicorn", "uvicorn", "db_worker"})


def is_server(argv: Sequence[str] | None = None) -> bool:
    """True for ``manage.py runserver``, ``manage.py db_worker``, ``gunicorn ...`` and
    ``uvicorn ...`` (``argv`` defaults to this process's)."""
    argv = sys.argv if argv is None else argv
    if any(arg in SERVER_COMMANDS for arg in argv[:2]):
        return True
    return bool(argv) and argv[0].endswith(("/gunicorn", "/uvicorn"))
