"""HTML forms: they draw the fields and parse the POST; the services hold the rules."""

from django import forms

from weighin.core.errors import InvalidInput
from weighin.qa.models import BODY_MAX, BRIEF_MAX, DETAILS_MAX, MAX_TOPICS, TITLE_MAX, Topic


class AskForm(forms.Form):
    title = forms.CharField(
        max_length=TITLE_MAX,
        label="Your question",
        help_text="One sentence, ending with a question mark.",
        widget=forms.TextInput(attrs={"placeholder": "What makes cancer metastasize?"}),
    )
    details = forms.CharField(
        max_length=DETAILS_MAX,
        required=False,
        label="Details (optional)",
        help_text="Age, how long, what you have tried. Leave out names and contact details.",
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    topics = forms.ModelMultipleChoiceField(
        queryset=Topic.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=f"Up to {MAX_TOPICS}.",
    )

    def topic_slugs(self) -> list[str]:
        return [t.slug for t in self.cleaned_data.get("topics") or []]


class AnswerForm(forms.Form):
    brief = forms.CharField(
        max_length=BRIEF_MAX,
        label="In brief",
        help_text="Your answer in one sentence.",
    )
    body = forms.CharField(
        max_length=BODY_MAX,
        label="Your answer",
        help_text="Plain text. Leave a blank line between paragraphs; links work.",
        widget=forms.Textarea(attrs={"rows": 8}),
    )


def add_service_errors(form: forms.Form, error: InvalidInput) -> None:
    """Show a service's field messages on the form that sent the input."""
    if not error.fields:
        form.add_error(None, error.message)
    for name, messages in error.fields.items():
        form.add_error(name if name in form.fields else None, messages)
