from .applications import (
    AGENT_SCOPE_MESSAGE,
    CITIZEN_ONLY_MESSAGE,
    ApplicationStateError,
    application_accept,
    application_approve,
    application_reject,
    application_submit,
)

__all__ = [
    "AGENT_SCOPE_MESSAGE",
    "CITIZEN_ONLY_MESSAGE",
    "ApplicationStateError",
    "application_accept",
    "application_approve",
    "application_reject",
    "application_submit",
]
