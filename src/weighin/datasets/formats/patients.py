"""Patient questions with the answers their doctors gave on consultation sites (iCliniq,
eHealth Forum, Question Doctors; LasseRegin/medical-question-answer-data, gathered May 2017):
JSON Lines with `id, source, question, answer, tags[]`.

The answers are attributed to the site as a source, never to weighin doctors: we cannot
verify who wrote them. Tags link to topics only when a topic with that slug or name exists
(the set has 2,700 distinct tags; they would drown the topic list).
"""

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from weighin.datasets.readers import JsonlSource, text_field
from weighin.datasets.records import (
    IMPORTED_BODY_MAX,
    AnswerIn,
    BadRecord,
    Item,
    QuestionIn,
    SourceIn,
)
from weighin.datasets.text import tidy_body, title_from
from weighin.qa.models import DETAILS_MAX, TITLE_MAX

CREATED_AT = datetime(2017, 5, 1, tzinfo=UTC)  # when the set was gathered; it has no dates
TITLE_MIN = 10
MAX_TAGS = 20

SITES: dict[str, SourceIn] = {
    "icliniq": SourceIn(key="icliniq", name="iCliniq", url="https://www.icliniq.com/"),
    "ehealthforum": SourceIn(
        key="ehealthforum", name="eHealth Forum", url="https://ehealthforum.com/"
    ),
    "questionDoctor": SourceIn(
        key="question-doctors", name="Question Doctors", url="https://questiondoctors.com/"
    ),
}
NO_ANSWER = "no answer to import"


def looks_like(row: dict[str, Any]) -> bool:
    return {"id", "source", "question", "answer"} <= row.keys() and "qtype" not in row


def parse_row(row: dict[str, Any]) -> QuestionIn:
    site = text_field(row, "source", max_length=60)
    if site not in SITES:
        raise BadRecord(f"unknown source site {site!r} (known: {', '.join(SITES)})")
    rid = text_field(row, "id", max_length=120)
    text = tidy_body(text_field(row, "question", max_length=DETAILS_MAX))
    title = title_from(text, TITLE_MAX)
    if len(title) < TITLE_MIN:
        raise BadRecord(f"question is {len(title)} characters; a title needs at least {TITLE_MIN}")
    body = tidy_body(text_field(row, "answer", max_length=IMPORTED_BODY_MAX))
    tags = row.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise BadRecord("tags must be a list of strings")
    external_id = f"patient-qa:{rid}"
    source = SITES[site].key
    answer = AnswerIn.from_source(external_id, body, source=source, created_at=CREATED_AT)
    return QuestionIn(
        external_id=external_id,
        title=title,
        details=text if text != title else "",
        created_at=CREATED_AT,
        source=source,
        answers=[answer],
        tags=[t.strip()[:100] for t in tags[:MAX_TAGS] if t.strip()],
    )


def items(lines: Iterator[tuple[int, dict[str, Any] | BadRecord]]) -> Iterator[Item]:
    seen: set[str] = set()
    for number, row in lines:
        where = f"line {number}"
        if isinstance(row, BadRecord):
            yield Item(where, error=row.message)
            continue
        if not str(row.get("answer") or "").strip():
            yield Item(where, skipped=NO_ANSWER)
            continue
        try:
            question = parse_row(row)
        except BadRecord as bad:
            yield Item(where, error=bad.message)
            continue
        site = row["source"].strip()
        if site not in seen:
            seen.add(site)
            yield Item(where, record=SITES[site])
        yield Item(where, record=question)


class PatientsJsonl(JsonlSource):
    def parse(self, rows: Iterator) -> Iterator[Item]:
        return items(rows)
