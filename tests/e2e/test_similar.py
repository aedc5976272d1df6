"""Similar questions on the ask form in a real browser: typed with JavaScript, and as a
confirmation step without it."""

import pytest
from playwright.sync_api import expect

from tests.factories import DoctorFactory, QuestionFactory, UserFactory, make_answer
from weighin.qa.models import Question
from weighin.qa.services import agree
from weighin.search.indexing import index_questions

EXISTING = "What makes kidney stones more likely to come back?"
TYPED = "Why do my kidney stones keep coming back"


def existing_question() -> Question:
    question = QuestionFactory(title=EXISTING)
    doctor = DoctorFactory(verified=True)
    answer = make_answer(question, doctor, brief="Not drinking enough water is the main cause.")
    agree(doctor=DoctorFactory(verified=True), answer=answer)
    index_questions([question.pk])
    return question


@pytest.mark.browser
def test_typing_a_title_shows_similar_questions(page, log_in, browser_errors):
    existing_question()
    log_in(page, UserFactory())
    page.goto("/ask/")
    box = page.locator("[data-similar]")
    page.get_by_label("Your question").press_sequentially("Why kidney", delay=20)
    page.wait_for_timeout(600)
    expect(box).to_be_hidden()  # fewer than three words: nothing asked yet
    page.get_by_label("Your question").press_sequentially(" stones keep coming back", delay=20)
    expect(box.get_by_role("link", name=EXISTING)).to_be_visible()
    expect(box).to_contain_text("Not drinking enough water is the main cause.")
    expect(box).to_contain_text("1 doctor agrees")
    assert browser_errors == []


@pytest.mark.browser
def test_without_javascript_similar_questions_come_before_posting(new_page, log_in):
    existing_question()
    page = new_page(js=False)
    log_in(page, UserFactory())
    page.goto("/ask/")
    page.get_by_label("Your question").fill(TYPED + "?")
    page.get_by_role("button", name="Post question").click()
    expect(
        page.get_by_role("heading", name="Did one of these answer your question?")
    ).to_be_visible()
    expect(page.get_by_role("link", name=EXISTING)).to_be_visible()
    assert not Question.objects.filter(title=TYPED + "?").exists()
    page.get_by_role("button", name="Post my question anyway").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TYPED + "?")
    assert Question.objects.filter(title=TYPED + "?").exists()
