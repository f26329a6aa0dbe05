"""Where the OpenID Connect provider may send the browser: the origins of the
registered clients' redirect URIs, as Content-Security-Policy sources.

The consent form, the logout confirmation and a sign-in for a client that skips
consent are answered with a redirect to the client (``identity/o/authorize``,
``identity/o/logout``). Browsers that apply ``form-action`` to the redirects after a
form submission (Chromium does) refuse it unless the client's origin is listed, so
``citizen_portal.content_security`` adds these sources to ``form-action`` on those
pages.

Each registered redirect URI (and post-logout redirect URI) gives one source:
``https://host[:port]`` for a web client; ``http://127.0.0.1:*`` for a loopback
client, whose port may change between requests (RFC 8252, allowed by allauth);
``scheme:`` for a native application's private-use scheme. A URI that cannot be
written as a source (no host, an IPv6 literal, characters a policy cannot hold, a
scheme such as ``javascript:``) is left out: the browser then blocks that
redirect rather than the policy being malformed or opened to script.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from allauth.idp.oidc.models import Client

# What a CSP host-source may hold: dot-separated labels of letters, digits and
# "-", with an optional leading "*." (no IPv6 literal). Anything else (";", ",",
# spaces, quotes) could break the header or add a directive.
_HOST_RE = re.compile(r"^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*$")
_SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]*$")
# Schemes that would let a form run script or load local data, never a client's.
_REFUSED_SCHEMES = frozenset(
    {"javascript", "vbscript", "data", "blob", "filesystem", "about", "file"}
)


def redirect_source(uri: str) -> str | None:
    """The CSP source matching the origin of ``uri``, or None."""
    try:
        parts = urlsplit(uri.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if not _SCHEME_RE.match(scheme) or scheme in _REFUSED_SCHEMES:
        return None
    if scheme not in ("http", "https"):
        return f"{scheme}:"
    hostname = parts.hostname  # lower case, without user info and brackets
    if not hostname:
        return None
    if not _HOST_RE.match(hostname):
        return None
    if scheme == "http" and hostname == "127.0.0.1":
        return "http://127.0.0.1:*"
    return f"{scheme}://{hostname}:{port}" if port else f"{scheme}://{hostname}"


def client_redirect_sources() -> list[str]:
    """The sources of every registered client's redirect URIs, sorted."""
    sources: set[str] = set()
    for client in Client.objects.only("redirect_uris", "data"):
        uris = [*client.get_redirect_uris(), *client.get_post_logout_redirect_uris()]
        for uri in uris:
            source = redirect_source(uri)
            if source:
                sources.add(source)
    return sorted(sources)
