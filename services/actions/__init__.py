from .applications import (
    ApplicationStateError,
    application_accept,
    application_approve,
    application_reject,
    application_submit,
)

__all__ = [
    "ApplicationStateError",
    "application_accept",
    "application_approve",
    "application_reject",
    "application_submit",
]
