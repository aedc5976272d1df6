"""The kinds of PHI, the span found, the placeholders that replace them and which kind wins an
overlap. Shared by every rule module of the package."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["PLACEHOLDERS", "PRIORITY", "Cand", "Kind", "Span"]


class Kind(StrEnum):
    """The kinds of PHI found. A ``StrEnum``: ``Kind.PHONE == "PHONE"``."""

    PERSON_NAME = "PERSON_NAME"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    ADDRESS = "ADDRESS"
    SSN = "SSN"
    MRN = "MRN"
    INSURANCE_ID = "INSURANCE_ID"
    URL = "URL"
    IP = "IP"
    CREDIT_CARD = "CREDIT_CARD"


@dataclass(frozen=True, slots=True)
class Span:
    """One piece of PHI: ``text[start:end] == span.text``."""

    start: int
    end: int
    kind: Kind
    text: str


PLACEHOLDERS: dict[Kind, str] = {
    Kind.PERSON_NAME: "[name removed]",
    Kind.PHONE: "[phone removed]",
    Kind.EMAIL: "[email removed]",
    Kind.DATE_OF_BIRTH: "[date of birth removed]",
    Kind.ADDRESS: "[address removed]",
    Kind.SSN: "[ID removed]",
    Kind.MRN: "[ID removed]",
    Kind.INSURANCE_ID: "[ID removed]",
    Kind.URL: "[link removed]",
    Kind.IP: "[IP address removed]",
    Kind.CREDIT_CARD: "[card number removed]",
}

# When two candidates overlap, the higher priority wins (then the longer one).
PRIORITY = {
    Kind.EMAIL: 100,
    Kind.URL: 95,
    Kind.CREDIT_CARD: 92,
    Kind.SSN: 92,
    Kind.IP: 90,
    Kind.DATE_OF_BIRTH: 85,
    Kind.MRN: 85,
    Kind.INSURANCE_ID: 85,
    Kind.PHONE: 70,
    Kind.ADDRESS: 60,
    Kind.PERSON_NAME: 50,
}

# A candidate span before overlaps are resolved: (start, end, kind).
Cand = tuple[int, int, Kind]
