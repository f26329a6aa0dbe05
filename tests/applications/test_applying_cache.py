"""The process-local copy of a service for the application pages
(``applications.applying_cache``): served without queries while current, dropped as
soon as the service, a requirement or the form changes, and never trusted when
the shared cache cannot be read."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext

from applications import applying_cache, selectors
from eforms.actions import definition_publish
from eforms.definitions import field, section
from tests.factories import MaterialRequirementFactory, ServiceFactory

pytestmark = pytest.mark.django_db

BODY = [section("申请", field("text", "reason", "申请事由"))]


@pytest.fixture
def service():
    service = ServiceFactory(name="居住证签注")
    MaterialRequirementFactory(service=service, name="申请书", sort_order=1)
    definition_publish(service=service, title="申请表", body=BODY)
    return service


def test_second_read_needs_no_query(service):
    first = selectors.service_for_applying(code=service.code)
    with CaptureQueriesContext(connection) as queries:
        second = selectors.service_for_applying(code=service.code)
    assert len(queries) == 0
    assert second.pk == first.pk
    assert [r.name for r in second.requirements] == ["申请书"]
    assert second.form_version_id is not None


def test_callers_get_their_own_copy(service):
    first = selectors.service_for_applying(code=service.code)
    first.name = "改过的名称"
    assert selectors.service_for_applying(code=service.code).name == "居住证签注"


def test_service_taken_offline_stops_at_once(service):
    selectors.service_for_applying(code=service.code)
    service.is_active = False
    service.save()
    with pytest.raises(Http404):
        selectors.service_for_applying(code=service.code)


def test_new_requirement_and_new_form_version_are_seen(service):
    before = selectors.service_for_applying(code=service.code)
    MaterialRequirementFactory(service=service, name="身份证明", sort_order=2)
    definition_publish(service=service, title="申请表", body=BODY)
    after = selectors.service_for_applying(code=service.code)
    assert [r.name for r in after.requirements] == ["申请书", "身份证明"]
    assert after.form_version_id != before.form_version_id


def test_another_process_bumping_the_generation_drops_the_copy(service):
    selectors.service_for_applying(code=service.code)
    applying_cache.bump()  # as a save in another process would
    with CaptureQueriesContext(connection) as queries:
        selectors.service_for_applying(code=service.code)
    assert len(queries) == 2


def test_unknown_code_is_404_and_not_kept(service):
    for _ in range(2):
        with pytest.raises(Http404):
            selectors.service_for_applying(code="NO-SUCH-CODE")


def test_unreadable_shared_cache_reads_the_database(service, monkeypatch, caplog):
    selectors.service_for_applying(code=service.code)

    def down(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "get", down)
    with CaptureQueriesContext(connection) as queries:
        found = selectors.service_for_applying(code=service.code)
    assert found.pk == service.pk
    assert len(queries) == 2
    assert "shared cache unreadable" in caplog.text
