"""SQLite FTS5: bm25 with column weights over an external-content FTS5 table that triggers
keep in step with search_questiondocument (migration 0001)."""

# ruff: noqa: S608 -- the SQL here is assembled from constants and placeholders only; every
# value (query text, ids, filter parameters) is passed as a parameter.

from __future__ import annotations

import hashlib
from collections.abc import Collection

from django.core.cache import cache
from django.db import connection

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
    repetitions,
)

FTS = "search_question_fts"
RANK = f"bm25({FTS}, {TITLE_WEIGHT}, {BRIEF_WEIGHT}, {BODY_WEIGHT})"
# Documents per INSERT: 4 parameters each, under SQLite's 32,766 per statement.
WRITE_CHUNK = 1000
# The full-text matches, each with its question. CROSS JOIN makes SQLite loop over the matches
# and look each question up by id: with a plain JOIN its planner may start from qa_question
# (the status index looks selective to it) and run the MATCH once per question, which took
# 1.7 s to count the matches among 5,000 questions (bench/bench_search.py).
MATCHES = f"{FTS} CROSS JOIN qa_question q ON q.id = {FTS}.rowid"
# Each concept's matches are counted up to this many times analysis.RANK_BUDGET (beyond it,
# concepts are told apart by weight alone; a prefix costs its whole document list whatever the
# limit) and the count kept for an hour: the common words, the costly ones to count, are the
# ones that come back.
COUNT_CAP = 10
COUNT_SECONDS = 3600
# When every concept is common (`_newest`), this many newest matches (five pages) are put in
# order; later ones follow newest first. Fewer stop sooner on long document lists.
NEWEST_POOL = 100


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _alternatives(group: Group, prefixes: bool = True) -> list[str]:
    out = []
    for n, phrase in enumerate(group.alternatives):
        if prefixes and len(phrase) == 1 and (base := prefix_stem(phrase[0])):
            out.append(_quote(base) + "*")
        elif prefixes and n == 0 and group.prefix:
            out.append(_quote(" ".join(phrase)) + "*")
        else:
            out.append(_quote(" ".join(phrase)))
    return list(dict.fromkeys(out))


def match_expression(
    plan: QueryPlan,
    mode: Mode,
    weighted: bool = False,
    prefixes: bool | Collection[Group] = True,
) -> str:
    """An FTS5 MATCH expression in which every word is a quoted string: no operator, column
    filter or special character that a person typed survives as syntax. Without `prefixes`
    (or for the groups not in it), words are matched as typed (FTS5's porter stemmer still
    matches their inflections), never as the prefix of their stem: a prefix costs its whole
    document list every time it is looked up."""
    parts = []
    for group in plan.groups:
        alternatives = _alternatives(
            group, prefixes if isinstance(prefixes, bool) else group in prefixes
        )
        part = alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"
        parts.extend([part] * repetitions(group, weighted and mode == "any"))
    return (" AND " if mode == "all" else " OR ").join(parts)


class SqliteBackend:
    vendor = "sqlite"

    def write(self, documents: list[Document]) -> None:
        # In question id order: FTS5 writes out its pending terms whenever a rowid is not
        # above the previous one, so documents in descending order (as documents() used to
        # return them) made an index segment per document, twice the work. One multi-row
        # statement per chunk: an executemany of the same rows also took twice as long.
        documents = sorted(documents, key=lambda d: d.question_id)
        for start in range(0, len(documents), WRITE_CHUNK):
            chunk = documents[start : start + WRITE_CHUNK]
            rows = ", ".join(["(%s, %s, %s, %s, CURRENT_TIMESTAMP)"] * len(chunk))
            params = [v for d in chunk for v in (d.question_id, d.title, d.briefs, d.body)]
            with connection.cursor() as cursor:
                cursor.execute(
                    "INSERT INTO search_questiondocument "
                    "(question_id, title, briefs, body, indexed_at) VALUES "
                    f"{rows} ON CONFLICT (question_id) DO UPDATE SET title = excluded.title, "
                    "briefs = excluded.briefs, body = excluded.body, "
                    "indexed_at = excluded.indexed_at",
                    params,
                )

    def delete(self, question_ids: list[int]) -> None:
        if question_ids:
            marks = ", ".join(["%s"] * len(question_ids))
            with connection.cursor() as cursor:
                cursor.execute(
                    f"DELETE FROM search_questiondocument WHERE question_id IN ({marks})",
                    question_ids,
                )

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_questiondocument")
            cursor.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')")

    def _bounded(self, plan: QueryPlan) -> Bounded:
        """The plan cut to what FTS5 ranks quickly at this size (analysis.bounded). One query:
        the newest document id and, on a collection large enough to need them, the match
        counts of the concepts not counted in the last hour. A count is kept with the size it
        was made at, and made again (a second query) once the collection has doubled or
        halved since: a word rare in a small collection may be common in a large one."""
        expressions = [match_expression(QueryPlan((g,), plan.text), "any") for g in plan.groups]
        name = connection.settings_dict["NAME"]
        keys = {
            e: f"search:fts-count:{hashlib.sha256(f'{name}:{e}'.encode()).hexdigest()[:32]}"
            for e in expressions
        }
        known = {
            key: value
            for key, value in cache.get_many(list(keys.values())).items()
            if isinstance(value, tuple)  # (count, documents)
        }
        missing = [e for e in dict.fromkeys(expressions) if keys[e] not in known]
        documents, fresh = self._count(missing, len(plan.groups))
        if documents * len(plan.groups) <= analysis.RANK_BUDGET:
            return bounded(plan, [0] * len(plan.groups), documents)
        stale = [
            e
            for e in dict.fromkeys(expressions)
            if keys[e] in known and not known[keys[e]][1] / 2 <= documents <= known[keys[e]][1] * 2
        ]
        if stale:
            documents, recounted = self._count(stale, len(plan.groups))
            fresh |= recounted
        cache.set_many({keys[e]: (n, documents) for e, n in fresh.items()}, COUNT_SECONDS)
        count = {e: known[keys[e]][0] for e in expressions if keys[e] in known} | fresh
        return bounded(plan, [count[e] for e in expressions], documents)

    def _count(self, expressions: list[str], concepts: int) -> tuple[int, dict[str, int]]:
        """The newest document id, and the capped match count of each expression when the
        collection is large enough for `concepts` concepts to need one."""
        small = concepts, analysis.RANK_BUDGET  # n concepts of at most d matches each
        counts = "".join(
            f", CASE WHEN d.n * %s <= %s THEN NULL ELSE (SELECT count(*) FROM "
            f"(SELECT 1 FROM {FTS} WHERE {FTS} MATCH %s LIMIT %s)) END"
            for _ in expressions
        )
        sql = (
            f"SELECT d.n{counts} FROM (SELECT coalesce(max(question_id), 0) AS n "
            "FROM search_questiondocument) AS d"
        )
        with connection.cursor() as cursor:
            cap = COUNT_CAP * analysis.RANK_BUDGET
            cursor.execute(sql, [v for e in expressions for v in (*small, e, cap)])
            documents, *found = cursor.fetchone()
        return documents, dict(zip(expressions, found, strict=True))

    def _where(
        self,
        plan: QueryPlan,
        cut: Bounded,
        mode: Mode,
        filter: Filter,
        weighted: bool = False,
        ranking: bool = False,
    ):
        """The match condition and the filter. On a large collection (`cut` not exact), an
        "any" query matches and ranks on its rarer concepts only; an "all" query still
        matches every concept (the common ones as typed, not as prefixes of their stems) but,
        when ranking, ranks on the rarer ones: bm25 reads the document list of every word it
        ranks on."""
        if cut.exact:
            return filter.extend(f"{FTS} MATCH %s", [match_expression(plan, mode, weighted)])
        if mode == "any":  # weights only tell apart the concepts ranked on, if several
            several = len(cut.ranked.groups) > 1
            expression = match_expression(cut.ranked, "any", weighted and several)
            return filter.extend(f"{FTS} MATCH %s", [expression])
        all_words = match_expression(plan, "all", prefixes=set(cut.ranked.groups))
        if not ranking:
            return filter.extend(f"{FTS} MATCH %s", [all_words])
        sql = (  # the unary + keeps FTS5 from running its MATCH once per id
            f"{FTS} MATCH %s AND +{FTS}.rowid IN (SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s)"
        )
        return filter.extend(sql, [match_expression(cut.ranked, "all"), all_words])

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
        cut = self._bounded(plan)
        if cut.window:
            return self._newest(plan, cut, mode, filter, limit, offset)
        where, params = self._where(plan, cut, mode, filter, weighted, ranking=True)
        first = "(q.answer_count > 0) DESC, " if filter.answered_first else ""
        sql = (
            f"SELECT {FTS}.rowid, {RANK} AS score FROM {MATCHES} WHERE {where} "
            f"ORDER BY {first}score, q.id LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, limit, offset])
            return [Hit(question_id=row[0], score=-row[1]) for row in cursor.fetchall()]

    def _newest(
        self, plan: QueryPlan, cut: Bounded, mode: Mode, filter: Filter, limit: int, offset: int
    ) -> list[Hit]:
        """When even the most important concept is in more than RANK_BUDGET documents: the
        NEWEST_POOL newest matches, those with more of the words in their title first
        (counted in FTS5's highlight of the title), then the older ones newest first; no
        bm25. bm25 would first read the whole document list of each word to weigh it, tens of
        milliseconds a common word at a million questions, to weigh a single concept: it would
        order little but title before body. Answered questions first, when asked."""
        if mode == "all":
            words = match_expression(plan, "all", prefixes=set(cut.ranked.groups))
        else:
            words = match_expression(cut.ranked, "any")
        where, params = filter.extend(f"{FTS} MATCH %s", [words])
        sql = (
            f"SELECT {FTS}.rowid, highlight({FTS}, 0, %s, ''), q.answer_count > 0 "
            f"FROM {MATCHES} WHERE {where} ORDER BY {FTS}.rowid DESC LIMIT %s"
        )
        pool = max(NEWEST_POOL, offset + limit)
        with connection.cursor() as cursor:
            cursor.execute(sql, [MARK_START, *params, pool])
            rows = [(pk, title.count(MARK_START), answered) for pk, title, answered in cursor]
        first = filter.answered_first
        rows[:NEWEST_POOL] = sorted(
            rows[:NEWEST_POOL], key=lambda row: (first and not row[2], -row[1], -row[0])
        )
        return [Hit(question_id=pk, score=1.0 + hits) for pk, hits, _ in rows[offset:][:limit]]

    def count(self, plan: QueryPlan, *, mode: Mode, filter: Filter, cap: int) -> int:
        if not plan:
            return 0
        where, params = self._where(plan, self._bounded(plan), mode, filter)
        sql = f"SELECT count(*) FROM (SELECT 1 FROM {MATCHES} WHERE {where} LIMIT %s)"
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, cap])
            return cursor.fetchone()[0]

    def snippets(self, plan: QueryPlan, question_ids: list[int]) -> dict[int, Snippet]:
        if not plan or not question_ids:
            return {}
        marks = ", ".join(["%s"] * len(question_ids))
        sql = (
            f"SELECT rowid, highlight({FTS}, 0, %s, %s), "
            f"snippet({FTS}, 2, %s, %s, '…', 24) FROM {FTS} "
            f"WHERE {FTS} MATCH %s AND rowid IN ({marks})"
        )
        # FTS5 runs this MATCH once per id, and a prefix reads all its words' document lists
        # each time: on a large collection, words are marked as typed.
        prefixes = self._bounded(plan).exact
        expression = match_expression(plan, "any", prefixes=prefixes)
        params = [MARK_START, MARK_END, MARK_START, MARK_END, expression]
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *question_ids])
            return {row[0]: Snippet(title=row[1], body=row[2] or "") for row in cursor.fetchall()}
