from typing import Any

import pydantic
from django.db.models import QuerySet
from django.http import HttpRequest
from ninja.pagination import CursorPagination

from weighin.core.errors import InvalidInput


class SafeCursorPagination(CursorPagination):
    """ninja's keyset pagination, with a tampered cursor answered as a 400 instead of a 500."""

    def paginate_queryset(
        self, queryset: QuerySet, pagination: Any, request: HttpRequest, **params: Any
    ) -> Any:
        try:
            return super().paginate_queryset(queryset, pagination, request, **params)
        except (pydantic.ValidationError, ValueError, TypeError):
            raise InvalidInput(
                "That cursor is not valid: use the `next` link of a previous page.",
                fields={"cursor": ["Invalid cursor."]},
            ) from None
