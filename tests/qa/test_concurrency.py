"""Many threads agreeing, thanking and withdrawing on the same answers at once must leave
every counter exact. PostgreSQL only: SQLite serialises writers, so it proves nothing."""

import contextlib
import threading

import pytest
from django.db import connection

from tests.factories import DoctorFactory, QuestionFactory, UserFactory, make_answer
from weighin.core.errors import Conflict
from weighin.doctors.models import DoctorProfile
from weighin.qa.counters import live_counts, recount
from weighin.qa.models import Agreement, Answer, Thanks
from weighin.qa.services import agree, thank, withdraw_agreement, withdraw_thanks

THREADS = 16
ROUNDS = 6


def run_threads(target, args_list):
    barrier = threading.Barrier(len(args_list))
    errors: list[BaseException] = []

    def wrapper(*args):
        try:
            barrier.wait()
            target(*args)
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=wrapper, args=args) for args in args_list]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def ignore_conflict(fn, **kwargs):
    with contextlib.suppress(Conflict):
        fn(**kwargs)


@pytest.mark.django_db(transaction=True)
def test_concurrent_reactions_leave_counters_exact(postgres):
    question = QuestionFactory()
    authors = [DoctorFactory() for _ in range(3)]
    answers = [make_answer(question, a) for a in authors]
    # Two threads share each doctor and each patient, so the same row is raced for.
    doctors = [DoctorFactory() for _ in range(THREADS // 2)]
    patients = [UserFactory() for _ in range(THREADS // 2)]

    def worker(i: int):
        doctor, patient = doctors[i % len(doctors)], patients[i % len(patients)]
        for _ in range(ROUNDS):
            for answer in answers:
                ignore_conflict(agree, doctor=doctor, answer=answer)
                ignore_conflict(thank, user=patient, answer=answer)
                ignore_conflict(withdraw_agreement, doctor=doctor, answer=answer)
                ignore_conflict(withdraw_thanks, user=patient, answer=answer)
        for answer in answers:  # everyone ends agreeing and thanking
            ignore_conflict(agree, doctor=doctor, answer=answer)
            ignore_conflict(thank, user=patient, answer=answer)

    run_threads(worker, [(i,) for i in range(THREADS)])

    for answer in Answer.objects.all():
        assert answer.agree_count == len(doctors)
        assert answer.thank_count == len(patients)
        assert answer.agree_count == Agreement.objects.filter(answer=answer).count()
        assert answer.thank_count == Thanks.objects.filter(answer=answer).count()
    for profile in DoctorProfile.objects.filter(user__in=authors):
        assert profile.agrees_received == len(doctors)
        assert profile.thanks_received == len(patients)
    before = live_counts()
    recount()
    assert live_counts() == before


@pytest.mark.django_db(transaction=True)
def test_concurrent_first_answers_by_one_doctor_make_one_card(postgres):
    question, doctor = QuestionFactory(), DoctorFactory()
    from weighin.qa.services import post_answer

    def worker(i: int):
        post_answer(doctor=doctor, question=question, brief=f"Take {i}", body="Body")

    run_threads(worker, [(i,) for i in range(THREADS)])
    question.refresh_from_db()
    assert Answer.objects.filter(question=question, parent__isnull=True).count() == 1
    assert (question.answer_count, question.weighed_in_count) == (THREADS, 1)
    assert DoctorProfile.objects.get(user=doctor).answer_count == THREADS
