"""Headlines and titles made from imported text."""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from weighin.datasets.text import (
    _lines,
    brief_from,
    one_line,
    sentences,
    shorten,
    split_inline_bullets,
    tidy_body,
    title_from,
)


def test_shorten_cuts_at_a_word_boundary_with_an_ellipsis():
    text = "Enzyme replacement therapy is available for most people with types one and three."
    short = shorten(text, 40)
    assert len(short) <= 40
    assert short.endswith("…")
    assert short == "Enzyme replacement therapy is available…"
    assert shorten("Short enough.", 40) == "Short enough."


def test_brief_skips_headings_labels_and_restated_questions():
    assert brief_from("Key Points\n - A made-up disease exists only in tests. - More.") == (
        "A made-up disease exists only in tests."
    )
    assert brief_from("What are the signs of X? The list below shows them.") == (
        "The list below shows them."
    )
    assert brief_from("Summary : A1C is a blood test. It measures sugar.") == "A1C is a blood test."
    assert brief_from("What is A1C? Summary : A1C is a blood test.") == "A1C is a blood test."


def test_a_bare_yes_takes_the_next_sentence_of_its_paragraph():
    body = "Yes. Early treatment can slow the made-up disease down. Ask your doctor.\n\nMore."
    assert brief_from(body) == "Yes. Early treatment can slow the made-up disease down."
    assert brief_from("Yes.\n\nA new paragraph about something else.") == "Yes."
    assert brief_from("Cancer is common.") == "Cancer is common."


def test_brief_is_at_most_100_characters():
    body = "This sentence keeps going " + "and going " * 20 + "until it ends."
    brief = brief_from(body)
    assert len(brief) <= 100
    assert brief.endswith("…")


def test_sentences_keep_abbreviations_and_initials_whole():
    assert sentences("Dr. Smith saw J. Doe. It went well, e.g. no pain! Done?") == [
        "Dr. Smith saw J. Doe.",
        "It went well, e.g. no pain!",
        "Done?",
    ]


def test_tidy_body_keeps_paragraphs_and_puts_bullets_on_lines():
    raw = "Key Points\n        - One thing.    - Another.\r\n   \n\n\n  Next  paragraph. "
    assert tidy_body(raw) == "Key Points\n- One thing.\n- Another.\n\nNext paragraph."


def test_title_joins_a_greeting_with_the_next_sentence():
    assert title_from("Hi doctor. My knee hurts when I run. What should I do?") == (
        "Hi doctor. My knee hurts when I run."
    )
    assert len(title_from("word " * 100)) <= 200


def test_one_line_drops_the_space_before_a_question_mark():
    assert one_line("What is (are) Testitis ?") == "What is (are) Testitis?"
    assert one_line("Who is at risk for Testitis ? ?") == "Who is at risk for Testitis?"


# --- the fast paths give what the plain versions gave --------------------------------------

_INLINE_BULLET = re.compile(r"(?<=\S)[ \t]{2,}-[ \t]+(?=\S)")
_BLANK_LINES = re.compile(r"\x00{3,}")
_SPACE_BEFORE_MARK = re.compile(r"\s+([?!.,;:])(?=\s|$)")
_REPEATED_MARK = re.compile(r"([?!])\1+")


def plain_tidy_body(text: str) -> str:
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    text = _INLINE_BULLET.sub("\n- ", text)
    text = " ".join(text.replace("\n", " \x00 ").split())
    text = text.replace(" \x00", "\x00").replace("\x00 ", "\x00").strip("\x00")
    return _BLANK_LINES.sub("\x00\x00", text).replace("\x00", "\n")


def plain_one_line(text: str) -> str:
    text = _SPACE_BEFORE_MARK.sub(r"\1", " ".join((text or "").split()))
    return _REPEATED_MARK.sub(r"\1", text)


PIECES = [" ", "  ", "\t", "\n", "\r", "\r\n", "-", "a", "Bc", ".", "?", "!", ",", ":", "*"]
PIECES += ["\x00", "\x0b", "\x0c", "\x1c", "\x85", "\xa0", "\u2028", "\u3000", "é"]
TRICKY = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=1000, deadline=None)
@given(TRICKY)
@example("-\t - -")  # a tab then a space before the hyphen: once missed by a fast pre-check
def test_tidy_body_is_the_plain_version(text):
    assert tidy_body(text) == plain_tidy_body(text)


@settings(max_examples=1000, deadline=None)
@given(TRICKY)
def test_one_line_is_the_plain_version(text):
    assert one_line(text) == plain_one_line(text)


def plain_split_inline_bullets(text: str) -> str:
    return _INLINE_BULLET.sub("\n- ", text)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_ABBREVIATIONS = frozenset(
    {"dr", "mr", "mrs", "ms", "prof", "st", "vs", "etc", "e.g", "i.e", "eg", "ie", "approx"}
    | {"fig", "no", "jr", "sr", "inc", "ltd", "u.s"}
)


def plain_sentences(text: str) -> list[str]:
    text, start, out = text.strip(), 0, []
    for end in _SENTENCE_END.finditer(text):
        word_start = text.rfind(" ", start, end.start()) + 1 or start
        last_word = text[max(word_start, start) : end.start()].rstrip(".").lower()
        if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        if text[start : end.start()]:
            out.append(text[start : end.start()])
        start = end.end()
    return out + ([text[start:]] if text[start:] else [])


def plain_lines(body: str) -> list[tuple[str, bool]]:
    lines = [line for line in body.split("\n") if line]
    return [(line, i + 1 < len(lines)) for i, line in enumerate(lines)]


BULLETED = st.lists(st.sampled_from([*PIECES, " - ", "  - ", "\t- ", "--", "  -\t"]), max_size=40)


@settings(max_examples=1000, deadline=None)
@given(BULLETED.map("".join))
def test_inline_bullets_are_split_as_the_expression_split_them(text):
    assert split_inline_bullets(text) == plain_split_inline_bullets(text)


SENTENCES = st.lists(
    st.sampled_from([*PIECES, ". ", "? ", "Dr. ", "e.g. ", "J. ", "!\n"]), max_size=40
)


@settings(max_examples=1000, deadline=None)
@given(SENTENCES.map("".join))
def test_sentences_and_lines_are_found_as_before(text):
    assert sentences(text) == plain_sentences(text)
    assert list(_lines(text)) == plain_lines(text)
