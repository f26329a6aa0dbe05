"""Support of the desk tests of submitted applications: the form's sections, an
application of it, the desk page and a part of it, and materials stored in the
library and attached to an application."""

from django.urls import reverse

from applications.actions.materials import material_store
from applications.models import ApplicationMaterial
from eforms.definitions import field, options, section
from tests.applications.materials_support import pdf_upload
from tests.factories import ApplicationFactory

Source = ApplicationMaterial.Source

BODY = [
    section(
        "申请人信息",
        field("text", "name", "姓名"),
        field("resident_id", "id_number", "公民身份号码"),
        field(
            "choice",
            "marital",
            "婚姻状况",
            options=options(("married", "已婚"), ("single", "未婚")),
        ),
        field("long_text", "reason", "申请事由"),
        field("address", "home", "居住地址"),
        field("file", "plan", "场所平面图", required=False),
    ),
    section(
        "家庭成员",
        field(
            "group",
            "members",
            "家庭成员",
            min_rows=0,
            max_rows=3,
            initial_rows=1,
            required=False,
            fields=[
                field("text", "member_name", "成员姓名"),
                field("text", "relation", "关系"),
            ],
        ),
    ),
]


def make_application(applicant, service, version, **data):
    values = {"name": "林晓明", "marital": "married", "reason": "在本市居住。"}
    values.update(data)
    return ApplicationFactory(
        applicant=applicant, service=service, form_version=version, data=values
    )


def desk_page(client, staff, application) -> str:
    client.force_login_mfa(staff)
    response = client.get(reverse("desk:detail", kwargs={"number": application.number}))
    assert response.status_code == 200
    return response.content.decode()


def part(content: str, element_id: str, end: str = "</section>") -> str:
    start = content.index(f'id="{element_id}"')
    return content[start : content.index(end, start)]


def file_url(application, material) -> str:
    return reverse(
        "desk:material_download",
        kwargs={"number": application.number, "pk": material.pk},
    )


def stored(owner, name="场所平面图"):
    return material_store(
        owner=owner,
        organisation=None,
        requirement_name=name,
        uploaded_file=pdf_upload(name="平面图.pdf"),
    )


def attach(application, material, *, source=Source.UPLOADED, name="申请书"):
    return ApplicationMaterial.objects.create(
        application=application, name=name, source=source, material=material
    )
