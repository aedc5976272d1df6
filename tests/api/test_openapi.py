"""The OpenAPI document and the interactive docs."""

import json

from django.test import Client

PATHS = {
    "/api/v1/questions": {"get", "post"},
    "/api/v1/questions/{question_id}": {"get", "patch"},
    "/api/v1/questions/{question_id}/answers": {"post"},
    "/api/v1/answers/{answer_id}": {"patch"},
    "/api/v1/answers/{answer_id}/agree": {"post", "delete"},
    "/api/v1/answers/{answer_id}/thank": {"post", "delete"},
    "/api/v1/doctors": {"get"},
    "/api/v1/doctors/{doctor_id}": {"get"},
    "/api/v1/topics": {"get"},
    "/api/v1/specialties": {"get"},
}


def schema() -> dict:
    response = Client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    return json.loads(response.content)


def test_openapi_lists_every_path_and_method(db):
    doc = schema()
    assert doc["openapi"].startswith("3.")
    assert doc["info"]["title"] == "weighin API"
    for path, methods in PATHS.items():
        assert path in doc["paths"], path
        assert methods <= set(doc["paths"][path]), (path, set(doc["paths"][path]))


def test_openapi_documents_error_responses_with_the_error_shape(db):
    doc = schema()
    agree = doc["paths"]["/api/v1/answers/{answer_id}/agree"]["post"]
    assert {"201", "401", "403", "404", "409"} <= set(agree["responses"])
    ref = agree["responses"]["409"]["content"]["application/json"]["schema"]["$ref"]
    error_out = doc["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    assert set(error_out["properties"]) == {"error"}
    body_ref = error_out["properties"]["error"]["$ref"]
    error_body = doc["components"]["schemas"][body_ref.rsplit("/", 1)[-1]]
    assert {"code", "message", "fields"} <= set(error_body["properties"])
    ask = doc["paths"]["/api/v1/questions"]["post"]
    assert {"201", "400", "401", "415"} <= set(ask["responses"])


def test_openapi_declares_token_and_session_auth_on_writes(db):
    doc = schema()
    schemes = doc["components"]["securitySchemes"]
    assert any(s.get("scheme") == "bearer" for s in schemes.values())
    ask = doc["paths"]["/api/v1/questions"]["post"]
    assert ask["security"]
    assert "security" not in doc["paths"]["/api/v1/questions"]["get"]


def test_docs_page_is_html(db):
    response = Client().get("/api/v1/docs")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert b"openapi.json" in response.content
