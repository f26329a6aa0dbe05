"""An upload's type comes from its content: good PDF, JPEG, PNG and OFD files are
accepted, programs and web pages under a document's name are refused, and the
refusal speaks the active language."""

import hashlib

from django.utils import translation

from eforms.uploads import JPEG, OFD, PDF, PNG, validate_upload

from .upload_support import image_bytes, ofd_bytes, pdf_bytes, refusal, upload

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


# --- messages -------------------------------------------------------------------


def test_refusal_message_is_in_chinese_by_default():
    with translation.override("zh-hans"):
        error = refusal(upload(b"", "empty.pdf"))
    assert error.message == "文件为空。"


def test_refusal_message_is_in_english_under_en():
    with translation.override("en"):
        error = refusal(upload(b"", "empty.pdf"))
    assert error.message == "The file is empty."
