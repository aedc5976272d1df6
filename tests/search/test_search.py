"""The search function and the results page: ranking, filters, pages, snippets, messages."""

import re

import pytest

from tests.factories import (
    DoctorFactory,
    QuestionFactory,
    SpecialtyFactory,
    TopicFactory,
    make_answer,
)
from weighin.search.selectors import ANY_WORDS_MESSAGE, EMPTY_MESSAGE, NO_WORDS_MESSAGE, search


def titles(results) -> list[str]:
    return [r.question.title for r in results.results]


def test_title_match_ranks_above_body_match(db, index):
    in_body = QuestionFactory(title="What should I pack for a long trek?", details="Blisters.")
    make_answer(in_body, brief="Good socks.", body="Tape your heels against blisters early.")
    in_title = QuestionFactory(title="How do I stop blisters on long walks?", details="")
    in_brief = QuestionFactory(title="My new boots rub at the heel", details="")
    make_answer(in_brief, brief="Blisters from new boots settle once they are worn in.")
    index(in_body, in_title, in_brief)
    assert titles(search("blisters")) == [in_title.title, in_brief.title, in_body.title]


def test_all_words_first_then_any_word_with_a_message(db, index):
    both = QuestionFactory(title="Why does my knee click when I climb stairs?")
    one = QuestionFactory(title="Is a clicking jaw something to worry about?")
    index(both, one)
    results = search("knee click")
    assert titles(results) == [both.title]
    assert results.mode == "all" and results.message == ""
    results = search("knee jaw")
    assert results.mode == "any"
    assert results.message == ANY_WORDS_MESSAGE
    assert set(titles(results)) == {both.title, one.title}


def test_filters_by_topic_specialty_and_answered(db, index):
    skin = TopicFactory(name="Skin", specialty=SpecialtyFactory(slug="dermatology"))
    eyes = TopicFactory(name="Eyes")
    rash = QuestionFactory(title="Is an itchy rash after gardening an allergy?")
    rash.topics.add(skin)
    eye = QuestionFactory(title="Can an allergy make my eyes itchy and red?")
    eye.topics.add(eyes)
    make_answer(eye)
    index(rash, eye)
    assert set(titles(search("itchy allergy"))) == {rash.title, eye.title}
    assert titles(search("itchy allergy", topic=skin.slug)) == [rash.title]
    assert titles(search("itchy allergy", specialty="dermatology")) == [rash.title]
    assert titles(search("itchy allergy", answered=True)) == [eye.title]
    assert titles(search("itchy allergy", topic=eyes.slug, answered=True)) == [eye.title]
    assert titles(search("itchy allergy", topic="no-such-topic")) == []


def test_held_and_hidden_questions_are_not_found(db, index):
    shown = QuestionFactory(title="Does sunscreen expire after a year?")
    held = QuestionFactory(title="Does sunscreen work on cloudy days?", status="held")
    hidden = QuestionFactory(title="Which sunscreen is best for babies?", status="hidden")
    index(shown, held, hidden)
    assert titles(search("sunscreen")) == [shown.title]


def test_pages_of_twenty(db, index):
    questions = [QuestionFactory(title=f"Question {n} about tinnitus at night?") for n in range(25)]
    index(*questions)
    first, second = search("tinnitus"), search("tinnitus", page=2)
    assert first.total == 25
    assert len(first.results) == 20 and len(second.results) == 5
    assert not {r.question.pk for r in first.results} & {r.question.pk for r in second.results}
    assert search("tinnitus", page="nonsense").page.number == 1
    assert search("tinnitus", page=99).page.number == 2


@pytest.mark.parametrize(
    ("typed", "message"),
    [("", EMPTY_MESSAGE), ("   ", EMPTY_MESSAGE), ("?!* -- ()", NO_WORDS_MESSAGE)],
)
def test_empty_and_wordless_queries_get_a_clear_message(db, typed, message):
    results = search(typed)
    assert results.message == message
    assert results.results == []


def test_snippets_are_escaped_then_marked(db, index):
    question = QuestionFactory(title="Can <b>bold</b> text in a title break the page?")
    make_answer(
        question,
        brief="No, it is only text.",
        body='Text like <script>alert("x")</script> next to eczema is shown as text.',
    )
    index(question)
    result = search("eczema bold").results[0]
    assert "<script" not in result.snippet_html
    assert "<mark>eczema</mark>" in result.snippet_html
    assert "&lt;b&gt;<mark>bold</mark>&lt;/b&gt;" in result.title_html
    assert set(re.findall(r"</?(\w+)", result.snippet_html + result.title_html)) == {"mark"}


def test_results_page_shows_ranked_highlighted_results(db, client, index):
    question = QuestionFactory(title="How long does a tetanus jab protect you?")
    doctor = DoctorFactory()
    make_answer(question, doctor, brief="About ten years for most adults.")
    make_answer(question, brief="A booster after a dirty wound is the exception.")
    from weighin.qa.services import agree

    agree(doctor=doctor, answer=question.answers.order_by("id").last())
    index(question)
    response = client.get("/search/", {"q": "tetanus"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark>tetanus</mark>" in html
    assert "In brief:</span> A booster after a dirty wound is the exception." in html
    assert "1 doctor agrees" in html
    assert 'value="tetanus"' in html  # the header box and the form keep the query
    assert "No questions match" not in html


def test_results_page_escapes_answers(db, client, index):
    question = QuestionFactory(title="Is this answer about psoriasis safe to show?")
    make_answer(question, body="Psoriasis <script>alert(1)</script> flares in winter.")
    index(question)
    html = client.get("/search/", {"q": "psoriasis"}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "alert(1)" in html


def test_no_results_block_helps(db, client):
    html = client.get("/search/", {"q": "zyxwvut"}).content.decode()
    assert "No questions match “zyxwvut”" in html
    assert 'href="/topics/"' in html
    assert 'href="/ask/?title=zyxwvut"' in html


def test_empty_search_page_says_what_to_do(db, client):
    html = client.get("/search/").content.decode()
    assert EMPTY_MESSAGE in html
    assert "No questions match" not in html


@pytest.mark.parametrize(
    "typed",
    [
        '"unbalanced',
        "NEAR(",
        "a OR",
        "' OR 1=1 --",
        "col:umn",
        "头痛",
        "ألم",
        "🤒" * 50,
        "x" * 10_000,
    ],
)
def test_odd_queries_never_fail(db, client, index, typed):
    index(QuestionFactory(title="A question so the index is not empty?"))
    assert client.get("/search/", {"q": typed}).status_code == 200


@pytest.mark.parametrize("params", [{"topic": "x\x00y"}, {"specialty": "\x00"}, {"topic": "é"}])
def test_odd_filters_find_nothing_and_never_fail(db, client, index, params):
    index(QuestionFactory(title="A question about filters and nothing else?"))
    assert search("filters", **params).results == []
    assert client.get("/search/", {"q": "filters", **params}).status_code == 200
    assert client.get("/api/v1/search", {"q": "filters", **params}).json()["count"] == 0


def test_search_box_on_every_page_sets_no_cookie(db, client):
    home = client.get("/")
    assert 'role="search"' in home.content.decode()
    assert 'action="/search/"' in home.content.decode()
    response = client.get("/search/", {"q": "anything"})
    assert not response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()
