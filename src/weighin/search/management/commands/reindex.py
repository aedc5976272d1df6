from django.core.management.base import BaseCommand, CommandParser
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from weighin.qa.models import Question
from weighin.search import semantic
from weighin.search.indexing import batches, clear_index, index_questions


def _progress(console: Console, verbosity: int) -> Progress:
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
    )
    return Progress(*columns, console=console, disable=verbosity < 1)


def _advance(progress: Progress, task, n: int) -> None:
    speed = progress.tasks[0].speed
    progress.update(task, advance=n, rate=f"{speed:,.0f}/s" if speed else "")


class Command(BaseCommand):
    help = (
        "Rebuild the search index of every question and its answers, in batches; with semantic "
        "matching on, also embed every question without a current vector and rebuild the "
        "vector index file."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument(
            "--clear", action="store_true", help="Empty the index first (searches miss until done)."
        )
        parser.add_argument(
            "--vectors-only",
            action="store_true",
            help="Only embed what is missing and rebuild the vector index file.",
        )

    def handle(self, *args, batch_size: int, clear: bool, vectors_only: bool, **options) -> None:
        console = Console(file=self.stdout, stderr=False)
        verbosity = options["verbosity"]
        batch_size = max(1, batch_size)
        if not vectors_only:
            if clear:
                clear_index()
            written = 0
            with _progress(console, verbosity) as progress:
                task = progress.add_task(
                    "Indexing questions", total=Question.objects.count(), rate=""
                )
                for ids in batches(batch_size):
                    written += index_questions(ids, embed=False)
                    _advance(progress, task, len(ids))
            self.stdout.write(self.style.SUCCESS(f"Indexed {written:,} questions."))
        if not semantic.enabled():
            self.stdout.write(semantic.describe())
            return
        with _progress(console, verbosity) as progress:
            task = progress.add_task("Embedding questions", total=semantic.count_missing(), rate="")
            embedded = semantic.embed_missing(
                batch_size=min(batch_size, semantic.BATCH),
                progress=lambda n: _advance(progress, task, n),
            )
        index = semantic.rebuild()
        where = f" (saved to {index.path})" if index.path else ""
        self.stdout.write(
            self.style.SUCCESS(
                f"Embedded {embedded:,} questions; vector index of {len(index.index):,}{where}."
            )
        )
