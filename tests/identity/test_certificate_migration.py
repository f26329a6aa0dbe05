"""Certificates bound before proof of possession existed (on the upload of the
certificate alone) are revoked by a data migration."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.utils import timezone

from identity import assurance
from identity.models import IdentityLink
from tests.identity.support import linked_person_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def linked_user():
    return linked_person_user()


def test_migration_revokes_certificates_bound_without_proof(linked_user):
    person = linked_user.person
    old = IdentityLink(
        person=person,
        kind=IdentityLink.Kind.DIGITAL_CERTIFICATE,
        method=IdentityLink.Method.CERTIFICATE,
        valid_until=timezone.now() + datetime.timedelta(days=30),
    )
    old.set_identifier("AB" * 32)
    old.save()
    assert assurance.assurance_level(linked_user) == assurance.STRONG
    migration = importlib.import_module(
        "identity.migrations.0006_revoke_unproven_certificate_links"
    )
    migration.revoke_unproven_certificate_links(apps, None)
    old.refresh_from_db()
    assert old.revoked_at is not None
    assert "proof of possession" in old.revoked_reason
    assert assurance.assurance_level(linked_user) == assurance.REGISTRY_VERIFIED
