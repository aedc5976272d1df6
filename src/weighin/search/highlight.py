"""Highlights from the engines, made safe for HTML: the text is escaped first, then the
engine's private-use marks become <mark> elements. Nothing from a document survives as
markup."""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from weighin.search.backends.base import MARK_END, MARK_START

_MARKS = re.compile(f"([{MARK_START}{MARK_END}])")


def marked(text: str) -> SafeString:
    """Escape `text` and turn its marks into balanced <mark>…</mark> pairs."""
    out: list[str] = []
    inside = False
    for part in _MARKS.split(text or ""):
        if part == MARK_START:
            if not inside:
                out.append("<mark>")
            inside = True
        elif part == MARK_END:
            if inside:
                out.append("</mark>")
            inside = False
        elif part:
            out.append(escape(part))
    if inside:
        out.append("</mark>")
    return mark_safe("".join(out))  # noqa: S308 (every piece of text above is escaped)
