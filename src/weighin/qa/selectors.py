"""Reads for the question pages and lists. Each selector owns its joins, so templates and
API schemas never query."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Case, Prefetch, QuerySet, Value, When

from weighin.core.text import is_slug
from weighin.doctors.models import DoctorProfile
from weighin.qa.models import Agreement, Answer, Question, Thanks, Topic
from weighin.qa.permissions import can_agree, can_edit_answer, can_thank
from weighin.search.selectors import related_questions

AUTHOR_JOINS = ("author__doctor_profile__specialty",)


@dataclass
class AnswerView:
    """One answer with what the page needs to draw it for this viewer."""

    answer: Answer
    doctor: DoctorProfile | None
    agreeing: list[DoctorProfile] = field(default_factory=list)
    viewer_agrees: bool = False
    viewer_thanked: bool = False
    can_agree: bool = False
    can_thank: bool = False
    can_edit: bool = False
    followups: list["AnswerView"] = field(default_factory=list)


@dataclass
class QuestionPage:
    question: Question
    topics: list[Topic]
    cards: list[AnswerView]
    hidden_count: int
    related: list[Question]

    @property
    def shown(self) -> list[AnswerView]:
        return self.cards[: len(self.cards) - self.hidden_count]

    @property
    def more(self) -> list[AnswerView]:
        return self.cards[len(self.cards) - self.hidden_count :]


def rank_key(view: AnswerView) -> tuple:
    """Most doctors agreeing first, then most thanks, then oldest."""
    a = view.answer
    return (-a.agree_count, -a.thank_count, a.created_at, a.pk)


def question_by_id(question_id: int) -> Question | None:
    return Question.objects.select_related("source").filter(pk=question_id).first()


def ranked_answers(question: Question, viewer=None) -> list[AnswerView]:
    """Every answer of a question as ranked cards with their follow-ups: three queries,
    whatever the number of answers and agreements (plus two for a signed-in viewer)."""
    answers = list(
        Answer.objects.filter(question=question, is_hidden=False)
        .select_related("source", *AUTHOR_JOINS)
        .order_by("created_at", "id")
    )
    for a in answers:
        a.question = question  # the permission checks read it; no query per answer
    agreeing: dict[int, list[DoctorProfile]] = defaultdict(list)
    for ag in Agreement.objects.filter(answer__question=question).select_related(
        "doctor__doctor_profile__specialty"
    ):
        profile = getattr(ag.doctor, "doctor_profile", None)
        if profile is not None:
            agreeing[ag.answer_id].append(profile)
    agreed_ids: set[int] = set()
    thanked_ids: set[int] = set()
    signed_in = bool(viewer and viewer.is_authenticated)
    if signed_in:
        ids = [a.pk for a in answers]
        agreed_ids = set(
            Agreement.objects.filter(doctor=viewer, answer_id__in=ids).values_list(
                "answer_id", flat=True
            )
        )
        thanked_ids = set(
            Thanks.objects.filter(user=viewer, answer_id__in=ids).values_list(
                "answer_id", flat=True
            )
        )
    views: dict[int, AnswerView] = {}
    cards: list[AnswerView] = []
    for a in answers:
        view = AnswerView(
            answer=a,
            doctor=getattr(a.author, "doctor_profile", None) if a.author_id else None,
            agreeing=agreeing.get(a.pk, []),
            viewer_agrees=a.pk in agreed_ids,
            viewer_thanked=a.pk in thanked_ids,
            can_agree=signed_in and can_agree(viewer, a),
            can_thank=signed_in and can_thank(viewer, a),
            can_edit=signed_in and can_edit_answer(viewer, a),
        )
        views[a.pk] = view
        if a.parent_id and a.parent_id in views:
            views[a.parent_id].followups.append(view)
        else:
            cards.append(view)
    cards.sort(key=rank_key)
    return cards


def answer_view(answer_id: int) -> AnswerView:
    """One answer with its agreeing doctors and follow-ups, for the API's write responses."""
    answer = Answer.objects.select_related("question", "source", *AUTHOR_JOINS).get(pk=answer_id)
    for card in ranked_answers(answer.question):
        for view in [card, *card.followups]:
            if view.answer.pk == answer_id:
                return view
    # Not on the page (hidden by a moderator, whom staff may still edit): just the answer.
    profile = getattr(answer.author, "doctor_profile", None) if answer.author_id else None
    return AnswerView(answer=answer, doctor=profile)


def question_page(question: Question, viewer=None, show_all: bool = False) -> QuestionPage:
    topics = list(question.topics.all())
    cards = ranked_answers(question, viewer)
    top = settings.WEIGHIN_TOP_ANSWERS
    hidden = 0 if show_all else max(0, len(cards) - top)
    return QuestionPage(
        question=question,
        topics=topics,
        cards=cards,
        hidden_count=hidden,
        related=related_questions(question, [t.pk for t in topics]),
    )


def answered_questions() -> QuerySet[Question]:
    # Answered by a doctor: imported questions (answered by their source) have no date here.
    return Question.objects.filter(
        last_answered_at__isnull=False, weighed_in_count__gt=0, status=Question.Status.PUBLISHED
    ).order_by("-last_answered_at", "-id")


def most_agreed_answers(limit: int = 8) -> list[Answer]:
    return list(
        Answer.objects.filter(
            agree_count__gt=0,
            parent__isnull=True,
            is_hidden=False,
            question__status=Question.Status.PUBLISHED,
        )
        .select_related("question", *AUTHOR_JOINS)
        .order_by("-agree_count", "-thank_count", "-id")[:limit]
    )


def topic_questions(topic: Topic) -> QuerySet[Question]:
    return topic.questions.filter(status=Question.Status.PUBLISHED).order_by("-created_at", "-id")


def questions_of(user) -> QuerySet[Question]:
    return Question.objects.filter(asker=user).order_by("-created_at", "-id")


def filtered_questions(
    *,
    topic_slug: str | None = None,
    specialty_slug: str | None = None,
    answered: bool | None = None,
) -> QuerySet[Question]:
    """Questions filtered by topic, by the specialty of their topics, by answered or not.
    Semi-joins (`pk__in`) keep rows distinct without DISTINCT over the whole row."""
    qs = Question.objects.filter(status=Question.Status.PUBLISHED)
    if any(value and not is_slug(value) for value in (topic_slug, specialty_slug)):
        return qs.none()
    if answered is not None:
        qs = qs.filter(answer_count__gt=0) if answered else qs.filter(answer_count=0)
    if specialty_slug:
        qs = qs.filter(
            pk__in=Question.topics.through.objects.filter(
                topic__specialty__slug=specialty_slug
            ).values("question_id")
        )
    if topic_slug:
        qs = qs.filter(
            pk__in=Question.topics.through.objects.filter(topic__slug=topic_slug).values(
                "question_id"
            )
        )
    return qs.order_by("-created_at", "-id")


def unanswered_questions(
    *, specialty_slug: str | None = None, topic_slug: str | None = None
) -> QuerySet[Question]:
    """The doctors' queue: emergencies first (their askers were told to get care now, and
    a doctor may still add what to watch for), then newest."""
    qs = filtered_questions(topic_slug=topic_slug, specialty_slug=specialty_slug, answered=False)
    urgency = Case(
        When(triage_level="emergency", then=Value(0)),
        When(triage_level="urgent", then=Value(1)),
        default=Value(2),
    )
    return qs.order_by(urgency, "-created_at", "-id")


def with_topics(qs: QuerySet[Question]) -> QuerySet[Question]:
    return qs.prefetch_related(Prefetch("topics", queryset=Topic.objects.order_by("name")))


def doctor_answers(profile: DoctorProfile) -> QuerySet[Answer]:
    return (
        Answer.objects.filter(
            author_id=profile.user_id, is_hidden=False, question__status=Question.Status.PUBLISHED
        )
        .select_related("question")
        .order_by("-created_at", "-id")
    )
