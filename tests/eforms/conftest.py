"""Fixtures of the e-form tests: one published form with every field type."""

import pytest

from eforms.actions import definition_publish
from eforms.definitions import field, options, section

EVERY_TYPE = [
    section(
        "申请人",
        field(
            "text",
            "name",
            "姓名",
            max_length=20,
            regex=r"^[\u4e00-\u9fa5·]+$",
            regex_message="姓名只能使用汉字。",
            prefill="identity.name",
            help_text="与身份证一致",
        ),
        field("long_text", "story", "情况说明", required=False),
        field("number", "age", "年龄", min_value="0", max_value="120"),
        field("date", "birth", "出生日期", latest_days=0),
        field("choice", "kind", "类型", options=options(("a", "甲"), ("b", "乙"))),
        field(
            "multiple_choice",
            "tags",
            "标签",
            required=False,
            options=options(("x", "X"), ("y", "Y")),
        ),
        field("resident_id", "resident_id", "身份证号码"),
        field("credit_code", "credit_code", "信用代码", required=False),
        field("phone", "phone", "手机", prefill="identity.phone"),
        field("email", "email", "邮箱", required=False),
        field("address", "address", "地址"),
        field("file", "attachment", "附件", required=False),
        field(
            "text",
            "reason_b",
            "乙类原因",
            visible_when_field="kind",
            visible_when_value="b",
        ),
    ),
    section(
        "股东",
        field(
            "group",
            "shareholders",
            "股东",
            min_rows=1,
            max_rows=3,
            initial_rows=2,
            fields=[
                field("text", "holder", "股东名称"),
                field("number", "share", "出资", min_value="0"),
            ],
        ),
    ),
]


@pytest.fixture
def definition(service):
    return definition_publish(service=service, title="测试表单", body=EVERY_TYPE)


@pytest.fixture
def version(definition):
    return definition.versions.get()
