"""Search latency at 10k and 1M questions: full requests through Django's test Client.

    .venv/bin/python bench/bench_search.py [--sizes 10000,1000000] [--queries 300] [--rounds 5]
        [--database-url postgres://postgres@127.0.0.1:5432/postgres] [--mode lexical] [--fresh]

For each size, a database holding that many generated questions (bench/generate_data.py,
written through the import path with its search index) is made once and kept: a SQLite file
under /tmp/weighin_bench/ (WEIGHIN_BENCH_DIR), or with `--database-url` a PostgreSQL database
`weighin_bench_search_<size>_v<DATA_VERSION>s<seed>` on that server (the URL's own database is
only used to create it). A kept database is migrated before use; a new DATA_VERSION in the
generator or another seed makes a new one, and `--fresh` rebuilds anyway.

Each size then gets its own worker process (DEBUG off, as in production: static files
collected, the per-request SQLite connection, the API's rate limit counted but set out of
reach) that warms up and then answers "run round k" from this driver. Rounds go to the
workers in turn, so the sizes are measured side by side and a busy machine slows them alike.
In each round, for each of its queries (patient-style messages of 5-25 words, four kinds in
turn: most common words, typical, rare, no match), a worker times one request of each kind:

- search page:      GET /search/?q=
- search API:       GET /api/v1/search?q=
- similar fragment: POST /search/similar/ (what the ask form fetches while a patient types)
- similar API:      GET /api/v1/questions/similar?q=
- question page:    GET of a question page not seen before (its related questions computed)
- question, cached: the same page again (its related questions from the cache)

Prints p50/p95 per size and request kind (milliseconds, every request of every round), the
queries of one request of each kind (CaptureQueriesContext), the largest size's p95 over the
smallest's, and similar-question requests over question pages.

The similar-question mode is lexical (WEIGHIN_SEMANTIC=off) unless `--mode semantic|hybrid`:
then the questions without a vector are embedded first (`reindex --vectors-only`, kept with the
database) and each request embeds its own text; sizes above 100,000 are skipped, since
embedding them takes hours here, unless `--embed-large`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import generate_data  # noqa: E402 -- bench/ is not a package

CACHE_DIR = Path(
    os.environ.get("WEIGHIN_BENCH_DIR") or Path(tempfile.gettempdir()) / "weighin_bench"
)
PG_PREFIX = "weighin_bench_search_"
WARMUP = 40
KINDS = {
    "search_page": "search page, GET /search/",
    "search_api": "search API, GET /api/v1/search",
    "similar_fragment": "similar fragment, POST /search/similar/",
    "similar_api": "similar API, GET /api/v1/questions/similar",
    "question_page": "question page (related computed)",
    "question_cached": "question page (related cached)",
}
SIMILAR = ("similar_fragment", "similar_api")
SEMANTIC = ("semantic", "hybrid")
# Semantic modes need every question embedded first (`reindex --vectors-only`): minutes for
# 10,000 questions on this machine's two cores, hours for a million. Larger sizes are skipped
# unless --embed-large.
SEMANTIC_MAX = 100_000
ENV = {
    "DEBUG": "0",  # DEBUG keeps every query in memory: not what production pays
    "SECRET_KEY": "bench-only-" + "x" * 40,
    "ALLOWED_HOSTS": "testserver",
    "LOG_LEVEL": "ERROR",
    "RATE_API": "100000000/m",  # counted as usual, never reached
    "STATIC_ROOT": str(CACHE_DIR / "static"),
    "PYTHONPATH": str(ROOT / "src"),
    "DJANGO_SETTINGS_MODULE": "weighin.settings",
    "WEIGHIN_SEMANTIC": "off",  # lexical unless --mode asks for more (then: embeddings first)
}
SEMANTIC_ENV = {"WEIGHIN_SEMANTIC": "auto", "WEIGHIN_VECTOR_DIR": str(CACHE_DIR / "vectors")}


# --- the worker: one size, one database, requests timed in-process ---------------------------


class Worker:
    def __init__(self, queries: list[generate_data.BenchQuery], rounds: int, mode: str | None):
        import django

        django.setup()
        from django.test import Client

        self.client = Client(raise_request_exception=True)
        self.queries, self.rounds = queries, rounds
        self.forget: dict | None = None
        if mode:
            self._use_mode(mode)
        self.pages = self._question_urls(len(queries) + WARMUP, seed=3)

    def _use_mode(self, mode: str) -> None:
        """The views and the API call similar_questions(text) with its default mode: give
        them this one instead."""
        import functools
        import inspect

        from weighin.search import api, selectors, views

        if "mode" not in inspect.signature(selectors.similar_questions).parameters:
            raise SystemExit(f"--mode {mode}: similar_questions has no `mode` argument yet")
        patched = functools.partial(selectors.similar_questions, mode=mode)
        views.similar_questions = api.similar_questions = patched
        if mode != "lexical":  # each request embeds its text, as while a patient types
            from weighin.search import embeddings

            self.forget = embeddings._cache

    def _question_urls(self, count: int, seed: int) -> list[str]:
        """Published questions picked at random (ids are dense in a generated database)."""
        from django.db.models import Max, Min

        from weighin.qa.models import Question

        bounds = Question.objects.aggregate(low=Min("pk"), high=Max("pk"))
        rng = random.Random(seed)
        wanted = rng.sample(range(bounds["low"], bounds["high"] + 1), count * 2)
        found = Question.objects.filter(status="published").in_bulk(wanted)
        return [found[pk].get_absolute_url() for pk in wanted if pk in found][:count]

    def request(self, kind: str, text: str, page: str):
        client = self.client
        if kind == "search_page":
            return client.get("/search/", {"q": text}, secure=True)
        if kind == "search_api":
            return client.get("/api/v1/search", {"q": text}, secure=True)
        if kind == "similar_fragment":
            return client.post("/search/similar/", {"q": text}, secure=True)
        if kind == "similar_api":
            return client.get("/api/v1/questions/similar", {"q": text}, secure=True)
        return client.get(page, secure=True)

    def timed(self, kind: str, text: str, page: str) -> float:
        if self.forget is not None:
            self.forget.clear()
        started = time.perf_counter()
        response = self.request(kind, text, page)
        elapsed = time.perf_counter() - started
        if response.status_code != 200:
            raise SystemExit(f"{kind} {text!r} {page}: HTTP {response.status_code}")
        return elapsed * 1000

    def warm_up(self) -> None:
        warm = generate_data.bench_queries(WARMUP, seed=2)
        for query, page in zip(warm, self.pages[-WARMUP:], strict=True):
            for kind in KINDS:
                self.timed(kind, query.text, page)

    def run_round(self, number: int) -> list[tuple[str, str, float]]:
        """(request kind, query kind, milliseconds) for this round's share of the queries."""
        out = []
        for i in range(number, len(self.queries), self.rounds):
            query, page = self.queries[i], self.pages[i]
            for kind in KINDS:  # question_cached follows question_page: the same page again
                out.append((kind, query.kind, self.timed(kind, query.text, page)))
        return out

    def count_queries(self) -> dict[str, int]:
        from django.core.cache import cache
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        query = next(q for q in generate_data.bench_queries(8, seed=4) if q.kind == "typical")
        page = self._question_urls(1, seed=5)[0]
        counts = {}
        for kind in KINDS:
            if kind == "question_page":
                cache.clear()
            with CaptureQueriesContext(connection) as captured:
                self.request(kind, query.text, page)
            counts[kind] = len(captured.captured_queries)
        return counts


def worker_main(args: argparse.Namespace) -> int:
    queries = generate_data.bench_queries(args.queries, seed=1)
    worker = Worker(queries, args.rounds, args.mode)
    worker.warm_up()
    reply({"ready": True, "counts": worker.count_queries()})
    for line in sys.stdin:
        command = json.loads(line)
        if command.get("round") is None:
            break
        reply({"times": worker.run_round(command["round"])})
    return 0


def reply(message: dict) -> None:
    sys.stdout.write("@@" + json.dumps(message) + "\n")
    sys.stdout.flush()


# --- databases: made once, kept ------------------------------------------------------------


def fingerprint(seed: int) -> str:
    """What the generated content depends on: the generator's DATA_VERSION and the seed.
    (Migrations added since are applied to a kept database, as on a site: `migrate`.)"""
    return f"v{generate_data.DATA_VERSION}s{seed}"


def migrate(url: str) -> None:
    env = {**os.environ, **ENV, "DATABASE_URL": url}
    command = [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"]
    subprocess.run(command, env=env, cwd=ROOT, check=True)  # noqa: S603 (manage.py)


def embed(url: str) -> float:
    """Embed the questions that have no vector yet and save the vector index file (kept with
    the database); returns the seconds it took."""
    env = {**os.environ, **ENV, **SEMANTIC_ENV, "DATABASE_URL": url}
    command = [sys.executable, "manage.py", "reindex", "--vectors-only", "-v", "0"]
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, check=True)  # noqa: S603 (manage.py)
    return time.perf_counter() - started


def load(url: str, size: int, seed: int) -> float:
    """Migrate and fill the database at `url`; returns the seconds the load took."""
    env = {**os.environ, **ENV, "DATABASE_URL": url}
    command = [sys.executable, str(ROOT / "bench" / "generate_data.py"), "--migrate"]
    command += ["--questions", str(size), "--seed", str(seed)]
    print(f"  generating {size:,} questions into {url} ...", flush=True)
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, check=True)  # noqa: S603 (our own script)
    return time.perf_counter() - started


class SqliteStore:
    vendor = "sqlite"

    def __init__(self, seed: int) -> None:
        self.seed = seed
        CACHE_DIR.mkdir(exist_ok=True)

    def path(self, size: int) -> Path:
        return CACHE_DIR / f"search-{size}-{fingerprint(self.seed)}.sqlite3"

    def ensure(self, size: int, fresh: bool) -> tuple[str, dict]:
        path = self.path(size)
        info_path = path.with_suffix(".json")
        if fresh or not path.exists():
            partial = path.with_name(path.name + ".partial")
            for extra in ("", "-wal", "-shm"):
                Path(f"{partial}{extra}").unlink(missing_ok=True)
            seconds = load(f"sqlite:///{partial}", size, self.seed)
            db = sqlite3.connect(partial)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.close()
            partial.rename(path)
            for extra in ("-wal", "-shm"):
                Path(f"{partial}{extra}").unlink(missing_ok=True)
            info = {"load_seconds": seconds, "bytes": path.stat().st_size}
            info_path.write_text(json.dumps(info))
        info = json.loads(info_path.read_text()) if info_path.exists() else {}
        migrate(f"sqlite:///{path}")
        with path.open("rb") as f:  # into the OS cache, as on a server that has been up
            while f.read(16 << 20):
                pass
        return f"sqlite:///{path}", info


class PostgresStore:
    vendor = "postgresql"

    def __init__(self, url: str, seed: int) -> None:
        import psycopg

        self.seed = seed
        self.base = url.rsplit("/", 1)[0]
        self.admin = psycopg.connect(url, autocommit=True)

    def name(self, size: int) -> str:
        return f"{PG_PREFIX}{size}_{fingerprint(self.seed)}"

    def exists(self, name: str) -> bool:
        found = self.admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        return found.fetchone() is not None

    def ensure(self, size: int, fresh: bool) -> tuple[str, dict]:
        import psycopg

        name = self.name(size)
        if fresh or not self.exists(name):
            partial = name + "_partial"
            self.admin.execute(f'DROP DATABASE IF EXISTS "{partial}"')
            self.admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
            self.admin.execute(f'CREATE DATABASE "{partial}"')
            seconds = load(f"{self.base}/{partial}", size, self.seed)
            started = time.perf_counter()
            with psycopg.connect(f"{self.base}/{partial}", autocommit=True) as db:
                db.execute("VACUUM ANALYZE")  # what autovacuum does soon after a bulk load
            analyse = time.perf_counter() - started
            self.admin.execute(f'ALTER DATABASE "{partial}" RENAME TO "{name}"')
            info = {"load_seconds": seconds, "vacuum_analyze_seconds": analyse}
            note = json.dumps(info).replace("'", "''")
            self.admin.execute(f"COMMENT ON DATABASE \"{name}\" IS '{note}'")
        row = self.admin.execute(
            "SELECT shobj_description(oid, 'pg_database'), pg_database_size(oid) "
            "FROM pg_database WHERE datname = %s",
            [name],
        ).fetchone()
        info = json.loads(row[0] or "{}") | {"bytes": row[1]}
        migrate(f"{self.base}/{name}")
        self._prewarm(f"{self.base}/{name}")
        return f"{self.base}/{name}", info

    def _prewarm(self, url: str) -> None:
        """Tables and indexes into the OS cache (pg_prewarm's 'read' mode), when the server
        has the contrib extension; the warm-up requests do the rest."""
        import psycopg

        try:
            with psycopg.connect(url, autocommit=True) as db:
                db.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
                db.execute(
                    "SELECT sum(pg_prewarm(c.oid, 'read')) FROM pg_class c "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE c.relkind IN ('r', 'i', 't') AND n.nspname IN ('public', 'pg_toast')"
                )
        except psycopg.Error as error:
            print(f"  (no prewarm: {error})")


# --- the driver ------------------------------------------------------------------------------


class Running:
    """A worker process and its pipe."""

    def __init__(self, url: str, size: int, args: argparse.Namespace) -> None:
        self.size = size
        env = {**os.environ, **ENV, "DATABASE_URL": url}
        if args.mode in SEMANTIC:
            env.update(SEMANTIC_ENV)
        command = [sys.executable, __file__, "--worker", "--queries", str(args.queries)]
        command += ["--rounds", str(args.rounds)]
        if args.mode:
            command += ["--mode", args.mode]
        self.process = subprocess.Popen(  # noqa: S603 (our own interpreter and script)
            command, env=env, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def receive(self) -> dict:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith("@@"):
                return json.loads(line[2:])
        raise SystemExit(f"the worker for {self.size:,} questions stopped")

    def send(self, message: dict) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(message) + "\n")
        self.process.stdin.flush()

    def close(self) -> None:
        if self.process.poll() is None:
            self.send({"round": None})
            self.process.wait(timeout=60)


def percentile(values: list[float], p: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def collect_static() -> None:
    if (CACHE_DIR / "static" / "staticfiles.json").exists():
        return
    env = {**os.environ, **ENV}
    command = [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"]
    subprocess.run(command, env=env, cwd=ROOT, check=True)  # noqa: S603 (manage.py)


def summarise(sizes: list[int], times: dict[int, list], counts: dict[int, dict]) -> None:
    stats: dict[tuple[int, str], tuple[float, float, int]] = {}
    for size in sizes:
        for kind in KINDS:
            values = [ms for k, _, ms in times[size] if k == kind]
            stats[size, kind] = (statistics.median(values), percentile(values, 95), len(values))
    print("\n| request | " + " | ".join(f"{s:,}: p50 / p95 (queries)" for s in sizes) + " |")
    print("| --- |" + " ---: |" * len(sizes))
    for kind, label in KINDS.items():
        cells = [
            f"{stats[s, kind][0]:.1f} / {stats[s, kind][1]:.1f} ms ({counts[s][kind]})"
            for s in sizes
        ]
        print(f"| {label} | " + " | ".join(cells) + " |")
    small, large = sizes[0], sizes[-1]
    if large != small:
        print(f"\np95 at {large:,} / p95 at {small:,} (target: at most 3):")
        for kind, label in KINDS.items():
            print(f"  {label:<46} {stats[large, kind][1] / stats[small, kind][1]:5.2f}")
    print("\nsimilar-question request / question page (target: below 1), p50 and p95:")
    for size in sizes:
        for kind in SIMILAR:
            for page in ("question_page", "question_cached"):
                p50 = stats[size, kind][0] / stats[size, page][0]
                p95 = stats[size, kind][1] / stats[size, page][1]
                print(f"  {size:>9,}  {kind:<17} / {page:<16} {p50:5.2f}  {p95:5.2f}")
    print(f"\nby query kind at {large:,} (p50 / p95 ms):")
    print(f"  {'request':<17}" + "".join(f"{k:>18}" for k in ("common", "typical", "rare", "none")))
    for kind in KINDS:
        cells = []
        for query_kind in ("common", "typical", "rare", "none"):
            values = [ms for k, qk, ms in times[large] if k == kind and qk == query_kind]
            cells.append(f"{statistics.median(values):.1f} / {percentile(values, 95):.1f}")
        print(f"  {kind:<17}" + "".join(f"{c:>18}" for c in cells))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,1000000", help="questions, comma-separated")
    parser.add_argument("--database-url", help="a PostgreSQL server (default: SQLite files)")
    parser.add_argument("--queries", type=int, default=300, help="queries per request kind")
    parser.add_argument("--rounds", type=int, default=5, help="rounds the queries are split in")
    parser.add_argument("--seed", type=int, default=0, help="the generator's seed")
    parser.add_argument("--mode", choices=["lexical", "semantic", "hybrid"])
    parser.add_argument("--embed-large", action="store_true", help="semantic modes above 100k")
    parser.add_argument("--fresh", action="store_true", help="generate the databases again")
    parser.add_argument("--prepare", action="store_true", help="only make the databases")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker_main(args)

    sizes = sorted(int(s) for s in args.sizes.split(","))
    if args.mode in SEMANTIC and not args.embed_large:
        skipped = [s for s in sizes if s > SEMANTIC_MAX]
        sizes = [s for s in sizes if s <= SEMANTIC_MAX]
        for size in skipped:
            print(f"--mode {args.mode}: {size:,} questions skipped (embedding them takes hours "
                  "here; --embed-large to do it anyway)")  # fmt: skip
        if not sizes:
            return 2
    if args.database_url and not args.database_url.startswith(("postgres://", "postgresql://")):
        parser.error("--database-url: a postgres:// URL (SQLite is the default)")
    store = PostgresStore(args.database_url, args.seed) if args.database_url else None
    store = store or SqliteStore(args.seed)
    urls = {}
    for size in sizes:
        urls[size], info = store.ensure(size, args.fresh)
        loaded = info.get("load_seconds")
        rate = f"{size / loaded:,.0f} questions/s" if loaded else "time unknown"
        print(
            f"{size:>9,} questions on {store.vendor}: {info.get('bytes', 0) / 1e9:.2f} GB, "
            f"loaded in {loaded or 0:,.0f} s ({rate})"
        )
    if args.mode in SEMANTIC:
        for size in sizes:
            print(f"{size:>9,} questions embedded in {embed(urls[size]):,.0f} s (what was missing)")
    if args.prepare:
        return 0
    collect_static()
    print(f"{args.queries} queries x {len(KINDS)} request kinds per size, {args.rounds} rounds")
    workers = [Running(urls[size], size, args) for size in sizes]
    times: dict[int, list] = {size: [] for size in sizes}
    counts: dict[int, dict] = {}
    try:
        for worker in workers:
            counts[worker.size] = worker.receive()["counts"]
        for number in range(args.rounds):
            # alternate who goes first, so neither size always follows the other
            for worker in workers if number % 2 == 0 else workers[::-1]:
                worker.send({"round": number})
                times[worker.size] += worker.receive()["times"]
            print(f"  round {number + 1}/{args.rounds} done", flush=True)
    finally:
        for worker in workers:
            worker.close()
    load_average = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    mode = args.mode or "lexical (WEIGHIN_SEMANTIC=off)"
    print(f"\n{store.vendor}, similar-question mode {mode}; load average now {load_average}")
    summarise(sizes, times, counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
