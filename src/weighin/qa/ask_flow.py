"""The steps between a filled-in ask form and a posted question.

In order, each shown once and carried forward by a hidden field:
1. an emergency: the banner, and an explicit acknowledgement before anything is posted;
2. personal information: highlighted, with one click to remove it (or keep it as written);
3. similar questions that may already answer it ("post my question anyway").
Nothing is written until every step is passed. The same screening runs while the patient
types (safety.views.check), so with JavaScript most steps are already seen on the form."""

from dataclasses import dataclass, field

from django.http import QueryDict

from weighin.qa.models import Question
from weighin.safety.screening import Screening, screen
from weighin.search.selectors import similar_questions


@dataclass
class AskReview:
    screening: Screening
    step: str | None  # "emergency", "personal_info", "similar", or None: ready to post
    similar: list[Question] = field(default_factory=list)
    acknowledged: bool = False
    personal_info: str = ""  # "mask" or "keep" once chosen
    confirmed: bool = False

    @property
    def ready(self) -> bool:
        return self.step is None


def review(*, title: str, details: str, post: QueryDict) -> AskReview:
    screening = screen(title=title, details=details)
    r = AskReview(
        screening=screening,
        step=None,
        acknowledged=post.get("ack_emergency") == "1",
        personal_info=post.get("personal_info", "")
        if post.get("personal_info") in ("mask", "keep")
        else "",
        confirmed=post.get("confirm") == "1",
    )
    if screening.is_emergency and not r.acknowledged:
        r.step = "emergency"
    elif screening.has_personal_info and not r.personal_info:
        r.step = "personal_info"
    elif not r.confirmed:
        r.similar = similar_questions(f"{title}\n{details}")
        r.step = "similar" if r.similar else None
    return r
