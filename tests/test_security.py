import os
import subprocess
import sys
from pathlib import Path

from tests.factories import QuestionFactory

ROOT = Path(__file__).resolve().parent.parent


def test_security_headers_on_every_response(db, client):
    question = QuestionFactory()
    for url in ("/", question.get_absolute_url(), "/api/v1/questions", "/accounts/login/"):
        response = client.get(url)
        csp = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1]
        assert "frame-ancestors 'none'" in csp
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "same-origin"
        assert response.headers["X-Frame-Options"] == "DENY"


def test_templates_have_no_inline_scripts():
    templates = (ROOT / "src" / "weighin" / "templates").rglob("*.html")
    for path in templates:
        text = path.read_text()
        for chunk in text.split("<script")[1:]:
            head = chunk.split(">", 1)[0]
            assert "src=" in head or "application/ld+json" in head, path
        assert " onclick=" not in text and " onsubmit=" not in text, path


def clean_env() -> dict[str, str]:
    # The browser tests allow sync DB calls under Playwright's loop; production never does.
    return {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}


def test_check_deploy_is_clean_with_production_settings():
    env = clean_env() | {
        "DEBUG": "0",
        "SECRET_KEY": "a-real-secret-key-for-this-test-only-0123456789-abcdefghijklmnop",
        "ALLOWED_HOSTS": "weighin.example",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in clean_env().items() if k != "SECRET_KEY"} | {"DEBUG": "0"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
