from django.db.models import Count, Prefetch, Q, QuerySet

from weighin.doctors.models import DoctorProfile, Specialty


def verified_doctors() -> QuerySet[DoctorProfile]:
    return DoctorProfile.objects.filter(verified=True).select_related("specialty")


def directory() -> list[Specialty]:
    """Specialties that have verified doctors, each with its doctors: two queries."""
    doctors = Prefetch("doctors", queryset=verified_doctors().order_by("full_name"))
    return list(
        Specialty.objects.annotate(n=Count("doctors", filter=Q(doctors__verified=True)))
        .filter(n__gt=0)
        .prefetch_related(doctors)
        .order_by("name")
    )


def doctor_by_slug(slug: str) -> DoctorProfile | None:
    return verified_doctors().filter(slug=slug).first()


def doctor_by_id(doctor_id: int) -> DoctorProfile | None:
    return verified_doctors().filter(pk=doctor_id).first()
