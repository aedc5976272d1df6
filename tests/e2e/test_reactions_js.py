"""Agree and thank with JavaScript, beyond the happy path: keyboard use and refusals."""

import pytest
from playwright.sync_api import expect

from tests.factories import DoctorFactory, make_answer
from weighin.qa.models import Agreement, Thanks


@pytest.mark.browser
def test_keyboard_agree_keeps_focus_on_the_pressed_button(page, log_in, browser_errors):
    """The script redraws the answers and then focuses "the same" button again, so a keyboard
    user who presses Enter on Agree can press Enter again to withdraw."""
    answer = make_answer()
    doctor = DoctorFactory(verified=True)
    log_in(page, doctor)
    page.goto(answer.question.get_absolute_url())
    card = page.locator(f"article#answer-{answer.pk}")

    card.get_by_role("button", name="Agree", exact=True).focus()
    page.keyboard.press("Enter")
    expect(card.locator("details.agrees summary")).to_have_text("1 doctor agrees")
    withdraw = card.get_by_role("button", name="You agree · withdraw")
    expect(withdraw).to_be_focused()

    page.keyboard.press("Enter")
    expect(card.locator("details.agrees")).to_have_count(0)
    expect(card.get_by_role("button", name="Agree", exact=True)).to_be_focused()
    assert not Agreement.objects.filter(answer=answer).exists()
    assert not Thanks.objects.filter(answer=answer).exists()
    assert browser_errors == []


@pytest.mark.browser
def test_refused_reaction_shows_the_message_in_place(context, log_in):
    """Agreeing twice (from a stale second tab) is refused; the page says why, in place."""
    answer = make_answer()
    doctor = DoctorFactory(verified=True)
    first_tab = context.new_page()
    log_in(first_tab, doctor)
    first_tab.goto(answer.question.get_absolute_url())
    stale_tab = context.new_page()
    stale_tab.goto(answer.question.get_absolute_url())

    first_tab.locator(f"article#answer-{answer.pk}").get_by_role(
        "button", name="Agree", exact=True
    ).click()
    expect(first_tab.locator(f"article#answer-{answer.pk} details.agrees summary")).to_have_text(
        "1 doctor agrees"
    )

    card = stale_tab.locator(f"article#answer-{answer.pk}")
    url = stale_tab.url
    stale_tab.evaluate("window.__marker = 1")
    card.get_by_role("button", name="Agree", exact=True).click()
    error = card.locator(".actions .react-error")
    expect(error).to_be_visible()
    expect(error).to_have_text("You already agree with this answer.")
    expect(error).to_have_attribute("role", "alert")
    assert stale_tab.evaluate("window.__marker") == 1, "the page was reloaded or navigated"
    assert stale_tab.url == url
    assert Agreement.objects.filter(answer=answer, doctor=doctor).count() == 1
    answer.refresh_from_db()
    assert answer.agree_count == 1
