"""The "created" revision of imported content, written when it is first needed.

An import writes no revision history rows: a "created" row per imported question and answer
would copy every imported text a second time (most of a big import's bytes, about a tenth of
its time) for a revision nobody reads unless the content is edited. Instead, just before an
imported question or answer is first saved again (edited, moved by a moderator), the row as
it stands, which is still the imported text, is recorded as its "created" revision, dated
when it was imported. The revision history view then shows the imported version and the edit
as a change from it, exactly as for content imported with eager history rows.
"""

from typing import Any

from django.db.models import Model
from django.db.models.signals import pre_save

from weighin.qa.models import Answer, Question

REASON = "Imported"


def record_imported_revision(sender: type[Model], instance: Model, raw: bool = False, **_: Any):
    """pre_save: give an imported row without revisions its "created" revision first."""
    if raw or instance._state.adding or instance.pk is None or not instance.external_id:
        return
    history = sender.history.model
    if history.objects.filter(id=instance.pk).exists():
        return  # edited before, or imported by a version that wrote the revision eagerly
    stored = sender._base_manager.filter(pk=instance.pk).first()
    if stored is None:
        return
    history.objects.create(
        **{f.attname: getattr(stored, f.attname) for f in history.tracked_fields},
        history_date=stored.updated_at,  # set when the import wrote the row
        history_type="+",
        history_change_reason=REASON,
        history_user=None,
    )


def connect() -> None:
    for model in (Question, Answer):
        pre_save.connect(
            record_imported_revision,
            sender=model,
            dispatch_uid=f"imported-revision-{model._meta.label}",
        )
