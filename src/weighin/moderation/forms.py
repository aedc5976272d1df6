from django import forms

from weighin.moderation.models import Flag
from weighin.moderation.services import NOTE_MAX


class FlagForm(forms.Form):
    reason = forms.ChoiceField(choices=Flag.Reason.choices, widget=forms.RadioSelect)
    note = forms.CharField(
        max_length=NOTE_MAX,
        required=False,
        label="Anything a moderator should know (optional)",
        widget=forms.Textarea(attrs={"rows": 3}),
    )
