"""Licence numbers and verification codes.

Scheme: ``<type code><authority code><year><7-digit sequence><check character>``,
e.g. ``JYXK35000020260000123T``: type ``JYXK``, issuing authority region ``350000``,
year 2026, sequence 123 of that type in that year, and an ISO 7064 MOD 37-36 check
character over everything before it (the same family of check used for unified
social credit codes), so that a mistyped number is caught before any lookup.
"""

import secrets

from django.conf import settings
from stdnum.iso7064 import mod_37_36

from .models import LicenceSequence, LicenceType

VERIFICATION_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def next_sequence(licence_type: LicenceType, year: int) -> int:
    """Reserve the next sequence number; call inside a transaction."""
    LicenceSequence.objects.get_or_create(licence_type=licence_type, year=year)
    sequence = LicenceSequence.objects.select_for_update().get(
        licence_type=licence_type, year=year
    )
    sequence.last += 1
    sequence.save(update_fields=["last"])
    return sequence.last


def licence_number(licence_type: LicenceType, year: int, sequence: int) -> str:
    authority = settings.LICENCE_ISSUING_AUTHORITY_CODE
    body = f"{licence_type.code}{authority}{year}{sequence:07d}"
    return body + mod_37_36.calc_check_digit(body)


def is_well_formed(number: str) -> bool:
    return 10 <= len(number) <= 40 and number.isalnum() and mod_37_36.is_valid(number)


def verification_code() -> str:
    """An 8-character code printed on the licence, needed with the number to verify."""
    return "".join(secrets.choice(VERIFICATION_ALPHABET) for _ in range(8))
