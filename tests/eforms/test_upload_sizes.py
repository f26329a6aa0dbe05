"""Size limits of an upload: empty and oversized files are refused, and while a
request is parsed (``eforms.upload_limits``) a part over the per-file limit is
never kept whole but arrives as a stand-in refused by its size."""

import io
import os
from types import SimpleNamespace

import pytest
from django.core.files import File
from django.core.files.uploadhandler import (
    MemoryFileUploadHandler,
    TemporaryFileUploadHandler,
)
from django.http.multipartparser import MultiPartParser
from django.utils import translation

from eforms.upload_limits import (
    OversizedContent,
    OversizedUpload,
    OversizedUploadHandler,
)
from eforms.uploads import PDF, validate_upload

from .upload_support import MB, pdf_bytes, refusal, upload

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
