"""The first 1,000 real MedQuAD records, when the shared data is there (a visible skip if not)."""

import pytest

from tests.datasets.conftest import SHARED, run
from weighin.qa.counters import live_counts, recount
from weighin.qa.models import Answer, Question


@pytest.fixture
def medquad():
    path = SHARED / "medquad.jsonl.gz"
    if not path.exists():
        pytest.skip(f"shared data not found at {path}: integration import not run")
    return path


def test_first_thousand_medquad_records(db, medquad):
    result = run("import_medquad", medquad, limit=1000)
    new = Question.objects.count()
    assert new > 900
    assert f"{new:,} new, 0 already present" in result.out
    assert Answer.objects.filter(author=None, source__isnull=False).count() == new
    assert not Answer.objects.filter(brief="").exists()
    assert max(len(b) for b in Answer.objects.values_list("brief", flat=True)) <= 100
    before = live_counts()
    recount()
    assert live_counts() == before
    assert f"0 new, {new:,} already present" in run("import_medquad", medquad, limit=1000).out
