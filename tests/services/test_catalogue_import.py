"""Importing the service catalogue from a province's export files
(``services.actions.catalogue_import`` and ``catalogue_import FILE...``):
TOML and CSV in the export's columns, a line-numbered report of every invalid
row with nothing written, idempotent updates matched by code, one write and one
search index per service and one announcement per import."""

import textwrap
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from applications.applying_cache import GENERATION_KEY as APPLYING_GENERATION
from common.generation import SharedGeneration
from licences.models import LicenceType
from services import search
from services.actions import catalogue_import
from services.catalogue_files import read_files
from services.models import Department, LifeEvent, MaterialRequirement, Service
from tests.services.catalogue_digest import catalogue_digest

pytestmark = pytest.mark.django_db

DEMO_CATALOGUE = settings.BASE_DIR / "demo" / "catalogue"
WEBSITE_GENERATION = "cms:generation"
SERVICE_TABLE = '[["事项"]]'
MATERIAL_TABLE = '[["事项"."申请材料"]]'

REFERENCE_TOML = """\
[["实施主体"]]
"实施主体编码" = "TA"
"实施主体名称" = "测试市甲局"
"行政层级" = "市级"
"所属区划" = "测试市"
"职能简介" = "负责甲类事项。"

[["实施主体"]]
"实施主体编码" = "TB"
"实施主体名称" = "测试市乙局"
"行政层级" = "市级"
"所属区划" = "测试市"

[["证照类型"]]
"证照类型代码" = "TZ"
"证照名称" = "测试许可证"
"发证机关" = "TA"
"持证主体" = "法人和其他组织"
"有效期限（年）" = 5

[["主题"]]
"主题编码" = "test-life"
"主题名称" = "测试生活"
"主题类型" = "个人"

[["主题"]]
"主题编码" = "test-business"
"主题名称" = "测试经营"
"主题类型" = "法人"

[["材料目录"]]
"材料编码" = "test.photo"
"材料名称" = "证件照"
"""

SERVICES_TOML = """\
[["事项"]]
"事项编码" = "TA-0001"
"事项名称" = "测试许可证核发"
"实施主体" = "TA"
"事项类型" = "行政许可"
"服务对象" = "法人"
"别名" = ["办测试证", "测试证申请"]
"关键词" = ["测试", "许可"]
"事项概述" = "核发测试许可证。"
"受理条件" = "依法设立的企业。"
"设定依据" = "《示范省测试办法》"
"法定办结时限" = 20
"承诺办结时限" = 5
"是否收费" = "否"
"网上办理深度" = "全程网办（四级）"
"办理地点" = "测试市政务服务中心"
"办理时间" = "工作日 9:00-17:00"
"法人主题" = ["test-business"]
"结果证照" = "TZ"
"办理流程" = ["申请", "受理", "发证"]

[["事项"."申请材料"]]
"材料名称" = "申请书"
"材料形式" = "电子材料"

[["事项"."申请材料"]]
"材料名称" = "证件照"
"材料编码" = "test.photo"
"材料形式" = "电子材料"
"份数" = 2
"必要性" = "非必要"
"备注" = "近期免冠"

[["事项"."申请材料"]]
"材料名称" = "法定代表人身份证"
"材料形式" = "原件"
"共享资源" = "population.person"

[["事项"."常见问题"]]
"问题" = "要多久？"
"解答" = "5个工作日。"

[["事项"]]
"事项编码" = "TA-0002"
"事项名称" = "测试备案"
"实施主体" = "TA"
"事项类型" = "其他行政权力（登记备案）"
"服务对象" = "自然人和法人"
"法定办结时限" = 10
"承诺办结时限" = 1
"是否收费" = "是"
"收费标准" = "工本费10元"
"网上办理深度" = "在线预审（三级）"
"个人主题" = ["test-life"]

[["事项"."申请材料"]]
"材料名称" = "备案表"
"材料形式" = "复印件"
"""

# The same catalogue as CSV sheets, as a spreadsheet would export it.
CSV_SHEETS = {
    "departments.csv": """\
实施主体编码,实施主体名称,行政层级,所属区划,职能简介
TA,测试市甲局,市级,测试市,负责甲类事项。
TB,测试市乙局,市级,测试市,
""",
    "licence_types.csv": """\
证照类型代码,证照名称,发证机关,持证主体,有效期限（年）
TZ,测试许可证,TA,法人和其他组织,5
""",
    "events.csv": """\
主题编码,主题名称,主题类型
test-life,测试生活,个人
test-business,测试经营,法人
""",
    "material_catalogue.csv": """\
材料编码,材料名称
test.photo,证件照
""",
    "services.csv": """\
事项编码,事项名称,实施主体,事项类型,服务对象,别名,关键词,事项概述,受理条件,\
设定依据,法定办结时限,承诺办结时限,是否收费,收费标准,网上办理深度,办理地点,办理时间,\
个人主题,法人主题,结果证照,办理流程
TA-0001,测试许可证核发,TA,行政许可,法人,办测试证；测试证申请,测试；许可,核发测试许可证。,\
依法设立的企业。,《示范省测试办法》,20,5,否,,全程网办（四级）,测试市政务服务中心,\
工作日 9:00-17:00,,test-business,TZ,"申请
受理
发证"
TA-0002,测试备案,TA,其他行政权力（登记备案）,自然人和法人,,,,,,10,1,是,工本费10元,\
在线预审（三级）,,,test-life,,,
""",
    "materials.csv": """\
事项编码,材料名称,材料编码,材料形式,份数,必要性,电子证照,共享资源,备注
TA-0001,申请书,,电子材料,,,,,
TA-0001,证件照,test.photo,电子材料,2,非必要,,,近期免冠
TA-0001,法定代表人身份证,,原件,,,,population.person,
TA-0002,备案表,,复印件,,,,,
""",
    "faq.csv": """\
事项编码,问题,解答
TA-0001,要多久？,5个工作日。
""",
}


def write(directory: Path, name: str, content: str, encoding="utf-8") -> Path:
    path = directory / name
    path.write_text(content, encoding=encoding)
    return path


@pytest.fixture
def toml_files(tmp_path) -> list[Path]:
    return [
        write(tmp_path, "reference.toml", REFERENCE_TOML),
        write(tmp_path, "TA.toml", SERVICES_TOML),
    ]


@pytest.fixture
def csv_files(tmp_path) -> list[Path]:
    directory = tmp_path / "csv"
    directory.mkdir()
    return [write(directory, name, text) for name, text in CSV_SHEETS.items()]


def line_of(text: str, fragment: str, occurrence: int = 1) -> int:
    """The line of the ``occurrence``-th line holding ``fragment``."""
    found = [i for i, line in enumerate(text.splitlines(), 1) if fragment in line]
    return found[occurrence - 1]


def problems(*files) -> list[str]:
    report = catalogue_import(files=files)
    assert not report.ok
    return [str(problem) for problem in report.problems]


def with_services(tmp_path, services_toml: str) -> list[Path]:
    return [
        write(tmp_path, "reference.toml", REFERENCE_TOML),
        write(tmp_path, "TA.toml", services_toml),
    ]


# --- a valid import -----------------------------------------------------------


def test_import_creates_the_services_with_their_fields(toml_files):
    report = catalogue_import(files=toml_files)

    assert report.ok
    service = Service.objects.get(code="TA-0001")
    assert service.name == "测试许可证核发"
    assert service.department.name == "测试市甲局"
    assert service.service_type == Service.ServiceType.LICENCE
    assert service.audience == Service.Audience.BUSINESS
    assert service.aliases == "办测试证,测试证申请"
    assert service.keywords == "测试,许可"
    assert (service.statutory_days, service.committed_days) == (20, 5)
    assert service.fee == "不收费"
    assert service.online_level == Service.OnlineLevel.FULL_ONLINE
    assert service.licence_type.code == "TZ"
    assert [block.value for block in service.steps] == ["申请", "受理", "发证"]
    assert [dict(block.value) for block in service.faq] == [
        {"question": "要多久？", "answer": "5个工作日。"}
    ]
    assert [e.code for e in service.events.all()] == ["test-business"]
    assert service.is_active
    assert Service.objects.get(code="TA-0002").fee == "工本费10元"


def test_import_creates_the_materials_in_file_order(toml_files):
    catalogue_import(files=toml_files)

    materials = list(
        MaterialRequirement.objects.filter(service__code="TA-0001").values(
            "name",
            "form",
            "quantity",
            "required",
            "material_code",
            "shared_resource",
            "note",
            "sort_order",
        )
    )
    assert materials == [
        {
            "name": "申请书",
            "form": "electronic",
            "quantity": 1,
            "required": True,
            "material_code": "",
            "shared_resource": "",
            "note": "",
            "sort_order": 0,
        },
        {
            "name": "证件照",
            "form": "electronic",
            "quantity": 2,
            "required": False,
            "material_code": "test.photo",
            "shared_resource": "",
            "note": "近期免冠",
            "sort_order": 1,
        },
        {
            "name": "法定代表人身份证",
            "form": "original",
            "quantity": 1,
            "required": True,
            "material_code": "",
            "shared_resource": "population.person",
            "note": "",
            "sort_order": 2,
        },
    ]


def test_import_creates_the_reference_rows(toml_files):
    catalogue_import(files=toml_files)

    department = Department.objects.get(code="TA")
    assert (department.region_level, department.region_name) == ("city", "测试市")
    licence_type = LicenceType.objects.get(code="TZ")
    assert licence_type.issuing_authority == "测试市甲局"
    assert licence_type.holder_kind == LicenceType.HolderKind.ORGANISATION
    assert licence_type.validity_years == 5
    assert LifeEvent.objects.get(code="test-business").kind == LifeEvent.Kind.BUSINESS


def test_import_indexes_services_for_search(toml_files):
    catalogue_import(files=toml_files)

    terms = Service.objects.get(code="TA-0001").search_terms
    assert "测试" in terms["a"]
    assert "证件照" in " ".join(terms["c"])


def test_report_counts_what_was_created(toml_files):
    report = catalogue_import(files=toml_files)

    assert report.counts["事项"].created == 2
    assert report.counts["申请材料"].created == 4
    assert report.counts["实施主体"].created == 2
    assert report.indexed == 2


# --- idempotent updates --------------------------------------------------------


def test_second_import_of_the_same_files_changes_nothing(toml_files):
    catalogue_import(files=toml_files)
    stamps = dict(Service.objects.values_list("code", "updated_at"))

    report = catalogue_import(files=toml_files)

    assert report.ok
    assert report.changes == 0
    assert {(c.created, c.changed) for c in report.counts.values()} == {(0, 0)}
    assert report.counts["事项"].unchanged == 2
    assert dict(Service.objects.values_list("code", "updated_at")) == stamps


def test_changed_row_is_updated_in_place(tmp_path, toml_files):
    catalogue_import(files=toml_files)
    pk = Service.objects.get(code="TA-0001").pk

    changed = SERVICES_TOML.replace("核发测试许可证。", "核发和延续测试许可证。")
    report = catalogue_import(files=with_services(tmp_path, changed))

    assert report.counts["事项"].changed == 1
    assert report.counts["事项"].unchanged == 1
    service = Service.objects.get(code="TA-0001")
    assert (service.pk, service.summary) == (pk, "核发和延续测试许可证。")


def test_absent_column_keeps_what_editors_entered(tmp_path, toml_files):
    catalogue_import(files=toml_files)
    Service.objects.filter(code="TA-0002").update(aliases="备案,测试备案申请")

    report = catalogue_import(files=toml_files)

    assert report.changes == 0
    assert Service.objects.get(code="TA-0002").aliases == "备案,测试备案申请"


def test_materials_are_matched_by_name_and_keep_their_rows(tmp_path, toml_files):
    catalogue_import(files=toml_files)
    pks = dict(
        MaterialRequirement.objects.filter(service__code="TA-0001").values_list(
            "name", "pk"
        )
    )
    # The photo moves to the end.
    photo = SERVICES_TOML.index('[["事项"."申请材料"]]\n"材料名称" = "证件照"')
    identity = SERVICES_TOML.index(
        '[["事项"."申请材料"]]\n"材料名称" = "法定代表人身份证"'
    )
    questions = SERVICES_TOML.index('[["事项"."常见问题"]]')
    moved = (
        SERVICES_TOML[:photo]
        + SERVICES_TOML[identity:questions]
        + SERVICES_TOML[photo:identity]
        + SERVICES_TOML[questions:]
    )

    report = catalogue_import(files=with_services(tmp_path, moved))

    assert report.counts["申请材料"].changed == 2
    assert list(
        MaterialRequirement.objects.filter(service__code="TA-0001").values_list(
            "name", "pk"
        )
    ) == [
        ("申请书", pks["申请书"]),
        ("法定代表人身份证", pks["法定代表人身份证"]),
        ("证件照", pks["证件照"]),
    ]


def test_material_dropped_from_the_file_is_removed(tmp_path, toml_files):
    catalogue_import(files=toml_files)
    start = SERVICES_TOML.index('[["事项"."申请材料"]]\n"材料名称" = "证件照"')
    end = SERVICES_TOML.index('[["事项"."申请材料"]]\n"材料名称" = "法定代表人身份证"')

    report = catalogue_import(
        files=with_services(tmp_path, SERVICES_TOML[:start] + SERVICES_TOML[end:])
    )

    assert report.counts["申请材料"].removed == 1
    assert not MaterialRequirement.objects.filter(name="证件照").exists()


def test_service_dropped_from_the_file_is_reported_and_kept(tmp_path, toml_files):
    catalogue_import(files=toml_files)
    only_first = SERVICES_TOML[
        : SERVICES_TOML.index('[["事项"]]\n"事项编码" = "TA-0002"')
    ]

    report = catalogue_import(files=with_services(tmp_path, only_first))

    assert report.missing == [("TA-0002", "测试备案")]
    assert report.deactivated == 0
    assert Service.objects.get(code="TA-0002").is_active


def test_deactivate_missing_takes_dropped_services_offline(tmp_path, toml_files):
    catalogue_import(files=toml_files)
    only_first = SERVICES_TOML[
        : SERVICES_TOML.index('[["事项"]]\n"事项编码" = "TA-0002"')
    ]

    report = catalogue_import(
        files=with_services(tmp_path, only_first), deactivate_missing=True
    )

    assert report.deactivated == 1
    assert not Service.objects.get(code="TA-0002").is_active


def test_services_of_departments_not_imported_are_not_missing(tmp_path, toml_files):
    catalogue_import(files=toml_files)
    Service.objects.create(
        code="TB-0001",
        name="乙局事项",
        department=Department.objects.get(code="TB"),
        service_type=Service.ServiceType.PUBLIC,
    )

    report = catalogue_import(files=toml_files)

    assert report.missing == []


# --- validation: every problem with its line, nothing written -------------------


def test_unknown_department_is_reported_at_its_line(tmp_path):
    text = SERVICES_TOML.replace('"实施主体" = "TA"', '"实施主体" = "TX"', 1)
    files = with_services(tmp_path, text)

    (found,) = problems(*files)

    assert found.startswith(f"{files[1]}:{line_of(text, 'TX')}: 实施主体: ")
    assert "TX" in found.split("实施主体: ", 1)[1]


def test_unknown_licence_type_is_reported_at_its_line(tmp_path):
    text = SERVICES_TOML.replace('"结果证照" = "TZ"', '"结果证照" = "QQ"')
    files = with_services(tmp_path, text)

    (found,) = problems(*files)

    assert found.startswith(f"{files[1]}:{line_of(text, 'QQ')}: 结果证照: ")
    assert "QQ" in found.split("结果证照: ", 1)[1]


def test_unknown_event_is_reported_at_its_line(tmp_path):
    text = SERVICES_TOML.replace('["test-life"]', '["test-lfe"]')
    files = with_services(tmp_path, text)

    (found,) = problems(*files)

    assert found.startswith(f"{files[1]}:{line_of(text, 'test-lfe')}: 个人主题: ")
    assert "test-lfe" in found


def test_event_of_the_other_kind_is_reported(tmp_path):
    text = SERVICES_TOML.replace('["test-life"]', '["test-business"]')
    files = with_services(tmp_path, text)

    (found,) = problems(*files)

    line = line_of(text, '"个人主题" = ["test-business"]')
    assert found.startswith(f"{files[1]}:{line}: 个人主题: ")


def test_event_with_an_invalid_kind_is_reported_once(tmp_path):
    reference = REFERENCE_TOML.replace('"主题类型" = "个人"', '"主题类型" = "家庭"')
    files = [
        write(tmp_path, "reference.toml", reference),
        write(tmp_path, "TA.toml", SERVICES_TOML),
    ]

    (found,) = problems(*files)

    assert found.startswith(f"{files[0]}:{line_of(reference, '家庭')}: 主题类型: ")


def test_unknown_material_code_is_reported_at_its_line(tmp_path):
    text = SERVICES_TOML.replace('"test.photo"', '"test.foto"')
    files = with_services(tmp_path, text)

    (found,) = problems(*files)

    assert found.startswith(f"{files[1]}:{line_of(text, 'test.foto')}: 材料编码: ")


def test_material_code_the_field_refuses_is_reported(tmp_path):
    text = SERVICES_TOML.replace('"test.photo"', '"证件 照"')
    files = with_services(tmp_path, text)

    found = problems(*files)

    line = line_of(text, '"材料编码" = "证件 照"')
    assert any(p.startswith(f"{files[1]}:{line}: 材料编码: ") for p in found)


def test_unknown_sharing_resource_is_reported_at_its_line(tmp_path):
    text = SERVICES_TOML.replace("population.person", "population.persons")
    files = with_services(tmp_path, text)

    (found,) = problems(*files)

    line = line_of(text, "population.persons")
    assert found.startswith(f"{files[1]}:{line}: 共享资源: ")


REGIONS_TOML = """\
[["区划"]]
"区划代码" = "990000"
"区划名称" = "测试省"
"区划层级" = "省级"

[["区划"]]
"区划代码" = "990100"
"区划名称" = "测试市"
"区划层级" = "市级"
"上级区划代码" = "990000"
"""


def with_regions(tmp_path, regions_toml: str) -> list[Path]:
    return [
        write(tmp_path, "regions.toml", regions_toml),
        *with_services(tmp_path, SERVICES_TOML),
    ]


def test_catalogue_with_its_regions_imports(tmp_path):
    assert catalogue_import(files=with_regions(tmp_path, REGIONS_TOML)).ok


def test_unknown_parent_region_is_reported_at_its_line(tmp_path):
    text = REGIONS_TOML.replace(
        '"上级区划代码" = "990000"', '"上级区划代码" = "990900"'
    )
    files = with_regions(tmp_path, text)

    (found,) = problems(*files)

    assert found.startswith(f"{files[0]}:{line_of(text, '990900')}: 上级区划代码: ")


def test_department_in_a_region_the_files_lack_is_reported(tmp_path):
    files = with_regions(tmp_path, REGIONS_TOML.replace("测试市", "别的市"))

    found = problems(*files)

    assert [p.split(": ")[1] for p in found] == ["所属区划", "所属区划"]
    line = line_of(REFERENCE_TOML, '"所属区划" = "测试市"')
    assert found[0].startswith(f"{files[1]}:{line}: ")


def test_department_at_another_level_than_its_region_is_reported(tmp_path):
    text = REGIONS_TOML.replace('"区划层级" = "市级"', '"区划层级" = "县（区）级"')
    files = with_regions(tmp_path, text)

    found = problems(*files)

    assert [p.split(": ")[1] for p in found] == ["行政层级", "行政层级"]
    assert "测试市" in found[0]


def test_unknown_issuing_department_is_reported_at_its_line(tmp_path):
    reference = REFERENCE_TOML.replace('"发证机关" = "TA"', '"发证机关" = "TX"')
    files = [
        write(tmp_path, "reference.toml", reference),
        write(tmp_path, "TA.toml", SERVICES_TOML),
    ]

    (found,) = problems(*files)

    assert found.startswith(f"{files[0]}:{line_of(reference, 'TX')}: 发证机关: ")


def test_alias_holding_a_comma_is_reported(tmp_path):
    text = SERVICES_TOML.replace('"办测试证"', '"办测试证，加急"')
    files = with_services(tmp_path, text)

    (found,) = problems(*files)

    assert found.startswith(f"{files[1]}:{line_of(text, '加急')}: 别名: ")


def test_fee_standard_is_required_of_a_charged_service(tmp_path):
    text = SERVICES_TOML.replace('"收费标准" = "工本费10元"\n', "")
    files = with_services(tmp_path, text)

    (found,) = problems(*files)

    # No 收费标准 key: the problem points at the service's table.
    line = line_of(text, SERVICE_TABLE, occurrence=2)
    assert found.startswith(f"{files[1]}:{line}: 收费标准: ")


def test_committed_days_beyond_the_statutory_ones_are_reported(tmp_path):
    text = SERVICES_TOML.replace('"承诺办结时限" = 5', '"承诺办结时限" = 25')
    files = with_services(tmp_path, text)

    (found,) = problems(*files)

    assert found.startswith(f"{files[1]}:{line_of(text, '= 25')}: 承诺办结时限: ")
    assert "25" in found
    assert "20" in found


def test_two_materials_of_one_name_are_reported(tmp_path):
    text = SERVICES_TOML.replace('"材料名称" = "证件照"', '"材料名称" = "申请书"')
    files = with_services(tmp_path, text)

    (found,) = problems(*files)

    line = line_of(text, '"材料名称" = "申请书"', occurrence=2)
    assert found.startswith(f"{files[1]}:{line}: 材料名称: ")
    first = line_of(text, MATERIAL_TABLE)
    assert f"{files[1]}:{first}" in found.split("材料名称: ", 1)[1]


def test_invalid_enumeration_is_reported_with_the_allowed_values(tmp_path):
    text = SERVICES_TOML.replace('"服务对象" = "法人"', '"服务对象" = "企业"')
    files = with_services(tmp_path, text)

    (found,) = problems(*files)

    assert found.startswith(f"{files[1]}:{line_of(text, '企业')}: 服务对象: ")
    assert "自然人" in found
    assert "法人" in found


def test_bad_number_is_reported_at_its_line(tmp_path):
    text = SERVICES_TOML.replace('"法定办结时限" = 20', '"法定办结时限" = "二十"')
    files = with_services(tmp_path, text)

    (found,) = problems(*files)

    assert found.startswith(f"{files[1]}:{line_of(text, '二十')}: 法定办结时限: ")


def test_decimal_number_is_not_a_whole_number(tmp_path):
    text = SERVICES_TOML.replace('"法定办结时限" = 20', '"法定办结时限" = 20.5')
    files = with_services(tmp_path, text)

    with translation.override("en"):
        (found,) = problems(*files)

    line = line_of(text, "20.5")
    assert found == f"{files[1]}:{line}: 法定办结时限: 20.5 is not a whole number"


def test_committed_days_beyond_the_statutory_limit_are_reported(tmp_path):
    text = SERVICES_TOML.replace('"承诺办结时限" = 5', '"承诺办结时限" = 25')
    files = with_services(tmp_path, text)

    (found,) = problems(*files)

    line = line_of(text, '"承诺办结时限" = 25')
    assert found.startswith(f"{files[1]}:{line}: 承诺办结时限: ")


def test_duplicate_service_code_is_reported_at_the_second_row(tmp_path):
    text = SERVICES_TOML.replace('"TA-0002"', '"TA-0001"')
    files = with_services(tmp_path, text)

    found = problems(*files)

    second = line_of(text, '"事项编码" = "TA-0001"', occurrence=2)
    first = line_of(text, SERVICE_TABLE)
    assert f"{files[1]}:{second}: 事项编码: " in "\n".join(found)
    assert any(f"{files[1]}:{first}" in p for p in found)  # where it was first


def test_duplicate_material_name_within_a_service_is_reported(tmp_path):
    text = SERVICES_TOML.replace('"材料名称" = "证件照"', '"材料名称" = "申请书"')
    files = with_services(tmp_path, text)

    (found,) = problems(*files)

    line = line_of(text, '"材料名称" = "申请书"', occurrence=2)
    assert found.startswith(f"{files[1]}:{line}: 材料名称: ")


def test_missing_required_key_is_reported_at_the_table(tmp_path):
    text = SERVICES_TOML.replace('"事项类型" = "行政许可"\n', "")
    files = with_services(tmp_path, text)

    (found,) = problems(*files)

    table = line_of(text, SERVICE_TABLE)
    assert found.startswith(f"{files[1]}:{table}: 事项类型: ")


def test_code_the_model_refuses_is_reported(tmp_path):
    text = SERVICES_TOML.replace('"TA-0002"', '"ta 0002"')
    files = with_services(tmp_path, text)

    found = problems(*files)

    line = line_of(text, '"ta 0002"')
    assert any(p.startswith(f"{files[1]}:{line}: 事项编码: ") for p in found)


def test_toml_syntax_error_is_reported_with_its_line(tmp_path):
    text = SERVICES_TOML.replace('"事项名称" = "测试备案"', '"事项名称" = 测试备案')
    files = with_services(tmp_path, text)

    (found,) = problems(*files)

    assert found.startswith(f"{files[1]}:{line_of(text, '= 测试备案')}: ")


def test_key_inside_a_multiline_string_is_not_taken_for_a_key(tmp_path):
    # 网上办理深度 comes after 受理条件: were the text inside the string read as
    # a key, the problem would point into the string.
    text = SERVICES_TOML.replace(
        '"受理条件" = "依法设立的企业。"',
        '"受理条件" = """\n依法设立的企业。\n"网上办理深度" = "见条件"\n"""',
    ).replace('"网上办理深度" = "全程网办（四级）"', '"网上办理深度" = "四级"')
    files = with_services(tmp_path, text)

    (found,) = problems(*files)

    line = line_of(text, '"网上办理深度" = "四级"')
    assert found.startswith(f"{files[1]}:{line}: 网上办理深度: ")


def test_missing_standard_item_is_reported_at_its_line(tmp_path):
    standard = textwrap.dedent(
        """\
        [["基本目录"]]
        "标准事项名称" = "测试备案"

        [["基本目录"]]
        "标准事项名称" = "测试注销"
        """
    )
    files = [
        *with_services(tmp_path, SERVICES_TOML),
        write(tmp_path, "standard.toml", standard),
    ]

    (found,) = problems(*files)

    assert found.startswith(
        f"{files[2]}:{line_of(standard, '测试注销')}: 标准事项名称: "
    )


def test_unknown_issuing_department_is_reported(tmp_path):
    reference = REFERENCE_TOML.replace('"发证机关" = "TA"', '"发证机关" = "TC"')
    files = [
        write(tmp_path, "reference.toml", reference),
        write(tmp_path, "TA.toml", SERVICES_TOML),
    ]

    (found,) = problems(*files)

    assert found.startswith(f"{files[0]}:{line_of(reference, 'TC')}: 发证机关: ")


def test_references_resolve_against_the_database(tmp_path, toml_files):
    catalogue_import(files=toml_files)

    # The services alone: departments, licence types and events are stored.
    report = catalogue_import(files=[write(tmp_path, "TA.toml", SERVICES_TOML)])

    assert report.ok
    assert report.changes == 0


def test_invalid_row_writes_nothing(tmp_path):
    text = SERVICES_TOML.replace('"结果证照" = "TZ"', '"结果证照" = "QQ"')

    report = catalogue_import(files=with_services(tmp_path, text))

    assert not report.ok
    assert not Department.objects.filter(code__in=["TA", "TB"]).exists()
    assert not Service.objects.filter(code__startswith="TA-").exists()
    assert not LicenceType.objects.filter(code="TZ").exists()


def test_failure_while_writing_leaves_nothing_written(monkeypatch, toml_files):
    def broken(service):
        raise RuntimeError("index unavailable")

    monkeypatch.setattr(search, "index_service", broken)

    with pytest.raises(RuntimeError):
        catalogue_import(files=toml_files)

    assert not Department.objects.filter(code="TA").exists()
    assert not MaterialRequirement.objects.filter(service__code="TA-0001").exists()


def test_unreadable_files_are_reported(tmp_path):
    found = problems(tmp_path / "absent.toml", write(tmp_path, "notes.txt", "x"))

    assert found[0].startswith(f"{tmp_path / 'absent.toml'}: ")
    assert found[1].startswith(f"{tmp_path / 'notes.txt'}: ")


def test_directory_without_catalogue_files_is_reported(tmp_path):
    (found,) = problems(tmp_path)

    assert found.startswith(f"{tmp_path}: ")


# --- dry run --------------------------------------------------------------------


def test_dry_run_reports_what_would_change_and_writes_nothing(toml_files):
    report = catalogue_import(files=toml_files, dry_run=True)

    assert report.ok
    assert report.counts["事项"].created == 2
    assert not Service.objects.filter(code__startswith="TA-").exists()
    assert not Department.objects.filter(code="TA").exists()


def test_dry_run_with_deactivate_missing_keeps_services_online(tmp_path, toml_files):
    catalogue_import(files=toml_files)
    only_first = SERVICES_TOML[
        : SERVICES_TOML.index('[["事项"]]\n"事项编码" = "TA-0002"')
    ]

    catalogue_import(
        files=with_services(tmp_path, only_first),
        dry_run=True,
        deactivate_missing=True,
    )

    assert Service.objects.get(code="TA-0002").is_active


# --- one write, one index per service, one announcement per import ---------------


@pytest.fixture
def index_calls(monkeypatch) -> list[str]:
    calls = []
    index = search.index_service

    def counted(service):
        calls.append(service.code)
        index(service)

    monkeypatch.setattr(search, "index_service", counted)
    return calls


@pytest.fixture
def bumps(monkeypatch) -> Counter:
    counts: Counter = Counter()
    bump = SharedGeneration.bump

    def counted(generation):
        counts[generation.key] += 1
        return bump(generation)

    monkeypatch.setattr(SharedGeneration, "bump", counted)
    return counts


def test_demo_import_indexes_each_service_once(
    index_calls, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        report = catalogue_import(files=[DEMO_CATALOGUE])

    assert report.counts["事项"].created == 252
    assert sorted(index_calls) == sorted(Service.objects.values_list("code", flat=True))
    assert len(index_calls) == 252


def test_demo_import_bumps_each_cache_generation_once(
    bumps, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        catalogue_import(files=[DEMO_CATALOGUE])

    assert bumps == {APPLYING_GENERATION: 1, WEBSITE_GENERATION: 1}


def test_demo_import_never_saves_a_service_by_its_save_method(
    monkeypatch, django_capture_on_commit_callbacks
):
    saves = []
    monkeypatch.setattr(Service, "save", lambda self, *a, **k: saves.append(self))
    monkeypatch.setattr(
        MaterialRequirement, "save", lambda self, *a, **k: saves.append(self)
    )

    with django_capture_on_commit_callbacks(execute=True):
        catalogue_import(files=[DEMO_CATALOGUE])

    assert saves == []
    assert MaterialRequirement.objects.count() >= 700


def test_unchanged_import_indexes_nothing_and_announces_nothing(
    toml_files, index_calls, bumps, django_capture_on_commit_callbacks
):
    catalogue_import(files=toml_files)
    index_calls.clear()
    bumps.clear()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        catalogue_import(files=toml_files)

    assert (index_calls, dict(bumps), callbacks) == ([], {}, [])


def test_changed_service_is_written_once_and_indexed_once(
    tmp_path, toml_files, index_calls
):
    catalogue_import(files=toml_files)
    index_calls.clear()
    changed = SERVICES_TOML.replace("核发测试许可证。", "核发和延续测试许可证。")

    with CaptureQueriesContext(connection) as queries:
        catalogue_import(files=with_services(tmp_path, changed))

    writes = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith(
            ('UPDATE "services_service"', 'INSERT INTO "services_service"')
        )
    ]
    assert index_calls == ["TA-0001"]
    assert len(writes) == 2  # the row, then its index entry
    assert "search_terms" in writes[1]
    assert "search_terms" not in writes[0]


# --- CSV --------------------------------------------------------------------------


def test_csv_sheets_give_the_same_catalogue_as_toml(toml_files, csv_files):
    catalogue_import(files=toml_files)
    digest = catalogue_digest()

    report = catalogue_import(files=csv_files)

    assert report.ok, report.problems
    assert report.changes == 0
    assert report.counts["事项"].unchanged == 2
    assert report.counts["申请材料"].unchanged == 4
    assert catalogue_digest() == digest


def test_csv_sheets_import_into_an_empty_catalogue(csv_files):
    report = catalogue_import(files=csv_files)

    assert report.ok, report.problems
    service = Service.objects.get(code="TA-0001")
    assert [block.value for block in service.steps] == ["申请", "受理", "发证"]
    assert service.aliases == "办测试证,测试证申请"
    assert service.materials.count() == 3


def test_csv_problem_is_reported_at_the_line_of_its_record(csv_files):
    services = csv_files[4]
    text = CSV_SHEETS["services.csv"].replace(",10,1,是,", ",十,1,是,")
    services.write_text(text, encoding="utf-8")

    (found,) = problems(*csv_files)

    # The record after the one with a three-line cell.
    assert found.startswith(f"{services}:{line_of(text, 'TA-0002')}: 法定办结时限: ")
    assert line_of(text, "TA-0002") == 5


def test_csv_missing_required_column_is_reported_at_the_header(tmp_path):
    sheet = write(tmp_path, "services.csv", "事项编码,事项名称\nTA-0009,某事项\n")

    found = problems(sheet)

    assert f"{sheet}:1: 实施主体: " in "\n".join(found)
    assert all(p.startswith(f"{sheet}:1: ") for p in found)


def test_csv_material_of_an_unknown_service_is_reported(csv_files):
    materials = csv_files[5]
    text = CSV_SHEETS["materials.csv"] + "TA-0003,说明,,原件,,,,,\n"
    materials.write_text(text, encoding="utf-8")

    (found,) = problems(*csv_files)

    assert found.startswith(f"{materials}:{line_of(text, 'TA-0003')}: 事项编码: ")


def test_csv_saved_by_a_chinese_excel_is_read(csv_files):
    for path in csv_files:
        path.write_text(path.read_text(encoding="utf-8"), encoding="gb18030")

    report = catalogue_import(files=csv_files)

    assert report.ok, report.problems
    assert Department.objects.get(code="TA").name == "测试市甲局"


def test_csv_sheet_of_unknown_kind_is_reported(tmp_path):
    sheet = write(tmp_path, "contacts.csv", "部门,电话\n甲局,12345\n")

    (found,) = problems(sheet)

    assert found.startswith(f"{sheet}:1: ")


def test_unknown_columns_are_reported_as_warnings_and_ignored(csv_files):
    departments = csv_files[0]
    departments.write_text(
        "实施主体编码,实施主体名称,行政层级,所属区划,职能简介,咨询电话\n"
        "TA,测试市甲局,市级,测试市,负责甲类事项。,12345\n"
        "TB,测试市乙局,市级,测试市,,\n",
        encoding="utf-8",
    )

    report = catalogue_import(files=csv_files)

    assert report.ok
    assert [str(w) for w in report.warnings] == [
        f"{departments}:1: 咨询电话: {w.message}" for w in report.warnings
    ]
    assert len(report.warnings) == 1


def test_directory_stands_for_its_files(tmp_path, toml_files):
    report = catalogue_import(files=[tmp_path])

    assert report.ok
    assert report.files == sorted(map(str, toml_files))


# --- the command ---------------------------------------------------------------------


def test_command_prints_what_it_imported(toml_files, capsys):
    with translation.override("en"):
        call_command("catalogue_import", *map(str, toml_files))

    out = capsys.readouterr().out
    assert "事项: 2 new, 0 changed, 0 unchanged, 0 removed" in out
    assert "申请材料: 4 new" in out
    assert Service.objects.filter(code__startswith="TA-").count() == 2


def test_command_exits_with_status_1_and_lists_the_problems(tmp_path, capsys):
    text = SERVICES_TOML.replace('"结果证照" = "TZ"', '"结果证照" = "QQ"')
    files = with_services(tmp_path, text)

    with pytest.raises(CommandError) as raised:
        call_command("catalogue_import", *map(str, files))

    assert raised.value.returncode == 1
    err = capsys.readouterr().err
    assert f"{files[1]}:{line_of(text, 'QQ')}: 结果证照: " in err
    assert not Service.objects.filter(code__startswith="TA-").exists()


def test_command_dry_run_writes_nothing(toml_files, capsys):
    with translation.override("en"):
        call_command("catalogue_import", "--dry-run", *map(str, toml_files))

    out = capsys.readouterr().out
    assert "事项: 2 new" in out
    assert "Dry run: nothing was written." in out
    assert not Service.objects.filter(code__startswith="TA-").exists()


def test_command_deactivates_missing_services_when_asked(tmp_path, toml_files):
    call_command("catalogue_import", *map(str, toml_files))
    only_first = SERVICES_TOML[
        : SERVICES_TOML.index('[["事项"]]\n"事项编码" = "TA-0002"')
    ]
    files = with_services(tmp_path, only_first)

    call_command("catalogue_import", "--deactivate-missing", *map(str, files))

    assert not Service.objects.get(code="TA-0002").is_active


# --- reading the files alone ------------------------------------------------------


def test_toml_rows_carry_the_line_of_each_key(tmp_path):
    path = write(tmp_path, "TA.toml", SERVICES_TOML)

    rows = read_files([path]).rows

    second = rows[1]
    assert second.line == line_of(SERVICES_TOML, SERVICE_TABLE, occurrence=2)
    assert second.line_of("收费标准") == line_of(SERVICES_TOML, "工本费10元")
    material = second.children["申请材料"][0]
    assert material.line_of("材料形式") == line_of(
        SERVICES_TOML, '"材料形式" = "复印件"'
    )


def test_inline_tables_point_at_the_key_holding_them(tmp_path):
    text = textwrap.dedent(
        """\
        [["事项"]]
        "事项编码" = "TA-0003"
        "申请材料" = [
          { "材料名称" = "申请书", "材料形式" = "原件" },
        ]
        """
    )
    path = write(tmp_path, "TA.toml", text)

    (row,) = read_files([path]).rows

    assert row.children["申请材料"][0].line_of("材料形式") == 3
