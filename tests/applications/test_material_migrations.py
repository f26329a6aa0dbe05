"""The data migrations for materials supplied before reuse followed the
requirement: 0015 links a library material to the requirement it was uploaded
for, and 0016 records the e-form uploads of applications submitted before they
became material rows (idempotent, and only the applicant's own files)."""

import datetime
import importlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from applications.actions.materials import (
    MaterialInUse,
    material_delete,
    material_store,
)
from applications.models import Application, ApplicationMaterial
from eforms.actions import definition_publish
from eforms.definitions import field, section
from eforms.selectors import form_for_service
from tests.applications.materials_support import pdf_upload, submitted_with
from tests.factories import (
    ApplicationFactory,
    MaterialRequirementFactory,
    ServiceFactory,
)

pytestmark = pytest.mark.django_db

Source = ApplicationMaterial.Source


def migration(name):
    """The migration module and the models as they were at that migration."""
    module = importlib.import_module(f"services.migrations.{name}")
    state = MigrationExecutor(connection).loader.project_state(("services", name))
    return module, state.apps


def test_backfill_links_a_material_to_the_requirement_it_was_uploaded_for(applicant):
    first = MaterialRequirementFactory(name="申请书")
    later = MaterialRequirementFactory(name="申请书")
    material = material_store(
        owner=applicant,
        organisation=None,
        requirement_name="申请书",
        uploaded_file=pdf_upload(),
    )
    # Reused by name for another service first (the old rule), uploaded later.
    submitted_with(applicant, later, material, Source.REUSED)
    submitted_with(applicant, first, material, Source.UPLOADED)
    module, apps = migration("0015_material_requirement_backfill")

    module.link_materials(apps, None)

    material.refresh_from_db()
    assert material.requirement == first


EFORM = [section("申请材料", field("file", "plan", "场所平面图", required=False))]


@pytest.fixture
def old_eform_application(applicant):
    """An application submitted before e-form uploads became material rows: the
    answer names the library file, and no ApplicationMaterial row exists."""
    service = ServiceFactory()
    definition_publish(service=service, title="申请表", body=EFORM)
    material = material_store(
        owner=applicant,
        organisation=None,
        requirement_name="场所平面图",
        uploaded_file=pdf_upload(name="平面图.pdf"),
    )
    application = ApplicationFactory(
        applicant=applicant,
        service=service,
        form_version=form_for_service(service),
        data={"plan": {"material": material.pk}},
        submitted_at=timezone.now() - datetime.timedelta(days=30),
    )
    return application, material


def test_migration_records_the_eform_upload_of_an_old_application(
    old_eform_application,
):
    application, material = old_eform_application
    module, apps = migration("0016_form_upload_application_materials")

    module.create_rows(apps, None)

    [row] = application.materials.all()
    assert (row.name, row.source, row.material, row.requirement) == (
        "场所平面图",
        Source.UPLOADED,
        material,
        None,
    )
    assert row.summary == "平面图.pdf"
    assert row.created_at == application.submitted_at
    with pytest.raises(MaterialInUse):
        material_delete(material=material, user=application.applicant)


def test_migration_run_twice_records_the_upload_once(old_eform_application):
    application, _material = old_eform_application
    module, apps = migration("0016_form_upload_application_materials")

    module.create_rows(apps, None)
    module.create_rows(apps, None)

    assert application.materials.count() == 1


def test_migration_ignores_a_file_that_is_not_the_applicants(
    old_eform_application, other_citizen
):
    application, _material = old_eform_application
    theirs = material_store(
        owner=other_citizen,
        organisation=None,
        requirement_name="场所平面图",
        uploaded_file=pdf_upload(),
    )
    Application.objects.filter(pk=application.pk).update(
        data={"plan": {"material": theirs.pk}}
    )
    module, apps = migration("0016_form_upload_application_materials")

    module.create_rows(apps, None)

    assert not application.materials.exists()
