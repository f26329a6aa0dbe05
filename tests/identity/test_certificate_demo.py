"""The demo CA of ``manage.py identity_demo_pki``: what development trusts, and a
personal certificate with its key that binds through the real checks."""

import stat

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from django.core.management import CommandError, call_command

from identity import assurance
from identity.pki import demo
from tests.identity.support import (
    PERSON_ID,
    PERSON_NAME,
    Issued,
    bind,
    linked_person_user,
)

pytestmark = pytest.mark.django_db


def run(directory, **options):
    call_command("identity_demo_pki", directory=str(directory), **options)


def load_issued(directory) -> Issued:
    stem = f"person-{PERSON_ID[-4:]}"
    certificate = x509.load_pem_x509_certificate(
        (directory / f"{stem}-cert.pem").read_bytes()
    )
    key = serialization.load_pem_private_key(
        (directory / f"{stem}-key.pem").read_bytes(), password=None
    )
    return Issued(certificate, key)


def trust_demo(settings, directory) -> None:
    settings.IDENTITY_CERTIFICATE_TRUST_ANCHORS = [str(directory / demo.CA_FILE)]
    settings.IDENTITY_CERTIFICATE_CRLS = [str(directory / demo.CRL_FILE)]


@pytest.mark.parametrize("key_type", ["ec", "rsa"])
def test_demo_certificate_binds_with_its_key(settings, tmp_path, key_type):
    run(tmp_path, resident_id=PERSON_ID, name=PERSON_NAME, key_type=key_type)
    trust_demo(settings, tmp_path)
    user = linked_person_user()
    bind(user, load_issued(tmp_path))
    assert assurance.assurance_level(user) == assurance.STRONG


def test_private_keys_are_readable_by_the_owner_only(tmp_path):
    run(tmp_path, resident_id=PERSON_ID, name=PERSON_NAME)
    for path in (
        tmp_path / demo.CA_KEY_FILE,
        tmp_path / f"person-{PERSON_ID[-4:]}-key.pem",
    ):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_running_again_keeps_the_ca_and_refreshes_the_crl(settings, tmp_path):
    run(tmp_path, resident_id=PERSON_ID, name=PERSON_NAME)
    ca_before = (tmp_path / demo.CA_FILE).read_bytes()
    (tmp_path / demo.CRL_FILE).write_bytes(b"stale")
    run(tmp_path)
    assert (tmp_path / demo.CA_FILE).read_bytes() == ca_before
    trust_demo(settings, tmp_path)
    user = linked_person_user()
    bind(user, load_issued(tmp_path))
    assert assurance.assurance_level(user) == assurance.STRONG


def test_resident_id_and_name_go_together(tmp_path):
    with pytest.raises(CommandError):
        run(tmp_path, resident_id=PERSON_ID)


def test_invalid_resident_id_is_refused(tmp_path):
    with pytest.raises(CommandError):
        run(tmp_path, resident_id="123", name=PERSON_NAME)
    assert not (tmp_path / "person-123-cert.pem").exists()
