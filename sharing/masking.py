"""Masking of shared values, per field rule.

Masking is the default for every field with a rule; a grant may name fields it
receives unmasked. ``WITHHOLD`` fields are left out entirely unless granted.
"""

import datetime
import re

from .models import MaskRule
from .protection import mask, mask_name

# Chinese addresses read province > city > district/county > street...: keep up to
# the first district- or county-level unit and drop the rest.
_DISTRICT = re.compile(r"^(.*?(?:区|县|旗|市辖区|自治县))")


def mask_address(value: str) -> str:
    match = _DISTRICT.match(value)
    if match and len(match.group(1)) < len(value):
        return match.group(1) + "****"
    return value[: max(len(value) // 3, 1)] + "****"


def mask_phone(value: str) -> str:
    return mask(value, keep_start=3, keep_end=4)


def mask_value(rule: str, value):
    """The masked form of ``value`` under ``rule`` (values of other types pass)."""
    if value in (None, ""):
        return value
    if rule == MaskRule.ID_NUMBER:
        return mask(str(value))
    if rule == MaskRule.NAME:
        return mask_name(str(value))
    if rule == MaskRule.ADDRESS:
        return mask_address(str(value))
    if rule == MaskRule.PHONE:
        return mask_phone(str(value))
    if rule == MaskRule.DATE_YEAR:
        if isinstance(value, datetime.date):
            return f"{value.year}-**-**"
        return f"{str(value)[:4]}-**-**"
    return value
