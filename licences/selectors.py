"""Read queries for e-licences."""

from . import numbering
from .models import Licence


def licence_verify(*, number: str, code: str) -> Licence | None:
    """The licence matching both number and verification code, else None.

    Malformed numbers are rejected without touching the database.
    """
    number = number.strip().upper()
    code = code.strip().upper()
    if not numbering.is_well_formed(number) or not code.isalnum() or len(code) > 12:
        return None
    licence = (
        Licence.objects.select_related("licence_type").filter(number=number).first()
    )
    if licence is None or licence.verification_code != code:
        return None
    return licence
