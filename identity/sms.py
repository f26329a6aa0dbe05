"""Text messages (SMS) behind pluggable backends.

``send_sms(phone, message)`` hands the message to the backend named by the
``SMS_BACKEND`` setting (a dotted path), following the registry shape of
ARCHITECTURE.md section 5:

- ``ConsoleBackend`` (the default in development and tests) logs the message with
  the number masked and keeps it in ``identity.sms.outbox``, as Django's locmem
  mail backend does with ``mail.outbox``;
- ``FailingBackend`` always raises ``SMSDeliveryError``, so that tests can show
  how callers behave when the gateway is down;
- ``HttpGatewayBackend`` posts JSON to ``SMS_GATEWAY_URL`` with the bearer token
  ``SMS_GATEWAY_TOKEN``; timeouts, connection errors and non-2xx answers become
  ``SMSDeliveryError``.

Full phone numbers never reach the logs: they are masked as ``138****5678``.
"""

import json
import logging
import urllib.error
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

DEFAULT_BACKEND = "identity.sms.ConsoleBackend"


class SMSDeliveryError(Exception):
    """The message could not be handed to the SMS gateway."""


@dataclass(frozen=True)
class SMSMessage:
    phone: str
    message: str


#: Messages "sent" by ``ConsoleBackend``; tests empty it between runs.
outbox: list[SMSMessage] = []


def mask_phone(phone: str) -> str:
    """``13812345678`` -> ``138****5678``; short values are masked entirely."""
    digits = phone.strip()
    if len(digits) < 7:
        return "*" * len(digits)
    return f"{digits[:3]}{'*' * (len(digits) - 7)}{digits[-4:]}"


class BaseBackend:
    def send(self, phone: str, message: str) -> None:
        raise NotImplementedError


class ConsoleBackend(BaseBackend):
    def send(self, phone: str, message: str) -> None:
        outbox.append(SMSMessage(phone=phone, message=message))
        logger.info("SMS to %s: %s", mask_phone(phone), message)


class FailingBackend(BaseBackend):
    def send(self, phone: str, message: str) -> None:
        raise SMSDeliveryError(f"SMS gateway unavailable ({mask_phone(phone)})")


class HttpGatewayBackend(BaseBackend):
    timeout = 10

    def __init__(self) -> None:
        self.url = getattr(settings, "SMS_GATEWAY_URL", "")
        self.token = getattr(settings, "SMS_GATEWAY_TOKEN", "")
        self.timeout = getattr(settings, "SMS_GATEWAY_TIMEOUT", self.timeout)

    def send(self, phone: str, message: str) -> None:
        if not self.url:
            raise SMSDeliveryError("SMS_GATEWAY_URL is not set")
        body = json.dumps({"phone": phone, "message": message}).encode()
        headers = {"Content-Type": "application/json; charset=utf-8"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(  # noqa: S310 (URL from settings)
            self.url, data=body, headers=headers, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                response.read()
        except urllib.error.HTTPError as exc:
            raise SMSDeliveryError(
                f"SMS gateway answered {exc.code} for {mask_phone(phone)}"
            ) from exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise SMSDeliveryError(
                f"SMS gateway unreachable for {mask_phone(phone)}: {exc}"
            ) from exc
        logger.info("SMS to %s handed to the gateway", mask_phone(phone))


def get_backend() -> BaseBackend:
    return import_string(getattr(settings, "SMS_BACKEND", DEFAULT_BACKEND))()


def send_sms(phone: str, message: str) -> None:
    """Send ``message`` to ``phone``; raises ``SMSDeliveryError`` on failure."""
    get_backend().send(phone, message)
