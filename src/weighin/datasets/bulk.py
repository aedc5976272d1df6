"""Bulk inserts for the import's big tables (questions, answers, topic links).

`QuerySet.bulk_create` prepares every value through the field API and compiles its SQL per
batch: measured at ~85 µs per 12-column row, 6x the database's own cost, which made it most
of an import's time. This writes the same rows with the per-column conversion decided once
per call, each database's fastest way: PostgreSQL COPY, SQLite one prepared INSERT run for
every row (`executemany`). Primary keys are drawn before the rows are sent, so no statement
has to return them. Defaults and `auto_now` fields follow the models, so a field added later
is filled in the way Django would fill it.
"""

from collections.abc import Callable
from datetime import datetime
from operator import itemgetter
from typing import Any

from django.db import connection
from django.db.models import AutoField, BigAutoField, Field, Model, SmallAutoField

# Column types whose Python values the database drivers take as they are.
_PLAIN = frozenset(
    {
        "AutoField",
        "BigAutoField",
        "BigIntegerField",
        "BooleanField",
        "CharField",
        "EmailField",
        "ForeignKey",
        "IntegerField",
        "OneToOneField",
        "PositiveBigIntegerField",
        "PositiveIntegerField",
        "PositiveSmallIntegerField",
        "SlugField",
        "SmallAutoField",
        "SmallIntegerField",
        "TextField",
        "URLField",
    }
)
_AUTO = (AutoField, BigAutoField, SmallAutoField)


def _adapter(field: Field) -> Callable[[Any], Any] | None:
    if field.get_internal_type() in _PLAIN:
        return None
    # An import repeats a few values (its data set's date, the batch's "now") thousands of
    # times: each is converted once.
    seen: dict[Any, Any] = {}

    def adapt(value: Any) -> Any:
        try:
            return seen[value]
        except KeyError:
            adapted = seen[value] = field.get_db_prep_save(value, connection)
            return adapted
        except TypeError:  # unhashable
            return field.get_db_prep_save(value, connection)

    return adapt


def _defaults(model: type[Model], given: set[str], now: datetime) -> dict[str, Any]:
    """What Model(...) would set for the columns not given: `auto_now` fields get `now`,
    the rest `field.get_default()` (the default, "" for text, or None)."""
    values: dict[str, Any] = {}
    for field in model._meta.concrete_fields:
        if isinstance(field, _AUTO) or field.attname in given:
            continue
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            values[field.attname] = now
        else:
            values[field.attname] = field.get_default()
    return values


def prepare(
    model: type[Model], rows: list[dict[str, Any]], *, now: datetime
) -> tuple[list[Field], list[tuple]]:
    """The columns to insert (every concrete field; the auto primary key only when the rows
    carry it) and each row's parameters for them. Missing columns get their model default
    (added to `rows` too)."""
    pk = model._meta.pk
    with_pk = bool(rows) and pk.attname in rows[0]
    fields = [
        f for f in model._meta.concrete_fields if not isinstance(f, _AUTO) or (f is pk and with_pk)
    ]
    if not rows:
        return fields, []
    defaults = _defaults(model, set(rows[0]), now)
    names = [f.attname for f in fields]
    values = itemgetter(*names) if len(names) > 1 else lambda row: (row[names[0]],)
    adapters = [(i, adapt) for i, f in enumerate(fields) if (adapt := _adapter(f)) is not None]
    params = []
    for row in rows:
        row.update(defaults)
        if adapters:
            adapted = list(values(row))
            for i, adapt in adapters:
                adapted[i] = adapt(adapted[i])
            params.append(tuple(adapted))
        else:
            params.append(values(row))
    return fields, params


def existing(model: type[Model], attname: str, values: list[Any]) -> set[Any]:
    """Which of `values` the column already holds: one plain query per thousand values
    (the ORM's `__in` lookup prepares each value through the field API)."""
    qn = connection.ops.quote_name
    column = qn(model._meta.get_field(attname).column)
    found: set[Any] = set()
    with connection.cursor() as cursor:
        for start in range(0, len(values), 1000):
            chunk = values[start : start + 1000]
            marks = ", ".join(["%s"] * len(chunk))
            cursor.execute(
                f"SELECT {column} FROM {qn(model._meta.db_table)} "  # noqa: S608
                f"WHERE {column} IN ({marks})",
                chunk,
            )
            found.update(row[0] for row in cursor.fetchall())
    return found


def relax_durability() -> None:
    """For the rest of the current transaction (an import batch), PostgreSQL acknowledges
    the commit without waiting for its WAL to reach the disk (`synchronous_commit = off`).
    This cannot corrupt or half-apply anything: after a crash of the server or the machine,
    the batches acknowledged last (within 3 x wal_writer_delay, 0.6 s by default) are simply
    not there, as if the import had been interrupted before them, and running it again adds
    them (imports are idempotent). It saves a WAL flush per batch. SQLite needs nothing: in
    WAL mode with synchronous=NORMAL (our setting) a commit already does not wait for the
    disk, with the same guarantee."""
    if connection.vendor == "postgresql" and connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")


def _allocate_ids(model: type[Model], n: int) -> list[int]:
    """n new primary keys. PostgreSQL: from the table's sequence. SQLite: after the highest
    one ever given (AUTOINCREMENT keeps it in sqlite_sequence) or in the table, read inside
    the batch's transaction, which holds the database's write lock from its first statement
    (settings: IMMEDIATE transactions); an insert with explicit ids moves sqlite_sequence on
    as one without would. (In a DEFERRED transaction a concurrent writer would make this
    batch fail with "database is locked", never write a key twice.)"""
    qn = connection.ops.quote_name
    table, column = model._meta.db_table, model._meta.pk.column
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [qn(table), column, n],
            )
            return [row[0] for row in cursor.fetchall()]
        highest = (
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = %s), 0), "  # noqa: S608
            f"coalesce((SELECT max({qn(column)}) FROM {qn(table)}), 0))"
        )
        cursor.execute(highest, [table])
        first = cursor.fetchone()[0] + 1
        return list(range(first, first + n))


def insert(
    model: type[Model], rows: list[dict[str, Any]], *, now: datetime, want_ids: bool = True
) -> None:
    """Insert `rows` (attname -> value, the same keys in every row). With `want_ids`, each
    row gets its new primary key under the pk's attname, drawn before the rows are sent.

    PostgreSQL: COPY (the bulk-load path, 3x an executemany). SQLite: one prepared INSERT
    for every row (`executemany`; a thousand-row INSERT ... RETURNING id took 1.5x as long:
    its SQL is compiled anew each time and its ids come back row by row)."""
    if not rows:
        return
    pk = model._meta.pk
    if want_ids:
        for row, new_id in zip(rows, _allocate_ids(model, len(rows)), strict=True):
            row[pk.attname] = new_id
    fields, params = prepare(model, rows, now=now)
    qn = connection.ops.quote_name
    table = qn(model._meta.db_table)
    columns = ", ".join(qn(f.column) for f in fields)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for values in params:
                    copy.write_row(values)
            return
        # Only quoted model metadata goes into the SQL text; every value is a parameter.
        marks = ", ".join(["%s"] * len(fields))
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", params)  # noqa: S608
