"""What the format readers hand to the writer: plain records, validated, not yet in the
database. Doctors, sources, topics and specialties are referred to by slug or key."""

from dataclasses import dataclass, field, fields
from datetime import datetime
from operator import attrgetter
from typing import Any, NamedTuple

from weighin.datasets.text import brief_from
from weighin.qa.models import BRIEF_MAX

# Imported answers are public-health pages or another site's answers, longer than what a
# doctor writes here (5,000): up to this many characters are accepted, longer is refused.
IMPORTED_BODY_MAX = 100_000
MAX_LINE_BYTES = 4 * 1024 * 1024
MAX_XML_BYTES = 32 * 1024 * 1024


def _compact_pickle(cls: type) -> type:
    """Pickle as the class and its field values: the reader process sends every record to the
    writer (pipeline.py), and the default for a slotted dataclass (its state, set back slot by
    slot) took about twice as long to dump and to load."""
    values = attrgetter(*(f.name for f in fields(cls)))  # a tuple: every class has 2+ fields

    def __reduce__(self: Any) -> tuple[type, tuple]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls


class BadRecord(Exception):
    """A record that cannot be imported; the message says why, for a person to read."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@_compact_pickle
@dataclass(slots=True)
class SpecialtyIn:
    slug: str
    name: str

    @property
    def ident(self) -> str:
        return f"specialty {self.slug}"


@_compact_pickle
@dataclass(slots=True)
class SourceIn:
    key: str
    name: str
    url: str = ""
    licence: str = ""
    licence_url: str = ""

    @property
    def ident(self) -> str:
        return f"source {self.key}"


@_compact_pickle
@dataclass(slots=True)
class TopicIn:
    slug: str
    name: str
    specialty: str | None = None

    @property
    def ident(self) -> str:
        return f"topic {self.slug}"


@_compact_pickle
@dataclass(slots=True)
class DoctorIn:
    slug: str
    full_name: str
    credentials: str
    specialty: str
    bio: str = ""
    verified: bool = False

    @property
    def ident(self) -> str:
        return f"doctor {self.slug}"


@_compact_pickle
@dataclass(slots=True)
class AnswerIn:
    external_id: str
    brief: str
    body: str
    created_at: datetime
    doctor: str | None = None  # a doctor's profile slug, or
    source: str | None = None  # a source key
    source_url: str = ""
    agreed_by: list[str] = field(default_factory=list)  # doctor slugs
    thanks: int = 0
    continued: list["AnswerIn"] = field(default_factory=list)

    def all(self) -> list["AnswerIn"]:
        return [self, *self.continued]

    @classmethod
    def from_source(
        cls, question_id: str, body: str, *, source: str, created_at: datetime, url: str = ""
    ) -> "AnswerIn":
        """A public data set's one answer to a question: attributed to its source, with the
        question's external id + ":answer" and its first sentence as the "In brief"."""
        return cls(
            external_id=f"{question_id}:answer",
            brief=brief_from(body, BRIEF_MAX, tidy=False),
            body=body,
            created_at=created_at,
            source=source,
            source_url=url,
        )


class Prepared(NamedTuple):
    """What the writer needs of a question that the record alone decides (prepare.py)."""

    slug: str
    fields: dict[str, Any]  # columns set at creation besides the record's own (triage)
    text: tuple[str, str, str] | None  # search.indexing.DocumentText, when indexing
    tag_slugs: tuple[str, ...]  # slugify(tag) for each of `tags`
    focus_words: tuple[str, ...]  # the words of `focus`, as slugs


@_compact_pickle
@dataclass(slots=True)
class QuestionIn:
    external_id: str
    title: str
    created_at: datetime
    details: str = ""
    source: str | None = None
    answers: list[AnswerIn] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)  # slugs that must exist
    new_topics: list[TopicIn] = field(default_factory=list)  # created when missing
    tags: list[str] = field(default_factory=list)  # linked only if a topic has this slug/name
    focus: str = ""  # linked to existing one-word topics named in it ("Skin Cancer")
    triage: bool = True  # a patient's own words: assess them for emergencies
    prepared: Prepared | None = None  # computed ahead by the reader process (prepare.py)

    @property
    def ident(self) -> str:
        return self.external_id

    def all_answers(self) -> list[AnswerIn]:
        """The answers, then the follow-ups of each (not to be changed in place)."""
        answers = self.answers
        if len(answers) == 1 and not answers[0].continued:  # the data sets' one answer
            return answers
        return [a for first in answers for a in first.all()]


Record = SpecialtyIn | SourceIn | TopicIn | DoctorIn | QuestionIn


@_compact_pickle
@dataclass(slots=True)
class Item:
    """One record read from a file, with where it was (`line 12`, `3_GHR_QA/0000004.xml`).
    Exactly one of `record`, `error` (a bad record) or `skipped` (nothing to import) is set."""

    where: str
    record: Record | None = None
    error: str | None = None
    skipped: str | None = None
