"""Reading in a second process (pipeline.py) gives what reading in this one gives: the same
items, prepared the same way, errors at the same place, and a child that stops when the
import stops."""

import gzip
import multiprocessing
import signal
import threading
import time

import pytest

from tests.datasets.test_bad_records import pair
from weighin.datasets.formats import medquad, patients
from weighin.datasets.formats.export import ExportJsonl
from weighin.datasets.pipeline import ReadAhead, ReaderFailed, can_read_aside
from weighin.datasets.readers import DamagedInput
from weighin.datasets.records import Item, QuestionIn

pytestmark = pytest.mark.skipif(not can_read_aside(), reason="no second core to read on")


def both_ways(make_source, **options) -> tuple[list[Item], list[Item]]:
    aside = list(ReadAhead(make_source(), aside=True, **options))
    here = list(ReadAhead(make_source(), aside=False, **options))
    return aside, here


@pytest.mark.parametrize(
    ("source", "name"),
    [
        (medquad.reader, "medquad_xml"),
        (medquad.reader, "medquad_sample.jsonl"),
        (patients.PatientsJsonl, "patients_sample.jsonl"),
        (ExportJsonl, "export_sample.jsonl"),
    ],
)
def test_items_read_aside_are_the_items_read_here(data, source, name):
    aside, here = both_ways(lambda: source(data / name))
    assert aside == here
    questions = [item.record for item in aside if isinstance(item.record, QuestionIn)]
    assert questions
    assert all(q.prepared is not None and q.prepared.text is not None for q in questions)


def test_without_indexing_no_search_text_is_prepared(data):
    aside, here = both_ways(lambda: medquad.reader(data / "medquad_sample.jsonl"), index=False)
    assert aside == here
    assert all(i.record.prepared.text is None for i in aside if isinstance(i.record, QuestionIn))


def test_a_damaged_file_fails_after_the_items_read_before_the_damage(tmp_path):
    whole = gzip.compress("\n".join(pair(n) for n in range(1, 400)).encode() + b"\n")
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])

    def read(aside: bool) -> list[Item]:
        items: list[Item] = []
        with pytest.raises(DamagedInput, match="damaged after line"):
            items.extend(ReadAhead(medquad.reader(path), aside=aside))
        return items

    aside = read(aside=True)
    assert len(aside) > 100
    assert aside == read(aside=False)


def test_the_reader_stops_at_the_limit(tmp_path):
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(pair(n) for n in range(1, 1000)) + "\n")
    items = list(ReadAhead(medquad.reader(path), aside=True, limit=7))
    assert sum(isinstance(item.record, QuestionIn) for item in items) == 7


def test_the_reader_is_stopped_when_the_import_stops_early(tmp_path):
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(pair(n) for n in range(1, 5000)) + "\n")
    stream = iter(ReadAhead(medquad.reader(path), aside=True))
    next(stream)
    assert [child.name for child in multiprocessing.active_children()] == ["import-reader"]
    stream.close()
    assert not multiprocessing.active_children()


class Unreadable:
    """A source that fails with an error that cannot be sent to another process."""

    unit, total = "bytes", 1

    def position(self) -> int:
        return 0

    def __iter__(self):
        yield Item("line 1", error="fine so far")
        raise ValueError(lambda: "a lambda cannot be pickled")


def test_an_error_that_cannot_be_sent_arrives_as_its_traceback():
    items = []
    with pytest.raises(ReaderFailed, match="ValueError"):
        items.extend(ReadAhead(Unreadable(), aside=True))
    assert items == [Item("line 1", error="fine so far")]


def test_progress_is_where_the_reader_was(tmp_path):
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(pair(n) for n in range(1, 300)) + "\n")
    reader = ReadAhead(medquad.reader(path), aside=True)
    assert reader.total == path.stat().st_size
    positions = [reader.position() for _ in reader]
    assert positions == sorted(positions)
    assert reader.position() == reader.total


def test_the_reader_stops_even_when_the_parent_handles_sigterm(tmp_path):
    """A handler the importing process installed (a worker's graceful shutdown raising
    SystemExit, say) is inherited by the forked reader; stopping it must not hang."""
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(pair(n) for n in range(1, 5000)) + "\n")

    def graceful(signum, frame):
        raise SystemExit(0)

    previous = signal.signal(signal.SIGTERM, graceful)
    try:
        stream = iter(ReadAhead(medquad.reader(path), aside=True))
        next(stream)
        time.sleep(0.5)  # let the reader fill the queue and block on it
        closing = threading.Thread(target=stream.close, daemon=True)
        closing.start()
        closing.join(timeout=30)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert not closing.is_alive(), "stopping the reader hung"
    assert not multiprocessing.active_children()


def test_close_stops_a_reader_whose_items_were_never_read(tmp_path):
    """An import that fails between starting the reader and reading its first item (the
    database down, say) must not leave the reading process behind."""
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(pair(n) for n in range(1, 5000)) + "\n")
    reader = ReadAhead(medquad.reader(path), aside=True)
    iter(reader)  # forks the reader; no item read
    assert [child.name for child in multiprocessing.active_children()] == ["import-reader"]
    reader.close()
    assert not multiprocessing.active_children()
    reader.close()  # twice is harmless
