"""Names by who someone is to the writer, where no "my son" or "Dr" stands before them.

- the person a reply speaks to, by name at its head: "Ferdia, I've read your results" (a doctor's
  answer opens so; the name is the asker's);
- a name given after the word "name" and a comma: "my son's name, Ewan Doyle, was on the form";
- a child named by the parent: "I'm the dad of Darcey, who";
- a person named by the role they fill for the writer, a trainer, an instructor or a coach:
  "athletic trainer Okafor", "my swim instructor Dana".
"""

from __future__ import annotations

import re

from . import data
from .kinds import Cand, Kind
from .name_take import KIN, STRONG, take
from .name_words import (
    CHAT_WORDS,
    PLACES,
    Tokens,
    country_names,
    english_words,
    given,
    nonname,
    titlecase,
)

__all__ = ["find_addressed"]

# A name opening a line with a comma, and then the writer or the reader: "Ferdia, I've read".
_OPENING_RE = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?P<n>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?),[ \t]+"
    r"(?=(?:I(?:['\u2019](?:ve|m|d|ll))?|you(?:['\u2019](?:ve|re|ll|d))?|your|thanks|thank[ \t]+you"
    r"|sorry|glad)\b)"
)
# ... in a text that speaks to its reader: an answer, not a question opening "Argh, I've ..."
_TO_THE_READER = re.compile(r"\byour\b|\byou(?:['\u2019](?:ve|re|d|ll))\b", re.IGNORECASE)
# "my son's name, Ewan Doyle, ...": not a list of fields ("her name, address and date of birth")
_NAME_COMMA_RE = re.compile(
    r"\b(?:my|his|her|their|our|your|[A-Za-z]+['\u2019]s)[ \t]+(?:full[ \t]+)?name,[ \t]+"
    r"(?=[A-Z][a-z])(?!(?:Address|Date|Dob|DOB|Age|Phone|Email|Number|Birthday|Postcode|School)\b)"
)
_PARENT_OF_RE = re.compile(
    r"\b(?:mum|mom|mam|mother|mummy|mommy|dad|father|daddy|parent|grandma|grandmother|grandad"
    r"|granddad|grandfather|granny|guardian)[ \t]+of[ \t]+(?=[A-Z][a-z])",
    re.IGNORECASE,
)
# A role filled for the writer's own health or training, then the person's name in capitals.
# A trainer named by the work ("athletic trainer Okafor") may be any unknown word; after "my
# trainer" or "instructor" only a given name: "my trainer Nike" is a shoe.
_ROLE_RE = re.compile(
    r"\b(?:(?i:my|our|his|her|their|the)[ \t]+)?"
    r"(?:(?P<q>(?i:athletic|personal|fitness|strength|swim(?:ming)?|riding|climbing)[ \t]+"
    r"(?i:trainer|instructor))|(?:(?i:[a-z]+)[ \t]+)?(?i:trainer|instructor))[ \t]+(?=[A-Z][a-z])"
)
# What opens a line as a sound, not a name: "Argh,", "Ugh,", "Ahh,", "Hmmm,", "Tldr,"
_SOUND_RE = re.compile(r".*(?:(.)\1|gh)|[^aeiouy]+")


def _unknown_word(low: str) -> bool:
    return not (
        low in english_words()
        or low in data.COMMON_WORDS
        or low in CHAT_WORDS
        or low in data.KIN_WORDS
        or low in data.NATIONALITY_WORDS
        or low in PLACES
        or low in country_names()
        or nonname(low)
    )


def find_addressed(t: Tokens, out: list[Cand]) -> None:
    text = t.text
    if "," in text:
        for m in _OPENING_RE.finditer(text):
            low = m.group("n").lower()
            if (
                _unknown_word(low)
                and (given(low) or not _SOUND_RE.fullmatch(low))
                and _TO_THE_READER.search(text, m.end())
            ):
                out.append((m.start("n"), m.end("n"), Kind.PERSON_NAME))
        for m in _NAME_COMMA_RE.finditer(text):
            take(t, m.end(), STRONG, out)
    if " of " in text:
        for m in _PARENT_OF_RE.finditer(text):
            i = t.at(m.end())
            if i < len(t.toks) and given(t.lows[i]) and _unknown_word(t.lows[i]):
                out.append((t.starts[i], t.ends[i], Kind.PERSON_NAME))
    for m in _ROLE_RE.finditer(text):
        i = t.at(m.end())
        if (
            i < len(t.toks)
            and titlecase(t.toks[i])
            and _unknown_word(t.lows[i])
            and (m.group("q") or given(t.lows[i]))
        ):
            take(t, m.end(), KIN, out)
