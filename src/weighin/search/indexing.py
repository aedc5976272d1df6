"""Keeping the search index in step with questions and answers.

The qa services call `index_question` through `transaction.on_commit` after every write that
changes searchable text (asking, editing, answering, editing an answer), so the index never
holds text that was rolled back and a slow index write never holds a write lock. `reindex`
rebuilds everything in batches. Every index write bumps the search generation, the version
that cached related-question lists are keyed by.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from django.core.cache import cache
from django.db import transaction

from weighin.core import clock_counter
from weighin.qa.models import Answer, Question
from weighin.search import semantic
from weighin.search.backends import get_backend
from weighin.search.backends.base import MARK_END, MARK_START, Document

GENERATION_KEY = "search:generation"
# A question with hundreds of long answers still makes one bounded document; the answers
# doctors agree with most come first, so they are the ones kept.
MAX_BODY_CHARS = 100_000
_UNSEARCHABLE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f{MARK_START}{MARK_END}]")


# The ASCII characters of _UNSEARCHABLE, as bytes (the marks are not ASCII).
_UNSEARCHABLE_ASCII = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def _clean(text: str) -> str:
    text = text or ""
    # Almost every text is ASCII without control characters: checked as bytes (3x faster
    # than the expression, which an import runs over every answer body).
    if text.isascii():
        data = text.encode("ascii")
        if len(data.translate(None, _UNSEARCHABLE_ASCII)) == len(data):
            return text
    return _UNSEARCHABLE.sub(" ", text)


class DocumentText(NamedTuple):
    """A question's searchable text without its topics: what `complete_document` completes
    once the topic names are known. An import computes it while reading the file, before it
    knows which topics the database has (`document_text`)."""

    title: str
    briefs: str
    body: str  # the details and the answer bodies, at most MAX_BODY_CHARS


def document_text(title: str, details: str, answers: Iterable[tuple[str, str]]) -> DocumentText:
    """`answers` are the question's visible answers' (brief, body) in index order (most
    agreed with first, then most thanked, then oldest)."""
    answers = list(answers)
    body = "\n\n".join(p for p in (details, *(text for _, text in answers)) if p)
    return DocumentText(
        title=_clean(title),
        briefs=_clean("\n".join(brief for brief, _ in answers)),
        body=_clean(body[:MAX_BODY_CHARS]),
    )


def complete_document(question_id: int, text: DocumentText, topics: Iterable[str]) -> Document:
    """The document of one question from its text and its topic names in name order.
    (_clean replaces character for character, so cleaning the parts is cleaning the
    whole.)"""
    names = _clean(" ".join(topics))
    body = f"{text.body}\n\n{names}" if text.body and names else text.body or names
    return Document(
        question_id=question_id, title=text.title, briefs=text.briefs, body=body[:MAX_BODY_CHARS]
    )


def build_document(
    question_id: int,
    title: str,
    details: str,
    answers: Iterable[tuple[str, str]],
    topics: Iterable[str],
) -> Document:
    """The document of one question: `answers` are its visible answers' (brief, body) in
    index order (most agreed with first, then most thanked, then oldest) and `topics` its
    topic names in name order. `documents()` reads these from the database; an import builds
    them from the records it has just written (`document_text`, `complete_document`)."""
    return complete_document(question_id, document_text(title, details, answers), topics)


def documents(question_ids: Iterable[int]) -> list[Document]:
    """The documents of these questions, by question id (missing ids are skipped): three
    queries."""
    ids = list(question_ids)
    questions = (
        Question.objects.filter(pk__in=ids)
        .prefetch_related("topics")
        .only("pk", "title", "details")
        .order_by("pk")
    )
    answers: dict[int, list[tuple[str, str]]] = defaultdict(list)
    answers_of = Answer.objects.filter(question_id__in=ids)
    if any(f.name == "is_hidden" for f in Answer._meta.get_fields()):
        answers_of = answers_of.filter(is_hidden=False)  # removed by a moderator
    rows = answers_of.order_by(
        "question_id", "-agree_count", "-thank_count", "created_at", "id"
    ).values_list("question_id", "brief", "body")
    for question_id, brief, body in rows:
        answers[question_id].append((brief, body))
    return [
        build_document(q.pk, q.title, q.details, answers[q.pk], (t.name for t in q.topics.all()))
        for q in questions
    ]


def bump_generation() -> int:
    """Every index write moves the generation on, so cached lists built from the index
    (related questions) are rebuilt on their next read."""
    return clock_counter.bump(GENERATION_KEY)


def generation() -> int:
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, clock_counter.start(), timeout=None)
        value = cache.get(GENERATION_KEY) or clock_counter.start()
    return value


def index_questions(question_ids: Iterable[int], *, embed: bool = True) -> int:
    """(Re)write the documents of these questions, and drop those of questions that no longer
    exist; with `embed`, also have their embeddings brought up to date in the background
    (when semantic matching is on). Returns how many documents were written."""
    ids = sorted(set(question_ids))
    if not ids:
        return 0
    docs = documents(ids)
    backend = get_backend()
    with transaction.atomic():
        backend.write(docs)
        gone = sorted(set(ids) - {d.question_id for d in docs})
        backend.delete(gone)
    bump_generation()
    if embed:
        semantic.schedule(d.question_id for d in docs)
    return len(docs)


def index_documents(docs: Iterable[Document]) -> int:
    """Write documents the caller built with `build_document` from rows it has just written
    in the current transaction (a bulk import: no need to read them back). Returns how many
    were written."""
    docs = sorted(docs, key=lambda d: d.question_id)
    if not docs:
        return 0
    with transaction.atomic():
        get_backend().write(docs)
    bump_generation()
    return len(docs)


def index_question(question_id: int) -> None:
    index_questions([question_id])


def batches(batch_size: int) -> Iterator[list[int]]:
    """Every question id, in ascending batches (keyset: stable while questions are added)."""
    last = 0
    while True:
        ids = list(
            Question.objects.filter(pk__gt=last)
            .order_by("pk")
            .values_list("pk", flat=True)[:batch_size]
        )
        if not ids:
            return
        yield ids
        last = ids[-1]


def clear_index() -> None:
    with transaction.atomic():
        get_backend().clear()
    bump_generation()
