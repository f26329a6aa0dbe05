"""A resource served by another exchange: the same query over its HTTP API.

The remote side applies its own share classes, grants and masking and keeps its own
audit log; ours records that we asked. Credentials: our client id there
(``Resource.remote_client_id``) and a token read from the environment variable named
by ``Resource.remote_token_setting``, so that no secret is stored in the catalogue.
"""

import os

import requests
from django.conf import settings

from ..errors import ProviderUnavailable
from ..models import Resource

TIMEOUT_SECONDS = getattr(settings, "SHARING_REMOTE_TIMEOUT", 5)


def fetch(
    resource: Resource, subject: str, fields: list[str], *, purpose: str
) -> dict | None:
    token = (
        os.environ.get(resource.remote_token_setting, "")
        if resource.remote_token_setting
        else ""
    )
    try:
        response = requests.post(
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
            timeout=TIMEOUT_SECONDS,
        )
    except requests.RequestException as error:
        raise ProviderUnavailable(
            f"remote exchange unreachable: {error.__class__.__name__}"
        ) from None
    if response.status_code == 404:
        body = _json(response)
        if body.get("error") == "subject_not_found":
            return None
    if response.status_code != 200:
        body = _json(response)
        raise ProviderUnavailable(
            f"remote exchange answered {response.status_code}: {body.get('error', '')}"
        )
    body = _json(response)
    data = body.get("data")
    if not isinstance(data, dict):
        raise ProviderUnavailable("remote exchange sent no data object")
    return data


def _json(response: requests.Response) -> dict:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}
