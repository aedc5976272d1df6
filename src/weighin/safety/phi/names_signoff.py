"""Sign-offs: the name that signs a post, or a message quoted in it.

  "Thanks, Ana" / "Kind regards, Worried Dad Pete" / "- Joy" / a lone given name on the last line

Read only near the end of the post and at the end of each quoted message, and kept only where the
name ends its text (or is followed by the writer's town, address or contact block): a word after
"thanks" mid-sentence is no signature. A quoted message's sign-off must be a given name and the
quote must open as a message does ("Hi Helen, ...") or be said to be sent ("she texted:"), so a
proverb signed by its author is left alone.
"""

from __future__ import annotations

import re

from . import data
from .kinds import Cand
from .name_take import KNOWN, SIGN, take
from .name_words import Tokens, given, titlecase

__all__ = ["find_signoffs"]

_SIGNOFF_RE = re.compile(
    r"(?:(?:^|(?<=[\n.!?,;)]))\s*(?:thanks|thank\s+you|many\s+thanks|thx|ty|regards|kind\s+regards"
    r"|best(?:\s+regards|\s+wishes)?|cheers|sincerely|love|xoxo|warmly|take\s+care|god\s+bless"
    r"|blessings|respectfully|yours(?:\s+truly)?|with\s+thanks|signed|sent\s+by)"
    # a bare "from" signs off only at the head of its line or sentence: "I'm 38, from Manila"
    # is where the writer lives
    r"|(?:^|(?<=[\n.!?;)]))\s*from)"
    r"(?:\s+(?:so\s+much|a\s+lot|in\s+advance|again|everyone|all|you|doctors?|for\s+reading"
    r"|for\s+(?:any|your)\s+(?:help|advice|time)))*\s*[,.!:\-\u2013\u2014]*\s*",
    re.IGNORECASE,
)
_DASH_SIGN_RE = re.compile(r"(?:^|(?<=\s))(?:-{1,2}|\u2013|\u2014|~)\s*(?=[^\W\d_])")
# the end of the text, or a comma and the asker's address or phone ("- Ana Ruiz, 12 Elm St")
# ... or a contact block under the name: up to three lines with a phone number or an e-mail
_END_RE = re.compile(
    r"[\s.!,:;)~\-\u2013\u2014]*$|,\s*\+?\(?\d"
    # where the writer is from: "- Funmi from Lagos", "Thanks, Ana in Toronto"
    r"|,?[ \t]+(?:from|in)[ \t]+[A-Z][^\W\d_]+(?:[ \t][A-Z][^\W\d_]+)?[\s.!]*$"
    r"|[ \t]*\n(?=[^\n]*(?:\d{3}|@))(?:[^\n]*(?:\n|$)){1,3}\s*$"
    # the end of a message quoted in the post: '... on the stairs though. - Joy"' and a new line
    r"|[ \t]*[\"\u201d][ \t]*(?:\n|$)"
)
# Where a quoted message ends: a closing quote at the end of its line.
_QUOTE_END_RE = re.compile(r"[\"\u201d][ \t]*\n")
_QUOTE_CLOSE = re.compile(r"[ \t]*[\"\u201d]")
_LAST_LINE_RE = re.compile(r"\n[ \t]*(?=[^\W\d_][^\n]{0,40}$)")
# what closes a message and is no name: "God bless you. Amen"
_CLOSINGS = frozenset(["amen", "inshallah", "insha'allah", "namaste", "shalom", "peace"])


def find_signoffs(t: Tokens, out: list[Cand]) -> None:
    text = t.text
    tail_from = max(0, len(text) - 200)
    # the post's end, and the end of each message quoted in it
    windows = [(tail_from, len(text))]
    windows += [(max(0, q.start() - 200), q.start() + 1) for q in _QUOTE_END_RE.finditer(text)]
    for rx in (_SIGNOFF_RE, _DASH_SIGN_RE, _LAST_LINE_RE):
        for m in (m for a, b in windows for m in rx.finditer(text, a, b)):
            before = len(out)
            last = take(t, m.end(), SIGN, out)
            if last < 0:
                last = _after_descriptor(t, m.end(), out)
            if last < 0:
                continue
            if (
                not _END_RE.match(text, t.ends[last])
                or (rx is _LAST_LINE_RE and not _last_line_name_ok(t, out[-1]))
                or t.lows[last] in _CLOSINGS
                # a quoted message is signed by a person's given name ("- Joy"), not by a
                # hospital ("- Fortis Escorts")
                or (
                    _QUOTE_CLOSE.match(text, t.ends[last])
                    and not (
                        given(t.lows[t.at(out[-1][0])] if len(out) > before else "")
                        and _quoted_message(text, m.start())
                    )
                )
            ):
                del out[before:]


def _quoted_message(text: str, pos: int) -> bool:
    """The quote that ends at a sign-off opens as a message does ("Hi Helen, ..."): a proverb
    signed by its author ("... - Virgil") is no one's message."""
    opening = max(text.rfind('"', 0, pos), text.rfind("\u201c", 0, pos))
    return opening >= 0 and (
        _MESSAGE_OPENING.match(text, opening + 1) is not None
        or _SENT_BEFORE.search(text, max(0, opening - 50), opening) is not None
    )


# ... or is one sent: "The carer texted:\n\"...\""
_SENT_BEFORE = re.compile(
    r"\b(?:texted|wrote|messaged|emailed|whatsapped|sent (?:me|us)|text from|message from)\b"
    r"[^\"\u201c\n]{0,25}[:\s]*$",
    re.IGNORECASE,
)
_MESSAGE_OPENING = re.compile(
    r"[ \t]*(?:hi|hey|hiya|hello|dear|morning|evening|good (?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)


def _after_descriptor(t: Tokens, pos: int, out: list[Cand]) -> int:
    """ "Thanks, Worried Dad Pete": skip up to three describing words, then a known name."""
    i = t.at(pos)
    n = len(t.toks)
    k = i
    while k < n and k - i < 3 and titlecase(t.toks[k]):
        low = t.lows[k]
        if not (low in data.COMMON_WORDS or low in data.KIN_WORDS or low in data.STOPWORDS):
            break
        if k + 1 >= n or t.gap(k, k + 1) != " ":
            return -1
        k += 1
    if k == i or k >= n:
        return -1
    return take(t, t.starts[k], KNOWN, out)


def _last_line_name_ok(t: Tokens, cand: Cand) -> bool:
    """A lone capitalised line at the end is a name only if it starts with a known given name."""
    return given(t.lows[t.at(cand[0])])
