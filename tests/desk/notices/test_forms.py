"""Bad input loses nothing: a refused notice re-renders the case page with what
staff typed; a supplement with a bad file names the item that failed, keeps the
files that passed in the applicant's library, and is submitted only once every
item is satisfied."""

import datetime
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import applications.actions.materials
from applications.models import (
    Application,
    ApplicationMaterial,
    Material,
    OneTimeNotice,
)
from desk.actions import application_accept, notice_issue
from tests.desk.notices.support import (
    REAL_MATERIAL_STORE,
    future,
    install_stubs,
    real_pdf_file,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def notified(monkeypatch):
    calls = install_stubs(monkeypatch)
    # The real upload validation: the point is which file it refuses.
    monkeypatch.setattr(
        applications.actions.materials, "material_store", REAL_MATERIAL_STORE
    )
    return calls


# --- the desk's notice form --------------------------------------------------------


def notice_post(application, **fields):
    return {
        "version": application.version,
        "deadline": future().isoformat(),
        "item_1_problem": "missing",
        "item_2_problem": "defective",
        "item_3_problem": "missing",
        **fields,
    }


def test_notice_form_error_re_renders_the_case_with_everything_typed(
    client, staff_user, application
):
    client.force_login_mfa(staff_user)
    response = client.post(
        reverse("desk:notice_issue", args=[application.number]),
        notice_post(
            application,
            item_1_name="营业执照复印件",
            item_1_reason="复印件缺少公章",
            item_2_name="股东会决议",  # no reason: the error
            justification="首次告知",
        ),
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert 'value="营业执照复印件"' in page
    assert "复印件缺少公章" in page
    assert 'value="股东会决议"' in page
    assert "首次告知" in page
    assert 'id="error-summary"' in page
    assert "item_2_reason" in response.context["notice_form"].errors
    assert not OneTimeNotice.objects.exists()


def test_notice_refused_by_a_stale_version_keeps_what_was_typed(
    client, staff_user, application
):
    typed = notice_post(
        application, item_1_name="营业执照复印件", item_1_reason="复印件缺少公章"
    )
    application_accept(application=application, actor=staff_user)
    client.force_login_mfa(staff_user)
    response = client.post(
        reverse("desk:notice_issue", args=[application.number]), typed
    )
    assert response.status_code == 400
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    form = response.context["notice_form"]
    assert form["item_1_reason"].value() == "复印件缺少公章"
    application.refresh_from_db()
    # The re-rendered form is checked against what the page now shows.
    assert form["version"].value() == str(application.version)
    assert not OneTimeNotice.objects.exists()


def test_ticked_requirement_without_reason_gets_its_own_error(
    client, staff_user, application
):
    from tests.factories import MaterialRequirementFactory

    requirement = MaterialRequirementFactory(service=application.service)
    client.force_login_mfa(staff_user)
    response = client.post(
        reverse("desk:notice_issue", args=[application.number]),
        notice_post(
            application,
            **{
                f"req_{requirement.pk}": "on",
                f"req_{requirement.pk}_problem": "missing",
            },
        ),
    )
    assert response.status_code == 400
    assert f"req_{requirement.pk}_reason" in response.context["notice_form"].errors


# --- the applicant's supplement ----------------------------------------------------


def exe_file(name="licence.pdf"):
    return SimpleUploadedFile(
        name, b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200, "application/pdf"
    )


@pytest.fixture
def notice(application, staff_user):
    return notice_issue(
        application=application,
        actor=staff_user,
        items=[
            {"name": "营业执照复印件", "problem": "missing", "reason": "未提交"},
            {"name": "章程", "problem": "defective", "reason": "缺页"},
        ],
        deadline=future(),
    )


def supplement_url(application):
    return reverse("applications:application_supplement", args=[application.number])


def test_bad_file_is_reported_against_its_item_and_the_good_one_is_kept(
    client, citizen, application, notice
):
    licence, statute = notice.items.all()
    client.force_login(citizen)
    response = client.post(
        supplement_url(application),
        {f"item_{licence.pk}": real_pdf_file(), f"item_{statute.pk}": exe_file()},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert f'id="supplement-item-{statute.pk}-error"' in page
    assert f'id="supplement-item-{licence.pk}-error"' not in page
    kept = Material.objects.get(owner=citizen, name="营业执照复印件")
    assert f'name="kept_{licence.pk}" value="{kept.pk}"' in page
    application.refresh_from_db()
    assert application.status == Application.Status.NOTICE
    assert not ApplicationMaterial.objects.filter(application=application).exists()


def test_supplement_completes_with_the_kept_file_and_the_corrected_one(
    client, citizen, application, notice
):
    licence, statute = notice.items.all()
    client.force_login(citizen)
    client.post(
        supplement_url(application),
        {f"item_{licence.pk}": real_pdf_file(), f"item_{statute.pk}": exe_file()},
    )
    kept = Material.objects.get(owner=citizen, name="营业执照复印件")
    response = client.post(
        supplement_url(application),
        {f"kept_{licence.pk}": kept.pk, f"item_{statute.pk}": real_pdf_file("s.pdf")},
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Application.Status.SUBMITTED
    supplied = dict(
        ApplicationMaterial.objects.filter(application=application).values_list(
            "name", "material__owner"
        )
    )
    assert supplied == {"营业执照复印件": citizen.pk, "章程": citizen.pk}
    assert ApplicationMaterial.objects.get(name="营业执照复印件").material == kept


def test_kept_material_of_another_person_does_not_count(
    client, citizen, other_citizen, application, notice
):
    licence, statute = notice.items.all()
    theirs = REAL_MATERIAL_STORE(
        owner=other_citizen,
        organisation=None,
        requirement_name="营业执照复印件",
        uploaded_file=real_pdf_file(),
    )
    client.force_login(citizen)
    response = client.post(
        supplement_url(application),
        {f"kept_{licence.pk}": theirs.pk, f"item_{statute.pk}": real_pdf_file()},
    )
    assert response.status_code == 400
    assert f'id="supplement-item-{licence.pk}-error"' in response.content.decode()
    application.refresh_from_db()
    assert application.status == Application.Status.NOTICE


def test_material_stored_before_the_notice_cannot_be_kept(
    client, citizen, application, notice
):
    licence, statute = notice.items.all()
    old = REAL_MATERIAL_STORE(
        owner=citizen,
        organisation=None,
        requirement_name="营业执照复印件",
        uploaded_file=real_pdf_file("old.pdf"),
    )
    Material.objects.filter(pk=old.pk).update(
        created_at=notice.issued_at - datetime.timedelta(days=1)
    )
    client.force_login(citizen)
    response = client.post(
        supplement_url(application),
        {f"kept_{licence.pk}": old.pk, f"item_{statute.pk}": real_pdf_file()},
    )
    assert response.status_code == 400
    application.refresh_from_db()
    assert application.status == Application.Status.NOTICE


def test_supplement_page_shows_every_item_to_the_applicant(
    client, citizen, application, notice
):
    client.force_login(citizen)
    response = client.get(supplement_url(application))
    assert response.status_code == 200
    for item in notice.items.all():
        assert f'name="item_{item.pk}"' in response.content.decode()


def test_another_citizen_gets_404_on_the_supplement_page(
    client, other_citizen, application, notice
):
    client.force_login(other_citizen)
    assert client.get(supplement_url(application)).status_code == 404


# --- the supplement form on the application page -------------------------------


def _form_inputs(page: str) -> list[str]:
    form = re.search(r'<form[^>]*id="supplement-form".*?</form>', page, re.S)
    assert form, "no supplement form"
    return re.findall(r'<input type="(?:file|hidden)"[^>]*name="([^"]+)"', form[0])


def test_the_application_page_lists_a_file_kept_for_its_item(
    client, citizen, application, notice
):
    licence, statute = notice.items.all()
    client.force_login(citizen)
    client.post(
        supplement_url(application),
        {
            f"item_{licence.pk}": real_pdf_file("执照.pdf"),
            f"item_{statute.pk}": exe_file(),
        },
    )
    kept = Material.objects.get(owner=citizen, name="营业执照复印件")
    page = client.get(application.get_absolute_url()).content.decode()
    assert f'name="kept_{licence.pk}" value="{kept.pk}"' in page
    assert f'id="supplement-item-{licence.pk}-kept"' in page
    assert "执照.pdf" in page
    assert f'name="kept_{statute.pk}"' not in page


def test_a_file_stored_before_the_notice_is_not_offered_as_kept(
    client, citizen, application, notice
):
    licence, _statute = notice.items.all()
    old = REAL_MATERIAL_STORE(
        owner=citizen,
        organisation=None,
        requirement_name="营业执照复印件",
        uploaded_file=real_pdf_file("old.pdf"),
    )
    Material.objects.filter(pk=old.pk).update(
        created_at=notice.issued_at - datetime.timedelta(days=1)
    )
    client.force_login(citizen)
    page = client.get(application.get_absolute_url()).content.decode()
    assert f'name="kept_{licence.pk}"' not in page


def test_both_pages_render_the_same_supplement_form(
    client, citizen, application, notice
):
    licence, statute = notice.items.all()
    client.force_login(citizen)
    client.post(supplement_url(application), {f"item_{licence.pk}": real_pdf_file()})
    on_application = client.get(application.get_absolute_url()).content.decode()
    on_supplement = client.get(supplement_url(application)).content.decode()
    assert _form_inputs(on_application) == _form_inputs(on_supplement)
    assert f"kept_{licence.pk}" in _form_inputs(on_application)
