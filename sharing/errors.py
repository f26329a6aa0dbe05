"""Why the exchange refused or failed a query. Each error carries the HTTP status
and a stable machine-readable code that the API returns, and the id of the audit
record written for it."""


class ShareError(Exception):
    status = 400
    code = "invalid_request"

    def __init__(self, message: str, *, audit_id: int | None = None):
        super().__init__(message)
        self.message = message
        self.audit_id = audit_id


class UnknownRequester(ShareError):
    status = 401
    code = "unknown_requester"


class MissingPurpose(ShareError):
    status = 400
    code = "missing_purpose"


class UnknownResource(ShareError):
    status = 404
    code = "unknown_resource"


class InvalidSubject(ShareError):
    status = 400
    code = "invalid_subject"


class UnknownField(ShareError):
    status = 400
    code = "unknown_field"


class NotShared(ShareError):
    status = 403
    code = "not_shared"


class NoGrant(ShareError):
    status = 403
    code = "no_grant"


class SubjectNotFound(ShareError):
    status = 404
    code = "subject_not_found"


class ProviderUnavailable(ShareError):
    status = 503
    code = "provider_unavailable"
