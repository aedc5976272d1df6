from tests.factories import PASSWORD, QuestionFactory, UserFactory, make_answer
from weighin.accounts.services import create_api_token
from weighin.moderation.models import Flag
from weighin.qa.models import Question, Thanks


def test_ask_form_past_the_limit_is_429_with_retry_after(db, client, rate_limits):
    rate_limits(ask="2/m")
    client.force_login(UserFactory())
    for i in range(2):
        title = f"Why does my shoulder click when I lift, case {i}?"
        assert client.post("/ask/", {"title": title}).status_code == 302
    response = client.post("/ask/", {"title": "Why does my shoulder click, third time?"})
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert b"Too many questions in a short time" in response.content
    assert Question.objects.count() == 2


def test_api_thanks_past_the_limit_is_429_in_the_error_shape(db, client, rate_limits):
    rate_limits(react="1/m")
    user = UserFactory()
    _, raw = create_api_token(user=user, name="t")
    first, second = make_answer(), make_answer()
    auth = {"Authorization": f"Bearer {raw}"}
    assert client.post(f"/api/v1/answers/{first.pk}/thank", headers=auth).status_code == 201
    response = client.post(f"/api/v1/answers/{second.pk}/thank", headers=auth)
    assert response.status_code == 429
    assert response["Retry-After"]
    assert response.json()["error"]["code"] == "rate_limited"
    assert Thanks.objects.count() == 1


def test_limits_are_per_user(db, client, rate_limits):
    rate_limits(react="1/m")
    answer = make_answer()
    for _ in range(2):
        client.force_login(UserFactory())
        assert client.post(f"/answers/{answer.pk}/thank").status_code == 302


def test_login_attempts_are_limited(db, client, rate_limits):
    rate_limits(login="2/m")
    user = UserFactory()
    for _ in range(2):
        client.post("/accounts/login/", {"login": user.email, "password": "wrong"})
    response = client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 429
    assert b"Too many sign-in attempts" in response.content


def test_signups_are_limited(db, client, rate_limits):
    rate_limits(signup="1/h")
    data = {"email": "a@example.test", "password1": PASSWORD, "password2": PASSWORD}
    assert client.post("/accounts/signup/", data).status_code == 302
    data["email"] = "b@example.test"
    client.logout()
    assert client.post("/accounts/signup/", data).status_code == 429


def test_reports_are_limited(db, client, rate_limits):
    rate_limits(flag="1/m")
    client.force_login(UserFactory())
    q1, q2 = QuestionFactory(), QuestionFactory()
    assert client.post(f"/report/question/{q1.pk}/", {"reason": "spam"}).status_code == 200
    assert client.post(f"/report/question/{q2.pk}/", {"reason": "spam"}).status_code == 429
    assert Flag.objects.count() == 1


def test_the_api_as_a_whole_is_limited(db, client, rate_limits):
    rate_limits(api="3/m")
    for _ in range(3):
        assert client.get("/api/v1/topics").status_code == 200
    response = client.get("/api/v1/topics")
    assert response.status_code == 429
    assert response.json()["error"]["code"] == "rate_limited"
