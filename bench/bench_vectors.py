"""usearch vs faiss-cpu vs an exact numpy scan, for the in-process vector index.

    .venv/bin/python bench/bench_vectors.py [--sizes 10000,100000] [--queries 200]

Needs the [semantic] extra (numpy, usearch) and, for the comparison, `pip install faiss-cpu`
(not a dependency of weighin: it only takes part here). For each size it builds each index over
the same vectors and prints: build time, query latency p50/p95 (one query at a time, as a
request does), recall@10 against the exact scan, and memory.

The vectors: 384-dimensional, L2-normalised, drawn around 2,000 random topic centres with
per-topic spread, so they have the clustered shape of sentence embeddings of health questions
(uniformly random vectors are the worst case of any graph index and nothing like real
embeddings). `--real N` also embeds N real questions from ../shared/data/patient_questions
(slow: ~N/100 s) and measures on those.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import sys
import time
from pathlib import Path

# As the site's settings do: one BLAS thread per process (before numpy is imported).
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "data"
DIM = 384
K = 10


def clustered(n: int, seed: int = 1):
    import numpy as np

    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(2000, DIM)).astype(np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    topic = rng.zipf(1.3, size=n) % 2000
    spread = rng.uniform(0.6, 1.2, size=(n, 1)).astype(np.float32)
    vectors = centres[topic] + spread * rng.normal(size=(n, DIM)).astype(np.float32) / DIM**0.5
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def real(n: int):
    from weighin.search import embeddings

    path = DATA / "patient_questions.jsonl.gz"
    if not path.exists():
        sys.exit(f"--real: {path} not found (../shared/data is absent?)")
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            texts.append(str(row.get("question") or row.get("title") or "")[:500])
            if len(texts) >= n:
                break
    return embeddings.embed(texts)


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def timed_queries(search, queries) -> list[float]:
    out = []
    for q in queries:
        started = time.perf_counter()
        search(q)
        out.append((time.perf_counter() - started) * 1000)
    return out


def measure(vectors, queries) -> list[dict]:
    import numpy as np

    from weighin.search.vector_index import VectorIndex

    keys = np.arange(1, len(vectors) + 1, dtype=np.int64)
    rows = []

    exact = VectorIndex(DIM, exact_below=len(vectors) + 1)
    started = time.perf_counter()
    exact.upsert(keys, vectors)
    build = time.perf_counter() - started
    truth = [{k for k, _ in exact.search(q, K)} for q in queries]
    lat = timed_queries(lambda q: exact.search(q, K), queries)
    rows.append(row("exact numpy (float32)", build, lat, 1.0, vectors.nbytes))

    graph = VectorIndex(DIM, exact_below=1)
    started = time.perf_counter()
    graph.upsert(keys, vectors)
    build = time.perf_counter() - started
    found = [{k for k, _ in graph.search(q, K)} for q in queries]
    lat = timed_queries(lambda q: graph.search(q, K), queries)
    rows.append(
        row(
            "usearch HNSW (f16, M=16, ef 128)",
            build,
            lat,
            recall(found, truth),
            graph._graph.memory_usage,
        )
    )

    try:
        import faiss
    except ImportError:
        print("  (faiss-cpu not installed: pip install faiss-cpu to compare)")
        return rows
    faiss.omp_set_num_threads(1)
    hnsw = faiss.IndexHNSWFlat(DIM, 16, faiss.METRIC_INNER_PRODUCT)
    hnsw.hnsw.efConstruction = 128  # as usearch's expansion_add
    hnsw.hnsw.efSearch = 128  # as usearch's expansion_search
    index = faiss.IndexIDMap(hnsw)
    started = time.perf_counter()
    index.add_with_ids(vectors, keys)
    build = time.perf_counter() - started

    def search(q):
        _, ids = index.search(q.reshape(1, -1), K)
        return ids[0]

    found = [set(search(q).tolist()) for q in queries]
    lat = timed_queries(search, queries)
    size = faiss.serialize_index(index).nbytes
    rows.append(row("faiss HNSWFlat (f32, M=16, ef 128)", build, lat, recall(found, truth), size))
    return rows


def recall(found: list[set], truth: list[set]) -> float:
    return statistics.mean(len(f & t) / len(t) for f, t in zip(found, truth, strict=True))


def row(name: str, build: float, lat: list[float], rec: float, memory: int) -> dict:
    return {
        "index": name,
        "build_s": build,
        "p50_ms": statistics.median(lat),
        "p95_ms": percentile(lat, 95),
        "recall@10": rec,
        "memory_mb": memory / 1e6,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--real", type=int, default=0, help="also N real embedded questions")
    args = parser.parse_args(argv)
    try:
        import numpy  # noqa: F401
        import usearch  # noqa: F401
    except ImportError:
        print("needs the [semantic] extra: pip install 'weighin[semantic]'")
        return 2

    sets = [(f"{int(n):,} clustered", clustered(int(n))) for n in args.sizes.split(",")]
    if args.real:
        sets.append((f"{args.real:,} real (patient_questions)", real(args.real)))
    for name, vectors in sets:
        rng = __import__("numpy").random.default_rng(2)
        picks = rng.choice(len(vectors), size=min(args.queries, len(vectors)), replace=False)
        noise = rng.normal(size=(len(picks), DIM)).astype("float32") * 0.02
        queries = vectors[picks] + noise
        queries /= __import__("numpy").linalg.norm(queries, axis=1, keepdims=True)
        print(f"\n{name} vectors, {len(queries)} queries, k={K}")
        print(f"{'index':<34}{'build s':>9}{'p50 ms':>9}{'p95 ms':>9}{'recall@10':>11}{'MB':>9}")
        for r in measure(vectors, queries):
            print(
                f"{r['index']:<34}{r['build_s']:>9.2f}{r['p50_ms']:>9.3f}{r['p95_ms']:>9.3f}"
                f"{r['recall@10']:>11.3f}{r['memory_mb']:>9.1f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
