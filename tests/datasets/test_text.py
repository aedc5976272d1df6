"""Headlines and titles made from imported text."""

from weighin.datasets.text import brief_from, one_line, sentences, shorten, tidy_body, title_from


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
