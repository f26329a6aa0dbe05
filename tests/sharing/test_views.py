import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from sharing.models import AccessRecord, Discrepancy, Grant
from tests.factories import UserFactory
from tests.factories.sharing_ui import (
    AccessRecordFactory,
    DiscrepancyFactory,
    GrantFactory,
    RequesterSystemFactory,
    ResourceFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def steward():
    return UserFactory()


@pytest.fixture
def operator():
    return UserFactory()


@pytest.fixture
def resource(steward):
    return ResourceFactory(provider__stewards=[steward])


@pytest.fixture
def system(operator):
    return RequesterSystemFactory(operators=[operator])


@pytest.fixture
def grant(resource, system, operator):
    return GrantFactory(resource=resource, requester=system, requested_by=operator)


def url(name: str, *args) -> str:
    return reverse(f"sharing:{name}", args=args)


def post(client, user, address: str, data: dict | None = None):
    client.force_login_mfa(user)
    return client.post(address, data or {})


def status(obj) -> str:
    return type(obj).objects.get(pk=obj.pk).status


def page_of(client, user, address: str, **params) -> str:
    client.force_login_mfa(user)
    response = client.get(address, params)
    assert response.status_code == 200
    return response.content.decode()


ALL_PAGES = [
    ("catalogue", ()),
    ("resource_detail", ("population.person",)),
    ("request_list", ()),
    ("request_new", ()),
    ("request_detail", (1,)),
    ("audit_list", ()),
    ("audit_export", ()),
    ("discrepancy_queue", ()),
    ("discrepancy_mine", ()),
    ("discrepancy_detail", (1,)),
]
POST_ONLY = [("request_decide", (1, "approve")), ("discrepancy_resolve", (1,))]


# access


@pytest.mark.parametrize("name,args", ALL_PAGES + POST_ONLY)
def test_signed_out_visitor_is_sent_to_login(client, name, args):
    response = client.get(url(name, *args))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


@pytest.mark.parametrize(
    "name,args", [page for page in ALL_PAGES if page[0] != "discrepancy_mine"]
)
def test_unrelated_signed_in_user_gets_403(client, citizen, name, args):
    client.force_login_mfa(citizen)
    assert client.get(url(name, *args)).status_code == 403


def test_unrelated_user_cannot_post_decisions(client, citizen, grant):
    discrepancy = DiscrepancyFactory(resource=grant.resource)
    client.force_login_mfa(citizen)
    response = client.post(url("request_decide", grant.pk, "approve"))
    assert response.status_code == 403
    response = client.post(
        url("discrepancy_resolve", discrepancy.pk),
        {"status": "rejected", "resolution": "x"},
    )
    assert response.status_code == 403
    assert status(grant) == Grant.Status.PENDING
    assert status(discrepancy) == Discrepancy.Status.OPEN


# catalogue


def test_staff_browse_catalogue_in_chinese_or_english(client, staff_user):
    page = page_of(client, staff_user, url("catalogue"))
    assert "共享资源目录" in page and "示范省公安厅" in page
    assert "population.person" in page
    assert "《中华人民共和国居民身份证法》" in page
    assert 'class="table-wrap"' in page
    page = page_of(client, staff_user, "/en/sharing/catalogue/")
    assert "Resource catalogue" in page and "shared on conditions" in page


def test_catalogue_filters_by_share_class(client, staff_user):
    page = page_of(client, staff_user, url("catalogue"), share_class="none")
    assert "population.criminal-record" in page
    assert "population.person" not in page


def test_steward_outside_staff_groups_may_browse(client, steward, resource):
    assert resource.code in page_of(client, steward, url("catalogue"))


def test_resource_detail_lists_fields_and_unknown_code_is_404(client, staff_user):
    page = page_of(client, staff_user, url("resource_detail", "population.person"))
    assert "household_number" in page
    assert "敏感个人信息" in page and "未经授权不予提供" in page
    assert client.get(url("resource_detail", "no.such")).status_code == 404


# requests


@pytest.mark.parametrize("role", ["steward", "operator"])
def test_request_list_shows_own_requests_only(client, request, grant, role):
    foreign = GrantFactory()
    page = page_of(client, request.getfixturevalue(role), url("request_list"))
    assert grant.purpose in page
    assert url("request_detail", grant.pk) in page
    assert url("request_detail", foreign.pk) not in page


def test_request_list_tabs_filter_by_status(client, steward, grant):
    approved = GrantFactory(resource=grant.resource, status=Grant.Status.APPROVED)
    page = page_of(client, steward, url("request_list"), status="approved")
    assert url("request_detail", approved.pk) in page
    assert url("request_detail", grant.pk) not in page


def test_new_request_first_asks_for_a_conditional_resource(client, operator, system):
    page = page_of(client, operator, url("request_new"))
    assert "population.person" in page
    assert "legal-entity.basic" not in page


def request_data(system, days: int) -> dict:
    expires = timezone.localdate() + datetime.timedelta(days=days)
    return {
        "requester": system.pk,
        "fields": ["name", "address"],
        "purpose": "预填申请表",
        "legal_basis": "《测试条例》",
        "expires_at": expires.isoformat(),
    }


def test_operator_files_a_request(client, operator, system, resource):
    address = url("request_new") + f"?resource={resource.code}"
    assert 'value="address"' in page_of(client, operator, address)
    response = client.post(address, request_data(system, 200))
    grant = Grant.objects.get(requester=system)
    assert response["Location"] == url("request_detail", grant.pk)
    assert grant.fields == ["name", "address"]
    assert grant.status == Grant.Status.PENDING


def test_request_form_shows_action_errors(client, operator, system, resource):
    client.force_login_mfa(operator)
    address = url("request_new") + f"?resource={resource.code}"
    response = client.post(address, request_data(system, 365 * 4))
    assert response.status_code == 200
    assert "最长 3 年" in response.content.decode()
    assert not Grant.objects.filter(requester=system).exists()


@pytest.mark.parametrize("role,decides", [("steward", True), ("operator", False)])
def test_only_stewards_get_decision_forms(client, request, grant, role, decides):
    user = request.getfixturevalue(role)
    page = page_of(client, user, url("request_detail", grant.pk))
    assert grant.purpose in page
    assert (url("request_decide", grant.pk, "approve") in page) is decides
    assert (url("request_decide", grant.pk, "reject") in page) is decides


def test_steward_of_another_provider_gets_404_on_objects(client, grant):
    discrepancy = DiscrepancyFactory(resource=grant.resource)
    outsider = UserFactory()
    ResourceFactory(provider__stewards=[outsider])
    client.force_login_mfa(outsider)
    assert client.get(url("request_detail", grant.pk)).status_code == 404
    assert client.get(url("discrepancy_detail", discrepancy.pk)).status_code == 404
    for address in (
        url("request_decide", grant.pk, "approve"),
        url("discrepancy_resolve", discrepancy.pk),
    ):
        assert client.post(address, {"resolution": "x"}).status_code == 404
    assert status(grant) == Grant.Status.PENDING


def test_steward_approves_with_unmasked_field(client, steward, grant):
    data = {"approve-unmasked_fields": ["name"], "approve-note": "同意"}
    response = post(client, steward, url("request_decide", grant.pk, "approve"), data)
    assert response.status_code == 302
    grant.refresh_from_db()
    assert grant.status == Grant.Status.APPROVED
    assert grant.unmasked_fields == ["name"]


def test_reject_without_reason_shows_error(client, steward, grant):
    response = post(client, steward, url("request_decide", grant.pk, "reject"))
    assert response.status_code == 200
    assert 'class="error"' in response.content.decode()
    assert status(grant) == Grant.Status.PENDING


def test_steward_revokes_approved_grant(client, steward, grant):
    client.force_login_mfa(steward)
    client.post(url("request_decide", grant.pk, "approve"))
    client.post(url("request_decide", grant.pk, "revoke"), {"revoke-note": "停用"})
    assert Grant.objects.get(pk=grant.pk).revocation_note == "停用"
    assert status(grant) == Grant.Status.REVOKED


def test_operator_cannot_approve_own_request(client, operator, grant):
    response = post(client, operator, url("request_decide", grant.pk, "approve"))
    assert response.status_code == 403
    assert status(grant) == Grant.Status.PENDING


def test_decisions_need_post_and_a_known_action(client, steward, grant):
    client.force_login_mfa(steward)
    assert client.get(url("request_decide", grant.pk, "approve")).status_code == 405
    assert client.post(url("request_decide", grant.pk, "delete")).status_code == 404


def test_second_decision_is_refused_with_a_message(client, steward, grant):
    client.force_login_mfa(steward)
    client.post(url("request_decide", grant.pk, "reject"), {"reject-note": "不符"})
    response = client.post(url("request_decide", grant.pk, "approve"), follow=True)
    assert status(grant) == Grant.Status.REJECTED
    assert "该申请状态为“不予批准”" in response.content.decode()


# audit log


def test_audit_log_is_scoped_to_stewarded_providers(client, steward, resource):
    own = AccessRecordFactory(resource=resource, purpose="本部门记录")
    AccessRecordFactory(purpose="他部门记录", resource__code="t-other")
    page = page_of(client, steward, url("audit_list"))
    assert "本部门记录" in page and "他部门记录" not in page
    assert own.subject_hash[:12] in page
    assert own.subject_hash[:13] not in page
    page = page_of(client, steward, url("audit_list"), resource="t-other")
    assert "他部门记录" not in page
    page = page_of(client, UserFactory(is_superuser=True), url("audit_list"))
    assert "本部门记录" in page and "他部门记录" in page


def test_audit_filters_by_outcome_resource_and_date(client, steward, resource):
    second = ResourceFactory(provider=resource.provider)
    AccessRecordFactory(resource=resource, purpose="允许的查询")
    refused = AccessRecord.Outcome.REFUSED
    AccessRecordFactory(resource=resource, purpose="拒绝的查询", outcome=refused)
    AccessRecordFactory(resource=second, purpose="另一资源")
    last_month = timezone.now() - datetime.timedelta(days=40)
    AccessRecordFactory(resource=resource, purpose="上个月", created_at=last_month)
    address = url("audit_list")
    page = page_of(client, steward, address, outcome="refused")
    assert "拒绝的查询" in page and "允许的查询" not in page
    page = page_of(client, steward, address, resource=second.code)
    assert "另一资源" in page and "允许的查询" not in page
    week_ago = timezone.localdate() - datetime.timedelta(days=7)
    page = page_of(client, steward, address, date_from=week_ago.isoformat())
    assert "允许的查询" in page and "上个月" not in page
    month_ago = timezone.localdate() - datetime.timedelta(days=30)
    page = page_of(client, steward, address, date_to=month_ago.isoformat())
    assert "上个月" in page and "允许的查询" not in page


def test_audit_is_paginated(client, steward, resource):
    AccessRecordFactory.create_batch(51, resource=resource)
    client.force_login_mfa(steward)
    assert len(client.get(url("audit_list")).context["page"].object_list) == 50
    second = client.get(url("audit_list"), {"page": 2})
    assert len(second.context["page"].object_list) == 1


def csv_rows(client, **params) -> list[list[str]]:
    response = client.get(url("audit_export"), params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body)))


def test_csv_export_has_header_and_own_records(client, steward, resource):
    masked = ["name", "address"]
    AccessRecordFactory(resource=resource, purpose="本部门记录", fields_masked=masked)
    AccessRecordFactory(purpose="他部门记录")
    client.force_login_mfa(steward)
    header, *records = csv_rows(client)
    assert header[0] == "时间"
    assert len(records) == 1
    row = dict(zip(header, records[0], strict=True))
    assert row["用途"] == "本部门记录"
    assert row["脱敏字段"] == "name;address"
    assert row["查询结果"] == "允许"
    assert len(row["查询对象（哈希前缀）"]) == 12


def test_csv_export_applies_filters_and_neutralises_formulas(client, steward, resource):
    refused = AccessRecord.Outcome.REFUSED
    AccessRecordFactory(resource=resource, purpose="允许的查询")
    AccessRecordFactory(resource=resource, purpose="=HYPERLINK(1)", outcome=refused)
    client.force_login_mfa(steward)
    rows = csv_rows(client, outcome="refused")
    assert [row[5] for row in rows[1:]] == ["'=HYPERLINK(1)"]


@pytest.mark.parametrize(
    "role,name",
    [
        ("operator", "audit_list"),
        ("operator", "audit_export"),
        ("operator", "discrepancy_queue"),
        ("steward", "request_new"),
    ],
)
def test_one_role_does_not_open_the_others_pages(
    client, request, resource, system, role, name
):
    client.force_login_mfa(request.getfixturevalue(role))
    assert client.get(url(name)).status_code == 403


# discrepancies


def test_steward_sees_open_discrepancies_of_own_provider(client, steward, resource):
    own = DiscrepancyFactory(resource=resource, reported_value="本部门报告")
    DiscrepancyFactory(reported_value="他部门报告")
    page = page_of(client, steward, url("discrepancy_queue"))
    assert "本部门报告" in page and "他部门报告" not in page
    assert own.subject_masked in page


def test_steward_resolves_and_reporter_sees_resolution(client, steward, resource):
    discrepancy = DiscrepancyFactory(resource=resource)
    data = {"status": "corrected", "resolution": "已更正地址"}
    response = post(client, steward, url("discrepancy_resolve", discrepancy.pk), data)
    assert response.status_code == 302
    assert status(discrepancy) == Discrepancy.Status.CORRECTED
    page = page_of(client, discrepancy.reported_by, url("discrepancy_mine"))
    assert "已更正地址" in page and "已在登记库中更正" in page


def test_resolve_without_resolution_shows_error(client, steward, resource):
    discrepancy = DiscrepancyFactory(resource=resource)
    data = {"status": "corrected"}
    response = post(client, steward, url("discrepancy_resolve", discrepancy.pk), data)
    assert response.status_code == 200
    assert status(discrepancy) == Discrepancy.Status.OPEN


def test_my_reports_show_only_my_own(client, citizen, other_citizen):
    """Any signed-in user may open the page; an unrelated one sees nothing."""
    DiscrepancyFactory(reported_by=citizen, reported_value="我的报告")
    page = page_of(client, citizen, url("discrepancy_mine"))
    assert "我的报告" in page
    assert "我的报告" not in page_of(client, other_citizen, url("discrepancy_mine"))
