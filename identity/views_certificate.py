"""Binding a digital certificate at /my/identity/certificate/.

GET shows the session's one-time challenge (issuing one when none is live), what
to sign and how, and the form; POST takes the certificate and the signature over
the challenge and binds the certificate (``identity.actions.certificates``), or
shows the page again with the reason in Chinese. The challenge is also offered as
a file with exactly the bytes to sign (/my/identity/certificate/challenge/
<nonce>.txt). Only the signed-in account's own challenges of this session are
ever shown or accepted; everything is answered with Cache-Control: no-store.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods

from .actions import (
    LinkError,
    identity_certificate_challenge_issue,
    identity_link_certificate,
)
from .forms import CertificateBindForm
from .models import IdentityLink
from .pki.trust import trust_configured
from .selectors import certificate_challenge_live

# Where each refusal is shown; codes not listed are about the certificate.
_SIGNATURE_CODES = {
    "no_signature",
    "signature_too_large",
    "signature_private_key",
    "malformed_signature",
    "signer_mismatch",
    "bad_signature",
    "content_mismatch",
}
_PAGE_CODES = {
    "challenge_unknown",
    "challenge_used",
    "challenge_expired",
    "not_configured",
    "no_resident_id",
}


def _field_of(code: str) -> str | None:
    if code in _SIGNATURE_CODES:
        return "signature"
    if code in _PAGE_CODES:
        return None
    return "certificate"


def _session_key(request: HttpRequest) -> str:
    if request.session.session_key is None:
        request.session.save()
    return request.session.session_key


def _has_verified_resident_id(user) -> bool:
    person = user.person_or_none
    return (
        person is not None
        and person.identity_links.active()
        .filter(kind=IdentityLink.Kind.RESIDENT_ID)
        .exclude(method=IdentityLink.Method.SELF_ASSERTED)
        .exists()
    )


def _no_store(response: HttpResponse) -> HttpResponse:
    add_never_cache_headers(response)
    patch_cache_control(response, no_store=True, private=True)
    return response


# A pasted signature carries the certificate, whose subject holds the ID number.
@sensitive_post_parameters("signature_text")
@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def certificate_bind(request: HttpRequest) -> HttpResponse:
    user = request.user
    has_resident_id = _has_verified_resident_id(user)
    available = trust_configured()
    form = CertificateBindForm()
    if request.method == "POST":
        form = CertificateBindForm(request.POST, request.FILES)
        if has_resident_id and available and form.is_valid():
            try:
                identity_link_certificate(
                    user=user,
                    session_key=_session_key(request),
                    nonce=form.cleaned_data["challenge"],
                    certificate=form.certificate_bytes(),
                    signature=form.signature_bytes(),
                )
            except LinkError as error:
                form.add_error(_field_of(error.code), error.message)
            else:
                messages.success(
                    request,
                    _(
                        "Your digital certificate has been bound: your account "
                        "is at assurance level 3."
                    ),
                )
                return redirect("identity:my_identity")
    challenge = None
    if has_resident_id and available:
        session_key = _session_key(request)
        challenge = certificate_challenge_live(
            user, session_key
        ) or identity_certificate_challenge_issue(user=user, session_key=session_key)
    return _no_store(
        render(
            request,
            "identity/certificate_bind.html",
            {
                "form": form,
                "challenge": challenge,
                "has_resident_id": has_resident_id,
                "available": available,
            },
        )
    )


@require_GET
@login_required
def certificate_challenge_file(request: HttpRequest, nonce: str) -> HttpResponse:
    challenge = certificate_challenge_live(
        request.user, _session_key(request), nonce=nonce
    )
    if challenge is None:
        raise Http404
    response = HttpResponse(
        challenge.content, content_type="text/plain; charset=us-ascii"
    )
    response["Content-Disposition"] = 'attachment; filename="challenge.txt"'
    return _no_store(response)
