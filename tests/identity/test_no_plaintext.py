"""After a full linking flow for the demo person, neither a database dump nor the
logs hold the resident ID or a card number in plain text."""

import io
import logging

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from identity.actions import identity_link_reassign_at_desk
from identity.models import CertificateChallenge, IdentityLink
from identity.selectors import resolve_identifier
from tests.factories import UserFactory
from tests.identity.support import (
    HEALTH_CARD,
    PERSON_ID,
    PERSON_NAME,
    SS_CARD,
    CertificateAuthority,
    seed_person,
    sign,
)

pytestmark = pytest.mark.django_db

SECRETS = (PERSON_ID, SS_CARD, HEALTH_CARD)


def _log_text(caplog) -> str:
    lines = []
    for record in caplog.records:
        lines.append(record.getMessage())
        lines.append(repr(record.args))
        if record.exc_text:
            lines.append(record.exc_text)
    return "\n".join(lines) + caplog.text


def test_dump_and_logs_hold_no_plain_identifier(client, staff_user, caplog, settings):
    caplog.set_level(logging.DEBUG)
    for name in ("", "django", "identity", "sharing", "django.db.backends"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    seed_person()

    squatter = UserFactory()
    client.force_login(squatter)
    response = client.post(
        reverse("identity:link_resident_id"),
        {"resident_id": PERSON_ID, "name": PERSON_NAME},
    )
    assert response.status_code == 302
    owner = UserFactory()
    client.force_login(owner)
    refused = client.post(
        reverse("identity:link_resident_id"),
        {"resident_id": PERSON_ID, "name": PERSON_NAME},
    )
    assert refused.status_code == 200
    identity_link_reassign_at_desk(staff=staff_user, resident_id=PERSON_ID, user=owner)
    mismatch = client.post(
        reverse("identity:link_resident_id"),
        {"resident_id": PERSON_ID, "name": "林晓红"},
    )
    assert mismatch.status_code == 200
    authority = CertificateAuthority()
    authority.trust(settings)
    issued = authority.issue()
    client.get(reverse("identity:certificate"))
    challenge = CertificateChallenge.objects.get(user=owner)
    bound = client.post(
        reverse("identity:certificate"),
        {
            "challenge": challenge.nonce,
            "certificate": SimpleUploadedFile("me.pem", issued.pem()),
            "signature": SimpleUploadedFile("me.p7s", sign(challenge.content, issued)),
        },
    )
    assert bound.status_code == 302
    for identifier in SECRETS:
        resolve_identifier(
            identifier, requester_user=staff_user, purpose="一证通办：测试"
        )
    link = IdentityLink.objects.active().get(kind=IdentityLink.Kind.RESIDENT_ID)
    revealed = client.post(reverse("identity:reveal"), {"link": link.pk})
    assert PERSON_ID in revealed.content.decode()  # the owner's explicit reveal

    assert IdentityLink.objects.active().count() == 4
    buffer = io.StringIO()
    call_command("dumpdata", stdout=buffer)
    dump = buffer.getvalue()
    assert PERSON_NAME in dump or "\\u6797" in dump  # the dump is not empty
    logs = _log_text(caplog)
    assert "identity.links" in logs or "linked" in logs
    for secret in SECRETS:
        assert secret not in dump, "plain identifier in dumpdata"
        assert secret.lower() not in dump
        leaks = [line[:300] for line in logs.splitlines() if secret in line]
        assert not leaks, f"plain identifier in the logs: {leaks}"
