"""Reading a weighin export (serializers.py has the format) and telling JSON Lines formats
apart by their first record."""

from collections.abc import Iterator
from pathlib import Path

from weighin.datasets import serializers
from weighin.datasets.formats import medquad, patients
from weighin.datasets.readers import JsonLines, JsonlSource
from weighin.datasets.records import BadRecord, Item
from weighin.datasets.serializers import UnsupportedExport


class ExportJsonl(JsonlSource):
    """A weighin export: the header line first, then references, then questions."""

    def parse(self, lines: Iterator) -> Iterator[Item]:
        for number, row in lines:
            if isinstance(row, BadRecord):
                raise UnsupportedExport(f"line {number}: {row.message}")
            serializers.check_header(row)
            break
        for number, row in lines:
            where = f"line {number}"
            if isinstance(row, BadRecord):
                yield Item(where, error=row.message)
                continue
            try:
                yield Item(where, record=serializers.parse(row))
            except BadRecord as bad:
                yield Item(where, error=bad.message)


def first_object(path: Path) -> dict | None:
    for _, row in JsonLines(path):
        if not isinstance(row, BadRecord):
            return row
    return None


def jsonl_reader(path: Path) -> ExportJsonl | patients.PatientsJsonl | medquad.MedQuadJsonl:
    """The reader for this file's format, told from its first JSON object."""
    row = first_object(path)
    if row is None:
        raise UnsupportedExport("no JSON object found: is this a JSON Lines file?")
    if row.get("type") == serializers.FORMAT:
        return ExportJsonl(path)
    if patients.looks_like(row):
        return patients.PatientsJsonl(path)
    if medquad.looks_like(row):
        return medquad.MedQuadJsonl(path)
    raise UnsupportedExport(
        "unrecognised records (fields: "
        + ", ".join(sorted(row)[:12])
        + "); expected a weighin export, patient questions or MedQuAD"
    )
