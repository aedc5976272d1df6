"""What other parts of weighin do to imported questions: emergency triage (safety) before
they are stored, search indexing after (embeddings: after the whole import, command.py).

Both run inside each batch's transaction, so a batch's questions, their triage and their
search documents are committed together (an interrupted import leaves nothing half-done).
"""

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from weighin.qa.models import Question

log = logging.getLogger(__name__)
_NOT_ASSESSED = {
    name: Question._meta.get_field(name).get_default()
    for name in ("triage_level", "triage_category")
}


def question_fields(title: str, details: str, *, assess: bool = True) -> dict[str, Any]:
    """Columns set when a question is stored, as `ask_question` sets them: the emergency
    triage of its text, so an imported patient message describing an emergency gets the
    same banner and queue priority as one asked here. Without `assess`: the defaults."""
    if not assess:
        return dict(_NOT_ASSESSED)
    from weighin.safety import triage  # compiles its rules on import: only when needed

    assessment = triage.assess(f"{title}\n{details}")
    return {"triage_level": assessment.level, "triage_category": assessment.category}


def search_text(title: str, details: str, answers: Sequence[tuple[str, str]]) -> Any:
    """The searchable text of a question before its topics are known: `answers` are its
    visible answers' (brief, body) in the search index's order. Pure: the reader process
    computes it (prepare.py)."""
    from weighin.search.indexing import document_text

    return document_text(title, details, answers)


def search_document(question_id: int, text: Any, topics: Sequence[str]) -> Any:
    """The search document of a question just written, from its `search_text` and its topic
    names in name order."""
    from weighin.search.indexing import complete_document

    return complete_document(question_id, text, topics)


def after_import(
    documents: Sequence[Any],
    vectors: Sequence[bytes] | None = None,
    indexed_at: datetime | None = None,
) -> int:
    """Index the new questions for search: one bulk write of the documents the import built
    from the records it wrote (`search_document`), in the batch's transaction, without
    reading them back. With `vectors` (PostgreSQL: computed aside by
    `postgres.compute_vectors`, see indexer.py) they are copied in as they are. Returns how
    many were written. Embeddings (the semantic extra) are not computed here, in the
    batch: the import command embeds what is missing once the import has committed
    (`ImportCommand.embed`, `search.semantic.embed_missing`)."""
    if not documents:
        return 0
    from weighin.search import indexing

    if vectors is None:
        written = indexing.index_documents(documents)
    else:
        from weighin.search.backends import get_backend

        get_backend().copy_new(documents, vectors, indexed_at)  # type: ignore[attr-defined]
        indexing.bump_generation()
        written = len(documents)
    log.debug("indexed %d imported questions", written)
    return written
