"""Names that protect no one: a public figure, a pet, a person a hospital or a ward is named
after ("Steve Biko Academic", "the Alfred", "at Royal Preston", "the Queen Alexandra"), and
words a name reader can take for one: a sign after a test's result ("positive Romberg"), a
state benefit ("Attendance Allowance") and a street a practice is named by ("Brook Lane
Surgery"). ``not_a_person`` is asked of
every name candidate the rules and the tagger find.
"""

from __future__ import annotations

import re

from . import data
from .kinds import Cand, Kind
from .name_words import KIN_ALT

__all__ = ["drop_non_persons", "not_a_person", "public_figure"]


def drop_non_persons(text: str, out: list[Cand], since: int) -> None:
    """Remove name candidates (from index ``since`` on) that name no one to protect
    (``not_a_person``)."""
    keep = out[:since]
    for c in out[since:]:
        if c[2] == Kind.PERSON_NAME and not_a_person(text, c):
            continue
        keep.append(c)
    out[:] = keep


# An animal just before the name: "my dog Bella", "our cat, Luna,", "a puppy named Max".
_PET_BEFORE = re.compile(
    r"\b(?i:my|our|his|her|their|the|a|an)\s+(?i:dog|doggy|puppy|pup|cat|kitten|kitty|pet|horse"
    r"|pony|rabbit|bunny|hamster|guinea\s+pig|parrot|budgie|tortoise|turtle|ferret|goat)\b,?\s+"
    r"(?i:(?:is\s+)?(?:named|called)\s+)?$"
)
# Inside an institution's own name: "Hospital Infantil de México Federico Gómez", "RSUD Dr.
# Soetomo" (a regional hospital in Indonesia), "Klinik Dr. Tan". Not a person named after it
# with a title of their own ("Royal Free Hospital Mr Patel", "Centro de Salud Dra Lucía"):
# only Indonesia's hospital names take the title.
_INSTITUTION_BEFORE = re.compile(
    r"\b(?:Hospital|Hospitais|H\u00f4pital|Ospedale|Klinikum|Cl\u00ednica|Instituto|Centro"
    r"|Policl\u00ednica|Sanatorio)(?:\s+(?:de|del|la|las|los|do|da|dos|das"
    r"|(?!(?:Mr|Mrs|Ms|Miss|Dr|Dra|Prof|Professor|Nurse|Sister|Matron|Sr)\b)"
    r"[A-Z\u00c0-\u00de][\w'-]*)){1,5}\s+$"
    # the Royals of British hospitals: "at Royal Preston", "the Royal Alex"
    r"|\bRoyal\s+$"
)
_INDONESIAN_HOSPITAL_BEFORE = re.compile(
    r"\b(?:RSUD|RSUP|RSU|RS|Rumah\s+Sakit|Klinik)\s+(?i:dr|dr\.|prof|prof\.)(?:\s+[A-Z][\w'-]*){0,2}"
    r"\s+$"
)


# A person's name that names a place of care: "Steve Biko Academic", "Ivy Ward", "the
# Christie" (Australia's "the Alfred", Cambridge's "the Rosie").
_INSTITUTION_AFTER = re.compile(
    r" (?:Academic|Memorial|General|Regional|Teaching|University|Infirmary"
    r"|Hospital|Hospice|Ward|Wing|Unit|Suite|Building|Centre|Center|Clinic|Institute|Trust)\b"
    # not a form's next field ("Ruth Okonjo-Bell Hospital No: ...") or a role ("Ruth Hospice RN")
    r"(?![ \t]*(?:No\b|Number|#|ID\b|RN\b|Nurse|Doctor|Staff|Team))"
)
# "calling the Alfred", "at the Rosie": a hospital called by a name (not "the Sarah from the group")
_THE_BEFORE = re.compile(
    r"\b(?i:at|to|in|from|into|calling|called|rang|ring|phoned|phoning)[ \t]+(?i:the)[ \t]+$"
)
# ... but "I spoke to the Sarah who runs the clinic", "the Chloe at reception" are people
_PERSON_AFTER = re.compile(
    r"[ \t]+(?i:who|whom|that|you|at|from|i|we|on"
    # "donate to the Mensah family", not "the Garfield family practice"
    r"|family(?! (?:practice|doctor|medicine|clinic|planning|physician|centre|center|health"
    r"|accommodation|liaison|services|team|office|room|support)))\b"
)
_CAPITALISED_BEFORE = re.compile(
    r"\b(?!(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Nurse|Sister|Doctor|Matron|Midwife)\b)"
    r"[A-Z][a-z]+[ \t]+$"
)
_INSTITUTION_LAST = re.compile(r"[ \t](?:Academic|Memorial|Infirmary)$")
# A home's or a block's name: "Sai Krupa Apartments", "Maple Court Residences", and, in an
# address ("Room 14, Rowan Lodge, 2 Mill Lane"), "Lodge", "Manor", "Court", "House" too.
_BLOCK_AFTER = re.compile(
    r" (?:Apartments|Apts|Residency|Residences|Towers|Mansions|Flats|Villas|Nursing Home"
    r"|Care Home|Rest Home|Retirement (?:Home|Village))\b"
)
# An author's or a broadcaster's name, by their work: "Wendy Mitchell's book", "a memoir by
# Tom Shakespeare", "her TED talk"
_WORK_AFTER = re.compile(
    r"['\u2019]s[ \t]+(?:(?:new|latest|first|last|own|great|brilliant|famous)[ \t]+)?(?:book|books"
    r"|memoir|novel|podcast|documentary|ted[ \t]+talk|youtube[ \t]+channel|blog|column"
    r"|bestseller)\b(?![ \t]+(?:club|group|bag|shelf))",
    re.IGNORECASE,
)
_WORK_BEFORE = re.compile(
    r"(?:\b(?:(?:book|books|memoir|novel|podcast|documentary|bestseller)"
    r"[ \t]+by|the[ \t]+(?:author|writer|broadcaster|presenter|novelist))"
    # a title in quotes and its author: "'Why Does He Do That?' by Lundy Bancroft" (an opening
    # quote too: not "St Thomas' by Uncle Dev")
    r"|['\"\u2018\u201c][^'\"\u2018\u201c\u2019\u201d\n]{2,60}['\"\u2019\u201d][ \t]+by)[ \t]+$",
    re.IGNORECASE,
)
# ... not one's own people: "my sister Anna Lee's book club"
_OWNER_BEFORE = re.compile(
    r"\b(?i:my|our|his|her|their|your)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,2}$"
    # a relative's own work: "Dad's book 'Learning to Walk Again' by Peter Hale"
    rf"|\b(?i:{KIN_ALT})['\u2019]s[ \t]+(?:new "
    r"|first |latest )?(?i:book|memoir|novel|blog|podcast)\b[^\n]{0,70}$"
)
_HOME_LAST = re.compile(r"[ \t](?:Lodge|Manor|Court|House|Grange|Gardens)$")
_ADDRESS_AROUND = re.compile(
    r"[ \t]*,[ \t]*\d+[A-Za-z]?[ \t]+(?:[A-Z][a-z]+[ \t]+){1,2}(?:Street|St|Road|Rd|Lane|Ln|Avenue"
    r"|Ave|Close|Drive|Way|Crescent|Place|Grove|Terrace|Gardens|Court|Hill|Row|Walk)\b"
)
# A royal's name is a hospital's or a royal's, neither a patient's: "the Queen Alexandra",
# "at Prince Philip".
_ROYAL_BEFORE = re.compile(r"\b(?i:the|at|to|from|in|into)\s+(?:Queen|King|Prince|Princess)\s+$")
# A test's result before it: the word is a sign or a test ("positive Romberg", "negative Kernig").
_RESULT_BEFORE = re.compile(r"\b(?i:positive|negative|equivocal|\+ve|-ve)\s+$")
# A state benefit, by its last word: "Attendance Allowance", "Universal Credit", "Child Benefit".
_BENEFIT = r"(?:Allowance|Benefit|Credit|Payment|Supplement|Pension)"
_BENEFIT_LAST = re.compile(rf"[ \t]{_BENEFIT}$")
_BENEFIT_AFTER = re.compile(rf"[ \t]+(?:[A-Z][a-z]+[ \t]+)?{_BENEFIT}\b")
# A street's name before a practice: "Brook Lane Surgery", "Mill Road Medical Centre".
_PRACTICE_AFTER = re.compile(
    r"[ \t]+(?:Lane|Road|Street|Avenue|Park|Hill|Green|Way|Drive|Close|Square|Gardens|Grove)"
    r"[ \t]+(?:Surgery|Practice|Medical|Health|Clinic|Pharmacy|Dental|Dentists?)\b"
)
_ROOM_BEFORE = re.compile(r"\b(?i:room|flat|unit|apt)\.?[ \t]*\d+[A-Za-z]?[ \t]*,[ \t]*$")
_PLACE_WORDS = frozenset({"ward", "wing", "unit", "suite", "building", "centre", "center"})


def not_a_person(text: str, c: Cand) -> bool:
    """A public figure, a pet or a person an institution is named after."""
    before = text[max(0, c[0] - 80) : c[0]]
    single = " " not in text[c[0] : c[1]].strip()
    return (
        public_figure(text, c)
        or _PET_BEFORE.search(before) is not None
        or _INSTITUTION_BEFORE.search(before) is not None
        or _INDONESIAN_HOSPITAL_BEFORE.search(before) is not None
        or _INSTITUTION_AFTER.match(text, c[1]) is not None
        or (
            single
            and _THE_BEFORE.search(before) is not None
            and _PERSON_AFTER.match(text, c[1]) is None
        )
        or (
            single
            and text[c[0] : c[1]].lower() in _PLACE_WORDS
            and _CAPITALISED_BEFORE.search(before) is not None
        )
        or _INSTITUTION_LAST.search(text, c[0], c[1]) is not None
        or _BLOCK_AFTER.match(text, c[1]) is not None
        or _authors_work(text, c)
        or _ROYAL_BEFORE.search(before) is not None
        or _RESULT_BEFORE.search(before) is not None
        or _BENEFIT_LAST.search(text, c[0], c[1]) is not None
        or _BENEFIT_AFTER.match(text, c[1]) is not None
        or _PRACTICE_AFTER.match(text, c[1]) is not None
        or (
            _HOME_LAST.search(text, c[0], c[1]) is not None
            and (_ADDRESS_AROUND.match(text, c[1]) or _ROOM_BEFORE.search(before))
        )
    )


_TITLED = re.compile(
    r"(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Nurse|Sister|Matron|Uncle|Aunt|Auntie|Nan"
    r"|Grandma|Grandpa|Father|Rev|Pastor)\b"
)
_OWN_AFTER = re.compile(r"[ \t]*[(,][ \t]*(?i:my|our|his|her)[ \t]+\w+")
_RUN_LEFT = re.compile(r"(?:[A-Z][\w'\u2019.-]*[ \t]+)+$")
_RUN_RIGHT = re.compile(r"(?:[ \t]+[A-Z][\w-]*)+")


def _authors_work(text: str, c: Cand) -> bool:
    """A full name (two words or more, the candidate or the run of capitalised words it is part
    of) by its work: "Wendy Mitchell's book", "a memoir by Tom Shakespeare", and not one's own
    people ("my sister Anna Lee's book club")."""
    left = _RUN_LEFT.search(text, max(0, c[0] - 60), c[0])
    right = _RUN_RIGHT.match(text, c[1])
    start = left.start() if left else c[0]
    end = right.end() if right else c[1]
    before = text[max(0, start - 80) : start]
    return (
        len(text[start:end].split()) >= 2
        and (_WORK_AFTER.match(text, end) is not None or _WORK_BEFORE.search(before) is not None)
        and _OWNER_BEFORE.search(before) is None
        # a clinician or a relative by title ("by Dr Amy Cole", "by Uncle Dev"), or one's own
        # ("by John Hale (my dad)", "by Ruth Hale, my grandmother")
        and _TITLED.match(text, start) is None
        and _OWN_AFTER.match(text, end) is None
    )


def public_figure(text: str, c: Cand) -> bool:
    name = " ".join(text[c[0] : c[1]].lower().split())
    if name in data.PUBLIC_FIGURES:
        return True
    # a name run that is part of a longer public name ("Celine" of "Celine Dion"), or that runs
    # on from one ("Queen Elizabeth Birmingham", "Steve Biko Academic": hospitals): one of them
    # written where the candidate stands (not "my brother Steve at Steve Biko Academic")
    start = max(0, c[0] - 40)
    window = text[start : c[1] + 40].lower()
    for p in data.PUBLIC_FIGURES:
        at = window.find(p)
        while at >= 0:
            s, e = start + at, start + at + len(p)
            if s < c[1] and c[0] < e:
                return True
            at = window.find(p, at + 1)
    return False
