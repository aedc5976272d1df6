import io

from django.core.management import call_command

from weighin.demo import content
from weighin.qa.models import Answer, Question
from weighin.qa.selectors import question_page


def test_demo_loads_once_and_matches_the_model_page(db, client):
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "Loaded 40 demo questions" in out.getvalue()
    assert "patient@demo.weighin.test" in out.getvalue()
    counts = (Question.objects.count(), Answer.objects.count())
    call_command("load_demo", stdout=io.StringIO())
    assert (Question.objects.count(), Answer.objects.count()) == counts

    question = Question.objects.get(title="What makes cancer metastasize?")
    assert question.weighed_in_count == 7
    page = question_page(question)
    agrees = [card.answer.agree_count for card in page.cards]
    assert agrees[:2] == [3, 1] and set(agrees[2:]) == {0}
    assert sum(len(card.followups) for card in page.cards) == 1
    assert len(page.shown) == 3 and page.hidden_count == 4
    html = client.get(question.get_absolute_url()).content.decode()
    assert "7 doctors weighed in" in html
    assert "3 doctors agree" in html and "1 doctor agrees" in html
    assert "Continued" in html
    assert "Read more answers from doctors (4)" in html
    assert len(content.DOCTORS) >= 12
