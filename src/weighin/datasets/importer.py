"""Running an import: records in batches, each batch in its own transaction.

- Idempotent: records are matched by their external id; a second run writes nothing and
  reports "0 new, N already present".
- Resumable: batches already committed are found present on the next run.
- Bad records (unreadable lines, invalid fields, unknown references, duplicate ids) are
  reported with where they are and skipped; with `strict`, the first one stops the run and
  nothing of its batch is written.
"""

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from django.db import transaction

from weighin.datasets.records import Item, QuestionIn, Record
from weighin.datasets.writer import BatchResult, Writer

DEFAULT_BATCH_SIZE = 1000
KEEP_BAD = 1000  # bad records listed in the report; the rest are counted


class StrictStop(Exception):
    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


@dataclass
class ImportReport:
    new: int = 0
    answers: int = 0
    present: int = 0
    created: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    bad: list[tuple[str, str]] = field(default_factory=list)
    bad_count: int = 0
    batches: int = 0
    read: int = 0  # question records read so far (bad and skipped ones included)

    def add_bad(self, where: str, message: str) -> None:
        self.bad_count += 1
        if len(self.bad) < KEEP_BAD:
            self.bad.append((where, message))

    def add(self, batch: BatchResult) -> None:
        self.new += batch.new
        self.answers += batch.answers
        self.present += batch.present
        self.created.update(batch.created)
        self.batches += 1
        for where, message in batch.bad:
            self.add_bad(where, message)

    def summary(self) -> str:
        parts = [f"{self.new:,} new", f"{self.present:,} already present"]
        if self.bad_count:
            parts.append(f"{self.bad_count:,} bad (skipped)")
        for reason, n in sorted(self.skipped.items()):
            parts.append(f"{n:,} skipped: {reason}")
        line = ", ".join(parts)
        if self.answers:
            line += f"; {self.answers:,} answers written"
        made = ", ".join(f"{n:,} {kind}{'s' if n != 1 else ''}" for kind, n in self.created.items())
        return f"{line}; created {made}" if made else line


_KINDS = {"q": "question id", "a": "answer id"}


def _idents(record: Record) -> list[str]:
    """Keys for the duplicate check: short, since a million-record file keeps them all."""
    if isinstance(record, QuestionIn):
        return ["q" + record.external_id] + ["a" + a.external_id for a in record.all_answers()]
    return ["r" + record.ident]


def _describe(ident: str) -> str:
    kind = _KINDS.get(ident[0])
    return f"{kind} {ident[1:]!r}" if kind else ident[1:]


def _close(stream: Iterator[Item]) -> None:
    close = getattr(stream, "close", None)
    if close is not None:
        close()


class _Run:
    """One import's state: the writer, the ids seen, the batch being filled, the report."""

    def __init__(self, *, batch_size: int, strict: bool, index: bool, limit: int | None) -> None:
        self.batch_size, self.strict, self.limit = batch_size, strict, limit
        self.report = ImportReport()
        self.writer = Writer(index=index)
        self.seen: dict[str, str] = {}  # id -> where it was first seen, for duplicate reports
        self.batch: list[tuple[str, Record]] = []
        self.pending = 0  # questions in the batch (references ride along uncounted)

    def bad(self, where: str, message: str) -> None:
        if self.strict:
            raise StrictStop(where, message)
        self.report.add_bad(where, message)

    def take(self, item: Item) -> bool:
        """Add the item to the batch (or report it); False once `limit` records are read."""
        if item.skipped:
            self.report.skipped[item.skipped] += 1
        elif item.error is not None or item.record is None:
            self.bad(item.where, item.error or "empty record")
        else:
            idents = _idents(item.record)
            duplicate = next((i for i in idents if i in self.seen), None)
            if duplicate:
                first = self.seen[duplicate]
                self.bad(item.where, f"duplicate {_describe(duplicate)} (first at {first})")
            else:
                self.seen.update(dict.fromkeys(idents, item.where))
                self.batch.append((item.where, item.record))
                self.pending += isinstance(item.record, QuestionIn)
        if not item.record or isinstance(item.record, QuestionIn):
            self.report.read += 1
            return self.limit is None or self.report.read < self.limit
        return True

    def flush(self) -> None:
        """Write the batch in its own transaction."""
        if not self.batch:
            return
        try:
            with transaction.atomic():
                result = self.writer.write(self.batch)
                if self.strict and result.bad:
                    raise StrictStop(*result.bad[0])
        except BaseException:
            self.writer.reset()  # the look-up tables may name rows that were rolled back
            raise
        self.report.add(result)
        self.batch.clear()
        self.pending = 0


def run_import(
    items: Iterable[Item],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    strict: bool = False,
    index: bool = True,
    limit: int | None = None,
    on_progress: Callable[[ImportReport], None] | None = None,
) -> ImportReport:
    """Import `items`; raises StrictStop (after committing the earlier batches) in strict
    mode. `limit` stops after that many question records (bad ones included)."""
    run = _Run(batch_size=batch_size, strict=strict, index=index, limit=limit)
    stream = iter(items)
    try:
        for item in stream:
            more = run.take(item)
            if run.pending >= batch_size:
                run.flush()
                if on_progress:
                    on_progress(run.report)
            elif on_progress and run.report.read % 100 == 0:
                on_progress(run.report)
            if not more:
                break
        _close(stream)  # a reader working ahead (pipeline.py) stops before the last batch
        run.flush()
        if on_progress:
            on_progress(run.report)
    finally:
        _close(stream)
        run.writer.close()
    return run.report
