"""Personal API tokens: they authenticate writes, revoked or made-up ones do not, and only
their SHA-256 is stored."""

import hashlib

import pytest
from django.test import Client

from tests.api.conftest import ApiClient, assert_error, token_for
from weighin.accounts.models import ApiToken
from weighin.accounts.services import create_api_token, revoke_api_token
from weighin.qa.models import Question

QUESTION = {"title": "Do I need a tetanus shot after a scratch?"}


def bearer(raw: str, *, enforce_csrf: bool = True) -> ApiClient:
    """A client sending the token. Real clients get no CSRF exemption, so by default the
    Django client enforces CSRF checks too: token auth must not need them."""
    client = Client(enforce_csrf_checks=enforce_csrf)
    return ApiClient(client, {"Authorization": f"Bearer {raw}"})


both_clients = pytest.mark.parametrize(
    "enforce_csrf", [False, True], ids=["test-client", "real-client"]
)


def test_valid_token_authenticates_writes_without_csrf(patient):
    response = bearer(token_for(patient)).post("questions", QUESTION)
    assert response.status_code == 201, response.content
    assert Question.objects.get().asker == patient


@both_clients
def test_revoked_token_is_401(patient, unchanged, enforce_csrf):
    token, raw = create_api_token(user=patient, name="laptop")
    assert bearer(raw, enforce_csrf=enforce_csrf).post("questions", QUESTION).status_code == 201
    revoke_api_token(user=patient, token_id=token.pk)
    assert not ApiToken.objects.filter(pk=token.pk).exists()

    with unchanged():
        response = bearer(raw, enforce_csrf=enforce_csrf).post("questions", QUESTION)

    assert_error(response, 401, "invalid_token")


@both_clients
def test_garbage_token_is_401(db, unchanged, enforce_csrf):
    with unchanged():
        response = bearer("wi_not-a-real-token", enforce_csrf=enforce_csrf).post(
            "questions", QUESTION
        )
    assert_error(response, 401, "invalid_token")


def test_token_of_inactive_user_is_401(patient, unchanged):
    raw = token_for(patient)
    patient.is_active = False
    patient.save()
    with unchanged():
        response = bearer(raw).post("questions", QUESTION)
    assert_error(response, 401, "invalid_token")


def test_malformed_authorization_header_is_401(patient, unchanged):
    raw = token_for(patient)
    api = ApiClient(Client(enforce_csrf_checks=True), {"Authorization": f"Token {raw}"})
    with unchanged():
        response = api.post("questions", QUESTION)
    assert_error(response, 401, "not_authenticated")


def test_only_the_sha256_of_a_token_is_stored(patient):
    token, raw = create_api_token(user=patient, name="script")

    row = ApiToken.objects.filter(pk=token.pk).values().get()
    assert row["key_hash"] == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in {str(v) for v in row.values()}
    assert all(raw not in str(v) for v in row.values())
    assert row["prefix"] == raw[:10]
    assert not ApiToken.objects.filter(key_hash=raw).exists()
    assert bearer(raw).post("questions", QUESTION).status_code == 201
