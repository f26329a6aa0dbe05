"""The online application in two steps (form, then review and declaration) for a
service without an e-form definition (the basic form)."""

import pytest
from django.urls import reverse

from applications.models import Application
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def apply_url(service):
    return reverse("applications:apply", kwargs={"code": service.code})


def review_url(service):
    return reverse("applications:apply_review", kwargs={"code": service.code})


def valid_post(**overrides):
    data = {
        "applicant_name": "林晓明",
        "phone": "13912345678",
        "address": "榕城市鼓楼区政务路1号",
        "details": "申请办理居住证。",
    }
    data.update(overrides)
    return data


def fill_in(client, service, **overrides):
    response = client.post(apply_url(service), valid_post(**overrides))
    assert response.status_code == 302, response.content.decode()[:3000]
    assert response["Location"] == review_url(service)
    return client.session[f"apply:{service.code}"]["submission_key"]


def submit(client, service, key, declaration=True):
    data = {"submission_key": key}
    if declaration:
        data["declaration"] = "on"
    return client.post(review_url(service), data)


def test_apply_requires_sign_in(client, service):
    response = client.get(apply_url(service))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_apply_form_is_prefilled_from_the_person(client, citizen, service):
    client.force_login(citizen)
    response = client.get(apply_url(service))
    assert response.status_code == 200
    assert response.context["form"].initial["applicant_name"] == citizen.person.name


def test_review_shows_the_answers_before_anything_is_created(client, citizen, service):
    client.force_login(citizen)
    fill_in(client, service)
    response = client.get(review_url(service))
    assert response.status_code == 200
    assert "申请办理居住证。" in response.content.decode()
    assert Application.objects.count() == 0


def test_submission_creates_application_and_redirects_to_it(client, citizen, service):
    client.force_login(citizen)
    key = fill_in(client, service)
    response = submit(client, service, key)
    application = Application.objects.get()
    assert response.status_code == 302
    assert response["Location"] == application.get_absolute_url()
    assert application.applicant == citizen
    assert application.status == Application.Status.SUBMITTED
    assert application.data["details"] == "申请办理居住证。"
    assert application.number.startswith("SQ")
    assert list(application.events.values_list("action", flat=True)) == ["submitted"]


def test_double_submit_creates_one_application(client, citizen, service):
    client.force_login(citizen)
    key = fill_in(client, service)
    first = submit(client, service, key)
    second = submit(client, service, key)
    assert Application.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_submission_without_the_declaration_is_refused(client, citizen, service):
    client.force_login(citizen)
    key = fill_in(client, service)
    response = submit(client, service, key, declaration=False)
    assert response.status_code == 200
    assert "您必须确认承诺后才能提交" in response.content.decode()
    assert Application.objects.count() == 0


def test_review_without_a_filled_form_goes_back_to_the_form(client, citizen, service):
    client.force_login(citizen)
    response = client.get(review_url(service))
    assert response["Location"] == apply_url(service)


def test_invalid_form_shows_chinese_errors_and_keeps_input(client, citizen, service):
    client.force_login(citizen)
    response = client.post(apply_url(service), valid_post(phone="12345", details=""))
    assert response.status_code == 400
    assert Application.objects.count() == 0
    content = response.content.decode()
    required = str(response.context["form"].errors["details"][0])
    assert required != "This field is required."
    assert f"申请事由: {required}" in content
    assert "请输入11位大陆手机号码" in content
    assert 'value="12345"' in content
    assert 'value="林晓明"' in content
    assert 'value="榕城市鼓楼区政务路1号"' in content


def test_empty_form_shows_errors_for_every_required_field(client, citizen, service):
    client.force_login(citizen)
    response = client.post(apply_url(service), {})
    form = response.context["form"]
    assert set(form.errors) >= {"applicant_name", "phone", "details"}
    assert Application.objects.count() == 0


def test_name_with_digits_is_refused(client, citizen, service):
    client.force_login(citizen)
    response = client.post(apply_url(service), valid_post(applicant_name="林晓明2"))
    assert "applicant_name" in response.context["form"].errors


def test_counter_only_service_does_not_accept_online_applications(client, citizen):
    service = ServiceFactory(online_level="info")
    client.force_login(citizen)
    response = client.post(apply_url(service), valid_post())
    assert response.status_code == 302
    assert response["Location"] == service.get_absolute_url()
    assert Application.objects.count() == 0


def test_apply_for_unknown_service_is_404(client, citizen):
    client.force_login(citizen)
    response = client.get(reverse("applications:apply", kwargs={"code": "NO-SUCH"}))
    assert response.status_code == 404


def test_service_requiring_verified_identity_sends_unverified_citizen_to_link(
    client, citizen
):
    service = ServiceFactory(min_assurance_level=2)
    client.force_login(citizen)
    response = client.get(apply_url(service))
    assert response.status_code == 302
    assert response["Location"] == reverse("identity:my_identity")
    assert Application.objects.count() == 0


def test_service_requiring_verified_identity_accepts_registry_verified_citizen(
    client, citizen
):
    from identity.models import IdentityLink

    link = IdentityLink(
        person=citizen.person,
        kind=IdentityLink.Kind.RESIDENT_ID,
        method=IdentityLink.Method.REGISTRY,
    )
    link.set_identifier(citizen.person.reveal_identifier())
    link.save()
    service = ServiceFactory(min_assurance_level=2)
    client.force_login(citizen)
    assert client.get(apply_url(service)).status_code == 200
