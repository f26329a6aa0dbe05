import hashlib
import io
import os
import struct
import zipfile
import zlib
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import (
    MemoryFileUploadHandler,
    TemporaryFileUploadHandler,
)
from django.http.multipartparser import MultiPartParser
from django.utils import translation
from PIL import Image
from reportlab.pdfgen import canvas

from eforms.upload_limits import (
    OversizedContent,
    OversizedUpload,
    OversizedUploadHandler,
)
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
    assert "big.pdf" in error.message
    assert "10 MB" in error.message


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


# --- the per-file limit while a request is parsed (eforms.upload_limits) ----------

BOUNDARY = "limit-test-boundary"


class MultipartBody(io.RawIOBase):
    """A multipart/form-data body made as it is read: text fields and files,
    a file's content given as bytes or as a count of zero bytes (never built in
    memory)."""

    def __init__(self, parts: list[tuple[str, str | None, bytes | int]]):
        self.pieces: list[bytes | int] = []
        for name, file_name, content in parts:
            disposition = f'form-data; name="{name}"'
            if file_name is not None:
                disposition += f'; filename="{file_name}"'
            header = f"--{BOUNDARY}\r\nContent-Disposition: {disposition}\r\n"
            if file_name is not None:
                header += "Content-Type: application/pdf\r\n"
            self.pieces += [(header + "\r\n").encode(), content, b"\r\n"]
        self.pieces.append(f"--{BOUNDARY}--\r\n".encode())
        self.length = sum(p if isinstance(p, int) else len(p) for p in self.pieces)
        self.queue = list(self.pieces)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while self.queue and self.queue[0] in (0, b""):
            self.queue.pop(0)
        if not self.queue:
            return 0
        head = self.queue[0]
        size = min(len(buffer), head if isinstance(head, int) else len(head))
        if isinstance(head, int):
            buffer[:size] = bytes(size)
            self.queue[0] = head - size
        else:
            buffer[:size] = head[:size]
            self.queue[0] = head[size:]
        return size


class RecordingTemporaryFileUploadHandler(TemporaryFileUploadHandler):
    """Django's temporary-file handler, recording what reached it per file."""

    written: dict[str, int]

    def receive_data_chunk(self, raw_data, start):
        self.written[self.file_name] = self.written.get(self.file_name, 0) + len(
            raw_data
        )
        return super().receive_data_chunk(raw_data, start)


def parse(body: MultipartBody, *, limit=10 * MB):
    request = SimpleNamespace()
    spool = RecordingTemporaryFileUploadHandler(request)
    spool.written = {}
    gate = OversizedUploadHandler(request, limit=limit)
    request.upload_handlers = [gate, MemoryFileUploadHandler(request), spool]
    meta = {
        "CONTENT_TYPE": f"multipart/form-data; boundary={BOUNDARY}",
        "CONTENT_LENGTH": str(body.length),
    }
    post, files = MultiPartParser(meta, body, request.upload_handlers).parse()
    return post, files, spool.written


@pytest.fixture
def upload_temp_dir(settings, tmp_path):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    return tmp_path


def test_a_50_mb_part_arrives_as_a_stand_in_with_its_name_and_size(upload_temp_dir):
    _post, files, _written = parse(MultipartBody([("scan", "扫描件.pdf", 50 * MB)]))
    scan = files["scan"]
    assert isinstance(scan, OversizedUpload)
    assert (scan.field_name, scan.name, scan.size) == ("scan", "扫描件.pdf", 50 * MB)
    assert scan.kept_bytes == 0


def test_a_50_mb_part_is_never_spooled_whole_and_its_partial_copy_is_deleted(
    upload_temp_dir,
):
    body = MultipartBody(
        [("photo", "photo.pdf", pdf_bytes(1)), ("scan", "big.pdf", 50 * MB)]
    )
    _post, files, written = parse(body)
    assert written["big.pdf"] <= 10 * MB
    # Only the valid file is on disk, in the temporary file it came in: the
    # partial copy of the big one was deleted as soon as it went over.
    assert [path.name for path in upload_temp_dir.iterdir()] == [
        os.path.basename(files["photo"].temporary_file_path())
    ]


def test_fields_and_files_after_a_50_mb_part_arrive_intact(upload_temp_dir):
    photo = pdf_bytes(1)
    body = MultipartBody(
        [
            ("reason", None, "保留我".encode()),
            ("scan", "big.pdf", 50 * MB),
            ("phone", None, b"13912345678"),
            ("photo", "photo.pdf", photo),
        ]
    )
    post, files, _written = parse(body)
    assert (post["reason"], post["phone"]) == ("保留我", "13912345678")
    assert files["photo"].read() == photo
    assert validate_upload(files["photo"]).pages == 1


def test_a_part_within_the_limit_is_left_to_djangos_handlers(upload_temp_dir):
    _post, files, _written = parse(
        MultipartBody([("scan", "scan.pdf", pdf_bytes(1))]), limit=1 * MB
    )
    assert not isinstance(files["scan"], OversizedUpload)
    assert validate_upload(files["scan"]).content_type == PDF


def test_the_stand_in_is_refused_by_its_size_naming_the_file(upload_temp_dir):
    _post, files, _written = parse(MultipartBody([("scan", "扫描件.pdf", 50 * MB)]))
    with translation.override("en"):
        error = refusal(files["scan"])
    assert error.code == "too_large"
    assert error.message.startswith("“扫描件.pdf” is larger than the 10 MB limit.")


def test_reading_the_stand_in_raises_instead_of_giving_empty_content(
    upload_temp_dir,
):
    _post, files, _written = parse(MultipartBody([("scan", "big.pdf", 11 * MB)]))
    with pytest.raises(OversizedContent):
        files["scan"].read()
    with pytest.raises(OversizedContent):
        list(files["scan"].chunks())
    files["scan"].close()  # the request closes its files: that must work
