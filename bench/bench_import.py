"""Import rate of `manage.py import_medquad` next to a plain executemany of the same rows.

    .venv/bin/python bench/bench_import.py [--limit 5000] [--repeat 3] [--engines sqlite,postgresql]

For each database engine and each run, a fresh database is copied from a migrated template,
then one of four things is timed in a worker process (Django started, DEBUG off):

- import:            `import_medquad --limit N` as users run it: read the gzip, parse, write
                     questions, answers and topic links, index for search. From the first
                     record read to the last commit, everything it starts included: the
                     process that reads the file (pipeline.py) and, on PostgreSQL, the second
                     connection that analyses part of the search text (indexer.py);
- import-no-index:   the same with `--no-index` (the rows only; `reindex` does the rest);
- executemany:       the same question and answer rows (built beforehand, not timed) sent with
                     one `cursor.executemany` per table and committed: the ceiling;
- executemany+index: the same, then the same questions' search documents (built beforehand)
                     written by the search backend (SQLite's FTS5 triggers, PostgreSQL's
                     to_tsvector), in the same transaction: the database's own share of an
                     import that indexes, for reference.

The four modes of a repeat run one after the other, so a busy machine slows them alike
(each run prints the load average after it: on a machine busy with other work, an import
that uses two cores is slowed more than the one-connection executemany).
Prints records per second (medians) and the ratios import / executemany (target >= 30 %).
Needs `../shared/data/medquad.jsonl.gz` (exits 2 without it) and, for PostgreSQL, a server
(`--pg-url`, default postgres://postgres@127.0.0.1:5432/postgres).
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "medquad.jsonl.gz"
MODES = ("import", "import-no-index", "executemany", "executemany+index")
WORKER_ENV = {
    "DEBUG": "0",  # DEBUG records every query: not what production imports pay
    "SECRET_KEY": "bench-only-" + "x" * 40,
    "ALLOWED_HOSTS": "localhost",
    "LOG_LEVEL": "WARNING",
    "WEIGHIN_SEMANTIC": "off",  # the rows and the search index: embedding is timed apart
}


# --- the worker: one timed run in a fresh database -------------------------------------------


def worker(mode: str, data: Path, limit: int) -> dict:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "weighin.settings")
    django.setup()
    from weighin.qa.models import Question

    if mode.startswith("executemany"):
        records, seconds = executemany(data, limit, index=mode == "executemany+index")
    else:
        from django.core.management import call_command, load_command_class

        load_command_class("weighin.datasets", "import_medquad")  # imports, outside the timing
        started = time.perf_counter()
        call_command(
            "import_medquad",
            str(data),
            limit=limit,
            quiet=True,
            no_index=mode == "import-no-index",
            stdout=open(os.devnull, "w"),  # noqa: SIM115
            stderr=open(os.devnull, "w"),  # noqa: SIM115
        )
        seconds = time.perf_counter() - started
        records = Question.objects.count()
    return {"mode": mode, "records": records, "seconds": seconds, "rate": records / seconds}


def executemany(data: Path, limit: int, *, index: bool = False) -> tuple[int, float]:
    """The rows import_medquad writes for questions and answers, inserted the plainest way;
    with `index`, followed by the search documents the import writes for them."""
    from django.db import connection, transaction
    from django.utils import timezone

    from weighin.datasets import bulk
    from weighin.datasets.formats import medquad
    from weighin.datasets.records import QuestionIn
    from weighin.qa.models import Answer, Question, Source, make_slug
    from weighin.search.backends import get_backend
    from weighin.search.indexing import build_document

    sources = {}
    for source in medquad.COLLECTIONS.values():
        sources[source.key] = Source.objects.get_or_create(
            key=source.key, defaults={"name": source.name}
        )[0].pk
    questions: dict[str, QuestionIn] = {}
    read = 0
    for item in medquad.reader(data):
        if isinstance(item.record, QuestionIn) or item.error or item.skipped:
            read += 1
            if isinstance(item.record, QuestionIn):
                questions.setdefault(item.record.external_id, item.record)
            if read >= limit:
                break
    now = timezone.now()
    q_rows, a_rows, docs = [], [], []
    for pk, q in enumerate(questions.values(), start=1):
        a = q.answers[0]
        if index:  # in a fresh database, a MedQuAD question's only topic is its type's
            topics = [t.name for t in q.new_topics]
            docs.append(build_document(pk, q.title, q.details, [(a.brief, a.body)], topics))
        q_rows.append(
            {
                "id": pk,
                "title": q.title,
                "slug": make_slug(q.title),
                "details": q.details,
                "source_id": sources[q.source],
                "external_id": q.external_id,
                "created_at": q.created_at,
                "answer_count": 1,
                "weighed_in_count": 0,
                "last_answered_at": None,
            }
        )
        a_rows.append(
            {
                "id": pk,
                "question_id": pk,
                "source_id": sources[a.source],
                "source_url": a.source_url,
                "external_id": a.external_id,
                "brief": a.brief,
                "body": a.body,
                "created_at": a.created_at,
            }
        )
    statements = []
    for model, rows in ((Question, q_rows), (Answer, a_rows)):
        fields, params = bulk.prepare(model, rows, now=now)
        qn = connection.ops.quote_name
        columns = ", ".join(qn(f.column) for f in fields)
        marks = ", ".join(["%s"] * len(fields))
        sql = f"INSERT INTO {qn(model._meta.db_table)} ({columns}) VALUES ({marks})"  # noqa: S608
        statements.append((sql, params))
    backend = get_backend()
    started = time.perf_counter()
    with transaction.atomic():
        with connection.cursor() as cursor:
            for sql, params in statements:
                cursor.executemany(sql, params)
        if index:
            backend.write(docs)
    return len(q_rows), time.perf_counter() - started


# --- the driver: fresh databases, runs, medians ----------------------------------------------


def run_worker(url: str, mode: str, data: Path, limit: int) -> dict:
    env = {**os.environ, **WORKER_ENV, "DATABASE_URL": url, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, __file__, "--worker", mode, "--data", str(data)]
    command += ["--limit", str(limit)]
    done = subprocess.run(  # noqa: S603 (our own interpreter and script)
        command, env=env, cwd=ROOT, capture_output=True, text=True, check=False
    )
    if done.returncode:
        sys.exit(f"worker {mode} on {url} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def migrate(url: str) -> None:
    env = {**os.environ, **WORKER_ENV, "DATABASE_URL": url}
    command = [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"]
    subprocess.run(command, env=env, cwd=ROOT, check=True)  # noqa: S603 (manage.py)


class SqliteDatabases:
    name = "sqlite"

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
        self.template = self.folder / "template.sqlite3"
        migrate(f"sqlite:///{self.template}")

    def fresh(self, n: int) -> str:
        path = self.folder / f"run{n}.sqlite3"
        shutil.copy(self.template, path)
        return f"sqlite:///{path}"

    def drop(self, url: str) -> None:
        path = Path(url.removeprefix("sqlite:///"))
        for extra in ("", "-wal", "-shm"):
            Path(f"{path}{extra}").unlink(missing_ok=True)

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


class PostgresDatabases:
    name = "postgresql"

    def __init__(self, admin_url: str) -> None:
        import psycopg

        self.admin_url = admin_url
        self.base = admin_url.rsplit("/", 1)[0]
        self.admin = psycopg.connect(admin_url, autocommit=True)
        self.template = f"bench_import_template_{os.getpid()}"
        self.admin.execute(f'CREATE DATABASE "{self.template}"')
        migrate(f"{self.base}/{self.template}")

    def fresh(self, n: int) -> str:
        name = f"bench_import_run_{os.getpid()}_{n}"
        self.admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        return f"{self.base}/{name}"

    def drop(self, url: str) -> None:
        self.admin.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}"')

    def close(self) -> None:
        self.admin.execute(f'DROP DATABASE IF EXISTS "{self.template}"')
        self.admin.close()


def bench(databases, data: Path, limit: int, repeat: int) -> dict[str, dict]:
    results: dict[str, dict] = {}
    n = 0
    for _ in range(repeat):
        for mode in MODES:  # interleaved, so a busy machine slows every mode alike
            n += 1
            url = databases.fresh(n)
            try:
                run = run_worker(url, mode, data, limit)
            finally:
                databases.drop(url)
            results.setdefault(mode, {"rates": [], "records": run["records"]})
            results[mode]["rates"].append(run["rate"])
            load = os.getloadavg()[0]
            print(
                f"  {databases.name:<10} {mode:<17} {run['rate']:>9,.0f} records/s"
                f"  (load average {load:.1f})",
                flush=True,
            )
    for result in results.values():
        result["median"] = statistics.median(result["rates"])
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=5000, help="records to import (5000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--pg-url", default="postgres://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--worker", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.data, args.limit)))
        return 0
    if not args.data.exists():
        print(f"shared data not found at {args.data}: import benchmark not run", file=sys.stderr)
        return 2
    print(
        f"import_medquad on the first {args.limit:,} records of {args.data.name}, "
        f"median of {args.repeat}, a fresh database per run"
    )
    table = []
    for engine in args.engines.split(","):
        databases = SqliteDatabases() if engine == "sqlite" else PostgresDatabases(args.pg_url)
        try:
            table.append((engine, bench(databases, args.data, args.limit, args.repeat)))
        finally:
            databases.close()
    print()
    print(
        "| database | import (with search index) | import --no-index | executemany (q+a) "
        "| ratio | ratio, no index | executemany (q+a) + search index | ratio to it |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for engine, r in table:
        full, rows, plain, indexed = (r[m]["median"] for m in MODES)
        print(
            f"| {engine} | {full:,.0f}/s | {rows:,.0f}/s | {plain:,.0f}/s "
            f"| {full / plain:.0%} | {rows / plain:.0%} | {indexed:,.0f}/s "
            f"| {full / indexed:.0%} |"
        )
    records = {m: r[m]["records"] for _, r in table for m in MODES}
    print(f"\nrecords written per run: {records} (MedQuAD repeats some ids; those are skipped)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
