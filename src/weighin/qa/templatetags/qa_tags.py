import json

from django import template
from django.conf import settings
from django.utils.safestring import SafeString, mark_safe

from weighin.qa.selectors import QuestionPage

register = template.Library()

# The characters that could close the <script> element or open a comment, as json_script does.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def qapage_data(page: QuestionPage) -> dict:
    """schema.org QAPage for search engines. The asker is not named: there is no author."""
    q = page.question
    url = settings.SITE_URL + q.get_absolute_url()
    answers = []
    for view in page.cards:
        a, d = view.answer, view.doctor
        answer = {
            "@type": "Answer",
            "text": f"{a.brief}\n\n{a.body}",
            "upvoteCount": a.agree_count,
            "dateCreated": a.created_at.isoformat(),
            "url": f"{url}#answer-{a.pk}",
        }
        if a.source_id and d is None:
            answer["author"] = {"@type": "Organization", "name": a.source.name}
        if d is not None:
            answer["author"] = {
                "@type": "Person",
                "name": d.display_name,
                "jobTitle": d.specialty.name,
                "url": settings.SITE_URL + d.get_absolute_url(),
            }
        answers.append(answer)
    return {
        "@context": "https://schema.org",
        "@type": "QAPage",
        "mainEntity": {
            "@type": "Question",
            "name": q.title,
            "text": q.details or q.title,
            "answerCount": len(page.cards),
            "dateCreated": q.created_at.isoformat(),
            "suggestedAnswer": answers,
        },
    }


@register.simple_tag
def qapage_jsonld(page: QuestionPage) -> SafeString:
    data = json.dumps(qapage_data(page), ensure_ascii=False).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{data}</script>')  # noqa: S308
