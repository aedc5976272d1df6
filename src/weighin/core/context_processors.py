from django.conf import settings
from django.http import HttpRequest

DISCLAIMER = (
    "weighin is for general information, not medical advice. It does not replace a visit to "
    "your own doctor. In an emergency, call your local emergency number now."
)


def site(request: HttpRequest) -> dict:
    return {
        "DISCLAIMER": DISCLAIMER,
        "SITE_URL": settings.SITE_URL,
        "EMERGENCY_NUMBER": settings.WEIGHIN_EMERGENCY_NUMBER,
        "CRISIS_LINE": settings.WEIGHIN_CRISIS_LINE,
    }
