"""The emergency banner and the personal-information masking flow in a real browser."""

import pytest
from playwright.sync_api import expect

from tests.factories import UserFactory
from weighin.qa.models import Question

EMERGENCY = "my dad has crushing chest pain and is sweating right now what do we do"
DETAILS = "Hi, I'm Sarah Jenkins, you can call me on (617) 555-0134. It started after a run."


@pytest.mark.browser
def test_banner_appears_while_typing_and_before_posting(page, log_in, artifacts, browser_errors):
    log_in(page, UserFactory())
    page.goto("/ask/")
    banner = page.locator("[data-emergency-banner]")
    expect(banner).to_have_count(0)
    page.get_by_label("Your question").press_sequentially(EMERGENCY, delay=5)
    expect(banner).to_be_visible()
    expect(banner).to_contain_text("get emergency care now")
    # The banner is the first thing on the page, above the site header.
    first = page.evaluate("document.querySelector('.alert-slot').getBoundingClientRect().top")
    header = page.evaluate("document.querySelector('.site-header').getBoundingClientRect().top")
    assert first < header
    page.screenshot(path=str(artifacts / "ask-emergency.png"), full_page=True)
    page.get_by_role("button", name="Post question").click()
    expect(page.get_by_label("I understand this may be an emergency")).to_be_visible()
    assert not Question.objects.exists()
    page.get_by_label("I understand this may be an emergency").check()
    page.get_by_role("button", name="Post my question").click()
    expect(page.locator("h1")).to_contain_text("crushing chest pain")
    expect(page.locator("[data-emergency-banner]")).to_be_visible()
    assert Question.objects.get().triage_level == "emergency"
    assert browser_errors == []


@pytest.mark.browser
def test_personal_details_are_highlighted_and_removed_in_one_click(page, log_in, browser_errors):
    log_in(page, UserFactory())
    page.goto("/ask/")
    page.get_by_label("Your question").fill("Why does my knee hurt after running?")
    page.get_by_label("Details (optional)").press_sequentially(DETAILS, delay=5)
    warning = page.locator("[data-live-phi] [data-phi-warning]")
    expect(warning).to_be_visible()
    expect(warning.locator("mark.phi")).to_have_count(2)
    page.get_by_role("button", name="Remove these details").click()
    details = page.get_by_label("Details (optional)")
    expect(details).to_have_value(
        "Hi, I'm [name removed], you can call me on [phone removed]. It started after a run."
    )
    page.get_by_role("button", name="Post question").click()
    expect(page.locator("h1")).to_have_text("Why does my knee hurt after running?")
    saved = Question.objects.get().details
    assert "Sarah" not in saved and "555-0134" not in saved
    assert browser_errors == []


@pytest.mark.browser
def test_without_javascript_the_warning_is_a_step(new_page, log_in):
    page = new_page(js=False)
    log_in(page, UserFactory())
    page.goto("/ask/")
    page.get_by_label("Your question").fill("Why does my knee hurt after running?")
    page.get_by_label("Details (optional)").fill(DETAILS)
    page.get_by_role("button", name="Post question").click()
    expect(page.locator("mark.phi")).to_have_count(2)
    assert not Question.objects.exists()
    page.get_by_role("button", name="Remove these details and continue").click()
    expect(page.locator("h1")).to_have_text("Why does my knee hurt after running?")
    assert "[name removed]" in Question.objects.get().details


@pytest.mark.browser
def test_removing_details_never_loses_text_typed_after_the_warning(page, log_in, browser_errors):
    """The warning answers the text as it was 400 ms after the last keystroke: clicking its
    button after typing more must not put back the older, masked text over the new words."""
    log_in(page, UserFactory())
    page.goto("/ask/")
    page.get_by_label("Your question").fill("Why does my knee hurt after running?")
    details = page.get_by_label("Details (optional)")
    details.press_sequentially(DETAILS, delay=5)
    expect(page.locator("[data-live-phi] [data-phi-warning]")).to_be_visible()
    # more words, and the button clicked before the next check can answer
    details.press_sequentially(" Worse on stairs.", delay=5)
    page.get_by_role("button", name="Remove these details").click()
    expect(details).to_have_value(DETAILS + " Worse on stairs.")
    # the next answer is about the whole text, and masks it with the new words kept
    page.get_by_role("button", name="Remove these details").click()
    expect(details).to_have_value(
        "Hi, I'm [name removed], you can call me on [phone removed]. It started after a run."
        " Worse on stairs."
    )
    assert browser_errors == []
