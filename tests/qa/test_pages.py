from tests.factories import (
    DoctorFactory,
    QuestionFactory,
    SpecialtyFactory,
    TopicFactory,
    UserFactory,
    make_answer,
)
from weighin.qa.services import agree


def test_home_lists_answered_questions_and_most_agreed_answers(db, client):
    answered, unanswered = (
        QuestionFactory(title="Answered one?"),
        QuestionFactory(title="Open one?"),
    )
    answer = make_answer(answered, brief="Agreed brief")
    agree(doctor=DoctorFactory(), answer=answer)
    html = client.get("/").content.decode()
    assert "Answered one?" in html
    assert "Open one?" not in html
    assert "Agreed brief" in html and "1 doctor agrees" in html
    assert "Not medical advice." in html
    assert unanswered.pk


def test_topic_pages(db, client):
    topic = TopicFactory(name="Skin", specialty=SpecialtyFactory(slug="dermatology"))
    question = QuestionFactory(title="Why is my eczema worse in winter?")
    question.topics.add(topic)
    assert "Skin" in client.get("/topics/").content.decode()
    html = client.get(f"/topics/{topic.slug}/").content.decode()
    assert "Why is my eczema worse in winter?" in html
    assert "Dermatology" in html
    assert client.get("/topics/no-such-topic/").status_code == 404


def test_directory_specialty_and_profile_pages(db, client):
    doctor = DoctorFactory(full_name="Ana Ruiz", specialty=SpecialtyFactory(slug="oncology"))
    hidden = DoctorFactory(verified=False, full_name="Not Yet")
    answer = make_answer(doctor=doctor, brief="My public brief")
    agree(doctor=DoctorFactory(), answer=answer)
    html = client.get("/doctors/").content.decode()
    assert "Dr. Ana Ruiz, MD" in html and "Not Yet" not in html
    assert "Dr. Ana Ruiz, MD" in client.get("/specialties/oncology/").content.decode()
    profile = client.get("/doctors/ana-ruiz/").content.decode()
    assert "My public brief" in profile
    assert "Agreements received</dt><dd>1</dd>" in profile
    assert client.get(f"/doctors/{hidden.doctor_profile.slug}/").status_code == 404


def test_my_questions_lists_only_mine(db, client):
    me = UserFactory()
    QuestionFactory(asker=me, title="My own question?")
    QuestionFactory(title="Someone else's question?")
    client.force_login(me)
    html = client.get("/questions/mine/").content.decode()
    assert "My own question?" in html and "Someone else&#x27;s question?" not in html
    client.logout()
    assert client.get("/questions/mine/").status_code == 302


def test_unanswered_queue_for_doctors_with_filters(db, client):
    cardio = TopicFactory(name="Heart", specialty=SpecialtyFactory(slug="cardiology"))
    derm = TopicFactory(name="Skin", specialty=SpecialtyFactory(slug="dermatology"))
    heart_q = QuestionFactory(title="Why does my heart skip beats?")
    heart_q.topics.add(cardio)
    skin_q = QuestionFactory(title="What is this itchy rash?")
    skin_q.topics.add(derm)
    make_answer(QuestionFactory(title="Already answered question?"))
    client.force_login(UserFactory())
    assert client.get("/questions/unanswered/").status_code == 403
    client.force_login(DoctorFactory())
    html = client.get("/questions/unanswered/").content.decode()
    assert "Why does my heart skip beats?" in html and "What is this itchy rash?" in html
    assert "Already answered question?" not in html
    html = client.get("/questions/unanswered/?specialty=cardiology").content.decode()
    assert "Why does my heart skip beats?" in html and "What is this itchy rash?" not in html
    html = client.get(f"/questions/unanswered/?topic={derm.slug}").content.decode()
    assert "What is this itchy rash?" in html and "Why does my heart skip beats?" not in html


def test_every_page_carries_the_notice(db, client):
    question = QuestionFactory()
    for url in ("/", "/topics/", "/doctors/", question.get_absolute_url(), "/accounts/login/"):
        assert b"Not medical advice." in client.get(url).content, url


def test_static_files_are_served(db, client):
    for path in ("/static/css/site.css", "/static/js/weighin.js", "/static/favicon.svg"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert b"".join(response.streaming_content if response.streaming else [response.content])
