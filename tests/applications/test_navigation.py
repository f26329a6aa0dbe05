import pytest

pytestmark = pytest.mark.django_db


def test_citizen_sees_no_staff_links(client, citizen):
    client.force_login(citizen)
    content = client.get("/my/").content.decode()
    assert 'href="/desk/"' not in content
    assert 'href="/sharing/catalogue/"' not in content


def test_window_staff_sees_desk_and_sharing_links(client, staff_user):
    client.force_login(staff_user)
    content = client.get("/my/").content.decode()
    assert 'href="/desk/"' in content
    assert 'href="/sharing/catalogue/"' in content
    assert "数据共享交换" in content
