"""In-process nearest-neighbour search over question embeddings (the ``[semantic]`` extra).

Neither database can search vectors here (this Python's sqlite3 loads no extensions, so no
sqlite-vec; Debian's PostgreSQL 15 has no pgvector), so every app server keeps its own index,
built from the ``search_questionembedding`` rows:

- below ``exact_below`` vectors, an exact scan: one float32 matrix product (a few ms at 20k);
- from there, a usearch HNSW graph (cosine, float16), chosen over faiss-cpu after measuring
  both (bench/bench_vectors.py, bench/REPORT.md): usearch replaces and removes vectors by key,
  which faiss's HNSW cannot, and saves to / loads from one file.

``VectorIndex`` is the data structure alone (no Django): keys are question ids, a key added
again replaces its vector. ``search.semantic`` owns the process-wide instance that follows the
database by a high-water mark and persists it to a file.
"""

from __future__ import annotations

import json
import os
import threading
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

DEFAULT_EXACT_BELOW = 20_000
_GROW = 1.5


class VectorIndex:
    """Cosine nearest neighbours over L2-normalised vectors, keyed by integer ids."""

    def __init__(
        self, ndim: int, *, exact_below: int = DEFAULT_EXACT_BELOW, threads: int = 0
    ) -> None:
        self.ndim = ndim
        self.exact_below = exact_below
        # threads that insert into the graph (0: every core). Concurrent insertion makes the
        # graph, and so an approximate search's answers, vary from build to build; 1 builds
        # the same graph every time.
        self.threads = threads
        self._lock = threading.RLock()
        self._keys = np.zeros(0, dtype=np.int64)
        self._matrix = np.zeros((0, ndim), dtype=np.float32)
        self._rows: dict[int, int] = {}  # key -> row of the exact matrix
        self._size = 0
        self._graph: Any = None  # a usearch Index once past exact_below

    # ------------------------------------------------------------------------- reading

    def __len__(self) -> int:
        with self._lock:
            return len(self._graph) if self._graph is not None else self._size

    @property
    def kind(self) -> str:
        return "usearch" if self._graph is not None else "exact"

    def __contains__(self, key: int) -> bool:
        with self._lock:
            if self._graph is not None:
                return bool(self._graph.contains(int(key)))
            return int(key) in self._rows

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The ``k`` nearest keys to ``vector`` (normalised), best first, with cosines."""
        query = np.asarray(vector, dtype=np.float32).reshape(-1)
        if query.shape[0] != self.ndim:
            raise ValueError(f"expected a vector of {self.ndim} values, got {query.shape[0]}")
        with self._lock:
            if k < 1 or len(self) == 0:
                return []
            if self._graph is not None:
                found = self._graph.search(query, k, threads=1)
                return [
                    (int(key), float(1.0 - distance))
                    for key, distance in zip(found.keys, found.distances, strict=True)
                ]
            scores = self._matrix[: self._size] @ query
            k = min(k, self._size)
            top = np.argpartition(-scores, k - 1)[:k]
            top = top[np.argsort(-scores[top], kind="stable")]
            return [(int(self._keys[i]), float(scores[i])) for i in top]

    # ------------------------------------------------------------------------- writing

    def upsert(self, keys: np.ndarray | list[int], vectors: np.ndarray) -> None:
        """Add these vectors, replacing any already held under the same keys (the last one
        wins when ``keys`` repeats one)."""
        keys = np.asarray(keys, dtype=np.int64).reshape(-1)
        vectors = np.asarray(vectors, dtype=np.float32).reshape(len(keys), self.ndim)
        if len(keys) == 0:
            return
        _, last = np.unique(keys[::-1], return_index=True)
        keep = np.sort(len(keys) - 1 - last)
        keys, vectors = keys[keep], vectors[keep]
        with self._lock:
            if self._graph is None and self._size + len(keys) >= self.exact_below:
                self._to_graph()
            if self._graph is not None:
                held = [int(k) for k in keys if self._graph.contains(int(k))]
                if held:
                    self._graph.remove(held)
                self._graph.add(keys, vectors, threads=self.threads)
                return
            self._upsert_exact(keys, vectors)

    def remove(self, keys: list[int]) -> None:
        with self._lock:
            if self._graph is not None:
                held = [int(k) for k in keys if self._graph.contains(int(k))]
                if held:
                    self._graph.remove(held)
                return
            for key in keys:
                row = self._rows.pop(int(key), None)
                if row is None:
                    continue
                last = self._size - 1
                if row != last:  # move the last row into the hole
                    moved = int(self._keys[last])
                    self._keys[row], self._matrix[row] = moved, self._matrix[last]
                    self._rows[moved] = row
                self._size -= 1

    def _upsert_exact(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        new = []
        for i, key in enumerate(keys.tolist()):
            row = self._rows.get(key)
            if row is None:
                new.append(i)
            else:
                self._matrix[row] = vectors[i]
        if not new:
            return
        needed = self._size + len(new)
        if needed > len(self._keys):
            capacity = max(needed, int(len(self._keys) * _GROW) + 16)
            keys_grown = np.zeros(capacity, dtype=np.int64)
            matrix_grown = np.zeros((capacity, self.ndim), dtype=np.float32)
            keys_grown[: self._size] = self._keys[: self._size]
            matrix_grown[: self._size] = self._matrix[: self._size]
            self._keys, self._matrix = keys_grown, matrix_grown
        rows = np.arange(self._size, needed)
        self._keys[rows] = keys[new]
        self._matrix[rows] = vectors[new]
        self._rows.update(zip(keys[new].tolist(), rows.tolist(), strict=True))
        self._size = needed

    def _new_graph(self) -> Any:
        from usearch.index import Index

        return Index(
            ndim=self.ndim,
            metric="cos",
            dtype="f16",
            connectivity=16,
            expansion_add=128,
            expansion_search=128,
        )

    def _to_graph(self) -> None:
        graph = self._new_graph()
        if self._size:
            graph.add(
                self._keys[: self._size].copy(),
                self._matrix[: self._size],
                threads=self.threads,
            )
        self._graph = graph
        self._keys = np.zeros(0, dtype=np.int64)
        self._matrix = np.zeros((0, self.ndim), dtype=np.float32)
        self._rows, self._size = {}, 0

    # ----------------------------------------------------------------------- persisting

    def save(self, path: Path, meta: dict[str, Any]) -> None:
        """Write the index and ``meta`` (JSON: the high-water mark, the model) next to each
        other, each replaced atomically, so a reader never sees half a file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            meta = {**meta, "kind": self.kind, "ndim": self.ndim, "count": len(self)}
            data = path.with_name(path.name + ".tmp")
            if self._graph is not None:
                self._graph.save(str(data))
            else:
                with data.open("wb") as f:
                    np.savez(f, keys=self._keys[: self._size], matrix=self._matrix[: self._size])
            os.replace(data, path)
        _write_json(path.with_suffix(path.suffix + ".json"), meta)

    @classmethod
    def load(
        cls, path: Path, *, exact_below: int = DEFAULT_EXACT_BELOW
    ) -> tuple[VectorIndex, dict]:
        """An index saved by ``save`` and its meta. Raises OSError or ValueError when the
        files are missing, partial or of another shape."""
        try:
            return cls._load(path, exact_below)
        except (KeyError, EOFError, RuntimeError, zipfile.BadZipFile) as error:
            raise ValueError(f"{path}: not a saved vector index ({error})") from error

    @classmethod
    def _load(cls, path: Path, exact_below: int) -> tuple[VectorIndex, dict]:
        meta = json.loads(path.with_suffix(path.suffix + ".json").read_text(encoding="utf-8"))
        index = cls(int(meta["ndim"]), exact_below=exact_below)
        if meta["kind"] == "usearch":
            graph = index._new_graph()
            graph.load(str(path))
            index._graph = graph
        else:
            with np.load(path) as saved:
                keys, matrix = saved["keys"], saved["matrix"]
            index._upsert_exact(keys.astype(np.int64), matrix.astype(np.float32))
        if len(index) != int(meta["count"]):
            raise ValueError(f"{path}: {len(index)} vectors, its meta says {meta['count']}")
        return index, meta


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)
