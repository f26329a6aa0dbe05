from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class IdentityConfig(AppConfig):
    # The default of this module, beside PortalAdminConfig. (Django's AdminConfig
    # is imported as an attribute of its module: a class here would be a candidate.)
    default = True
    name = "identity"
    verbose_name = _("Identity")

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in, user_logged_out

        from . import mfa, oidc_policy, staff_sessions

        # The OpenID Connect provider's rules for redirect URIs, PKCE, response
        # and grant types and codes (identity.oidc_policy).
        oidc_policy.install()
        # When this sign-in began, for the second factor and the staff session;
        # signing out of a staff account ends its sessions everywhere.
        user_logged_in.connect(mfa.note_sign_in, dispatch_uid="identity.mfa")
        user_logged_in.connect(
            staff_sessions.note_sign_in, dispatch_uid="identity.staff_sessions"
        )
        user_logged_out.connect(
            staff_sessions.end_sessions_everywhere,
            dispatch_uid="identity.staff_sessions",
        )


class PortalAdminConfig(admin_apps.AdminConfig):
    """``django.contrib.admin`` with the portal's site: behind the staff gate, with
    allauth's sign-in (``identity.admin_sites``)."""

    default = False
    default_site = "identity.admin_sites.PortalAdminSite"
