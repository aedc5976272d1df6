"""What the import commands share: options, the progress bar, the report."""

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from django.core.management.base import BaseCommand, CommandError, CommandParser

from weighin.datasets.importer import DEFAULT_BATCH_SIZE, ImportReport, StrictStop, run_import
from weighin.datasets.pipeline import ReadAhead
from weighin.datasets.progress import bar
from weighin.datasets.readers import DamagedInput
from weighin.datasets.serializers import UnsupportedExport

SHOW_BAD = 50
REINDEX_VECTORS = "`manage.py reindex --vectors-only`"


@contextmanager
def _frozen_heap() -> Iterator[None]:
    """The objects that exist before an import (Django, the models, the modules) live as long
    as the process: the garbage collector is told so (gc.freeze) instead of walking them all
    again at each full collection, a tenth of an import's time. The reading process, forked
    inside, inherits that."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


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
            help=(
                "do not index imported questions for search, nor embed them (run "
                "`manage.py reindex` later)"
            ),
        )
        parser.add_argument(
            "--no-embed",
            action="store_true",
            help=(
                "with semantic matching on, do not embed the questions after the import "
                "(run `manage.py reindex --vectors-only` later)"
            ),
        )
        parser.add_argument("--quiet", action="store_true", help="no progress bar")

    def reader(self, path: Path, options: dict[str, Any]) -> Reader:
        raise NotImplementedError

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["path"]
        if not path.exists():
            raise CommandError(f"{path}: no such file or folder")
        index = not options["no_index"]
        with _frozen_heap():
            # Read and parsed in a second process while this one writes (pipeline.py), which
            # starts here, before the progress bar's thread.
            reader = ReadAhead(self.reader(path, options), index=index, limit=options["limit"])
            try:
                report = self.import_items(path, reader, index=index, options=options)
            finally:
                reader.close()  # the reading process, if the import failed before reading
        self.print_report(path, report)
        if index:  # --no-index leaves both to `reindex`
            quiet = options["quiet"] or options["verbosity"] < 1
            self.embed(skip=options["no_embed"], quiet=quiet)

    def import_items(
        self, path: Path, reader: Reader, *, index: bool, options: dict[str, Any]
    ) -> ImportReport:
        items = self.items(reader)  # starts the reading process
        quiet = options["quiet"] or options["verbosity"] < 1
        with bar(self.label, reader.total or None, quiet=quiet) as progress:

            def on_progress(report: ImportReport) -> None:
                progress.update(reader.position(), report.read)

            try:
                report = run_import(
                    items,
                    batch_size=max(1, options["batch_size"]),
                    strict=options["strict"],
                    index=index,
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
        return report

    def items(self, reader: Reader):
        return iter(reader)

    def embed(self, *, skip: bool, quiet: bool) -> None:
        """With semantic matching on (the extra installed), embed every question without a
        vector, after the import committed: this run's, and those an interrupted run or
        `--no-embed` left. Batches commit one by one, so an interrupted embedding leaves the
        rest to the next import or to `reindex --vectors-only`."""
        from weighin.search import semantic

        if not semantic.enabled():
            return
        missing = semantic.count_missing()
        if not missing:
            return
        if skip:
            self.stdout.write(
                f"Not embedded (--no-embed): {missing:,} questions without an embedding; "
                f"{REINDEX_VECTORS} embeds them."
            )
            return
        done = 0
        with bar("Embedding questions", missing, quiet=quiet) as progress:

            def advance(n: int) -> None:
                nonlocal done
                done += n
                progress.update(done, done)

            try:
                embedded = semantic.embed_missing(progress=advance)
            except KeyboardInterrupt:
                self.stderr.write(
                    f"Interrupted: {done:,} of {missing:,} questions embedded (the import itself "
                    f"is committed). Import again, or run {REINDEX_VECTORS}, to embed the rest."
                )
                raise
        self.stdout.write(
            self.style.SUCCESS(f"Embedded {embedded:,} questions for semantic matching.")
        )

    def print_report(self, path: Path, report: ImportReport) -> None:
        for where, message in report.bad[:SHOW_BAD]:
            self.stderr.write(f"{path.name}, {where}: {message}")
        if report.bad_count > SHOW_BAD:
            self.stderr.write(f"... and {report.bad_count - SHOW_BAD:,} more bad records")
        self.stdout.write(self.style.SUCCESS(f"{path.name}: {report.summary()}."))
