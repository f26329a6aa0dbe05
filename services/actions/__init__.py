from services.actions.applications import (
    AGENT_SCOPE_MESSAGE,
    CITIZEN_ONLY_MESSAGE,
    ApplicationStateError,
    application_accept,
    application_approve,
    application_reject,
    application_submit,
)
from services.actions.contact import contact_details_update, phone_verified_received
from services.actions.notices import (
    is_notice_supervisor,
    notice_approve,
    notice_issue,
    notice_refuse,
)
from services.actions.review import application_review_start
from services.actions.supplement import application_supplement
from services.actions.withdrawal import application_withdraw

__all__ = [
    "AGENT_SCOPE_MESSAGE",
    "CITIZEN_ONLY_MESSAGE",
    "ApplicationStateError",
    "application_accept",
    "application_approve",
    "application_reject",
    "application_review_start",
    "application_submit",
    "application_supplement",
    "application_withdraw",
    "contact_details_update",
    "is_notice_supervisor",
    "notice_approve",
    "notice_issue",
    "notice_refuse",
    "phone_verified_received",
]
