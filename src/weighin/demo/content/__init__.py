"""Demo content for weighin: fictional doctors, patients, topics and Q&A.

Everything here is original, written for the demo. All people are fictional.
Pure data: the seeding code reads these names and creates the objects. The questions are split
into modules in their order (``QUESTIONS[0]`` is the showcase question the loader checks for).
"""

from __future__ import annotations

from . import questions_00_04, questions_05_12, questions_13_21, questions_22_30, questions_31_39
from .people import DOCTORS, PATIENTS
from .topics import TOPICS

__all__ = ["DEMO_PASSWORD", "DOCTORS", "PATIENTS", "QUESTIONS", "TOPICS"]

DEMO_PASSWORD = "weighin-demo"  # noqa: S105 (public demo logins)

QUESTIONS = [
    *questions_00_04.QUESTIONS,
    *questions_05_12.QUESTIONS,
    *questions_13_21.QUESTIONS,
    *questions_22_30.QUESTIONS,
    *questions_31_39.QUESTIONS,
]
