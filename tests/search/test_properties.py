"""Any text at all, to the search and similar functions, on both databases: never an
exception, always a list."""

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.factories import QuestionFactory, make_answer
from weighin.search.selectors import search, similar_questions

SYNTAX = [
    '"',
    "*",
    "NEAR",
    "NEAR/2",
    "-",
    "OR",
    "AND",
    "NOT",
    "(",
    ")",
    ":",
    "^",
    "'",
    "\\",
    "&",
    "|",
    "!",
    "<->",
    ":*",
    ";",
    "--",
    "{",
    "}",
]
WORDS = ["heart", "attack", "pain", "treated", "high blood pressure", "头痛", "ألم", "😀"]
texts = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=400),
    st.lists(st.sampled_from(SYNTAX + WORDS), max_size=30).map(" ".join),
    st.lists(st.sampled_from(SYNTAX + WORDS), max_size=30).map("".join),
)
quick = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def corpus(db, index):
    questions = [
        QuestionFactory(title="What are the warning signs of a heart attack?"),
        QuestionFactory(title="How is high blood pressure treated?", details="Pain (chest) OR not"),
        QuestionFactory(title="头痛怎么办 Headache remedies"),
    ]
    make_answer(questions[0], body='Chest "pain" NEAR the arm* -- call 911.')
    index(*questions)
    return questions


@quick
@given(text=texts)
@example(text="\x00")
@example(text='heart"\x00 OR (pain')
def test_search_takes_any_text(corpus, text):
    results = search(text)
    assert isinstance(results.results, list)
    search(text, topic=text[:20] or None, answered=True, page=text[:5] or 1)


@quick
@given(text=texts)
@example(text="\x00 heart attack \x00")
def test_similar_questions_take_any_text(corpus, text):
    found = similar_questions(text)
    assert isinstance(found, list)
    assert len(found) <= 5
