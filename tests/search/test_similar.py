"""Similar questions: the function, the fragment for the script, and the ask form's step."""

import pytest

from tests.factories import DoctorFactory, QuestionFactory, UserFactory, make_answer
from weighin.qa.models import Question
from weighin.qa.services import agree
from weighin.search.selectors import similar_questions

TITLE = "Why do my kidney stones keep coming back?"


@pytest.fixture
def stones(db, index):
    question = QuestionFactory(title="What makes kidney stones more likely to come back?")
    first = DoctorFactory()
    make_answer(question, first, brief="Not drinking enough water is the biggest factor.")
    top = make_answer(question, brief="Diet matters too: salt raises the risk.")
    agree(doctor=first, answer=top)
    other = QuestionFactory(title="Can gout flare after a long flight?")
    index(question, other)
    return question


def test_similar_questions_come_with_their_top_answer(stones):
    found = similar_questions("My kidney stones came back again after two years, why?")
    assert [q.pk for q in found] == [stones.pk]
    assert found[0].top_brief == "Diet matters too: salt raises the risk."
    assert found[0].top_agree_count == 1


def test_at_most_limit_and_nothing_for_unrelated_text(db, index):
    index(*[QuestionFactory(title=f"Migraine with aura, case {n}?") for n in range(8)])
    assert len(similar_questions("I get migraine with aura every week")) == 5
    assert len(similar_questions("I get migraine with aura every week", limit=2)) == 2
    assert similar_questions("Is it safe to dye my hair while pregnant?") == []
    assert similar_questions("") == []


def test_fragment_needs_three_words(stones, client):
    assert client.post("/search/similar/", {"q": "kidney stones"}).content.strip() == b""
    html = client.post("/search/similar/", {"q": "my kidney stones keep"}).content.decode()
    assert stones.title in html
    assert "In brief:</span> Diet matters too" in html
    assert "1 doctor agrees" in html
    assert "2 doctors weighed in" in html


def test_fragment_is_post_only_so_health_text_stays_out_of_urls(stones, client):
    assert client.get("/search/similar/", {"q": "my kidney stones keep"}).status_code == 405


def test_ask_form_has_the_live_box(db, client):
    client.force_login(UserFactory())
    html = client.get("/ask/").content.decode()
    assert 'data-similar="/search/similar/"' in html


def test_ask_without_javascript_confirms_before_posting(stones, client):
    client.force_login(UserFactory())
    before = Question.objects.count()
    response = client.post("/ask/", {"title": TITLE, "details": "Third one this year."})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Did one of these answer your question?" in html
    assert stones.title in html
    assert 'name="confirm" value="1"' in html
    assert "Post my question anyway" in html
    assert f'value="{TITLE}"' in html  # what was typed is kept
    assert Question.objects.count() == before  # nothing written yet

    response = client.post("/ask/", {"title": TITLE, "details": "Third one.", "confirm": "1"})
    question = Question.objects.get(title=TITLE)
    assert response.status_code == 302
    assert response["Location"] == question.get_absolute_url()


def test_ask_posts_directly_when_nothing_is_similar(stones, client):
    client.force_login(UserFactory())
    response = client.post("/ask/", {"title": "Should I stretch before or after swimming?"})
    assert response.status_code == 302
    assert Question.objects.filter(title="Should I stretch before or after swimming?").exists()


def test_ask_prefills_the_title_from_a_search(db, client):
    client.force_login(UserFactory())
    html = client.get("/ask/", {"title": "itchy scalp at night"}).content.decode()
    assert 'value="itchy scalp at night"' in html


def test_a_shared_general_word_alone_is_not_a_similar_question(db, index):
    ldl = QuestionFactory(title="What does an LDL cholesterol number actually mean?")
    pressure = QuestionFactory(title="How often should I check my blood pressure at home?")
    index(ldl, pressure)
    message = "my phone number changed and since then i get dizzy when i stand up"
    assert similar_questions(message, mode="lexical") == []
    found = similar_questions("what number should my blood pressure be at 70", mode="lexical")
    assert [q.pk for q in found] == [pressure.pk]
    # "safe" asks about something; it is not the something
    coffee = QuestionFactory(title="Is it safe to drink coffee during pregnancy?")
    index(coffee)
    message = "itching all over at night on dialysis, what cream is safe?"
    assert similar_questions(message, mode="lexical") == []
    found = similar_questions("how much coffee is safe when pregnant", mode="lexical")
    assert [q.pk for q in found] == [coffee.pk]


def test_accents_do_not_hide_a_similar_question(db, index):
    meniere = QuestionFactory(title="How is Ménière\u2019s disease treated?")
    index(meniere)
    found = similar_questions(
        "any new treatment for meniere's? the vertigo is awful", mode="lexical"
    )
    assert [q.pk for q in found] == [meniere.pk]
