"""What an import computes from a question record alone, before it meets the database: the
question's slug, its emergency triage and its search text (without the topic names, which
depend on the topics the database has).

The reader process computes it while the writer waits for the database (pipeline.py); the
writer computes it for records that arrive without it (`prepared`).
"""

from functools import lru_cache

from django.utils.text import slugify

from weighin.datasets import hooks
from weighin.datasets.records import AnswerIn, Item, Prepared, QuestionIn
from weighin.qa.models import make_slug


def _index_order(answer: tuple[AnswerIn, tuple[int, int, int]]) -> tuple:
    """The search index's answer order: most agreed with, most thanked, oldest, then id
    (`position` stands in for the id: the writer gives ids in that order)."""
    a, position = answer
    return (-len(a.agreed_by), -a.thanks, a.created_at, position)


def in_index_order(question: QuestionIn) -> list[AnswerIn]:
    """The question's answers in the order the search index lists them (an import hides no
    answer). The writer inserts first answers, then follow-ups, in record order: the positions
    below sort as their ids will."""
    if len(question.answers) == 1 and not question.answers[0].continued:
        return list(question.answers)  # the data sets' one answer
    answers = [(a, (0, i, 0)) for i, a in enumerate(question.answers)]
    answers += [
        (child, (1, i, j))
        for i, a in enumerate(question.answers)
        for j, child in enumerate(a.continued)
    ]
    answers.sort(key=_index_order)
    return [a for a, _ in answers]


def prepare(question: QuestionIn, *, index: bool) -> Prepared:
    text = None
    if index:
        answers = [(a.brief, a.body) for a in in_index_order(question)]
        text = hooks.search_text(question.title, question.details, answers)
    return Prepared(
        slug=make_slug(question.title),
        fields=hooks.question_fields(question.title, question.details, assess=question.triage),
        text=text,
        tag_slugs=tuple(slugify(tag) for tag in question.tags),
        focus_words=_words(question.focus) if question.focus else (),
    )


@lru_cache(maxsize=10_000)  # MedQuAD asks a few questions about each focus, one after another
def _words(text: str) -> tuple[str, ...]:
    return tuple(slugify(text).split("-"))


def prepared(question: QuestionIn, *, index: bool) -> Prepared:
    """The question's prepared values: those it came with, or computed now."""
    if question.prepared is None or (index and question.prepared.text is None):
        question.prepared = prepare(question, index=index)
    return question.prepared


def prepare_item(item: Item, *, index: bool) -> Item:
    if isinstance(item.record, QuestionIn):
        item.record.prepared = prepare(item.record, index=index)
    return item
