"""Names of the role groups. Staff kinds are Django groups so that permissions can be
managed in the admin; the names are stable identifiers, not display text."""

WINDOW_STAFF = "window_staff"
REVIEWER = "reviewer"
DATA_STEWARD = "data_steward"
EDITOR = "editor"
# Head of a service section (科室负责人): works at the desk, approves a further
# one-time notice, and pushes agency messages to citizens.
SUPERVISOR = "supervisor"

STAFF_GROUPS = (WINDOW_STAFF, REVIEWER, DATA_STEWARD, EDITOR, SUPERVISOR)
