"""Indexing each import batch for search, in bulk, in the batch's transaction.

SQLite: FTS5 analyses the text in the writing connection itself (the triggers of
search_questiondocument), one statement per thousand documents; nothing to overlap.

PostgreSQL: analysing the text (three `to_tsvector` per document) costs more than writing
the batch's rows. It is a pure function of the text, so a second connection, in a thread,
computes the vectors of part of the batch (`postgres.compute_vectors`) while the import's own
connection writes the answers and then analyses the rest itself; the part computed aside is
then copied in, vectors included. Both connections are server processes of their own, so on a
machine with two cores the analysis runs on both. The part given to the second connection is
set after every batch from the timings of the last one, so that both finish together. Nothing
is written outside the batch's transaction: the second connection only computes.
"""

import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor, wait

from django.db import connection
from django.utils import timezone

from weighin.datasets import hooks
from weighin.search.backends.base import Document

log = logging.getLogger(__name__)
FIRST_SHARE = 0.6  # of a batch's documents analysed aside, until timings say better


class BatchIndexer:
    """`start(documents)` once a batch's questions have ids, `finish()` after its answers;
    `close()` at the end of the import."""

    def __init__(self) -> None:
        self.aside = connection.vendor == "postgresql"
        self.share = FIRST_SHARE
        self._pool: ThreadPoolExecutor | None = None
        self._conn = None
        self._documents: list[Document] = []
        self._vectors: Future | None = None
        self._split = 0
        self._started = 0.0
        self._cost_here: float | None = None  # seconds a document, analysed in this connection

    def start(self, documents: list[Document]) -> None:
        self._documents = documents
        self._started = time.perf_counter()
        self._split = round(len(documents) * self.share) if self.aside else 0
        if self._split:
            self._vectors = self._executor().submit(self._compute, documents[: self._split])

    def finish(self) -> int:
        """Write the batch's documents; returns how many."""
        documents, split = self._documents, self._split
        rows_done = time.perf_counter()
        written = hooks.after_import(documents[split:])
        here = time.perf_counter() - rows_done
        if self._vectors is not None:
            try:
                computed, aside = self._vectors.result()
            except _ConnectionFailed:
                written += hooks.after_import(documents[:split])
            else:
                written += hooks.after_import(documents[:split], computed, timezone.now())
                self._balance(len(documents), split, rows_done - self._started, here, aside)
            finally:
                self._vectors = None
        self._documents = []
        return written

    def discard(self) -> None:
        """Forget a batch that was rolled back (after its computation, if one is running)."""
        if self._vectors is not None:
            wait([self._vectors])
        self._documents, self._vectors = [], None

    def close(self) -> None:
        self.discard()
        if self._pool is not None:
            self._pool.submit(self._disconnect).result()
            self._pool.shutdown()
            self._pool = None

    # --- the second connection ---------------------------------------------------------------

    def _executor(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-vectors")
        return self._pool

    def _compute(self, documents: list[Document]) -> tuple[list[bytes], float]:
        from psycopg import OperationalError

        from weighin.search.backends.postgres import compute_vectors

        started = time.perf_counter()
        try:
            if self._conn is None:
                self._conn = connection.get_new_connection(connection.get_connection_params())
                self._conn.autocommit = True
            return compute_vectors(self._conn, documents), time.perf_counter() - started
        except OperationalError as exc:  # no second connection (max_connections?): all here
            log.warning("search vectors computed in one connection only: %s", exc)
            self.aside = False
            raise _ConnectionFailed from exc

    def _disconnect(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _balance(self, total: int, split: int, rows: float, here: float, aside: float) -> None:
        """The share for the next batch: the import's connection writes the rows, then
        analyses its part; the other analyses its part meanwhile. Both take as long when
        `aside_part * cost_aside == rows + here_part * cost_here`."""
        if total - split:
            self._cost_here = here / (total - split)
        cost_here = self._cost_here or aside / split
        cost_aside = aside / split
        best = (rows + total * cost_here) / (cost_here + cost_aside) / total
        self.share = min(0.95, max(0.05, (self.share + best) / 2))


class _ConnectionFailed(Exception):
    pass
