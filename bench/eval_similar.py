"""Similar-question retrieval, measured the way the site does it.

    .venv/bin/python bench/eval_similar.py [--queries Q.jsonl] [--corpus C.jsonl]
                                            [--mode lexical|semantic|hybrid]

Loads the corpus (`{"id", "text"}` per line) as questions into a fresh database through the
site's own `ask_question` service (so the search index is written as on the site), runs every
query (`{"id", "query", "gold": [corpus ids]}`) through `similar_questions`, the function
behind the ask form, and prints Recall@1/5/10 and MRR@10 beside a plain Okapi BM25 baseline
(k1 1.2, b 0.75, lower-cased words without stop words: no stemming, synonyms or weighting)
over the same corpus, and (with the [semantic] extra) plain cosine similarity of
all-MiniLM-L6-v2 embeddings.

The database is a temporary SQLite file, migrated here; `--database-url postgres://...`
measures on PostgreSQL instead (a fresh `test_` database is created and dropped).
Defaults: ../shared/data/similar_valid.jsonl and similar_valid_corpus.jsonl.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
K1, B = 1.2, 0.75


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def metrics(rankings: list[list[str]], golds: list[set[str]]) -> dict[str, float]:
    n = len(golds) or 1
    first = []
    for ranked, gold in zip(rankings, golds, strict=True):
        first.append(next((i for i, doc in enumerate(ranked[:10]) if doc in gold), None))
    return {
        "Recall@1": sum(p is not None and p < 1 for p in first) / n,
        "Recall@5": sum(p is not None and p < 5 for p in first) / n,
        "Recall@10": sum(p is not None for p in first) / n,
        "MRR@10": sum(1 / (p + 1) for p in first if p is not None) / n,
    }


class BM25:
    """Plain Okapi BM25 in pure Python: the baseline, deliberately without the site's help."""

    def __init__(self, corpus: list[dict], stop_words: frozenset[str]) -> None:
        import re

        self.word = re.compile(r"[^\W_]+")
        self.stop_words = stop_words
        self.ids = [doc["id"] for doc in corpus]
        docs = [self.tokens(doc["text"]) for doc in corpus]
        self.tfs = [Counter(d) for d in docs]
        self.lengths = [len(d) for d in docs]
        self.avg = sum(self.lengths) / max(len(docs), 1)
        df = Counter(t for d in docs for t in set(d))
        n = len(docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    def tokens(self, text: str) -> list[str]:
        return [w for w in self.word.findall(text.lower()) if w not in self.stop_words]

    def rank(self, query: str, limit: int = 10) -> list[str]:
        terms = self.tokens(query)
        scores = []
        for i, tf in enumerate(self.tfs):
            score = 0.0
            norm = K1 * (1 - B + B * self.lengths[i] / self.avg)
            for t in terms:
                f = tf.get(t)
                if f:
                    score += self.idf[t] * f * (K1 + 1) / (f + norm)
            if score > 0:
                scores.append((-score, i))
        return [self.ids[i] for _, i in sorted(scores)[:limit]]


def setup_django(database_url: str | None) -> tuple[str, object]:
    """Point the site at a fresh database and migrate it. Returns a description and a
    cleanup function."""
    tmp = None
    if database_url is None:
        tmp = tempfile.TemporaryDirectory(prefix="weighin-eval-")
        database_url = f"sqlite:///{tmp.name}/eval.sqlite3"
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "weighin.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    if tmp is not None:
        call_command("migrate", verbosity=0, interactive=False)
        return f"fresh SQLite file {tmp.name}/eval.sqlite3", tmp.cleanup
    old_name = connection.settings_dict["NAME"]
    test_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)

    def drop() -> None:
        connection.creation.destroy_test_db(old_name, verbosity=0)

    return f"fresh {connection.vendor} database {test_name}", drop


def load_corpus(corpus: list[dict]) -> dict[int, str]:
    """Every corpus text becomes a question, asked through the site's service. Titles keep
    to the site's rules: longer texts are cut at a word (the full text goes in the details),
    very short ones are padded with an ellipsis (no words added)."""
    from weighin.accounts.models import User
    from weighin.qa.models import TITLE_MAX
    from weighin.qa.services import ask_question

    asker = User.objects.create_user(email="eval@weighin.test", password=None)
    ids: dict[int, str] = {}
    for doc in corpus:
        text = " ".join(doc["text"].split())
        title, details = text, ""
        if len(text) > TITLE_MAX:
            title = text[: TITLE_MAX - 1].rsplit(" ", 1)[0] + "…"
            details = text
        question = ask_question(asker=asker, title=title.ljust(10, "…"), details=details)
        ids[question.pk] = doc["id"]
    return ids


def site_ranker(mode: str):
    from weighin.search import semantic
    from weighin.search.selectors import similar_questions

    if mode != "lexical" and not semantic.enabled():
        print(f"--mode {mode}: {semantic.describe()} (see README, 'Semantic matching')")
        sys.exit(2)
    return lambda text: similar_questions(text, limit=10, mode=mode)


def cosine_baseline(corpus: list[dict], queries: list[dict]) -> list[list[str]] | None:
    """Plain cosine similarity of all-MiniLM-L6-v2 embeddings of the raw texts (no title
    rules, no fusion): the issue's second baseline. None without the semantic extra."""
    from weighin.search import embeddings

    if not embeddings.available():
        return None
    import numpy as np

    docs = embeddings.embed([doc["text"] for doc in corpus])
    asked = embeddings.embed([query["query"] for query in queries])
    scores = asked @ docs.T
    return [[corpus[j]["id"] for j in np.argsort(-row, kind="stable")[:10]] for row in scores]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--queries", type=Path, default=DATA / "similar_valid.jsonl")
    parser.add_argument("--corpus", type=Path, default=DATA / "similar_valid_corpus.jsonl")
    parser.add_argument("--mode", choices=["lexical", "semantic", "hybrid"], default="lexical")
    parser.add_argument("--database-url", help="measure on this database server instead")
    parser.add_argument("--misses", action="store_true", help="list queries missed at rank 1")
    args = parser.parse_args(argv)

    for path in (args.queries, args.corpus):
        if not path.exists():
            where = "the shared data folder" if path.parent == DATA else str(path.parent)
            print(f"error: {path} not found ({where} is absent?).", file=sys.stderr)
            print(f"Expected MEDIQA files in {DATA} (see its README.md).", file=sys.stderr)
            return 2
    queries, corpus = read_jsonl(args.queries), read_jsonl(args.corpus)

    where, cleanup = setup_django(args.database_url)
    try:
        started = time.perf_counter()
        question_ids = load_corpus(corpus)
        loaded = time.perf_counter() - started
        rank = site_ranker(args.mode)
        golds = [set(q["gold"]) for q in queries]
        started = time.perf_counter()
        site = [[question_ids[q.pk] for q in rank(query["query"])] for query in queries]
        per_query = (time.perf_counter() - started) / max(len(queries), 1)
    finally:
        cleanup()

    from weighin.search.analysis import STOP_WORDS

    bm25 = BM25(corpus, STOP_WORDS)
    columns = {
        f"{args.mode} (site)": metrics(site, golds),
        "plain BM25": metrics([bm25.rank(q["query"]) for q in queries], golds),
    }
    cosine = cosine_baseline(corpus, queries)
    if cosine is not None:
        columns["plain cosine"] = metrics(cosine, golds)
    print(f"{len(queries)} queries, {len(corpus)} questions loaded into a {where} in {loaded:.1f}s")
    print(f"similar_questions: {per_query * 1000:.1f} ms per query\n")
    header = f"{'':<11}" + "".join(f"{name:>16}" for name in columns)
    print(header)
    print("-" * len(header))
    for name in columns[f"{args.mode} (site)"]:
        print(f"{name:<11}" + "".join(f"{col[name]:>16.3f}" for col in columns.values()))
    if cosine is None:
        print("\n(plain cosine baseline: needs the [semantic] extra)")
    if args.misses:
        print()
        for query, ranked, gold in zip(queries, site, golds, strict=True):
            if not ranked or ranked[0] not in gold:
                print(f"- {query['id']}: got {ranked[:3]} want {sorted(gold)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
