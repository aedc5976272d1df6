"""The whole question flow in a real browser: a patient asks, two doctors answer, one agrees
with the other, the patient thanks, the agreement is withdrawn. Once with JavaScript (agree
and thank update the page in place) and once without (plain forms, POST-redirect-GET)."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.factories import DoctorFactory, TopicFactory, UserFactory
from weighin.qa.models import Agreement, Answer, Question, Thanks

TITLE = "How long does a sprained ankle take to heal?"
DETAILS = "I twisted my ankle playing football three days ago. It is swollen and bruised."
BRIEF_A = "Most sprains heal in two to six weeks with rest and gentle movement."
BODY_A = "Keep it raised for the first days.\n\nSee a doctor if you cannot bear weight."
BRIEF_B = "An X-ray is worth it if the bone itself is tender to touch."
BODY_B = "The Ottawa ankle rules help decide whether an X-ray is needed."


def ask(page: Page, topic_name: str) -> Question:
    page.goto("/ask/")
    page.get_by_label("Your question").fill(TITLE)
    page.get_by_label("Details (optional)").fill(DETAILS)
    page.get_by_label(topic_name).check()
    page.get_by_role("button", name="Post question").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    question = Question.objects.get(title=TITLE)
    expect(page).to_have_url(re.compile(re.escape(question.get_absolute_url()) + "$"))
    return question


def post_answer(page: Page, question: Question, author, brief: str, body: str) -> Answer:
    page.goto(question.get_absolute_url())
    form = page.locator("section.answer-form form")
    form.get_by_label("In brief").fill(brief)
    form.get_by_label("Your answer").fill(body)
    form.get_by_role("button", name="Post answer").click()
    answer = Answer.objects.get(question=question, author=author, brief=brief)
    expect(page).to_have_url(re.compile(rf"#answer-{answer.pk}$"))
    expect(page.locator(f"article#answer-{answer.pk} p.brief")).to_have_text(f"In brief: {brief}")
    return answer


def cards(page: Page):
    """The answer cards of the page, in their ranked order (hidden ones included)."""
    return page.locator("[data-answers] article.answer")


def expect_ranked_first(page: Page, answer: Answer) -> None:
    expect(cards(page).first).to_have_id(f"answer-{answer.pk}")


def thank_button(card):
    return card.get_by_role("button", name=re.compile(r"^Thank \d+$"))


def assert_private(page: Page, patient) -> None:
    assert patient.email not in page.content()


def set_marker(page: Page) -> str:
    """A value on `window` that only survives if the page is not reloaded or navigated."""
    page.evaluate("window.__marker = 1")
    return page.url


def assert_same_document(page: Page, url: str) -> None:
    assert page.evaluate("window.__marker") == 1, "the page was reloaded or navigated"
    assert page.url == url


def check_question_page(page: Page, question: Question, topic_name: str, patient) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.locator("article.question .details")).to_contain_text(DETAILS)
    expect(page.locator("article.question header .meta")).to_contain_text("A patient asked")
    expect(page.locator("article.question header .meta a.topic")).to_have_text(topic_name)
    expect(page.locator("#weighed-in")).to_have_text("0 doctors weighed in")
    assert_private(page, patient)


@pytest.mark.browser
def test_full_flow_with_javascript(new_page, log_in, browser_errors):
    topic = TopicFactory(name="Bones and joints")
    patient = UserFactory()
    doctor_a, doctor_b = DoctorFactory(verified=True), DoctorFactory(verified=True)

    # The patient asks through the form and lands on their question, published without them.
    patient_page = new_page()
    log_in(patient_page, patient)
    question = ask(patient_page, topic.name)
    check_question_page(patient_page, question, topic.name, patient)
    assert list(question.topics.values_list("slug", flat=True)) == [topic.slug]
    assert question.asker == patient

    # Two doctors answer through the answer form, each in their own browser context.
    page_a = new_page()
    log_in(page_a, doctor_a)
    answer_a = post_answer(page_a, question, doctor_a, BRIEF_A, BODY_A)
    page_b = new_page()
    log_in(page_b, doctor_b)
    answer_b = post_answer(page_b, question, doctor_b, BRIEF_B, BODY_B)
    expect(page_b.locator("#weighed-in")).to_have_text("2 doctors weighed in")
    expect(cards(page_b)).to_have_count(2)
    assert_private(page_b, patient)

    # Doctor B agrees with A's answer: the page updates in place, A's card is ranked first.
    card_a = page_b.locator(f"article#answer-{answer_a.pk}")
    expect(card_a.locator("details.agrees")).to_have_count(0)
    url = set_marker(page_b)
    card_a.get_by_role("button", name="Agree", exact=True).click()
    expect(card_a.locator("details.agrees summary")).to_have_text("1 doctor agrees")
    expect(card_a.locator("details.agrees li")).to_contain_text(
        doctor_b.doctor_profile.display_name
    )
    withdraw = card_a.get_by_role("button", name="You agree · withdraw")
    expect(withdraw).to_have_attribute("aria-pressed", "true")
    assert_same_document(page_b, url)
    expect_ranked_first(page_b, answer_a)
    expect(cards(page_b).first).to_have_class(re.compile(r"\brank-1\b"))
    assert Agreement.objects.filter(answer=answer_a, doctor=doctor_b).count() == 1
    # B cannot agree with, or thank, their own answer.
    card_b_own = page_b.locator(f"article#answer-{answer_b.pk}")
    expect(card_b_own.locator("button")).to_have_count(0)

    # The patient thanks B's answer: the count shows 1 in place; A stays first (1 agree).
    patient_page.goto(question.get_absolute_url())
    expect(patient_page.locator("#weighed-in")).to_have_text("2 doctors weighed in")
    card_b = patient_page.locator(f"article#answer-{answer_b.pk}")
    expect(card_b.locator("[data-thank-count]")).to_have_text("0")
    url = set_marker(patient_page)
    thank_button(card_b).click()
    expect(card_b.locator("[data-thank-count]")).to_have_text("1")
    expect(card_b.get_by_role("button", name="Thanked 1")).to_have_attribute("aria-pressed", "true")
    assert_same_document(patient_page, url)
    expect_ranked_first(patient_page, answer_a)
    expect(
        patient_page.locator(f"article#answer-{answer_a.pk} details.agrees summary")
    ).to_have_text("1 doctor agrees")
    assert Thanks.objects.filter(answer=answer_b, user=patient).count() == 1
    assert_private(patient_page, patient)

    # B withdraws the agreement: the count goes away, and B's thanked answer now ranks first.
    url = set_marker(page_b)
    withdraw.click()
    expect(card_a.get_by_role("button", name="Agree", exact=True)).to_have_attribute(
        "aria-pressed", "false"
    )
    expect(card_a.locator("details.agrees")).to_have_count(0)
    assert_same_document(page_b, url)
    expect_ranked_first(page_b, answer_b)
    expect(page_b.locator(f"article#answer-{answer_b.pk} [data-thank-count]")).to_have_text("1")
    expect(page_b.locator("#weighed-in")).to_have_text("2 doctors weighed in")
    assert not Agreement.objects.filter(answer=answer_a).exists()
    answer_a.refresh_from_db()
    assert (answer_a.agree_count, answer_a.thank_count) == (0, 0)
    assert_private(page_b, patient)
    assert browser_errors == []


def click_and_follow_redirect(page: Page, button, action_path: str) -> None:
    """Clicks a plain form button and checks the browser did POST, got a redirect, and
    loaded the page with a GET (POST-redirect-GET)."""
    with page.expect_navigation() as navigation:
        button.click()
    response = navigation.value
    assert response is not None and response.ok
    assert response.request.method == "GET"
    post = response.request.redirected_from
    assert post is not None, "the form post was not answered with a redirect"
    assert post.method == "POST"
    assert post.url.endswith(action_path)
    assert post.response().status == 302


@pytest.mark.browser
def test_full_flow_without_javascript(new_page, log_in, browser_errors):
    topic = TopicFactory(name="Bones and joints")
    patient = UserFactory()
    doctor_a, doctor_b = DoctorFactory(verified=True), DoctorFactory(verified=True)

    patient_page = new_page(js=False)
    log_in(patient_page, patient)
    question = ask(patient_page, topic.name)
    check_question_page(patient_page, question, topic.name, patient)
    # A patient is offered no answer form.
    expect(patient_page.locator("section.answer-form")).to_have_count(0)

    page_a = new_page(js=False)
    log_in(page_a, doctor_a)
    answer_a = post_answer(page_a, question, doctor_a, BRIEF_A, BODY_A)
    page_b = new_page(js=False)
    log_in(page_b, doctor_b)
    answer_b = post_answer(page_b, question, doctor_b, BRIEF_B, BODY_B)
    expect(page_b.locator("#weighed-in")).to_have_text("2 doctors weighed in")
    expect(cards(page_b)).to_have_count(2)

    # Agree: a form post, a redirect back to A's answer, the new count after the redirect.
    card_a = page_b.locator(f"article#answer-{answer_a.pk}")
    click_and_follow_redirect(
        page_b,
        card_a.get_by_role("button", name="Agree", exact=True),
        f"/answers/{answer_a.pk}/agree",
    )
    expect(page_b).to_have_url(
        re.compile(rf"{re.escape(question.get_absolute_url())}#answer-{answer_a.pk}$")
    )
    expect(card_a.locator("details.agrees summary")).to_have_text("1 doctor agrees")
    expect(card_a.get_by_role("button", name="You agree · withdraw")).to_be_visible()
    expect_ranked_first(page_b, answer_a)
    assert_private(page_b, patient)

    # Thank: same, from the patient's page.
    patient_page.goto(question.get_absolute_url())
    card_b = patient_page.locator(f"article#answer-{answer_b.pk}")
    click_and_follow_redirect(patient_page, thank_button(card_b), f"/answers/{answer_b.pk}/thank")
    expect(card_b.locator("[data-thank-count]")).to_have_text("1")
    expect(card_b.get_by_role("button", name="Thanked 1")).to_be_visible()
    expect_ranked_first(patient_page, answer_a)
    expect(patient_page.locator("#weighed-in")).to_have_text("2 doctors weighed in")
    assert_private(patient_page, patient)

    # Withdraw the agreement: the count goes, and B's thanked answer ranks first.
    click_and_follow_redirect(
        page_b,
        card_a.get_by_role("button", name="You agree · withdraw"),
        f"/answers/{answer_a.pk}/unagree",
    )
    expect(card_a.locator("details.agrees")).to_have_count(0)
    expect(card_a.get_by_role("button", name="Agree", exact=True)).to_be_visible()
    expect_ranked_first(page_b, answer_b)
    expect(page_b.locator(f"article#answer-{answer_b.pk} [data-thank-count]")).to_have_text("1")
    assert not Agreement.objects.filter(answer=answer_a).exists()
    assert Thanks.objects.filter(answer=answer_b, user=patient).count() == 1
    assert browser_errors == []
