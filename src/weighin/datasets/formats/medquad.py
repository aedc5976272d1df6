"""MedQuAD (Ben Abacha & Demner-Fushman, 2019; CC BY 4.0): question-answer pairs from NIH and
other US government health sites, read from the original XML folder layout or from the JSON
Lines file built from it (`id, source, url, focus, qtype, question, answer`).

Each pair becomes a question (no asker) with one answer attributed to the organisation that
wrote it. Both layouts give the same records and ids, so importing one after the other adds
nothing. Ids are `medquad:<collection>/<qid>`: MedQuAD's qids repeat across collections (GARD
and GHR both have a `0000004-1`), so the collection folder is part of the id.
"""

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from django.utils.text import slugify

from weighin.datasets.readers import JsonlSource, size_text, text_field
from weighin.datasets.records import (
    IMPORTED_BODY_MAX,
    MAX_XML_BYTES,
    AnswerIn,
    BadRecord,
    Item,
    QuestionIn,
    SourceIn,
    TopicIn,
)
from weighin.datasets.text import one_line, tidy_body
from weighin.qa.models import TITLE_MAX

LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
# MedQuAD has no dates. Its release date keeps 16,000 imported pairs out of "newest" lists
# and makes the import reproducible (the same file gives the same rows).
CREATED_AT = datetime(2019, 1, 1, tzinfo=UTC)
TITLE_MIN = 10


def _source(key: str, name: str, url: str) -> SourceIn:
    return SourceIn(key=key, name=name, url=url, licence=LICENCE, licence_url=LICENCE_URL)


COLLECTIONS: dict[str, SourceIn] = {
    "1_CancerGov_QA": _source(
        "cancer-gov", "National Cancer Institute (Cancer.gov)", "https://www.cancer.gov/"
    ),
    "2_GARD_QA": _source("nih-gard", "NIH GARD", "https://rarediseases.info.nih.gov/"),
    "3_GHR_QA": _source(
        "nih-ghr", "NIH Genetics Home Reference", "https://medlineplus.gov/genetics/"
    ),
    "4_MPlus_Health_Topics_QA": _source(
        "nih-medlineplus", "NIH MedlinePlus", "https://medlineplus.gov/"
    ),
    "5_NIDDK_QA": _source("niddk", "NIDDK", "https://www.niddk.nih.gov/"),
    "6_NINDS_QA": _source("ninds", "NINDS", "https://www.ninds.nih.gov/"),
    "7_SeniorHealth_QA": _source(
        "nih-seniorhealth", "NIH SeniorHealth", "https://www.nia.nih.gov/"
    ),
    "8_NHLBI_QA_XML": _source("nhlbi", "NHLBI", "https://www.nhlbi.nih.gov/"),
    "9_CDC_QA": _source("cdc", "CDC", "https://www.cdc.gov/"),
}
SOURCES = {source.key: source for source in COLLECTIONS.values()}
COLLECTION_DIR = re.compile(r"^\d+_\w+$")

# One topic per question type. "information" ("What is (are) X?") is a third of the set and
# says nothing a topic page could use, so it gets none. The focus (5,000 diseases) makes no
# topics; it only links to existing one-word topics it names (see writer.TopicIndex).
QTYPE_TOPICS: dict[str, str] = {
    "symptoms": "Symptoms",
    "treatment": "Treatment",
    "inheritance": "Inheritance",
    "frequency": "How common",
    "genetic changes": "Genetic changes",
    "causes": "Causes",
    "exams and tests": "Exams and tests",
    "research": "Research and clinical trials",
    "outlook": "Outlook",
    "susceptibility": "Who is at risk",
    "considerations": "Living with a condition",
    "prevention": "Prevention",
    "stages": "Stages",
    "complications": "Complications",
    "support groups": "Support groups",
}
NO_TOPIC_QTYPES = frozenset({"information", ""})
QTYPE_SLUGS = frozenset(slugify(name) for name in QTYPE_TOPICS.values())
NO_ANSWER = "no answer (MedQuAD removed the answers of three MedlinePlus collections)"


@lru_cache(maxsize=256)
def qtype_topic(qtype: str) -> TopicIn | None:
    qtype = one_line(qtype).lower()
    if qtype in NO_TOPIC_QTYPES:
        return None
    name = QTYPE_TOPICS.get(qtype) or qtype.capitalize()[:60]
    return TopicIn(slug=slugify(name), name=name)


def looks_like(row: dict[str, Any]) -> bool:
    return {"id", "source", "question", "answer", "qtype"} <= row.keys()


def parse_pair(row: dict[str, Any]) -> QuestionIn:
    """One MedQuAD pair (the JSON Lines fields) as a question with its answer."""
    collection = text_field(row, "source", max_length=100, label="source (collection)")
    if collection not in COLLECTIONS:
        raise BadRecord(f"unknown MedQuAD collection {collection!r}")
    qid = text_field(row, "id", max_length=120)
    title = one_line(text_field(row, "question", max_length=10_000))
    if not TITLE_MIN <= len(title) <= TITLE_MAX:
        raise BadRecord(
            f"question is {len(title)} characters; a title needs {TITLE_MIN} to {TITLE_MAX}"
        )
    body = tidy_body(text_field(row, "answer", max_length=IMPORTED_BODY_MAX, label="answer"))
    url = text_field(row, "url", max_length=500, required=False)
    if url and not url.startswith(("https://", "http://")):
        raise BadRecord(f"url is not a web address: {url[:80]!r}")
    focus = one_line(text_field(row, "focus", max_length=500, required=False))
    topic = qtype_topic(text_field(row, "qtype", max_length=60, required=False))
    external_id = f"medquad:{collection}/{qid}"
    source = COLLECTIONS[collection].key
    answer = AnswerIn.from_source(external_id, body, source=source, created_at=CREATED_AT, url=url)
    return QuestionIn(
        external_id=external_id,
        title=title,
        created_at=CREATED_AT,
        source=source,
        answers=[answer],
        new_topics=[topic] if topic else [],
        focus=focus,
        # FAQ headings written by NIH ("What is (are) Stroke?"), not someone describing what
        # is happening to them: emergency triage could only raise false alarms here.
        triage=False,
    )


def _item(where: str, row: dict[str, Any], sources_seen: set[str]) -> Iterator[Item]:
    if not str(row.get("answer") or "").strip():
        yield Item(where, skipped=NO_ANSWER)
        return
    try:
        question = parse_pair(row)
    except BadRecord as bad:
        yield Item(where, error=bad.message)
        return
    if question.source not in sources_seen:
        sources_seen.add(question.source or "")
        yield Item(where, record=SOURCES[question.source or ""])
    yield Item(where, record=question)


def items(lines: Iterator[tuple[int, dict[str, Any] | BadRecord]]) -> Iterator[Item]:
    """Items from `(line_number, row)` pairs of the JSON Lines layout."""
    seen: set[str] = set()
    for number, row in lines:
        where = f"line {number}"
        if isinstance(row, BadRecord):
            yield Item(where, error=row.message)
        else:
            yield from _item(where, row, seen)


class MedQuadJsonl(JsonlSource):
    """The JSON Lines layout (`../shared/data/medquad.jsonl.gz`), plain or gzip."""

    def parse(self, rows: Iterator) -> Iterator[Item]:
        return items(rows)


class MedQuadXml:
    """The original layout: collection folders (`1_CancerGov_QA/`, ...) of XML documents,
    `<Document id source url><Focus/><QAPairs><QAPair pid><Question qid qtype/><Answer/>`.
    `path` is the folder holding the collections, or one collection folder."""

    unit = "files"

    def __init__(self, path: Path) -> None:
        path = Path(path)
        folders = [path] if COLLECTION_DIR.match(path.name) else _collections(path)
        self.files = [f for folder in folders for f in sorted(folder.glob("*.xml"))]
        self.total = len(self.files)
        self.done = 0

    def position(self) -> int:
        return self.done

    def __iter__(self) -> Iterator[Item]:
        seen: set[str] = set()
        for n, file in enumerate(self.files, start=1):
            self.done = n
            collection = file.parent.name
            name = f"{collection}/{file.name}"
            try:
                pairs = list(read_document(file))
            except BadRecord as bad:
                yield Item(name, error=bad.message)
                continue
            for pid, row in pairs:
                row["source"] = collection
                yield from _item(f"{name}, pair {pid}", row, seen)


def _collections(path: Path) -> list[Path]:
    def number(p: Path) -> int:
        return int(p.name.split("_", 1)[0])

    folders = [p for p in path.iterdir() if p.is_dir() and COLLECTION_DIR.match(p.name)]
    return sorted(folders, key=number)


def _text(element: ET.Element | None) -> str:
    return "" if element is None else (element.text or "")


def read_document(file: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """The pairs of one MedQuAD XML document as JSON-Lines-shaped rows."""
    size = file.stat().st_size
    if size > MAX_XML_BYTES:
        raise BadRecord(f"file is {size_text(size)}, over the {size_text(MAX_XML_BYTES)} limit")
    try:
        # The XML parser does not fetch external entities and expat (>= 2.4.1) caps entity
        # expansion, so a hostile file fails as malformed instead of exhausting memory.
        doc = ET.fromstring(file.read_bytes())  # noqa: S314
    except ET.ParseError as exc:
        raise BadRecord(f"malformed XML: {exc}") from None
    if doc.tag != "Document":
        raise BadRecord(f"not a MedQuAD document (root element <{doc.tag}>)")
    focus = _text(doc.find("Focus"))
    for n, pair in enumerate(doc.iter("QAPair"), start=1):
        question = pair.find("Question")
        pid = pair.get("pid") or str(n)
        yield (
            pid,
            {
                "id": question.get("qid", "") if question is not None else "",
                "url": doc.get("url", ""),
                "focus": focus,
                "qtype": question.get("qtype", "") if question is not None else "",
                "question": _text(question),
                "answer": _text(pair.find("Answer")),
            },
        )


def reader(path: Path) -> MedQuadJsonl | MedQuadXml:
    path = Path(path)
    return MedQuadXml(path) if path.is_dir() else MedQuadJsonl(path)
