"""The weighin export format, version 1 (docs/data-format.md): one JSON object per line.

This module is the one place that knows the format, both ways: `*_record()` functions turn
rows into the public dictionaries that are written (the export, and the privacy feature's
"download my data"), `parse()` turns a line read back into import records. Nothing private is
ever a parameter here: no asker, no email, no user id, no NPI.
"""

import json
from datetime import UTC, datetime
from typing import Any

from weighin.datasets import readers
from weighin.datasets.records import (
    IMPORTED_BODY_MAX,
    AnswerIn,
    BadRecord,
    DoctorIn,
    QuestionIn,
    Record,
    SourceIn,
    SpecialtyIn,
    TopicIn,
)
from weighin.qa.models import BRIEF_MAX, DETAILS_MAX, TITLE_MAX

FORMAT = "weighin-export"
VERSION = 1
MAX_TOPICS_PER_QUESTION = 20  # the ask form allows 5; staff may add more in the admin
MAX_ANSWERS_PER_QUESTION = 10_000


class UnsupportedExport(Exception):
    """The file is not a weighin export this version can read."""


# --- writing ---------------------------------------------------------------------------------


def dumps(record: dict[str, Any]) -> str:
    """One line: compact, UTF-8 text (not \\u escapes), keys in the order they were built,
    so the same rows always give the same bytes."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def export_id(external_id: str | None, pk: int) -> str:
    """A row's id in exports: its id from the data set it was imported from, or ours."""
    return external_id or f"weighin:{pk}"


def timestamp(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def header() -> dict[str, Any]:
    return {"type": FORMAT, "version": VERSION}


def specialty_record(*, slug: str, name: str) -> dict[str, Any]:
    return {"type": "specialty", "slug": slug, "name": name}


def topic_record(*, slug: str, name: str, specialty: str | None) -> dict[str, Any]:
    return {"type": "topic", "slug": slug, "name": name, "specialty": specialty}


def source_record(
    *, key: str, name: str, url: str, licence: str, licence_url: str
) -> dict[str, Any]:
    return {
        "type": "source",
        "key": key,
        "name": name,
        "url": url,
        "licence": licence,
        "licence_url": licence_url,
    }


def doctor_record(
    *, slug: str, full_name: str, credentials: str, specialty: str, bio: str, verified: bool
) -> dict[str, Any]:
    """A doctor's public profile: what their profile page shows, nothing else."""
    return {
        "type": "doctor",
        "slug": slug,
        "full_name": full_name,
        "credentials": credentials,
        "specialty": specialty,
        "bio": bio,
        "verified": verified,
    }


def answer_record(
    *,
    id: str,
    doctor: str | None,
    source: str | None,
    source_url: str,
    brief: str,
    body: str,
    created_at: datetime,
    agreed_by: list[str],
    thank_count: int,
    continued: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    record = {
        "id": id,
        "doctor": doctor,
        "source": source,
        "source_url": source_url,
        "brief": brief,
        "body": body,
        "created_at": timestamp(created_at),
        "agree_count": len(agreed_by),
        "agreed_by": agreed_by,
        "thank_count": thank_count,
    }
    if continued is not None:
        record["continued"] = continued
    return record


def question_record(
    *,
    id: str,
    title: str,
    details: str,
    created_at: datetime,
    source: str | None,
    topics: list[str],
    answers: list[dict[str, Any]],
) -> dict[str, Any]:
    """A question as the public sees it: "A patient asked", never who."""
    return {
        "type": "question",
        "id": id,
        "title": title,
        "details": details,
        "created_at": timestamp(created_at),
        "source": source,
        "topics": topics,
        "answers": answers,
    }


# --- reading ---------------------------------------------------------------------------------


def text_field(row: dict[str, Any], name: str, **kwargs: Any) -> str:
    """Exported text is read back exactly as written (not stripped), so a round trip gives
    the same bytes."""
    return readers.text_field(row, name, strip=False, **kwargs)


def check_header(row: dict[str, Any]) -> None:
    if row.get("type") != FORMAT:
        raise UnsupportedExport(
            f'not a weighin export: the first line must be {{"type": "{FORMAT}", ...}}'
        )
    version = row.get("version")
    if version != VERSION:
        raise UnsupportedExport(
            f"export format version {version!r}; this weighin reads version {VERSION}"
        )


def _slug(row: dict[str, Any], name: str, max_length: int, required: bool = True) -> str | None:
    value = text_field(row, name, max_length=max_length, required=required)
    return value or None


def _int(row: dict[str, Any], name: str) -> int:
    value = row.get(name, 0)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise BadRecord(f"{name} must be a whole number ≥ 0, got {value!r}")
    return value


def _list(row: dict[str, Any], name: str, limit: int) -> list:
    value = row.get(name) or []
    if not isinstance(value, list):
        raise BadRecord(f"{name} must be a list, got {type(value).__name__}")
    if len(value) > limit:
        raise BadRecord(f"{name} has {len(value):,} entries; the limit is {limit:,}")
    return value


def _strings(row: dict[str, Any], name: str, limit: int) -> list[str]:
    values = _list(row, name, limit)
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise BadRecord(f"{name} must be a list of non-empty strings")
    if len(set(values)) != len(values):
        raise BadRecord(f"{name} lists the same entry twice")
    return values


def _datetime(row: dict[str, Any], name: str) -> datetime:
    value = row.get(name)
    try:
        parsed = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is None:
        raise BadRecord(f"{name} must be an ISO 8601 time with a time zone, got {value!r}")
    return parsed


def _answer(row: Any, *, nested: bool) -> AnswerIn:
    if not isinstance(row, dict):
        raise BadRecord("an answer must be a JSON object")
    answer = AnswerIn(
        external_id=text_field(row, "id", max_length=200, label="answer id"),
        brief=text_field(row, "brief", max_length=BRIEF_MAX),
        body=text_field(row, "body", max_length=IMPORTED_BODY_MAX),
        created_at=_datetime(row, "created_at"),
        doctor=_slug(row, "doctor", 120, required=False),
        source=_slug(row, "source", 60, required=False),
        source_url=text_field(row, "source_url", max_length=500, required=False),
        agreed_by=_strings(row, "agreed_by", 100_000),
        thanks=_int(row, "thank_count"),
    )
    where = f"answer {answer.external_id}"
    if answer.doctor is None and answer.source is None:
        raise BadRecord(f"{where} has neither a doctor nor a source")
    if "agree_count" in row and _int(row, "agree_count") != len(answer.agreed_by):
        raise BadRecord(f"{where}: agree_count is not the number of agreed_by doctors")
    if answer.doctor in answer.agreed_by:
        raise BadRecord(f"{where}: a doctor cannot agree with their own answer")
    continued = _list(row, "continued", MAX_ANSWERS_PER_QUESTION)
    if continued and nested:
        raise BadRecord(f"{where}: a continued answer cannot have its own continued answers")
    for child in continued:
        follow_up = _answer(child, nested=True)
        if (follow_up.doctor, follow_up.source) != (answer.doctor, answer.source):
            raise BadRecord(f"answer {follow_up.external_id} continues another author's answer")
        answer.continued.append(follow_up)
    return answer


def _question(row: dict[str, Any]) -> QuestionIn:
    title = text_field(row, "title", max_length=TITLE_MAX)
    question = QuestionIn(
        external_id=text_field(row, "id", max_length=200),
        title=title,
        details=text_field(row, "details", max_length=DETAILS_MAX, required=False),
        created_at=_datetime(row, "created_at"),
        source=_slug(row, "source", 60, required=False),
        topics=_strings(row, "topics", MAX_TOPICS_PER_QUESTION),
        answers=[_answer(a, nested=False) for a in _list(row, "answers", MAX_ANSWERS_PER_QUESTION)],
    )
    doctors = [a.doctor for a in question.answers if a.doctor]
    if len(set(doctors)) != len(doctors):
        raise BadRecord("a doctor has two first answers; later ones belong in 'continued'")
    ids = [a.external_id for a in question.all_answers()]
    if len(set(ids)) != len(ids):
        raise BadRecord("two answers have the same id")
    return question


def parse(row: dict[str, Any]) -> Record:
    """One line of an export (after the header) as an import record; BadRecord if invalid."""
    kind = row.get("type")
    if kind == "question":
        return _question(row)
    if kind == "doctor":
        verified = row.get("verified", False)
        if not isinstance(verified, bool):
            raise BadRecord("verified must be true or false")
        return DoctorIn(
            slug=text_field(row, "slug", max_length=120),
            full_name=text_field(row, "full_name", max_length=120),
            credentials=text_field(row, "credentials", max_length=40, required=False),
            specialty=text_field(row, "specialty", max_length=80),
            bio=text_field(row, "bio", max_length=2000, required=False),
            verified=verified,
        )
    if kind == "topic":
        return TopicIn(
            slug=text_field(row, "slug", max_length=60),
            name=text_field(row, "name", max_length=60),
            specialty=_slug(row, "specialty", 80, required=False),
        )
    if kind == "source":
        return SourceIn(
            key=text_field(row, "key", max_length=60),
            name=text_field(row, "name", max_length=120),
            url=text_field(row, "url", max_length=200, required=False),
            licence=text_field(row, "licence", max_length=60, required=False),
            licence_url=text_field(row, "licence_url", max_length=200, required=False),
        )
    if kind == "specialty":
        return SpecialtyIn(
            slug=text_field(row, "slug", max_length=80),
            name=text_field(row, "name", max_length=80),
        )
    if kind == FORMAT:
        raise BadRecord("a second export header: were two exports joined together?")
    raise BadRecord(f"unknown record type {kind!r}")
