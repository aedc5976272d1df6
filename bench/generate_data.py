"""Synthetic weighin content for benchmarks: patient questions, doctors' answers, agreements.

    .venv/bin/python bench/generate_data.py --questions 10000 [--seed 0] [--migrate]
        [--database-url sqlite:////tmp/x.sqlite3 | postgres://...] [--batch-size 1000]

Writes N questions (with answers, "Continued" follow-ups, agreements, thanks and topic links)
through the project's bulk import path (`weighin.datasets.importer.run_import`, the function
behind `import_jsonl`): the same batched COPY / multi-row INSERTs and the same in-batch search
indexing an import does. Other benchmarks import this module (`bench/bench_search.py`):
`load(n)` writes the data, `bench_queries(n)` gives patient-style queries with a `kind`.

Every word here was written for these benchmarks. The text is meant to look like the site's,
with a realistic skew: conditions, symptoms, body parts and medicines are drawn with Zipf-like
popularity (the most common condition is in about one question in six), and answer bodies
repeat the words every doctor writes ("doctor", "symptoms", "treatment"), so some words are in
most documents: the hard case for a full-text "any word" query. A long tail of made-up rare
condition names (`rare_conditions()`) gives words found in a handful of questions.

Deterministic: the same `n` and `seed` give the same records. Questions are not triaged
(`QuestionIn.triage=False`): search does not read the triage columns, and assessing a million
texts would double the load time (`--triage` does it).
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import os
import random
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench_vocabulary import (  # bench/ is not a package: found beside this file
    ACTIVITIES,
    AGES,
    BODY_PARTS,
    BODY_SENTENCES,
    BRIEF_TEMPLATES,
    CONDITIONS,
    CREDENTIALS,
    DETAIL_SENTENCES,
    DURATIONS,
    FIRST_NAMES,
    LAST_NAMES,
    MEDICINES,
    NO_MATCH_TEMPLATES,
    NO_MATCH_WORDS,
    PROCEDURES,
    QUERY_TEMPLATES,
    RARE_COUNT,
    RARE_HEADS,
    RARE_KINDS,
    RARE_MIDDLES,
    RARE_SHARE,
    RARE_TAILS,
    RELATIVES,
    SPECIALTIES,
    SYMPTOMS,
    TESTS,
    TITLE_TEMPLATES,
    TOPICS,
)

ROOT = Path(__file__).resolve().parents[1]
# Bump when the generated content changes: bench_search.py keeps databases by it.
DATA_VERSION = 1
ID_PREFIX = "bench:"
START = datetime(2021, 1, 1, tzinfo=UTC)
SPAN_SECONDS = 5 * 365 * 24 * 3600  # questions spread over five years, in id order
ZIPF_S = 1.0
BRIEF_LIMIT = 100  # qa.models.BRIEF_MAX
TITLE_LIMIT = 200  # qa.models.TITLE_MAX

# The words: bench/bench_vocabulary.py.


@dataclass(frozen=True)
class BenchQuery:
    text: str
    kind: str  # "common", "typical", "rare" or "none" (matches no question)


# --- sampling --------------------------------------------------------------------------------


class Zipf:
    """Items drawn with probability proportional to 1 / rank**s (rank 1 is the first)."""

    def __init__(self, items: Sequence[Any], s: float = ZIPF_S) -> None:
        self.items = list(items)
        self.cum = list(itertools.accumulate(1 / (r**s) for r in range(1, len(items) + 1)))
        self.total = self.cum[-1]

    def share(self, rank: int) -> float:
        return (1 / (rank**ZIPF_S)) / self.total

    def __call__(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect(self.cum, rng.random() * self.total)]


def rare_conditions(count: int = RARE_COUNT) -> list[str]:
    """Made-up condition names ("corvexitis", "melamyloma syndrome"), the same every time."""
    stems = [h + m + t for h in RARE_HEADS for m in RARE_MIDDLES for t in RARE_TAILS]
    names = [s + k for s, k in zip(stems, itertools.cycle(RARE_KINDS), strict=False)]
    random.Random(7).shuffle(names)
    return names[:count]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word with "…" when it must be cut."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


class Vocabulary:
    """The samplers behind the slots of every template."""

    def __init__(self) -> None:
        self.condition = Zipf([name for name, _ in CONDITIONS])
        self.rare = Zipf(rare_conditions())
        self.topic_of = dict(CONDITIONS)
        self.symptom = Zipf(SYMPTOMS)
        self.body = Zipf(BODY_PARTS)
        self.medicine = Zipf(MEDICINES)
        self.test = Zipf(TESTS)
        self.title = Zipf(TITLE_TEMPLATES, s=0.5)
        self.brief = Zipf(BRIEF_TEMPLATES, s=0.5)

    def slots(self, rng: random.Random, condition: str) -> dict[str, Any]:
        symptom, medicine = self.symptom(rng), self.medicine(rng)
        return {
            "condition": condition,
            "Condition": _cap(condition),
            "condition2": self.condition(rng),
            "symptom": symptom,
            "Symptom": _cap(symptom),
            "symptom2": self.symptom(rng),
            "body": self.body(rng),
            "medicine": medicine,
            "Medicine": _cap(medicine),
            "medicine2": self.medicine(rng),
            "test": self.test(rng),
            "procedure": rng.choice(PROCEDURES),
            "activity": rng.choice(ACTIVITIES),
            "duration": rng.choice(DURATIONS),
            "relative": rng.choice(RELATIVES),
            "age": rng.choice(AGES),
        }

    def subject(self, rng: random.Random) -> tuple[str, str]:
        """A condition and its topic slug: usually a common one, sometimes from the tail."""
        if rng.random() < RARE_SHARE:
            return self.rare(rng), "rare-conditions"
        condition = self.condition(rng)
        return condition, self.topic_of[condition]


# --- records ---------------------------------------------------------------------------------


def doctor_slugs(count: int) -> list[str]:
    names = itertools.product(FIRST_NAMES, LAST_NAMES)
    return [f"{first}-{last}".lower() for first, last in itertools.islice(names, count)]


def doctors_for(n: int) -> int:
    """Doctors for n questions: about one per thousand questions, 40 at least, 600 at most."""
    return max(40, min(600, n // 1000))


def reference_records(n_doctors: int) -> list:
    from weighin.datasets.records import DoctorIn, SpecialtyIn, TopicIn

    records: list = [SpecialtyIn(slug=slug, name=name) for slug, name in SPECIALTIES]
    records += [TopicIn(slug=s, name=name, specialty=sp) for s, name, sp in TOPICS]
    rng = random.Random(11)
    for slug in doctor_slugs(n_doctors):
        first, last = (part.capitalize() for part in slug.split("-"))
        specialty = rng.choice(SPECIALTIES)
        records.append(
            DoctorIn(
                slug=slug,
                full_name=f"{first} {last}",
                credentials=rng.choice(CREDENTIALS),
                specialty=specialty[0],
                bio=f"{first} {last} practises {specialty[1].lower()} and answers here weekly.",
                verified=True,
            )
        )
    return records


class Combinations:
    """Sentence templates pre-joined in POOL random combinations of `sizes` sentences: one
    draw and one format per paragraph instead of a sample of templates each time."""

    POOL = 4096

    def __init__(self, sentences: Sequence[str], sizes: Sequence[int], seed: int) -> None:
        rng = random.Random(seed)
        self.pool = [
            " ".join(rng.sample(sentences, rng.choice(sizes))) if sizes else ""
            for _ in range(self.POOL)
        ]

    def __call__(self, rng: random.Random, slots: dict[str, Any]) -> str:
        return self.pool[int(rng.random() * self.POOL)].format(**slots)


PARAGRAPHS = (1, 2, 2, 3, 3, 4)  # paragraphs in an answer body, drawn uniformly
ANSWER_COUNTS = list(itertools.accumulate((15, 50, 25, 6, 3, 1)))  # 0..5 answers, cumulative


class Generator:
    """QuestionIn records. Question i comes from its own seeded stream, so any range of
    questions can be made alone (and in another process) with the same result."""

    def __init__(self, n: int, *, seed: int = 0, triage: bool = False) -> None:
        self.n, self.seed, self.triage = n, seed, triage
        self.vocab = Vocabulary()
        self.doctors = Zipf(doctor_slugs(doctors_for(n)), s=0.8)
        self.paragraph = Combinations(BODY_SENTENCES, (2, 3, 4), seed=3)
        self.details = Combinations(DETAIL_SENTENCES, (0, 1, 2, 2, 3, 3, 4, 5), seed=5)

    def body(self, rng: random.Random, slots: dict[str, Any]) -> str:
        count = PARAGRAPHS[int(rng.random() * len(PARAGRAPHS))]
        return "\n\n".join(self.paragraph(rng, slots) for _ in range(count))

    def answers(self, rng: random.Random, index: int, asked: datetime, slots: dict) -> list:
        from weighin.datasets.records import AnswerIn

        # 0 answers for 15 %, 1 for half, 2 for a quarter, 3-5 for the rest
        count = bisect.bisect(ANSWER_COUNTS, rng.random() * ANSWER_COUNTS[-1])
        authors: list[str] = []
        while len(authors) < count:
            doctor = self.doctors(rng)
            if doctor not in authors:
                authors.append(doctor)
        out = []
        for k, doctor in enumerate(authors):
            when = asked + timedelta(hours=1 + int(rng.random() * 240))
            agreed: list[str] = []
            if rng.random() < 0.3:
                others = (self.doctors(rng) for _ in range(1 + int(rng.random() * 4)))
                agreed = [d for d in dict.fromkeys(others) if d != doctor]
            answer = AnswerIn(
                external_id=f"{ID_PREFIX}{index}:{k}",
                brief=shorten(self.vocab.brief(rng).format(**slots), BRIEF_LIMIT),
                body=self.body(rng, slots),
                created_at=when,
                doctor=doctor,
                agreed_by=agreed,
                thanks=int(rng.expovariate(0.5)) if rng.random() < 0.5 else 0,
            )
            if rng.random() < 0.03:
                answer.continued.append(
                    AnswerIn(
                        external_id=f"{ID_PREFIX}{index}:{k}:c",
                        brief="A follow-up after your message.",
                        body=self.body(rng, slots),
                        created_at=when + timedelta(days=1),
                        doctor=doctor,
                    )
                )
            out.append(answer)
        return out

    def question(self, index: int):
        from weighin.datasets.records import QuestionIn

        rng = random.Random(self.seed * 1_000_003 + index)
        condition, topic = self.vocab.subject(rng)
        slots = self.vocab.slots(rng, condition)
        title = shorten(self.vocab.title(rng).format(**slots), TITLE_LIMIT)
        # On the hour: the import converts each distinct date once per batch.
        hours = SPAN_SECONDS // 3600 * index // max(self.n, 1)
        asked = START + timedelta(hours=hours)
        topics = [topic]
        if rng.random() < 0.3:
            topics.append(TOPICS[int(rng.random() * len(TOPICS))][0])
        return QuestionIn(
            external_id=f"{ID_PREFIX}{index}",
            title=title,
            created_at=asked,
            details=self.details(rng, slots),
            answers=self.answers(rng, index, asked, slots),
            topics=list(dict.fromkeys(topics)),
            triage=self.triage,
        )

    def __iter__(self) -> Iterator:
        for index in range(self.n):
            yield self.question(index)


def items(n: int, *, seed: int = 0, triage: bool = False) -> Iterator:
    """Import items: specialties, topics and doctors, then n questions."""
    from weighin.datasets.records import Item

    for record in reference_records(doctors_for(n)):
        yield Item(where=record.ident, record=record)
    # Made here, not in a helper process: unpickling a question costs as much as making it.
    for question in Generator(n, seed=seed, triage=triage):
        yield Item(where=question.external_id, record=question)


def load(
    n: int,
    *,
    seed: int = 0,
    batch_size: int = 1000,
    triage: bool = False,
    on_progress: Callable[[Any], None] | None = None,
):
    """Write n generated questions into the current database through the import path
    (`run_import`, search index included). Returns the import's report."""
    from weighin.datasets.importer import run_import

    generated = items(n, seed=seed, triage=triage)
    return run_import(generated, batch_size=batch_size, on_progress=on_progress)


# --- benchmark queries -----------------------------------------------------------------------


def _query_slots(rng: random.Random, vocab: Vocabulary, kind: str) -> dict[str, Any]:
    if kind == "common":  # the most common condition and symptoms: huge "any word" matches
        condition = CONDITIONS[rng.randrange(3)][0]
        slots = vocab.slots(rng, condition)
        slots["symptom"] = SYMPTOMS[rng.randrange(3)]
        slots["body"] = BODY_PARTS[rng.randrange(3)]
        return slots
    if kind == "rare":
        return vocab.slots(rng, rng.choice(rare_conditions()[RARE_COUNT // 2 :]))
    return vocab.slots(rng, vocab.subject(rng)[0])


def bench_queries(n: int, *, seed: int = 1) -> list[BenchQuery]:
    """n patient-style queries of 5 to 25 words, in four kinds taken in turn: "common" (the
    most common condition, symptom and body part), "typical" (drawn like the questions),
    "rare" (a tail condition, in a few questions at most) and "none" (words no question has)."""
    rng = random.Random(seed)
    vocab = Vocabulary()
    kinds = ("common", "typical", "rare", "none")
    out: list[BenchQuery] = []
    while len(out) < n:
        kind = kinds[len(out) % len(kinds)]
        if kind == "none":
            words = rng.sample(NO_MATCH_WORDS, 5)
            slots = {f"w{i}": word for i, word in enumerate(words, start=1)}
            text = rng.choice(NO_MATCH_TEMPLATES).format(**slots)
        else:
            text = rng.choice(QUERY_TEMPLATES).format(**_query_slots(rng, vocab, kind))
        if 5 <= len(text.split()) <= 25:
            out.append(BenchQuery(text=text, kind=kind))
    return out


# --- command line ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--database-url", help="default: DATABASE_URL, or the site's default")
    parser.add_argument("--migrate", action="store_true", help="migrate the database first")
    parser.add_argument("--triage", action="store_true", help="assess questions for emergencies")
    args = parser.parse_args(argv)
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "weighin.settings")
    os.environ.setdefault("DEBUG", "0")  # DEBUG keeps every query in memory
    os.environ.setdefault("SECRET_KEY", "bench-only-" + "x" * 40)
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()
    from django.core.management import call_command

    if args.migrate:
        call_command("migrate", verbosity=0, interactive=False)
    started = time.perf_counter()

    def progress(report: Any) -> None:
        if report.batches and report.batches % 50 == 0 and report.read % args.batch_size == 0:
            rate = report.new / (time.perf_counter() - started)
            print(f"  {report.new:,} questions, {rate:,.0f}/s", file=sys.stderr, flush=True)

    report = load(args.questions, seed=args.seed, batch_size=args.batch_size,
                  triage=args.triage, on_progress=progress)  # fmt: skip
    seconds = time.perf_counter() - started
    print(report.summary())
    print(f"{report.new:,} questions in {seconds:,.1f} s ({report.new / seconds:,.0f}/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
