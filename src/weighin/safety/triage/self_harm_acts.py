"""Self-harm acts: attempts, acts in progress, overdoses and goodbyes, read apart from ideation.

``acts`` returns the live ones (an emergency on their own) and the recent ones. A medicine taken
for a reason, as prescribed, by a young child, or by someone else who did not take their whole
supply is no self-harm act (the poisoning rules read those); an everyday lethal-dose question
("the lethal dose of caffeine? i drink 5 coffees a day") is about safe limits, not a means.
"""

from __future__ import annotations

import re

from weighin.safety.triage.facts import Facts, capped, taken_as_prescribed
from weighin.safety.triage.lexicon import idioms
from weighin.safety.triage.lexicon import self_harm as SH
from weighin.safety.triage.lexicon import self_harm_acts as SA
from weighin.safety.triage.lexicon import self_harm_signs as SS
from weighin.safety.triage.patterns import Rx, compiled
from weighin.safety.triage.self_harm_reader import Reader

STRONG = Rx(SA.SELF_HARM_STRONG)
ACT = Rx(SA.SELF_HARM_ACT)
OVERDOSE = Rx(SS.SELF_HARM_OVERDOSE)
ATTEMPT = Rx(SS.SELF_HARM_ATTEMPT)
_SH_STAGED = Rx(SS.SELF_HARM_STAGED)
_SH_DELIBERATE = Rx(SS.SELF_HARM_DELIBERATE)
# A lethal-dose question about something one eats or drinks daily ("the lethal dose of
# caffeine? i drink 5 coffees a day") is about safe limits, not a means.
_EVERYDAY_LETHAL = compiled(
    r"(?:lethal|fatal|deadly|toxic) (?:dose|amount|level|quantity)s? (?:of )?(?:caffeine|coffee"
    r"|tea|energy drinks?|water|salt|sugar|vitamin \w+|nutmeg|chocolate|cinnamon)\b"
)
# A lethal dose asked for a course, with no supply of one's own: "nursing student, whats the
# lethal dose of digoxin? revising for my pharmacology exam"
_LETHAL_ASK = compiled(r"(?:lethal|fatal|deadly|toxic) (?:dose|amount|level|quantity)")
_STUDYING = compiled(
    r"\b(?:nursing|medical|med|pharmacy|pharmacology|toxicology|paramedic|vet|biology|chemistry)"
    r" (?:student|school|exam|module|lecture|course|assignment|revision|degree|class|quiz)s?\b"
    r"|\brevis(?:ing|ion) for\b|\bstudying for\b|\b(?:for|in) (?:my|an|the|our|tomorrow's)"
    r" (?:exam|test|quiz|essay|assignment|osce|finals)\b"
)
_A_WISH = Rx(SH.SELF_HARM_NONEXIST)  # "to die", "kill myself", "end it"
_SUPPLY_HELD = compiled(
    r"\b(?:i have|i have got|i got|saved|stockpil\w*|hoard\w*|collected)\b"
    r"|\bmy (?:\w+ )?(?:tablets|pills|meds|medication|prescription)\b"
)
# A jump for fun: "want to jump off a cliff... into the sea, cliff diving next month".
_LEISURE_JUMP = compiled(
    r"\b(?:" + idioms.LEISURE_JUMPS + r"|base jump\w*|into the (?:sea|water|pool|lake|river)"
    r"|zip ?lin\w*|trampoline)\b"
)
_INTAKE = compiled(
    r"\b(?:a|per|each|every) (?:day|week|night|morning)\b|\bdaily\b|\btoo much\b|\bsafe (?:limit"
    r"|amount|level)\b|\bhow much is\b|\bi (?:drink|have|eat|take) (?:like |about |around )?\d"
)
# A thought worded before an act or a wish ("picturing myself stepping in front of a lorry",
# "thoughts about not waking up") dates it as a thought.
THOUGHT_BEFORE = compiled(
    r"\b(?:thoughts?|thinking|think|thinks|thought|dreams?|dreaming|picturing|imagining|fantasi\w+|"
    r"urges?)\b[^.!?;]{0,30}$"
)
_PILLS_FOR_REASON = compiled(
    r"\b(?:accidentally|by mistake|by accident|an accident|mixed up|forgot|double dose|for (?:my|a"
    r"|the|his|her) (?:pain|headache|toothache|tooth|back|period|migraine|cold|flu|fever)|over the "
    r"(?:day|weekend)|in a row|as (?:prescribed|directed)|(?:the|a|my|his|her) course|instead of|"
    r"spread(?:ing)? (?:them |it )?out)\b"
)
# a dose doubled by mistake (not "the whole box instead of 2")
_DOSE_DOUBLED = compiled(
    r"\b(?:2|3|two|three|an extra) (?:tablets?|pills?|capsules?|doses?|puffs?) instead of (?:1|one"
    r"|2|two)\b(?![^.!?]*\b(?:whole|all|the lot|then|rest)\b)"
    r"|(?<!not )\b(?:double dose|by mistake|accidentally|by accident)\b"
)
_OTHER_PERSON = compiled(
    r"\b(?:toddler|baby|son|daughter|kid|child|boy|girl|friend|brother|sister|dad|mum|husband|wife"
    r"|partner|boyfriend|girlfriend|he|she|they|dog|cat|puppy|grandma|grandpa|roommate|flatmate)\b"
)
# Someone telling what they took ("my daughter told me she took a handful of my tablets"): a
# disclosure of an overdose, not a child helping herself to a bottle.
_CONFESSED = compiled(
    r"\b(?:told|tells|admitted|confessed|texted|messaged)(?: to)? (?:me|us|him|her|them)"
    r"(?: that)? (?:he|she|they) (?:has |had |have )?(?:just |already )?$"
)
# a reason to take them: "swallowed a whole bottle of her dad's pills after her exam results"
_DISTRESS = compiled(
    r"\b(?:after|because of|over) (?:a |an |the |her |his |their |my )?(?:exam results|results day"
    r"|row|argument|fight|break ?up|split|bullying|being bullied|being dumped|falling out"
    r"|rejection|bad news|court|arrest)\b"
    r"|\bafter (?:he|she|they) (?:got|was|were) (?:dumped|bullied|rejected|expelled|fired|sacked"
    r"|arrested)\b"
)
# ... or said aloud, of all of a supply: "my brother says he swallowed all of mum's sleeping
# tablets" (not "says he took a bunch of pills at a party")
_SAID = compiled(
    r"\b(?:says|said|saying|admits|admitted)(?: that)? (?:he|she|they) (?:has |had |have |is )?"
    r"(?:just |already )?$"
)
_ALL_OF = compiled(r"\b(?:all|everything|the rest|whole|every)\b")
_YOUNG_CHILD = compiled(r"\b(?:toddler|baby|infant|little one|\d+ ?(?:month|week)s? old)\b")
_PILLS = compiled(r"\b(?:pills?|tablets?|meds|medicines?|capsules?)\b")
# an adult's whole box is no child's accident: "my partner ... swallowed a whole box of
# paracetamol this morning"
_ADULT = compiled(
    r"\b(?:partner|husband|wife|boyfriend|girlfriend|fiancee?|flatmate|roommate|housemate|mum|mom"
    r"|dad|father|mother|brother-in-law|sister-in-law)\b"
)
_WHOLE = compiled(r"\b(?:whole|entire|all (?:of )?(?:the|a|his|her|their))\b")
# ... unless a muddled mind took them: "Dad (80) has dementia ... a whole week of pills out of
# his dosette box"
_MUDDLED = compiled(r"\bdementia\b|\balzheimer\w*|\bconfused\b|\bmuddled\b|\bmemory\b|\bdosette\b")
_OWN_SUPPLY = compiled(
    r"\b(?:all|whole|every(?: single)? one|the lot)\b[^.!?;]{0,12}\b(?:his|her|their|my)\b"
)


def young(f: Facts) -> bool:
    """A baby, a toddler or a child under ten: what they swallow is an accident."""
    return bool(_YOUNG_CHILD.search(f.t)) or (f.age_months is not None and f.age_months < 120)


def acts(
    f: Facts, r: Reader, has_ideation: bool
) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """Acts, attempts and goodbyes that are emergencies on their own (live), or recent ones."""
    t = f.t
    strong: list[re.Match[str]] = []
    recent: list[re.Match[str]] = []
    found = f.found
    for m in [
        *(
            m
            for m in capped(STRONG, t, found)
            # "picturing myself stepping in front of a lorry" is a thought (read as ideation)
            if not THOUGHT_BEFORE.search(t, max(0, m.start() - 40), m.start())
        ),
        *capped(ATTEMPT, t, found),
        *capped(_SH_STAGED, t, found),
        *capped(_SH_DELIBERATE, t, found),
    ]:
        if everyday_lethal(t, m, r) or ("jump" in m.group(0) and _LEISURE_JUMP.search(t)):
            continue
        if not has_ideation and _PILLS.search(m.group(0)) and taken_as_prescribed(t, m):
            continue  # "got all mum's pills lined up in a dosette box"
        if (
            not has_ideation
            and m.group(0).endswith("overdosed")
            and _DOSE_DOUBLED.search(t, *f.sentence_span(m.start()))
        ):
            continue  # "scared i overdosed on vitamin D, took 2 tablets instead of 1"
        st = r.status(m)
        if st != "dead":
            (strong if st == "live" else recent).append(m)
    for m in [
        *capped(ACT, t, f.found),
        *capped(OVERDOSE, t, f.found),
    ]:
        st = r.status(m)
        if st == "dead":
            continue
        before = t[max(0, m.start() - 30) : m.start()]
        clause = f.clauses[f.clause_at(m.start())]
        if _PILLS_FOR_REASON.search(t[clause.start : clause.end]):
            continue
        # "scared i overdosed on vitamin D, took 2 tablets instead of 1": the reason in the
        # sentence's next clause, and no wish to die anywhere
        if not has_ideation and _DOSE_DOUBLED.search(t, *f.sentence_span(m.start())):
            continue
        if not has_ideation and taken_as_prescribed(t, m):
            continue
        if not has_ideation:
            # A young child getting hold of medicine is poisoning; someone else's overdose is
            # self-harm when they took all of their own supply.
            if young(f):
                continue
            if (
                _OTHER_PERSON.search(re.split(r"[,.!?;]", before)[-1])
                and not _OWN_SUPPLY.search(m.group(0))
                and not (_ADULT.search(t) and _WHOLE.search(m.group(0)) and not _MUDDLED.search(t))
                and not _CONFESSED.search(before)
                and not (_SAID.search(before) and _ALL_OF.search(m.group(0)))
                and not _DISTRESS.search(t, *f.sentence_span(m.start()))
            ):
                continue
        (strong if st == "live" else recent).append(m)
    return strong, recent


def everyday_lethal(t: str, m: re.Match[str], r: Reader) -> bool:
    if _EVERYDAY_LETHAL.match(t, m.start()) and _INTAKE.search(t):
        r.ruled_out = True
        return True
    if (
        _LETHAL_ASK.match(t, m.start())
        and _STUDYING.search(t)
        and not _SUPPLY_HELD.search(t)
        and not _A_WISH.rx.search(t)
    ):
        r.ruled_out = True
        return True
    return False
