"""One-time notices (一次性告知): issuing, supervisor approval of further notices,
the handler, materials obtained through sharing, the desk's and the applicant's
forms, and the supplement."""
