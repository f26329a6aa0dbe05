"""The portal while its cache (Redis) is down.

The cache is pointed at a closed port on 127.0.0.1 (``citizen_portal.cache``
with short timeouts), so these tests need no Redis and run in every run: every
page still answers, built from the database; the application is saved once;
sign-in still works and its brute-force limit still holds; a warning is logged,
once, without keys or personal data.
"""

import datetime
import io
import logging

import pytest
import redis
from django.core.cache import cache, caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404
from django.test import Client
from django.urls import reverse
from reportlab.pdfgen import canvas

from citizen_portal import cache as portal_cache
from cms import caching, pagecache
from cms.models import ArticlePage, HomePage, SectionIndexPage
from eforms.demo import definition_publish, field, section
from services import applying_cache, selectors, workdays
from services.models import Application, ApplicationMaterial, CalendarDay
from sharing import catalogue_cache, ratelimit
from sharing.actions import grant_revoke
from sharing.models import Grant
from tests.factories import (
    ApplicationFactory,
    LicenceFactory,
    LicenceTypeFactory,
    MaterialRequirementFactory,
    PersonFactory,
    ServiceFactory,
    StaffUserFactory,
    next_resident_id,
    totp_code,
)
from tests.factories.sharing import GrantFactory, RequesterSystemFactory
from tests.sharing import api_support, registry_data

pytestmark = pytest.mark.django_db

DOWN = "redis://127.0.0.1:1/0"
Source = ApplicationMaterial.Source
BODY = [
    section(
        "申请人信息",
        field("text", "name", "姓名", prefill="population.name"),
        field("phone", "phone", "手机号码"),
        field("long_text", "reason", "申请事由"),
    )
]


def reset_outage_state() -> None:
    portal_cache._outages.clear()
    for pending in (
        caching._bump_pending,
        pagecache._purge_pending,
        catalogue_cache._generation._pending,
        applying_cache._generation._pending,
        workdays._generation._pending,
    ):
        pending.clear()


@pytest.fixture(autouse=True)
def cache_down(settings):
    """The default cache is the portal's Redis backend at a closed port."""
    reset_outage_state()
    settings.CACHES = {
        "default": {
            "BACKEND": "citizen_portal.cache.RedisCache",
            "LOCATION": DOWN,
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    yield
    reset_outage_state()


def pdf() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    document.drawString(72, 720, "application")
    document.showPage()
    document.save()
    return SimpleUploadedFile(
        "申请书.pdf", buffer.getvalue(), content_type="application/pdf"
    )


@pytest.fixture
def applying():
    """A citizen holding a licence, and a service whose form is prefilled from the
    population registry and needs that licence, a registry record and an upload."""
    resident_id = next_resident_id()
    registry_data.person(resident=resident_id, name="林晓明")
    applicant = PersonFactory(resident_id=resident_id, name="林晓明").user
    licence_type = LicenceTypeFactory(code="JZZ", name="居住证")
    LicenceFactory(holder=applicant, licence_type=licence_type)
    service = ServiceFactory(name="居住证签注", licence_type=licence_type)
    MaterialRequirementFactory(
        service=service, name="居住证", licence_type=licence_type, sort_order=1
    )
    MaterialRequirementFactory(
        service=service,
        name="户口簿",
        shared_resource="population.person",
        sort_order=2,
    )
    upload = MaterialRequirementFactory(service=service, name="申请书", sort_order=3)
    definition_publish(service=service, title="居住证签注申请表", body=BODY)
    return applicant, service, upload


def test_home_page_answers(client):
    response = client.get("/")
    assert response.status_code == 200
    assert pagecache.HEADER not in response


def test_service_catalogue_and_guide_answer(client):
    service = ServiceFactory(name="居住证签注")
    assert client.get(reverse("services:catalogue")).status_code == 200
    response = client.get(service.get_absolute_url())
    assert response.status_code == 200
    assert "居住证签注" in response.content.decode()


def test_page_published_during_the_outage_is_served(client):
    home = HomePage.objects.get(depth=2, locale__language_code="zh-hans")
    page = SectionIndexPage(title="新闻动态", slug="news", kind="news")
    home.add_child(instance=page)
    page.save_revision().publish()  # purges the caches: must not fail
    response = client.get(page.get_url())
    assert response.status_code == 200
    assert "新闻动态" in response.content.decode()


def test_application_is_saved_once_and_its_page_answers(applying):
    applicant, service, upload = applying
    client = Client()
    client.force_login(applicant)
    apply_url = reverse("services:apply", kwargs={"code": service.code})

    response = client.get(apply_url)
    assert response.status_code == 200
    assert "林晓明" in response.content.decode()  # prefilled through sharing

    response = client.post(
        apply_url,
        {"phone": "13912345678", "reason": "签注。", f"material-{upload.pk}": pdf()},
    )
    assert response.status_code == 302
    key = client.session[f"apply:{service.code}"]["submission_key"]
    review_url = reverse("services:apply_review", kwargs={"code": service.code})
    response = client.post(review_url, {"submission_key": key, "declaration": "on"})
    assert response.status_code == 302
    # A double submit of the same review makes no second application.
    client.post(review_url, {"submission_key": key, "declaration": "on"})

    application = Application.objects.get(applicant=applicant)
    assert response["Location"] == application.get_absolute_url()
    assert client.get(response["Location"]).status_code == 200
    assert {m.name: m.source for m in application.materials.all()} == {
        "居住证": Source.LICENCE,
        "户口簿": Source.REGISTRY,
        "申请书": Source.UPLOADED,
    }


def test_desk_queue_answers_for_staff(client):
    application = ApplicationFactory()
    client.force_login(StaffUserFactory())
    response = client.get(reverse("services:desk_queue"))
    assert response.status_code == 200
    assert application.number in response.content.decode()


def test_data_sharing_query_answers_and_is_audited(client):
    registry_data.person()
    system = RequesterSystemFactory(code="tax-system")
    GrantFactory(requester=system, fields=["resident_id", "name"])
    response = api_support.post(client, api_support.body(), system)
    assert response.status_code == 200
    assert response.json()["data"]["name"] == "林晓明"
    assert api_support.only_record().requester == system


def test_grant_revoked_elsewhere_is_refused_at_once(client):
    """No process-local copy is trusted while the generation cannot be read, even
    for a change whose invalidation never reached this process."""
    registry_data.person()
    system = RequesterSystemFactory(code="tax-system")
    grant = GrantFactory(requester=system, fields=["resident_id", "name"])
    assert api_support.post(client, api_support.body(), system).status_code == 200
    Grant.objects.filter(pk=grant.pk).update(status=Grant.Status.REVOKED)  # no signal
    response = api_support.post(client, api_support.body(), system)
    assert response.status_code == 403


def test_sign_in_works(client, citizen, password):
    response = client.post(
        reverse("account_login"), {"login": citizen.email, "password": password}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("services:my_portal")


def test_failed_sign_ins_are_still_limited(client, citizen, password):
    for _ in range(5):
        client.post(
            reverse("account_login"), {"login": citizen.email, "password": "wrong"}
        )
    response = client.post(
        reverse("account_login"), {"login": citizen.email, "password": password}
    )
    assert response.status_code == 200  # the form again, not a redirect
    assert "_auth_user_id" not in client.session


def test_portal_rate_limits_are_counted_in_the_process():
    results = [ratelimit.hit("desk-lookup:1", window=60) for _ in range(4)]
    assert [r.count for r in results] == [1, 2, 3, 4]
    assert [r.over(3) for r in results] == [False, False, False, True]


def test_outage_is_logged_once_without_keys(client, caplog):
    caplog.set_level(logging.WARNING, logger="citizen_portal.cache")
    for _ in range(3):
        client.get(reverse("services:catalogue"))
    ratelimit.hit("desk-lookup:4711", window=60)
    warnings = [r for r in caplog.records if r.name == "citizen_portal.cache"]
    assert len(warnings) == 1
    assert "ConnectionError" in warnings[0].getMessage()
    assert "4711" not in caplog.text


# --- The backend: outage, breaker, warning, and recovery ---------------------------


class FakeRedis:
    """Stands in for the backend's Redis client: a dict, or down (raising what
    redis-py raises when the server cannot be reached)."""

    def __init__(self):
        self.store: dict = {}
        self.down = False
        self.calls = 0

    def _check(self):
        self.calls += 1
        if self.down:
            raise redis.ConnectionError("Error 111 connecting to 127.0.0.1:1.")

    def get(self, key, default=None):
        self._check()
        return self.store.get(key, default)

    def get_many(self, keys):
        self._check()
        return {key: self.store[key] for key in keys if key in self.store}

    def has_key(self, key):
        self._check()
        return key in self.store

    def set(self, key, value, timeout):
        self._check()
        self.store[key] = value

    def set_many(self, data, timeout):
        self._check()
        self.store.update(data)

    def add(self, key, value, timeout):
        self._check()
        if key in self.store:
            return False
        self.store[key] = value
        return True

    def touch(self, key, timeout):
        self._check()
        return key in self.store

    def delete(self, key):
        self._check()
        return self.store.pop(key, None) is not None

    def delete_many(self, keys):
        self._check()
        for key in keys:
            self.store.pop(key, None)

    def incr(self, key, delta):
        self._check()
        if key not in self.store:
            raise ValueError(f"Key '{key}' not found.")
        self.store[key] += delta
        return self.store[key]

    def clear(self):
        self.store.clear()


class Switch:
    """The default cache's Redis, up or down at will, and the breaker's clock."""

    def __init__(self):
        self.redis = FakeRedis()
        self.now = 1_000.0
        backend = caches["default"]
        backend._cache = self.redis
        backend._outage.clock = lambda: self.now

    def go_down(self):
        self.redis.down = True

    def come_back(self):
        self.redis.down = False
        self.now += portal_cache.RETRY_SECONDS + 1


@pytest.fixture
def switch() -> Switch:
    return Switch()


def test_throttle_says_yes_once_per_interval():
    now = [0.0]
    throttle = portal_cache.Throttle(60, clock=lambda: now[0])
    answers = [throttle.ready(), throttle.ready()]
    now[0] = 59.9
    answers.append(throttle.ready())
    now[0] = 60.0
    answers.append(throttle.ready())
    assert answers == [True, False, False, True]


def test_outage_warning_is_repeated_at_most_once_a_minute(switch, caplog):
    caplog.set_level(logging.WARNING, logger="citizen_portal.cache")
    switch.go_down()
    for _ in range(30):  # every few seconds for a minute and a half
        cache.get("cms:anything")
        switch.now += 3
    warnings = [r for r in caplog.records if "unreachable" in r.getMessage()]
    assert len(warnings) == 2


def test_recovery_is_logged_once(switch, caplog):
    caplog.set_level(logging.WARNING, logger="citizen_portal.cache")
    switch.go_down()
    cache.get("cms:anything")
    switch.come_back()
    cache.get("cms:anything")
    cache.get("cms:anything")
    assert [r.getMessage() for r in caplog.records][-1].startswith(
        "Shared cache answers again"
    )
    assert sum("answers again" in r.getMessage() for r in caplog.records) == 1


def test_breaker_leaves_redis_alone_for_a_few_seconds(switch):
    switch.go_down()
    cache.get("cms:anything")
    attempts = switch.redis.calls
    for _ in range(50):
        cache.get("cms:anything")
    assert switch.redis.calls == attempts
    switch.now += portal_cache.RETRY_SECONDS + 1
    cache.get("cms:anything")
    assert switch.redis.calls == attempts + 1


def test_derived_data_is_forgotten_while_down(switch):
    cache.set("cms:kept", "before")
    switch.go_down()
    cache.set("cms:new", "during")
    assert cache.get("cms:kept", "missed") == "missed"
    assert cache.get_many(["cms:kept", "cms:new"]) == {}
    assert cache.add("cms:new", 1) is False
    assert cache.set_many({"cms:a": 1}) == ["cms:a"]
    with pytest.raises(ValueError):
        cache.incr("cms:kept")
    switch.come_back()
    assert cache.get("cms:kept") == "before"
    assert cache.get("cms:new") is None


def test_rate_limit_counters_live_in_the_process_while_down(switch):
    switch.go_down()
    counts = [ratelimit.hit("desk-lookup:7", window=60).count for _ in range(3)]
    assert counts == [1, 2, 3]
    switch.come_back()
    # Back in Redis, where this window's count was never stored.
    assert ratelimit.hit("desk-lookup:7", window=60).count == 1
    assert any(key.endswith("ratelimit:desk-lookup:7") for key in switch.redis.store)


def test_timeouts_are_short_unless_configured():
    backend = portal_cache.RedisCache(DOWN, {})
    assert backend._options["socket_connect_timeout"] == 1.0
    assert backend._options["socket_timeout"] == 2.0
    backend = portal_cache.RedisCache(DOWN, {"OPTIONS": {"socket_timeout": 5}})
    assert backend._options["socket_timeout"] == 5


# --- Invalidations dropped during the outage are made once it is back ------------


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


def test_staff_totp_sign_in_works_and_a_code_still_counts_once(password):
    staff = StaffUserFactory()
    code = totp_code()
    first, second = Client(), Client()
    for browser in (first, second):
        response = browser.post(
            reverse("account_login"), {"login": staff.email, "password": password}
        )
        assert response["Location"] == reverse("mfa_authenticate")

    response = first.post(reverse("mfa_authenticate"), {"code": code})
    assert response.status_code == 302
    assert first.get(reverse("services:desk_queue")).status_code == 200
    response = second.post(reverse("mfa_authenticate"), {"code": code})
    assert response.status_code == 200  # refused: the code was used
    assert "_auth_user_id" not in second.session
