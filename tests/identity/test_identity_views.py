import string

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from identity.models import IdentityLink
from tests.factories import UserFactory
from tests.identity.support import (
    PERSON_ID,
    PERSON_NAME,
    seed_person,
)

pytestmark = pytest.mark.django_db

PAGE = "identity:my_identity"


def link_post(client, resident_id=PERSON_ID, name=PERSON_NAME):
    return client.post(
        reverse("identity:link_resident_id"),
        {"resident_id": resident_id, "name": name},
    )


@pytest.fixture
def user(client):
    user = UserFactory()
    client.force_login(user)
    return user


@pytest.fixture
def linked(client, user):
    seed_person()
    response = link_post(client)
    assert response.status_code == 302
    return user


def test_page_requires_sign_in(client):
    response = client.get(reverse(PAGE))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_page_shows_level_0_and_the_forms(client, user):
    response = client.get(reverse(PAGE))
    content = response.content.decode()
    assert response.status_code == 200
    assert 'id="assurance-level"' in content
    assert 'name="resident_id"' in content
    assert response["Cache-Control"].count("no-store") == 1


def test_linking_redirects_and_shows_only_masked_numbers(client, linked):
    response = client.get(reverse(PAGE))
    content = response.content.decode()
    assert PERSON_ID not in content
    assert PERSON_ID[:6] + "********" + PERSON_ID[-4:] in content
    assert IdentityLink.objects.filter(person__user=linked).count() == 3


@pytest.mark.parametrize(
    "number",
    [
        PERSON_ID[:-1] + ("0" if PERSON_ID[-1] != "0" else "1"),  # bad checksum
        "35010219901307231X",  # impossible date
        "990102199003072315",  # unknown region
        "35010219900307",  # wrong length
        "35010219900307A231",  # forbidden letter
        "350102900307231",  # 15-digit old number
        PERSON_ID[:-1] + "x" if PERSON_ID[-1] == "X" else PERSON_ID[:-1] + "x",
        "3501 0219 9003 0723 1?",
        "３５０１０２１９９００３０７２３１５",  # full-width digits
        "' OR 1=1 --",
        "\x00",
    ],
)
def test_malformed_numbers_show_a_form_error_never_a_500(client, user, number):
    seed_person()
    response = link_post(client, resident_id=number)
    assert response.status_code == 200
    assert 'class="error"' in response.content.decode()
    assert not IdentityLink.objects.exists()


def test_valid_number_with_lowercase_x_and_spaces_is_accepted(client, user):
    seed_person()
    spaced = f"{PERSON_ID[:6]} {PERSON_ID[6:14]} {PERSON_ID[14:].lower()}"
    assert link_post(client, resident_id=spaced).status_code == 302


def test_name_mismatch_shows_an_error(client, user):
    seed_person()
    response = link_post(client, name="林晓红")
    assert response.status_code == 200
    assert 'class="error"' in response.content.decode()
    assert not IdentityLink.objects.exists()


def test_number_of_another_account_shows_the_counter_route(client, user):
    seed_person()
    other = UserFactory()
    client.force_login(other)
    link_post(client)
    client.force_login(user)
    response = link_post(client)
    assert response.status_code == 200
    assert "窗口" in response.content.decode()


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    text=st.one_of(
        st.text(max_size=40),
        st.text(alphabet=string.digits + "Xx -", min_size=14, max_size=22),
    )
)
def test_linking_form_never_500s_on_random_text(client, user, text):
    response = link_post(client, resident_id=text, name="林晓明")
    assert response.status_code == 200


def test_owner_can_reveal_the_full_number_by_post(client, linked):
    link = IdentityLink.objects.get(kind=IdentityLink.Kind.RESIDENT_ID)
    response = client.post(reverse("identity:reveal"), {"link": link.pk})
    assert response.status_code == 200
    assert PERSON_ID in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert str(PERSON_ID) not in response.request["PATH_INFO"]


def test_reveal_is_shown_once(client, linked):
    link = IdentityLink.objects.get(kind=IdentityLink.Kind.RESIDENT_ID)
    client.post(reverse("identity:reveal"), {"link": link.pk})
    assert PERSON_ID not in client.get(reverse(PAGE)).content.decode()


def test_reveal_by_get_is_not_allowed(client, linked):
    link = IdentityLink.objects.get(kind=IdentityLink.Kind.RESIDENT_ID)
    response = client.get(reverse("identity:reveal"), {"link": link.pk})
    assert response.status_code == 405


def test_another_user_cannot_reveal_your_link(client, linked):
    link = IdentityLink.objects.get(kind=IdentityLink.Kind.RESIDENT_ID)
    client.force_login(UserFactory())
    response = client.post(reverse("identity:reveal"), {"link": link.pk})
    assert response.status_code == 404
    assert PERSON_ID not in response.content.decode()


def test_another_user_does_not_see_your_links(client, linked):
    client.force_login(UserFactory())
    content = client.get(reverse(PAGE)).content.decode()
    assert PERSON_ID[:6] + "********" not in content


def test_reveal_with_garbage_is_404(client, user):
    assert client.post(reverse("identity:reveal"), {"link": "x"}).status_code == 404
