"""The consumer <-> clinical synonym list, as the query planner uses it.

The list itself is data (`search/data/synonyms.txt`), read by `weighin.search.text.
load_synonyms()`. Here it becomes an index from a phrase's stemmed words (search.text.stem, as
the list is written for) to every way of saying the same thing, each kept whole (stop words
included) so that the engines can match "hardening of the arteries" as a phrase.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Mapping

from weighin.search.analysis import STOP_WORDS, tokens
from weighin.search.text import stem

log = logging.getLogger(__name__)

Phrase = tuple[str, ...]


def _load() -> object:
    try:
        from weighin.search.text import load_synonyms
    except ImportError:
        log.info("weighin.search.text is not installed: searching without synonyms")
        return []
    return load_synonyms()


def as_groups(loaded: object) -> list[list[str]]:
    """Groups of phrases meaning the same thing, from the shapes a loader may return: a
    mapping of canonical term -> synonyms, of term -> canonical term, or groups."""
    if isinstance(loaded, Mapping):
        groups: dict[str, set[str]] = {}
        for key, value in loaded.items():
            if isinstance(value, str):
                groups.setdefault(value, {value}).add(key)
            else:
                groups.setdefault(key, {key}).update(value)
        return [sorted(g) for g in groups.values()]
    return [[p for p in group] for group in loaded if not isinstance(group, str)]  # type: ignore[union-attr]


def build_index(groups: Iterable[Iterable[str]]) -> dict[tuple[str, ...], tuple[Phrase, ...]]:
    index: dict[tuple[str, ...], tuple[Phrase, ...]] = {}
    for group in groups:
        phrases = tuple(dict.fromkeys(p for p in (tuple(tokens(s)) for s in group) if p))
        if len(phrases) < 2:
            continue
        for phrase in phrases:
            if len(phrase) == 1 and phrase[0] in STOP_WORDS:
                continue
            index.setdefault(tuple(stem(w) for w in phrase), phrases)
    return index


@functools.cache
def synonym_index() -> dict[tuple[str, ...], tuple[Phrase, ...]]:
    """Built once per process: the list is read-only data shipped with the code."""
    return build_index(as_groups(_load()))
