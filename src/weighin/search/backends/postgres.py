"""PostgreSQL full-text search: a weighted tsvector (A title, B In brief, C the rest) under a
GIN index, queried with a to_tsquery built here from quoted words, ranked with ts_rank_cd."""

# ruff: noqa: S608 -- the SQL here is assembled from constants and placeholders only; every
# value (query text, ids, filter parameters) is passed as a parameter.

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import datetime

from django.core.cache import cache
from django.db import connection
from psycopg import Connection, Cursor
from psycopg.adapt import Dumper
from psycopg.pq import Format

from weighin.search import analysis
from weighin.search.analysis import Bounded, Group, QueryPlan, bounded
from weighin.search.backends.base import (
    BODY_WEIGHT,
    BRIEF_WEIGHT,
    MARK_END,
    MARK_START,
    TITLE_WEIGHT,
    Document,
    Filter,
    Hit,
    Mode,
    Snippet,
    prefix_stem,
)

CONFIG = "english"
# ts_rank_cd's weights are listed D, C, B, A.
RANK_WEIGHTS = [0.0, BODY_WEIGHT / TITLE_WEIGHT, BRIEF_WEIGHT / TITLE_WEIGHT, 1.0]
VECTOR = (
    "setweight(to_tsvector(%(cfg)s::regconfig, {t}), 'A') || "
    "setweight(to_tsvector(%(cfg)s::regconfig, {b}), 'B') || "
    "setweight(to_tsvector(%(cfg)s::regconfig, {c}), 'C')"
)
WEIGHTED_POOL = 200
# How many documents hold a word comes from the column's statistics (ANALYZE, which autovacuum
# runs): its most common lexemes and the share of documents holding each. Read again every
# ten minutes.
STATS_SECONDS = 600
STATS = (
    "SELECT json_build_array(most_common_elems::text::text[], most_common_elem_freqs) "
    "FROM pg_stats WHERE schemaname = current_schema() "
    "AND tablename = 'search_questiondocument' AND attname = 'document'"
)
LEXEME = re.compile(r"'((?:[^']|'')*)'(:\*)?")
# Documents per INSERT: 4 parameters each, under the 65,535 of one statement.
WRITE_CHUNK = 1000
HEADLINE_TITLE = f"HighlightAll=true, StartSel={MARK_START}, StopSel={MARK_END}"
HEADLINE_BODY = (
    f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12, "
    'MaxFragments=2, FragmentDelimiter=" … "'
)


def _lexeme(word: str, prefix: bool = False) -> str:
    # Words are letters and digits only (search.analysis); quoting and doubling make any
    # other character harmless all the same.
    quoted = "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
    return quoted + (":*" if prefix else "")


def _alternatives(group: Group) -> list[str]:
    out = []
    for n, phrase in enumerate(group.alternatives):
        if len(phrase) == 1 and (base := prefix_stem(phrase[0])):
            out.append(_lexeme(base, prefix=True))
            continue
        last = len(phrase) - 1
        words = [
            _lexeme(w, prefix=(n == 0 and group.prefix and i == last)) for i, w in enumerate(phrase)
        ]
        out.append(words[0] if len(words) == 1 else "(" + " <-> ".join(words) + ")")
    return list(dict.fromkeys(out))


def tsquery(plan: QueryPlan, mode: Mode) -> str:
    """Text for to_tsquery: quoted lexemes joined by operators chosen here, never typed."""
    parts = []
    for group in plan.groups:
        alternatives = _alternatives(group)
        joined = alternatives[0] if len(alternatives) == 1 else f"({' | '.join(alternatives)})"
        parts.append(joined)
    return (" & " if mode == "all" else " | ").join(parts)


# tsvector is a built-in type: its oid is the same on every server.
TSVECTOR_OID = 3614


class TsVector(bytes):
    """A tsvector in PostgreSQL's binary format, as `compute_vectors` returns it."""


class _TsVectorDumper(Dumper):
    format = Format.BINARY
    oid = TSVECTOR_OID

    def dump(self, obj: bytes) -> bytes:
        return obj


def compute_vectors(conn: Connection, documents: Sequence[Document]) -> list[TsVector]:
    """The `document` column `write` computes for these documents, in their order, computed on
    `conn` (any connection to the database: nothing is read or written) and returned in
    binary, ready for `copy_new`. Analysing the text is most of the cost of indexing; an
    import has a second connection do it while its own writes the rows (datasets/indexer.py)."""
    vector = VECTOR.format(t="v.title", b="v.briefs", c="v.body").replace("%(cfg)s", "%s")
    vectors: list[TsVector] = []
    # A server-side binding cursor, whatever the connection's default: binary results.
    with Cursor(conn) as cursor:
        for start in range(0, len(documents), WRITE_CHUNK):
            chunk = documents[start : start + WRITE_CHUNK]
            rows = ", ".join(["(%s::int, %s, %s, %s)"] * len(chunk))
            params: list = [CONFIG, CONFIG, CONFIG]
            for n, d in enumerate(chunk):
                params += [n, d.title, d.briefs, d.body]
            cursor.execute(
                f"SELECT {vector} FROM (VALUES {rows}) AS v(n, title, briefs, body) ORDER BY v.n",
                params,
                binary=True,
            )
            vectors += [TsVector(row[0]) for row in cursor.fetchall()]
    return vectors


def _frequencies(fetched: list | None) -> dict[str, float]:
    """{lexeme: share of documents holding it} from pg_stats, with "" for the share below
    which lexemes are not listed (the smallest listed)."""
    if not fetched or not fetched[0]:
        return {}
    elements, shares = fetched
    return {**dict(zip(elements, shares, strict=False)), "": min(shares[: len(elements)])}


def _estimate(text: str, stats: dict[str, float], documents: int) -> int:
    """Documents matching one concept, as the server parsed it (`'acid' <-> 'reflux' |
    'gerd'`, `'worri':*`): alternatives add up, a phrase is as rare as its rarest word, a
    prefix is all the listed lexemes it starts, an unlisted lexeme half the least listed."""
    total = 0.0
    for alternative in text.split(" | "):
        shares = []
        for lexeme, prefix in LEXEME.findall(alternative):
            lexeme = lexeme.replace("''", "'")
            if prefix:
                share = sum(v for k, v in stats.items() if k and k.startswith(lexeme))
            else:
                share = stats.get(lexeme, 0.0)
            shares.append(share or stats[""] / 2)
        total += min(shares, default=0.0)
    return int(min(total, 1.0) * documents)


class PostgresBackend:
    vendor = "postgresql"

    def copy_new(
        self, documents: Sequence[Document], vectors: Sequence[bytes], indexed_at: datetime
    ) -> None:
        """Write the documents of questions that have none yet (inserted in the current
        transaction) with their vectors from `compute_vectors`: a binary COPY, the text is not
        analysed again."""
        columns = "question_id, title, briefs, body, document, indexed_at"
        sql = f"COPY search_questiondocument ({columns}) FROM STDIN (FORMAT BINARY)"
        with connection.connection.cursor() as cursor:
            cursor.adapters.register_dumper(TsVector, _TsVectorDumper)
            with cursor.copy(sql) as copy:
                copy.set_types(["int8", "text", "text", "text", TSVECTOR_OID, "timestamptz"])
                for d, vector in zip(documents, vectors, strict=True):
                    copy.write_row(
                        (d.question_id, d.title, d.briefs, d.body, TsVector(vector), indexed_at)
                    )

    def write(self, documents: list[Document]) -> None:
        vector = VECTOR.format(t="v.title", b="v.briefs", c="v.body").replace("%(cfg)s", "%s")
        for start in range(0, len(documents), WRITE_CHUNK):
            chunk = documents[start : start + WRITE_CHUNK]
            rows = ", ".join(["(%s::bigint, %s, %s, %s)"] * len(chunk))
            params = [v for d in chunk for v in (d.question_id, d.title, d.briefs, d.body)]
            sql = (
                "INSERT INTO search_questiondocument "
                "(question_id, title, briefs, body, document, indexed_at) "
                f"SELECT v.id, v.title, v.briefs, v.body, {vector}, now() "
                f"FROM (VALUES {rows}) AS v(id, title, briefs, body) "
                "ON CONFLICT (question_id) DO UPDATE SET title = EXCLUDED.title, "
                "briefs = EXCLUDED.briefs, body = EXCLUDED.body, document = EXCLUDED.document, "
                "indexed_at = EXCLUDED.indexed_at"
            )
            with connection.cursor() as cursor:
                cursor.execute(sql, [CONFIG, CONFIG, CONFIG, *params])

    def delete(self, question_ids: list[int]) -> None:
        if question_ids:
            with connection.cursor() as cursor:
                cursor.execute(
                    "DELETE FROM search_questiondocument WHERE question_id = ANY(%s)",
                    [list(question_ids)],
                )

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_questiondocument")

    def _bounded(self, plan: QueryPlan) -> Bounded:
        """The plan cut to what can be ranked quickly at this size (analysis.bounded). One
        query: the newest document id and, on a collection large enough to need them, each
        concept as the server parses it (its lexemes) and, every STATS_SECONDS, the column's
        statistics, from which the concepts' matches are estimated."""
        key = f"search:pg-stats:{connection.settings_dict['NAME']}"
        stats = cache.get(key)
        concepts = [tsquery(QueryPlan((g,), plan.text), "any") for g in plan.groups]
        large = "d.n * %s > %s"
        parsed = ", ".join(["to_tsquery(%s::regconfig, %s)::text"] * len(concepts))
        sql = (
            f"SELECT d.n, CASE WHEN {large} AND %s THEN ({STATS}) END, "
            f"CASE WHEN {large} THEN ARRAY[{parsed}] END "
            "FROM (SELECT coalesce(max(question_id), 0) AS n FROM search_questiondocument) AS d"
        )
        small = [len(concepts), analysis.RANK_BUDGET]
        params = [*small, stats is None, *small, *[v for c in concepts for v in (CONFIG, c)]]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            documents, fetched, lexemes = cursor.fetchone()
        if fetched is not None:
            stats = _frequencies(fetched)
            cache.set(key, stats, STATS_SECONDS)
        if lexemes is None or not stats:  # a small collection, or never analysed
            return bounded(plan, [0] * len(concepts), documents)
        counts = [_estimate(text, stats, documents) for text in lexemes]
        return bounded(plan, counts, documents)

    def _from_where(self, plan: QueryPlan, mode: Mode, filter: Filter):
        """FROM and WHERE for the matches of `plan`, with `query`, the whole plan, to rank
        them by. On a large collection (`_bounded`) the index finds the matches of the rarer
        concepts only, and an "all" query checks every concept on those rows (ts_match_vq,
        the function behind @@, which no index serves): the index never reads the long lists
        of common words. When every concept is common, only the newest documents count (unless
        the filter narrows the collection: then all its matches do)."""
        cut = self._bounded(plan)
        sql = (
            "FROM search_questiondocument d JOIN qa_question q ON q.id = d.question_id, "
            "to_tsquery(%s::regconfig, %s) query WHERE "
        )
        params: list = [CONFIG, tsquery(plan, mode)]
        if cut.exact:
            sql += "d.document @@ query"
        else:
            sql += "d.document @@ to_tsquery(%s::regconfig, %s)"
            params += [CONFIG, tsquery(cut.ranked, mode)]
            if mode == "all":
                sql += " AND ts_match_vq(d.document, query)"
            # The window holds about RANK_BUDGET matches of the whole collection; under a
            # topic, specialty or "answered" filter it would hold only a few of theirs.
            if cut.window and not filter.narrows:
                sql += " AND d.question_id > %s"
                params.append(cut.documents - cut.window)
        return filter.extend(sql, params)

    def search(
        self,
        plan: QueryPlan,
        *,
        mode: Mode,
        filter: Filter,
        limit: int,
        offset: int = 0,
        weighted: bool = False,
    ) -> list[Hit]:
        if not plan:
            return []
        if weighted and mode == "any" and len(plan.groups) > 1:
            return self._weighted_search(plan, filter, limit + offset)[offset:]
        from_where, params = self._from_where(plan, mode, filter)
        first = "(q.answer_count > 0) DESC, " if filter.answered_first else ""
        sql = (
            "SELECT d.question_id, ts_rank_cd(%s::real[], d.document, query, 1) AS score "
            f"{from_where} ORDER BY {first}score DESC, q.id LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [RANK_WEIGHTS, *params, limit, offset])
            return [Hit(question_id=row[0], score=float(row[1])) for row in cursor.fetchall()]

    def _weighted_search(self, plan: QueryPlan, filter: Filter, limit: int) -> list[Hit]:
        """ts_rank_cd knows neither query-term weights nor how rare a term is (SQLite's bm25
        has both), so the best WEIGHTED_POOL matches of the whole query are ranked again here:
        each concept's own rank, times its weight, times its rarity within the pool. Bounded
        work: the pool, not every match, pays for the per-concept ranks."""
        from_where, params = self._from_where(plan, "any", filter)
        ranks, rank_params = [], []
        for group in plan.groups:
            ranks.append("ts_rank_cd(%s::real[], document, to_tsquery(%s::regconfig, %s))")
            rank_params += [RANK_WEIGHTS, CONFIG, tsquery(QueryPlan((group,), ""), "any")]
        sql = (
            f"SELECT question_id, {', '.join(ranks)} FROM ("
            "SELECT d.question_id, d.document, ts_rank_cd(%s::real[], d.document, query, 1) AS r "
            f"{from_where} ORDER BY r DESC, q.id LIMIT %s) AS pool"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*rank_params, RANK_WEIGHTS, *params, WEIGHTED_POOL])
            rows = cursor.fetchall()
        n = len(rows)
        rarity = []
        for i in range(len(plan.groups)):
            df = sum(1 for row in rows if row[1 + i] > 0)
            rarity.append(math.log(1 + (n - df + 0.5) / (df + 0.5)))
        scored = [
            (sum(g.weight * rarity[i] * row[1 + i] for i, g in enumerate(plan.groups)), row[0])
            for row in rows
        ]
        scored.sort(key=lambda item: (-item[0], item[1]))
        return [Hit(question_id, score) for score, question_id in scored[:limit]]

    def count(self, plan: QueryPlan, *, mode: Mode, filter: Filter, cap: int) -> int:
        if not plan:
            return 0
        from_where, params = self._from_where(plan, mode, filter)
        sql = f"SELECT count(*) FROM (SELECT 1 {from_where} LIMIT %s) AS hits"
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, cap])
            return cursor.fetchone()[0]

    def snippets(self, plan: QueryPlan, question_ids: list[int]) -> dict[int, Snippet]:
        if not plan or not question_ids:
            return {}
        sql = (
            "SELECT d.question_id, ts_headline(%s::regconfig, d.title, query, %s), "
            "ts_headline(%s::regconfig, d.body, query, %s) "
            "FROM search_questiondocument d, to_tsquery(%s::regconfig, %s) query "
            "WHERE d.question_id = ANY(%s)"
        )
        params = [CONFIG, HEADLINE_TITLE, CONFIG, HEADLINE_BODY, CONFIG, tsquery(plan, "any")]
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, list(question_ids)])
            return {row[0]: Snippet(title=row[1], body=row[2] or "") for row in cursor.fetchall()}
