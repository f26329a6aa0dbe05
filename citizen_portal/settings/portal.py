"""The portal's own settings: application materials, e-licences, identity keys,
data sharing and the window desk."""

import os

from .environment import env_list

# Application materials (eforms.uploads, applications.materials): at most 10 MB and
# 50 pages a file, reused for a year while valid. A file over 10 MB is read and
# dropped while the request is parsed (eforms.upload_limits) and reported against
# its field, everything else kept. Only a request body over the ceiling below is
# refused before it is parsed, losing what was typed
# (eforms.middleware.UploadSizeLimitMiddleware): 128 MB holds the largest
# honest page - seven files at the 10 MB limit (the material step with e-form
# upload fields, a notice's items) and 5 MB of fields - plus one 50 MB scan
# chosen by mistake, with room to spare. Parsing stays bounded whatever the size
# (64 KB chunks; each kept file at most 10 MB on disk), so the ceiling costs only
# bandwidth. The load balancer's body limit must be at least this.
MATERIAL_MAX_UPLOAD_BYTES = int(
    os.environ.get("MATERIAL_MAX_UPLOAD_BYTES", 10 * 1024 * 1024)
)
MATERIAL_MAX_PAGES = 50
MATERIAL_REUSE_DAYS = 365
MATERIAL_MAX_REQUEST_BYTES = int(
    os.environ.get("MATERIAL_MAX_REQUEST_BYTES", 128 * 1024 * 1024)
)

# --- e-licences -----------------------------------------------------------------
# A TrueType CJK font embedded in licence PDFs (Debian package fonts-wqy-zenhei).
# Where none is installed the renderer falls back, with a warning, to reportlab's
# built-in STSong-Light CID font, which viewers must supply themselves.
PDF_FONT_CANDIDATES = [
    path
    for path in [
        os.environ.get("PDF_FONT_PATH", ""),
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    ]
    if path
]
LICENCE_ISSUING_AUTHORITY_CODE = os.environ.get(
    "LICENCE_ISSUING_AUTHORITY_CODE", "350000"
)

# --- identity -------------------------------------------------------------------
# Keys for sensitive identifiers: values are stored encrypted (Fernet) with a keyed
# hash (HMAC-SHA256) for lookups. Derived from SECRET_KEY unless set explicitly.
IDENTITY_ENCRYPTION_KEY = os.environ.get("IDENTITY_ENCRYPTION_KEY", "")
IDENTITY_HASH_KEY = os.environ.get("IDENTITY_HASH_KEY", "")

# --- data sharing ----------------------------------------------------------------
# Requests a minute per requesting system on the HTTP query API.
SHARING_API_RATE_LIMIT = int(os.environ.get("SHARING_API_RATE_LIMIT", "600"))
SHARING_API_AUTH_FAILURE_LIMIT = int(
    os.environ.get("SHARING_API_AUTH_FAILURE_LIMIT", "30")
)
SHARING_REMOTE_TIMEOUT = float(os.environ.get("SHARING_REMOTE_TIMEOUT", "5"))
# Signed API requests (RFC 9421, sharing.signing): a signature's "created" time
# must be within this many seconds of the server's clock, either way; nonces are
# remembered (in the cache) for as long.
SHARING_API_SIGNATURE_WINDOW = int(
    os.environ.get("SHARING_API_SIGNATURE_WINDOW", "300")
)
# Bearer tokens (replayable until rotated) instead of signatures: development only.
# dev.py turns it on; production.py forces it off.
SHARING_API_ALLOW_BEARER = False

# --- identity: digital certificates (level 3) --------------------------------------
# A certificate binds an identity only with a signature over a one-time challenge
# made with its private key, and only when it chains to one of these trust anchors
# and is not revoked per the CRLs below (identity.pki). Comma-separated; each entry
# is a PEM file path or the PEM text itself (anchors may hold several
# certificates; IDENTITY_CERTIFICATE_CA_BUNDLE is the former name, still read).
# Without anchors, binding is refused ("not available"); dev.py points both at
# the demo CA that `manage.py identity_demo_pki` creates under var/identity-pki/.
IDENTITY_CERTIFICATE_TRUST_ANCHORS = env_list(
    "IDENTITY_CERTIFICATE_TRUST_ANCHORS"
) or env_list("IDENTITY_CERTIFICATE_CA_BUNDLE")
# CRLs of every CA in a path (anchors excepted): file paths, PEM text, or http(s)
# URLs fetched at each binding. Revocation is required: when no current CRL of the
# issuing CA can be read (unreachable URL, unreadable file, nextUpdate passed,
# bad CRL signature) the binding is refused with a "try again later" message.
IDENTITY_CERTIFICATE_CRLS = env_list("IDENTITY_CERTIFICATE_CRLS")
IDENTITY_CERTIFICATE_CRL_TIMEOUT = float(
    os.environ.get("IDENTITY_CERTIFICATE_CRL_TIMEOUT", "5")
)
IDENTITY_CERTIFICATE_CRL_MAX_BYTES = int(
    os.environ.get("IDENTITY_CERTIFICATE_CRL_MAX_BYTES", 32 * 1024 * 1024)
)
# How long a challenge to sign stays valid.
IDENTITY_CERTIFICATE_CHALLENGE_SECONDS = int(
    os.environ.get("IDENTITY_CERTIFICATE_CHALLENGE_SECONDS", "600")
)

# --- window desk ------------------------------------------------------------------
# One-certificate lookups a minute per staff user at /desk/lookup/.
DESK_LOOKUP_LIMIT = int(os.environ.get("DESK_LOOKUP_LIMIT", "60"))

# --- e-licence verification -------------------------------------------------------
# Reverse proxies in front of the portal that append to X-Forwarded-For. 0: the
# header is ignored and the peer address (REMOTE_ADDR) is the client, so that a
# caller cannot forge its way out of the verification rate limit.
LICENCE_TRUSTED_PROXY_COUNT = int(os.environ.get("LICENCE_TRUSTED_PROXY_COUNT", "0"))

# --- e-licence signing ------------------------------------------------------------
# PAdES signatures on licence PDFs (licences.signing). Each value is a PEM file path
# or the PEM text itself: the issuing private key, the issuing certificate (optionally
# followed by intermediates) and the CA certificate(s) that verifiers trust. Empty in
# development and tests: a demo CA is created on first use in var/licence-pki/.
# production.py requires the key and certificate.
LICENCE_SIGNING_KEY = os.environ.get("LICENCE_SIGNING_KEY", "").strip()
LICENCE_SIGNING_CERT = os.environ.get("LICENCE_SIGNING_CERT", "").strip()
LICENCE_SIGNING_CA_CERT = os.environ.get("LICENCE_SIGNING_CA_CERT", "").strip()
