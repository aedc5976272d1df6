"""Every write to questions and answers. Views and the API call these; nothing else writes."""

from weighin.qa.services.answers import edit_answer, post_answer
from weighin.qa.services.questions import ask_question, edit_question
from weighin.qa.services.reactions import agree, thank, withdraw_agreement, withdraw_thanks

__all__ = [
    "agree",
    "ask_question",
    "edit_answer",
    "edit_question",
    "post_answer",
    "thank",
    "withdraw_agreement",
    "withdraw_thanks",
]
