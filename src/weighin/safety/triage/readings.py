"""The numbers of one text the rules need: temperature, the youngest person's age (and so child,
infant, young infant), weeks of pregnancy, days of illness, blood sugar and blood pressure.

``read(f)`` sets them on a ``Facts``; a number counts only in a clause that is current (not
information-seeking, not past, not negated), as the features do.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from weighin.safety.triage.lexicon import idioms, spelling
from weighin.safety.triage.lexicon import other as other_lex
from weighin.safety.triage.patterns import Rx, compiled
from weighin.safety.triage.scope import negated

if TYPE_CHECKING:
    from weighin.safety.triage.facts import Facts

CHILD = compiled(idioms.CHILD_WORDS)
_YOUNG_BABY = Rx(idioms.YOUNG_BABY_WORDS)
_NUM = r"(\d+|" + "|".join(sorted(spelling.NUMBER_WORDS, key=len, reverse=True)) + r")"
_AGE = Rx(r"\b" + _NUM + r"[ -](day|week|month|year)s?[ -]old\b")
# a thing's age, not a person's: "new tattoo 3 days old", "the cut is 2 weeks old"
_THING_AGED = compiled(
    r"\b(?:tattoo|piercing|cut|wound|burn|stitches|scar|bruise|bite|graze|scab|blister|filling"
    r"|crown|implant|cast|incision|injury|sprain|rash|lump|mole|cough)s? (?:is |are |was |now )?$"
)
_AGE_IS = Rx(
    r"\b(?:son|daughter|child|kid|boy|girl|baby|toddler|grandson|granddaughter|he|she|who) is "
    r"(?:only |just |about )?(\d{1,2})\b(?! (?:weeks|days|minutes|hours|months|years|times|%|"
    r"degrees|kg|lbs|stone|pills|tablets|\d))"
)
_AGE_PAREN = Rx(
    r"\b(?:son|daughter|boy|girl|child|kid|grandson|granddaughter|nephew|niece)\s*(?:\(|,\s*|"
    r"aged\s*|age\s*)(\d{1,2})\b(?! (?:days|weeks|months|hours|minutes|times))"
)
# "my 3 mo", "our 6 wk"; and a text that opens with the age ("4 months, the soft spot ..."),
# when it is about a baby (else "3 weeks, still coughing" is a duration).
_AGE_SHORT = Rx(
    r"\b(?:my|our|his|her|their) (\d{1,2}) ?(months?|mos?|mths?|weeks?|wks?)\b"
    r"(?= old| baby| boy| girl| son| daughter| has| is| was| had| keeps| will not| cannot)"
)
_AGE_OPENING = compiled(r"^(\d{1,2}) ?(months?|mos?|mths?|weeks?|wks?)(?=,)")
_BABY_CARE = Rx(
    r"\b(?:baby|babies|newborn|infant|soft spot|fontanelle|nappy|nappies|diaper|feeds?|feeding"
    r"|formula|breastfe\w*|bottle)\b"
)
_AGE_MONTHS = Rx(
    r"\b(?:baby|infant|son|daughter|she|he|newborn|little one|boy|girl|grandson|granddaughter"
    r"|grandchild|grandbaby|niece|nephew)(?: is| who is|,| \()? ?"
    r"(\d{1,2}) ?(weeks?|months?|days?)\b(?! ago| pregnant)"
)
_TEMP = Rx(
    r"(?:(fever|temp|temperature|temps|reading|thermometer)\D{0,12})?\b(\d{2,3}(?:\.\d{1,2})?)"
    r" ?(°|degrees|deg|c\b|f\b)?(?! ?(?:weeks|week|days|day|years|year|months|month|hours|hour|"
    r"minutes|mins|yo|kg|lbs|%|/|mg|ml|times|pills|tablets|bpm|beats))"
)
_GA_WEEKS = Rx(
    r"(?:(?:^|\bi am|\bshe is|\bat|\bam|\bpregnant|\bwife is|\bpartner is|,|\band)[\s(]*"
    r"(?:only |just |"
    r"nearly |almost |about |over |around )?"
    + _NUM
    + r"(?:\+[0-6])? ?(?:weeks?|wks?)\b(?! (?:old|ago))|\b"
    + _NUM
    + r" ?(?:weeks?|wks?) (?:pregnant|along|gestation|and (?:having|my|the|baby|"
    r"contractions|bleeding|i)))"
)
_GA_MONTHS = Rx(r"\b" + _NUM + r" months? pregnant\b|\bpregnant " + _NUM + r" months?\b")
_DAYS = Rx(
    r"\b(?:for|since|over|past|last|nearly|almost|been|the last|the past|for about|for over|for "
    r"nearly|for the last|for the past|in|lasted|lasting) " + _NUM + r" (days|weeks|day|week)\b"
    r"(?! (?:ago|old|pregnant))|\b" + _NUM + r" (days|weeks|day|week) (?:now|straight|in a row|"
    r"running)\b"
)
_DAYS_WORD = Rx(r"\b(?:a week|all week|since last week|over a week|a fortnight|two weeks)\b")
_SUGAR = Rx(
    r"\b(?:blood sugar|sugar|sugars|glucose|bg|bm|blood glucose|reading|meter|monitor|libre|dexcom"
    r"|cgm)(?: level| levels| says| reads| shows| "
    r"reading)*(?: is| was| of| at| has been| dropped to| down to| reading| only| just| over| "
    r"above| showing| " + other_lex.SUGAR_VERBS.replace("|", "| ") + r")*\s*(\d{1,3}(?:\.\d)?)\b"
)
_BP = Rx(r"\b(\d{2,3}) ?(?:/|over) ?(\d{2,3})\b")
_DIGIT = re.compile(r"\d")
_CHILDHOOD = compiled(
    r"\b(?:as a|when (?:i|he|she|we|they) (?:was|were)(?: just)? an?|since (?:i|he|she) was an?) "
    r"(?:kid|child|baby|toddler|little one)\b|\bwhen (?:i|he|she) was little\b|\bchildhood\b"
)


def read(f: Facts) -> None:
    """Set ``temp``, ``age_months``, ``child``, ``infant``, ``young_infant``, ``ga_weeks``,
    ``days``, ``sugar`` and ``bp`` on ``f`` (its features already read)."""
    t, found = f.t, f.found
    f.temp = 0.0
    # a temperature has digits: most texts have none, and the pattern has no other anchor
    for m in _TEMP.finditer(t, found) if _DIGIT.search(t) else ():
        ci = f.clause_at(m.start(2))
        if not f.clause_ok(ci) or negated(t, f.clauses[ci], m.start()):
            continue
        value = float(m.group(2))
        cue, unit = m.group(1), m.group(3)
        decimal = "." in m.group(2)
        if 35.0 <= value <= 43.5 and (cue or unit or decimal):
            f.temp = max(f.temp, value)
        elif 95.0 <= value <= 110.0 and (cue or unit in {"f", "°", "degrees"}):
            f.temp = max(f.temp, round((value - 32) * 5 / 9, 1))
    # Ages, in months (the youngest mentioned person).
    ages: list[float] = []
    for m in _AGE.finditer(t, found):
        if _THING_AGED.search(t, max(0, m.start() - 30), m.start()):
            continue
        n = num(m.group(1))
        unit = m.group(2)
        ages.append(
            n / 30
            if unit == "day"
            else n / 4.3
            if unit == "week"
            else n
            if unit == "month"
            else n * 12
        )
    for m in _AGE_PAREN.finditer(t, found):
        ages.append(int(m.group(1)) * 12)
    for m in _AGE_IS.finditer(t, found):
        ages.append(int(m.group(1)) * 12)
    opening = _AGE_OPENING.match(t) if _BABY_CARE.search(t, found) else None
    for m in [*_AGE_SHORT.finditer(t, found), *([opening] if opening else [])]:
        n = int(m.group(1))
        ages.append(n / 4.3 if m.group(2)[0] == "w" else n)
    for m in _AGE_MONTHS.finditer(t, found):
        n = int(m.group(1))
        unit = m.group(2)
        ages.append(n / 4.3 if unit[0] == "w" else n / 30 if unit[0] == "d" else n)
    if _YOUNG_BABY.search(t, found):
        ages.append(0.5)
    f.age_months = min(ages) if ages else None
    pregnant = "pregnant" in f.active or "postpartum" in f.active
    child_word = bool(CHILD.search(_CHILDHOOD.sub(" ", t)))
    if pregnant and ages == [] and child_word:
        child_word = bool(re.search(r"\b(?:toddler|kid|child|little one|newborn)\b", t))
    f.child = (f.age_months is not None and f.age_months < 156) or (
        child_word and f.age_months is None
    )
    f.infant = (f.age_months is not None and f.age_months < 12) or (
        f.age_months is None and bool(re.search(r"\b(?:baby|infant|newborn)\b", t)) and not pregnant
    )
    f.young_infant = f.age_months is not None and f.age_months < 3
    # Gestational age in weeks.
    f.ga_weeks = None
    for m in _GA_WEEKS.finditer(t, found):
        w = num(m.group(1) or m.group(2))
        if 4 <= w <= 42:
            f.ga_weeks = w
            break
    if f.ga_weeks is None:
        m = _GA_MONTHS.search(t, found)
        if m:
            f.ga_weeks = round(num(m.group(1) or m.group(2)) * 4.3)
    # Duration in days (longest current one).
    f.days = 0
    for m in _DAYS.finditer(t, found):
        ci = f.clause_at(m.start())
        if not f.clause_ok(ci):
            continue
        n = num(m.group(1) or m.group(3))
        unit = m.group(2) or m.group(4)
        f.days = max(f.days, n * 7 if unit.startswith("week") else n)
    if _DAYS_WORD.search(t, found):
        f.days = max(f.days, 7)
    # Blood sugar: mmol/L below 30, mg/dL above.
    f.sugar = None
    for m in _SUGAR.finditer(t, found):
        # a reading dated back is history: "diagnosed after a sugar of 30 in 2022"
        if f.clauses[f.clause_at(m.start(1))].past:
            continue
        v = float(m.group(1))
        if v > 0:
            f.sugar = v
            break
    # Blood pressure.
    f.bp = None
    if "bp_word" in f.active or "bp_word" in f.ignored:
        for m in _BP.finditer(t, found):
            s, d = int(m.group(1)), int(m.group(2))
            if 70 <= s <= 300 and 30 <= d <= 200 and s > d:
                f.bp = (s, d)
                break


def num(s: str) -> int:
    return int(s) if s.isdigit() else spelling.NUMBER_WORDS.get(s, 1)
