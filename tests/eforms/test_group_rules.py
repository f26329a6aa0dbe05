"""Repeating groups as editors expect them: an optional group may be left empty
but, once begun, must meet its row limits; "show only when" conditions work for
the fields of each row (on a field of the same row or a top-level field)."""

import pytest
from django.utils import translation

from eforms.actions import definition_publish
from eforms.definitions import field, options, section
from eforms.rendering import build_form
from tests.eforms.support import GOOD_ID

pytestmark = pytest.mark.django_db

KINDS = options(("person", "自然人"), ("company", "企业法人"))


def holders(**settings) -> dict:
    group = {
        "required": False,
        "min_rows": 2,
        "max_rows": 4,
        "initial_rows": 2,
        "fields": [
            field("choice", "kind", "股东类型", widget="select", options=KINDS),
            field(
                "resident_id",
                "resident_id",
                "身份证号码",
                visible_when_field="kind",
                visible_when_value="person",
            ),
            field(
                "text",
                "company_name",
                "企业名称",
                visible_when_field="kind",
                visible_when_value="company",
            ),
            field(
                "text",
                "licence_no",
                "营业执照编号",
                visible_when_field="applicant_type",
                visible_when_value="company",
            ),
        ],
    }
    group.update(settings)
    return field("group", "holders", "股东", **group)


def publish(service, **group_settings):
    body = [
        section(
            "申请人",
            field("choice", "applicant_type", "申请人类型", options=KINDS),
            holders(**group_settings),
        )
    ]
    return definition_publish(service=service, title="股东表", body=body).versions.get()


@pytest.fixture
def version(service):
    return publish(service)


def blank(rows: int = 2, **values) -> dict:
    data = {"applicant_type": "person", "holders__rows": str(rows)}
    for index in range(rows):
        for key in ("kind", "resident_id", "company_name", "licence_no"):
            data[f"holders__{index}__{key}"] = ""
    data.update(values)
    return data


def person_row(index: int) -> dict:
    return {
        f"holders__{index}__kind": "person",
        f"holders__{index}__resident_id": GOOD_ID,
    }


def company_row(index: int, name: str = "榕城示范有限公司") -> dict:
    return {
        f"holders__{index}__kind": "company",
        f"holders__{index}__company_name": name,
    }


# row limits ------------------------------------------------------------------


def test_optional_group_left_empty_is_accepted(version):
    form = build_form(version, data=blank())
    assert form.is_valid(), form.errors
    assert form.cleaned_data["holders"] == []


def test_optional_group_begun_with_fewer_rows_than_the_minimum_is_refused(version):
    form = build_form(version, data=blank(**person_row(0)))
    assert not form.is_valid()
    assert "holders__rows" in form.errors


def test_optional_group_with_the_minimum_rows_is_accepted(version):
    form = build_form(version, data=blank(**person_row(0), **company_row(1)))
    assert form.is_valid(), form.errors
    assert len(form.cleaned_data["holders"]) == 2


def test_required_group_left_empty_is_refused(service):
    version = publish(service, required=True)
    form = build_form(version, data=blank())
    assert not form.is_valid()
    assert "holders__rows" in form.errors


def test_required_group_without_a_minimum_still_needs_one_row(service):
    version = publish(service, required=True, min_rows=0)
    form = build_form(version, data=blank())
    assert not form.is_valid()
    assert "holders__rows" in form.errors


# conditions inside rows --------------------------------------------------------


def test_row_field_hidden_by_its_row_is_not_required(version):
    form = build_form(version, data=blank(**company_row(0), **company_row(1, "乙")))
    assert form.is_valid(), form.errors
    assert "resident_id" not in form.cleaned_data["holders"][0]


def test_row_field_hidden_by_its_row_is_not_validated_and_its_value_dropped(version):
    data = blank(**company_row(0), **company_row(1, "乙"))
    data["holders__0__resident_id"] = "不是号码"
    form = build_form(version, data=data)
    assert form.is_valid(), form.errors
    assert "resident_id" not in form.cleaned_data["holders"][0]


def test_row_field_shown_by_its_row_is_required(version):
    data = blank(**company_row(0), holders__1__kind="person")
    form = build_form(version, data=data)
    assert not form.is_valid()
    assert "holders__1__resident_id" in form.errors


def test_row_field_shown_by_its_row_is_validated(version):
    data = blank(**company_row(0), **person_row(1))
    data["holders__1__resident_id"] = "350102199001021234"
    form = build_form(version, data=data)
    assert not form.is_valid()
    assert list(form.errors) == ["holders__1__resident_id"]


def test_each_row_reads_its_own_condition(version):
    data = blank(**company_row(0), **person_row(1))
    form = build_form(version, data=data)
    assert form.is_valid(), form.errors
    first, second = form.cleaned_data["holders"]
    assert "company_name" in first and "resident_id" not in first
    assert "resident_id" in second and "company_name" not in second


def test_row_field_hidden_by_a_top_level_field_is_not_required(version):
    form = build_form(version, data=blank(**company_row(0), **company_row(1, "乙")))
    assert form.is_valid(), form.errors
    assert "licence_no" not in form.cleaned_data["holders"][0]


def test_row_field_shown_by_a_top_level_field_is_required(version):
    data = blank(applicant_type="company", **company_row(0), **company_row(1, "乙"))
    form = build_form(version, data=data)
    assert not form.is_valid()
    assert {"holders__0__licence_no", "holders__1__licence_no"} <= set(form.errors)


def test_row_with_only_a_hidden_value_counts_as_blank(version):
    # The applicant typed a number, then chose nothing: the row is not a row.
    form = build_form(version, data=blank(holders__0__resident_id=GOOD_ID))
    assert form.is_valid(), form.errors
    assert form.cleaned_data["holders"] == []


def test_row_condition_is_written_next_to_the_field(version):
    with translation.override("en"):
        form = build_form(version)
        help_text = str(form.fields["holders__0__resident_id"].help_text)
    assert help_text == 'Only if "股东类型" is "自然人".'


def test_row_condition_is_marked_for_the_script_on_the_same_row(version):
    html = build_form(version).render()
    assert 'data-row-visible-when-field="holders__1__kind"' in html
    assert 'data-row-visible-when-value="person"' in html
    assert 'data-row-visible-when-field="applicant_type"' in html


def test_row_field_without_a_condition_is_not_marked(version):
    attrs = build_form(version).fields["holders__0__kind"].widget.attrs
    assert "data-row-visible-when-field" not in attrs
