import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from identity import sms


@pytest.fixture(autouse=True)
def _empty_outbox():
    sms.outbox.clear()
    yield
    sms.outbox.clear()


@pytest.fixture
def gateway():
    """A tiny SMS gateway on 127.0.0.1 answering ``gateway.status``."""
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers["Content-Length"])
            received.append(
                {
                    "body": json.loads(self.rfile.read(length)),
                    "authorization": self.headers.get("Authorization"),
                }
            )
            self.send_response(server.status)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"ok": true}')

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    server.status = 200
    server.received = received
    server.url = f"http://127.0.0.1:{server.server_port}/send"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_mask_phone():
    assert sms.mask_phone("13912345678") == "139****5678"
    assert sms.mask_phone("123") == "***"


def test_console_backend_is_the_default_and_masks_the_number(caplog):
    caplog.set_level(logging.INFO, logger="identity.sms")
    sms.send_sms("13912345678", "验证码 123456")
    assert sms.outbox == [sms.SMSMessage("13912345678", "验证码 123456")]
    assert "139****5678" in caplog.text
    assert "13912345678" not in caplog.text


def test_failing_backend_raises(settings):
    settings.SMS_BACKEND = "identity.sms.FailingBackend"
    with pytest.raises(sms.SMSDeliveryError) as excinfo:
        sms.send_sms("13912345678", "hello")
    assert "13912345678" not in str(excinfo.value)
    assert sms.outbox == []


def test_http_gateway_posts_json_with_token(settings, gateway):
    settings.SMS_BACKEND = "identity.sms.HttpGatewayBackend"
    settings.SMS_GATEWAY_URL = gateway.url
    settings.SMS_GATEWAY_TOKEN = "test-token"  # noqa: S105
    sms.send_sms("13912345678", "验证码 123456")
    assert gateway.received == [
        {
            "body": {"phone": "13912345678", "message": "验证码 123456"},
            "authorization": "Bearer test-token",
        }
    ]


def test_http_gateway_error_status_raises(settings, gateway):
    settings.SMS_BACKEND = "identity.sms.HttpGatewayBackend"
    settings.SMS_GATEWAY_URL = gateway.url
    gateway.status = 500
    with pytest.raises(sms.SMSDeliveryError, match="500"):
        sms.send_sms("13912345678", "hello")


def test_http_gateway_unreachable_raises(settings, gateway):
    settings.SMS_BACKEND = "identity.sms.HttpGatewayBackend"
    settings.SMS_GATEWAY_URL = gateway.url
    gateway.shutdown()
    gateway.server_close()
    with pytest.raises(sms.SMSDeliveryError):
        sms.send_sms("13912345678", "hello")


def test_http_gateway_timeout_raises(settings):
    settings.SMS_BACKEND = "identity.sms.HttpGatewayBackend"
    settings.SMS_GATEWAY_TIMEOUT = 0.3
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # accepts the connection, never answers
    try:
        settings.SMS_GATEWAY_URL = f"http://127.0.0.1:{listener.getsockname()[1]}/"
        with pytest.raises(sms.SMSDeliveryError):
            sms.send_sms("13912345678", "hello")
    finally:
        listener.close()


def test_http_gateway_without_url_raises(settings):
    settings.SMS_BACKEND = "identity.sms.HttpGatewayBackend"
    settings.SMS_GATEWAY_URL = ""
    with pytest.raises(sms.SMSDeliveryError):
        sms.send_sms("13912345678", "hello")
