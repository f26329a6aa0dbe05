"""Signed-in sessions for tests, with or without the second factor.

Staff pages need the second factor of this sign-in (identity.permissions,
identity.mfa). Two ways to get a session that has it:

- ``sign_in(client, user)`` signs in the honest way, through allauth's forms: the
  password at ``/accounts/login/``, then, when the account has an authenticator,
  the TOTP code computed from the test secret (``tests.factories.TOTP_SECRET``, as
  the demo staff share theirs, README) or a given recovery code. Security tests
  use this.
- ``force_login_mfa(client, user)`` skips the forms for tests about what a view
  does: it records in the session the password and TOTP steps exactly as allauth
  records them when its forms are passed (``record_authentication``), then logs the
  user in, as allauth does after them.

``PortalClient`` (the ``client`` fixture, tests/conftest.py) has both as methods:
``client.sign_in(staff)``, ``client.force_login_mfa(staff)``.
"""

from allauth.account.internal.flows.login import record_authentication
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.http import HttpRequest
from django.test import Client
from django.urls import reverse

from tests.factories import PASSWORD, TOTP_SECRET, totp_code


def _verified_email(user) -> None:
    """Staff accounts have a verified address, so that allauth lets them sign in
    whatever ``ACCOUNT_EMAIL_VERIFICATION`` says."""
    if user.email and not EmailAddress.objects.filter(user=user).exists():
        EmailAddress.objects.create(
            user=user, email=user.email, verified=True, primary=True
        )


def sign_in(
    client: Client,
    user,
    *,
    password: str = PASSWORD,
    code: str | None = None,
    secret: str = TOTP_SECRET,
) -> None:
    """Sign ``user`` in through allauth's login form and, when the account has an
    authenticator, its second-factor form (``code``, else the current TOTP code
    of ``secret``). Fails the test when allauth does not let the user in."""
    _verified_email(user)
    response = client.post(
        reverse("account_login"), {"login": user.email, "password": password}
    )
    assert response.status_code == 302, (
        f"the login form refused {user.email}: {response.status_code}"
    )
    if response["Location"].startswith(reverse("mfa_authenticate")):
        response = client.post(
            reverse("mfa_authenticate"), {"code": code or totp_code(secret)}
        )
        assert response.status_code == 302, (
            f"the second-factor form refused {user.email} (a TOTP code can be "
            "used once: sign the same user in again with a recovery code)"
        )
    assert client.session.get("_auth_user_id") == str(user.pk), (
        f"{user.email} is not signed in after the forms"
    )


def force_login_mfa(client: Client, user) -> None:
    """Log ``user`` in with the session allauth's forms would give: the password
    step and, for a user with a TOTP authenticator (the staff factories give one),
    the TOTP step, recorded as allauth records them, without going through the
    forms. A user without one (a citizen) gets a password-only session."""
    authenticator = Authenticator.objects.filter(
        user=user, type=Authenticator.Type.TOTP
    ).first()
    if client.session.get("_auth_user_id") not in (None, str(user.pk)):
        # Another user's session: logging in would empty it, records included.
        client.logout()
    session = client.session
    request = HttpRequest()
    request.session = session
    record_authentication(request, user, method="password", email=user.email)
    if authenticator is not None:
        record_authentication(
            request, user, method="mfa", id=authenticator.pk, type=authenticator.type
        )
    session.save()
    client.force_login(user)


class PortalClient(Client):
    """Django's test client, with ``sign_in`` and ``force_login_mfa``."""

    def sign_in(self, user, **kwargs) -> None:
        sign_in(self, user, **kwargs)

    def force_login_mfa(self, user) -> None:
        force_login_mfa(self, user)
