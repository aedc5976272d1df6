"""A server builds the detectors' lazy parts as it starts, so the first patient who types does
not wait seconds for them; a management command or a test run does not pay for it."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from weighin.core.serving import is_server

ROOT = Path(__file__).resolve().parents[2]

# Run in a fresh interpreter: in this one, earlier tests have already built everything.
PROBE = """
import json, sys, threading
sys.argv = {argv!r}
import django
from weighin.safety.scanning import cue_scanner
from weighin.safety.triage.patterns import anchors_in
from weighin.safety.phi.tagger import _shipped
before = [cue_scanner.size, anchors_in.size, _shipped.cache_info().currsize]
django.setup()
for t in threading.enumerate():
    if t.name == "safety-warm-up":
        t.join()
after = [cue_scanner.size, anchors_in.size, _shipped.cache_info().currsize]
full = cue_scanner.size == len(cue_scanner.gates) and anchors_in.size == len(anchors_in.gates)
print(json.dumps({{"before": before, "after": after, "full": full}}))
"""


def _probe(argv: list[str]) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.setdefault("DJANGO_SETTINGS_MODULE", "weighin.settings")
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(argv=argv)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("argv", "serving"),
    [
        (["manage.py", "runserver", "127.0.0.1:8000"], True),
        (["manage.py", "db_worker"], True),
        (["/srv/venv/bin/gunicorn", "weighin.wsgi", "-w", "4"], True),
        (["/srv/venv/bin/uvicorn", "weighin.asgi:application"], True),
        (["manage.py", "migrate"], False),
        (["manage.py", "shell", "-c", "print('runserver')"], False),
        (["/srv/venv/bin/pytest", "-q"], False),
        ([], False),
    ],
)
def test_is_server(argv, serving):
    assert is_server(argv) is serving


def test_a_server_builds_the_detectors_as_it_starts():
    found = _probe(["manage.py", "runserver"])
    assert found["before"] == [0, 0, 0]
    assert found["after"][0] > 0 and found["after"][1] > 0 and found["after"][2] == 1
    assert found["full"]


def test_a_management_command_does_not():
    found = _probe(["manage.py", "migrate"])
    assert found["after"] == [0, 0, 0]
