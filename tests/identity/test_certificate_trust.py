"""Where trust anchors and CRLs come from, and that binding fails closed when the
revocation status cannot be established (CRLs in memory, in files, or served on
127.0.0.1)."""

import datetime
import logging
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from cryptography.hazmat.primitives import serialization
from django.utils import timezone

from identity import assurance
from tests.identity.support import (
    CertificateAuthority,
    bind,
    linked_person_user,
    make_key,
    refused,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def linked_user():
    return linked_person_user()


@pytest.fixture
def ca(settings):
    authority = CertificateAuthority()
    authority.trust(settings)
    return authority


@pytest.fixture
def crl_server():
    """Serves ``crl_server.body`` at ``crl_server.url`` on 127.0.0.1."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            server.requests += 1
            self.send_response(server.status)
            self.send_header("Content-Type", "application/pkix-crl")
            self.send_header("Content-Length", str(len(server.body)))
            self.end_headers()
            self.wfile.write(server.body)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    server.status = 200
    server.body = b""
    server.requests = 0
    server.url = f"http://127.0.0.1:{server.server_port}/ca.crl"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_crl_fetched_from_a_url_lets_a_valid_certificate_bind(
    linked_user, ca, settings, crl_server
):
    crl_server.body = ca.crl(encoding=serialization.Encoding.DER)
    settings.IDENTITY_CERTIFICATE_CRLS = [crl_server.url]
    bind(linked_user, ca.issue())
    assert crl_server.requests == 1
    assert assurance.assurance_level(linked_user) == assurance.STRONG


def test_crl_fetched_from_a_url_refuses_a_revoked_certificate(
    linked_user, ca, settings, crl_server
):
    issued = ca.issue()
    ca.revoke(issued)
    crl_server.body = ca.crl(encoding=serialization.Encoding.DER)
    settings.IDENTITY_CERTIFICATE_CRLS = [crl_server.url]
    assert refused(linked_user, issued) == "revoked"


def test_unreachable_crl_url_fails_closed(linked_user, ca, settings, caplog):
    caplog.set_level(logging.WARNING, logger="identity.pki")
    settings.IDENTITY_CERTIFICATE_CRLS = [f"http://127.0.0.1:{_closed_port()}/ca.crl"]
    assert refused(linked_user, ca.issue()) == "revocation_unavailable"
    assert "cannot be obtained" in caplog.text


def test_crl_url_answering_an_error_fails_closed(linked_user, ca, settings, crl_server):
    crl_server.status = 503
    crl_server.body = b"down for maintenance"
    settings.IDENTITY_CERTIFICATE_CRLS = [crl_server.url]
    assert refused(linked_user, ca.issue()) == "revocation_unavailable"


def test_crl_larger_than_the_limit_fails_closed(linked_user, ca, settings, crl_server):
    crl_server.body = ca.crl(encoding=serialization.Encoding.DER)
    settings.IDENTITY_CERTIFICATE_CRL_MAX_BYTES = len(crl_server.body) - 1
    settings.IDENTITY_CERTIFICATE_CRLS = [crl_server.url]
    assert refused(linked_user, ca.issue()) == "revocation_unavailable"


def test_without_any_crl_binding_fails_closed(linked_user, ca, settings):
    settings.IDENTITY_CERTIFICATE_CRLS = []
    assert refused(linked_user, ca.issue()) == "revocation_unavailable"


def test_crl_past_its_next_update_fails_closed(linked_user, ca, settings):
    stale = ca.crl(next_update=timezone.now() - datetime.timedelta(minutes=1))
    settings.IDENTITY_CERTIFICATE_CRLS = [stale.decode()]
    assert refused(linked_user, ca.issue()) == "revocation_unavailable"


def test_crl_not_signed_by_the_ca_fails_closed(linked_user, ca, settings):
    forged = ca.crl(signed_by=make_key())
    settings.IDENTITY_CERTIFICATE_CRLS = [forged.decode()]
    assert refused(linked_user, ca.issue()) == "revocation_unavailable"


def test_unreadable_crl_file_fails_closed(linked_user, ca, settings, tmp_path):
    garbage = tmp_path / "ca.crl"
    garbage.write_bytes(b"not a CRL")
    settings.IDENTITY_CERTIFICATE_CRLS = [str(garbage), str(tmp_path / "gone.crl")]
    assert refused(linked_user, ca.issue()) == "revocation_unavailable"


def test_crl_and_anchor_files_are_read(linked_user, ca, settings, tmp_path):
    (tmp_path / "ca.pem").write_bytes(ca.pem())
    (tmp_path / "ca.crl").write_bytes(ca.crl(encoding=serialization.Encoding.DER))
    settings.IDENTITY_CERTIFICATE_TRUST_ANCHORS = [str(tmp_path / "ca.pem")]
    settings.IDENTITY_CERTIFICATE_CRLS = [str(tmp_path / "ca.crl")]
    bind(linked_user, ca.issue())
    assert assurance.assurance_level(linked_user) == assurance.STRONG


def test_an_unavailable_crl_of_another_ca_does_not_block(linked_user, ca, settings):
    settings.IDENTITY_CERTIFICATE_CRLS = [
        f"http://127.0.0.1:{_closed_port()}/other.crl",
        ca.crl().decode(),
    ]
    bind(linked_user, ca.issue())
    assert assurance.assurance_level(linked_user) == assurance.STRONG


def test_bundle_of_several_anchors_trusts_each(linked_user, settings):
    first, second = CertificateAuthority("第一认证中心"), CertificateAuthority()
    settings.IDENTITY_CERTIFICATE_TRUST_ANCHORS = [
        (first.pem() + second.pem()).decode()
    ]
    settings.IDENTITY_CERTIFICATE_CRLS = [(first.crl() + second.crl()).decode()]
    bind(linked_user, second.issue())
    assert assurance.assurance_level(linked_user) == assurance.STRONG


def test_certificate_under_a_revoked_intermediate_is_refused(linked_user, settings):
    root = CertificateAuthority("示范省根认证中心")
    intermediate = CertificateAuthority("示范省个人证书认证中心", parent=root)
    root.revoked.append(intermediate.certificate.serial_number)
    settings.IDENTITY_CERTIFICATE_TRUST_ANCHORS = [root.pem().decode()]
    settings.IDENTITY_CERTIFICATE_CRLS = [
        root.crl().decode(),
        intermediate.crl().decode(),
    ]
    issued = intermediate.issue()
    chain = issued.pem() + intermediate.pem()
    assert refused(linked_user, issued, certificate=chain) == "revoked"


def test_certificate_under_an_intermediate_without_its_crl_fails_closed(
    linked_user, settings
):
    root = CertificateAuthority("示范省根认证中心")
    intermediate = CertificateAuthority("示范省个人证书认证中心", parent=root)
    settings.IDENTITY_CERTIFICATE_TRUST_ANCHORS = [root.pem().decode()]
    settings.IDENTITY_CERTIFICATE_CRLS = [intermediate.crl().decode()]
    issued = intermediate.issue()
    chain = issued.pem() + intermediate.pem()
    assert refused(linked_user, issued, certificate=chain) == "revocation_unavailable"
