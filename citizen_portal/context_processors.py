"""Template context shared by every page: the language switch link and whether to
show the desk and data-sharing links (evaluated lazily, only when a page asks)."""

from django.http import HttpRequest
from django.urls import translate_url
from django.utils.translation import get_language

from identity.permissions import is_desk_staff
from sharing.selectors import may_browse_catalogue


def portal(request: HttpRequest) -> dict:
    target = "zh-hans" if get_language() == "en" else "en"
    return {
        "switch_language_url": translate_url(request.get_full_path(), target),
        "is_desk_staff": lambda: is_desk_staff(request.user),
        "may_use_sharing": lambda: may_browse_catalogue(request.user),
    }
