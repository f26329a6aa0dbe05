"""Material the platform obtained through data sharing (an e-licence, a registry
record) is never demanded from the applicant: a one-time notice cannot list it,
and the desk's notice form shows it as obtained instead of offering it."""

import pytest
from django.urls import reverse

from applications.lifecycle import ApplicationStateError
from applications.models import ApplicationMaterial, OneTimeNotice
from desk.actions import notice_issue
from tests.desk.notices.support import future
from tests.factories import MaterialRequirementFactory

pytestmark = pytest.mark.django_db


def supplied(application, name, source):
    requirement = MaterialRequirementFactory(service=application.service, name=name)
    ApplicationMaterial.objects.create(
        application=application,
        requirement=requirement,
        name=name,
        source=source,
        summary="已核验",
    )
    return requirement


def item(requirement, problem="defective"):
    return {
        "requirement_id": requirement.pk,
        "name": requirement.name,
        "problem": problem,
        "reason": "不清晰",
    }


def test_notice_listing_a_registry_record_is_refused_naming_it(application, staff_user):
    requirement = supplied(application, "户籍信息", ApplicationMaterial.Source.REGISTRY)
    with pytest.raises(ApplicationStateError, match="户籍信息"):
        notice_issue(
            application=application,
            actor=staff_user,
            items=[item(requirement, "missing")],
            deadline=future(),
        )
    assert not OneTimeNotice.objects.exists()


def test_notice_naming_an_e_licence_in_a_free_row_is_refused(application, staff_user):
    supplied(application, "居住证", ApplicationMaterial.Source.LICENCE)
    with pytest.raises(ApplicationStateError, match="居住证"):
        notice_issue(
            application=application,
            actor=staff_user,
            items=[{"name": " 居住证 ", "problem": "missing", "reason": "未见"}],
            deadline=future(),
        )


@pytest.mark.parametrize(
    "source",
    [ApplicationMaterial.Source.REUSED, ApplicationMaterial.Source.UPLOADED],
)
def test_reused_or_uploaded_material_may_be_listed_as_defective(
    application, staff_user, source
):
    requirement = supplied(application, "身份证明", source)
    notice = notice_issue(
        application=application,
        actor=staff_user,
        items=[item(requirement)],
        deadline=future(),
    )
    assert list(notice.items.values_list("name", flat=True)) == ["身份证明"]


def test_desk_notice_form_shows_obtained_material_without_a_checkbox(
    client, staff_user, application
):
    obtained = supplied(application, "户籍信息", ApplicationMaterial.Source.REGISTRY)
    uploaded = supplied(application, "身份证明", ApplicationMaterial.Source.UPLOADED)
    client.force_login_mfa(staff_user)
    page = client.get(
        reverse("desk:detail", args=[application.number])
    ).content.decode()
    assert f'name="req_{obtained.pk}"' not in page
    assert f'name="req_{uploaded.pk}"' in page
    section = page[page.index('id="notice-obtained"') :]
    assert "户籍信息" in section[: section.index("</div>")]


def _post(client, application, **fields):
    data = {
        "version": application.version,
        "deadline": future().isoformat(),
        "item_1_problem": "missing",
        "item_2_problem": "missing",
        "item_3_problem": "missing",
        **fields,
    }
    return client.post(reverse("desk:notice_issue", args=[application.number]), data)


def test_desk_form_naming_an_obtained_material_gets_an_error_naming_it(
    client, staff_user, application
):
    supplied(application, "户籍信息", ApplicationMaterial.Source.REGISTRY)
    client.force_login_mfa(staff_user)
    response = _post(
        client, application, item_1_name="户籍信息", item_1_reason="请提交户口簿"
    )
    assert response.status_code == 400
    errors = response.context["notice_form"].errors["item_1_name"]
    assert any("户籍信息" in error for error in errors)
    assert not OneTimeNotice.objects.exists()


def test_desk_form_ticking_an_obtained_requirement_is_refused(
    client, staff_user, application
):
    obtained = supplied(application, "户籍信息", ApplicationMaterial.Source.REGISTRY)
    client.force_login_mfa(staff_user)
    response = _post(
        client,
        application,
        **{
            f"req_{obtained.pk}": "on",
            f"req_{obtained.pk}_problem": "missing",
            f"req_{obtained.pk}_reason": "未提交",
        },
    )
    assert response.status_code == 400
    assert any(
        "户籍信息" in error
        for error in response.context["notice_form"].non_field_errors()
    )
    assert not OneTimeNotice.objects.exists()
