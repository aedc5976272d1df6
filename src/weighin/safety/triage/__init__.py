"""Emergency triage for questions patients post: is this an ambulance, a doctor today, or routine?

    >>> a = assess("my dad has crushing chest pain and is sweating right now")
    >>> a.level, a.category, a.is_emergency
    ('emergency', 'cardiac', True)
    >>> assess("what are the warning signs of a stroke?").level
    'routine'

Pure standard library, deterministic, and safe to call anywhere: it never imports Django and
touches no database; the learned weights are read once, on first use. The pipeline:

1. **Normalise** (``text``): lower case, first 20,000 characters only, contractions and chat
   spellings expanded ("cant" -> "cannot", "rn" -> "right now"), common misspellings fixed
   ("heart attak", "seizur", "pregant"), plus a one-edit correction towards a short list of long
   medical words ("anaphalaxis" -> "anaphylaxis") that never rewrites an ordinary word.
2. **Segment** into sentences and clauses (``scope``: commas, "but", "and now", ...), so that a
   negation or a past marker only reaches its own clause: "my mum had a stroke last year and now
   her face is drooping again" keeps the drooping face current.
3. **Find features** (``facts``; symptom lexicons in ``lexicon``) and give every mention a status:
   *active*, *negated* ("no chest pain"), *past* ("in 2019", "used to", "died of"), *info*
   (information-seeking, hypothetical or fictional: "what are the signs of", "if someone", "in the
   movie"), or *settled* (an episode that has passed: "then it went back to normal").
4. **Combine** the active features with clinical rules (``rules``: "chest pain + sweating",
   "fever + stiff neck", "infant under 3 months + fever", ...). An episode that has settled is
   re-run through the same rules and capped at *urgent* (a resolved TIA still needs a doctor today).
5. **Self-harm** (``self_harm``) has its own, deliberately conservative path read as families of
   warning signs: any current ideation is at least urgent; an act, or ideation with a plan, means,
   a set time or a goodbye, or any two different warning signs, make it an emergency.
6. **The learned backstop** (``model``, used by ``verdict``): two logistic regressions over word
   and character n-grams may raise what the rules did not see (self-harm worded in ways no rule
   knows; an emergency in a text where the rules recognised nothing), never lower a level, and
   never raise what the rules set aside as negated, past, general or figurative.

The level is the highest any rule reaches; the category comes from the strongest rule at that
level (self-harm first, then poisoning, allergy, pregnancy and children, then the rest).

Speed: each pattern carries the sets of literal strings its matches must contain (derived from
the pattern itself, ``safety.anchors``), and one scan of the text tells which patterns can match
at all (``patterns``); about 2,000 real questions a second on one core of our shared machine
(``python bench/eval_triage.py`` prints the rate; bench/REPORT.md has the history).

Limits: the rules are a lexicon of phrasings and the model has read some two thousand texts; a
present emergency described in words neither knows is missed or under-rated, so this must stay
one safety net among others. ``bench/REPORT.md`` gives the figures on texts written after the rules
and never tuned on: lower than on the sets the rules were written from.
"""

from __future__ import annotations

from weighin.safety.triage.levels import CATEGORIES, LEVELS
from weighin.safety.triage.model import DATA, Model
from weighin.safety.triage.text import MAX_CHARS, normalise
from weighin.safety.triage.verdict import Assessment, assess_with

__all__ = ["CATEGORIES", "LEVELS", "MAX_CHARS", "Assessment", "assess", "normalise"]

_model: list[Model] = []


def learned_model() -> Model:
    """The learned backstop, loaded once on first use; a missing weights file is an error."""
    if not _model:
        _model.append(Model.load(DATA))
    return _model[0]


def assess(text: str) -> Assessment:
    """Triage one text. Never raises on odd input; looks at the first ``MAX_CHARS`` characters."""
    return assess_with(text, _model[0] if _model else learned_model())
