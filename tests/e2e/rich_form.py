"""A rich published e-form for the browser tests of online applications.

``RICH_BODY`` has every field type an editor can publish: sections, a
registry-prefilled read-only name (with its "report an error" button), phone with
help text, email, resident ID, an address whose province, city and county selects
narrow each other, a date, a number, radio buttons, a select, check boxes, a long
text, an e-form file field, a field shown only for one radio answer, and a
repeating group (people living with the applicant).

The ``rich_applicant`` fixture (tests/e2e/conftest.py) publishes it for the
service of ``tests.e2e.applying.Applicant`` (whose materials are an e-licence and a
registry record, both obtained through sharing, and one document to upload) and
signs the browser in; ``fill_rich_form`` answers it with the pointer, for tests
whose subject is not the keyboard.
"""

from playwright.sync_api import Page

from eforms.definitions import field, options, section
from tests.e2e.applying import Applicant, make_pdf, sign_in_browser
from tests.factories import next_resident_id

PHONE = "13912345678"
EMPLOYER = "示范数字科技有限公司"
STREET = "海湾路8号2幢301室"
REASON = "在鹭岛市工作满一年，申请居住证签注。"
RELATIONS = options(("spouse", "配偶"), ("child", "子女"), ("parent", "父母"))
RICH_BODY = [
    section(
        "申请人信息",
        field("text", "name", "姓名", prefill="population.name"),
        field("phone", "phone", "手机号码", help_text="用于接收办理进度短信。"),
        field("email", "email", "电子邮箱", required=False),
        field("resident_id", "contact_id", "紧急联系人身份证号码"),
    ),
    section(
        "居住信息",
        field("address", "residence", "现居住地址", detail_required=True),
        field("date", "resident_since", "居住起始日期", latest_days=0),
        field("number", "years", "居住年限（年）", min_value="0", max_value="80"),
        field(
            "choice",
            "basis",
            "申领依据",
            options=options(
                ("home", "合法稳定住所"),
                ("work", "合法稳定就业"),
                ("study", "连续就读"),
            ),
        ),
        field(
            "text",
            "employer",
            "工作单位",
            visible_when_field="basis",
            visible_when_value="work",
        ),
        field(
            "choice",
            "housing",
            "住房类型",
            widget="select",
            options=options(("rent", "租赁"), ("own", "自有"), ("dorm", "单位宿舍")),
        ),
        field(
            "multiple_choice",
            "needs",
            "需要的服务",
            options=options(("school", "子女入学"), ("medical", "医疗保险")),
        ),
        field("long_text", "reason", "申请事由", max_length=500),
        field("file", "lease", "房屋租赁合同"),
    ),
    section(
        "同住人员",
        field(
            "group",
            "members",
            "同住人",
            help_text="与申请人共同居住的家庭成员。",
            min_rows=1,
            max_rows=5,
            initial_rows=1,
            fields=[
                field("text", "name", "姓名"),
                field(
                    "choice",
                    "relation",
                    "与申请人关系",
                    widget="select",
                    options=RELATIONS,
                ),
                field("phone", "phone", "联系电话", required=False),
            ],
        ),
    ),
]


def rich_applicant_signed_in(page: Page, base: str) -> Applicant:
    """The citizen and the service with the rich form; the browser signed in
    (the ``rich_applicant`` fixture of tests/e2e/conftest.py)."""
    made = Applicant(body=RICH_BODY)
    sign_in_browser(page, base, made.citizen)
    return made


def fill_rich_form(page: Page, tmp_path, applicant: Applicant) -> None:
    """Answer every field of the rich form, two group rows included (the page
    must have them), and choose the material's file."""
    page.locator("#id_phone").fill(PHONE)
    page.locator("#id_contact_id").fill(next_resident_id())
    page.locator("#id_residence__province").select_option("350000")
    page.locator("#id_residence__city").select_option("350200")
    page.locator("#id_residence__county").select_option("350203")
    page.locator("#id_residence__detail").fill(STREET)
    page.locator("#id_resident_since").fill("2024-05-01")
    page.locator("#id_years").fill("1")
    page.locator("#id_basis_1").check()
    page.locator("#id_employer").fill(EMPLOYER)
    page.locator("#id_housing").select_option("rent")
    page.locator("#id_needs_0").check()
    page.locator("#id_reason").fill(REASON)
    page.locator("#id_lease").set_input_files(make_pdf(tmp_path / "租赁合同.pdf"))
    for row, (name, relation) in enumerate([("林小雨", "child"), ("王芳", "spouse")]):
        page.locator(f"#id_members__{row}__name").fill(name)
        page.locator(f"#id_members__{row}__relation").select_option(relation)
    material = page.locator(f"#material-{applicant.upload.pk}")
    material.set_input_files(make_pdf(tmp_path / "申请书.pdf"))
