from django.conf import settings


def emergency_message(question) -> str | None:
    """The words every client must show first for a question that describes an emergency."""
    if question.is_self_harm:
        return (
            f"If you are thinking about ending your life or hurting yourself, call or text "
            f"{settings.WEIGHIN_CRISIS_LINE} now, any time. If you are in immediate danger, "
            f"call {settings.WEIGHIN_EMERGENCY_NUMBER}."
        )
    if question.is_emergency:
        return (
            f"This may be an emergency: get emergency care now. Call "
            f"{settings.WEIGHIN_EMERGENCY_NUMBER} (or your local emergency number); do not wait "
            f"for an answer here."
        )
    return None
