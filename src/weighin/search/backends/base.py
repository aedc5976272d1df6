"""What every search backend offers: write documents, find question ids for a query plan, and
mark the matches in a page of results.

Backends receive a QueryPlan (plain words grouped by meaning, see search.analysis), never the
text a person typed, and build their engine's query from it, quoting every word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from weighin.search.analysis import Group, QueryPlan, stem

Mode = Literal["all", "any"]

# Marks around matched words in highlights: Unicode private-use characters, removed from every
# document before it is indexed, so they can only come from the engine.
MARK_START, MARK_END = "\ue000", "\ue001"

# Relative importance of the question title, the answers' In brief headlines, and the rest
# (details, topics, answer bodies).
TITLE_WEIGHT, BRIEF_WEIGHT, BODY_WEIGHT = 10.0, 4.0, 1.0


@dataclass(frozen=True)
class Document:
    question_id: int
    title: str
    briefs: str
    body: str


@dataclass(frozen=True)
class Filter:
    """Conditions on qa_question (alias `q`): a SQL condition with its parameters, a question
    to leave out, and whether answered questions come before the rest."""

    sql: str = ""
    params: tuple = ()
    exclude_id: int | None = None
    answered_first: bool = False
    # True when the conditions keep only part of the published questions (a topic, a
    # specialty, answered only): an estimate made over the whole collection does not hold.
    narrows: bool = False

    def extend(self, sql: str, params: list) -> tuple[str, list]:
        """Both engines' WHERE clause: the match condition given, then these conditions."""
        if self.sql:
            sql += f" AND {self.sql}"
            params.extend(self.params)
        if self.exclude_id is not None:
            sql += " AND q.id <> %s"
            params.append(self.exclude_id)
        return sql, params


@dataclass(frozen=True)
class Hit:
    question_id: int
    score: float  # higher is better, whatever the engine's own convention


@dataclass(frozen=True)
class Snippet:
    title: str  # the title with matches between MARK_START and MARK_END
    body: str  # a fragment of the details and answers, marked the same way


def prefix_stem(word: str) -> str | None:
    """Match "treatment" also as "treated" and "treats": the engines' stemmers keep
    derivational endings apart, so a word with such an ending is searched as the prefix of its
    light stem. Short stems would match too much ("car" in "cardiac"), so only 5+ letters."""
    base = stem(word)
    if base != word and len(base) >= 5 and base.isalpha():
        return base
    return None


def repetitions(group: Group, weighted: bool) -> int:
    return max(1, int(group.weight + 0.5)) if weighted else 1


class Backend(Protocol):
    vendor: str

    def write(self, documents: list[Document]) -> None: ...

    def delete(self, question_ids: list[int]) -> None: ...

    def clear(self) -> None: ...

    def search(
        self,
        plan: QueryPlan,
        *,
        mode: Mode,
        filter: Filter,
        limit: int,
        offset: int = 0,
        weighted: bool = False,
    ) -> list[Hit]: ...

    def count(self, plan: QueryPlan, *, mode: Mode, filter: Filter, cap: int) -> int: ...

    def snippets(self, plan: QueryPlan, question_ids: list[int]) -> dict[int, Snippet]: ...
