"""Every 4xx of the API has one shape, and a refused request writes nothing."""

import base64

import pytest
from django.test import Client

from tests.api.conftest import ApiClient, assert_error
from tests.factories import DoctorFactory, QuestionFactory, make_answer
from weighin.qa.models import Agreement, Thanks
from weighin.qa.services import agree, thank

VALID_QUESTION = {
    "title": "Is it safe to run with a mild cold?",
    "details": "No fever, just a runny nose.",
}
VALID_ANSWER = {"brief": "Usually yes, if it is above the neck.", "body": "Keep it easy."}


# 400: validation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "   \n  "}, "title"),
        ({"title": "Why " + "a" * 197}, "title"),  # 201 characters
        ({"details": "d" * 5001}, "details"),
    ],
    ids=["empty-title", "blank-title", "title-201", "details-5001"],
)
def test_ask_with_invalid_text_is_400_and_writes_nothing(
    as_user, patient, unchanged, change, field
):
    api = as_user(patient)
    with unchanged():
        response = api.post("questions", VALID_QUESTION | change)
    error = assert_error(response, 400, "invalid", field)
    assert error["message"].lower().startswith(field)


def test_title_of_exactly_200_characters_is_accepted(as_user, patient):
    title = "Why " + "a" * 196
    assert len(title) == 200
    response = as_user(patient).post("questions", {"title": title})
    assert response.status_code == 201, response.content
    assert response.json()["title"] == title


def test_more_than_five_topics_is_400_and_writes_nothing(as_user, patient, topics, unchanged):
    slugs = [t.slug for t in topics[:6]]
    with unchanged():
        response = as_user(patient).post("questions", VALID_QUESTION | {"topics": slugs})
    error = assert_error(response, 400, "invalid", "topics")
    assert "5" in error["fields"]["topics"][0]


def test_unknown_topic_is_400_and_names_it(as_user, patient, topics, unchanged):
    payload = VALID_QUESTION | {"topics": [topics[0].slug, "no-such-topic"]}
    with unchanged():
        response = as_user(patient).post("questions", payload)
    error = assert_error(response, 400, "invalid", "topics")
    assert "no-such-topic" in error["fields"]["topics"][0]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"brief": "", "body": "Some body text."}, "brief"),
        ({"brief": "  ", "body": "Some body text."}, "brief"),
        ({"brief": "b" * 101, "body": "Some body text."}, "brief"),
        ({"brief": "A short brief.", "body": ""}, "body"),
        ({"brief": "A short brief.", "body": "x" * 5001}, "body"),
    ],
    ids=["empty-brief", "blank-brief", "brief-101", "empty-body", "body-5001"],
)
def test_answer_with_invalid_text_is_400_and_writes_nothing(
    as_user, doctor, question, unchanged, payload, field
):
    with unchanged():
        response = as_user(doctor).post(f"questions/{question.pk}/answers", payload)
    assert_error(response, 400, "invalid", field)


def test_brief_of_100_and_body_of_5000_characters_are_accepted(as_user, doctor, question):
    payload = {"brief": "b" * 100, "body": "x" * 5000}
    response = as_user(doctor).post(f"questions/{question.pk}/answers", payload)
    assert response.status_code == 201, response.content
    assert (len(response.json()["brief"]), len(response.json()["body"])) == (100, 5000)


@pytest.mark.parametrize(
    ("path", "payload", "field"),
    [
        ("questions", {"details": "No title at all."}, "title"),
        ("questions/{q}/answers", {"brief": "Only a brief."}, "body"),
        ("questions/{q}/answers", {"body": "Only a body."}, "brief"),
    ],
    ids=["ask-no-title", "answer-no-body", "answer-no-brief"],
)
def test_missing_field_is_400_naming_the_field(
    as_user, doctor, question, unchanged, path, payload, field
):
    with unchanged():
        response = as_user(doctor).post(path.format(q=question.pk), payload)
    error = assert_error(response, 400, "invalid", field)
    assert field in error["message"]


def test_wrong_json_type_is_400_naming_the_field(as_user, patient, unchanged):
    with unchanged():
        response = as_user(patient).post("questions", VALID_QUESTION | {"topics": "not-a-list"})
    assert_error(response, 400, "invalid", "topics")


def test_bad_query_parameter_is_400_in_the_error_shape(anon):
    response = anon.get("questions", answered="perhaps")
    assert_error(response, 400, "invalid", "answered")


@pytest.mark.parametrize(
    "cursor",
    [
        "not base64!",
        base64.b64encode(b"o=abc").decode(),  # offset not a number
        base64.b64encode(b"o=-1").decode(),  # negative offset
        base64.b64encode(b"p=abc").decode(),  # position not an id
    ],
    ids=["not-base64", "offset-not-a-number", "negative-offset", "position-not-an-id"],
)
def test_tampered_cursor_is_400_naming_the_cursor(db, question, cursor):
    response = Client(raise_request_exception=False).get("/api/v1/questions", {"cursor": cursor})
    error = assert_error(response, 400, "invalid", "cursor")
    assert "cursor" in error["message"].lower()


# 401 ----------------------------------------------------------------------------------------


def test_ask_without_auth_is_401_and_writes_nothing(any_anon, unchanged):
    api = any_anon
    with unchanged():
        response = api.post("questions", VALID_QUESTION)
    error = assert_error(response, 401, "not_authenticated")
    assert "token" in error["message"].lower()


def test_reactions_without_auth_are_401(any_anon, answer, unchanged):
    with unchanged():
        for method in ("post", "delete"):
            for action in ("agree", "thank"):
                response = getattr(any_anon, method)(f"answers/{answer.pk}/{action}")
                assert_error(response, 401, "not_authenticated")


# 403 ----------------------------------------------------------------------------------------


def test_patient_cannot_answer(as_user, patient, question, unchanged):
    with unchanged():
        response = as_user(patient).post(f"questions/{question.pk}/answers", VALID_ANSWER)
    error = assert_error(response, 403, "not_allowed")
    assert "doctor" in error["message"].lower()


def test_unverified_doctor_cannot_answer(as_user, question, unchanged):
    api = as_user(DoctorFactory(verified=False))
    with unchanged():
        response = api.post(f"questions/{question.pk}/answers", VALID_ANSWER)
    assert_error(response, 403, "not_allowed")


def test_unverified_doctor_cannot_agree(as_user, answer, unchanged):
    api = as_user(DoctorFactory(verified=False))
    with unchanged():
        response = api.post(f"answers/{answer.pk}/agree")
    assert_error(response, 403, "not_allowed")


def test_doctor_cannot_agree_with_own_answer(as_user, answer, unchanged):
    with unchanged():
        response = as_user(answer.author).post(f"answers/{answer.pk}/agree")
    assert_error(response, 403, "not_allowed")


def test_patient_cannot_agree(as_user, patient, answer, unchanged):
    with unchanged():
        response = as_user(patient).post(f"answers/{answer.pk}/agree")
    assert_error(response, 403, "not_allowed")


def test_doctor_cannot_thank_own_answer(as_user, answer, unchanged):
    with unchanged():
        response = as_user(answer.author).post(f"answers/{answer.pk}/thank")
    assert_error(response, 403, "not_allowed")


def test_another_user_cannot_edit_a_question(as_user, patient, question, unchanged):
    with unchanged():
        response = as_user(patient).patch(
            f"questions/{question.pk}", {"title": "Somebody else's new title here?"}
        )
    assert_error(response, 403, "not_allowed")


def test_another_doctor_cannot_edit_an_answer(as_user, doctor, answer, unchanged):
    with unchanged():
        response = as_user(doctor).patch(f"answers/{answer.pk}", {"brief": "Hijacked."})
    assert_error(response, 403, "not_allowed")


# 404 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("question_id", [999_999, 2**63], ids=["unknown", "out-of-range"])
def test_unknown_question_is_404(anon, db, question_id):
    assert_error(anon.get(f"questions/{question_id}"), 404, "not_found")


def test_answering_an_unknown_question_is_404(as_user, doctor, unchanged):
    with unchanged():
        response = as_user(doctor).post("questions/999999/answers", VALID_ANSWER)
    assert_error(response, 404, "not_found")


def test_editing_an_unknown_question_is_404(as_user, patient, unchanged):
    with unchanged():
        response = as_user(patient).patch("questions/999999", {"title": "A new title, long enough"})
    assert_error(response, 404, "not_found")


@pytest.mark.parametrize(
    ("method", "path", "payload"),
    [
        ("post", "answers/999999/agree", None),
        ("delete", "answers/999999/agree", None),
        ("post", "answers/999999/thank", None),
        ("delete", "answers/999999/thank", None),
        ("patch", "answers/999999", {"brief": "New brief."}),
    ],
)
def test_unknown_answer_is_404(as_user, doctor, unchanged, method, path, payload):
    api = as_user(doctor)
    with unchanged():
        response = getattr(api, method)(path, payload)
    assert_error(response, 404, "not_found")


# 409 ----------------------------------------------------------------------------------------


def test_agreeing_twice_is_409_and_counts_once(as_user, doctor, answer, unchanged):
    agree(doctor=doctor, answer=answer)
    with unchanged():
        response = as_user(doctor).post(f"answers/{answer.pk}/agree")
    assert_error(response, 409, "conflict")
    assert Agreement.objects.filter(answer=answer).count() == 1
    answer.refresh_from_db()
    assert answer.agree_count == 1


def test_thanking_twice_is_409_and_counts_once(as_user, patient, answer, unchanged):
    thank(user=patient, answer=answer)
    with unchanged():
        response = as_user(patient).post(f"answers/{answer.pk}/thank")
    assert_error(response, 409, "conflict")
    assert Thanks.objects.filter(answer=answer).count() == 1
    answer.refresh_from_db()
    assert answer.thank_count == 1


def test_withdrawing_an_agreement_never_made_is_409(as_user, doctor, answer, unchanged):
    agree(doctor=DoctorFactory(), answer=answer)  # someone else's agreement stays
    with unchanged():
        response = as_user(doctor).delete(f"answers/{answer.pk}/agree")
    assert_error(response, 409, "conflict")
    answer.refresh_from_db()
    assert answer.agree_count == 1


def test_withdrawing_thanks_never_given_is_409(as_user, patient, answer, unchanged):
    with unchanged():
        response = as_user(patient).delete(f"answers/{answer.pk}/thank")
    assert_error(response, 409, "conflict")


# Bodies: malformed JSON, wrong content type ----------------------------------------------


@pytest.mark.parametrize("raw", ['{"title": "Unclosed', "title=abc", "{'single': 1}"])
def test_malformed_json_is_400_with_a_clear_message(as_user, patient, unchanged, raw):
    with unchanged():
        response = as_user(patient).post("questions", raw=raw)
    error = assert_error(response, 400, "bad_request")
    assert error["message"] == "The request body is not valid JSON."


@pytest.mark.parametrize("raw", ['["Is this a question?"]', "null"], ids=["array", "null"])
def test_json_that_is_not_an_object_is_400_saying_so(as_user, patient, unchanged, raw):
    with unchanged():
        response = as_user(patient).post("questions", raw=raw)
    error = assert_error(response, 400)
    # The parser raises "The body must be a JSON object."; it must reach the client, not be
    # replaced by a claim that valid JSON is invalid.
    assert "object" in error["message"].lower()


@pytest.mark.parametrize(
    ("content_type", "raw"),
    [
        ("text/plain", '{"title": "Is it safe to run with a mild cold?"}'),
        ("application/x-www-form-urlencoded", "title=Is+it+safe+to+run+with+a+mild+cold%3F"),
    ],
    ids=["text-plain", "form-encoded"],
)
def test_non_json_body_is_415(as_user, patient, unchanged, content_type, raw):
    with unchanged():
        response = as_user(patient).post("questions", raw=raw, content_type=content_type)
    error = assert_error(response, 415, "unsupported_media_type")
    assert "application/json" in error["message"]
    assert content_type in error["message"]


def test_non_json_body_on_patch_is_415(as_user, question, unchanged):
    with unchanged():
        response = as_user(question.asker).patch(
            f"questions/{question.pk}", raw="title=New+title+here", content_type="text/plain"
        )
    assert_error(response, 415, "unsupported_media_type")


# CSRF with session auth ---------------------------------------------------------------------


def test_session_write_without_csrf_token_is_403(patient, unchanged):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(patient)
    with unchanged():
        response = ApiClient(browser).post("questions", VALID_QUESTION)
    error = assert_error(response, 403, "not_allowed")
    assert "CSRF" in error["message"]
    assert "X-CSRFToken" in error["message"]


def test_session_reaction_without_csrf_token_is_403(doctor, answer, unchanged):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(doctor)
    with unchanged():
        response = ApiClient(browser).post(f"answers/{answer.pk}/agree")
    error = assert_error(response, 403)
    assert "CSRF" in error["message"]


def test_unsupported_method_is_405_in_the_error_shape(as_user, question, unchanged):
    # PUT is no operation on /questions/{id}: the answer is still the one error shape.
    api = as_user(question.asker)
    with unchanged():
        response = api.client.put(
            f"/api/v1/questions/{question.pk}",
            data='{"title": "A replaced title, long enough"}',
            content_type="application/json",
            headers=api.headers,
        )
    assert_error(response, 405, "method_not_allowed")


def test_refused_write_on_a_question_with_answers_keeps_its_counters(as_user, unchanged):
    question = QuestionFactory()
    make_answer(question=question)
    api = as_user(DoctorFactory())
    with unchanged():
        response = api.post(f"questions/{question.pk}/answers", {"brief": "", "body": ""})
    error = assert_error(response, 400, "invalid")
    assert set(error["fields"]) == {"brief", "body"}
