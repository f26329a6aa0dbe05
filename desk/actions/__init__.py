"""Staff writes on a case: intake, review and decisions, one-time notices."""

from desk.actions.intake import application_accept
from desk.actions.notices import (
    notice_approve,
    notice_issue,
    notice_lapse_due,
    notice_refuse,
)
from desk.actions.review import (
    application_approve,
    application_reject,
    application_review_start,
)
from desk.actions.supervision import is_notice_supervisor

__all__ = [
    "application_accept",
    "application_approve",
    "application_reject",
    "application_review_start",
    "is_notice_supervisor",
    "notice_approve",
    "notice_issue",
    "notice_lapse_due",
    "notice_refuse",
]
