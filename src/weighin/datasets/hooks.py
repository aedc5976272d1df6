"""What other parts of weighin do to imported questions: emergency triage (safety) before
they are stored, search indexing after.

Both run inside each batch's transaction, so a batch's questions, their triage and their
search documents are committed together (an interrupted import leaves nothing half-done).
"""

import logging
from collections.abc import Sequence
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


def search_document(
    question_id: int,
    title: str,
    details: str,
    answers: Sequence[tuple[str, str]],
    topics: Sequence[str],
) -> Any:
    """The search document of a question just written: `answers` are its visible answers'
    (brief, body) in the search index's order, `topics` its topic names in name order."""
    from weighin.search.indexing import build_document

    return build_document(question_id, title, details, answers, topics)


def after_import(documents: Sequence[Any]) -> None:
    """Index the new questions for search: one bulk write of the documents the import built
    from the rows it wrote (`search_document`), in the batch's transaction, without reading
    them back. Embeddings for the semantic features are not stored yet
    (search/embeddings.py computes them on demand); when they are, their bulk builder
    belongs here too."""
    if not documents:
        return
    from weighin.search.indexing import index_documents

    written = index_documents(documents)
    log.debug("indexed %d imported questions", written)
