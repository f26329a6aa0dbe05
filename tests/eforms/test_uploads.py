import hashlib
import io
import struct
import zipfile
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image
from reportlab.pdfgen import canvas

from eforms.uploads import JPEG, OFD, PDF, PNG, validate_upload

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


# --- accepted -------------------------------------------------------------------


def test_good_pdf_is_accepted_with_its_page_count_and_hash():
    content = pdf_bytes(3)
    check = validate_upload(upload(content))
    assert check.content_type == PDF
    assert check.pages == 3
    assert check.size == len(content)
    assert check.sha256 == hashlib.sha256(content).hexdigest()


def test_good_jpeg_is_accepted_as_one_page():
    check = validate_upload(upload(image_bytes("JPEG"), "scan.jpg", "image/jpeg"))
    assert (check.content_type, check.pages) == (JPEG, 1)


def test_good_png_is_accepted_as_one_page():
    check = validate_upload(upload(image_bytes("PNG"), "scan.png", "image/png"))
    assert (check.content_type, check.pages) == (PNG, 1)


def test_good_ofd_is_accepted_with_its_page_count():
    check = validate_upload(upload(ofd_bytes(2), "licence.ofd", "application/zip"))
    assert (check.content_type, check.pages) == (OFD, 2)


def test_type_comes_from_content_not_from_name_or_declared_type():
    check = validate_upload(upload(image_bytes("PNG"), "scan.pdf", "application/pdf"))
    assert check.content_type == PNG


def test_file_is_left_at_its_start_for_storing():
    uploaded = upload(pdf_bytes(1))
    validate_upload(uploaded)
    assert uploaded.read(5) == b"%PDF-"


# --- refused: type --------------------------------------------------------------


def test_exe_renamed_pdf_is_refused_as_a_program():
    exe = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200 + b"This program cannot"
    error = refusal(upload(exe, "report.pdf", "application/pdf"))
    assert error.code == "type"
    assert "program" in error.message or "程序" in error.message


def test_html_renamed_jpg_is_refused_as_a_web_page():
    html = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
    error = refusal(upload(html, "photo.jpg", "image/jpeg"))
    assert error.code == "type"
    assert "HTML" in error.message


def test_zip_without_ofd_xml_is_refused():
    error = refusal(upload(ofd_bytes(1, with_ofd_xml=False), "doc.ofd"))
    assert error.code == "type"
    assert "OFD.xml" in error.message


# --- refused: size --------------------------------------------------------------


def test_empty_file_is_refused():
    assert refusal(upload(b"", "empty.pdf")).code == "empty"


def test_declared_50_mb_upload_is_refused_before_reading():
    uploaded = upload(pdf_bytes(1))
    uploaded.size = 50 * MB

    def never_read(*args, **kwargs):
        raise AssertionError("the content was read")

    uploaded.chunks = never_read
    assert refusal(uploaded).code == "too_large"


def test_sparse_50_mb_file_is_refused_by_its_size(tmp_path):
    path = tmp_path / "big.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(50 * MB)  # sparse: no 50 MB written
    with path.open("rb") as handle:
        error = refusal(File(handle, name="big.pdf"))
    assert error.code == "too_large"
    assert "10.0" in error.message


def test_content_longer_than_declared_is_cut_off_at_the_limit(settings):
    settings.MATERIAL_MAX_UPLOAD_BYTES = 1000
    uploaded = upload(pdf_bytes(1))
    uploaded.size = 10  # a lying size
    assert refusal(uploaded).code == "too_large"


# --- refused: PDF ---------------------------------------------------------------


def test_truncated_pdf_is_refused_as_damaged():
    content = pdf_bytes(2)
    error = refusal(upload(content[: len(content) // 2]))
    assert error.code == "pdf_damaged"


def test_pdf_with_no_pages_is_refused():
    assert refusal(upload(empty_pdf_bytes())).code == "pdf_no_pages"


def test_encrypted_pdf_is_refused():
    assert refusal(upload(encrypted_pdf_bytes())).code == "pdf_encrypted"


def test_pdf_over_the_page_limit_is_refused(settings):
    settings.MATERIAL_MAX_PAGES = 2
    error = refusal(upload(pdf_bytes(3)))
    assert error.code == "too_many_pages"
    assert "2" in error.message


def test_header_only_pdf_is_refused_as_damaged():
    assert refusal(upload(b"%PDF-1.7\n%%EOF\n")).code == "pdf_damaged"


# --- refused: images ------------------------------------------------------------


def png_header_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims huge dimensions (a decompression bomb's
    calling card)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data).to_bytes(4, "big")
        return len(data).to_bytes(4, "big") + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\0" * 64)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", idat)
        + chunk(b"IEND", b"")
    )


def test_image_claiming_huge_dimensions_is_refused_as_a_bomb():
    content = png_header_claiming(30000, 30000)
    assert len(content) < 200
    assert refusal(upload(content, "bomb.png")).code == "image_too_large"


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_image_just_over_the_pixel_limit_is_refused(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 500 * 500)
    content = image_bytes("PNG", (600, 600))
    assert refusal(upload(content, "big.png")).code == "image_too_large"


def test_image_wider_than_the_maximum_side_is_refused():
    content = image_bytes("PNG", (13000, 200), mode="1")
    assert refusal(upload(content, "strip.png")).code == "image_too_large"


def test_tiny_image_is_refused_as_unreadable():
    error = refusal(upload(image_bytes("JPEG", (40, 40)), "icon.jpg"))
    assert error.code == "image_too_small"


def test_truncated_jpeg_is_refused_as_damaged():
    content = image_bytes("JPEG")
    error = refusal(upload(content[: len(content) * 2 // 3], "scan.jpg"))
    assert error.code == "image_damaged"


def test_truncated_png_is_refused_as_damaged():
    content = image_bytes("PNG")
    error = refusal(upload(content[: len(content) * 2 // 3], "scan.png"))
    assert error.code == "image_damaged"


# --- refused: OFD ---------------------------------------------------------------


def test_zip_bomb_ofd_is_refused_without_unpacking():
    def bomb(archive):
        with archive.open("Doc_0/Res/bomb.bin", "w", force_zip64=True) as member:
            block = b"\0" * MB
            for _ in range(120):
                member.write(block)

    content = ofd_bytes(1, extra=bomb)
    assert len(content) < 10 * MB
    assert refusal(upload(content, "bomb.ofd")).code == "ofd_too_large"


def test_ofd_with_too_many_entries_is_refused():
    def many(archive):
        for n in range(2001):
            archive.writestr(f"Doc_0/Res/{n}.xml", "")

    assert refusal(upload(ofd_bytes(1, extra=many), "many.ofd")).code == (
        "ofd_too_large"
    )


def test_truncated_ofd_is_refused_as_damaged():
    content = ofd_bytes(2)
    error = refusal(upload(content[: len(content) // 2], "cut.ofd"))
    assert error.code == "ofd_damaged"


def test_ofd_with_entity_declarations_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "OFD.xml",
            '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><ofd:OFD/>',
        )
    assert refusal(upload(buffer.getvalue(), "x.ofd")).code == "ofd_damaged"


def test_ofd_without_pages_is_refused():
    assert refusal(upload(ofd_bytes(0), "blank.ofd")).code == "ofd_no_pages"


# --- messages -------------------------------------------------------------------


def test_refusal_message_is_in_chinese_by_default():
    with translation.override("zh-hans"):
        error = refusal(upload(b"", "empty.pdf"))
    assert error.message == "文件为空。"


def test_refusal_message_is_in_english_under_en():
    with translation.override("en"):
        error = refusal(upload(b"", "empty.pdf"))
    assert error.message == "The file is empty."
