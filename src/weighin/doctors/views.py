from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from weighin.doctors import selectors
from weighin.doctors.models import Specialty
from weighin.qa.selectors import doctor_answers


def directory(request: HttpRequest) -> HttpResponse:
    return render(request, "doctors/directory.html", {"specialties": selectors.directory()})


def specialty(request: HttpRequest, slug: str) -> HttpResponse:
    spec = get_object_or_404(Specialty, slug=slug)
    doctors = selectors.verified_doctors().filter(specialty=spec)
    return render(request, "doctors/specialty.html", {"specialty": spec, "doctors": doctors})


def doctor(request: HttpRequest, slug: str) -> HttpResponse:
    profile = selectors.doctor_by_slug(slug)
    if profile is None:
        raise Http404("No such doctor.")
    answers = doctor_answers(profile)[:30]
    return render(request, "doctors/doctor.html", {"doctor": profile, "answers": answers})
