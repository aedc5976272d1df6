"""Background work of search (django-tasks): embedding questions after they change."""

from django_tasks import task

from weighin.search import semantic


@task()
def embed_questions_task(question_ids: list[int]) -> int:
    """Embed these questions (those whose text changed since their stored vector)."""
    if not semantic.enabled():
        return 0
    return semantic.embed_questions(question_ids)
