import pytest
from django.core.management import CommandError, call_command
from stdnum.cn import ric, uscc

from demo.catalogue_load import DEMO_CATALOGUE, load_catalogue
from eforms.regions import REGIONS as ADDRESS_REGIONS
from identity.models import Organisation, Person, User
from licences.models import LicenceType
from services.catalogue_files import DEPARTMENTS, REGIONS, SERVICES, read_files
from services.catalogue_rows import parse
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


def test_seed_demo_creates_a_province(demo_province):
    assert Department.objects.count() >= 15
    assert Service.objects.count() >= 30
    assert Service.objects.values("department").distinct().count() >= 10
    assert LicenceType.objects.count() >= 10
    assert MaterialRequirement.objects.exclude(shared_resource="").exists()
    assert User.objects.filter(email="citizen@example.com").exists()
    assert User.objects.filter(
        email="staff@example.com", groups__name="window_staff"
    ).exists()


def test_seed_demo_is_idempotent(demo_province):
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


def test_seed_demo_identifiers_have_valid_checksums(demo_province):
    for person in Person.objects.all():
        assert ric.is_valid(person.reveal_identifier())
    for organisation in Organisation.objects.all():
        assert uscc.is_valid(organisation.reveal_identifier())


def test_seed_demo_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("seed_demo", verbosity=0)


def test_seed_demo_prints_demo_accounts(demo_province):
    out = demo_province
    assert "citizen@example.com" in out
    assert "staff@example.com" in out


def test_demo_catalogue_loads_to_its_pinned_digest():
    load_catalogue()

    assert catalogue_digest() == DEMO_CATALOGUE_DIGEST


# --- the demo catalogue's files (demo/catalogue/) -----------------------------


def demo_records(kind: str) -> list:
    return parse(read_files([DEMO_CATALOGUE]))[kind]


def test_demo_catalogue_is_a_province_with_city_and_county_departments():
    departments = demo_records(DEPARTMENTS)
    assert len(departments) >= 16
    assert {d.values["region_level"] for d in departments} == {
        "province",
        "city",
        "county",
    }
    assert len(demo_records(SERVICES)) >= 200


def test_demo_service_codes_are_their_department_and_a_number():
    for service in demo_records(SERVICES):
        department, _, number = service.code.partition("-")
        assert department == service.values["department"], service.code
        assert len(number) == 4 and number.isdigit(), service.code


def test_demo_services_have_complete_guides():
    for service in demo_records(SERVICES):
        values = service.values
        assert 2 <= len(values["aliases"].split(",")) <= 6, service.code
        assert values["keywords"], service.code
        for name in (
            "summary",
            "conditions",
            "legal_basis",
            "fee",
            "counter_address",
            "office_hours",
            "steps",
        ):
            assert values[name], (service.code, name)
        assert values.get("personal_events") or values.get("business_events")
        assert 1 <= len(service.materials) <= 6, service.code
        assert 1 <= len(values["faq"]) <= 2, service.code


def test_demo_regions_are_the_regions_of_the_address_cascade():
    regions = [
        (r.values["code"], r.values["name"], r.values["level"], r.values.get("parent"))
        for r in demo_records(REGIONS)
    ]

    assert regions == ADDRESS_REGIONS
