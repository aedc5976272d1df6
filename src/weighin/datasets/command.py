"""What the import commands share: options, the progress bar, the report."""

from pathlib import Path
from typing import Any, Protocol

from django.core.management.base import BaseCommand, CommandError, CommandParser

from weighin.datasets.importer import DEFAULT_BATCH_SIZE, ImportReport, StrictStop, run_import
from weighin.datasets.progress import bar
from weighin.datasets.readers import DamagedInput
from weighin.datasets.serializers import UnsupportedExport

SHOW_BAD = 50


class Reader(Protocol):
    unit: str
    total: int

    def position(self) -> int: ...

    def __iter__(self): ...


class ImportCommand(BaseCommand):
    label = "Importing"
    path_help = "the file to import"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, help=self.path_help)
        parser.add_argument(
            "--batch-size",
            type=int,
            default=DEFAULT_BATCH_SIZE,
            help=f"records per transaction (default {DEFAULT_BATCH_SIZE})",
        )
        parser.add_argument(
            "--strict",
            action="store_true",
            help="stop at the first bad record (its batch is not written; exit code 1)",
        )
        parser.add_argument("--limit", type=int, help="import only the first N records")
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="do not index imported questions for search (run `manage.py reindex` later)",
        )
        parser.add_argument("--quiet", action="store_true", help="no progress bar")

    def reader(self, path: Path, options: dict[str, Any]) -> Reader:
        raise NotImplementedError

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["path"]
        if not path.exists():
            raise CommandError(f"{path}: no such file or folder")
        reader = self.reader(path, options)
        quiet = options["quiet"] or options["verbosity"] < 1
        with bar(self.label, reader.total or None, quiet=quiet) as progress:

            def on_progress(report: ImportReport) -> None:
                progress.update(reader.position(), report.read)

            try:
                report = run_import(
                    self.items(reader),
                    batch_size=max(1, options["batch_size"]),
                    strict=options["strict"],
                    index=not options["no_index"],
                    limit=options["limit"],
                    on_progress=on_progress,
                )
            except StrictStop as stop:
                raise CommandError(
                    f"{path.name}, {stop.where}: {stop.message}\n--strict: stopped here. "
                    "Earlier batches were committed; nothing of this batch was written. "
                    "Fix the record and run again: what is already imported is skipped."
                ) from None
            except UnsupportedExport as unsupported:
                raise CommandError(f"{path.name}: {unsupported}") from None
            except DamagedInput as damaged:
                raise CommandError(
                    f"{path.name}: {damaged}. Batches read before were committed; run again "
                    "on a good copy to add the rest."
                ) from None
        self.print_report(path, report)

    def items(self, reader: Reader):
        return iter(reader)

    def print_report(self, path: Path, report: ImportReport) -> None:
        for where, message in report.bad[:SHOW_BAD]:
            self.stderr.write(f"{path.name}, {where}: {message}")
        if report.bad_count > SHOW_BAD:
            self.stderr.write(f"... and {report.bad_count - SHOW_BAD:,} more bad records")
        self.stdout.write(self.style.SUCCESS(f"{path.name}: {report.summary()}."))
