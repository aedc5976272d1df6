"""Progress bars for imports and exports (rich): how far, records per second, time left.

The bar measures what is known without a second pass over the input (bytes of the file, XML
files, or questions for an export); the rate column counts records."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class RecordsColumn(ProgressColumn):
    """`12,345 records · 1,234/s`, from the task's `records` field and its elapsed time."""

    def render(self, task: Task) -> Text:
        records = task.fields.get("records", 0)
        elapsed = task.finished_time if task.finished else task.elapsed
        rate = f" · {records / elapsed:,.0f}/s" if elapsed and records else ""
        return Text(f"{records:,} records{rate}", style="progress.data.speed")


class Bar:
    """`update(completed, records)`; a no-op when disabled (--quiet)."""

    def __init__(self, progress: Progress | None, task: int | None) -> None:
        self.progress = progress
        self.task = task

    def update(self, completed: int, records: int) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, completed=completed, records=records)


@contextmanager
def bar(label: str, total: int | None, *, quiet: bool, file: TextIO | None = None) -> Iterator[Bar]:
    if quiet:
        yield Bar(None, None)
        return
    columns = (
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        TaskProgressColumn(),
        RecordsColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    console = Console(file=file, stderr=file is None)
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task(label, total=total, records=0)
        yield Bar(progress, task)
        if total:
            progress.update(task, completed=total)
