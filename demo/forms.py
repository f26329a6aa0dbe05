"""Demo form definitions for seed_demo: ``seed_form_definitions()`` builds and
publishes the forms of six demo services (idempotent: a service that already has
a definition is left alone, so editors' changes survive a re-seed). The bodies
are written with ``eforms.definitions``, as an editor would in the admin."""

from django.apps import apps

from eforms.actions import definition_publish
from eforms.definitions import field, options, section
from eforms.models import FormDefinition


def applicant_section(*, registry: bool = True) -> dict:
    source = "population" if registry else "identity"
    return section(
        "申请人信息",
        field("text", "applicant_name", "姓名", prefill=f"{source}.name"),
        field(
            "text",
            "applicant_id",
            "公民身份号码",
            prefill="population.resident_id",
            required=False,
        ),
        field("phone", "phone", "手机号码", prefill="identity.phone"),
        field("email", "email", "电子邮箱", required=False, prefill="identity.email"),
    )


SEX = options(("male", "男"), ("female", "女"))

FORMS = {
    "企业设立登记": [
        section(
            "企业基本信息",
            field("text", "company_name", "拟设立企业名称", max_length=100),
            field(
                "choice",
                "entity_type",
                "企业类型",
                widget="select",
                options=options(
                    ("llc", "有限责任公司"),
                    ("sole", "个人独资企业"),
                    ("partnership", "合伙企业"),
                ),
            ),
            field(
                "number",
                "registered_capital",
                "注册资本（万元）",
                min_value="1",
                max_value="1000000",
                decimal_places=0,
            ),
            field("address", "registered_address", "住所", detail_required=True),
            field("long_text", "business_scope", "经营范围", max_length=1000),
        ),
        section(
            "股东（发起人）",
            field(
                "group",
                "shareholders",
                "股东",
                min_rows=1,
                max_rows=50,
                initial_rows=2,
                fields=[
                    field("text", "name", "股东名称或姓名"),
                    field(
                        "choice",
                        "kind",
                        "股东类型",
                        widget="select",
                        options=options(("person", "自然人"), ("company", "企业法人")),
                    ),
                    field("resident_id", "resident_id", "身份证号码", required=False),
                    field(
                        "credit_code", "credit_code", "统一社会信用代码", required=False
                    ),
                    field(
                        "number",
                        "contribution",
                        "认缴出资额（万元）",
                        min_value="0",
                        decimal_places=2,
                    ),
                ],
            ),
        ),
        section(
            "联络员",
            field("text", "liaison_name", "联络员姓名", prefill="identity.name"),
            field("phone", "liaison_phone", "联络员手机", prefill="identity.phone"),
            field("email", "liaison_email", "联络员邮箱", prefill="identity.email"),
        ),
    ],
    "居民身份证换领": [
        applicant_section(),
        section(
            "换领信息",
            field(
                "choice",
                "reason",
                "换领原因",
                options=options(("expired", "有效期满"), ("damaged", "证件损坏")),
            ),
            field(
                "text",
                "household_address",
                "户籍地址",
                prefill="population.address",
                required=False,
            ),
            field(
                "choice",
                "delivery",
                "领取方式",
                options=options(("counter", "窗口领取"), ("post", "邮寄送达")),
            ),
            field(
                "address",
                "delivery_address",
                "邮寄地址",
                visible_when_field="delivery",
                visible_when_value="post",
            ),
        ),
    ],
    "出生登记": [
        applicant_section(),
        section(
            "新生儿信息",
            field("text", "child_name", "新生儿姓名", max_length=20),
            field("choice", "child_sex", "性别", options=SEX),
            field("date", "birth_date", "出生日期", latest_days=0, earliest_days=-365),
            field(
                "text",
                "birth_certificate",
                "出生医学证明编号",
                regex=r"^[A-Z]\d{9}$",
                regex_message="出生医学证明编号为一位大写字母加九位数字。",
            ),
            field(
                "text",
                "household_number",
                "申报户号",
                prefill="population.household_number",
                required=False,
            ),
        ),
    ],
    "食品经营许可证核发": [
        section(
            "经营者信息",
            field("text", "operator_name", "经营者名称", prefill="legal_entity.name"),
            field(
                "credit_code",
                "credit_code",
                "统一社会信用代码",
                prefill="legal_entity.credit_code",
            ),
            field(
                "text",
                "legal_representative",
                "法定代表人",
                prefill="legal_entity.legal_representative_name",
            ),
            field("address", "premises", "经营场所"),
        ),
        section(
            "经营项目",
            field(
                "multiple_choice",
                "categories",
                "经营项目",
                options=options(
                    ("prepackaged", "预包装食品销售"),
                    ("bulk", "散装食品销售"),
                    ("catering", "热食类食品制售"),
                ),
            ),
            field(
                "number",
                "area",
                "经营场所面积（平方米）",
                min_value="1",
                max_value="100000",
            ),
            field("file", "floor_plan", "经营场所平面图", required=False),
        ),
    ],
    "住房公积金提取": [
        applicant_section(),
        section(
            "提取信息",
            field(
                "choice",
                "purpose",
                "提取原因",
                options=options(
                    ("rent", "租房"), ("purchase", "购房"), ("retire", "退休")
                ),
            ),
            field(
                "number",
                "amount",
                "提取金额（元）",
                min_value="1",
                max_value="1000000",
                decimal_places=2,
            ),
            field(
                "text",
                "contract_number",
                "购房合同编号",
                visible_when_field="purpose",
                visible_when_value="purchase",
            ),
            field(
                "text",
                "bank_account",
                "收款银行账号",
                regex=r"^\d{12,19}$",
                regex_message="银行账号为12至19位数字。",
            ),
        ),
    ],
    "居住证申领": [
        applicant_section(),
        section(
            "居住信息",
            field("address", "residence", "现居住地址"),
            field("date", "resident_since", "居住起始日期", latest_days=0),
            field(
                "choice",
                "basis",
                "申领依据",
                options=options(
                    ("work", "合法稳定就业"),
                    ("home", "合法稳定住所"),
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
        ),
    ],
}


def seed_form_definitions() -> dict[str, int]:
    Service = apps.get_model("services", "Service")
    created = 0
    for name, body in FORMS.items():
        service = Service.objects.filter(name=name).order_by("code").first()
        if service is None or FormDefinition.objects.filter(service=service).exists():
            continue
        definition_publish(service=service, title=f"{name}申请表", body=body)
        created += 1
    return {"form_definitions_created": created}
