"""Pages of "My identity" (/my/identity/): assurance level, linked identities
(masked), linking a resident ID, the way to binding a certificate
(``identity.views_certificate``), and an explicit reveal of one of the owner's own
numbers (POST only, answered with Cache-Control: no-store, never placed in a
URL)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_POST

from . import assurance
from .actions import (
    LinkError,
    identity_link_resident_id,
    identity_link_reveal,
)
from .forms import ResidentIdLinkForm, RevealForm
from .models import IdentityLink
from .selectors import person_links


class Revealed:
    """The owner's full number for one response. Its repr stays masked, since
    Django's template debug logging prints the whole context."""

    __slots__ = ("link_id", "value")

    def __init__(self, link_id: int, value: str):
        self.link_id = link_id
        self.value = value

    def __repr__(self) -> str:
        return f"<Revealed link {self.link_id}>"


LEVEL_NAMES = {
    assurance.NONE: gettext_lazy("Not linked"),
    assurance.SELF_ASSERTED: gettext_lazy("Self-asserted"),
    assurance.REGISTRY_VERIFIED: gettext_lazy("Verified against the registry"),
    assurance.STRONG: gettext_lazy("Certificate or counter verified"),
}


def _page(
    request: HttpRequest,
    *,
    link_form=None,
    revealed=None,
    status: int = 200,
) -> HttpResponse:
    user = request.user
    person = user.person_or_none
    links = list(person_links(person)) if person is not None else []
    level = assurance.assurance_level(user)
    has_resident_link = any(
        link.kind == IdentityLink.Kind.RESIDENT_ID
        and link.method != IdentityLink.Method.SELF_ASSERTED
        for link in links
    )
    response = render(
        request,
        "identity/my_identity.html",
        {
            "level": level,
            "level_name": LEVEL_NAMES.get(level, ""),
            "person": person,
            "links": links,
            "link_form": link_form or ResidentIdLinkForm(),
            "has_resident_link": has_resident_link,
            "revealed": revealed,
        },
        status=status,
    )
    add_never_cache_headers(response)
    patch_cache_control(response, no_store=True, private=True)
    return response


@require_GET
@login_required
def my_identity(request: HttpRequest) -> HttpResponse:
    return _page(request)


@sensitive_post_parameters("resident_id", "name")
@require_POST
@login_required
def link_resident_id(request: HttpRequest) -> HttpResponse:
    form = ResidentIdLinkForm(request.POST)
    if form.is_valid():
        try:
            identity_link_resident_id(
                user=request.user,
                resident_id=form.cleaned_data["resident_id"],
                name=form.cleaned_data["name"],
            )
        except LinkError as error:
            form.add_error(
                "name" if error.code == "name_mismatch" else "resident_id",
                error.message,
            )
        else:
            messages.success(
                request,
                _(
                    "Your resident ID number has been verified and linked, with "
                    "the cards the registries hold for you."
                ),
            )
            return redirect("identity:my_identity")
    return _page(request, link_form=form)


@sensitive_post_parameters("link")
@require_POST
@login_required
def reveal(request: HttpRequest) -> HttpResponse:
    form = RevealForm(request.POST)
    if not form.is_valid():
        raise Http404
    try:
        link, value = identity_link_reveal(
            user=request.user, link_id=form.cleaned_data["link"]
        )
    except IdentityLink.DoesNotExist:
        raise Http404 from None
    return _page(request, revealed=Revealed(link.pk, value))
