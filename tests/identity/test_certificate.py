import datetime

import pytest
from django.utils import timezone

from identity import assurance
from identity.actions import (
    LinkError,
    identity_link_certificate,
    identity_link_resident_id,
)
from identity.models import IdentityLink
from tests.factories import UserFactory
from tests.identity.support import (
    PERSON_ID,
    PERSON_NAME,
    UNKNOWN_ID,
    make_ca,
    make_certificate,
    pem,
    seed_person,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def linked_user():
    seed_person()
    user = UserFactory()
    identity_link_resident_id(user=user, resident_id=PERSON_ID, name=PERSON_NAME)
    return user


def refused(user, data) -> str:
    with pytest.raises(LinkError) as error:
        identity_link_certificate(user=user, pem_or_der_bytes=data)
    assert error.value.message
    assert not IdentityLink.objects.filter(
        kind=IdentityLink.Kind.DIGITAL_CERTIFICATE
    ).exists()
    return error.value.code


def test_certificate_carrying_the_id_in_serial_number_reaches_level_3(linked_user):
    link = identity_link_certificate(
        user=linked_user, pem_or_der_bytes=make_certificate()
    )
    assert link.kind == IdentityLink.Kind.DIGITAL_CERTIFICATE
    assert link.method == IdentityLink.Method.CERTIFICATE
    assert link.valid_until > timezone.now()
    assert link.identifier_masked.startswith("SHA-256 ")
    assert assurance.assurance_level(linked_user) == assurance.STRONG


def test_der_certificate_is_accepted(linked_user):
    identity_link_certificate(
        user=linked_user, pem_or_der_bytes=make_certificate(der=True)
    )
    assert assurance.assurance_level(linked_user) == assurance.STRONG


def test_prefixed_serial_number_is_accepted(linked_user):
    data = make_certificate(serial_number="SF" + PERSON_ID)
    identity_link_certificate(user=linked_user, pem_or_der_bytes=data)


def test_id_in_the_common_name_is_accepted(linked_user):
    data = make_certificate(
        serial_number=None, common_name=f"{PERSON_NAME}@{PERSON_ID}"
    )
    identity_link_certificate(user=linked_user, pem_or_der_bytes=data)


def test_certificate_of_another_id_is_refused(linked_user):
    assert (
        refused(linked_user, make_certificate(serial_number=UNKNOWN_ID))
        == "subject_mismatch"
    )


def test_longer_number_containing_the_id_is_refused(linked_user):
    data = make_certificate(serial_number=PERSON_ID + "7")
    assert refused(linked_user, data) == "subject_mismatch"


def test_expired_certificate_is_refused(linked_user):
    now = timezone.now()
    data = make_certificate(
        not_before=now - datetime.timedelta(days=400),
        not_after=now - datetime.timedelta(days=1),
    )
    assert refused(linked_user, data) == "expired"


def test_not_yet_valid_certificate_is_refused(linked_user):
    now = timezone.now()
    data = make_certificate(
        not_before=now + datetime.timedelta(days=1),
        not_after=now + datetime.timedelta(days=400),
    )
    assert refused(linked_user, data) == "not_yet_valid"


@pytest.mark.parametrize(
    "data",
    [
        b"not a certificate",
        b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
        b"\x30\x82\x01\x00garbage",
        b"\xff" * 100,
    ],
)
def test_malformed_certificate_is_refused(linked_user, data):
    assert refused(linked_user, data) == "malformed"


def test_oversized_upload_is_refused(linked_user):
    assert refused(linked_user, b"A" * (16 * 1024 + 1)) == "too_large"


def test_certificate_needs_a_linked_resident_id():
    assert refused(UserFactory(), make_certificate()) == "no_resident_id"


def test_certificate_bound_to_another_person_is_refused(linked_user, staff_user):
    data = make_certificate()
    identity_link_certificate(user=linked_user, pem_or_der_bytes=data)
    from tests.sharing import registry_data

    registry_data.person(resident=UNKNOWN_ID, name="陈思远")
    other = UserFactory()
    identity_link_resident_id(user=other, resident_id=UNKNOWN_ID, name="陈思远")
    with pytest.raises(LinkError) as error:
        identity_link_certificate(user=other, pem_or_der_bytes=data)
    assert error.value.code in {"already_linked", "subject_mismatch"}


def test_same_certificate_twice_is_idempotent(linked_user):
    data = make_certificate()
    first = identity_link_certificate(user=linked_user, pem_or_der_bytes=data)
    again = identity_link_certificate(user=linked_user, pem_or_der_bytes=data)
    assert first.pk == again.pk


def test_with_a_ca_bundle_a_certificate_signed_by_that_ca_is_accepted(
    linked_user, settings, tmp_path
):
    ca, ca_key = make_ca()
    bundle = tmp_path / "ca.pem"
    bundle.write_bytes(pem(make_ca("其他认证中心")[0]) + pem(ca))
    settings.IDENTITY_CERTIFICATE_CA_BUNDLE = str(bundle)
    data = make_certificate(issuer=(ca, ca_key))
    identity_link_certificate(user=linked_user, pem_or_der_bytes=data)
    assert assurance.assurance_level(linked_user) == assurance.STRONG


def test_with_a_ca_bundle_a_self_signed_certificate_is_refused(
    linked_user, settings, tmp_path
):
    ca, _ = make_ca()
    bundle = tmp_path / "ca.pem"
    bundle.write_bytes(pem(ca))
    settings.IDENTITY_CERTIFICATE_CA_BUNDLE = str(bundle)
    assert refused(linked_user, make_certificate()) == "untrusted"


def test_with_a_ca_bundle_a_certificate_of_another_ca_is_refused(
    linked_user, settings, tmp_path
):
    trusted, _ = make_ca()
    rogue, rogue_key = make_ca("伪造认证中心")
    bundle = tmp_path / "ca.pem"
    bundle.write_bytes(pem(trusted))
    settings.IDENTITY_CERTIFICATE_CA_BUNDLE = str(bundle)
    data = make_certificate(issuer=(rogue, rogue_key))
    assert refused(linked_user, data) == "untrusted"


def test_unreadable_ca_bundle_refuses_rather_than_crashes(
    linked_user, settings, tmp_path
):
    settings.IDENTITY_CERTIFICATE_CA_BUNDLE = str(tmp_path / "missing.pem")
    assert refused(linked_user, make_certificate()) == "untrusted"
