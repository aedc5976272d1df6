"""What the format readers hand to the writer: plain records, validated, not yet in the
database. Doctors, sources, topics and specialties are referred to by slug or key."""

from dataclasses import dataclass, field
from datetime import datetime

from weighin.datasets.text import brief_from
from weighin.qa.models import BRIEF_MAX

# Imported answers are public-health pages or another site's answers, longer than what a
# doctor writes here (5,000): up to this many characters are accepted, longer is refused.
IMPORTED_BODY_MAX = 100_000
MAX_LINE_BYTES = 4 * 1024 * 1024
MAX_XML_BYTES = 32 * 1024 * 1024


class BadRecord(Exception):
    """A record that cannot be imported; the message says why, for a person to read."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(slots=True)
class SpecialtyIn:
    slug: str
    name: str

    @property
    def ident(self) -> str:
        return f"specialty {self.slug}"


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


@dataclass(slots=True)
class TopicIn:
    slug: str
    name: str
    specialty: str | None = None

    @property
    def ident(self) -> str:
        return f"topic {self.slug}"


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

    @property
    def ident(self) -> str:
        return self.external_id

    def all_answers(self) -> list[AnswerIn]:
        return [a for first in self.answers for a in first.all()]


Record = SpecialtyIn | SourceIn | TopicIn | DoctorIn | QuestionIn


@dataclass(slots=True)
class Item:
    """One record read from a file, with where it was (`line 12`, `3_GHR_QA/0000004.xml`).
    Exactly one of `record`, `error` (a bad record) or `skipped` (nothing to import) is set."""

    where: str
    record: Record | None = None
    error: str | None = None
    skipped: str | None = None
