"""Field rules shared by the ask and answer services (and so by the web forms and the API)."""

from weighin.core.errors import InvalidInput
from weighin.safety import phi

PERSONAL_INFO_CHOICES = ("mask", "keep")


def clean_text(
    fields: dict[str, list[str]], name: str, value: str | None, *, max_length: int, required: bool
) -> str:
    """Strip, normalise line endings and check length; record a message in `fields`."""
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if "\x00" in text:
        fields.setdefault(name, []).append("Contains characters that are not allowed.")
    if required and not text:
        fields.setdefault(name, []).append("This field is required.")
    elif len(text) > max_length:
        fields.setdefault(name, []).append(
            f"Keep it to {max_length:,} characters (it has {len(text):,})."
        )
    return text


def raise_if_invalid(fields: dict[str, list[str]]) -> None:
    if fields:
        first = next(iter(fields.items()))
        raise InvalidInput(f"{first[0].capitalize()}: {first[1][0]}", fields=fields)


def apply_personal_info(choice: str, *texts: str) -> list[str]:
    """Mask personal information ("mask", the default everywhere a person cannot review it,
    such as the API) or keep the text as written ("keep": the author reviewed the warning
    on the form and said the highlighted words are not personal details)."""
    if choice not in PERSONAL_INFO_CHOICES:
        raise InvalidInput(
            "Choose whether to remove the personal details found (mask) or keep the text.",
            fields={"personal_info": ["mask or keep"]},
        )
    if choice == "keep":
        return [t or "" for t in texts]
    return [phi.mask(t or "", personal_spans(t or "")) for t in texts]


# Links are left to moderation (a new account's links are held for review), not masked:
# doctors cite public health pages and patients ask about what they read.
NOT_MASKED = frozenset({"URL"})


def personal_spans(text: str) -> list[phi.Span]:
    """The personal information the site warns about and masks in a post."""
    return [s for s in phi.find(text) if str(s.kind) not in NOT_MASKED]
