"""Writing one batch of import records: bulk inserts, counters set at creation.

The caller (`importer.run_import`) wraps each batch in its own transaction. Everything here
is set so that `manage.py recount` finds nothing to change: a question's answer_count and
weighed_in_count, an answer's agree_count and thank_count (= imported_thanks), a doctor's
answer_count, agrees_received and thanks_received.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db.models import F
from django.utils import timezone

from weighin.accounts.models import User
from weighin.datasets import bulk, hooks
from weighin.datasets.formats.medquad import QTYPE_SLUGS
from weighin.datasets.indexer import BatchIndexer
from weighin.datasets.prepare import prepared
from weighin.datasets.records import (
    AnswerIn,
    BadRecord,
    DoctorIn,
    Prepared,
    QuestionIn,
    Record,
    SourceIn,
    SpecialtyIn,
    TopicIn,
)
from weighin.doctors.models import DoctorProfile, Specialty
from weighin.qa.models import MAX_TOPICS, Agreement, Answer, Question, Source, Topic

IMPORTED_EMAIL_DOMAIN = "imported.invalid"  # RFC 2606: can never receive mail


@dataclass
class BatchResult:
    new: int = 0
    answers: int = 0
    present: int = 0
    created: Counter = field(default_factory=Counter)
    bad: list[tuple[str, str]] = field(default_factory=list)
    question_ids: list[int] = field(default_factory=list)


class TopicIndex:
    """Topics by slug and by name, and the one-word topics a MedQuAD focus can name."""

    def __init__(self) -> None:
        self.by_slug: dict[str, int] = {}
        self.by_name: dict[str, int] = {}
        self.words: dict[str, int] = {}
        self._order: dict[int, tuple[int, str]] | None = None
        for pk, slug, name in Topic.objects.values_list("pk", "slug", "name"):
            self._add(pk, slug, name)

    def _add(self, pk: int, slug: str, name: str) -> None:
        self.by_slug[slug] = pk
        self.by_name.setdefault(name.casefold(), pk)
        if "-" not in slug and slug not in QTYPE_SLUGS:
            self.words.setdefault(slug, pk)

    def ensure(self, topic: TopicIn, specialty_id: int | None = None) -> bool:
        """Make sure the topic exists; a topic of the same name under another slug stands in
        for it. True if it was created."""
        if topic.slug in self.by_slug:
            return False
        same_name = self.by_name.get(topic.name.casefold())
        if same_name is not None:
            self.by_slug[topic.slug] = same_name
            return False
        created = Topic.objects.create(slug=topic.slug, name=topic.name, specialty_id=specialty_id)
        self._add(created.pk, created.slug, created.name)
        self._order = None
        return True

    def names(self, topic_ids: list[int]) -> list[str]:
        """The names of these topics in the database's own name order (its collation), the
        order the search index lists a question's topics in."""
        if self._order is None:
            rows = Topic.objects.order_by("name").values_list("pk", "name")
            self._order = {pk: (n, name) for n, (pk, name) in enumerate(rows)}
        return [self._order[pk][1] for pk in sorted(topic_ids, key=lambda pk: self._order[pk])]

    def for_question(self, question: QuestionIn, ready: Prepared) -> list[int]:
        ids: list[int] = []
        for slug in question.topics:
            if slug not in self.by_slug:
                raise BadRecord(f"unknown topic {slug!r}")
            ids.append(self.by_slug[slug])
        ids += [self.by_slug[t.slug] for t in question.new_topics]
        for tag, slug in zip(question.tags, ready.tag_slugs, strict=True):
            pk = self.by_slug.get(slug) or self.by_name.get(tag.casefold())
            if pk is not None:
                ids.append(pk)
        ids += [self.words[w] for w in ready.focus_words if w in self.words]
        return list(dict.fromkeys(ids))[: max(MAX_TOPICS, len(question.topics))]


class Writer:
    """Keeps the look-up tables (sources, specialties, topics, doctors) across batches."""

    def __init__(self, *, index: bool = True) -> None:
        self.index = index
        self.indexer = BatchIndexer() if index else None
        self.reset()

    def close(self) -> None:
        if self.indexer is not None:
            self.indexer.close()

    def reset(self) -> None:
        """Reload the look-up tables (after a batch was rolled back)."""
        if self.indexer is not None:
            self.indexer.discard()
        self.sources: dict[str, int] = dict(Source.objects.values_list("key", "pk"))
        self.specialties: dict[str, int] = dict(Specialty.objects.values_list("slug", "pk"))
        self.topics = TopicIndex()
        self.doctors: dict[str, int] = {}  # profile slug -> user id

    def write(self, records: list[tuple[str, Record]]) -> BatchResult:
        result = BatchResult()
        questions: list[tuple[str, QuestionIn]] = []
        for where, record in records:
            if isinstance(record, QuestionIn):
                questions.append((where, record))
                continue
            try:
                if self._write_reference(record):
                    result.created[type(record).__name__.removesuffix("In").lower()] += 1
            except BadRecord as bad:
                result.bad.append((where, bad.message))
        if questions:
            bulk.relax_durability()
            self._write_questions(questions, result)
        return result

    # --- sources, specialties, topics, doctors ---------------------------------------------

    def _write_reference(self, record: Record) -> bool:
        if isinstance(record, SourceIn):
            if record.key in self.sources:
                return False
            source = Source.objects.create(
                key=record.key,
                name=record.name,
                url=record.url,
                licence=record.licence,
                licence_url=record.licence_url,
            )
            self.sources[source.key] = source.pk
            return True
        if isinstance(record, SpecialtyIn):
            if record.slug in self.specialties:
                return False
            same = Specialty.objects.filter(name=record.name).values_list("pk", flat=True).first()
            if same is not None:
                self.specialties[record.slug] = same
                return False
            self.specialties[record.slug] = Specialty.objects.create(
                slug=record.slug, name=record.name
            ).pk
            return True
        if isinstance(record, TopicIn):
            return self.topics.ensure(record, self._specialty(record.specialty))
        if isinstance(record, DoctorIn):
            return self._write_doctor(record)
        raise TypeError(record)

    def _specialty(self, slug: str | None) -> int | None:
        if slug is None:
            return None
        if slug not in self.specialties:
            raise BadRecord(f"unknown specialty {slug!r}")
        return self.specialties[slug]

    def _write_doctor(self, doctor: DoctorIn) -> bool:
        """An imported doctor is a user who cannot sign in (unusable password, an address at
        a reserved domain) until staff connect the account to the real person."""
        existing = DoctorProfile.objects.filter(slug=doctor.slug).values_list("user_id", flat=True)
        if existing:
            self.doctors[doctor.slug] = existing[0]
            return False
        specialty_id = self._specialty(doctor.specialty)
        email = f"{doctor.slug}@{IMPORTED_EMAIL_DOMAIN}"
        user = User.objects.filter(email=email).first() or User.objects.create_user(email=email)
        DoctorProfile.objects.create(
            user=user,
            slug=doctor.slug,
            full_name=doctor.full_name,
            credentials=doctor.credentials,
            specialty_id=specialty_id,
            bio=doctor.bio,
            verified=doctor.verified,
            verified_at=timezone.now() if doctor.verified else None,
        )
        self.doctors[doctor.slug] = user.pk
        return True

    def _load_doctors(self, questions: list[tuple[str, QuestionIn]]) -> None:
        wanted = {
            slug
            for _, q in questions
            for a in q.all_answers()
            for slug in (a.doctor, *a.agreed_by)
            if slug and slug not in self.doctors
        }
        if wanted:
            rows = DoctorProfile.objects.filter(slug__in=wanted).values_list("slug", "user_id")
            self.doctors.update(rows)

    # --- questions and answers -------------------------------------------------------------

    def _check(self, question: QuestionIn, taken_answer_ids: set[str]) -> None:
        """Every reference of the question resolves; BadRecord otherwise."""
        answers = question.all_answers()
        for source in (question.source, *(a.source for a in answers)):
            if source is not None and source not in self.sources:
                raise BadRecord(f"unknown source {source!r}")
        for answer in answers:
            if answer.external_id in taken_answer_ids:
                raise BadRecord(f"answer id {answer.external_id!r} already exists elsewhere")
            for slug in (answer.doctor, *answer.agreed_by):
                if slug and slug not in self.doctors:
                    raise BadRecord(f"unknown doctor {slug!r}")

    def _write_questions(self, items: list[tuple[str, QuestionIn]], result: BatchResult) -> None:
        present = bulk.existing(Question, "external_id", [q.external_id for _, q in items])
        result.present += len(present)
        good = self._resolve([(w, q) for w, q in items if q.external_id not in present], result)
        if not good:
            return
        now = timezone.now()
        rows = [self._question_row(q) for q, _ in good]
        bulk.insert(Question, rows, now=now)
        result.question_ids = [row["id"] for row in rows]
        result.new = len(rows)
        if self.indexer is not None:
            self.indexer.start(self._documents(rows, good))
        links = [
            {"question_id": row["id"], "topic_id": topic_id}
            for row, (_, topic_ids) in zip(rows, good, strict=True)
            for topic_id in topic_ids
        ]
        bulk.insert(Question.topics.through, links, now=now, want_ids=False)
        result.answers = self._write_answers(
            [(row["id"], q) for row, (q, _) in zip(rows, good, strict=True)], now
        )
        if self.indexer is not None:
            self.indexer.finish()

    def _resolve(
        self, fresh: list[tuple[str, QuestionIn]], result: BatchResult
    ) -> list[tuple[QuestionIn, list[int]]]:
        """The questions whose references all resolve, each with its topic ids (new topics
        are created); the others are reported."""
        answer_ids = [a.external_id for _, q in fresh for a in q.all_answers()]
        taken = bulk.existing(Answer, "external_id", answer_ids)
        self._load_doctors(fresh)
        good: list[tuple[QuestionIn, list[int]]] = []
        for where, question in fresh:
            try:
                self._check(question, taken)
                result.created["topic"] += sum(self.topics.ensure(t) for t in question.new_topics)
                ready = prepared(question, index=self.index)
                good.append((question, self.topics.for_question(question, ready)))
            except BadRecord as bad:
                result.bad.append((where, bad.message))
        return good

    def _documents(self, rows: list[dict[str, Any]], good: list[tuple[QuestionIn, list[int]]]):
        """The search documents of the questions just written, from the search text each
        record was prepared with (prepare.py: what `search.indexing.documents` would read
        back, an import hides no answer) and the names of the topics linked here."""
        return [
            hooks.search_document(
                row["id"], prepared(question, index=True).text, self.topics.names(topic_ids)
            )
            for row, (question, topic_ids) in zip(rows, good, strict=True)
        ]

    def _question_row(self, question: QuestionIn) -> dict[str, Any]:
        answers = question.all_answers()
        ready = prepared(question, index=self.index)
        return {
            "title": question.title,
            "slug": ready.slug,
            "details": question.details,
            "source_id": self.sources[question.source] if question.source else None,
            "external_id": question.external_id,
            "created_at": question.created_at,
            "answer_count": len(answers),
            "weighed_in_count": len({a.doctor for a in question.answers if a.doctor}),
            "last_answered_at": max((a.created_at for a in answers if a.doctor), default=None),
            **ready.fields,
        }

    def _answer_row(self, question_id: int, answer: AnswerIn, parent_id: int | None) -> dict:
        return {
            "question_id": question_id,
            "author_id": self.doctors[answer.doctor] if answer.doctor else None,
            "source_id": self.sources[answer.source] if answer.source else None,
            "source_url": answer.source_url,
            "external_id": answer.external_id,
            "parent_id": parent_id,
            "brief": answer.brief,
            "body": answer.body,
            "created_at": answer.created_at,
            "agree_count": len(answer.agreed_by),
            "thank_count": answer.thanks,
            "imported_thanks": answer.thanks,
        }

    def _write_answers(self, questions: list[tuple[int, QuestionIn]], now: datetime) -> int:
        """Write the questions' answers, then their follow-ups; returns how many."""
        firsts = [(qid, a) for qid, q in questions for a in q.answers]
        rows = [self._answer_row(qid, a, None) for qid, a in firsts]
        bulk.insert(Answer, rows, now=now)
        follow_ups = [
            (self._answer_row(qid, child, row["id"]), child)
            for row, (qid, a) in zip(rows, firsts, strict=True)
            for child in a.continued
        ]
        bulk.insert(Answer, [row for row, _ in follow_ups], now=now)
        written = [*zip(rows, (a for _, a in firsts), strict=True), *follow_ups]
        Agreement.objects.bulk_create(
            Agreement(answer_id=row["id"], doctor_id=self.doctors[slug])
            for row, answer in written
            for slug in answer.agreed_by
        )
        self._count_for_doctors([row for row, _ in written])
        return len(written)

    def _count_for_doctors(self, rows: list[dict[str, Any]]) -> None:
        totals: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
        for row in rows:
            if row["author_id"]:
                total = totals[row["author_id"]]
                total[0] += 1
                total[1] += row["agree_count"]
                total[2] += row["thank_count"]
        for user_id, (answers, agrees, thanks) in sorted(totals.items()):
            DoctorProfile.objects.filter(user_id=user_id).update(
                answer_count=F("answer_count") + answers,
                agrees_received=F("agrees_received") + agrees,
                thanks_received=F("thanks_received") + thanks,
            )
