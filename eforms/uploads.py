"""Validation of uploaded application materials (申请材料上传校验).

Flow of ``validate_upload(uploaded_file)``:

1. refuse at once, before reading anything, when the declared size is over
   ``MATERIAL_MAX_UPLOAD_BYTES`` (default 10 MB; "<name> is larger than the 10 MB
   limit"), or is zero - a file part over the limit arrives as an
   ``eforms.upload_limits.OversizedUpload`` (its size, no content), refused here;
2. read the file in chunks, hashing as it goes and stopping as soon as more than
   the limit has been read (the declared size may lie);
3. decide the type from the CONTENT only - never from the file name or the
   browser's content type - by its signature: ``%PDF-``, the JPEG and PNG
   signatures, or a ZIP archive (OFD is a ZIP with ``OFD.xml`` at its root);
   programs, web pages and anything else are refused, naming what the content is;
4. check the document itself: a PDF must open with pyHanko's reader, not be
   encrypted, and have 1 to ``MATERIAL_MAX_PAGES`` pages; an image must pass
   Pillow's ``verify()`` and decode completely, with sane dimensions and no more
   than ``Image.MAX_IMAGE_PIXELS``; an OFD archive must stay small once unpacked
   (entry count and total uncompressed size: no zip bombs) and list its pages
   (``eforms.ofd``);
5. return ``UploadCheck(content_type, size, pages, sha256)``.

Every refusal is a ``ValidationError`` with a specific code and a message the
applicant can act on.
"""

import hashlib
import io
import os
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image

# max_upload_bytes is read from here by other modules too.
from .ofd import ofd_pages
from .upload_limits import limit_label, max_upload_bytes, too_large_message

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
OFD = "application/ofd"
ALLOWED_TYPES = (PDF, JPEG, PNG, OFD)

DEFAULT_MAX_PAGES = 50
CHUNK_BYTES = 64 * 1024

# A scan narrower than this cannot be read by the handler; one wider than this
# is no document photo and costs too much memory to check.
IMAGE_MIN_SIDE = 100
IMAGE_MAX_SIDE = 12_000

# An OFD package holds a handful of XML files, fonts and images per page; more
# than this many entries, or more than this many bytes unpacked, is refused
# rather than unpacked (a zip bomb fits easily in a 10 MB upload).

_SIGNATURES = (
    (b"%PDF-", PDF),
    (b"\xff\xd8\xff", JPEG),
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"PK\x03\x04", OFD),
)
_PROGRAM_SIGNATURES = (b"MZ", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")
_MARKUP = re.compile(rb"^\s*<(!doctype\s+html|html|head|body|script|\?xml|svg)", re.I)


@dataclass(frozen=True)
class UploadCheck:
    content_type: str
    size: int
    pages: int | None
    sha256: str


def max_pages() -> int:
    return int(getattr(settings, "MATERIAL_MAX_PAGES", DEFAULT_MAX_PAGES))


def _too_large(limit: int, uploaded_file) -> ValidationError:
    name = os.path.basename(getattr(uploaded_file, "name", "") or "")
    if name:
        return ValidationError(too_large_message(name, limit), code="too_large")
    return ValidationError(
        _("The file is larger than %(limit)s; upload a smaller file.")
        % {"limit": limit_label(limit)},
        code="too_large",
    )


def _empty() -> ValidationError:
    return ValidationError(_("The file is empty."), code="empty")


def validate_upload(uploaded_file) -> UploadCheck:
    """Check ``uploaded_file`` (a Django ``UploadedFile`` or ``File``); raise
    ``ValidationError`` when it is not an acceptable material."""
    limit = max_upload_bytes()
    declared = getattr(uploaded_file, "size", None)
    if declared is not None:
        if declared > limit:
            raise _too_large(limit, uploaded_file)
        if declared == 0:
            raise _empty()
    content, sha256 = _read_bounded(uploaded_file, limit)
    if not content:
        raise _empty()
    content_type = _sniff(content)
    if content_type == PDF:
        pages = _pdf_pages(content)
    elif content_type in (JPEG, PNG):
        _check_image(content, content_type)
        pages = 1
    else:
        pages = _checked_page_count(
            ofd_pages(content), _("The OFD document has no pages."), "ofd_no_pages"
        )
    return UploadCheck(
        content_type=content_type, size=len(content), pages=pages, sha256=sha256
    )


def _read_bounded(uploaded_file, limit: int) -> tuple[bytes, str]:
    """The whole content (at most ``limit`` bytes) and its SHA-256."""
    digest = hashlib.sha256()
    buffer = io.BytesIO()
    if hasattr(uploaded_file, "seek"):
        uploaded_file.seek(0)
    chunks = (
        uploaded_file.chunks(CHUNK_BYTES)
        if hasattr(uploaded_file, "chunks")
        else iter(lambda: uploaded_file.read(CHUNK_BYTES), b"")
    )
    for chunk in chunks:
        if buffer.tell() + len(chunk) > limit:
            raise _too_large(limit, uploaded_file)
        digest.update(chunk)
        buffer.write(chunk)
    if hasattr(uploaded_file, "seek"):
        uploaded_file.seek(0)
    return buffer.getvalue(), digest.hexdigest()


def _sniff(content: bytes) -> str:
    for signature, content_type in _SIGNATURES:
        if content.startswith(signature):
            return content_type
    if content.startswith(_PROGRAM_SIGNATURES):
        kind = _("a program (executable file)")
    elif _MARKUP.match(content[:512]):
        kind = _("a web page or markup (HTML/XML)")
    else:
        kind = _("an unrecognised format")
    raise ValidationError(
        _(
            "The file's content is %(kind)s, whatever its name says. Upload a PDF, "
            "JPEG, PNG or OFD file."
        )
        % {"kind": kind},
        code="type",
    )


# --- PDF ------------------------------------------------------------------------


def _pdf_damaged() -> ValidationError:
    return ValidationError(
        _("The PDF file is damaged or incomplete; export or scan it again."),
        code="pdf_damaged",
    )


def _pdf_pages(content: bytes) -> int:
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(content), strict=False)
        if reader.encrypted:
            raise ValidationError(
                _(
                    "The PDF is password-protected or encrypted; upload a copy "
                    "without a password."
                ),
                code="pdf_encrypted",
            )
        pages = _count_pdf_pages(reader.root["/Pages"], max_pages())
    except ValidationError:
        raise
    # The reader raises a variety of errors on malformed input (its own, and
    # KeyError/TypeError/ValueError on broken object graphs): all mean damaged.
    except (PdfError, KeyError, TypeError, ValueError, AttributeError, IndexError):
        raise _pdf_damaged() from None
    except RecursionError:
        raise _pdf_damaged() from None
    return _checked_page_count(pages, _("The PDF has no pages."), "pdf_no_pages")


def _checked_page_count(pages: int, empty_message: str, empty_code: str) -> int:
    if pages == 0:
        raise ValidationError(empty_message, code=empty_code)
    limit = max_pages()
    if pages > limit:
        raise ValidationError(
            _(
                "The document has more than %(limit)d pages; split it or upload "
                "only the pages required."
            )
            % {"limit": limit},
            code="too_many_pages",
        )
    return pages


def _count_pdf_pages(root, limit: int) -> int:
    """Count the leaves of the page tree by walking it (the declared /Count may
    lie), stopping once past ``limit``; a cycle or a runaway tree is damage."""
    count = 0
    seen: set[int] = set()
    stack = [root]
    budget = 10 * limit + 100
    while stack:
        node = stack.pop()
        budget -= 1
        if budget < 0:
            raise _pdf_damaged()
        kids = node.get("/Kids")
        if node.get("/Type") == "/Page":
            count += 1
            if count > limit:
                return count
            continue
        if kids is None:
            continue
        for index in range(len(kids)):
            reference = kids.raw_get(index)
            idnum = getattr(reference, "idnum", None)
            if idnum is not None:
                if idnum in seen:
                    raise _pdf_damaged()
                seen.add(idnum)
            stack.append(kids[index])
    return count


# --- images ---------------------------------------------------------------------


def _image_damaged() -> ValidationError:
    return ValidationError(
        _("The image is damaged or incomplete; take or export it again."),
        code="image_damaged",
    )


def _check_image(content: bytes, content_type: str) -> None:
    expected = "JPEG" if content_type == JPEG else "PNG"
    try:
        with Image.open(io.BytesIO(content)) as image:
            if image.format != expected:
                raise _image_damaged()
            _check_dimensions(*image.size)
            image.verify()
        # verify() leaves the image unusable; reopen to decode it completely,
        # which catches truncated files. JPEGs decode at 1/8 scale (draft) to
        # bound memory; PNG chunks were CRC-checked by verify().
        with Image.open(io.BytesIO(content)) as image:
            _check_dimensions(*image.size)
            if expected == "JPEG":
                width, height = image.size
                image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
            image.load()
    except Image.DecompressionBombError:
        raise _image_too_large() from None
    except ValidationError:
        raise
    except (OSError, SyntaxError, ValueError, TypeError, EOFError):
        raise _image_damaged() from None


def _image_too_large() -> ValidationError:
    return ValidationError(
        _(
            "The image has too many pixels (at most %(side)d pixels on each side); "
            "reduce its resolution."
        )
        % {"side": IMAGE_MAX_SIDE},
        code="image_too_large",
    )


def _check_dimensions(width: int, height: int) -> None:
    pixel_limit = Image.MAX_IMAGE_PIXELS
    if (
        width > IMAGE_MAX_SIDE
        or height > IMAGE_MAX_SIDE
        or (pixel_limit is not None and width * height > pixel_limit)
    ):
        raise _image_too_large()
    if width < IMAGE_MIN_SIDE or height < IMAGE_MIN_SIDE:
        raise ValidationError(
            _(
                "The image is too small to read (%(width)d×%(height)d pixels); it "
                "needs at least %(side)d pixels on each side."
            )
            % {"width": width, "height": height, "side": IMAGE_MIN_SIDE},
            code="image_too_small",
        )


# --- OFD ------------------------------------------------------------------------
