import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.management import call_command

DATA = Path(__file__).resolve().parent.parent / "data"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


@dataclass
class Output:
    out: str
    err: str


def run(command: str, *args, **options) -> Output:
    """A management command, quiet, with its output captured."""
    out, err = io.StringIO(), io.StringIO()
    call_command(command, *[str(a) for a in args], quiet=True, stdout=out, stderr=err, **options)
    return Output(out.getvalue(), err.getvalue())


def write_lines(path: Path, lines: list[bytes | str]) -> Path:
    path.write_bytes(b"".join((x.encode() if isinstance(x, str) else x) + b"\n" for x in lines))
    return path


@pytest.fixture
def data() -> Path:
    return DATA


@pytest.fixture(autouse=True)
def _no_embeddings(settings):
    # A speed knob: imports embed their questions when semantic matching is on, which loads a
    # model. test_import_embeddings.py turns it back on (`semantic_on`).
    settings.WEIGHIN_SEMANTIC = "off"
