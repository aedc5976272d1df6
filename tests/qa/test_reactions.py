import pytest
from django.db import IntegrityError, transaction

from tests.factories import DoctorFactory, UserFactory, make_answer
from weighin.core.errors import Conflict, NotAllowed
from weighin.doctors.models import DoctorProfile
from weighin.qa.models import Agreement, Answer, Thanks
from weighin.qa.services import agree, thank, withdraw_agreement, withdraw_thanks


def counts(answer: Answer) -> tuple[int, int]:
    answer.refresh_from_db()
    return answer.agree_count, answer.thank_count


def test_verified_doctor_agrees_and_counters_move(db):
    answer = make_answer()
    other = DoctorFactory()
    agree(doctor=other, answer=answer)
    assert counts(answer) == (1, 0)
    assert DoctorProfile.objects.get(user=answer.author).agrees_received == 1


def test_doctor_cannot_agree_with_own_answer(db):
    answer = make_answer()
    with pytest.raises(NotAllowed):
        agree(doctor=answer.author, answer=answer)
    assert Agreement.objects.count() == 0
    assert counts(answer) == (0, 0)


def test_unverified_doctor_cannot_agree(db):
    answer = make_answer()
    with pytest.raises(NotAllowed):
        agree(doctor=DoctorFactory(verified=False), answer=answer)
    assert Agreement.objects.count() == 0


def test_patient_cannot_agree(db):
    answer = make_answer()
    with pytest.raises(NotAllowed):
        agree(doctor=UserFactory(), answer=answer)
    assert counts(answer) == (0, 0)


def test_agreeing_twice_is_a_conflict_and_counts_once(db):
    answer = make_answer()
    doctor = DoctorFactory()
    agree(doctor=doctor, answer=answer)
    with pytest.raises(Conflict):
        agree(doctor=doctor, answer=answer)
    assert counts(answer) == (1, 0)
    assert Agreement.objects.count() == 1


def test_database_forbids_double_agreement_and_double_thanks(db):
    answer = make_answer()
    doctor, patient = DoctorFactory(), UserFactory()
    Agreement.objects.create(answer=answer, doctor=doctor)
    Thanks.objects.create(answer=answer, user=patient)
    with pytest.raises(IntegrityError), transaction.atomic():
        Agreement.objects.create(answer=answer, doctor=doctor)
    with pytest.raises(IntegrityError), transaction.atomic():
        Thanks.objects.create(answer=answer, user=patient)


def test_withdraw_agreement(db):
    answer = make_answer()
    doctor = DoctorFactory()
    agree(doctor=doctor, answer=answer)
    withdraw_agreement(doctor=doctor, answer=answer)
    assert counts(answer) == (0, 0)
    assert DoctorProfile.objects.get(user=answer.author).agrees_received == 0
    with pytest.raises(Conflict):
        withdraw_agreement(doctor=doctor, answer=answer)
    assert counts(answer) == (0, 0)


def test_patient_thanks_once_and_withdraws(db):
    answer = make_answer()
    patient = UserFactory()
    thank(user=patient, answer=answer)
    assert counts(answer) == (0, 1)
    with pytest.raises(Conflict):
        thank(user=patient, answer=answer)
    assert counts(answer) == (0, 1)
    withdraw_thanks(user=patient, answer=answer)
    assert counts(answer) == (0, 0)
    with pytest.raises(Conflict):
        withdraw_thanks(user=patient, answer=answer)


def test_nobody_thanks_their_own_answer(db):
    answer = make_answer()
    with pytest.raises(NotAllowed):
        thank(user=answer.author, answer=answer)
    assert counts(answer) == (0, 0)
