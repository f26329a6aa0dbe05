import datetime

import pytest
from django.core.files.storage import default_storage

from applications.models import Application
from opendata.builders import REGISTRY
from opendata.models import Dataset, DatasetRelease
from opendata.publishing import dataset_generate, dataset_generate_all
from tests.factories import (
    ApplicationFactory,
    DepartmentFactory,
    MaterialRequirementFactory,
    ServiceFactory,
)

from .conftest import read_csv, read_file, read_json

pytestmark = pytest.mark.django_db

CATALOGUE = "service-catalogue"
BY_SERVICE = "applications-monthly-by-service"
BY_DEPARTMENT = "applications-monthly-by-department"
SHANGHAI = datetime.timezone(datetime.timedelta(hours=8))


def _applications(service, n, **kwargs):
    return [ApplicationFactory(service=service, **kwargs) for _ in range(n)]


def test_generate_all_publishes_every_dataset_in_csv_and_json():
    ServiceFactory()
    dataset_generate_all()
    for slug in REGISTRY:
        dataset = Dataset.objects.get(slug=slug)
        formats = set(dataset.latest_release.files.values_list("format", flat=True))
        assert formats == {"csv", "json"}
        for data_file in dataset.latest_release.files.all():
            assert data_file.file.name.startswith(f"opendata/{slug}/v1/")
            assert default_storage.size(data_file.file.name) == data_file.size
            assert len(data_file.sha256) == 64


def test_csv_starts_with_bom_and_header_of_field_names():
    ServiceFactory()
    dataset_generate(slug=CATALOGUE)
    content = read_file(CATALOGUE)
    assert content.startswith(b"\xef\xbb\xbf")
    header = content.decode("utf-8-sig").splitlines()[0].split(",")
    assert header == list(REGISTRY[CATALOGUE].field_names)


def test_service_catalogue_row_describes_the_service():
    department = DepartmentFactory(code="GAT", name="示范省公安厅")
    service = ServiceFactory(
        code="GA-0001", name="居住证办理", department=department, fee="免费"
    )
    MaterialRequirementFactory(service=service, name="申请书")
    MaterialRequirementFactory(service=service, name="户口簿", shared_resource="POP")
    dataset_generate(slug=CATALOGUE)
    (row,) = read_csv(CATALOGUE)
    assert row["service_code"] == "GA-0001"
    assert row["service_name"] == "居住证办理"
    assert row["department_code"] == "GAT"
    assert row["department_name"] == "示范省公安厅"
    assert row["region_level"] == "province"
    assert row["committed_days"] == "5"
    assert row["fee"] == "免费"
    assert row["material_count"] == "2"
    assert row["shared_material_count"] == "1"
    assert row["materials_via_sharing"] == "true"
    assert row["guide_url"].endswith("/services/GA-0001/")


def test_service_catalogue_leaves_out_inactive_services():
    ServiceFactory(code="KEEP-1")
    ServiceFactory(code="GONE-1", is_active=False)
    dataset_generate(slug=CATALOGUE)
    assert [row["service_code"] for row in read_csv(CATALOGUE)] == ["KEEP-1"]


def test_json_has_metadata_and_records():
    ServiceFactory(code="JSON-1")
    dataset_generate(slug=CATALOGUE)
    document = read_json(CATALOGUE)
    assert document["metadata"]["identifier"] == CATALOGUE
    assert document["metadata"]["licence"]["url"].startswith("https://")
    assert [f["name"] for f in document["metadata"]["fields"]][0] == "service_code"
    assert document["record_count"] == 1
    assert document["records"][0]["service_code"] == "JSON-1"
    assert document["records"][0]["committed_days"] == 5


def test_monthly_statistics_count_by_service_and_status():
    service = ServiceFactory(code="STAT-1")
    accepted = datetime.datetime(2026, 3, 5, 10, tzinfo=SHANGHAI)
    submitted = datetime.datetime(2026, 3, 3, 10, tzinfo=SHANGHAI)
    _applications(
        service,
        3,
        status=Application.Status.APPROVED,
        submitted_at=submitted,
        accepted_at=accepted,
    )
    _applications(
        service,
        3,
        status=Application.Status.REJECTED,
        submitted_at=submitted,
        accepted_at=accepted,
    )
    _applications(service, 4, submitted_at=submitted)
    dataset_generate(slug=BY_SERVICE)
    (row,) = read_csv(BY_SERVICE)
    assert row["month"] == "2026-03"
    assert row["service_code"] == "STAT-1"
    assert row["department_name"] == service.department.name
    assert (row["submitted"], row["accepted"]) == ("10", "6")
    assert (row["approved"], row["rejected"]) == ("3", "3")


def test_monthly_statistics_use_shanghai_months():
    service = ServiceFactory()
    # 17:30 UTC on 31 January is already 1 February in Beijing.
    late = datetime.datetime(2026, 1, 31, 17, 30, tzinfo=datetime.UTC)
    _applications(service, 3, submitted_at=late)
    dataset_generate(slug=BY_SERVICE)
    assert [row["month"] for row in read_csv(BY_SERVICE)] == ["2026-02"]


def test_counts_of_one_or_two_are_suppressed_and_zero_kept():
    service = ServiceFactory()
    submitted = datetime.datetime(2026, 4, 1, 9, tzinfo=SHANGHAI)
    _applications(service, 2, submitted_at=submitted)
    dataset_generate(slug=BY_SERVICE)
    (row,) = read_csv(BY_SERVICE)
    assert row["submitted"] == "<3"
    assert row["approved"] == "0"
    assert read_json(BY_SERVICE)["records"][0]["submitted"] == "<3"


def test_department_statistics_add_up_the_department_services():
    department = DepartmentFactory()
    submitted = datetime.datetime(2026, 5, 2, 9, tzinfo=SHANGHAI)
    _applications(ServiceFactory(department=department), 2, submitted_at=submitted)
    _applications(ServiceFactory(department=department), 2, submitted_at=submitted)
    dataset_generate(slug=BY_DEPARTMENT)
    (row,) = read_csv(BY_DEPARTMENT)
    assert row["department_code"] == department.code
    assert row["submitted"] == "4"


def test_statistics_never_contain_applicant_data():
    service = ServiceFactory()
    applications = _applications(service, 3)
    dataset_generate(slug=BY_SERVICE)
    content = (
        read_file(BY_SERVICE).decode("utf-8-sig")
        + read_file(BY_SERVICE, "json").decode()
    )
    for application in applications:
        assert application.number not in content
        assert application.data["applicant_name"] not in content
        assert application.applicant.email not in content


def test_regenerating_unchanged_data_adds_no_release():
    ServiceFactory()
    first = dataset_generate(slug=CATALOGUE)
    second = dataset_generate(slug=CATALOGUE)
    assert first is not None
    assert second is None
    assert DatasetRelease.objects.filter(dataset__slug=CATALOGUE).count() == 1


def test_changed_data_adds_a_release_and_keeps_the_earlier_one():
    ServiceFactory(code="OLD-1")
    first = dataset_generate(slug=CATALOGUE)
    ServiceFactory(code="NEW-1")
    second = dataset_generate(slug=CATALOGUE)
    assert second.version == first.version + 1
    dataset = Dataset.objects.get(slug=CATALOGUE)
    assert dataset.latest_release == second
    assert dataset.record_count == 2
    old_file = first.files.get(format="csv")
    assert default_storage.exists(old_file.file.name)
    assert old_file.sha256 != second.files.get(format="csv").sha256
