"""Yes/no checks about doctors, shared by services, views and templates."""

from weighin.doctors.models import DoctorProfile


def verified_profile(user) -> DoctorProfile | None:
    """The user's doctor profile if they are a signed-in, verified doctor."""
    if user is None or not user.is_authenticated:
        return None
    try:
        profile = user.doctor_profile
    except DoctorProfile.DoesNotExist:
        return None
    return profile if profile.verified else None


def is_verified_doctor(user) -> bool:
    return verified_profile(user) is not None
