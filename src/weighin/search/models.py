from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models

from weighin.qa.models import Question


class QuestionDocument(models.Model):
    """The searchable text of one question: its title, its answers' In brief headlines, and
    its details, topics and answer bodies. Written by `search.indexing` after every commit
    that changes a question or its answers; rebuilt by `manage.py reindex`.

    Each database indexes it natively. PostgreSQL: `document` holds the weighted tsvector
    (A title, B In brief, C the rest) under a GIN index. SQLite: `document` stays empty and the
    FTS5 table `search_question_fts` indexes these columns as its external content, kept in
    step by triggers (see migration 0001). A future migration that makes SQLite rebuild this
    table must create those triggers again.
    """

    question = models.OneToOneField(
        Question, on_delete=models.CASCADE, primary_key=True, related_name="search_document"
    )
    title = models.TextField()
    briefs = models.TextField(blank=True)
    body = models.TextField(blank=True)
    document = SearchVectorField(null=True)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [GinIndex(fields=["document"], name="search_document_gin")]

    def __str__(self) -> str:
        return self.title


class QuestionEmbedding(models.Model):
    """The sentence embedding of one question's title and details (the ``[semantic]`` extra),
    written by a background task after every write that changes them (``search.semantic``).

    ``vector`` holds float16 values, little-endian (``EMBEDDING_DIM`` of them), so vectors
    survive restarts and replicate with the data. A new vector replaces the old row with a new
    one: ``id`` only grows, and app servers follow it as a high-water mark to keep their
    in-process index in step (``search.vector_index``) without a restart.
    """

    id = models.BigAutoField(primary_key=True)
    question = models.OneToOneField(Question, on_delete=models.CASCADE, related_name="embedding")
    model = models.CharField(max_length=64)
    text_hash = models.CharField(max_length=32)
    vector = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"embedding of question {self.question_id} ({self.model})"
