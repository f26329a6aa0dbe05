from django.urls import path

from . import views, views_certificate

app_name = "identity"

urlpatterns: list = [
    path("identity/", views.my_identity, name="my_identity"),
    path("identity/link/", views.link_resident_id, name="link_resident_id"),
    path(
        "identity/certificate/", views_certificate.certificate_bind, name="certificate"
    ),
    path(
        "identity/certificate/challenge/<slug:nonce>.txt",
        views_certificate.certificate_challenge_file,
        name="certificate_challenge",
    ),
    path("identity/reveal/", views.reveal, name="reveal"),
]

# Businesses and privacy (identity.views_business, identity.views_privacy).
from . import views_business, views_privacy  # noqa: E402

urlpatterns += [
    path("business/", views_business.business_home, name="business"),
    path("business/link/", views_business.business_link, name="business_link"),
    path(
        "business/links/<id:pk>/approve/",
        views_business.business_link_approve,
        name="business_link_approve",
    ),
    path(
        "business/links/<id:pk>/reject/",
        views_business.business_link_reject,
        name="business_link_reject",
    ),
    path("business/switch/", views_business.business_switch, name="business_switch"),
    path(
        "business/organisations/<id:pk>/",
        views_business.business_organisation,
        name="business_organisation",
    ),
    path(
        "business/organisations/<id:pk>/agents/",
        views_business.business_agent_grant,
        name="business_agent_grant",
    ),
    path(
        "business/agents/<id:pk>/revoke/",
        views_business.business_agent_revoke,
        name="business_agent_revoke",
    ),
    path("privacy/", views_privacy.privacy_home, name="privacy"),
    path(
        "privacy/consents/<id:pk>/withdraw/",
        views_privacy.privacy_consent_withdraw,
        name="privacy_consent_withdraw",
    ),
    path(
        "privacy/corrections/",
        views_privacy.privacy_correction,
        name="privacy_correction",
    ),
    path(
        "privacy/corrections/<id:pk>/",
        views_privacy.privacy_correction_detail,
        name="privacy_correction_detail",
    ),
]
