"""Reading and parsing a file in a second process while the import writes.

Reading is pure Python (gunzip, JSON, text clean-up, headlines, the search text: prepare.py)
and costs about as much as the database's share of the writing, so the two run side by side:
a child process, forked so that it starts in milliseconds with everything imported, reads the
file and sends the items in chunks through a bounded queue; the parent writes. The child
never touches the database (it inherits the parent's connection and leaves it alone) and
prints nothing. An error while reading (a damaged gzip, an export of another version) reaches
the parent after the items read before it, as it would without the child.

On one core, or where forking is not safe (anything but Linux: macOS's system libraries
refuse to run in a forked child), the parent reads the file itself.
"""

import multiprocessing
import os
import pickle
import queue
import signal
import sys
import traceback
from collections.abc import Iterator
from typing import Any, Protocol

from weighin.datasets.prepare import prepare_item
from weighin.datasets.records import DoctorIn, Item, SourceIn, SpecialtyIn, TopicIn

CHUNK = 100  # items per message: small, so the writer starts soon after the reader
DEPTH = 24  # messages read ahead at most: more than a batch (about 4 MB of MedQuAD)
POLL_SECONDS = 1.0
STOP_SECONDS = 5.0  # for the child to stop when told, before it is killed
REFERENCES = (SourceIn, SpecialtyIn, TopicIn, DoctorIn)  # records that are not questions


class Source(Protocol):
    unit: str
    total: int

    def position(self) -> int: ...

    def __iter__(self) -> Iterator[Item]: ...


class ReaderFailed(Exception):
    """The reading process died, or failed with an error that could not be sent back."""


def can_read_aside() -> bool:
    return sys.platform.startswith("linux") and len(os.sched_getaffinity(0)) > 1


class ReadAhead:
    """The items of `source`, prepared (`prepare.prepare_item`), read by a child process when
    `aside` (by default when `can_read_aside()`). `position()` is where the reader was when
    it sent the latest items. With `limit`, the child stops after that many question records
    (bad ones included, as `importer.run_import` counts them) instead of reading ahead for
    nothing."""

    def __init__(
        self,
        source: Source,
        *,
        index: bool = True,
        limit: int | None = None,
        aside: bool | None = None,
    ) -> None:
        self.source = source
        self.limit = limit
        self.unit = source.unit
        self.total = source.total
        self.index = index
        self.aside = can_read_aside() if aside is None else aside
        self._position = 0

    def position(self) -> int:
        return self._position if self.aside else self.source.position()

    def __iter__(self) -> Iterator[Item]:
        """Starts the child at once, not at the first item, so that it forks before the
        caller starts threads of its own (a progress bar)."""
        if not self.aside:
            return (prepare_item(item, index=self.index) for item in self.source)
        context = multiprocessing.get_context("fork")
        messages = context.Queue(maxsize=DEPTH)
        child = context.Process(
            target=_read,
            args=(self.source, messages, self.index, self.limit),
            name="import-reader",
        )
        child.daemon = True
        child.start()
        self._child, self._messages = child, messages
        return self._receive(child, messages)

    def close(self) -> None:
        """Stop the reading process, if one was started and still runs. The items' iterator
        does it when it ends or is closed; this is for a caller that fails before it reads
        the first item (a generator not yet started cannot run its own clean-up)."""
        child, messages = getattr(self, "_child", None), getattr(self, "_messages", None)
        if child is None:
            return
        self._child = self._messages = None
        if child.is_alive():  # stopped early (--limit, --strict, an error while writing)
            child.terminate()
            child.join(STOP_SECONDS)
            if child.is_alive():  # it should not, but never wait on it forever
                child.kill()
        child.join()
        messages.close()
        messages.cancel_join_thread()

    def _receive(self, child: Any, messages: Any) -> Iterator[Item]:
        try:
            while True:
                kind, value, self._position = _next(messages, child)
                if kind == "items":
                    yield from value
                elif kind == "error":
                    raise value
                else:
                    return
        finally:
            self.close()


def _next(messages: Any, child: Any) -> tuple[str, Any, int]:
    while True:
        try:
            return messages.get(timeout=POLL_SECONDS)
        except queue.Empty:
            if not child.is_alive():
                # It may have sent its last messages and exited since the wait timed out.
                try:
                    return messages.get(timeout=POLL_SECONDS)
                except queue.Empty:
                    raise ReaderFailed(
                        f"the reading process stopped (exit code {child.exitcode})"
                    ) from None


def _read(source: Source, messages: Any, index: bool, limit: int | None) -> None:
    """The child: read, prepare, send. Ctrl-C is for the parent, which stops the child with
    SIGTERM: its default action here, whatever handler the parent had installed (a handler
    raising SystemExit would leave the child waiting at exit to flush a queue nobody reads)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent = os.getppid()

    def send(kind: str, value: Any) -> None:
        while True:
            try:
                return messages.put((kind, value, source.position()), timeout=POLL_SECONDS)
            except queue.Full:
                if os.getppid() != parent:  # the parent was killed: nobody will read
                    os._exit(1)

    chunk: list[Item] = []
    questions = 0
    try:
        for item in source:
            chunk.append(prepare_item(item, index=index))
            questions += not isinstance(item.record, REFERENCES)
            if limit is not None and questions >= limit:
                break
            if len(chunk) >= CHUNK:
                send("items", chunk)
                chunk = []
        send("items", chunk)
        send("end", None)
    except Exception as exc:  # every error goes to the parent, which raises it there
        send("items", chunk)
        send("error", _sendable(exc))


def _sendable(exc: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(exc))  # noqa: S301 -- our own bytes, just made
    except Exception:  # an error that cannot be pickled is sent as its traceback
        return ReaderFailed("".join(traceback.format_exception(exc)))
    return exc
