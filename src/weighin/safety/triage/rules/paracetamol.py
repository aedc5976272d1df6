"""How much paracetamol a text says was taken: grams said beside the drug or as a day's total,
and tablets by the clock ("2 every 3 hours day and night"). Read by ``acute.poisoning``."""

from __future__ import annotations

import re

from weighin.safety.triage.facts import Facts
from weighin.safety.triage.patterns import compiled
from weighin.safety.triage.readings import num

# Paracetamol by the gram: "probably 10 or 12 grams a day", "8000mg of tylenol".
_DRUG = r"(?:paracetamol|acetaminophen|tylenol|panadol|co-?codamol|calpol)"
PARACETAMOL = compiled(rf"\b{_DRUG}\b")


def _grams(n: str) -> str:
    return (
        rf"(?:(?P<g{n}>\d{{1,2}}(?:\.\d)?)(?:\s*(?:or|to|-)\s*(?P<h{n}>\d{{1,2}}(?:\.\d)?))?"
        rf"\s?(?:g|gm|grams?)|(?P<mg{n}>\d{{4,5}})\s?mg)\b"
    )


# The amount must belong to the drug: right beside it ("8000mg of tylenol", "paracetamol 10 g"),
# or a daily total in a sentence that names it ("paracetamol plus flu sachets, 10 or 12 grams a
# day"); never a lab value ("hb 8.5 g/dl") or the grams of something else.
_PARACETAMOL_AMOUNT = compiled(
    rf"\b{_DRUG}\b(?:\s+[a-z]+){{0,2}}?\s+"
    + _grams("1")
    + r"(?!\s*/)(?!\s*(?:of|in) (?!paracetamol|acetaminophen|tylenol|panadol|it|them)\w)"
    + r"|\b"
    + _grams("2")
    + rf"(?!\s*/)(?:\s+(?:a day|per day|daily))?\s+(?:of\s+)?(?:[a-z]+\s+)?{_DRUG}\b"
    + rf"|\b{_DRUG}\b[^.!?]{{0,120}}?\b"
    + _grams("3")
    + r"(?!\s*/)\s*(?:a|per|each|every)\s+day\b"
)


# Tablets by the clock ("2 tablets every 3 hours day and night"): 500 mg each, round the day.
_TABLETS_EVERY = compiled(
    r"\b(?:taking|took|taken|had|having|swallow\w*|popping|popped)\b[^.!?;]{0,30}?"
    r"\b(?P<n>[1-4]|one|two|three|four) (?:\w+ ){0,2}?(?:tablets?|pills?|caplets?|tabs?|paracetamol"
    r"|acetaminophen|tylenol|panadol|co-?codamol|co-?dydramol)\b[^.!?;]{0,12}?"
    r"\bevery (?P<h>[1-4]|one|two|three|four|couple of|few) hours?\b"
)
_SMALL_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "couple of": 2, "few": 3}
# Past the packet's limit, said in words: "way more than the packet says", "round the clock".
PAST_THE_LIMIT = compiled(
    r"\bmore (?:\w+ )?than (?:the |what the )?(?:packet|box|label|leaflet|instructions|recommended"
    r"|maximum|max|limit|dose)\b|\bover the (?:limit|maximum|max|recommended)\b"
    r"|\bdouble the (?:dose|recommended|maximum)\b"
)


# Tablets counted in a day ("took paracetamol all day for toothache, about 16 tablets"): 500 mg
# each; not a pack's count, what is left, or a week's or a month's tablets.
_TABLETS_TAKEN = compiled(
    r"\b(?:took|taken|had|have had|swallowed|been taking|taking|been on|gone through)\b"
    r"[^.!?]{0,50}?\b(?:about |must be |probably "
    r"|around |maybe |like |nearly |over |at least )?(?P<n>[1-9]\d) (?:tablets?|pills?|caplets?"
    r"|tabs)\b(?! (?:left|in (?:the|a|each|every) (?:pack|box|packet)|a (?:week|month)|per"
    r" (?:week|month)|over (?:\d+|a few|several|the last \w+) (?:days|weeks)|in (?:a|the) (?:week"
    r"|month)))(?![^.!?]*\b(?:fortnight|this week|this month|last week|past week|weeks|a week"
    r"|a month|per week|per month)\b)"
)


# Packs swallowed, a UK pack being 16 tablets of 500 mg: "took 2 packs of paracetamol last night"
# (in the last day or so; not years ago, not a pack bought or a pack's price)
_PACKS_TAKEN = compiled(
    r"\b(?:took|taken|swallowed|downed|had|necked)\b (?:about |like |nearly |almost |over "
    r"|at least )?"
    r"(?P<n>[1-9]|a|one|two|three|four|five|a whole|the whole|a full) (?:packs?|packets?|box"
    r"|boxes)\b(?! (?:of|with) (?!(?:my |his |her |the )?(?:paracetamol|acetaminophen|tylenol"
    r"|panadol|co-?codamol)\b))"
)
_LONG_AGO = compiled(
    r"\b(?:years?|months?|weeks?) ago\b|\bwhen (?:i|he|she) was\b|\bused to\b"
    r"|\blast (?:year|month|week)\b|\bas a (?:teen|teenager|kid|child)\b"
)


def pack_grams(f: Facts) -> float:
    """Paracetamol swallowed by the pack (8 g each), unless the sentence dates it long ago."""
    out = 0.0
    for m in _PACKS_TAKEN.finditer(f.t):
        start, end = f.sentence_span(m.start())
        if _LONG_AGO.search(f.t, start, end):
            continue
        out = max(out, 8.0 * num(m.group("n")))  # ("a whole", "the whole": one)
    return out


def tablet_grams(f: Facts) -> float:
    """Paracetamol from tablets counted as taken, in a current clause (500 mg each)."""
    return max((int(m.group("n")) * 0.5 for m in f.current(_TABLETS_TAKEN)), default=0.0)


def clock_grams(t: str) -> float:
    """Paracetamol a day from tablets taken every few hours, day and night."""
    most = 0.0
    for m in _TABLETS_EVERY.finditer(t):
        n = _SMALL_NUMBERS.get(m.group("n")) or int(m.group("n"))
        h = _SMALL_NUMBERS.get(m.group("h")) or int(m.group("h"))
        if h >= 4 and not re.search(r"\b(?:day and night|round the clock|through the night)\b", t):
            continue  # "2 every 4 hours" is what the packet says (a day's limit of 4 doses)
        most = max(most, n * 0.5 * 24 / h)
    return most


def paracetamol_grams(f: Facts) -> float:
    """The most paracetamol said to be taken (grams, a day or at once) in a current clause."""
    most = 0.0
    for m in f.current(_PARACETAMOL_AMOUNT):
        for n in "123":
            for g in (f"g{n}", f"h{n}"):
                if m.group(g):
                    most = max(most, float(m.group(g)))
            if m.group(f"mg{n}"):
                most = max(most, float(m.group(f"mg{n}")) / 1000)
    return most
