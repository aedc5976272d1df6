"""An organisation's letterhead: the line that names it ("Laverty Pathology", "Royal Prince
Alfred Hospital", "Northside Medical Centre"). What stands right under it or after it on its
line (its address, its phone) is the organisation's, not the patient's: ``phones`` and
``addresses`` each add their own tail to this one name line."""

from __future__ import annotations

__all__ = ["ORG_NAME_LINE"]

# From the head of its line: up to five capitalised words, then what the place is.
ORG_NAME_LINE = (
    r"(?:^|\n)[ \t]*(?:(?-i:[A-Z])[\w'.&-]*[ \t]+){0,5}(?-i:Hospital|Pathology|Laborator(?:y|ies)"
    r"|Clinic|Surgery|Pharmacy|Imaging|Radiology|Medical Cent(?:re|er)|HOSPITAL|PATHOLOGY|CLINIC"
    r"|SURGERY|PHARMACY)\b"
)
