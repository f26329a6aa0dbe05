"""Why a linking action refused. The message is for the person at the screen and
never contains the identifier itself."""


class LinkError(Exception):
    def __init__(self, message: str, *, code: str, audit_id: int | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.audit_id = audit_id

    def __str__(self) -> str:
        return str(self.message)
