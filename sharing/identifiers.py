"""Validation of the identifiers that name a subject: resident ID numbers, unified
social credit codes, social security and health card numbers.

Built on python-stdnum, guarded against its known traps (DEPENDENCIES.md): ``cn.ric``
raises ``KeyError`` on some unknown regions and accepts future birth dates;
``cn.uscc`` rejects genuine codes whose registration authority is a letter (N, Y, A...)
and skips the embedded organisation-code check. Every failure becomes a
``ValidationError`` with a code and a message for the person typing; nothing here
raises anything else, whatever the input.
"""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from stdnum import exceptions as stdnum_exceptions
from stdnum.cn import ric


def normalize_resident_id(value: str) -> str:
    return "".join(str(value).split()).upper()


def validate_resident_id(value: str) -> str:
    """Return the normalised 18-character resident ID or raise ValidationError."""
    number = normalize_resident_id(value)
    if len(number) == 15 and number.isdigit():
        raise ValidationError(
            _(
                "15-digit ID numbers are no longer valid; "
                "enter the 18-character number."
            ),
            code="old_format",
        )
    if len(number) != 18:
        raise ValidationError(
            _("A resident ID number has 18 characters."), code="length"
        )
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        raise ValidationError(
            _("Only digits are allowed, with X as the last character."),
            code="characters",
        )
    try:
        birth = ric.get_birth_date(number)
    except (stdnum_exceptions.ValidationError, ValueError, KeyError):
        raise ValidationError(
            _("The birth date in this ID number is impossible."), code="birth_date"
        ) from None
    if birth > timezone.localdate() or birth < datetime.date(1880, 1, 1):
        raise ValidationError(
            _("The birth date in this ID number is impossible."), code="birth_date"
        )
    try:
        ric.validate(number)
    except stdnum_exceptions.InvalidChecksum:
        raise ValidationError(
            _("The check digit does not match; please check the number."),
            code="checksum",
        ) from None
    except (stdnum_exceptions.ValidationError, KeyError, ValueError):
        raise ValidationError(
            _("The region code in this ID number is unknown."), code="region"
        ) from None
    return number


# Registration authority codes (GB 32100-2015): 1-9 and the letters A, N, Y.
_USCC_AUTHORITIES = set("123456789ANY")
_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def normalize_credit_code(value: str) -> str:
    return "".join(str(value).split()).upper()


def credit_code_check_character(body: str) -> str:
    """The 18th character of a unified social credit code over its first 17."""
    total = sum(
        _USCC_ALPHABET.index(char) * weight
        for char, weight in zip(body, _USCC_WEIGHTS, strict=True)
    )
    return _USCC_ALPHABET[(31 - total % 31) % 31]


def organisation_code_check_character(body: str) -> str:
    """The 9th character of an organisation code over its first 8 (GB 11714)."""
    total = sum(
        int(char, 36) * weight
        for char, weight in zip(body, _ORG_CODE_WEIGHTS, strict=True)
    )
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def validate_credit_code(value: str) -> str:
    """Return the normalised 18-character credit code or raise ValidationError."""
    code = normalize_credit_code(value)
    if len(code) != 18:
        raise ValidationError(
            _("A unified social credit code has 18 characters."), code="length"
        )
    if any(char not in _USCC_ALPHABET for char in code):
        raise ValidationError(
            _(
                "Only digits and capital letters other than I, O, S, V and Z "
                "are allowed."
            ),
            code="characters",
        )
    if code[0] not in _USCC_AUTHORITIES:
        raise ValidationError(
            _("The registration authority code (first character) is unknown."),
            code="authority",
        )
    if not code[2:8].isdigit():
        raise ValidationError(
            _("Characters 3 to 8 must be the region code (digits)."), code="region"
        )
    if code[-1] != credit_code_check_character(code[:17]):
        raise ValidationError(
            _("The check character does not match; please check the code."),
            code="checksum",
        )
    org = code[8:17]
    if org[8] != organisation_code_check_character(org[:8]):
        raise ValidationError(
            _("The organisation code inside this credit code is not valid."),
            code="organisation_code",
        )
    return code


_CARD_CHARS = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def validate_card_number(value: str) -> str:
    """Social security and health card numbers: 6 to 24 letters and digits."""
    number = "".join(str(value).split()).upper()
    if not 6 <= len(number) <= 24 or not set(number) <= _CARD_CHARS:
        raise ValidationError(
            _("A card number has 6 to 24 letters and digits."), code="format"
        )
    return number
