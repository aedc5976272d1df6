"""Staff download the export from the admin; nobody else can."""

import gzip

from tests.datasets.site import PATIENT_EMAIL, busy_site
from tests.factories import PASSWORD, UserFactory


def test_anonymous_and_non_staff_users_are_sent_to_the_admin_login(db, client):
    response = client.get("/admin/export/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    client.login(email=UserFactory().email, password=PASSWORD)
    response = client.get("/admin/export/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_staff_download_the_gzip_export(db, data, client):
    busy_site(data)
    staff = UserFactory(is_staff=True)
    client.login(email=staff.email, password=PASSWORD)
    response = client.get("/admin/export/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/gzip"
    assert response["Content-Disposition"].startswith('attachment; filename="weighin-export-')
    body = gzip.decompress(b"".join(response.streaming_content)).decode()
    assert body.startswith('{"type":"weighin-export","version":1}\n')
    assert '"type":"question"' in body
    assert PATIENT_EMAIL not in body


def test_staff_download_plain_json_lines(db, client):
    staff = UserFactory(is_staff=True)
    client.login(email=staff.email, password=PASSWORD)
    response = client.get("/admin/export/?format=jsonl")
    assert response["Content-Type"].startswith("application/x-ndjson")
    assert b"".join(response.streaming_content).startswith(b'{"type":"weighin-export"')


def test_question_changelist_links_to_the_export(db, client):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.login(email=admin.email, password=PASSWORD)
    html = client.get("/admin/qa/question/").content.decode()
    assert 'href="/admin/export/"' in html
