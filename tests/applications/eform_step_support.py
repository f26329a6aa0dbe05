"""The e-form step with one upload field and one material row, for the tests of
files refused on it (tests/services/test_oversized_uploads.py,
test_draft_file_errors.py): the service 居住证签注, its form 居住证签注申请表
(phone, reason, photo) and its material 申请书; the files they post.

A module that uses the fixture imports it::

    from tests.applications.eform_step_support import eform_fixture  # noqa: F401
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from eforms.actions import definition_publish
from eforms.definitions import field, section
from eforms.models import FormVersion
from tests.applications.materials_support import pdf_upload
from tests.factories import (
    MaterialRequirementFactory,
    PersonFactory,
    ServiceFactory,
    next_resident_id,
)
from tests.sharing import registry_data

MB = 1024 * 1024
TOO_LARGE = "is larger than the 10 MB limit"
REASON = "签注：在本市连续居住满一年。"
APPLICANT = section(
    "申请人信息",
    field("phone", "phone", "手机号码"),
    field("long_text", "reason", "申请事由"),
    field("file", "photo", "照片"),
)


def big_scan(name="扫描件.pdf", size=50 * MB) -> SimpleUploadedFile:
    """A 50 MB "PDF" of zero bytes: cheap to make, far over the limit."""
    return SimpleUploadedFile(name, b"%PDF-1.7\n" + bytes(size - 9), "application/pdf")


def program(name="照片.pdf") -> SimpleUploadedFile:
    """A Windows program renamed .pdf: refused by its content."""
    return SimpleUploadedFile(name, b"MZ\x90\x00" + bytes(200), "application/pdf")


@pytest.fixture(name="eform")
def eform_fixture():
    """``(applicant, service, requirement, version)``: a citizen with a registry
    record, and the service with its published form and its material."""
    resident_id = next_resident_id()
    registry_data.person(resident=resident_id, name="林晓明")
    applicant = PersonFactory(resident_id=resident_id, name="林晓明").user
    service = ServiceFactory(name="居住证签注")
    requirement = MaterialRequirementFactory(
        service=service, name="申请书", sort_order=1
    )
    definition_publish(service=service, title="居住证签注申请表", body=[APPLICANT])
    version = FormVersion.objects.filter(definition__service=service).latest("number")
    return applicant, service, requirement, version


def apply_url(service):
    return reverse("applications:apply", kwargs={"code": service.code})


def eform_post(requirement, version, **overrides) -> dict:
    """The form filled in and both files chosen, for "Continue"; ``overrides``
    replace or add fields."""
    data = {
        "phone": "13912345678",
        "reason": REASON,
        "photo": pdf_upload(name="照片.pdf"),
        f"material-{requirement.pk}": pdf_upload(name="申请书.pdf"),
        "form_version": version.pk,
        "_continue": "1",
    }
    data.update(overrides)
    return data
