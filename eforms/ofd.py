"""The page count of an OFD document (GB/T 33190, China's fixed-layout format),
for upload validation (``eforms.uploads``).

An OFD file is a ZIP archive with ``OFD.xml`` at its root naming each
document's root file, which lists its pages. Uploads are untrusted, so nothing is
unpacked before the archive's declared sizes are checked (entry count and total
uncompressed size: no zip bombs), each XML part is read with a size bound, and a
part with a DTD or entity declaration is refused before parsing (no entity
expansion). Any damage reads as "damaged, export it again".
"""

import io
import posixpath
import re
import zipfile
from xml.etree import ElementTree  # noqa: S405 (DTDs are refused before parsing)

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

OFD_MAX_ENTRIES = 2_000
OFD_MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
OFD_MAX_XML_BYTES = 2 * 1024 * 1024
_LOCAL_NAME = re.compile(r"^(\{[^}]*\})?")


def _ofd_damaged() -> ValidationError:
    return ValidationError(
        _("The OFD file is damaged or incomplete; export it again."),
        code="ofd_damaged",
    )


def ofd_pages(content: bytes) -> int:
    """The page count of the OFD archive ``content`` (0 when it lists none);
    raises ``ValidationError`` for a bomb, a ZIP that is not OFD, or damage."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            entries = archive.infolist()
            # Declared sizes bound what zipfile will inflate, so summing them
            # is enough to refuse a bomb without unpacking anything.
            if len(entries) > OFD_MAX_ENTRIES or (
                sum(entry.file_size for entry in entries) > OFD_MAX_UNCOMPRESSED_BYTES
            ):
                raise ValidationError(
                    _(
                        "The OFD file unpacks to too much data to be checked "
                        "safely; it is refused."
                    ),
                    code="ofd_too_large",
                )
            names = {entry.filename for entry in entries}
            if "OFD.xml" not in names:
                raise ValidationError(
                    _(
                        "The file is a ZIP archive but not an OFD document (it "
                        "has no OFD.xml). Upload a PDF, JPEG, PNG or OFD file."
                    ),
                    code="type",
                )
            pages = 0
            for root in _ofd_doc_roots(_read_xml(archive, "OFD.xml")):
                if root not in names:
                    raise _ofd_damaged()
                pages += _ofd_document_pages(_read_xml(archive, root))
    except ValidationError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError):
        raise _ofd_damaged() from None
    except (ElementTree.ParseError, ValueError, NotImplementedError, RuntimeError):
        # RuntimeError: encrypted entries; NotImplementedError: unknown
        # compression method.
        raise _ofd_damaged() from None
    return pages


def _read_xml(archive: zipfile.ZipFile, name: str) -> ElementTree.Element:
    with archive.open(name) as member:
        data = member.read(OFD_MAX_XML_BYTES + 1)
    if len(data) > OFD_MAX_XML_BYTES:
        raise _ofd_damaged()
    # OFD documents have no DTD; refusing one shuts out entity expansion.
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise _ofd_damaged()
    return ElementTree.fromstring(data)  # noqa: S314 (no DTD, see above)


def _local(tag: str) -> str:
    return _LOCAL_NAME.sub("", tag)


def _ofd_doc_roots(ofd: ElementTree.Element) -> list[str]:
    if _local(ofd.tag) != "OFD":
        raise _ofd_damaged()
    roots = [
        element.text.strip()
        for element in ofd.iter()
        if _local(element.tag) == "DocRoot" and element.text
    ]
    if not roots:
        raise _ofd_damaged()
    return [posixpath.normpath(root.lstrip("/")) for root in roots]


def _ofd_document_pages(document: ElementTree.Element) -> int:
    if _local(document.tag) != "Document":
        raise _ofd_damaged()
    pages = 0
    for element in document.iter():
        if _local(element.tag) == "Pages":
            pages += sum(1 for child in element if _local(child.tag) == "Page")
    return pages
