"""Semantic matching of questions (the ``[semantic]`` extra): embeddings in the database, an
in-process index on every app server.

- Writes: after every commit that changes a question's searchable text, ``schedule`` enqueues
  ``search.tasks.embed_questions`` (django-tasks); the task embeds title + details with
  all-MiniLM-L6-v2 and stores the vector (float16) in ``QuestionEmbedding``, replacing the old
  row by a new one (skipped when the text did not change). Imports and ``manage.py reindex``
  embed what is missing in bulk (``embed_missing``).
- Reads: ``nearest(text, k)`` embeds the typed text and asks the process's ``VectorIndex``.
  The index is loaded from its file (``WEIGHIN_VECTOR_DIR``) or built from the database, then
  kept in step by a high-water mark: rows with a larger id are read in, and ids skipped below
  the mark (transactions that committed out of order) are looked at again for a while. Every
  app server does this on its own; a write bumps a cache key so they look at once (with a
  local cache, each looks at least every ``REFRESH_SECONDS``).

Without the extra (or with ``WEIGHIN_SEMANTIC=off``), ``enabled()`` is False and the site is
lexical only; the startup log says which mode is on.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction

from weighin.core import clock_counter
from weighin.search import embeddings

log = logging.getLogger(__name__)

DIM = 384
SEQUENCE_KEY = "search:vectors:sequence"
REFRESH_SECONDS = 30
SAVE_EVERY = 5_000  # rows caught up since the file was written
GAP_SECONDS = 120  # how long an id skipped below the high-water mark is looked for
GAP_WINDOW = 1_000  # only ids this close below the newest row can still be in flight
TEXT_CHARS = 2_000
# Below this cosine an existing question is not offered as similar: all-MiniLM-L6-v2 puts
# unrelated health questions at 0.1-0.3 and 99 % of MEDIQA's true matches above 0.25.
MIN_COSINE = 0.25
# Nor one this far below the best match (a question about sleep is not offered for a question
# about waking at 4am when a question about that exists); 99 % of true matches are within it.
RELATIVE_MARGIN = 0.3
BATCH = 256


class SemanticUnavailable(RuntimeError):
    """Semantic matching was asked for, but the extra is not installed or is switched off."""


def enabled() -> bool:
    """True when semantic matching is on: the extra is installed and not switched off."""
    setting = str(getattr(settings, "WEIGHIN_SEMANTIC", "auto")).lower()
    return setting not in {"off", "0", "false", "no"} and embeddings.available()


def require() -> None:
    if not enabled():
        raise SemanticUnavailable(
            "semantic matching is off: install the extra (pip install 'weighin[semantic]') "
            "and leave WEIGHIN_SEMANTIC unset or 'auto'"
        )


def describe() -> str:
    """One line for the startup log."""
    if enabled():
        return (
            f"search: semantic matching on ({embeddings.MODEL_NAME}; exact scan below "
            f"{settings.WEIGHIN_VECTOR_EXACT_BELOW:,} questions, usearch above), hybrid ranking"
        )
    if not embeddings.available():
        return "search: lexical only (install 'weighin[semantic]' for semantic matching)"
    return "search: lexical only (WEIGHIN_SEMANTIC=off)"


def warm_up(*, wait: bool = False) -> None:
    """Load the model now (in a background thread unless ``wait``), so that the first
    request does not wait seconds for it. Servers call this when they start."""
    if not enabled():
        return
    if wait:
        embeddings.embed(["warm up"])
        return
    threading.Thread(target=embeddings.embed, args=(["warm up"],), daemon=True).start()


# ------------------------------------------------------------------------------ vectors


def question_text(title: str, details: str) -> str:
    """What is embedded for a question: its title, then the start of its details."""
    return f"{title}\n{details}"[:TEXT_CHARS].strip()


def text_hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def to_bytes(vector: Any) -> bytes:
    import numpy as np

    return np.asarray(vector, dtype="<f2").reshape(-1).tobytes()


def from_bytes(blob: bytes | memoryview) -> Any:
    import numpy as np

    return np.frombuffer(bytes(blob), dtype="<f2").astype(np.float32)


def embed_questions(question_ids: Iterable[int]) -> int:
    """Embed these questions where their text (or the model) changed since their stored
    vector. Returns how many vectors were written."""
    from weighin.qa.models import Question
    from weighin.search.models import QuestionEmbedding

    ids = sorted(set(question_ids))
    if not ids:
        return 0
    require()
    rows = Question.objects.filter(pk__in=ids).values_list("pk", "title", "details")
    texts = {pk: question_text(title, details) for pk, title, details in rows}
    stored = dict(
        QuestionEmbedding.objects.filter(
            question_id__in=texts, model=embeddings.MODEL_NAME
        ).values_list("question_id", "text_hash")
    )
    todo = {pk: t for pk, t in texts.items() if stored.get(pk) != text_hash(t)}
    return _write(todo)


def _write(texts: dict[int, str]) -> int:
    from weighin.search.models import QuestionEmbedding

    if not texts:
        return 0
    ids = list(texts)
    vectors = embeddings.embed([texts[pk] for pk in ids])
    with transaction.atomic():
        # A new row, not an update: ids only grow, so every app server sees the change.
        QuestionEmbedding.objects.filter(question_id__in=ids).delete()
        made = QuestionEmbedding.objects.bulk_create(
            QuestionEmbedding(
                question_id=pk,
                model=embeddings.MODEL_NAME,
                text_hash=text_hash(texts[pk]),
                vector=to_bytes(vector),
            )
            for pk, vector in zip(ids, vectors, strict=True)
        )
    transaction.on_commit(_bump_sequence)
    return len(made)


def embed_missing(*, batch_size: int = BATCH, progress: Callable[[int], None] | None = None) -> int:
    """Embed every question without a vector of the current model (an import, a reindex, or
    the extra installed later), in batches. ``progress(n)`` is called after each batch."""
    from weighin.qa.models import Question

    require()
    written, last = 0, 0
    while True:
        rows = list(
            Question.objects.filter(pk__gt=last)
            .exclude(embedding__model=embeddings.MODEL_NAME)
            .order_by("pk")
            .values_list("pk", "title", "details")[:batch_size]
        )
        if not rows:
            return written
        written += _write({pk: question_text(t, d) for pk, t, d in rows})
        last = rows[-1][0]
        if progress is not None:
            progress(len(rows))


def count_missing() -> int:
    from weighin.qa.models import Question

    return Question.objects.exclude(embedding__model=embeddings.MODEL_NAME).count()


def schedule(question_ids: Iterable[int]) -> None:
    """Have these questions embedded in the background (django-tasks), when semantic
    matching is on. Called after commit by the indexing of every write."""
    if not enabled():
        return
    from weighin.search.tasks import embed_questions_task

    ids = sorted(set(question_ids))
    if ids:
        embed_questions_task.enqueue(ids)


def _bump_sequence() -> None:
    clock_counter.bump(SEQUENCE_KEY)


# ------------------------------------------------------------------ the process's index


class LiveIndex:
    """This process's index of one database's vectors, kept in step by a high-water mark."""

    def __init__(self, path: Path | None, exact_below: int) -> None:
        from weighin.search.vector_index import VectorIndex

        self.path = path
        self.exact_below = exact_below
        self.index = VectorIndex(DIM, exact_below=exact_below)
        self.high_water = 0
        self.gaps: dict[int, float] = {}  # id skipped below the mark -> when first seen missing
        self.sequence: Any = None
        self.checked_at = 0.0
        self.unsaved = 0
        self.lock = threading.Lock()
        self._load_file()

    def _load_file(self) -> None:
        from weighin.search.vector_index import VectorIndex

        if self.path is None or not self.path.exists():
            return
        try:
            index, meta = VectorIndex.load(self.path, exact_below=self.exact_below)
        except (OSError, ValueError, KeyError, RuntimeError) as error:
            log.warning(
                "vector index %s unreadable (%s); rebuilding from the database", self.path, error
            )
            return
        if meta.get("model") != embeddings.MODEL_NAME or index.ndim != DIM:
            return
        self.index = index
        self.high_water = int(meta.get("high_water", 0))
        now = time.monotonic()
        self.gaps = {int(i): now for i in meta.get("gaps", [])}

    def refresh(self, *, force: bool = False) -> int:
        """Read rows written since the last look. Returns how many vectors were read."""
        from weighin.search.models import QuestionEmbedding

        sequence = cache.get(SEQUENCE_KEY)
        now = time.monotonic()
        if not force and sequence == self.sequence and now - self.checked_at < REFRESH_SECONDS:
            return 0
        with self.lock:
            self.sequence, self.checked_at = sequence, now
            self.gaps = {i: t for i, t in self.gaps.items() if now - t < GAP_SECONDS}
            read, first = 0, self.high_water == 0
            while True:
                rows = QuestionEmbedding.objects.filter(model=embeddings.MODEL_NAME)
                if self.gaps:
                    rows = rows.filter(id__gt=self.high_water) | rows.filter(id__in=list(self.gaps))
                else:
                    rows = rows.filter(id__gt=self.high_water)
                batch = list(
                    rows.order_by("id").values_list("id", "question_id", "vector")[:10_000]
                )
                if not batch:
                    break
                self._apply(batch, now)
                read += len(batch)
                if len(batch) < 10_000:
                    break
            self.unsaved += read
            if read and (first or self.unsaved >= SAVE_EVERY):
                self.save()
            return read

    def _apply(self, batch: list[tuple[int, int, bytes]], now: float) -> None:
        import numpy as np

        for row_id, _, _ in batch:
            self.gaps.pop(row_id, None)
        top = max(row_id for row_id, _, _ in batch)
        seen = {row_id for row_id, _, _ in batch}
        for missing in range(max(self.high_water, top - GAP_WINDOW) + 1, top):
            if missing not in seen:
                self.gaps.setdefault(missing, now)
        self.high_water = max(self.high_water, top)
        keys = np.array([question_id for _, question_id, _ in batch], dtype=np.int64)
        vectors = np.stack([from_bytes(blob) for _, _, blob in batch])
        self.index.upsert(keys, vectors)

    def save(self) -> None:
        if self.path is None:
            return
        meta = {
            "model": embeddings.MODEL_NAME,
            "high_water": self.high_water,
            "gaps": sorted(self.gaps),
        }
        try:
            self.index.save(self.path, meta)
            self.unsaved = 0
        except OSError as error:
            log.warning("could not save the vector index to %s: %s", self.path, error)

    def search(self, vector: Any, k: int) -> list[tuple[int, float]]:
        self.refresh()
        return self.index.search(vector, k)


_live: dict[str, LiveIndex] = {}
_live_lock = threading.Lock()


def _index_path() -> Path | None:
    folder = getattr(settings, "WEIGHIN_VECTOR_DIR", None)
    if not folder:
        return None
    db = connection.settings_dict
    identity = f"{connection.vendor}:{db.get('HOST', '')}:{db.get('PORT', '')}:{db['NAME']}"
    name = hashlib.blake2b(identity.encode(), digest_size=8).hexdigest()
    return Path(folder) / f"questions-{connection.vendor}-{name}.index"


def live_index() -> LiveIndex:
    """This process's index of the current database (loaded or built on first use)."""
    key = f"{connection.vendor}:{connection.settings_dict['NAME']}"
    index = _live.get(key)
    if index is None:
        with _live_lock:
            index = _live.get(key)
            if index is None:
                index = LiveIndex(_index_path(), settings.WEIGHIN_VECTOR_EXACT_BELOW)
                _live[key] = index
    return index


def reset() -> None:
    """Forget this process's indexes (tests; after a database was emptied)."""
    with _live_lock:
        _live.clear()


def rebuild(path: Path | None = None) -> LiveIndex:
    """Build this process's index from the database from scratch and save it to its file."""
    reset()
    index = live_index()
    if path is not None:
        index.path = path
    index.refresh(force=True)
    index.save()
    return index


def nearest(text: str, k: int, *, min_cosine: float = MIN_COSINE) -> list[tuple[int, float]]:
    """Question ids whose embedding is closest to ``text``'s (at least ``min_cosine``), best
    first, with cosines."""
    require()
    if not (text or "").strip() or k < 1:
        return []
    vector = embeddings.embed([text])[0]
    found = live_index().search(vector, k)
    floor = max(min_cosine, found[0][1] - RELATIVE_MARGIN) if found else min_cosine
    return [(pk, cos) for pk, cos in found if cos >= floor]
