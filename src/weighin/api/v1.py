"""JSON API v1 (django-ninja). Endpoints parse input and call the same services as the web."""

from ninja import NinjaAPI

from weighin.api import doctors, errors, qa
from weighin.api.auth import JsonParser
from weighin.search import api as search_api

api = NinjaAPI(
    title="weighin API",
    version="1",
    description=(
        "Patients ask, verified doctors weigh in. Read endpoints are public; writes need a "
        "session (with the X-CSRFToken header) or a personal API token "
        "(`Authorization: Bearer <token>`, created under Settings → API tokens). Every 4xx "
        'has the shape {"error": {"code", "message", "fields"}}. Not medical advice.'
    ),
    parser=JsonParser(),
    urls_namespace="api-1",
)
errors.register(api)
api.add_router("", search_api.router)  # first: /questions/similar before /questions/{id}
api.add_router("", qa.router)
api.add_router("", doctors.router)
