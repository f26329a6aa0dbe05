"""The per-file upload limit (``MATERIAL_MAX_UPLOAD_BYTES``, default 10 MB), kept
while a request is parsed, so that one file too large loses nothing else.

Flow of a multipart request (``OversizedUploadHandler``, installed first among
the upload handlers by ``eforms.middleware.UploadSizeLimitMiddleware`` for
every request under the request ceiling):

1. each chunk of a file part is counted and handed on to Django's storing
   handlers (memory or temporary file) while the part is within the limit;
2. the chunk that takes it over the limit is not handed on: the partial copy
   those handlers made (at most the limit) is closed at once, which deletes a
   temporary file, and the rest of the part is read and dropped, chunk by chunk,
   so memory and disk stay bounded whatever its size;
3. when the part ends, ``request.FILES[field]`` gets an ``OversizedUpload``: the
   original file name, the field and the size received, and no content (reading
   it raises). Every other field and file of the request arrives as usual.

``SkipFile`` is not used for step 2: the parser would drop the part without a
trace and the form would say the file is missing. With the stand-in in place,
every view that accepts files reports the right error against the right field
without code of its own: its size check fails first - for materials that is
``eforms.uploads.validate_upload`` (called by the e-form upload field and by
``applications.actions.materials.material_store``), which says "<name> is larger than
the 10 MB limit" (``too_large_message``) - and the page is shown again with
everything else the applicant typed or chose.

``limit_attrs`` gives the same limit and message (translated, with ``{name}`` for
the file name) to ``static/eforms/upload_limit.js``, which refuses such a file as
soon as it is chosen (template tag ``upload_limit_attrs``).
"""

import logging

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

logger = logging.getLogger("eforms.uploads")

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
MEGABYTE = 1024 * 1024
NAME_PLACEHOLDER = "{name}"


def max_upload_bytes() -> int:
    return int(getattr(settings, "MATERIAL_MAX_UPLOAD_BYTES", DEFAULT_MAX_BYTES))


def limit_label(limit: int | None = None) -> str:
    """The limit as applicants read it: "10 MB" (whole megabytes), else the
    file size format."""
    limit = max_upload_bytes() if limit is None else limit
    if limit >= MEGABYTE and limit % MEGABYTE == 0:
        return f"{limit // MEGABYTE} MB"
    return str(filesizeformat(limit))


def too_large_message(name: str, limit: int | None = None) -> str:
    return _(
        "“%(name)s” is larger than the %(limit)s limit. Choose a smaller file: "
        "scan at a lower resolution, or only the pages required."
    ) % {"name": name, "limit": limit_label(limit)}


def limit_attrs() -> dict[str, str]:
    """``data-*`` attributes for a form with file inputs: the limit in bytes and
    the message, ``{name}`` standing for the file name."""
    return {
        "data-max-bytes": str(max_upload_bytes()),
        "data-too-large": too_large_message(NAME_PLACEHOLDER),
    }


class OversizedContent(ValueError):
    """Raised on reading an ``OversizedUpload``: its content was discarded."""


class _Discarded:
    """The file object of an ``OversizedUpload``: closing works (the request
    closes its files), anything that would read raises."""

    closed = False

    def close(self) -> None:
        self.closed = True

    def _refuse(self, *args, **kwargs):
        raise OversizedContent(
            "The upload was over the size limit and its content was discarded; "
            "check .size before reading."
        )

    read = readline = readlines = seek = tell = __iter__ = _refuse


class OversizedUpload(UploadedFile):
    """Stands in ``request.FILES`` for a file part over the limit (see the
    module docstring). ``size`` is what was received; ``kept_bytes`` is 0."""

    kept_bytes = 0

    def __init__(self, *, field_name: str, name: str, content_type, size, charset):
        super().__init__(
            file=_Discarded(),
            name=name,
            content_type=content_type,
            size=size,
            charset=charset,
        )
        self.field_name = field_name


class OversizedUploadHandler(FileUploadHandler):
    """Place first in ``request.upload_handlers`` (see the module docstring)."""

    def __init__(self, request=None, limit: int | None = None):
        super().__init__(request)
        self.limit = max_upload_bytes() if limit is None else limit
        self.oversized = False
        # Bytes of the current part handed on to the storing handlers.
        self.passed_on = 0

    def new_file(self, field_name, file_name, content_type, content_length, *args):
        super().new_file(field_name, file_name, content_type, content_length, *args)
        self.passed_on = 0
        # A part that declares its length (browsers do not) is known at once.
        self.oversized = content_length is not None and content_length > self.limit

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        if not self.oversized and start + len(raw_data) > self.limit:
            self.oversized = True
            self._free_partial_copies()
        if self.oversized:
            return None  # the storing handlers after this one never see it
        self.passed_on += len(raw_data)
        return raw_data

    def file_complete(self, file_size: int) -> OversizedUpload | None:
        if not self.oversized:
            return None  # the storing handlers return the file
        self._free_partial_copies()
        # The field name only (quoted: it is the client's): a file name may
        # carry personal data.
        logger.info(
            "upload over the limit discarded: field %r, %d bytes",
            str(self.field_name)[:100],
            file_size,
        )
        return OversizedUpload(
            field_name=self.field_name,
            name=self.file_name or "",
            content_type=self.content_type,
            size=file_size,
            charset=self.charset,
        )

    def _free_partial_copies(self) -> None:
        """Close what the storing handlers kept of this part (a temporary file
        is deleted on close), as the parser itself does on ``SkipFile``: their
        file is the current part's, each handler's ``new_file`` having run."""
        handlers = getattr(self.request, "upload_handlers", None) or ()
        for handler in handlers:
            partial = getattr(handler, "file", None) if handler is not self else None
            if partial is not None:
                partial.close()
