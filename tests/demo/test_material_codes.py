"""The demo catalogue's material codes (材料编码): what makes the demo reuse a file
across services (不重复提交). Each code must be one the requirement field
accepts and be shared by several services; loading the demo writes the codes
on the requirements (and again on a re-run), and a file supplied for one
service is then offered for another's requirement of the same code, while a
document that merely has the same name is not."""

import shutil
from collections import defaultdict
from functools import cache

import pytest
from django.core.exceptions import ValidationError

from applications.actions.materials import material_store
from applications.materials import resolve_materials
from applications.models import ApplicationMaterial
from demo.catalogue_load import DEMO_CATALOGUE, load_catalogue
from services.actions import catalogue_import
from services.catalogue_files import MATERIAL_CATALOGUE, SERVICES, read_files
from services.catalogue_rows import parse
from services.models import MaterialRequirement
from tests.applications.materials_support import pdf_upload

Source = ApplicationMaterial.Source


@cache
def demo_files():
    """The demo catalogue's files, parsed (``demo/catalogue/``)."""
    return parse(read_files([DEMO_CATALOGUE]))


def catalogued_codes() -> set[str]:
    """The codes of the demo's material catalogue (材料目录)."""
    return {r.values["material_code"] for r in demo_files()[MATERIAL_CATALOGUE]}


def coded_materials() -> list[tuple[str, int, dict]]:
    """``(service code, sort order, material)`` of every coded demo material."""
    return [
        (service.code, order, material.values)
        for service in demo_files()[SERVICES]
        for order, material in enumerate(service.materials)
        if material.values.get("material_code")
    ]


def services_by_code() -> dict[str, list[str]]:
    """``{material code: [service code, ...]}`` in catalogue order."""
    result: dict[str, list[str]] = defaultdict(list)
    for service_code, _order, material in coded_materials():
        if service_code not in result[material["material_code"]]:
            result[material["material_code"]].append(service_code)
    return dict(result)


def material_of(service_code: str, name: str) -> dict:
    service = next(s for s in demo_files()[SERVICES] if s.code == service_code)
    return next(m.values for m in service.materials if m.values["name"] == name)


# --- the catalogue data --------------------------------------------------------


def test_every_demo_material_code_passes_the_requirement_fields_validation():
    field = MaterialRequirement._meta.get_field("material_code")
    codes = {m["material_code"] for _s, _o, m in coded_materials()}
    assert codes  # the demo sets codes at all
    for code in codes | catalogued_codes():
        field.clean(code, None)  # validators and max_length; raises if invalid


@pytest.mark.django_db
def test_the_import_rejects_what_the_requirement_field_rejects(tmp_path):
    # The import checks a code with the field itself: a code the field refuses
    # is refused, at its line.
    field = MaterialRequirement._meta.get_field("material_code")
    for bad in ("photo id", "-photo", "照片", "x" * 51):
        with pytest.raises(ValidationError):
            field.clean(bad, None)
        problems = _import_with_code(tmp_path, bad)
        assert [p.column for p in problems] == ["材料编码"], bad


def _import_with_code(tmp_path, code: str):
    """Import the demo with GA-0213's 购车发票 coded ``code``; the problems."""
    directory = tmp_path / code.replace("/", "_")[:20]
    shutil.copytree(DEMO_CATALOGUE, directory)
    ga = directory / "services" / "GA.toml"
    text = ga.read_text(encoding="utf-8")
    start = text.index('"事项编码" = "GA-0213"')
    invoice = text.index('"材料编码" = "vehicle.sale-invoice"', start)
    ga.write_text(
        text[:invoice]
        + f'"材料编码" = "{code}"'
        + text[invoice + len('"材料编码" = "vehicle.sale-invoice"') :],
        encoding="utf-8",
    )
    report = catalogue_import(files=[directory], dry_run=True)
    return report.problems


@pytest.mark.django_db
def test_catalogue_check_rejects_an_unknown_material_code(tmp_path):
    problems = _import_with_code(tmp_path, "vehicle.sale-invoic")

    assert [(p.column, "vehicle.sale-invoic" in p.message) for p in problems] == [
        ("材料编码", True)
    ]
    assert problems[0].file.endswith("GA.toml")


@pytest.mark.django_db
def test_catalogue_check_passes():
    report = catalogue_import(files=[DEMO_CATALOGUE], dry_run=True)

    assert report.ok, report.problems


def test_catalogued_codes_are_the_codes_the_services_use():
    assert set(services_by_code()) == catalogued_codes()


def test_every_defined_code_is_shared_by_at_least_two_services():
    shared = services_by_code()
    assert set(shared) == catalogued_codes()
    single = {code: codes for code, codes in shared.items() if len(codes) < 2}
    assert not single
    assert len(shared) >= 10


def test_codes_are_given_to_uploaded_materials_only():
    # An e-licence or a registry record is obtained by the platform, never
    # supplied; a code on it would not make anything reusable.
    for service_code, _order, material in coded_materials():
        where = (service_code, material["name"])
        assert not material.get("licence_type"), where
        assert not material.get("shared_resource"), where


def test_documents_that_merely_share_a_name_are_not_coded_alike():
    # An electric bicycle's invoice is an ordinary invoice, not the motor
    # vehicle sale invoice that vehicle registration and purchase tax share.
    assert material_of("GA-0213", "购车发票")["material_code"] == (
        "vehicle.sale-invoice"
    )
    assert material_of("SW-0114", "机动车销售统一发票")["material_code"] == (
        "vehicle.sale-invoice"
    )
    assert "material_code" not in material_of("GA-0212", "购车发票")
    # The resident ID card photo follows its own standard: a generic ID photo
    # does not stand for it.
    assert (
        material_of("GA-0001", "居民身份证相片")["material_code"]
        != (material_of("CL-0001", "近期2寸免冠彩色照片")["material_code"])
    )


# --- loading the demo ------------------------------------------------------------


def requirement_codes() -> dict[tuple[str, int], str]:
    return {
        (service_code, order): code
        for service_code, order, code in MaterialRequirement.objects.values_list(
            "service__code", "sort_order", "material_code"
        )
    }


def expected_codes() -> dict[tuple[str, int], str]:
    return {
        (service_code, order): material["material_code"]
        for service_code, order, material in coded_materials()
    }


@pytest.mark.django_db
def test_loading_the_demo_writes_material_codes_on_requirements(demo_catalogue):
    written = requirement_codes()
    expected = expected_codes()
    assert {key: written[key] for key in expected} == expected
    assert {code for key, code in written.items() if key not in expected} == {""}


@pytest.mark.django_db
def test_reloading_the_demo_restores_material_codes_in_place(demo_catalogue):
    count = MaterialRequirement.objects.count()
    # As a database loaded before the demo had codes would be.
    MaterialRequirement.objects.update(material_code="")

    load_catalogue()

    assert MaterialRequirement.objects.count() == count
    written = requirement_codes()
    assert {key: written[key] for key in expected_codes()} == expected_codes()


# --- reuse across demo services ------------------------------------------------


def requirement(service_code: str, code: str) -> MaterialRequirement:
    return MaterialRequirement.objects.get(
        service__code=service_code, material_code=code
    )


def supply(applicant, requirement: MaterialRequirement):
    return material_store(
        owner=applicant,
        organisation=None,
        requirement=requirement,
        uploaded_file=pdf_upload(text=requirement.name, name="earlier.pdf"),
    )


def resolution_for(applicant, requirement: MaterialRequirement):
    resolutions = resolve_materials(
        applicant=applicant, organisation=None, service=requirement.service
    )
    return next(r for r in resolutions if r.requirement.pk == requirement.pk)


@pytest.mark.django_db
def test_material_supplied_for_one_demo_service_is_offered_to_another_of_its_code(
    demo_catalogue, applicant
):
    # Purchase tax first, then registration: the invoice is not asked twice.
    supplied = supply(applicant, requirement("SW-0114", "vehicle.sale-invoice"))
    registration = requirement("GA-0213", "vehicle.sale-invoice")
    assert registration.name != supplied.name  # the names differ: the code links

    resolution = resolution_for(applicant, registration)

    assert resolution.source == Source.REUSED
    assert resolution.material == supplied


@pytest.mark.django_db
def test_every_demo_code_links_its_first_two_services(demo_catalogue, applicant):
    for code, services in services_by_code().items():
        supplied = supply(applicant, requirement(services[0], code))

        resolution = resolution_for(applicant, requirement(services[1], code))

        assert (resolution.source, resolution.material) == (
            Source.REUSED,
            supplied,
        ), code


@pytest.mark.django_db
def test_a_demo_document_of_the_same_name_but_another_kind_is_not_offered(
    demo_catalogue, applicant
):
    supply(applicant, requirement("GA-0213", "vehicle.sale-invoice"))
    bicycle = MaterialRequirement.objects.get(service__code="GA-0212", name="购车发票")

    resolution = resolution_for(applicant, bicycle)

    assert resolution.source == Source.UPLOADED
    assert resolution.material is None
