"""What the PHI round tests share: the spans the rules find (without the learned tagger, so a
round's fix is pinned on the rules themselves), as (text, kind) pairs."""

from __future__ import annotations

from weighin.safety.phi import find


def found(text: str) -> list[tuple[str, str]]:
    return [(s.text, str(s.kind)) for s in find(text, learned=False)]


def names(text: str) -> list[str]:
    return [t for t, k in found(text) if k == "PERSON_NAME"]
