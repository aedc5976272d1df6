from weighin.moderation.models import AuditEntry


def record(*, actor, action: str, target, before: dict, after: dict, note: str = "") -> AuditEntry:
    """Write one audit entry; call it inside the transaction of the action it records."""
    return AuditEntry.objects.create(
        actor=actor,
        action=action,
        target_type=target._meta.model_name,
        target_id=str(target.pk),
        before=before,
        after=after,
        note=(note or "")[:300],
    )
