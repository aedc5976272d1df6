from ninja import Query, Router, Schema
from ninja.pagination import paginate

from weighin.api.errors import ErrorOut
from weighin.api.pagination import SafeCursorPagination
from weighin.api.schemas import DoctorOut, SpecialtyOut, TopicOut
from weighin.core.errors import NotFound
from weighin.core.text import is_slug
from weighin.doctors.models import Specialty
from weighin.doctors.selectors import doctor_by_id, verified_doctors
from weighin.qa.models import Topic

router = Router(tags=["doctors"])


class DoctorFilters(Schema):
    specialty: str | None = None


@router.get("/doctors", response=list[DoctorOut], auth=None)
@paginate(SafeCursorPagination, ordering=("id",), page_size=50, max_page_size=200)
def list_doctors(request, filters: Query[DoctorFilters]):
    """Verified doctors, optionally of one specialty (slug)."""
    qs = verified_doctors()
    if filters.specialty:
        qs = (
            qs.filter(specialty__slug=filters.specialty)
            if is_slug(filters.specialty)
            else qs.none()
        )
    return qs


@router.get("/doctors/{doctor_id}", response={200: DoctorOut, 404: ErrorOut}, auth=None)
def get_doctor(request, doctor_id: int):
    profile = doctor_by_id(doctor_id)
    if profile is None:
        raise NotFound("No such doctor.")
    return profile


@router.get("/specialties", response=list[SpecialtyOut], auth=None)
def list_specialties(request):
    return Specialty.objects.order_by("name")


@router.get("/topics", response=list[TopicOut], auth=None)
def list_topics(request):
    return Topic.objects.select_related("specialty").order_by("name")
