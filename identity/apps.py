from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IdentityConfig(AppConfig):
    name = "identity"
    verbose_name = _("Identity")

    def ready(self) -> None:
        # The OpenID Connect provider's rules for redirect URIs, PKCE, response
        # and grant types and codes (identity.oidc_policy).
        from identity import oidc_policy

        oidc_policy.install()
