"""Window desk lookup (/desk/lookup/, 一证通办): find an applicant by one identifier.

Flow: window staff type any linked identifier (resident ID, social security or
health card number, unified social credit code) into a POST form - never a GET
query, so the identifier stays out of URLs, browser history and access logs;
``identity.selectors.resolve_identifier`` detects the kind and resolves the person
or organisation, reading the sharing registries with the desk's purpose (each read
leaves an access record for the provider); the page shows the name in full (staff
need it to check the applicant in front of them), identifiers masked only, the
linked identities, the account's assurance level and the applications. The
submitted value is never rendered back, not even in a form error.

Lookups are limited per staff user (``DESK_LOOKUP_LIMIT`` a minute, fixed window in
the cache); over the limit the answer is 429.
"""

import logging

from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy

from common import ratelimit
from desk import selectors
from identity.assurance import assurance_level
from identity.models import OrganisationMember
from identity.permissions import DESK_ROLES, staff_required
from identity.selectors import (
    IdentifierNotFound,
    InvalidIdentifier,
    Resolution,
    ResolutionError,
    resolve_identifier,
)
from sharing import protection

logger = logging.getLogger("desk.lookup")

PURPOSE = "一证通办：窗口受理"
RATE_WINDOW_SECONDS = 60
DEFAULT_LIMIT = 60


class IdentifierInput(forms.TextInput):
    """A text input that never renders the submitted value back."""

    def format_value(self, value):
        return None


class LookupForm(forms.Form):
    identifier = forms.CharField(
        label=gettext_lazy("Identifier"),
        max_length=64,
        help_text=gettext_lazy(
            "Resident ID number, social security or health card number, or unified "
            "social credit code."
        ),
        widget=IdentifierInput(
            attrs={"autocomplete": "off", "spellcheck": "false", "autofocus": True}
        ),
    )


def _limit() -> int:
    return int(getattr(settings, "DESK_LOOKUP_LIMIT", DEFAULT_LIMIT))


def _over_limit(user_id: int) -> bool:
    """Count one lookup for the user in the current minute; True when over."""
    result = ratelimit.hit(f"desk-lookup:{user_id}", window=RATE_WINDOW_SECONDS)
    return result.over(_limit())


def _masked(value: str) -> str:
    """Mask unless already masked (registry credit codes come back in clear)."""
    if not value or "*" in value:
        return value
    return protection.mask(value)


def _result_context(resolution: Resolution) -> dict:
    person = resolution.person
    organisation = resolution.organisation
    context = {
        "resolution": resolution,
        "identifier_masked": _masked(resolution.identifier_masked),
        "person": person,
        "organisation": organisation,
        "links": resolution.links,
        "registry_status": resolution.registry.get("status", ""),
        "assurance": None,
        "applications": [],
        "members": [],
    }
    if person is not None and person.user_id is not None:
        context["assurance"] = assurance_level(person.user)
    if organisation is not None:
        context["members"] = list(
            OrganisationMember.objects.filter(organisation=organisation)
            .select_related("user")
            .order_by("role", "created_at")
        )
        context["applications"] = list(
            selectors.desk_applications_of_organisation(organisation=organisation)[:100]
        )
    elif person is not None:
        context["applications"] = list(
            selectors.desk_applications_of_person(person=person)[:100]
        )
    return context


@staff_required(*DESK_ROLES)
def desk_lookup(request: HttpRequest) -> HttpResponse:
    context: dict = {"searched": False}
    status = 200
    if request.method == "POST":
        if _over_limit(request.user.pk):
            logger.warning("desk lookup: rate limit hit by user %s", request.user.pk)
            response = render(
                request,
                "desk/lookup.html",
                {
                    "form": LookupForm(),
                    "rate_limited": True,
                    "searched": False,
                },
                status=429,
            )
            response["Retry-After"] = str(RATE_WINDOW_SECONDS)
            return response
        form = LookupForm(request.POST)
        if form.is_valid():
            try:
                resolution = resolve_identifier(
                    form.cleaned_data["identifier"],
                    requester_user=request.user,
                    purpose=PURPOSE,
                )
            except InvalidIdentifier as error:
                form.add_error("identifier", error.message)
            except IdentifierNotFound as error:
                context.update(searched=True, not_found=error.message)
            except ResolutionError as error:
                context.update(searched=True, failure=error.message)
                status = 503
            else:
                context.update(searched=True, **_result_context(resolution))
                form = LookupForm()
    else:
        form = LookupForm()
    context["form"] = form
    return render(request, "desk/lookup.html", context, status=status)
