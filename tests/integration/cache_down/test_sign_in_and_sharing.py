"""Sign-in, its brute-force limit and the data-sharing API hold while the cache
is down."""

import pytest
from django.test import Client
from django.urls import reverse

from common import ratelimit
from sharing.models import Grant
from tests.factories import StaffUserFactory, totp_code
from tests.factories.sharing import GrantFactory, RequesterSystemFactory
from tests.sharing import api_support, registry_data

pytestmark = pytest.mark.django_db


def test_data_sharing_query_answers_and_is_audited(client):
    registry_data.person()
    system = RequesterSystemFactory(code="tax-system")
    GrantFactory(requester=system, fields=["resident_id", "name"])
    response = api_support.post(client, api_support.body(), system)
    assert response.status_code == 200
    assert response.json()["data"]["name"] == "林晓明"
    assert api_support.only_record().requester == system


def test_grant_revoked_elsewhere_is_refused_at_once(client):
    """No process-local copy is trusted while the generation cannot be read, even
    for a change whose invalidation never reached this process."""
    registry_data.person()
    system = RequesterSystemFactory(code="tax-system")
    grant = GrantFactory(requester=system, fields=["resident_id", "name"])
    assert api_support.post(client, api_support.body(), system).status_code == 200
    Grant.objects.filter(pk=grant.pk).update(status=Grant.Status.REVOKED)  # no signal
    response = api_support.post(client, api_support.body(), system)
    assert response.status_code == 403


def test_sign_in_works(client, citizen, password):
    response = client.post(
        reverse("account_login"), {"login": citizen.email, "password": password}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("applications:my_portal")


def test_failed_sign_ins_are_still_limited(client, citizen, password):
    for _ in range(5):
        client.post(
            reverse("account_login"), {"login": citizen.email, "password": "wrong"}
        )
    response = client.post(
        reverse("account_login"), {"login": citizen.email, "password": password}
    )
    assert response.status_code == 200  # the form again, not a redirect
    assert "_auth_user_id" not in client.session


def test_portal_rate_limits_are_counted_in_the_process():
    results = [ratelimit.hit("desk-lookup:1", window=60) for _ in range(4)]
    assert [r.count for r in results] == [1, 2, 3, 4]
    assert [r.over(3) for r in results] == [False, False, False, True]


def test_staff_totp_sign_in_works_and_a_code_still_counts_once(password):
    staff = StaffUserFactory()
    code = totp_code()
    first, second = Client(), Client()
    for browser in (first, second):
        response = browser.post(
            reverse("account_login"), {"login": staff.email, "password": password}
        )
        assert response["Location"] == reverse("mfa_authenticate")

    response = first.post(reverse("mfa_authenticate"), {"code": code})
    assert response.status_code == 302
    assert first.get(reverse("desk:queue")).status_code == 200
    response = second.post(reverse("mfa_authenticate"), {"code": code})
    assert response.status_code == 200  # refused: the code was used
    assert "_auth_user_id" not in second.session
