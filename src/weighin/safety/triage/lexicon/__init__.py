"""Rule data for :mod:`weighin.safety.triage`: spelling fixes, cue lists and symptom lexicons.

Everything here is plain data (strings, dicts, regular-expression *sources*); the engine compiles
it once at import. Patterns are written against *normalised* text: lower case, contractions
expanded ("can't" -> "cannot", "won't" -> "will not", "she's" -> "she is"), common misspellings
fixed ("heart attak" -> "heart attack", "cnt breath" -> "cannot breath").

``FEATURES`` maps a feature name ("chest_pain", "face_droop", ...) to its pattern; the symptom
lexicons are kept per body system in the modules next to this one.
"""

from __future__ import annotations

from weighin.safety.triage.lexicon import (
    acute,
    breathing,
    cardio,
    maternal_child,
    neuro,
    other,
    signs,
)

FEATURES: dict[str, str] = {
    **cardio.FEATURES,
    **breathing.FEATURES,
    **neuro.FEATURES,
    **acute.FEATURES,
    **maternal_child.FEATURES,
    **other.FEATURES,
    **signs.FEATURES,
}
