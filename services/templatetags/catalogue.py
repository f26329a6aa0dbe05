"""Template helpers of the catalogue pages."""

from django import template
from django.utils.safestring import SafeString

from services.search_display import highlight as _highlight

register = template.Library()


@register.filter
def highlight(text: str, terms: list[str]) -> SafeString:
    """``{{ service.name|highlight:terms }}``: the text, escaped, with the query's
    terms marked."""
    return _highlight(text or "", terms or [])
