import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from stdnum.cn import ric, uscc

from identity.models import Organisation, Person, User
from licences.models import LicenceType
from services.actions import catalogue_import
from services.demo_load import load_catalogue
from services.models import Department, MaterialRequirement, Service
from tests.services.catalogue_digest import catalogue_digest

pytestmark = pytest.mark.django_db

# The demo catalogue as the database holds it once loaded (every field of its
# departments, licence types, events, services with their search index entries,
# materials and events: tests.services.catalogue_digest).
DEMO_CATALOGUE_DIGEST = (
    "7ea707ecca4c203c2862816d85c16dcaaa1e292f791113544ec05597e5dd326b"
)


def seed():
    call_command("seed_demo", "--force", verbosity=0)


def test_seed_demo_creates_a_province():
    seed()
    assert Department.objects.count() >= 15
    assert Service.objects.count() >= 30
    assert Service.objects.values("department").distinct().count() >= 10
    assert LicenceType.objects.count() >= 10
    assert MaterialRequirement.objects.exclude(shared_resource="").exists()
    assert User.objects.filter(email="citizen@example.com").exists()
    assert User.objects.filter(
        email="staff@example.com", groups__name="window_staff"
    ).exists()


def test_seed_demo_is_idempotent():
    seed()
    counts = [
        Service.objects.count(),
        MaterialRequirement.objects.count(),
        User.objects.count(),
        Person.objects.count(),
        Organisation.objects.count(),
    ]
    seed()
    assert counts == [
        Service.objects.count(),
        MaterialRequirement.objects.count(),
        User.objects.count(),
        Person.objects.count(),
        Organisation.objects.count(),
    ]


def test_seed_demo_identifiers_have_valid_checksums():
    seed()
    for person in Person.objects.all():
        assert ric.is_valid(person.reveal_identifier())
    for organisation in Organisation.objects.all():
        assert uscc.is_valid(organisation.reveal_identifier())


def test_seed_demo_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("seed_demo", verbosity=0)


def test_seed_demo_prints_demo_accounts(capsys):
    call_command("seed_demo", "--force")
    out = capsys.readouterr().out
    assert "citizen@example.com" in out
    assert "staff@example.com" in out


def test_demo_catalogue_loads_to_its_pinned_digest():
    load_catalogue()

    assert catalogue_digest() == DEMO_CATALOGUE_DIGEST


def test_demo_catalogue_files_import_to_the_same_catalogue():
    # demo/catalogue/ was written from services.demo_catalogue: the same
    # catalogue, byte for byte.
    catalogue_import(files=[settings.BASE_DIR / "demo" / "catalogue"])

    assert catalogue_digest() == DEMO_CATALOGUE_DIGEST
