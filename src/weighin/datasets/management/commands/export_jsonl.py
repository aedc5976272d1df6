import os
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from weighin.datasets.exporter import ExportCounts, public_questions, write_export
from weighin.datasets.progress import bar


class Command(BaseCommand):
    help = (
        "Export all public content (questions without askers, answers, follow-ups, agreements, "
        "topics, sources, doctors' public profiles) as versioned JSON Lines "
        "(docs/data-format.md). PATH '-' writes to standard output."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="file to write, or - for standard output")
        parser.add_argument(
            "--gzip", action="store_true", help="compress (implied by a .gz file name)"
        )
        parser.add_argument("--quiet", action="store_true", help="no progress bar")

    def handle(self, *args: Any, path: str, **options: Any) -> None:
        compress = options["gzip"] or path.endswith(".gz")
        quiet = options["quiet"] or options["verbosity"] < 1 or path == "-"
        with bar("Exporting", public_questions().count(), quiet=quiet) as progress:

            def on_question(counts: ExportCounts) -> None:
                if counts.questions % 100 == 0:
                    progress.update(counts.questions, counts.questions)

            if path == "-":
                counts = write_export(sys.stdout.buffer, compress=compress)
                sys.stdout.buffer.flush()
            else:
                counts = self._to_file(Path(path), compress, on_question)
            progress.update(counts.questions, counts.questions)
        message = (
            f"Exported {counts.questions:,} questions, {counts.answers:,} answers and "
            f"{counts.doctors:,} doctors to {path}."
        )
        (self.stderr if path == "-" else self.stdout).write(message)

    def _to_file(self, target: Path, compress: bool, on_question) -> ExportCounts:
        """Written next to the target and renamed at the end, so an interrupted export never
        leaves a complete-looking file."""
        if target.is_dir():
            raise CommandError(f"{target} is a folder")
        partial = target.with_name(target.name + ".partial")
        try:
            with open(partial, "wb") as out:
                counts = write_export(out, compress=compress, on_question=on_question)
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return counts
