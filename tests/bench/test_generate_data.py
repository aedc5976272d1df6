"""bench/generate_data.py: the synthetic questions the search benchmark loads. What it makes
must fit the site's limits, be the same every time, have the skew the benchmark relies on,
and its "no match" queries must really match nothing."""

import sys
from collections import Counter
from pathlib import Path

import pytest

from weighin.qa.models import (
    BODY_MAX,
    BRIEF_MAX,
    DETAILS_MAX,
    TITLE_MAX,
    Agreement,
    Answer,
    Question,
)
from weighin.search.analysis import STOP_WORDS, tokens
from weighin.search.selectors import search, similar_questions

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import generate_data  # bench/ is not a package


def corpus_words(questions) -> set[str]:
    words: set[str] = set()
    for q in questions:
        texts = [q.title, q.details, *(t for t in q.topics)]
        texts += [text for a in q.all_answers() for text in (a.brief, a.body)]
        for text in texts:
            words.update(tokens(text))
    return words


def test_questions_fit_the_sites_limits():
    for q in generate_data.Generator(2000, seed=3):
        assert 10 <= len(q.title) <= TITLE_MAX
        assert len(q.details) <= DETAILS_MAX
        for answer in q.all_answers():
            assert 0 < len(answer.brief) <= BRIEF_MAX
            assert 0 < len(answer.body) <= BODY_MAX
            assert answer.doctor not in answer.agreed_by
        assert len({a.doctor for a in q.answers}) == len(q.answers)  # one first answer each


def test_same_seed_same_questions_and_any_question_can_be_made_alone():
    first = list(generate_data.Generator(300, seed=5))
    again = generate_data.Generator(300, seed=5)
    assert first == list(again)
    assert again.question(217) == first[217]
    assert first != list(generate_data.Generator(300, seed=6))


def test_conditions_follow_a_zipf_like_popularity():
    counts = Counter()
    names = [name for name, _ in generate_data.CONDITIONS]
    for q in generate_data.Generator(5000, seed=1):
        counts.update(n for n in names[:20] if n in q.title.lower() or n in q.details.lower())
    top, tenth = counts[names[0]], counts[names[9]]
    assert top > 5 * tenth > 0  # the first is about ten times as common as the tenth


def test_answer_text_makes_some_words_very_common():
    questions = list(generate_data.Generator(1000, seed=2))
    answered = [q for q in questions if q.answers]
    with_doctor = sum("doctor" in " ".join(a.body for a in q.answers).lower() for q in answered)
    assert with_doctor / len(answered) > 0.5


def test_bench_queries_are_5_to_25_words_of_four_kinds():
    queries = generate_data.bench_queries(200)
    assert len(queries) == 200
    assert all(5 <= len(q.text.split()) <= 25 for q in queries)
    assert Counter(q.kind for q in queries) == {"common": 50, "typical": 50, "rare": 50, "none": 50}
    assert len({q.text for q in queries}) > 150


def test_no_match_queries_use_no_word_the_generator_writes():
    written = corpus_words(generate_data.Generator(3000, seed=0))
    written |= {w for name in generate_data.rare_conditions() for w in tokens(name)}
    for query in generate_data.bench_queries(80):
        if query.kind == "none":
            content = set(tokens(query.text)) - STOP_WORDS
            assert content and not content & written, query.text


@pytest.mark.django_db(transaction=True)
def test_load_writes_questions_through_the_import_and_indexes_them():
    report = generate_data.load(120, seed=4, batch_size=50)
    assert report.new == Question.objects.count() == 120
    assert report.answers == Answer.objects.count() > 100
    assert Agreement.objects.exists()
    first = generate_data.Generator(120, seed=4).question(0)
    found = search(first.title)
    assert first.title in [r.question.title for r in found.results]
    none = next(q for q in generate_data.bench_queries(8) if q.kind == "none")
    assert search(none.text).total == 0
    assert similar_questions(none.text, mode="lexical") == []
