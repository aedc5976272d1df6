"""Topic words: the category of a routine text."""

from __future__ import annotations

from weighin.safety.triage.lexicon.idioms import CHILD_WORDS

# Features that describe a *topic* only; used to pick the category of a routine text.
TOPIC_WORDS: dict[str, str] = {
    "cardiac": (
        r"\bheart\b|\bchest\b|\bcardiac\b|\bcholesterol\b|\bpalpitations?\b|\bangina\b|\becg\b"
        r"|\bekg"
        r"\b|\bstatins?\b|\baspirin\b|\bcoronary\b"
    ),
    "stroke": r"\bstrokes?\b|\btia\b|\bmini[- ]?stroke\b|\bnumbness\b",
    "breathing": (
        r"\bbreath\w*\b|\basthma\b|\binhaler\b|\bcough\b|\bwheez\w*\b|\bchoking\b|\bheimlich\b"
        r"|\bcopd\b|\blungs?\b|\btracheotomy\b|\bscuba\b|\bnose\b"
    ),
    "allergy": (
        r"\ballerg\w+\b|\banaphyla\w+\b|\bepipen\b|\bhives\b|\bstung\b|\bsting\b|\bpeanut\w*\b"
    ),
    "poisoning": (
        r"\bpoison\w*\b|\boverdos\w+\b|\bswallow\w*\b|\bcleaning products\b|\bchocolate\b|\bcarbon "
        r"monoxide\b|\bbleach\b|\bheroin\b|\bcodeine\b"
    ),
    "bleeding": r"\bbleed\w*\b|\bblood loss\b|\bcut\b|\bplaster\b",
    "neuro": (
        r"\bseizures?\b|\bepilep\w+\b|\bheadaches?\b|\bmigraines?\b|\bbrain\b|\bconcussion\b"
        r"|\bhead\b|\bfaint\w*\b|\bdizz\w+\b"
    ),
    "self_harm": r"\bsuicid\w*\b|\bself[- ]?harm\w*\b|\bdepress\w+\b|\bwant(?:ing)? to die\b",
    "pregnancy": (
        r"\bpregnan\w*\b|\bpreeclampsia\b|\bpre-eclampsia\b|\blabou?r\b|\bmiscarriage\b"
        r"|\bbirth\b|\bmidwife\b|\btrimester\b"
    ),
    "pediatric": CHILD_WORDS + r"|\b\d+ (?:month|week|day) old\b|\bmmr\b|\bteething\b",
    "infection": (
        r"\bfever\b|\bflu\b|\bcold\b|\binfection\b|\bcontagious\b|\bmeningitis\b|\bsepsis\b"
        r"|\bpneumonia\b|\bantibiotics?\b|\bchickenpox\b|\bsore throat\b|\bincubation\b|\bvirus\b"
        r"|\bcovid\b"
    ),
}
