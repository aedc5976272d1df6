"""The search index: one table on both databases, plus what each database needs to search it.

One migration must work on SQLite and PostgreSQL, so the vendor-specific parts are RunPython
steps that look at `schema_editor.connection.vendor`:
- PostgreSQL: a GIN index on the tsvector column (in the model's state, created here only).
- SQLite: an FTS5 table over the text columns (external content) and the triggers that keep
  it in step with every insert, update and delete of a row.
"""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models

FTS_SQL = [
    """CREATE VIRTUAL TABLE search_question_fts USING fts5(
        title, briefs, body,
        content='search_questiondocument', content_rowid='question_id',
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER search_questiondocument_ai AFTER INSERT ON search_questiondocument BEGIN
        INSERT INTO search_question_fts(rowid, title, briefs, body)
        VALUES (new.question_id, new.title, new.briefs, new.body);
    END""",
    """CREATE TRIGGER search_questiondocument_ad AFTER DELETE ON search_questiondocument BEGIN
        INSERT INTO search_question_fts(search_question_fts, rowid, title, briefs, body)
        VALUES ('delete', old.question_id, old.title, old.briefs, old.body);
    END""",
    """CREATE TRIGGER search_questiondocument_au AFTER UPDATE ON search_questiondocument BEGIN
        INSERT INTO search_question_fts(search_question_fts, rowid, title, briefs, body)
        VALUES ('delete', old.question_id, old.title, old.briefs, old.body);
        INSERT INTO search_question_fts(rowid, title, briefs, body)
        VALUES (new.question_id, new.title, new.briefs, new.body);
    END""",
]
FTS_DROP_SQL = [
    "DROP TRIGGER IF EXISTS search_questiondocument_au",
    "DROP TRIGGER IF EXISTS search_questiondocument_ad",
    "DROP TRIGGER IF EXISTS search_questiondocument_ai",
    "DROP TABLE IF EXISTS search_question_fts",
]


def gin_index():
    return django.contrib.postgres.indexes.GinIndex(fields=["document"], name="search_document_gin")


def create_gin(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("search", "QuestionDocument"), gin_index())


def drop_gin(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("search", "QuestionDocument"), gin_index())


def create_fts(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for sql in FTS_SQL:
            schema_editor.execute(sql)


def drop_fts(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for sql in FTS_DROP_SQL:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("qa", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="QuestionDocument",
            fields=[
                (
                    "question",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search_document",
                        serialize=False,
                        to="qa.question",
                    ),
                ),
                ("title", models.TextField()),
                ("briefs", models.TextField(blank=True)),
                ("body", models.TextField(blank=True)),
                ("document", django.contrib.postgres.search.SearchVectorField(null=True)),
                ("indexed_at", models.DateTimeField(auto_now=True)),
            ],
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddIndex(model_name="questiondocument", index=gin_index())
            ],
            database_operations=[migrations.RunPython(create_gin, drop_gin)],
        ),
        migrations.RunPython(create_fts, drop_fts),
    ]
