import json

import pytest

from eforms.rendering import build_form
from tests.eforms.support import GOOD_CODE, GOOD_ID, valid_data

pytestmark = pytest.mark.django_db


def test_valid_data_cleans_to_json_serialisable_values(version):
    form = build_form(version, data=valid_data())
    assert form.is_valid(), form.errors
    data = form.cleaned_data
    json.dumps(data)
    assert data["age"] == 35
    assert data["birth"] == "1990-01-02"
    assert data["resident_id"]["masked"] == GOOD_ID[:6] + "********" + GOOD_ID[-4:]
    assert data["credit_code"] == GOOD_CODE
    assert data["address"]["text"] == "示范省榕城市鼓楼区政务路1号"
    assert data["shareholders"] == [{"holder": "林晓明", "share": 0 + 10}]
    assert "reason_b" not in data
    assert "address__city" not in data


def test_every_field_type_renders_with_labels(version):
    html = build_form(version).render()
    for text in (
        "姓名",
        "情况说明",
        "年龄",
        "出生日期",
        "类型",
        "标签",
        "身份证号码",
        "信用代码",
        "手机",
        "邮箱",
        "附件",
        "股东名称",
        "<legend>地址",
    ):
        assert text in html
    assert 'type="date"' in html
    assert 'inputmode="numeric"' in html
    assert 'type="tel"' in html
    assert 'type="file"' in html
    assert 'aria-describedby="id_name_helptext"' in html
    assert 'id="id_name_helptext"' in html
    assert 'name="_add_row" value="shareholders"' in html
    assert "<optgroup" in html
