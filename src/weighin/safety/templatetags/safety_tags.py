from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.simple_tag
def highlight_spans(text: str, spans) -> SafeString:
    """The text, escaped, with each found span wrapped in <mark class="phi">."""
    out, pos = [], 0
    for span in spans:
        out.append(escape(text[pos : span.start]))
        label = escape(str(span.kind).replace("_", " ").lower())
        out.append(
            f'<mark class="phi" title="{label}">{escape(text[span.start : span.end])}</mark>'
        )
        pos = span.end
    out.append(escape(text[pos:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped above
