"""Fragment caches of the website, and the one switch that clears them.

Flow: every cached fragment's key embeds a *generation* token kept in the Django
cache; ``site_content_changed()`` replaces the token, which orphans every fragment
at once (they expire on their own). ``cms.signals`` calls it when pages are
published, unpublished, moved or deleted, when the site chrome setting is saved
and when a catalogue row (service, department, event) changes; the full-page
cache (``cms.pagecache``) is purged by the same function.

Fragments hold plain dicts and lists (titles, URLs, codes), not model instances,
so that they pickle small and render without touching the database.

The token is a ``common.generation.SharedGeneration``, the same protocol as the
other process-local copies: when the cache cannot be read, each fragment is built
from the database under a throwaway token and nothing is kept, and a bump lost in
the outage is made again on the first read after the cache answers.
"""

import logging
import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.http import HttpRequest
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from common.generation import SharedGeneration

logger = logging.getLogger(__name__)

GENERATION_KEY = "cms:generation"
EMPTY_CHROME: dict = {"menu": [], "columns": [], "site": {}}
TIMEOUT = 60 * 60
HOME_NEWS = 6
HOME_SERVICES = 8


_generation = SharedGeneration(GENERATION_KEY, label="website fragment cache")


def _key(*parts) -> str:
    generation = _generation.current()
    # Unreadable cache: a token no fragment was stored under, so nothing is reused.
    token = uuid.uuid4().hex if generation is None else generation
    return ":".join(["cms", str(token), *(str(part) for part in parts)])


def site_content_changed() -> None:
    """Forget every fragment and every cached page (``cms.pagecache``) of the
    website."""
    from .pagecache import purge

    _generation.bump()
    purge()


def page_for_url_path(root: Page, url_path: str) -> tuple[int, type[Page]] | None:
    """The id and specific model of the page at ``url_path`` below ``root``."""
    if "\x00" in url_path or len(url_path) > 1000:
        return None
    key = _key("route", root.pk, url_path)
    found = cache.get(key)
    if found is None:
        found = (
            Page.objects.filter(url_path=url_path, path__startswith=root.path)
            .values_list("pk", "content_type_id")
            .first()
        )
        if found is None:
            return None
        cache.set(key, found, TIMEOUT)
    page_id, content_type_id = found
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    return page_id, model


def site_chrome(request: HttpRequest) -> dict:
    """Main menu, footer columns, contact and record numbers of the request's site,
    with labels and links in the active language."""
    language = get_language() or "zh-hans"
    key = _key("chrome", request.get_host().lower()[:100], language)
    chrome = cache.get(key)
    if chrome is None:
        try:
            # A savepoint, so that a failure leaves the request's transaction usable.
            with transaction.atomic():
                chrome = _build_chrome(request, language)
        except DatabaseError:
            # Menus and footer are secondary: a page (the licence verification
            # page above all) must render without them rather than fail.
            logger.warning("Site chrome unavailable; rendering without menus.")
            return EMPTY_CHROME
        cache.set(key, chrome, TIMEOUT)
    return chrome


def _local_url(url: str, language: str) -> str:
    """Editors enter local links as Chinese (unprefixed) paths; on English pages
    they become /en/ paths. translate_url resolves the path in the active
    language, hence the override."""
    if url.startswith("/") and not url.startswith("//"):
        with translation.override(settings.LANGUAGE_CODE):
            return translate_url(url, language)
    return url


def _link(value, language: str) -> dict:
    label = value["label"]
    if language == "en" and value.get("label_en"):
        label = value["label_en"]
    return {"label": label, "url": _local_url(value["url"], language)}


def _build_chrome(request: HttpRequest, language: str) -> dict:
    from cms.models import SiteChrome

    site = Site.find_for_request(request)
    if site is None:
        return EMPTY_CHROME
    # Not SiteChrome.for_site(): that creates the row, a write on a GET request
    # (and a save signal that would clear the cache being filled).
    settings = SiteChrome.objects.filter(site=site).first() or SiteChrome(site=site)
    english = language == "en"
    columns = []
    for block in settings.footer_columns:
        value = block.value
        columns.append(
            {
                "title": (english and value.get("title_en")) or value["title"],
                "links": [_link(link, language) for link in value["links"]],
            }
        )
    return {
        "menu": [_link(block.value, language) for block in settings.main_menu],
        "columns": columns,
        "site": {
            "sponsor": (english and settings.sponsor_en) or settings.sponsor,
            "address": settings.address,
            "hotline": settings.hotline,
            "email": settings.email,
            "icp_number": settings.icp_number,
            "police_record_number": settings.police_record_number,
            "site_code": settings.site_code,
        },
    }


def home_lists(home: Page) -> dict:
    """Popular services, life and business events, latest news and notices."""
    language = get_language() or "zh-hans"
    key = _key("home", home.pk, language)
    lists = cache.get(key)
    if lists is None:
        lists = _build_home_lists(home)
        cache.set(key, lists, TIMEOUT)
    return lists


def _build_home_lists(home: Page) -> dict:
    from cms.models import ArticlePage, SectionIndexPage
    from services.selectors import life_events, service_popular

    def events(kind: str) -> list[dict]:
        catalogue = reverse("services:catalogue")
        return [
            {"name": event.name, "url": f"{catalogue}?event={event.code}"}
            for event in life_events(kind=kind)
        ]

    def latest(kind: str) -> list[dict]:
        sections = SectionIndexPage.objects.child_of(home).live().filter(kind=kind)
        section = sections.first()
        if section is None:
            return []
        return [
            {"title": a.title, "url": a.get_url(), "date": a.date}
            for a in ArticlePage.objects.child_of(section)
            .live()
            .order_by("-date", "-pk")[:HOME_NEWS]
        ] + [{"section": True, "url": section.get_url(), "title": section.title}]

    # The tagline is shown only where the home page is in the visitor's language
    # (an untranslated home page on /en/ gets the English default).
    language = get_language() or settings.LANGUAGE_CODE
    home_language = Locale.objects.get(pk=home.locale_id).language_code
    news = latest(SectionIndexPage.Kind.NEWS)
    notices = latest(SectionIndexPage.Kind.NOTICE)
    return {
        "show_tagline": home_language == language,
        "popular_services": [
            {"code": s.code, "name": s.name, "url": s.get_absolute_url()}
            for s in service_popular(limit=HOME_SERVICES)
        ],
        "life_events": events("personal"),
        "business_events": events("business"),
        "latest_news": [item for item in news if "section" not in item],
        "news_section": next((i for i in news if "section" in i), None),
        "latest_notices": [item for item in notices if "section" not in item],
        "notices_section": next((i for i in notices if "section" in i), None),
    }


def department_services_cached(department) -> list[dict]:
    from services.selectors import department_services

    key = _key("department-services", department.pk, get_language())
    services = cache.get(key)
    if services is None:
        services = [
            {"code": s.code, "name": s.name, "url": s.get_absolute_url()}
            for s in department_services(department=department)
        ]
        cache.set(key, services, TIMEOUT)
    return services


def translation_url(page: Page, language: str) -> str | None:
    """The URL of ``page``'s live translation into ``language``, if any."""
    key = _key("translation", page.translation_key, language)
    url = cache.get(key)
    if url is None:
        locale = Locale.objects.filter(language_code=language).first()
        translation = (
            page.get_translations(inclusive=True).filter(locale=locale).live().first()
            if locale
            else None
        )
        url = translation.get_url() if translation else ""
        cache.set(key, url, TIMEOUT)
    return url or None


def parent_link(page: Page) -> dict | None:
    """Title and URL of ``page``'s parent, for the breadcrumb (not for the home
    page's direct children)."""
    key = _key("parent", page.pk)
    link = cache.get(key)
    if link is None:
        parent = page.get_parent()
        link = (
            {"title": parent.title, "url": parent.get_url()}
            if parent is not None and parent.depth > 2
            else {}
        )
        cache.set(key, link, TIMEOUT)
    return link or None


def policy_extras(page) -> dict:
    """Attachments and live interpretations of a policy document page."""
    key = _key("policy", page.pk)
    extras = cache.get(key)
    if extras is None:
        extras = {
            "attachments": [
                {
                    "label": attachment.label,
                    "url": attachment.document.url,
                    "extension": attachment.document.file_extension.upper(),
                }
                for attachment in page.attachments.select_related("document")
            ],
            "interpretations": [
                {"title": item.title, "url": item.get_url()}
                for item in page.interpretations.live().order_by("-date", "-pk")
            ],
        }
        cache.set(key, extras, TIMEOUT)
    return extras


def department_news(page, limit: int) -> list[dict]:
    """Live articles of the page's locale related to the page's department."""
    from cms.models import ArticlePage

    key = _key("department-news", page.pk)
    news = cache.get(key)
    if news is None:
        news = [
            {"title": item.title, "url": item.get_url(), "date": item.date}
            for item in ArticlePage.objects.live()
            .filter(department_id=page.department_id, locale_id=page.locale_id)
            .order_by("-date", "-pk")[:limit]
        ]
        cache.set(key, news, TIMEOUT)
    return news
