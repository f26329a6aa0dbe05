"""Path converters for every URL that takes a code, number, token or row id.

Django's ``str`` converter lets anything but ``/`` through and ``int`` any run of
digits, so ``/services/%00/`` reached PostgreSQL (which refuses NUL in text: a
500) and ``/my/materials/99999999999999999999/`` overflowed ``bigint``. These
accept only what the portal ever issues, ASCII and bounded, so anything else is
a 404 from the resolver before a view or the database sees it:

- ``code``: catalogue and exchange codes (``SCJG-0101``, ``legal-entity.basic``);
- ``number``: application and licence numbers (``SQ2026120800000001``);
- ``token``: URL-safe secrets (share links);
- ``id``: a row id, 1 to 18 digits (within ``bigint``), as an ``int``.

They are registered when this module is imported; ``citizen_portal.urls`` imports
it before any app's patterns.
"""

from django.urls import register_converter


class _Text:
    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value) -> str:
        return str(value)


class CodeConverter(_Text):
    regex = r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}"


class NumberConverter(_Text):
    regex = r"[A-Za-z0-9]{1,40}"


class TokenConverter(_Text):
    regex = r"[A-Za-z0-9_-]{1,128}"


class IdConverter:
    regex = r"[1-9][0-9]{0,17}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(int(value))


CONVERTERS = {
    "code": CodeConverter,
    "number": NumberConverter,
    "token": TokenConverter,
    "id": IdConverter,
}


def register() -> None:
    for name, converter in CONVERTERS.items():
        register_converter(converter, name)


register()
