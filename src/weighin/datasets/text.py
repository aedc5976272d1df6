"""Text clean-up for imported records: whitespace, "In brief" headlines and question titles.

Imported text is kept as written; only its layout is tidied (indentation, runs of blank
lines, bullets run into one line), so an imported answer reads like a doctor's plain-text one.
"""

import re
from collections.abc import Iterator

ELLIPSIS = "…"

_SPACE_BEFORE_MARK = re.compile(r"\s+([?!.,;:])(?=\s|$)")
_SPACED_MARKS = (" ?", " !", " .", " ,", " ;", " :")
_REPEATED_MARK = re.compile(r"([?!])\1+")
# A sentence ends at . ! or ? followed by white space, unless the word before the full stop is
# a common abbreviation ("Dr.", "e.g.") or a single letter (an initial).
# (The mark is part of the match rather than a look-behind: an expression that starts with a
# look-behind is tried at every character, this one only at the marks.)
_SENTENCE_END = re.compile(r"[.!?]\s+")
_ABBREVIATIONS = frozenset(
    {"dr", "mr", "mrs", "ms", "prof", "st", "vs", "etc", "e.g", "i.e", "eg", "ie", "approx"}
    | {"fig", "no", "jr", "sr", "inc", "ltd", "u.s"}
)
_LABEL = re.compile(r"^[A-Z][A-Za-z ]{0,30}\s:\s+")  # MedlinePlus's "Summary : ..."
_BULLET = re.compile(r"^[-*•]\s+")


def one_line(text: str) -> str:
    """All white space runs become one space; a space before ? or ! is dropped, and "??"
    becomes "?"."""
    text = " ".join((text or "").split())
    # The expressions only when they can match (most titles need at most one of them).
    if any(mark in text for mark in _SPACED_MARKS):
        text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    if "??" in text or "!!" in text:
        text = _REPEATED_MARK.sub(r"\1", text)
    return text


def split_inline_bullets(text: str) -> str:
    """Bullets run into a line ("a  - b  - c") put on lines of their own: what
    `_INLINE_BULLET.sub("\n- ", text)` gives, found with str.find. The expression starts with
    a look-behind, so the regex engine tried it at every character (0.4 s for MedQuAD's 3,300
    bulleted answers); this visits only the hyphens."""
    out: list[str] = []
    last = 0
    end_of_text = len(text)
    hyphen = text.find("-")
    while hyphen != -1:
        start = hyphen  # the spaces and tabs before the hyphen...
        while start > last and text[start - 1] in " \t":
            start -= 1
        end = hyphen + 1  # ...and after it
        while end < end_of_text and text[end] in " \t":
            end += 1
        if (
            hyphen - start >= 2
            and start > 0
            and not text[start - 1].isspace()
            and end > hyphen + 1
            and end < end_of_text
            and not text[end].isspace()
        ):
            out.append(text[last:start])
            out.append("\n- ")
            last = end
        hyphen = text.find("-", hyphen + 1)
    out.append(text[last:])
    return "".join(out)


def _tidy_line(line: str) -> str:
    # Most lines are already tidy: printable ASCII (no tab or other white space but the
    # space), no space at either end, no two in a row. Those are kept as they are; the checks
    # cost a tenth of splitting and joining the words.
    if (
        line.isascii()
        and line.isprintable()
        and "  " not in line
        and line[:1] != " "
        and line[-1:] != " "
    ):
        return line
    return " ".join(line.split())


def tidy_body(text: str) -> str:
    """Plain-text paragraphs: lines stripped, inner spaces collapsed, bullets run into one
    line put on lines of their own, at most one blank line between paragraphs."""
    text = text or ""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Two or more spaces or tabs before the hyphen, in any mix ("\t -" too): "a - b" passes this
    # cheap test, and split_inline_bullets then leaves it alone.
    if " -" in text or "\t-" in text:
        text = split_inline_bullets(text)
    if "\x00" in text:  # refused in imported text; a line end (after bullets), as it always was
        text = text.replace("\x00", "\n")
    # Line by line, str.split() collapsing white space in C (5x faster than a regex over the
    # whole text); a line of white space only is blank.
    out: list[str] = []
    blank = False
    for line in text.split("\n"):
        line = _tidy_line(line)
        if line:
            if out:
                out.append("\n\n" if blank else "\n")
            out.append(line)
            blank = False
        else:
            blank = True
    return "".join(out)


def shorten(text: str, limit: int) -> str:
    """`text` if it fits in `limit` characters, else cut at a word boundary with "…"."""
    if len(text) <= limit:
        return text
    space = text.rfind(" ", 0, limit)  # a space at index limit - 1 still leaves room for "…"
    cut = text[:space] if space >= limit // 2 else text[: limit - 1]
    return cut.rstrip(" ,;:-(\u2013") + ELLIPSIS


def iter_sentences(text: str) -> Iterator[str]:
    """The sentences of one paragraph, lazily, keeping abbreviations and initials whole."""
    start = 0
    for end in _SENTENCE_END.finditer(text):
        stop = end.start() + 1  # just after the mark
        word_start = text.rfind(" ", start, stop) + 1 or start
        last_word = text[max(word_start, start) : stop].rstrip(".").lower()
        if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        sentence = text[start:stop]
        if sentence:
            yield sentence
        start = end.end()
    if text[start:]:
        yield text[start:]


def sentences(text: str) -> list[str]:
    return list(iter_sentences(text.strip()))


def _is_heading(line: str, has_more: bool) -> bool:
    return has_more and len(line) < 60 and not line.endswith((".", "!", "?", ":"))


def _lines(text: str) -> Iterator[tuple[str, bool]]:
    """The non-empty lines of `text`, each with whether another one follows, read lazily: a
    headline needs the first line or two of an answer, not all of it split up."""
    start, end_of_text = 0, len(text)
    while start < end_of_text:
        end = text.find("\n", start)
        if end == -1:
            end = end_of_text
        if end > start:
            yield text[start:end], bool(text[end:].strip("\n"))
        start = end + 1


BRIEF_JOIN_BELOW = 20  # a first sentence shorter than this ("Yes.") takes the next one along


def brief_from(body: str, limit: int = 100, *, tidy: bool = True) -> str:
    """An "In brief" headline from an answer: its first real sentence, skipping headings
    ("Key Points"), labels ("Summary :") and the question restated ("What are the signs
    and symptoms of X?"), joined with the next sentence of its paragraph when it is only a
    word or two ("Yes." alone says nothing), shortened to `limit` characters at a word
    boundary. `tidy=False` when `body` already went through tidy_body."""
    brief = ""
    for line, has_more in _lines(tidy_body(body) if tidy else body):
        if _is_heading(line, has_more=has_more):
            continue
        for sentence in iter_sentences(line):
            sentence = _BULLET.sub("", _LABEL.sub("", sentence)).strip()
            if len(sentence) < 3 or (sentence.endswith("?") and not brief):
                continue
            brief = f"{brief} {sentence}".strip()
            if len(brief) >= BRIEF_JOIN_BELOW:
                return shorten(brief, limit)
        if brief:  # a short first sentence ends its paragraph: it stands alone
            return shorten(brief, limit)
    return shorten(brief or one_line(body), limit)


def title_from(text: str, limit: int = 200, join_below: int = 25) -> str:
    """A question title from a patient's message: its first sentence (joined with the next
    ones while shorter than `join_below`, so "Hi doctor." is not a title), shortened to
    `limit`."""
    title = ""
    for sentence in sentences(one_line(text)):
        title = f"{title} {sentence}".strip()
        if len(title) >= join_below:
            break
    return shorten(title, limit)
