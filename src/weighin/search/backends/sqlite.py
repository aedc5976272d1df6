"""SQLite FTS5: bm25 with column weights over an external-content FTS5 table that triggers
keep in step with search_questiondocument (migration 0001)."""

# ruff: noqa: S608 -- the SQL here is assembled from constants and placeholders only; every
# value (query text, ids, filter parameters) is passed as a parameter.

from __future__ import annotations

from django.db import connection

from weighin.search.analysis import Group, QueryPlan
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


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _alternatives(group: Group) -> list[str]:
    out = []
    for n, phrase in enumerate(group.alternatives):
        if len(phrase) == 1 and (base := prefix_stem(phrase[0])):
            out.append(_quote(base) + "*")
        elif n == 0 and group.prefix:
            out.append(_quote(" ".join(phrase)) + "*")
        else:
            out.append(_quote(" ".join(phrase)))
    return list(dict.fromkeys(out))


def match_expression(plan: QueryPlan, mode: Mode, weighted: bool = False) -> str:
    """An FTS5 MATCH expression in which every word is a quoted string: no operator, column
    filter or special character that a person typed survives as syntax."""
    parts = []
    for group in plan.groups:
        alternatives = _alternatives(group)
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

    def _where(self, plan: QueryPlan, mode: Mode, filter: Filter, weighted: bool = False):
        return filter.extend(f"{FTS} MATCH %s", [match_expression(plan, mode, weighted)])

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
        where, params = self._where(plan, mode, filter, weighted)
        first = "(q.answer_count > 0) DESC, " if filter.answered_first else ""
        sql = (
            f"SELECT {FTS}.rowid, {RANK} AS score FROM {FTS} "
            f"JOIN qa_question q ON q.id = {FTS}.rowid WHERE {where} "
            f"ORDER BY {first}score, q.id LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, limit, offset])
            return [Hit(question_id=row[0], score=-row[1]) for row in cursor.fetchall()]

    def count(self, plan: QueryPlan, *, mode: Mode, filter: Filter, cap: int) -> int:
        if not plan:
            return 0
        where, params = self._where(plan, mode, filter)
        sql = (
            f"SELECT count(*) FROM (SELECT 1 FROM {FTS} "
            f"JOIN qa_question q ON q.id = {FTS}.rowid WHERE {where} LIMIT %s)"
        )
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
        params = [MARK_START, MARK_END, MARK_START, MARK_END, match_expression(plan, "any")]
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *question_ids])
            return {row[0]: Snippet(title=row[1], body=row[2] or "") for row in cursor.fetchall()}
