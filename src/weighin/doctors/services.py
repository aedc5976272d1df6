from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from weighin.core.errors import NotAllowed
from weighin.doctors.models import DoctorProfile
from weighin.moderation.audit import record


@transaction.atomic
def set_verified(*, staff, profiles: QuerySet[DoctorProfile], verified: bool) -> int:
    """Staff verify doctors (or withdraw it); each change is in the audit log."""
    if not (staff and staff.is_authenticated and staff.is_staff):
        raise NotAllowed("Only staff verify doctors.")
    changed = list(profiles.select_for_update().filter(verified=not verified))
    for profile in changed:
        DoctorProfile.objects.filter(pk=profile.pk).update(
            verified=verified, verified_at=timezone.now() if verified else None
        )
        record(
            actor=staff,
            action="verify" if verified else "unverify",
            target=profile,
            before={"verified": not verified},
            after={"verified": verified},
        )
    return len(changed)
