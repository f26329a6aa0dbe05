"""Support of the upload-check tests (``eforms.uploads``): synthetic PDF, image
and OFD contents, an upload of them, and the refusal ``validate_upload`` raises."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from reportlab.pdfgen import canvas

from eforms.uploads import validate_upload

MB = 1024 * 1024


def pdf_bytes(pages: int = 1) -> bytes:
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    for number in range(pages):
        document.drawString(72, 720, f"page {number + 1}")
        document.showPage()
    document.save()
    return buffer.getvalue()


def empty_pdf_bytes() -> bytes:
    from pyhanko.pdf_utils.writer import PdfFileWriter

    buffer = io.BytesIO()
    PdfFileWriter().write(buffer)
    return buffer.getvalue()


def encrypted_pdf_bytes() -> bytes:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.writer import copy_into_new_writer

    writer = copy_into_new_writer(PdfFileReader(io.BytesIO(pdf_bytes(1))))
    writer.encrypt("owner-secret", "user-secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def image_bytes(fmt: str, size=(800, 600), mode="RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, 255 if mode == "1" else (200, 30, 30)).save(buffer, fmt)
    return buffer.getvalue()


OFD_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD">'
    "<ofd:DocBody><ofd:DocInfo><ofd:DocID>demo</ofd:DocID></ofd:DocInfo>"
    "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
)


def document_xml(pages: int) -> str:
    page_list = "".join(
        f'<ofd:Page ID="{n + 1}" BaseLoc="Pages/Page_{n}/Content.xml"/>'
        for n in range(pages)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016">'
        "<ofd:CommonData><ofd:MaxUnitID>10</ofd:MaxUnitID></ofd:CommonData>"
        f"<ofd:Pages>{page_list}</ofd:Pages></ofd:Document>"
    )


def ofd_bytes(pages: int = 2, *, with_ofd_xml: bool = True, extra=None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if with_ofd_xml:
            archive.writestr("OFD.xml", OFD_XML)
        archive.writestr("Doc_0/Document.xml", document_xml(pages))
        for n in range(pages):
            archive.writestr(f"Doc_0/Pages/Page_{n}/Content.xml", "<ofd:Page/>")
        if extra:
            extra(archive)
    return buffer.getvalue()


def upload(content: bytes, name="material.pdf", content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def refusal(uploaded) -> ValidationError:
    with pytest.raises(ValidationError) as refused:
        validate_upload(uploaded)
    return refused.value
