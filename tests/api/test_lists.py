"""Public lists: questions (cursor pagination and filters), doctors, topics, specialties."""

from tests.api.conftest import assert_error
from tests.factories import (
    DoctorProfileFactory,
    QuestionFactory,
    SpecialtyFactory,
    TopicFactory,
    make_answer,
)
from weighin.doctors.models import Specialty


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [q["id"] for q in response.json()["results"]]


def test_questions_cursor_pagination_visits_each_question_once_newest_first(anon, db):
    created = [QuestionFactory().pk for _ in range(25)]

    seen: list[int] = []
    pages = []
    response = anon.get("questions", page_size=10)
    while True:
        assert response.status_code == 200, response.content
        body = response.json()
        assert set(body) >= {"results", "next", "previous"}
        pages.append(len(body["results"]))
        seen.extend(q["id"] for q in body["results"])
        if not body["next"]:
            break
        assert len(pages) < 10, "pagination does not end"
        response = anon.get(body["next"])

    assert pages == [10, 10, 5]
    assert len(seen) == len(set(seen)) == 25
    assert seen == sorted(created, reverse=True)


def test_questions_list_items_have_the_list_shape(anon, db):
    question = QuestionFactory()
    topic = TopicFactory(name="Knees")
    question.topics.set([topic])
    make_answer(question=question)

    item = anon.get("questions").json()["results"][0]

    assert item["id"] == question.pk
    assert item["title"] == question.title
    assert item["url"] == question.get_absolute_url()
    assert item["topics"] == [{"slug": topic.slug, "name": "Knees"}]
    assert (item["answer_count"], item["weighed_in_count"]) == (1, 1)
    assert "answers" not in item


def test_questions_filter_by_topic(anon, db):
    knees, sleep = TopicFactory(name="Knees"), TopicFactory(name="Sleep")
    on_knees, on_both, on_sleep = QuestionFactory(), QuestionFactory(), QuestionFactory()
    QuestionFactory()  # no topic
    on_knees.topics.set([knees])
    on_both.topics.set([knees, sleep])
    on_sleep.topics.set([sleep])

    assert ids(anon.get("questions", topic=knees.slug)) == [on_both.pk, on_knees.pk]
    assert ids(anon.get("questions", topic=sleep.slug)) == [on_sleep.pk, on_both.pk]
    assert ids(anon.get("questions", topic="no-such-topic")) == []


def test_questions_filter_by_specialty_of_their_topics(anon, db):
    cardiology = SpecialtyFactory(slug="cardiology")
    neurology = SpecialtyFactory(slug="neurology")
    heart = TopicFactory(name="Heart", specialty=cardiology)
    blood = TopicFactory(name="Blood pressure", specialty=cardiology)
    headache = TopicFactory(name="Headache", specialty=neurology)
    loose = TopicFactory(name="General")
    q_heart, q_both_cardio, q_head, q_loose = (QuestionFactory() for _ in range(4))
    q_heart.topics.set([heart])
    q_both_cardio.topics.set([heart, blood])  # two matching topics: still listed once
    q_head.topics.set([headache, loose])
    q_loose.topics.set([loose])

    assert ids(anon.get("questions", specialty="cardiology")) == [q_both_cardio.pk, q_heart.pk]
    assert ids(anon.get("questions", specialty="neurology")) == [q_head.pk]
    assert ids(anon.get("questions", specialty="cardiology", topic="headache")) == []
    assert ids(anon.get("questions", specialty="neurology", topic="general")) == [q_head.pk]


def test_questions_filter_answered(anon, db):
    answered, unanswered = QuestionFactory(), QuestionFactory()
    make_answer(question=answered)

    assert ids(anon.get("questions", answered="true")) == [answered.pk]
    assert ids(anon.get("questions", answered="false")) == [unanswered.pk]
    assert ids(anon.get("questions")) == [unanswered.pk, answered.pk]


def test_filters_are_kept_in_the_next_link(anon, db):
    topic = TopicFactory(name="Knees")
    tagged = [QuestionFactory() for _ in range(3)]
    for q in tagged:
        q.topics.set([topic])
    QuestionFactory()

    first = anon.get("questions", topic=topic.slug, page_size=2).json()
    second = anon.get(first["next"]).json()

    seen = [q["id"] for q in first["results"] + second["results"]]
    assert seen == sorted((q.pk for q in tagged), reverse=True)
    assert second["next"] is None


def test_doctors_lists_only_verified_doctors(anon, db):
    verified = DoctorProfileFactory(full_name="Ada Verified", bio="Knees and hips.")
    DoctorProfileFactory(full_name="Ulf Unverified", verified=False)

    response = anon.get("doctors")

    assert response.status_code == 200
    results = response.json()["results"]
    assert [d["id"] for d in results] == [verified.pk]
    doctor = results[0]
    assert doctor["name"] == "Ada Verified"
    assert doctor["display_name"] == verified.display_name
    assert doctor["bio"] == "Knees and hips."
    assert doctor["specialty"] == {"slug": "cardiology", "name": "Cardiology"}
    assert doctor["url"] == verified.get_absolute_url()
    assert b"Ulf" not in response.content
    assert b"@" not in response.content  # no email


def test_doctors_filter_by_specialty(anon, db):
    heart = DoctorProfileFactory(specialty=SpecialtyFactory(slug="cardiology"))
    DoctorProfileFactory(specialty=SpecialtyFactory(slug="neurology"))
    response = anon.get("doctors", specialty="cardiology")
    assert [d["id"] for d in response.json()["results"]] == [heart.pk]


def test_doctor_detail(anon, db):
    profile = DoctorProfileFactory(full_name="Ada Verified")
    make_answer(doctor=profile.user)

    response = anon.get(f"doctors/{profile.pk}")

    assert response.status_code == 200
    data = response.json()
    assert (data["id"], data["name"], data["slug"]) == (profile.pk, "Ada Verified", profile.slug)
    assert (data["answer_count"], data["agrees_received"], data["thanks_received"]) == (1, 0, 0)


def test_unverified_or_unknown_doctor_is_404(anon, db):
    hidden = DoctorProfileFactory(verified=False)
    error = assert_error(anon.get(f"doctors/{hidden.pk}"), 404, "not_found")
    assert error["message"] == "No such doctor."
    assert_error(anon.get("doctors/999999"), 404, "not_found")


def test_topics_list_with_their_specialty(anon, db):
    cardiology = SpecialtyFactory(slug="cardiology")
    TopicFactory(name="Heart", specialty=cardiology)
    TopicFactory(name="General")

    response = anon.get("topics")

    assert response.status_code == 200
    assert response.json() == [
        {"slug": "general", "name": "General", "specialty": None},
        {"slug": "heart", "name": "Heart", "specialty": "cardiology"},
    ]


def test_specialties_list(anon, db):
    added = SpecialtyFactory(slug="zz-test-medicine", name="Zz Test Medicine")
    response = anon.get("specialties")
    assert response.status_code == 200
    data = response.json()
    expected = [{"slug": s.slug, "name": s.name} for s in Specialty.objects.order_by("name")]
    assert data == expected
    assert {"slug": added.slug, "name": added.name} in data
    assert [s["name"] for s in data] == sorted(s["name"] for s in data)
