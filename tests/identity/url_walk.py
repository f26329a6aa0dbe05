"""Every URL pattern of the portal, with an address that reaches its view.

``url_views()`` walks ``django.urls.get_resolver()`` recursively and gives, for
each pattern, the view its URL calls and a sample address: each part of the
pattern (a ``path()`` route is a regular expression too, with its converters'
expressions inside) is replaced by a short text it matches, e.g.
``desk/applications/<str:number>/`` -> ``/desk/applications/x/`` and
``(?P<pk>\\d+)`` -> ``1``. The address is resolved again and kept only when it
reaches the same view (an earlier pattern could take it); ``address`` is None
otherwise, for the caller to report.

Staff views are the ones whose view declares ``staff_roles``
(``identity.permissions``).
"""

import re._constants as sre
import re._parser as sre_parse
from dataclasses import dataclass
from functools import cache

from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from django.urls.resolvers import LocalePrefixPattern


@dataclass(frozen=True)
class UrlView:
    route: str
    name: str
    view: object
    address: str | None

    @property
    def staff_roles(self) -> tuple[str, ...]:
        return tuple(getattr(self.view, "staff_roles", ()) or ())

    def __str__(self) -> str:
        return f"{self.name or '-'} ({self.route})"


_CATEGORY_SAMPLES = {
    sre.CATEGORY_DIGIT: "1",
    sre.CATEGORY_WORD: "x",
    sre.CATEGORY_SPACE: " ",
    sre.CATEGORY_NOT_DIGIT: "x",
    sre.CATEGORY_NOT_WORD: "-",
    sre.CATEGORY_NOT_SPACE: "x",
}


def _sample_in(items) -> str:
    if items and items[0][0] is sre.NEGATE:
        excluded = {chr(value) for op, value in items[1:] if op is sre.LITERAL}
        return next(c for c in "xy1-" if c not in excluded)
    op, value = items[0]
    if op is sre.LITERAL:
        return chr(value)
    if op is sre.RANGE:
        return chr(value[0])
    if op is sre.CATEGORY:
        return _CATEGORY_SAMPLES[value]
    raise ValueError(f"cannot sample {op}")


def _sample(parsed) -> str:
    out = []
    for op, value in parsed:
        if op is sre.LITERAL:
            out.append(chr(value))
        elif op is sre.NOT_LITERAL:
            out.append("x" if chr(value) != "x" else "y")
        elif op is sre.ANY:
            out.append("x")
        elif op is sre.IN:
            out.append(_sample_in(value))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, item = value
            out.append(_sample(item) * (low or min(1, high)))
        elif op in (sre.SUBPATTERN, sre.ATOMIC_GROUP):
            out.append(_sample(value[-1]))
        elif op is sre.BRANCH:
            out.append(_sample(value[1][0]))
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        else:
            raise ValueError(f"cannot sample {op}")
    return "".join(out)


def sample(regex: str) -> str:
    """A short text that ``regex`` matches."""
    return _sample(sre_parse.parse(regex))


def _part(pattern) -> str:
    if isinstance(pattern, LocalePrefixPattern):
        return pattern.language_prefix
    return sample(pattern.regex.pattern)


def _walk(patterns, parts: tuple, routes: tuple, namespace: str):
    for entry in patterns:
        route = (*routes, str(entry.pattern))
        part = (*parts, _part(entry.pattern))
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}{entry.namespace}:"
            yield from _walk(entry.url_patterns, part, route, inner)
        elif isinstance(entry, URLPattern):
            yield entry, "/" + "".join(part), "".join(route), namespace


def _reaches(address: str, view) -> bool:
    try:
        return resolve(address).func is view
    except Resolver404:
        return False


@cache
def url_views() -> tuple[UrlView, ...]:
    found = []
    for pattern, address, route, namespace in _walk(
        get_resolver().url_patterns, (), (), ""
    ):
        name = f"{namespace}{pattern.name}" if pattern.name else ""
        view = pattern.callback
        found.append(
            UrlView(
                route=route,
                name=name,
                view=view,
                address=address if _reaches(address, view) else None,
            )
        )
    return tuple(found)


def staff_views() -> tuple[UrlView, ...]:
    return tuple(view for view in url_views() if view.staff_roles)
