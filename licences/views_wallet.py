"""The licence wallet (``/my/licences/``) and share links.

Who may see a licence: for a personal licence, its holder; for an organisation's
licence, whoever may act for the organisation now (an administrator, or an agent
while the grant is in force: ``identity.acting.may_act_for``). Anybody else gets a
404, never a 403, so that a number says nothing. The list shows the user's own
licences plus those of the organisation they currently act for.

A share link is created by a POST (1 to 30 days); its token is shown once and only
its hash is stored. ``/licences/shared/<token>/`` shows the licence's public
details and its PDF while the link is neither expired nor revoked; an unknown
token is a 404, an expired or revoked one a 410.
"""

from django import forms
from django.contrib.auth.decorators import login_required
from django.db.models import QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from identity.acting import acting_for, may_act_for
from identity.models import User
from licences.actions.sharing import (
    share_link_create,
    share_link_revoke,
    share_link_used,
)

from .models import Licence, LicenceShareLink

SHARE_DAYS_MAX = 30


class ShareForm(forms.Form):
    days = forms.IntegerField(
        label=_("Link valid for (days)"),
        min_value=1,
        max_value=SHARE_DAYS_MAX,
        initial=7,
    )


def _licences() -> QuerySet[Licence]:
    return Licence.objects.select_related(
        "licence_type", "holder_organisation", "replaced_by"
    )


def may_see(user: User, licence: Licence) -> bool:
    """Whether ``user`` may see and download ``licence`` now."""
    if not getattr(user, "is_authenticated", False):
        return False
    if licence.holder_organisation_id is not None:
        return may_act_for(user, licence.holder_organisation)
    return licence.holder_id == user.pk


def licence_for(user: User, number: str) -> Licence:
    """The licence ``user`` may see, else 404."""
    licence = _licences().filter(number=number).first()
    if licence is None or not may_see(user, licence):
        raise Http404("No such licence")
    return licence


def _pdf_response(licence: Licence) -> FileResponse:
    if not licence.pdf:
        raise Http404("PDF not rendered yet")
    response = FileResponse(
        licence.pdf.open("rb"),
        as_attachment=True,
        filename=f"{licence.number}.pdf",
        content_type="application/pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def wallet(request: HttpRequest) -> HttpResponse:
    personal = _licences().filter(holder=request.user, holder_organisation__isnull=True)
    organisation = acting_for(request)
    organisation_licences = (
        _licences().filter(holder_organisation=organisation)
        if organisation is not None
        else Licence.objects.none()
    )
    return render(
        request,
        "licences/wallet.html",
        {
            "personal": personal,
            "organisation": organisation,
            "organisation_licences": organisation_licences,
        },
    )


def _detail_context(licence: Licence, share_form: ShareForm) -> dict:
    return {
        "licence": licence,
        "events": licence.events.select_related("actor"),
        "share_links": [link for link in licence.share_links.all() if link.is_active()],
        "share_form": share_form,
    }


@login_required
def wallet_detail(request: HttpRequest, number: str) -> HttpResponse:
    licence = licence_for(request.user, number)
    return render(
        request,
        "licences/wallet_detail.html",
        _detail_context(licence, ShareForm()),
    )


@login_required
def licence_download(request: HttpRequest, number: str) -> FileResponse:
    return _pdf_response(licence_for(request.user, number))


@login_required
@require_POST
def share_create(request: HttpRequest, number: str) -> HttpResponse:
    licence = licence_for(request.user, number)
    form = ShareForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "licences/wallet_detail.html",
            _detail_context(licence, form),
            status=400,
        )
    link, token = share_link_create(
        licence=licence, created_by=request.user, days=form.cleaned_data["days"]
    )
    url = request.build_absolute_uri(reverse("licences:shared", args=[token]))
    response = render(
        request,
        "licences/wallet_share_created.html",
        {"licence": licence, "link": link, "url": url},
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def share_revoke(request: HttpRequest, number: str, pk: int) -> HttpResponse:
    licence = licence_for(request.user, number)
    link = get_object_or_404(LicenceShareLink, pk=pk, licence=licence)
    share_link_revoke(link=link)
    return redirect("licences:wallet_detail", number=licence.number)


def _shared_link(token: str) -> LicenceShareLink:
    link = (
        LicenceShareLink.objects.select_related(
            "licence__licence_type", "licence__replaced_by"
        )
        .filter(token_hash=LicenceShareLink.hash_token(token))
        .first()
    )
    if link is None:
        raise Http404("No such link")
    return link


@never_cache
def shared(request: HttpRequest, token: str) -> HttpResponse:
    link = _shared_link(token)
    if not link.is_active():
        return render(request, "licences/wallet_shared_gone.html", status=410)
    share_link_used(link=link)
    return render(
        request,
        "licences/wallet_shared.html",
        {"licence": link.licence, "link": link, "token": token},
    )


@never_cache
def shared_download(request: HttpRequest, token: str) -> HttpResponse:
    link = _shared_link(token)
    if not link.is_active():
        return render(request, "licences/wallet_shared_gone.html", status=410)
    share_link_used(link=link)
    return _pdf_response(link.licence)
