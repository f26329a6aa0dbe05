"""Checks on personal digital certificates (数字证书), without models or requests.

- ``parsing``: read the uploaded certificate and CMS/PKCS#7 signature (PEM, DER or
  bare base64) within size limits, refusing anything unreadable with a message;
- ``possession``: proof of possession - the signature is the certificate's, over
  exactly the challenge bytes (RSA, RSA-PSS and ECDSA);
- ``trust``: the certificate chains to a configured trust anchor, is an end-entity
  certificate allowing digital signature, within its validity period, and not
  revoked per a current CRL (pyHanko's certvalidator, revocation required);
- ``demo``: a demo CA, its CRL and personal certificates for development.

Every refusal is a ``CertificateRefused`` with a code and a message for the person
at the screen (``identity.actions.certificates`` turns it into a ``LinkError``).
"""

from .errors import CertificateRefused

__all__ = ["CertificateRefused"]
