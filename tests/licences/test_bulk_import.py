"""The admin bulk import of licences issued by a legacy system (licences.bulk_import
behind LicenceAdmin.import_view)."""

import datetime
import logging

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from identity.models import Organisation
from licences import bulk_import, numbering
from licences.models import Licence, LicenceEvent, LicenceType
from sharing.synthetic import credit_code, resident_id
from tests.factories import LicenceTypeFactory, PersonFactory, UserFactory

pytestmark = pytest.mark.django_db

HEADER = "holder,holder_name,holder_identifier,legacy_number,issued_on,valid_until,住址"
URL = "admin:licences_licence_import"
ID_A = resident_id("350102", datetime.date(1990, 5, 1), 12)
ID_B = resident_id("350103", datetime.date(1984, 11, 20), 7)


def bad_checksum(number: str) -> str:
    last = "0" if number[-1] != "0" else "1"
    return number[:-1] + last


@pytest.fixture
def importer():
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="add_licence"))
    return user


@pytest.fixture
def licence_type():
    return LicenceTypeFactory()


@pytest.fixture
def holders():
    return (
        PersonFactory(name="林晓明", resident_id=ID_A).user,
        PersonFactory(name="陈静", resident_id=ID_B).user,
    )


def csv_text(holders, *, rows=None) -> str:
    a, b = holders
    rows = rows or [
        f"{a.email},林晓明,{ID_A},JZ-2019-001,2019-03-05,,榕城市鼓楼区一路1号",
        f"{b.email},陈静,{ID_B},JZ-2019-002,2019/12/31,2030-01-01,",
    ]
    return "\n".join([HEADER, *rows]) + "\n"


def post(client, user, licence_type, content: bytes, name="legacy.csv"):
    client.force_login_mfa(user)
    return client.post(
        reverse(URL),
        {
            "licence_type": licence_type.pk,
            "file": SimpleUploadedFile(name, content, content_type="text/csv"),
        },
    )


def test_valid_file_creates_licences_with_legacy_numbers_and_dates(
    client, importer, licence_type, holders
):
    response = post(client, importer, licence_type, csv_text(holders).encode())
    assert response.status_code == 200
    first = Licence.objects.get(source_reference="JZ-2019-001")
    second = Licence.objects.get(source_reference="JZ-2019-002")
    assert first.number == numbering.licence_number(licence_type, 2019, 1)
    assert second.number == numbering.licence_number(licence_type, 2019, 2)
    assert first.holder == holders[0]
    assert first.holder_identifier_masked == ID_A[:6] + "********" + ID_A[-4:]
    assert first.data == {"住址": "榕城市鼓楼区一路1号"}
    assert first.valid_until == datetime.date(2020, 3, 5)  # the type's one year
    assert second.valid_until == datetime.date(2030, 1, 1)
    assert timezone.localdate(first.issued_at) == datetime.date(2019, 3, 5)
    assert timezone.localdate(second.issued_at) == datetime.date(2019, 12, 31)


def test_valid_file_queues_one_pdf_rendering_per_licence(
    client, importer, licence_type, holders, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        post(client, importer, licence_type, csv_text(holders).encode())
    assert len(callbacks) == 2
    for licence in Licence.objects.all():
        assert licence.pdf.read(4) == b"%PDF"


def test_import_records_event_naming_importer_and_file(
    client, importer, licence_type, holders
):
    post(client, importer, licence_type, csv_text(holders).encode(), name="旧系统.csv")
    event = LicenceEvent.objects.get(licence__source_reference="JZ-2019-001")
    assert event.action == LicenceEvent.Action.ISSUED
    assert event.actor == importer
    assert "旧系统.csv" in event.reason
    assert "JZ-2019-001" in event.reason


def test_summary_shows_created_and_skipped(client, importer, licence_type, holders):
    response = post(client, importer, licence_type, csv_text(holders).encode())
    page = response.content.decode()
    assert "已创建 2 个证照" in page
    assert numbering.licence_number(licence_type, 2019, 1) in page


def test_gb18030_file_is_imported(client, importer, licence_type, holders):
    content = csv_text(holders).encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        content.decode("utf-8")
    post(client, importer, licence_type, content)
    licence = Licence.objects.get(source_reference="JZ-2019-001")
    assert licence.holder_name == "林晓明"
    assert licence.data == {"住址": "榕城市鼓楼区一路1号"}


def test_utf8_file_with_bom_and_chinese_headers_is_imported(
    client, importer, licence_type, holders
):
    a, _b = holders
    text = (
        "持证账号,持证人名称,证件号码,原证照编号,发证日期\n"
        f"{a.email},林晓明,{ID_A},JZ-2019-009,2019年3月5日\n"
    )
    post(client, importer, licence_type, text.encode("utf-8-sig"))
    assert Licence.objects.filter(source_reference="JZ-2019-009").exists()


@pytest.mark.parametrize(
    "broken,column",
    [
        ({"identifier": "checksum"}, "holder_identifier"),
        ({"holder": "nobody@example.com"}, "holder"),
        ({"issued_on": "2019-02-30"}, "issued_on"),
    ],
    ids=["bad-id-checksum", "unknown-holder", "bad-date"],
)
def test_invalid_row_writes_nothing_and_reports_row_and_column(
    client, importer, licence_type, holders, broken, column
):
    a, b = holders
    identifier = bad_checksum(ID_B) if "identifier" in broken else ID_B
    holder = broken.get("holder", b.email)
    issued_on = broken.get("issued_on", "2019-06-01")
    rows = [
        f"{a.email},林晓明,{ID_A},JZ-2019-001,2019-03-05,,",
        f"{holder},陈静,{identifier},JZ-2019-002,{issued_on},,",
    ]
    response = post(
        client, importer, licence_type, csv_text(holders, rows=rows).encode()
    )
    assert Licence.objects.count() == 0
    assert response.context["errors"] == [
        bulk_import.RowError(3, column, response.context["errors"][0].message)
    ]
    assert "未导入任何证照" in response.content.decode()


def test_error_reasons_are_in_chinese_by_default(
    client, importer, licence_type, holders
):
    a, _b = holders
    rows = [f"nobody@example.com,林晓明,{ID_A},JZ-2019-001,2019-03-05,,"]
    response = post(
        client, importer, licence_type, csv_text(holders, rows=rows).encode()
    )
    assert response.context["errors"][0].message == "没有使用此电子邮箱的有效账号。"


def test_identifier_of_another_person_is_refused(
    client, importer, licence_type, holders
):
    a, _b = holders
    rows = [f"{a.email},林晓明,{ID_B},JZ-2019-001,2019-03-05,,"]
    response = post(
        client, importer, licence_type, csv_text(holders, rows=rows).encode()
    )
    assert [(e.row, e.column) for e in response.context["errors"]] == [
        (2, "holder_identifier")
    ]


def test_same_legacy_number_twice_in_a_file_is_an_error(
    client, importer, licence_type, holders
):
    a, _b = holders
    rows = [
        f"{a.email},林晓明,{ID_A},JZ-2019-001,2019-03-05,,",
        f"{a.email},林晓明,{ID_A},JZ-2019-001,2019-03-05,,",
    ]
    response = post(
        client, importer, licence_type, csv_text(holders, rows=rows).encode()
    )
    assert [(e.row, e.column) for e in response.context["errors"]] == [
        (3, "legacy_number")
    ]
    assert Licence.objects.count() == 0


def test_reimporting_the_same_file_skips_existing_rows(
    client, importer, licence_type, holders
):
    content = csv_text(holders).encode()
    post(client, importer, licence_type, content)
    response = post(client, importer, licence_type, content)
    assert Licence.objects.count() == 2
    result = response.context["result"]
    assert result.created == []
    assert result.skipped == [(2, "JZ-2019-001"), (3, "JZ-2019-002")]


def test_organisation_licence_is_held_by_the_organisation(client, importer):
    licence_type = LicenceTypeFactory(
        code="YYZZ", name="营业执照", holder_kind=LicenceType.HolderKind.ORGANISATION
    )
    representative = PersonFactory()
    code = credit_code("350100", 4242)
    organisation = Organisation(
        name="示范科技有限公司", legal_representative=representative
    )
    organisation.set_identifier(code)
    organisation.save()
    text = (
        "holder,holder_name,legacy_number,issued_on,经营范围\n"
        f"{code},示范科技有限公司,YY-001,2018-07-01,软件开发\n"
    )
    post(client, importer, licence_type, text.encode())
    licence = Licence.objects.get(source_reference="YY-001")
    assert licence.holder_organisation == organisation
    assert licence.holder == representative.user
    assert licence.holder_identifier_masked == code[:6] + "********" + code[-4:]


def test_user_without_permission_gets_403(client, licence_type, holders):
    staff = UserFactory(is_staff=True)
    response = post(client, staff, licence_type, csv_text(holders).encode())
    assert response.status_code == 403
    assert Licence.objects.count() == 0


def test_oversized_file_is_refused(client, importer, licence_type, holders):
    content = csv_text(holders).encode()
    content += b"#" * (bulk_import.MAX_BYTES + 1 - len(content))
    response = post(client, importer, licence_type, content)
    assert response.context["form"].errors["file"] == ["文件大于 2 MB。"]
    assert Licence.objects.count() == 0


def test_file_with_too_many_rows_is_refused(
    client, importer, licence_type, holders, monkeypatch
):
    monkeypatch.setattr(bulk_import, "MAX_ROWS", 1)
    response = post(client, importer, licence_type, csv_text(holders).encode())
    assert "1" in response.context["form"].errors["file"][0]
    assert Licence.objects.count() == 0


def test_identifiers_are_not_logged(client, importer, licence_type, holders, caplog):
    caplog.set_level(logging.DEBUG)
    post(client, importer, licence_type, csv_text(holders).encode())
    assert Licence.objects.count() == 2
    assert ID_A not in caplog.text
    assert ID_B not in caplog.text


def test_changelist_links_to_the_import(client, importer):
    client.force_login_mfa(importer)
    importer.user_permissions.add(Permission.objects.get(codename="view_licence"))
    response = client.get(reverse("admin:licences_licence_changelist"))
    assert reverse(URL) in response.content.decode()


def test_import_page_shows_the_form_in_chinese(client, importer):
    client.force_login_mfa(importer)
    response = client.get(reverse(URL))
    assert response.status_code == 200
    page = response.content.decode()
    assert "导入已有证照" in page
    assert 'enctype="multipart/form-data"' in page
