"""Template tags of the website pages."""

from django import template
from django.urls import reverse
from django.utils import translation

from cms import caching

register = template.Library()


@register.simple_tag
def translated_page_url(page) -> str:
    """Where the language switch of ``page`` leads: its translation in the other
    language when one is live, else that language's home page."""
    target = "zh-hans" if translation.get_language() == "en" else "en"
    url = caching.translation_url(page, target)
    if url:
        return url
    with translation.override(target):
        return reverse("wagtail_serve", args=[""])


@register.simple_tag
def parent_link(page) -> dict | None:
    return caching.parent_link(page)
