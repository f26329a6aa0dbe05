"""The desk case page shows what the applicant submitted: the e-form's answers
labelled as in the version filled in (identifiers masked) and every material with
how it was obtained; staff handling the case open uploaded files, nobody else
does; an e-form file upload becomes an application material kept in the
library."""
