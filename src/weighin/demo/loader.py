"""Load the demo content through the same services the site uses, once.

Idempotent: if the first demo question exists, nothing happens. Everything is written in one
transaction, so an interrupted load leaves no half-built demo behind.
"""

from dataclasses import dataclass
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from weighin.accounts.models import User
from weighin.demo import content
from weighin.doctors.models import DoctorProfile, Specialty
from weighin.qa import services
from weighin.qa.models import Answer, Question, Topic


@dataclass
class DemoResult:
    loaded: bool
    questions: int


def _user(email: str, *, first_name: str = "", last_name: str = "") -> User:
    user = User.objects.create_user(
        email=email, password=content.DEMO_PASSWORD, first_name=first_name, last_name=last_name
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def _doctor(spec: dict, specialties: dict[str, Specialty]) -> User:
    first, _, last = spec["full_name"].partition(" ")
    user = _user(spec["email"], first_name=first, last_name=last)
    DoctorProfile.objects.create(
        user=user,
        slug=slugify(spec["full_name"]),
        full_name=spec["full_name"],
        credentials=spec["credentials"],
        specialty=specialties[spec["specialty"]],
        bio=spec["bio"],
        verified=spec.get("verified", True),
        verified_at=timezone.now() if spec.get("verified", True) else None,
    )
    return user


def _answer(doctor: User, question: Question, spec: dict, people: dict, when) -> None:
    answer = services.post_answer(
        doctor=doctor, question=question, brief=spec["brief"], body=spec["body"]
    )
    Answer.objects.filter(pk=answer.pk).update(created_at=when, updated_at=when)
    for key in spec.get("agreed_by", []):
        services.agree(doctor=people[key], answer=answer)
    for key in spec.get("thanked_by", []):
        services.thank(user=people[key], answer=answer)


@transaction.atomic
def load_demo() -> DemoResult:
    if Question.objects.filter(title=content.QUESTIONS[0]["title"]).exists():
        return DemoResult(loaded=False, questions=0)
    specialties = {s.slug: s for s in Specialty.objects.all()}
    people: dict[str, User] = {}
    for spec in content.DOCTORS:
        people[spec["key"]] = _doctor(spec, specialties)
    for spec in content.PATIENTS:
        people[spec["key"]] = _user(spec["email"])
    for spec in content.TOPICS:
        Topic.objects.get_or_create(
            slug=spec["slug"],
            defaults={"name": spec["name"], "specialty": specialties.get(spec["specialty"])},
        )
    now = timezone.now()
    # Oldest first, so "newest" lists come out in the intended order.
    for spec in sorted(content.QUESTIONS, key=lambda q: -q["days_ago"]):
        asked = now - timedelta(days=spec["days_ago"])
        question = services.ask_question(
            asker=people[spec["asker"]],
            title=spec["title"],
            details=spec["details"],
            topics=spec["topics"],
        )
        step = timedelta(hours=3)
        when = asked
        for answer in spec["answers"]:
            doctor = people[answer["doctor"]]
            when = min(when + step, now)
            _answer(doctor, question, answer, people, when)
            for follow in answer.get("continued", []):
                when = min(when + step, now)
                _answer(doctor, question, follow, people, when)
        Question.objects.filter(pk=question.pk).update(
            created_at=asked, last_answered_at=when if spec["answers"] else None
        )
    return DemoResult(loaded=True, questions=len(content.QUESTIONS))


def demo_logins() -> list[tuple[str, str]]:
    doctor = next(d for d in content.DOCTORS if d.get("verified", True))
    unverified = next((d for d in content.DOCTORS if not d.get("verified", True)), None)
    rows = [
        ("patient", content.PATIENTS[0]["email"]),
        (f"doctor (Dr. {doctor['full_name']})", doctor["email"]),
    ]
    if unverified:
        rows.append(("doctor awaiting verification", unverified["email"]))
    rows.append(("staff (admin at /admin/)", STAFF_EMAIL))
    return rows


STAFF_EMAIL = "staff@demo.weighin.test"


def ensure_staff() -> None:
    if not User.objects.filter(email=STAFF_EMAIL).exists():
        user = User.objects.create_superuser(email=STAFF_EMAIL, password=content.DEMO_PASSWORD)
        EmailAddress.objects.create(user=user, email=STAFF_EMAIL, verified=True, primary=True)
