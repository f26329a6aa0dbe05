"""PDF, image and OFD contents are checked before they are kept: damaged,
empty, encrypted, too long and bomb-like files are refused."""

import io
import struct
import zipfile
import zlib

import pytest
from PIL import Image

from .upload_support import (
    MB,
    empty_pdf_bytes,
    encrypted_pdf_bytes,
    image_bytes,
    ofd_bytes,
    pdf_bytes,
    refusal,
    upload,
)

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
