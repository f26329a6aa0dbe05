"""Template helpers for rendering e-forms: a bound field by its (composed) name."""

from django import template

register = template.Library()


@register.filter
def bound(form, name: str):
    return form[name]
