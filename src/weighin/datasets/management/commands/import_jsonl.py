from pathlib import Path
from typing import Any

from django.core.management.base import CommandError

from weighin.datasets.command import ImportCommand, Reader
from weighin.datasets.formats.export import jsonl_reader
from weighin.datasets.serializers import UnsupportedExport


class Command(ImportCommand):
    help = (
        "Import JSON Lines (plain or gzip): a weighin export (export_jsonl; docs/data-format.md) "
        "or patient questions with answers (id, source, question, answer, tags). Answers from "
        "other sites are attributed to the site, never to weighin doctors. Safe to run twice."
    )
    path_help = "a JSON Lines file, plain or gzip"

    def reader(self, path: Path, options: dict[str, Any]) -> Reader:
        if path.is_dir():
            raise CommandError(f"{path} is a folder; import_jsonl reads one file")
        try:
            return jsonl_reader(path)
        except UnsupportedExport as exc:
            raise CommandError(f"{path.name}: {exc}") from None
