"""Domain errors: raised by services with a message a patient could read.

Mapped to HTTP once for the web (core.middleware) and once for the API (api.errors).
"""


class DomainError(Exception):
    status = 400
    code = "invalid"

    def __init__(self, message: str, *, fields: dict[str, list[str]] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.fields = fields or {}


class NotAllowed(DomainError):
    status, code = 403, "not_allowed"


class NotFound(DomainError):
    status, code = 404, "not_found"


class Conflict(DomainError):
    status, code = 409, "conflict"


class InvalidInput(DomainError):
    status, code = 400, "invalid"
