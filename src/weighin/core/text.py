import re

# A link as people type them: a scheme, "www.", or a bare domain with a path.
LINK = re.compile(
    r"(?:https?://|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|info|biz|ru|cn|xyz|top)"
    r"(?:/\S*)?\b",
    re.IGNORECASE,
)


SLUG = re.compile(r"[-a-zA-Z0-9_]{1,60}")


def is_slug(value: str | None) -> bool:
    """A filter value that can name a topic or a specialty (anything else matches nothing;
    it must never reach the database as-is: PostgreSQL refuses NUL bytes with an error)."""
    return bool(value) and SLUG.fullmatch(value) is not None


def contains_link(*texts: str) -> bool:
    return any(LINK.search(t or "") for t in texts)
