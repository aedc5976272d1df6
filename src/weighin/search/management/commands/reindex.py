from django.core.management.base import BaseCommand, CommandParser
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from weighin.qa.models import Question
from weighin.search.indexing import batches, clear_index, index_questions


class Command(BaseCommand):
    help = "Rebuild the search index of every question and its answers, in batches."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument(
            "--clear", action="store_true", help="Empty the index first (searches miss until done)."
        )

    def handle(self, *args, batch_size: int, clear: bool, **options) -> None:
        if clear:
            clear_index()
        total = Question.objects.count()
        console = Console(file=self.stdout, stderr=False)
        columns = (
            TextColumn("[bold]Indexing questions"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
        )
        written = 0
        with Progress(*columns, console=console, disable=options["verbosity"] < 1) as progress:
            task = progress.add_task("index", total=total, rate="")
            for ids in batches(max(1, batch_size)):
                written += index_questions(ids)
                speed = progress.tasks[0].speed
                progress.update(task, advance=len(ids), rate=f"{speed:,.0f}/s" if speed else "")
        self.stdout.write(self.style.SUCCESS(f"Indexed {written:,} questions."))
