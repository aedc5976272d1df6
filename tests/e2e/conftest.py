"""Browser tests: real headless Chromium (Playwright, sync API) against pytest-django's
live_server. Chromium must be the system one at /usr/bin/chromium; without it these tests
skip, unless WEIGHIN_REQUIRE_BROWSER=1 (CI), where they fail instead."""

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.core.cache import cache

# Playwright's sync API runs an event loop in this thread; Django would otherwise refuse the
# factories' (and the assertions') database access from it.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("WEIGHIN_REQUIRE_BROWSER") == "1":
            pytest.fail(f"WEIGHIN_REQUIRE_BROWSER=1 but Chromium is not installed at {CHROMIUM}")
        pytest.skip(f"Chromium not installed at {CHROMIUM}")
    from playwright.sync_api import expect, sync_playwright

    from weighin.safety import phi, triage
    from weighin.search import semantic

    semantic.warm_up(wait=True)  # as a server does at start: no page waits for the model
    # The detectors load their tables and weights on first use (about 2 s cold, 7 s on a busy
    # machine): load them here, so the first page's check is not what a test times.
    triage.assess("warm up")
    phi.find("warm up")
    # expect() waits 5 s by default, whatever the context's timeout says
    expect.set_options(timeout=10_000)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(autouse=True)
def _fresh_cache():
    # allauth rate-limits logins per IP through the cache; every test logs in afresh.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def browser_errors() -> list[str]:
    """What went wrong inside the pages of a test: uncaught script errors and console errors
    (a failed script or stylesheet, a Content-Security-Policy violation...)."""
    return []


def _watch(page, errors: list[str]):
    def on_console(message) -> None:
        if message.type == "error":
            errors.append(f"console: {message.text}")

    page.on("pageerror", lambda error: errors.append(f"page error: {error}"))
    page.on("console", on_console)
    return page


def _new_context(browser, live_server, js: bool = True):
    context = browser.new_context(
        base_url=live_server.url,
        java_script_enabled=js,
        viewport={"width": 1200, "height": 900},
    )
    context.set_default_timeout(10_000)
    return context


@pytest.fixture
def context(browser, live_server):
    context = _new_context(browser, live_server)
    yield context
    context.close()


@pytest.fixture
def page(context, browser_errors):
    return _watch(context.new_page(), browser_errors)


@pytest.fixture
def new_page(browser, live_server, browser_errors) -> Iterator[Callable]:
    """Opens a page in a fresh browser context (its own cookies, so its own user), for tests
    with several users. `new_page(js=False)` gives a context with JavaScript turned off."""
    contexts = []

    def make(js: bool = True):
        context = _new_context(browser, live_server, js)
        contexts.append(context)
        return _watch(context.new_page(), browser_errors)

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def log_in(live_server) -> Callable:
    """`log_in(page, user)` signs `user` in through the real allauth login form (fields
    `login` and `password`) and checks that the header then offers "Log out"."""
    from playwright.sync_api import expect

    from tests.factories import PASSWORD

    def sign_in(page, user, password: str = PASSWORD) -> None:
        page.goto("/accounts/login/")
        form = page.locator("form").filter(has=page.locator("input[name=login]"))
        form.locator("input[name=login]").fill(user.email)
        form.locator("input[name=password]").fill(password)
        form.get_by_role("button", name="Sign In").click()
        expect(page.get_by_role("button", name="Log out")).to_be_visible()
        expect(page).not_to_have_url(re.compile(r"/accounts/login/"))

    return sign_in
