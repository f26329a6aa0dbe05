"""django-allauth account adapter: sign-in by email or mainland mobile number.

allauth drives the flows (signup, login, phone verification by code, rate limits);
this adapter supplies what it leaves to the project:

- where the number lives: ``User.phone`` (normalised 11-digit mainland number,
  unique when set) and ``User.phone_verified``;
- the form field: it accepts ``+86 138 1234 5678`` and stores ``13812345678``,
  and refuses anything that is not a mainland mobile number with a message in
  the user's language instead of allauth's E.164 one;
- delivery of the verification code through ``identity.sms``. When the gateway
  fails the account (already created by then) stays, the number stays
  unverified, the user is told and can ask for a new code on the verification
  page; the failure is logged with the number masked;
- e-mail that never waits for the mail server: every account e-mail (address
  verification, password reset, "account already exists", "no such account",
  security notices) is rendered in the request, in the user's language, and
  handed to the backend named by ``IDENTITY_EMAIL_BACKEND`` (the outbox of
  ``notifications``, which sends it after commit and retries). Identity does not
  import notifications: the backend is a Django e-mail backend chosen by settings;
- enumeration prevention (``ACCOUNT_PREVENT_ENUMERATION`` with mandatory e-mail
  verification): a sign-up with a registered address or number looks like any
  other and its owner is told instead; failed sign-ins by mobile number are
  counted per number, as allauth counts them per e-mail address.
"""

import logging
from typing import Any

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import ratelimit
from allauth.core.internal.ratelimit import respond_429
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.sites.shortcuts import get_current_site
from django.core.mail import EmailMessage, get_connection
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from identity import signals, sms
from identity.models import User
from identity.models.accounts import normalize_mobile, validate_mainland_mobile

logger = logging.getLogger(__name__)


class MainlandMobileField(forms.CharField):
    """A mainland mobile number, cleaned to its 11 digits."""

    default_validators = [validate_mainland_mobile]

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("label", _("Mobile number"))
        kwargs.setdefault("max_length", 20)
        kwargs.setdefault(
            "widget",
            forms.TextInput(
                attrs={
                    "placeholder": "13800000000",
                    "autocomplete": "tel",
                    "type": "tel",
                    "inputmode": "tel",
                }
            ),
        )
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> str:
        return normalize_mobile(super().to_python(value))


class AccountAdapter(DefaultAccountAdapter):
    def render_mail(
        self,
        template_prefix: str,
        email: str | list[str],
        context: dict[str, Any],
        headers: dict[str, str] | None = None,
    ) -> EmailMessage:
        # allauth sends what this returns with message.send(): through the outbox,
        # so that a mail server that is down neither breaks sign-up or password
        # reset (after the account was written) nor loses the e-mail.
        message = super().render_mail(template_prefix, email, context, headers)
        message.connection = get_connection(
            getattr(settings, "IDENTITY_EMAIL_BACKEND", None)
        )
        return message

    def _get_login_attempts_cache_key(
        self, request: HttpRequest, **credentials: Any
    ) -> str:
        # allauth keys failed sign-ins by the e-mail address or username given; a
        # sign-in by mobile number has neither, so every number would share one
        # key (five failures anywhere would lock all sign-ins by number) and no
        # account would have its own. Count them per normalised number instead.
        phone = credentials.get("phone")
        if phone and not (credentials.get("email") or credentials.get("username")):
            domain = get_current_site(request).domain
            return f"{domain}:phone:{normalize_mobile(phone)}"
        return super()._get_login_attempts_cache_key(request, **credentials)

    def phone_form_field(self, **kwargs: Any) -> forms.Field:
        return MainlandMobileField(**kwargs)

    def clean_phone(self, phone: str) -> str:
        return normalize_mobile(phone)

    def pre_login(
        self, request: HttpRequest, user: User, **kwargs: Any
    ) -> HttpResponse | None:
        # allauth's phone verification stage consumes the "verify_phone" limit
        # with raise_exception=True and nothing catches it (a 500): answer 429
        # before the stage when it would be refused. A new account stays; its
        # number is verified at the next sign-in.
        response = super().pre_login(request, user, **kwargs)
        if response:
            return response
        phone = self.get_phone(user)
        if (
            phone
            and not phone[1]
            and account_settings.PHONE_VERIFICATION_ENABLED
            and not ratelimit.consume(
                request, action="verify_phone", key=phone[0], dry_run=True
            )
        ):
            return respond_429(request)
        return None

    def set_phone(self, user: User, phone: str, verified: bool) -> None:
        user.phone = normalize_mobile(phone)
        user.phone_verified = verified
        if user.pk:
            user.save(update_fields=["phone", "phone_verified"])
            if verified and user.phone:
                signals.phone_verified.send(sender=User, user=user, phone=user.phone)

    def get_phone(self, user: User) -> tuple[str, bool] | None:
        if not user.phone:
            return None
        return user.phone, user.phone_verified

    def set_phone_verified(self, user: User, phone: str) -> None:
        self.set_phone(user, phone, True)

    def get_user_by_phone(self, phone: str) -> User | None:
        phone = normalize_mobile(phone)
        if not phone:
            return None
        return User.objects.filter(phone=phone).order_by("pk").first()

    def send_verification_code_sms(
        self, user: User, phone: str, code: str, **kwargs: Any
    ) -> None:
        message = gettext(
            "Citizen Portal verification code: %(code)s. It is valid for 15 "
            "minutes; do not share it with anyone."
        ) % {"code": code}
        self._send_sms(phone, message)

    def send_account_already_exists_sms(self, phone: str) -> None:
        # Enumeration prevention: a signup with a number already on file creates
        # nothing and looks like any other signup; the owner is told instead.
        # allauth calls this for the number given with a registered e-mail address
        # too: a number of no account has no owner to tell (identity.signup tells
        # the address's owner by e-mail).
        if self.get_user_by_phone(phone) is None:
            return
        message = gettext(
            "Someone tried to register at the Citizen Portal with this mobile "
            "number, which already belongs to an account. If it was you, sign in "
            "or reset your password."
        )
        self._send_sms(phone, message)

    def _send_sms(self, phone: str, message: str) -> None:
        try:
            sms.send_sms(phone, message)
        except sms.SMSDeliveryError:
            logger.warning("Text message to %s failed", sms.mask_phone(phone))
            if self.request is not None:
                messages.error(
                    self.request,
                    gettext(
                        "The text message could not be sent. Please try again "
                        "later or ask for a new code."
                    ),
                )
