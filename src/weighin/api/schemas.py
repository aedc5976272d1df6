"""API shapes. The asker of a question has no field here, on purpose."""

from datetime import datetime

from ninja import Schema

from weighin.core.context_processors import DISCLAIMER
from weighin.doctors.models import DoctorProfile
from weighin.qa.models import Question
from weighin.qa.selectors import AnswerView
from weighin.safety.messages import emergency_message


class SpecialtyOut(Schema):
    slug: str
    name: str


class TopicRef(Schema):
    slug: str
    name: str


class TopicOut(TopicRef):
    specialty: str | None = None

    @staticmethod
    def resolve_specialty(obj) -> str | None:
        return obj.specialty.slug if obj.specialty_id else None


class DoctorBrief(Schema):
    id: int
    slug: str
    name: str
    credentials: str
    display_name: str
    specialty: SpecialtyOut
    url: str

    @staticmethod
    def resolve_name(obj: DoctorProfile) -> str:
        return obj.full_name

    @staticmethod
    def resolve_url(obj: DoctorProfile) -> str:
        return obj.get_absolute_url()


class DoctorOut(DoctorBrief):
    bio: str
    answer_count: int
    agrees_received: int
    thanks_received: int


class SourceOut(Schema):
    key: str
    name: str
    url: str
    licence: str
    licence_url: str


class AnswerOut(Schema):
    id: int
    doctor: DoctorBrief | None
    source: SourceOut | None = None
    source_url: str = ""
    brief: str
    body: str
    created_at: datetime
    updated_at: datetime
    agree_count: int
    thank_count: int
    agreeing_doctors: list[DoctorBrief]
    continued: list["AnswerOut"] = []


class QuestionOut(Schema):
    id: int
    title: str
    details: str
    url: str
    topics: list[TopicRef]
    created_at: datetime
    last_answered_at: datetime | None
    answer_count: int
    weighed_in_count: int
    triage_level: str
    emergency_message: str | None = None
    disclaimer: str = DISCLAIMER

    @staticmethod
    def resolve_url(obj: Question) -> str:
        return obj.get_absolute_url()

    @staticmethod
    def resolve_emergency_message(obj: Question) -> str | None:
        return emergency_message(obj)


class QuestionDetail(QuestionOut):
    answers: list[AnswerOut]

    @staticmethod
    def resolve_answers(obj: Question) -> list[dict]:
        return obj.ranked_answers  # set by the endpoint from selectors.ranked_answers


class AskIn(Schema):
    title: str
    details: str = ""
    topics: list[str] = []


class QuestionPatch(Schema):
    title: str | None = None
    details: str | None = None
    topics: list[str] | None = None


class AnswerIn(Schema):
    brief: str
    body: str


class AnswerPatch(Schema):
    brief: str | None = None
    body: str | None = None


class ReactionOut(Schema):
    answer_id: int
    agree_count: int
    thank_count: int


def answer_out(view: AnswerView) -> dict:
    a = view.answer
    return {
        "id": a.pk,
        "doctor": view.doctor,
        "source": a.source if a.source_id else None,
        "source_url": a.source_url,
        "brief": a.brief,
        "body": a.body,
        "created_at": a.created_at,
        "updated_at": a.updated_at,
        "agree_count": a.agree_count,
        "thank_count": a.thank_count,
        "agreeing_doctors": view.agreeing,
        "continued": [answer_out(f) for f in view.followups],
    }
