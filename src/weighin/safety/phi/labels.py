"""Numbers labelled as something that identifies no patient: an employee, staff, payroll,
student or badge number, a course or module code, a device's serial or lot, an incident or
tracking number, an order or error reference ("Employee no. 20-44819", "student number 2209814",
"SN RNH309812K", "UPS 1Z999AA10123456784"). Work and school numbers and a device's own numbers
are not among the kinds; a span found right after such a label is dropped, whatever reader found
it. A claim, case or prescription number is left to the readers: ours treat some as PHI."""

from __future__ import annotations

import re

__all__ = ["drop_other_labels"]

_OTHER_LABEL = re.compile(
    r"\b(?:employee|staff|payroll|personnel|student|pupil|candidate|badge|course|module|unit code"
    r"|serial|s/?n|sn|lot|batch|device id|device|incident|tracking|ups|fedex|dhl|usps|order"
    r"|order ref|error|session|visit id|transmitter|sensor"
    # a gym's, a club's or a leisure centre's membership (not an insurer's or a health fund's)
    r"|(?:gym|club|leisure(?: centre| center)?|fitness|library) membership)"
    r"(?:[ \t]+(?:number|no\.?|num|#|id|code|ref(?:erence)?))?[ \t]*[:#.]?[ \t]*(?:is[ \t]+)?$",
    re.IGNORECASE,
)
_CHECKED = frozenset({"MRN", "INSURANCE_ID", "SSN", "PHONE"})
_OWN_PHONE_AFTER = re.compile(
    r"[ \t]*[(,]?[ \t]*(?:is[ \t]+)?(?:my|his|her|our|their)[ \t]+(?:\w+[ \t]+)?(?:number|mobile"
    r"|phone|cell)\b",
    re.IGNORECASE,
)


# ... or the number of a membership held at a gym: "Membership #A-5530 at FitHub Gym"
_GYM_AFTER = re.compile(
    r"[ \t]*(?:at|with|for)[ \t]+(?:the[ \t]+|my[ \t]+)?(?:[\w'\u2019]+[ \t]+){0,2}?"
    r"[\w'\u2019]*(?i:gym|fitness|leisure)\w*\b"
)
_MEMBERSHIP_BEFORE = re.compile(r"\bmembership\b[^\n\d]{0,15}$", re.IGNORECASE)


def drop_other_labels(text: str, spans: list[tuple[int, int, object]]) -> list:
    """``spans`` without the identifier kinds that stand right after another thing's label."""
    return [
        sp
        for sp in spans
        if str(sp[2]) not in _CHECKED
        or (
            _OTHER_LABEL.search(text, max(0, sp[0] - 30), sp[0]) is None
            and not (
                _MEMBERSHIP_BEFORE.search(text, max(0, sp[0] - 30), sp[0])
                and _GYM_AFTER.match(text, sp[1])
            )
        )
        # a phone said to be one's own after all: "Tracking: 07700 900471 (my mobile)"
        or (str(sp[2]) == "PHONE" and _OWN_PHONE_AFTER.match(text, sp[1]) is not None)
    ]
