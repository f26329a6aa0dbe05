"""Validation of resident ID numbers and unified social credit codes.

Built on python-stdnum, guarded against its known traps (DEPENDENCIES.md): ``cn.ric``
raises ``KeyError`` on some unknown regions and accepts future birth dates. Every
failure becomes a ``ValidationError`` with a message for the person typing.
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
