"""Form-level validators for identifiers; the checks themselves live in
``sharing.identifiers`` so that the exchange validates subjects the same way."""

from sharing.identifiers import normalize_resident_id, validate_resident_id

__all__ = ["normalize_resident_id", "validate_resident_id"]
