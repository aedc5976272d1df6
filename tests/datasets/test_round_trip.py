"""Export -> import into an empty database -> export again: the same bytes."""

import gzip

from tests.datasets.conftest import run
from tests.datasets.site import busy_site, wipe
from weighin.accounts.models import User
from weighin.doctors.models import DoctorProfile
from weighin.qa.counters import live_counts, recount
from weighin.qa.models import Answer, Question


def test_round_trip_gives_identical_files(db, data, tmp_path):
    busy_site(data)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    run("export_jsonl", first)
    exported = first.read_text(encoding="utf-8").count('"type":"question"')
    wipe()
    result = run("import_jsonl", first)
    assert f"{exported} new, 0 already present" in result.out
    run("export_jsonl", second)
    assert second.read_bytes() == first.read_bytes()


def test_gzip_round_trip(db, data, tmp_path):
    busy_site(data)
    run("export_jsonl", tmp_path / "first.jsonl.gz")
    wipe()
    run("import_jsonl", tmp_path / "first.jsonl.gz")
    run("export_jsonl", tmp_path / "second.jsonl.gz")
    first = gzip.decompress((tmp_path / "first.jsonl.gz").read_bytes())
    assert gzip.decompress((tmp_path / "second.jsonl.gz").read_bytes()) == first


def test_imported_export_has_exact_counters_and_no_second_copy(db, data, tmp_path):
    busy_site(data)
    run("export_jsonl", tmp_path / "site.jsonl")
    wipe()
    run("import_jsonl", tmp_path / "site.jsonl")
    before = live_counts()
    recount()
    assert live_counts() == before
    thanked = Answer.objects.filter(thank_count__gt=0)
    assert thanked.exists()
    assert all(a.imported_thanks == a.thank_count for a in thanked)
    assert "0 new" in run("import_jsonl", tmp_path / "site.jsonl").out
    assert live_counts() == before


def test_imported_doctors_cannot_sign_in(db, data, tmp_path, client):
    busy_site(data)
    run("export_jsonl", tmp_path / "site.jsonl")
    wipe()
    run("import_jsonl", tmp_path / "site.jsonl")
    profiles = DoctorProfile.objects.select_related("user")
    assert profiles.count() == 4
    assert {p.verified for p in profiles} == {True, False}
    for profile in profiles:
        assert profile.user.email == f"{profile.slug}@imported.invalid"
        assert not profile.user.has_usable_password()
        assert not client.login(email=profile.user.email, password="")
    assert User.objects.count() == 4  # no askers, no thankers: they are not in the export


def test_hand_written_export_imports_doctors_follow_ups_and_agreements(db, data, client):
    result = run("import_jsonl", data / "export_sample.jsonl")
    assert "3 new, 0 already present" in result.out
    question = Question.objects.get(external_id="weighin:7")
    assert (question.answer_count, question.weighed_in_count) == (3, 2)
    assert question.last_answered_at.isoformat() == "2024-03-03T09:15:00+00:00"
    first = question.answers.get(external_id="weighin:11")
    assert first.author.doctor_profile.full_name == "Alma Test"
    assert [f.external_id for f in first.followups.all()] == ["weighin:12"]
    assert [a.doctor.doctor_profile.slug for a in first.agreements.all()] == ["ben-sample"]
    assert (first.agree_count, first.thank_count, first.imported_thanks) == (1, 3, 3)
    alma = first.author.doctor_profile
    assert (alma.answer_count, alma.agrees_received, alma.thanks_received) == (2, 1, 3)
    html = client.get(question.get_absolute_url()).content.decode()
    assert "2 doctors weighed in" in html
    assert "Continued" in html
