"""Invalidations dropped during the outage are made once the cache is back, and
no process keeps serving what it held before."""

import datetime

import pytest
from django.http import Http404
from django.test import Client

from applications import applying_cache, selectors
from cms import pagecache
from cms.models import ArticlePage, HomePage, SectionIndexPage
from sharing import catalogue_cache
from sharing.actions import grant_revoke
from tests.factories import ServiceFactory, StaffUserFactory
from tests.factories.sharing import GrantFactory, RequesterSystemFactory
from tests.sharing import api_support, registry_data
from workdays import calendar as workdays
from workdays.models import CalendarDay

pytestmark = pytest.mark.django_db


def test_article_published_during_the_outage_shows_once_the_cache_is_back(switch):
    home = HomePage.objects.get(depth=2, locale__language_code="zh-hans")
    news = SectionIndexPage(title="新闻动态", slug="news", kind="news")
    home.add_child(instance=news)
    news.save_revision().publish()
    anonymous = Client()
    assert anonymous.get("/").status_code == 200  # fragments and page stored
    assert anonymous.get("/")[pagecache.HEADER] == "hit"

    switch.go_down()
    article = ArticlePage(title="停电期间发布的通知", slug="during")
    news.add_child(instance=article)
    article.save_revision().publish()
    assert "停电期间发布的通知" in anonymous.get("/").content.decode()

    switch.come_back()
    assert "停电期间发布的通知" in anonymous.get("/").content.decode()


def test_grant_revoked_during_the_outage_stays_revoked_in_every_process(client, switch):
    registry_data.person()
    system = RequesterSystemFactory(code="tax-system")
    grant = GrantFactory(requester=system, fields=["resident_id", "name"])
    steward = StaffUserFactory(is_superuser=True)
    assert api_support.post(client, api_support.body(), system).status_code == 200
    # What a process that serves nothing during the outage keeps in memory.
    idle = {
        name: dict(value) if isinstance(value, dict) else value
        for name, value in catalogue_cache._state.items()
    }

    switch.go_down()
    grant_revoke(grant=grant, steward=steward, note="系统已停用")
    assert api_support.post(client, api_support.body(), system).status_code == 403

    switch.come_back()
    assert api_support.post(client, api_support.body(), system).status_code == 403
    catalogue_cache._state.update(idle)  # the idle process's first query
    assert api_support.post(client, api_support.body(), system).status_code == 403


def test_service_taken_offline_during_the_outage_stays_offline_everywhere(switch):
    service = ServiceFactory(name="居住证签注")
    assert selectors.service_for_applying(code=service.code).pk == service.pk
    idle = {
        "generation": applying_cache._state["generation"],
        "services": dict(applying_cache._state["services"]),
    }

    switch.go_down()
    service.is_active = False
    service.save()
    with pytest.raises(Http404):
        selectors.service_for_applying(code=service.code)

    switch.come_back()
    with pytest.raises(Http404):
        selectors.service_for_applying(code=service.code)
    applying_cache._state.update(idle)
    with pytest.raises(Http404):
        selectors.service_for_applying(code=service.code)


def test_calendar_day_entered_during_the_outage_counts_in_every_process(switch):
    monday = datetime.date(2026, 11, 23)
    assert workdays.is_working_day(monday)
    idle = dict(workdays._state)

    switch.go_down()
    CalendarDay.objects.create(
        date=monday, kind=CalendarDay.Kind.HOLIDAY, name="临时调整"
    )
    assert not workdays.is_working_day(monday)

    switch.come_back()
    assert not workdays.is_working_day(monday)
    workdays._state.update(idle)  # the idle process's first computation
    assert not workdays.is_working_day(monday)
