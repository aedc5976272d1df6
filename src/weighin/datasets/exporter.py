"""Streaming all public content as the weighin export format (serializers.py).

Constant memory whatever the size: questions are read in keyset chunks by id (no long-lived
server-side cursor, each chunk an index range scan), and each chunk's topics, answers and
agreements come in one query each. Output order is deterministic (references by slug or key,
questions by id, answers by id), so the same database always gives the same bytes.

Public means: published questions, answers not hidden by a moderator, doctors who are
verified or whose name appears next to an exported answer or agreement. Never the asker,
emails, user ids, NPI numbers, or who thanked what (thanks are counts).
"""

import gzip
import zlib
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any

from django.db import connection, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet

from weighin.datasets import serializers as s
from weighin.doctors.models import DoctorProfile, Specialty
from weighin.qa.models import Agreement, Answer, Question, Source, Topic

CHUNK_SIZE = 500
_COMPRESS_FLUSH = 256 * 1024


def public_questions() -> QuerySet[Question]:
    return Question.objects.filter(status=Question.Status.PUBLISHED)


def _public_answers() -> QuerySet[Answer]:
    # An answer whose doctor profile was deleted has no public author to name: left out.
    return Answer.objects.filter(is_hidden=False).filter(
        Q(author__doctor_profile__isnull=False) | Q(source__isnull=False)
    )


def public_doctors() -> QuerySet[DoctorProfile]:
    published = Question.Status.PUBLISHED
    answered = Answer.objects.filter(
        author=OuterRef("user"), is_hidden=False, question__status=published
    )
    agreed = Agreement.objects.filter(
        doctor=OuterRef("user"), answer__is_hidden=False, answer__question__status=published
    )
    return (
        DoctorProfile.objects.filter(Q(verified=True) | Exists(answered) | Exists(agreed))
        .select_related("specialty")
        .order_by("slug")
    )


def reference_records() -> Iterator[dict[str, Any]]:
    """Specialties, topics, sources and doctors: what question records refer to."""
    for slug, name in Specialty.objects.order_by("slug").values_list("slug", "name"):
        yield s.specialty_record(slug=slug, name=name)
    topics = Topic.objects.order_by("slug").values_list("slug", "name", "specialty__slug")
    for slug, name, specialty in topics:
        yield s.topic_record(slug=slug, name=name, specialty=specialty)
    for source in Source.objects.order_by("key"):
        yield s.source_record(
            key=source.key,
            name=source.name,
            url=source.url,
            licence=source.licence,
            licence_url=source.licence_url,
        )
    for p in public_doctors().iterator(chunk_size=CHUNK_SIZE):
        yield s.doctor_record(
            slug=p.slug,
            full_name=p.full_name,
            credentials=p.credentials,
            specialty=p.specialty.slug,
            bio=p.bio,
            verified=p.verified,
        )


def question_records(
    queryset: QuerySet[Question] | None = None, *, chunk_size: int = CHUNK_SIZE
) -> Iterator[dict[str, Any]]:
    """Question records (answers nested) of `queryset` (default: all public questions), in
    id order. The privacy feature passes a user's own questions here."""
    queryset = public_questions() if queryset is None else queryset
    last = 0
    while True:
        chunk = list(
            queryset.filter(pk__gt=last)
            .order_by("pk")
            .values("pk", "external_id", "title", "details", "created_at", "source__key")[
                :chunk_size
            ]
        )
        if not chunk:
            return
        yield from _chunk_records(chunk)
        last = chunk[-1]["pk"]


def _chunk_records(questions: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    ids = [q["pk"] for q in questions]
    topics: dict[int, list[str]] = defaultdict(list)
    links = Question.topics.through.objects.filter(question_id__in=ids).order_by("topic__slug")
    for question_id, slug in links.values_list("question_id", "topic__slug"):
        topics[question_id].append(slug)
    answers = list(
        _public_answers()
        .filter(question_id__in=ids)
        .order_by("pk")
        .values(
            "pk",
            "question_id",
            "parent_id",
            "author_id",
            "external_id",
            "author__doctor_profile__slug",
            "source__key",
            "source_url",
            "brief",
            "body",
            "created_at",
            "thank_count",
        )
    )
    agreed: dict[int, list[str]] = defaultdict(list)
    agreements = Agreement.objects.filter(
        answer_id__in=[a["pk"] for a in answers], doctor__doctor_profile__isnull=False
    ).order_by("pk")
    for answer_id, slug in agreements.values_list("answer_id", "doctor__doctor_profile__slug"):
        agreed[answer_id].append(slug)
    question_ids = export_ids(Question, questions)
    answer_ids = export_ids(Answer, answers)
    nested = _nest(answers, agreed, answer_ids)
    for q in questions:
        yield s.question_record(
            id=question_ids[q["pk"]],
            title=q["title"],
            details=q["details"],
            created_at=q["created_at"],
            source=q["source__key"],
            topics=topics[q["pk"]],
            answers=nested[q["pk"]],
        )


def _nest(
    answers: list[dict[str, Any]], agreed: dict[int, list[str]], ids: dict[int, str]
) -> dict[int, list[dict[str, Any]]]:
    """First answers with their follow-ups under `continued`. When a first answer was hidden
    by a moderator, the doctor's earliest visible follow-up takes its place."""
    visible = {a["pk"] for a in answers}
    promoted: dict[tuple[int, int | None], int] = {}
    firsts: dict[int, dict[str, Any]] = {}
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for a in answers:
        parent = a["parent_id"] if a["parent_id"] in visible else None
        if a["parent_id"] and parent is None:
            parent = promoted.setdefault((a["question_id"], a["author_id"]), a["pk"])
            parent = None if parent == a["pk"] else parent
        record = s.answer_record(
            id=ids[a["pk"]],
            doctor=a["author__doctor_profile__slug"],
            source=a["source__key"],
            source_url=a["source_url"],
            brief=a["brief"],
            body=a["body"],
            created_at=a["created_at"],
            agreed_by=agreed[a["pk"]],
            thank_count=a["thank_count"],
            continued=None if parent else [],
        )
        if parent:
            firsts[parent]["continued"].append(record)
        else:
            firsts[a["pk"]] = record
            out[a["question_id"]].append(record)
    return out


def export_ids(model: type[Question] | type[Answer], rows: list[dict[str, Any]]) -> dict[int, str]:
    """Each row's export id: its external id, or `weighin:<pk>`. A row imported from another
    weighin site may hold `weighin:<n>` as its external id while a local row has pk n; the
    local row then becomes `weighin:<n>:2` (the first free suffix), so ids stay unique."""
    ids = {r["pk"]: r["external_id"] for r in rows if r["external_id"]}
    wanted = {f"weighin:{r['pk']}": r["pk"] for r in rows if not r["external_id"]}
    clashes = set(
        model.objects.filter(external_id__in=list(wanted)).values_list("external_id", flat=True)
    )
    for name, pk in wanted.items():
        candidate, n = name, 1
        while candidate in clashes or (
            n > 1 and model.objects.filter(external_id=candidate).exists()
        ):
            n += 1
            candidate = f"{name}:{n}"
        ids[pk] = candidate
    return ids


def export_records(*, chunk_size: int = CHUNK_SIZE) -> Iterator[dict[str, Any]]:
    yield s.header()
    yield from reference_records()
    yield from question_records(chunk_size=chunk_size)


@contextmanager
def snapshot() -> Iterator[None]:
    """On PostgreSQL, read everything from one snapshot (REPEATABLE READ, read only), so an
    export taken while people post is consistent. SQLite exports read live rows: a read
    transaction there would take the write lock (IMMEDIATE mode) for the whole export."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        yield
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


@dataclass
class ExportCounts:
    questions: int = 0
    answers: int = 0
    doctors: int = 0

    def count(self, record: dict[str, Any]) -> None:
        if record["type"] == "question":
            self.questions += 1
            self.answers += sum(1 + len(a["continued"]) for a in record["answers"])
        elif record["type"] == "doctor":
            self.doctors += 1


def write_export(out: IO[bytes], *, compress: bool = False, on_question=None) -> ExportCounts:
    """Write the whole export to a binary stream (gzip with a zero timestamp and no file name
    when `compress`, so equal content gives equal bytes)."""
    counts = ExportCounts()
    target: IO[bytes] = out
    if compress:
        target = gzip.GzipFile(fileobj=out, mode="wb", filename="", mtime=0)
    try:
        with snapshot():
            for record in export_records():
                target.write(s.dumps(record).encode())
                counts.count(record)
                if on_question and record["type"] == "question":
                    on_question(counts)
    finally:
        if compress:
            target.close()
    return counts


def stream_export(*, compress: bool = True) -> Iterator[bytes]:
    """The export as chunks of bytes, for a streaming HTTP response."""
    packer = zlib.compressobj(6, zlib.DEFLATED, 31) if compress else None  # 31: gzip framing
    buffer: list[bytes] = []
    size = 0
    with snapshot():
        for record in export_records():
            data = s.dumps(record).encode()
            if packer:
                data = packer.compress(data)
            if data:
                buffer.append(data)
                size += len(data)
            if size >= _COMPRESS_FLUSH:
                yield b"".join(buffer)
                buffer, size = [], 0
    if packer:
        buffer.append(packer.flush())
    yield b"".join(buffer)
