"""Sign-up form: allauth's, with the owner of a registered address always told.

With enumeration prevention a sign-up whose e-mail address or mobile number is
already registered creates nothing and continues as a "login" without a user
through allauth's stages, which tell the owner: the phone stage by text message,
the e-mail stage by e-mail. When a number was given, the phone stage comes first
and cannot be passed without an account (no code exists), so the e-mail stage is
never reached and the owner of a registered address would never hear of it: this
form tells them at once. A number that belongs to nobody gets no text
(``identity.adapter``); one that is registered is texted by the phone stage.

The "already exists" e-mail is limited like allauth's verification e-mails (the
``confirm_email`` rate, per address), so repeated sign-ups cannot flood an inbox.

Such a sign-up also hashes the password it will not keep: hashing is most of the
time a real sign-up takes (some 0.6 s with PBKDF2), so skipping it would tell a
registered address from a new one by the time the answer takes.
"""

from typing import Any

from allauth.account.adapter import get_adapter
from allauth.account.forms import SignupForm as AllauthSignupForm
from allauth.account.utils import filter_users_by_email
from allauth.core import ratelimit
from django.contrib.auth.hashers import make_password
from django.http import HttpRequest


class SignupForm(AllauthSignupForm):
    def try_save(self, request: HttpRequest) -> tuple[Any, Any]:
        if self.account_already_exists:
            make_password(self.cleaned_data.get("password1"))  # as long as a new one
            self._tell_address_owner_before_the_phone_stage(request)
        return super().try_save(request)

    def _tell_address_owner_before_the_phone_stage(self, request: HttpRequest) -> None:
        email = self.cleaned_data.get("email")
        if not (email and self.cleaned_data.get("phone")):
            return  # without a number the e-mail stage tells the owner
        if not filter_users_by_email(email):
            return  # only the number is registered: the phone stage texts its owner
        if ratelimit.consume(request, action="confirm_email", key=email.lower()):
            get_adapter(request).send_account_already_exists_mail(email)
