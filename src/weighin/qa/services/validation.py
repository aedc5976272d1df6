"""Field rules shared by the ask and answer services (and so by the web forms and the API)."""

from weighin.core.errors import InvalidInput


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
