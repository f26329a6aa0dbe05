"""``{% upload_limit_attrs %}``: the per-file upload limit and its message as
``data-*`` attributes of a form with file inputs, read by
``static/eforms/upload_limit.js`` (see ``eforms.upload_limits``)."""

from django import template
from django.utils.html import format_html_join

from ..upload_limits import limit_attrs

register = template.Library()


@register.simple_tag
def upload_limit_attrs() -> str:
    return format_html_join(" ", '{}="{}"', limit_attrs().items())
