"""The name set beside a kinship cue rather than after it: "Emily, my daughter", "Emily (my
daughter)", "brian my husband 47", "Ngozi and Ifeanyi (my kids)", split from ``names`` along
that seam."""

from __future__ import annotations

import re

from . import data
from .kinds import Cand, Kind
from .name_words import Tokens, given, lower_given, nonname, titlecase

__all__ = ["PLURAL_KIN", "reverse_kin"]


def _lower_before_kin(t: Tokens, i: int, between: str) -> bool:
    """A lower-case name before "my husband" ("brian my husband 47"): one no dictionary knows,
    or a given name that is also a word opening its sentence ("grace is my grandma"); and any
    capitalised word that opens its sentence as someone who "is my niece" ("Blessing is my
    niece"), whatever else the word means."""
    if lower_given(t, i):
        return True
    low = t.lows[i]
    return (
        between in (" is ", " was ")
        and t.toks[i].isalpha()
        and not nonname(low)
        and (given(low) or titlecase(t.toks[i]))
        and re.search(r"(?:^|[.!?\n]\s*)$", t.text[: t.starts[i]]) is not None
    )


def reverse_kin(t: Tokens, cue_start: int, out: list[Cand]) -> None:
    """ "Emily, my daughter" / "Emily (my daughter)": the name just before the kinship cue; in
    lower case a given name no dictionary knows ("brian my husband 47", "sam is my partner")."""
    i = t.at(cue_start) - 1
    if i > 0 and t.lows[i] in ("is", "was") and t.gap(i - 1, i) == " ":
        i -= 1  # "sam is my partner"
    if i < 0 or t.possessive[i]:
        return
    between = t.text[t.ends[i] : cue_start]
    if between.strip(" ,(") or not re.search(r"[,(]\s*$", between):
        if re.fullmatch(r" (?:is |was |= )?", between) and _lower_before_kin(t, i, between):
            out.append((t.starts[i], t.ends[i], Kind.PERSON_NAME))
        return

    def ok(k: int) -> bool:
        low = t.lows[k]
        return titlecase(t.toks[k]) and not nonname(low) and low not in data.COMMON_WORDS

    bracketed = between.strip(" ").startswith("(")
    # "Bill, my father-in-law, ...", "Patience, my mother, ...": a given name that is also a
    # word, set beside the kin word at the head of its sentence or in brackets
    opens = re.search(r"(?:^|[.!?\n]\s*)$", t.text[: t.starts[i]]) is not None
    plural = PLURAL_KIN.match(t.text, cue_start) is not None
    said = _SAYING.match(t.text, cue_start) is not None  # "Patience, my mother always said, ..."
    if (
        (opens or bracketed)
        and _apposable(t, i)
        and not (i > 0 and ok(i - 1))
        and not plural
        and not said
    ):
        out.append((t.starts[i], t.ends[i], Kind.PERSON_NAME))
        return
    if not ok(i):
        # "pat (my roommate)": in brackets, a lower-case given name even if it is also a word
        if lower_given(t, i) or (
            bracketed and t.toks[i].isalpha() and given(t.lows[i]) and not nonname(t.lows[i])
        ):
            out.append((t.starts[i], t.ends[i], Kind.PERSON_NAME))
        return
    first = i
    while first > 0 and t.gap(first - 1, first) == " " and ok(first - 1):
        first -= 1
    # "Ngozi and Ifeanyi (my kids)": before a plural kin word, names need not be known ones
    if given(t.lows[first]) or first < i or plural:
        out.append((t.starts[first], t.ends[i], Kind.PERSON_NAME))
    if (
        plural
        and first >= 2
        and t.lows[first - 1] in ("and", "&")
        and (ok(first - 2) or _apposable(t, first - 2))
    ):
        out.append((t.starts[first - 2], t.ends[first - 2], Kind.PERSON_NAME))


def _apposable(t: Tokens, i: int) -> bool:
    """A capitalised given name, also when it is a word ("Will", "Patience", "May"): set beside a
    kin word it is a name."""
    low = t.lows[i]
    return titlecase(t.toks[i]) and (
        low in data.AMBIGUOUS_NAMES or (given(low) and not nonname(low))
    )


_SAYING = re.compile(
    r"(?i:my|our|his|her) \w+(?: \w+)? (?:always |often |once |used to )?(?:said|says|say|told"
    r"|tells|swears|swore)\b"
)
PLURAL_KIN = re.compile(
    r"(?i:my|our)\s+(?:\w+\s+)?(?i:kids|children|sons|daughters|twins|boys|girls|grandkids"
    r"|grandchildren|parents)\b(?!['\u2019])"
)
