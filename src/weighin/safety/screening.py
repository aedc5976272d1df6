"""What the site does with the detectors: one screening of a post's text fields, used by
the ask and answer forms (as the user types and on submit), the question page and the API.

The detectors themselves (triage and phi packages) are pure Python and know nothing of Django."""

import threading
from dataclasses import dataclass, field

from django.conf import settings

from weighin.qa.services.validation import personal_spans
from weighin.safety import phi, triage


@dataclass(frozen=True)
class FieldFinding:
    field: str
    text: str
    spans: list[phi.Span]
    masked: str


@dataclass(frozen=True)
class Screening:
    assessment: triage.Assessment
    personal_info: list[FieldFinding] = field(default_factory=list)

    @property
    def is_emergency(self) -> bool:
        return self.assessment.level == "emergency"

    @property
    def is_self_harm(self) -> bool:
        return self.assessment.category == "self_harm" and self.assessment.level != "routine"

    @property
    def has_personal_info(self) -> bool:
        return any(f.spans for f in self.personal_info)

    def as_json(self) -> dict:
        a = self.assessment
        return {
            "triage": {
                "level": a.level,
                "category": a.category,
                "reasons": list(a.reasons),
                "self_harm": self.is_self_harm,
            },
            "personal_info": [
                {
                    "field": f.field,
                    "masked": f.masked,
                    "found": [
                        {"start": s.start, "end": s.end, "kind": str(s.kind), "text": s.text}
                        for s in f.spans
                    ],
                }
                for f in self.personal_info
                if f.spans
            ],
            "emergency_number": settings.WEIGHIN_EMERGENCY_NUMBER,
            "crisis_line": settings.WEIGHIN_CRISIS_LINE,
        }


def screen(**fields: str) -> Screening:
    """Triage the fields together (an emergency may be spread over title and details) and
    look for personal information in each."""
    text = "\n".join(v for v in fields.values() if v)
    found = []
    for name, value in fields.items():
        spans = personal_spans(value or "")
        masked = phi.mask(value, spans) if spans else value or ""
        found.append(FieldFinding(name, value or "", spans, masked))
    return Screening(assessment=triage.assess(text), personal_info=found)


# Touches every part the detectors build lazily: the triage cue scanner and model, the PHI
# rules, name lists and tagger. Written here; nobody's details.
_WARM_UP = {
    "title": "my dad has crushing chest pain and is sweating right now",
    "details": "He is 67 and on warfarin. Call me (Ann Weller) on 020 7946 0958 or "
    "ann.weller@example.org, 12 Elm Road, NHS number 943 476 5919, born 02/03/1958.",
}


def warm_up(*, wait: bool = False) -> None:
    """Screen one text now (in a background thread unless ``wait``) so that every pattern and
    weight the detectors load on first use is loaded before the first request needs it."""
    if wait:
        screen(**_WARM_UP)
        return
    threading.Thread(target=screen, kwargs=_WARM_UP, daemon=True, name="safety-warm-up").start()
