"""A resource served by another exchange: the same query over its HTTP API.

The remote side applies its own share classes, grants and masking and keeps its own
audit log; ours records that we asked. What the remote withheld or masked is passed
on (``RemoteRecord``) so that our answer says so too.

Credentials: our client id there (``Resource.remote_client_id``) and our private
key, read from the environment variable named by
``Resource.remote_signing_key_setting`` (so no secret is stored in the catalogue);
the remote exchange holds the public key under that client id. Each request is
signed as ``sharing.signing`` describes (RFC 9421: method, path, body digest, a
fresh nonce and the time), so a captured request cannot be sent again. The JSON
body is serialised once and those exact bytes are digested, signed and sent.
"""

import json
import os

import requests
from django.conf import settings

from .. import signing
from ..errors import ProviderUnavailable
from ..models import Resource


class RemoteRecord(dict):
    """The remote's data, with the fields it masked and withheld (and why)."""

    def __init__(self, data: dict, *, masked: dict, withheld: dict):
        super().__init__(data)
        self.masked = masked
        self.withheld = withheld


def fetch(
    resource: Resource, subject: str, fields: list[str], *, purpose: str
) -> RemoteRecord | None:
    private_key = _private_key(resource)
    timeout = getattr(settings, "SHARING_REMOTE_TIMEOUT", 5)
    body = json.dumps(
        {
            "resource": resource.remote_resource_code or resource.code,
            "subject": subject,
            "purpose": purpose,
            "fields": fields,
        },
        ensure_ascii=False,
    ).encode()
    try:
        signature = signing.sign_request(
            method="POST",
            url=resource.remote_url,
            body=body,
            key_id=resource.remote_client_id,
            private_key=private_key,
        )
    except signing.SigningFailed as error:
        raise ProviderUnavailable(f"cannot sign the request: {error}") from None
    headers = {
        "Content-Type": "application/json",
        "X-Client-Id": resource.remote_client_id,
        **signature,
    }
    try:
        with requests.post(
            resource.remote_url, data=body, headers=headers, timeout=timeout
        ) as response:
            status = response.status_code
            body = _json(response)
    except requests.RequestException as error:
        raise ProviderUnavailable(
            f"remote exchange unreachable: {error.__class__.__name__}"
        ) from None
    if status == 404 and body.get("error") == "subject_not_found":
        return None
    if status != 200:
        raise ProviderUnavailable(
            f"remote exchange answered {status}: {body.get('error', '')}"
        )
    data = body.get("data")
    if not isinstance(data, dict):
        raise ProviderUnavailable("remote exchange sent no data object")
    return RemoteRecord(
        data,
        masked=_mapping(body.get("masked")),
        withheld=_mapping(body.get("withheld")),
    )


def _private_key(resource: Resource) -> signing.PrivateKey:
    name = resource.remote_signing_key_setting
    pem = os.environ.get(name, "") if name else ""
    if not pem.strip():
        raise ProviderUnavailable(
            f"no signing key for {resource.code}: set the environment variable "
            f"named in its configuration ({name or 'none named'})"
        )
    try:
        return signing.load_private_key(pem)
    except signing.UnusableKey as error:
        raise ProviderUnavailable(
            f"the signing key in {name} is unusable: {error}"
        ) from None


def _mapping(value) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v) for k, v in value.items()}


def _json(response: requests.Response) -> dict:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}
