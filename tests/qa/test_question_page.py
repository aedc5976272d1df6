import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import DoctorFactory, QuestionFactory, TopicFactory, UserFactory, make_answer
from weighin.qa.services import agree, thank

WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


def build_question(n_answers: int, followups: int = 0, agreers: int = 0):
    question = QuestionFactory(title="What makes cancer metastasize?")
    doctors = [DoctorFactory() for _ in range(n_answers)]
    answers = [make_answer(question, d, brief=f"Brief number {i}") for i, d in enumerate(doctors)]
    for d in doctors[:followups]:
        make_answer(question, d, brief="A later thought")
    for i in range(agreers):  # round r: answer j gets doctor j+1+r, never its author
        j, r = i % n_answers, i // n_answers
        agree(doctor=doctors[(j + 1 + r) % n_answers], answer=answers[j])
    return question, doctors, answers


def test_page_shows_question_ranked_answers_and_counts(db, client):
    question, doctors, answers = build_question(4)
    a0, a1, a2, a3 = answers
    agree(doctor=doctors[1], answer=a2)
    agree(doctor=doctors[3], answer=a2)
    agree(doctor=doctors[0], answer=a2)
    agree(doctor=doctors[0], answer=a3)
    thank(user=UserFactory(), answer=a1)
    html = client.get(question.get_absolute_url()).content.decode()
    assert "<h1>What makes cancer metastasize?</h1>" in html
    assert "4 doctors weighed in" in html
    assert "3 doctors agree" in html
    assert "1 doctor agrees" in html
    # a2 (3 agree) > a3 (1 agree) > a1 (thanked) > a0 (oldest, nothing)
    order = [html.index(f'id="answer-{a.pk}"') for a in (a2, a3, a1, a0)]
    assert order == sorted(order)


def test_ties_go_to_the_oldest_answer(db, client):
    question, _, answers = build_question(3)
    html = client.get(question.get_absolute_url()).content.decode()
    positions = [html.index(f'id="answer-{a.pk}"') for a in answers]
    assert positions == sorted(positions)


def test_agreeing_doctors_are_listed_with_names(db, client):
    question, doctors, answers = build_question(2)
    agree(doctor=doctors[1], answer=answers[0])
    html = client.get(question.get_absolute_url()).content.decode()
    name = doctors[1].doctor_profile.display_name
    details = html[html.index('<details class="agrees">') :]
    assert name in details[: details.index("</details>")]


def test_followup_is_continued_under_the_first_answer(db, client):
    question, doctors, answers = build_question(2)
    later = make_answer(question, doctors[0], brief="One more thing to add")
    assert later.parent_id == answers[0].pk
    question.refresh_from_db()
    assert (question.answer_count, question.weighed_in_count) == (3, 2)
    html = client.get(question.get_absolute_url()).content.decode()
    assert html.count('<article class="answer') == 2
    card = html[html.index(f'id="answer-{answers[0].pk}"') : html.index("</article>")]
    assert "Continued" in card and "One more thing to add" in card


def test_top_three_then_read_more(db, client):
    question, _, answers = build_question(5)
    html = client.get(question.get_absolute_url()).content.decode()
    assert "Read more answers from doctors (2)" in html
    assert 'href="?all=1#more-answers"' in html
    hidden = html[html.index('id="more-answers"') :]
    assert f'id="answer-{answers[4].pk}"' in hidden
    assert f'id="answer-{answers[0].pk}"' not in hidden
    full = client.get(question.get_absolute_url() + "?all=1").content.decode()
    assert "Read more answers" not in full
    assert all(f'id="answer-{a.pk}"' in full for a in answers)


def test_asker_is_never_shown(db, client):
    asker = UserFactory(email="jane.secret@example.test", first_name="Janet", last_name="Zyx")
    question = QuestionFactory(asker=asker)
    make_answer(question)
    for c in (client,):
        html = c.get(question.get_absolute_url()).content.decode()
        assert "A patient asked" in html
        for needle in ("jane.secret", "Janet", "Zyx"):
            assert needle not in html


def test_body_is_escaped_paragraphed_and_autolinked(db, client):
    question = QuestionFactory()
    make_answer(
        question,
        body="First <script>alert(1)</script> para.\n\nSee https://medlineplus.gov/ for more.",
    )
    html = client.get(question.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '<a href="https://medlineplus.gov/" rel="nofollow">' in html
    assert html.count("<p>First") == 1


def test_jsonld_canonical_and_open_graph(db, client, settings):
    settings.SITE_URL = "https://weighin.example"
    question, doctors, answers = build_question(2)
    agree(doctor=doctors[1], answer=answers[0])
    html = client.get(question.get_absolute_url()).content.decode()
    canonical = f"https://weighin.example{question.get_absolute_url()}"
    assert f'<link rel="canonical" href="{canonical}">' in html
    assert f'<meta property="og:url" content="{canonical}">' in html
    assert '<meta property="og:title" content="What makes cancer metastasize?">' in html
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(raw)
    assert data["@type"] == "QAPage"
    entity = data["mainEntity"]
    assert entity["answerCount"] == 2
    top = entity["suggestedAnswer"][0]
    assert top["upvoteCount"] == 1
    assert top["author"]["name"] == doctors[0].doctor_profile.display_name
    assert "author" not in entity  # the asker is not named


def test_old_slug_and_short_url_redirect_to_canonical(db, client):
    question = QuestionFactory(title="Is coffee bad for the heart?")
    old = question.get_absolute_url()
    question.title = "Is coffee bad for my heart rhythm?"
    question.save()
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == question.get_absolute_url()
    response = client.get(f"/questions/{question.pk}/")
    assert response.status_code == 301
    assert response["Location"] == question.get_absolute_url()


def test_unknown_question_is_404(db, client):
    assert client.get("/questions/999999/anything/").status_code == 404


def test_anonymous_view_sets_no_cookie_and_writes_nothing(db, client):
    question, _doctors, _answers = build_question(4, followups=1, agreers=3)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(question.get_absolute_url())
    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers
    assert not response.cookies
    writes = [q["sql"] for q in ctx.captured_queries if WRITE.match(q["sql"])]
    assert writes == []
    html = response.content.decode()
    assert "Sign in to thank" in html
    assert "csrfmiddlewaretoken" not in html


def test_not_medical_advice_notice_on_the_page(db, client):
    question = QuestionFactory()
    html = client.get(question.get_absolute_url()).content.decode()
    assert "Not medical advice." in html


def test_related_questions_share_a_topic(db, client):
    topic = TopicFactory(name="Heart")
    question, related = QuestionFactory(), QuestionFactory(title="Why does my heart race at night?")
    unrelated = QuestionFactory(title="Can I swim with a new tattoo?")
    question.topics.add(topic)
    related.topics.add(topic)
    make_answer(related)
    make_answer(unrelated)
    html = client.get(question.get_absolute_url()).content.decode()
    aside = html[html.index('class="related"') :]
    assert "Why does my heart race at night?" in aside
    assert "Can I swim with a new tattoo?" not in aside


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "doctor"])
def test_question_page_query_count_is_flat(db, client, django_assert_max_num_queries, signed_in):
    small, *_ = build_question(1)
    big, _doctors, _ = build_question(50, followups=20, agreers=120)
    viewer = DoctorFactory()
    if signed_in:
        client.force_login(viewer)
    counts = []
    for question in (small, big):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(question.get_absolute_url() + "?all=1").status_code == 200
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1]
    with django_assert_max_num_queries(12):
        client.get(big.get_absolute_url())
