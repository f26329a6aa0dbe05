from .applications import (
    AGENT_SCOPE_MESSAGE,
    CITIZEN_ONLY_MESSAGE,
    ApplicationStateError,
    application_accept,
    application_approve,
    application_reject,
    application_submit,
)
from .notices import (
    is_notice_supervisor,
    notice_approve,
    notice_issue,
    notice_refuse,
)
from .supplement import application_supplement
from .withdrawal import application_withdraw

__all__ = [
    "AGENT_SCOPE_MESSAGE",
    "CITIZEN_ONLY_MESSAGE",
    "ApplicationStateError",
    "application_accept",
    "application_approve",
    "application_reject",
    "application_submit",
    "application_supplement",
    "application_withdraw",
    "is_notice_supervisor",
    "notice_approve",
    "notice_issue",
    "notice_refuse",
]
