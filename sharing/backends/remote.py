"""A resource served by another exchange: the same query over its HTTP API.

The remote side applies its own share classes, grants and masking and keeps its own
audit log; ours records that we asked. What the remote withheld or masked is passed
on (``RemoteRecord``) so that our answer says so too. Credentials: our client id
there (``Resource.remote_client_id``) and a token read from the environment
variable named by ``Resource.remote_token_setting``, so no secret is stored in the
catalogue.
"""

import os

import requests
from django.conf import settings

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
    token_name = resource.remote_token_setting
    token = os.environ.get(token_name, "") if token_name else ""
    timeout = getattr(settings, "SHARING_REMOTE_TIMEOUT", 5)
    try:
        with requests.post(
            resource.remote_url,
            json={
                "resource": resource.remote_resource_code or resource.code,
                "subject": subject,
                "purpose": purpose,
                "fields": fields,
            },
            headers={
                "Authorization": f"Bearer {token}",
                "X-Client-Id": resource.remote_client_id,
            },
            timeout=timeout,
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
