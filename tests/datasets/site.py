"""A small site with everything an export must carry (and some things it must not)."""

from dataclasses import dataclass
from pathlib import Path

from tests.datasets.conftest import run
from tests.factories import DoctorFactory, SpecialtyFactory, TopicFactory, UserFactory, make_answer
from weighin.accounts.models import User
from weighin.doctors.models import DoctorProfile
from weighin.qa import services
from weighin.qa.models import Agreement, Answer, Question, Source, Thanks, Topic

PATIENT_EMAIL = "private.patient@example.test"


@dataclass
class Site:
    patient: User
    doctors: list[User]
    asked: Question
    held: Question
    hidden: Answer
    promoted: Answer


def busy_site(data: Path) -> Site:
    run("import_medquad", data / "medquad_xml")  # imported questions, answered by sources
    cardiology = SpecialtyFactory(slug="cardiology")
    neurology = SpecialtyFactory(slug="neurology")
    heart = TopicFactory(name="Heart health", slug="heart-health")
    heart.specialty = cardiology
    heart.save()
    d1 = DoctorFactory(specialty=cardiology)
    d2 = DoctorFactory(specialty=neurology)
    d3 = DoctorFactory(specialty=cardiology)
    d4 = DoctorFactory(specialty=neurology)
    DoctorFactory(verified=False)  # never answered: not public, not exported
    patient = UserFactory(email=PATIENT_EMAIL)
    other = UserFactory()

    asked = services.ask_question(
        asker=patient,
        title="Is a resting heart rate of 55 too low for a runner?",
        details="I run most mornings. Ünïcode and “quotes” stay as written.",
        topics=["heart-health"],
    )
    a1 = make_answer(asked, d1)
    follow = make_answer(asked, d1, brief="Continued: measure it in the morning.")
    a2 = make_answer(asked, d2)
    services.agree(doctor=d2, answer=a1)
    services.agree(doctor=d3, answer=a1)
    services.agree(doctor=d3, answer=follow)
    services.agree(doctor=d1, answer=a2)
    services.thank(user=patient, answer=a1)
    services.thank(user=other, answer=a1)
    services.thank(user=patient, answer=a2)

    medquad = Question.objects.get(external_id="medquad:1_CancerGov_QA/0000001_1-2")
    imported = medquad.answers.get()
    make_answer(medquad, d4)
    imported = Answer.objects.select_related("question").get(pk=imported.pk)
    services.agree(doctor=d1, answer=imported)  # allowed once a doctor has weighed in
    services.thank(user=patient, answer=imported)
    DoctorProfile.objects.filter(user=d4).update(verified=False)  # named by an answer: exported

    second = services.ask_question(asker=other, title="Why do my hands shake after coffee?")
    hidden = make_answer(second, d3)
    promoted = make_answer(second, d3, brief="Continued: try decaf for a week.")
    Answer.objects.filter(pk=hidden.pk).update(is_hidden=True)
    Question.objects.filter(pk=second.pk).update(answer_count=1)
    services.ask_question(asker=other, title="Can I exercise with a cold and a mild fever?")
    held = services.ask_question(asker=other, title="This question waits for a moderator")
    Question.objects.filter(pk=held.pk).update(status=Question.Status.HELD)
    return Site(patient, [d1, d2, d3, d4], asked, held, hidden, promoted)


def wipe() -> None:
    """Everything an import creates, gone: an empty site (specialties are seeded)."""
    Agreement.objects.all().delete()
    Thanks.objects.all().delete()
    Answer.objects.exclude(parent=None).delete()
    Answer.objects.all().delete()
    Question.objects.all().delete()
    Topic.objects.all().delete()
    Source.objects.all().delete()
    DoctorProfile.objects.all().delete()
    User.objects.all().delete()
