"""The question page in a real browser: its assets, "Read more answers", follow-ups,
what signed-out visitors see, and a screenshot of a busy page for a human to look at."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.factories import (
    PASSWORD,
    DoctorFactory,
    QuestionFactory,
    UserFactory,
    make_answer,
)
from weighin.qa import services
from weighin.qa.models import Answer


def visible_cards(page: Page):
    return page.locator("[data-answers] article.answer:visible")


def question_with_answers(count: int):
    question = QuestionFactory()
    answers = [
        make_answer(question=question, doctor=DoctorFactory(verified=True), brief=f"Answer {i}.")
        for i in range(1, count + 1)
    ]
    return question, answers


@pytest.mark.browser
def test_question_page_loads_its_stylesheet_and_script(page, live_server, browser_errors):
    question, _ = question_with_answers(1)
    failed: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    with page.expect_response(re.compile(r"/static/js/weighin\.js$")) as script:
        page.goto(question.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text(question.title)
    assert script.value.status == 200, f"the site's script is not served: {script.value.url}"
    assert page.request.get("/static/css/site.css").status == 200
    assert not [f for f in failed if "/static/" in f], failed
    assert browser_errors == []


@pytest.mark.browser
def test_read_more_expands_in_place_with_js_and_links_without(new_page, browser_errors):
    question, answers = question_with_answers(5)
    url_path = question.get_absolute_url()

    # With JavaScript: three cards, the link reveals the other two without leaving the page.
    page = new_page()
    page.goto(url_path)
    expect(page.locator("#weighed-in")).to_have_text("5 doctors weighed in")
    expect(visible_cards(page)).to_have_count(3)
    expect(page.locator("#more-answers")).to_be_hidden()
    link = page.get_by_role("link", name="Read more answers from doctors (2)")
    expect(link).to_be_visible()
    url = page.url
    page.evaluate("window.__marker = 1")
    link.click()
    expect(visible_cards(page)).to_have_count(5)
    expect(page.locator("#more-answers")).to_be_visible()
    expect(page.locator("[data-read-more]")).to_have_count(0)
    # Keyboard and screen-reader users are taken to the first revealed answer.
    expect(page.locator("#more-answers article.answer").first).to_be_focused()
    assert page.evaluate("window.__marker") == 1, "the page was reloaded or navigated"
    assert page.url == url
    expect(page.locator("[data-answers] article.answer > p.brief")).to_have_text(
        [f"In brief: {a.brief}" for a in answers]
    )

    # Without JavaScript: the same link loads ?all=1, which lists all five.
    page = new_page(js=False)
    page.goto(url_path)
    expect(visible_cards(page)).to_have_count(3)
    page.get_by_role("link", name="Read more answers from doctors (2)").click()
    expect(page).to_have_url(re.compile(re.escape(url_path) + r"\?all=1(#more-answers)?$"))
    expect(visible_cards(page)).to_have_count(5)
    expect(page.locator("[data-read-more]")).to_have_count(0)
    for answer in answers:
        expect(page.locator(f"article#answer-{answer.pk} p.brief")).to_have_text(
            f"In brief: {answer.brief}"
        )
    assert browser_errors == []


@pytest.mark.browser
def test_follow_up_shows_as_continued(page, log_in, browser_errors):
    question = QuestionFactory()
    other = make_answer(question=question, brief="Another doctor's view.")
    doctor = DoctorFactory(verified=True)
    log_in(page, doctor)

    def answer(brief: str, body: str) -> Answer:
        page.goto(question.get_absolute_url())
        form = page.locator("section.answer-form form")
        form.get_by_label("In brief").fill(brief)
        form.get_by_label("Your answer").fill(body)
        form.get_by_role("button", name="Post answer").click()
        posted = Answer.objects.get(question=question, author=doctor, brief=brief)
        expect(page).to_have_url(re.compile(rf"#answer-{posted.pk}$"))
        return posted

    first = answer("Rest it for a week.", "Then start gentle exercises.")
    second = answer("One more thing: wear a brace.", "A brace helps for sport for a few months.")

    # The second answer is a follow-up in the first one's card, not a card of its own.
    assert second.parent_id == first.pk
    expect(page.locator("article.answer")).to_have_count(2)
    card = page.locator(f"article#answer-{first.pk}")
    continued = card.locator(f"section.continued#answer-{second.pk}")
    expect(continued).to_have_count(1)
    expect(continued.locator(".continued-label")).to_have_text("Continued")
    expect(continued.locator("p.brief")).to_have_text("In brief: One more thing: wear a brace.")
    expect(card.locator(":scope > p.brief")).to_have_text("In brief: Rest it for a week.")
    expect(page.locator(f"article#answer-{second.pk}")).to_have_count(0)
    expect(page.locator(f"article#answer-{other.pk} section.continued")).to_have_count(0)
    # Two doctors, three answers.
    expect(page.locator("#weighed-in")).to_have_text("2 doctors weighed in")
    assert browser_errors == []


@pytest.mark.browser
def test_anonymous_sees_sign_in_to_thank(page, browser_errors):
    question = QuestionFactory()
    first = make_answer(question=question)
    make_answer(question=question, doctor=first.author, brief="A follow-up.")
    make_answer(question=question)
    page.goto(question.get_absolute_url())

    expect(page.locator("article.answer")).to_have_count(2)
    sign_in = page.get_by_role("link", name="Sign in to thank")
    expect(sign_in).to_have_count(3)  # two cards and one follow-up
    for i in range(3):
        expect(sign_in.nth(i)).to_have_attribute(
            "href", f"/accounts/login/?next={question.get_absolute_url()}"
        )
    expect(
        page.get_by_role("button", name=re.compile(r"agree|thank", re.IGNORECASE))
    ).to_have_count(0)
    expect(page.locator("form[data-react]")).to_have_count(0)
    expect(page.locator("section.answer-form")).to_have_count(0)
    expect(page.get_by_role("link", name="Log in")).to_be_visible()

    # Signing in from there comes back to the question, now with Thank buttons.
    user = UserFactory()
    sign_in.first.click()
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(re.compile(re.escape(question.get_absolute_url()) + "$"))
    expect(page.get_by_role("button", name="Thank 0")).to_have_count(3)
    expect(page.get_by_role("link", name="Sign in to thank")).to_have_count(0)
    assert browser_errors == []


@pytest.mark.browser
def test_seven_answer_page_ranks_by_agreement_and_saves_screenshot(page, artifacts, browser_errors):
    """The showcase kind of page: seven doctors, agreements and thanks, a follow-up."""
    question = QuestionFactory(
        title="What makes cancer metastasize?",
        details="A relative was told their cancer might spread. What happens in the body?",
    )
    doctors = [DoctorFactory(verified=True) for _ in range(7)]
    patients = [UserFactory() for _ in range(3)]
    answers = [
        make_answer(
            question=question,
            doctor=doctor,
            brief=f"Doctor {i + 1}'s answer in one sentence.",
            body=f"Doctor {i + 1} explains at some length.\n\nA second paragraph.",
        )
        for i, doctor in enumerate(doctors)
    ]
    make_answer(
        question=question,
        doctor=doctors[1],
        brief="A follow-up on lymph nodes.",
        body="Nodes help work out the stage.",
    )
    # Agreements per answer (index), and thanks; the ranking is agreements, thanks, age.
    agrees = {1: 3, 4: 2, 6: 1, 2: 1}
    thanks = {2: 2, 6: 1, 0: 3}
    for index, count in agrees.items():
        others = [d for d in doctors if d != doctors[index]]
        for doctor in others[:count]:
            services.agree(doctor=doctor, answer=answers[index])
    for index, count in thanks.items():
        for user in patients[:count]:
            services.thank(user=user, answer=answers[index])
    expected = [1, 4, 2, 6, 0, 3, 5]

    page.goto(question.get_absolute_url())
    expect(page.locator("#weighed-in")).to_have_text("7 doctors weighed in")
    expect(visible_cards(page)).to_have_count(3)
    expect(page.locator("[data-answers] article.answer > p.brief")).to_have_text(
        [f"In brief: {answers[i].brief}" for i in expected]
    )
    top = page.locator(f"article#answer-{answers[1].pk}")
    expect(top).to_have_class(re.compile(r"\brank-1\b"))
    expect(top.locator(":scope > details.agrees summary")).to_have_text("3 doctors agree")
    expect(top.locator("section.continued .continued-label")).to_have_text("Continued")
    expect(page.get_by_role("link", name="Read more answers from doctors (4)")).to_be_visible()

    path = artifacts / "question.png"
    path.unlink(missing_ok=True)
    page.screenshot(path=str(path), full_page=True)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert browser_errors == []
