import io

from django.core.management import call_command

from tests.factories import DoctorFactory, QuestionFactory, UserFactory, make_answer
from weighin.doctors.models import DoctorProfile
from weighin.qa.counters import live_counts
from weighin.qa.models import Answer, Question
from weighin.qa.services import agree, thank, withdraw_agreement


def busy_site():
    doctors = [DoctorFactory() for _ in range(4)]
    patients = [UserFactory() for _ in range(3)]
    for q in range(3):
        question = QuestionFactory()
        answers = [make_answer(question, d) for d in doctors[: q + 2]]
        make_answer(question, doctors[0])  # a follow-up
        for a in answers:
            for d in doctors:
                if d.pk != a.author_id:
                    agree(doctor=d, answer=a)
            for p in patients[: q + 1]:
                thank(user=p, answer=a)
        withdraw_agreement(doctor=doctors[3], answer=answers[0])


def test_recount_agrees_with_live_counters(db):
    busy_site()
    before = live_counts()
    call_command("recount", stdout=io.StringIO())
    assert live_counts() == before


def test_recount_repairs_corrupted_counters(db):
    busy_site()
    truth = live_counts()
    Answer.objects.update(agree_count=99, thank_count=0)
    Question.objects.update(answer_count=0, weighed_in_count=42)
    DoctorProfile.objects.update(answer_count=7, agrees_received=0, thanks_received=1)
    assert live_counts() != truth
    call_command("recount", stdout=io.StringIO())
    assert live_counts() == truth
