"""sharing.signing against the RFCs themselves: the headers it writes are checked
here with hashlib and cryptography alone (not with the library that builds them),
and the library against an example of RFC 9421. The API's use of it is tested in
test_api_auth."""

import base64
import hashlib
import re

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from sharing import signing

BODY = '{"resource": "population.person", "subject": "x", "purpose": "核验"}'.encode()
CREATED = 1_767_225_600


def header_params(signature_input: str) -> tuple[str, str]:
    """(label, inner list with parameters) of a one-member Signature-Input."""
    label, _sep, value = signature_input.partition("=")
    return label, value


def signature_bytes(signature: str) -> bytes:
    match = re.fullmatch(r"sharing=:([A-Za-z0-9+/=]+):", signature)
    assert match, signature
    return base64.b64decode(match.group(1))


def test_content_digest_is_rfc_9530_sha256_of_the_body():
    headers = signing.sign_request(
        method="POST",
        url="/q",
        body=b'{"hello": "world"}',
        key_id="k",
        private_key=signing.generate_private_key(),
    )

    # The example of RFC 9530 section 2 for this body.
    assert (
        headers["Content-Digest"]
        == "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:"
    )


def test_ed25519_signature_covers_method_path_and_digest_with_its_parameters():
    key = signing.generate_private_key(signing.ED25519)

    headers = signing.sign_request(
        method="post",
        url="https://portal.example.gov.cn/api/v1/sharing/query",
        body=BODY,
        key_id="tax-system",
        private_key=key,
        created=CREATED,
        nonce="n-123",
    )

    digest = base64.b64encode(hashlib.sha256(BODY).digest()).decode()
    assert headers["Content-Digest"] == f"sha-256=:{digest}:"
    label, params = header_params(headers["Signature-Input"])
    assert label == "sharing"
    assert params == (
        '("@method" "@path" "content-digest");created=1767225600;'
        'keyid="tax-system";alg="ed25519";nonce="n-123"'
    )
    base = (
        '"@method": POST\n'
        '"@path": /api/v1/sharing/query\n'
        f'"content-digest": sha-256=:{digest}:\n'
        f'"@signature-params": {params}'
    )
    key.public_key().verify(signature_bytes(headers["Signature"]), base.encode())


def test_query_is_covered_when_the_url_has_one():
    key = signing.generate_private_key()

    headers = signing.sign_request(
        method="POST",
        url="/api/v1/sharing/query?a=1&b=%20",
        body=b"",
        key_id="k",
        private_key=key,
        created=CREATED,
        nonce="n",
    )

    _label, params = header_params(headers["Signature-Input"])
    assert params.startswith('("@method" "@path" "@query" "content-digest");')
    digest = base64.b64encode(hashlib.sha256(b"").digest()).decode()
    base = (
        '"@method": POST\n'
        '"@path": /api/v1/sharing/query\n'
        '"@query": ?a=1&b=%20\n'
        f'"content-digest": sha-256=:{digest}:\n'
        f'"@signature-params": {params}'
    )
    key.public_key().verify(signature_bytes(headers["Signature"]), base.encode())


def test_ecdsa_p256_signature_is_r_and_s_concatenated():
    key = signing.generate_private_key(signing.ECDSA_P256)

    headers = signing.sign_request(
        method="POST",
        url="/q",
        body=BODY,
        key_id="k",
        private_key=key,
        created=CREATED,
        nonce="n",
    )

    _label, params = header_params(headers["Signature-Input"])
    assert 'alg="ecdsa-p256-sha256"' in params
    raw = signature_bytes(headers["Signature"])
    # RFC 9421 section 3.3.4: 32 bytes of r, then 32 of s (not DER).
    assert len(raw) == 64
    digest = base64.b64encode(hashlib.sha256(BODY).digest()).decode()
    base = (
        '"@method": POST\n"@path": /q\n'
        f'"content-digest": sha-256=:{digest}:\n'
        f'"@signature-params": {params}'
    )
    der = encode_dss_signature(
        int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big")
    )
    key.public_key().verify(der, base.encode(), ec.ECDSA(hashes.SHA256()))


def test_every_signature_gets_a_new_nonce():
    key = signing.generate_private_key()

    inputs = {
        signing.sign_request(
            method="POST", url="/q", body=b"{}", key_id="k", private_key=key
        )["Signature-Input"]
        for _ in range(5)
    }

    nonces = {re.search(r'nonce="([^"]+)"', value).group(1) for value in inputs}
    assert len(nonces) == 5
    assert all(len(nonce) >= 32 for nonce in nonces)


def test_library_verifies_the_ed25519_example_of_rfc_9421():
    """RFC 9421 appendix B.2.6 (key test-key-ed25519 of appendix B.1.4)."""
    from http_message_signatures import (
        HTTPMessageVerifier,
        MappingKeyResolver,
        algorithms,
    )

    public = signing.load_public_key(
        "-----BEGIN PUBLIC KEY-----\n"
        "MCowBQYDK2VwAyEAJrQLj5P/89iXES9+vFgrIy29clF9CC/oPPsw3c5D0bs=\n"
        "-----END PUBLIC KEY-----\n"
    )
    message = signing._Message(
        "POST",
        "https://example.com/foo?param=Value&Pet=dog",
        {
            "Host": "example.com",
            "Date": "Tue, 20 Apr 2021 02:07:55 GMT",
            "Content-Type": "application/json",
            "Content-Length": "18",
            "Signature-Input": 'sig-b26=("date" "@method" "@path" "@authority" '
            '"content-type" "content-length");created=1618884473;'
            'keyid="test-key-ed25519"',
            "Signature": "sig-b26=:wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQ"
            "CK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==:",
        },
    )
    verifier = HTTPMessageVerifier(
        signature_algorithm=algorithms.ED25519,
        key_resolver=MappingKeyResolver(
            public_keys={"test-key-ed25519": public}, private_keys={}
        ),
    )

    (result,) = verifier.verify(message, max_age=None)

    assert result.parameters["keyid"] == "test-key-ed25519"


@pytest.mark.parametrize(
    "key",
    [
        rsa.generate_private_key(public_exponent=65537, key_size=2048),
        ec.generate_private_key(ec.SECP384R1()),
    ],
    ids=["rsa", "p-384"],
)
def test_other_key_types_are_refused(key):
    with pytest.raises(signing.UnusableKey):
        signing.load_public_key(signing.public_pem(key))


@pytest.mark.parametrize(
    "pem", ["", "garbage", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"]
)
def test_malformed_public_keys_are_refused(pem):
    with pytest.raises(signing.UnusableKey):
        signing.load_public_key(pem)


def test_a_private_key_is_not_accepted_as_a_public_key():
    pem = signing.private_pem(signing.generate_private_key())

    with pytest.raises(signing.UnusableKey):
        signing.load_public_key(pem)


def test_key_id_that_cannot_be_signed_is_a_clear_error():
    with pytest.raises(signing.SigningFailed):
        signing.sign_request(
            method="POST",
            url="/q",
            body=b"{}",
            key_id="税务",
            private_key=signing.generate_private_key(),
        )
