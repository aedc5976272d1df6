from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import DoctorFactory, QuestionFactory, UserFactory, make_answer
from weighin.core.errors import NotAllowed
from weighin.qa.models import Answer, Question
from weighin.qa.services import edit_answer, edit_question

NEW_TITLE = "Is it normal for a mole to itch?"


def age(model, pk, minutes):
    model.objects.filter(pk=pk).update(created_at=timezone.now() - timedelta(minutes=minutes))
    return model.objects.get(pk=pk)


def test_asker_edits_within_the_window(db, settings):
    settings.WEIGHIN_EDIT_WINDOW_MINUTES = 60
    question = QuestionFactory()
    edit_question(user=question.asker, question=age(Question, question.pk, 30), title=NEW_TITLE)
    question.refresh_from_db()
    assert question.title == NEW_TITLE
    assert question.slug == "is-it-normal-for-a-mole-to-itch"


def test_asker_cannot_edit_after_the_window_but_staff_can(db, settings):
    settings.WEIGHIN_EDIT_WINDOW_MINUTES = 60
    question = age(Question, QuestionFactory().pk, 61)
    with pytest.raises(NotAllowed):
        edit_question(user=question.asker, question=question, title=NEW_TITLE)
    assert Question.objects.get().title != NEW_TITLE
    staff = UserFactory(is_staff=True)
    edit_question(user=staff, question=question, title=NEW_TITLE)
    assert Question.objects.get().title == NEW_TITLE


def test_other_users_cannot_edit_a_question(db):
    question = QuestionFactory()
    with pytest.raises(NotAllowed):
        edit_question(user=UserFactory(), question=question, title=NEW_TITLE)


def test_doctor_edits_own_answer_within_the_window(db, settings):
    settings.WEIGHIN_EDIT_WINDOW_MINUTES = 60
    answer = make_answer()
    edit_answer(user=answer.author, answer=answer, brief="Updated brief", body="Updated body")
    assert Answer.objects.get().brief == "Updated brief"
    old = age(Answer, answer.pk, 61)
    with pytest.raises(NotAllowed):
        edit_answer(user=answer.author, answer=old, brief="Too late", body="Too late")
    with pytest.raises(NotAllowed):
        edit_answer(user=DoctorFactory(), answer=old, brief="Not mine", body="Not mine")
    assert Answer.objects.get().brief == "Updated brief"


def test_edit_question_page_for_asker_and_403_for_others(db, client):
    question = QuestionFactory()
    client.force_login(question.asker)
    assert client.get(f"/questions/{question.pk}/edit").status_code == 200
    response = client.post(f"/questions/{question.pk}/edit", {"title": NEW_TITLE})
    assert response.status_code == 302
    client.force_login(UserFactory())
    assert client.get(f"/questions/{question.pk}/edit").status_code == 403
    response = client.post(f"/questions/{question.pk}/edit", {"title": "Hijacked question title?"})
    assert response.status_code == 403
    assert Question.objects.get().title == NEW_TITLE


def test_edit_answer_page_bad_input_is_400(db, client):
    answer = make_answer()
    client.force_login(answer.author)
    response = client.post(f"/answers/{answer.pk}/edit", {"brief": "", "body": "x"})
    assert response.status_code == 400
    assert Answer.objects.get().brief == answer.brief
