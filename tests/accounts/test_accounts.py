import re

from django.core import mail

from tests.factories import PASSWORD, UserFactory
from weighin.accounts.models import ApiToken, User, hash_token
from weighin.accounts.services import create_api_token


def test_signup_verify_email_and_log_in(db, client):
    response = client.post(
        "/accounts/signup/",
        {"email": "new.patient@example.test", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    user = User.objects.get(email="new.patient@example.test")
    assert user.check_password(PASSWORD)
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/accounts/confirm-email/[^\s]+)", mail.outbox[0].body)
    assert link, mail.outbox[0].body
    response = client.post(link.group(1))
    assert response.status_code == 302
    assert user.emailaddress_set.get().verified


def test_login_with_email_and_password(db, client):
    user = UserFactory()
    response = client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/questions/mine/").status_code == 200


def test_wrong_password_is_refused(db, client):
    user = UserFactory()
    response = client.post("/accounts/login/", {"login": user.email, "password": "wrong-one"})
    assert response.status_code == 200
    assert b"not correct" in response.content
    assert client.get("/questions/mine/").status_code == 302


def test_password_reset_sends_an_email(db, client):
    user = UserFactory()
    response = client.post("/accounts/password/reset/", {"email": user.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1 and user.email in mail.outbox[0].to


def test_token_page_creates_shows_once_and_revokes(db, client):
    user = UserFactory()
    client.force_login(user)
    html = client.post("/settings/api-tokens/", {"name": "My script"}).content.decode()
    raw = re.search(r"<code data-new-token>(wi_[^<]+)</code>", html).group(1)
    token = ApiToken.objects.get(user=user)
    assert token.key_hash == hash_token(raw)
    assert raw not in client.get("/settings/api-tokens/").content.decode()
    response = client.post(f"/settings/api-tokens/{token.pk}/revoke")
    assert response.status_code == 302
    assert not ApiToken.objects.exists()


def test_token_needs_a_name(db, client):
    client.force_login(UserFactory())
    response = client.post("/settings/api-tokens/", {"name": "  "})
    assert response.status_code == 400
    assert not ApiToken.objects.exists()


def test_cannot_revoke_someone_elses_token(db, client):
    token, _ = create_api_token(user=UserFactory(), name="theirs")
    client.force_login(UserFactory())
    response = client.post(f"/settings/api-tokens/{token.pk}/revoke")
    assert response.status_code == 404
    assert ApiToken.objects.filter(pk=token.pk).exists()
