"""The applicant's writes: submit, supplement after a notice, withdraw, keep the
contact details in step. (Staff writes on a case are ``desk.actions``.)"""

from applications.actions.contact import (
    contact_details_update,
    phone_verified_received,
)
from applications.actions.submit import (
    AGENT_SCOPE_MESSAGE,
    CITIZEN_ONLY_MESSAGE,
    application_submit,
)
from applications.actions.supplement import application_supplement
from applications.actions.withdrawal import application_withdraw

__all__ = [
    "AGENT_SCOPE_MESSAGE",
    "CITIZEN_ONLY_MESSAGE",
    "application_submit",
    "application_supplement",
    "application_withdraw",
    "contact_details_update",
    "phone_verified_received",
]
