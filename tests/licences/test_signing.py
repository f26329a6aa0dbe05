"""PAdES signatures on licence PDFs (licences.signing), checked with pyHanko and with
poppler's pdfsig (which exits 0 even on a digest mismatch: its output is parsed)."""

import hashlib
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from licences import signing
from licences.models import Licence
from licences.pdf import render_licence_pdf
from licences.tasks import licence_render_pdf
from tests.licences.test_issue import issue
from tests.licences.test_pdf import NUMBER, make_licence


@pytest.fixture(scope="module")
def rendered() -> bytes:
    return render_licence_pdf(make_licence())


@pytest.fixture(scope="module")
def signed(rendered) -> bytes:
    return signing.sign_pdf(rendered)


def pdfsig(tmp_path: Path, content: bytes) -> str:
    tool = shutil.which("pdfsig")
    if tool is None:
        pytest.skip("pdfsig is not installed (Debian: poppler-utils)")
    path = tmp_path / "signed.pdf"
    path.write_bytes(content)
    return subprocess.run(  # noqa: S603
        [tool, str(path)], capture_output=True, text=True, check=False
    ).stdout


def one_byte_changed(content: bytes) -> bytes:
    """Change one letter of the header comment: inside the first signed range, and
    the file still parses."""
    at = content.index(b"ReportLab Generated") + 6
    changed = bytearray(content)
    changed[at] ^= 0x20
    return bytes(changed)


def test_signed_pdf_validates_with_pyhanko(signed):
    check = signing.verify_pdf(signed)
    assert check.intact and check.trusted, check.error
    assert check.ok
    assert check.error == ""
    assert check.licence_number == NUMBER
    assert signing.DEMO_ISSUER_COMMON_NAME in check.signer_subject
    assert check.signed_at is not None


def test_signed_pdf_validates_with_pdfsig(tmp_path, signed):
    output = pdfsig(tmp_path, signed)
    assert "Signature Field Name: LicenceSignature" in output
    assert "Signature is Valid." in output
    assert "Total document signed" in output


def test_one_byte_change_fails_both_validators(tmp_path, signed):
    tampered = one_byte_changed(signed)
    check = signing.verify_pdf(tampered)
    assert not check.intact
    assert not check.trusted
    assert check.error
    output = pdfsig(tmp_path, tampered)
    assert "Digest Mismatch." in output
    assert "Signature is Valid." not in output


def test_appended_update_is_not_intact(signed):
    from pyhanko.pdf_utils.generic import TextStringObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    writer.root["/Lang"] = TextStringObject("en")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    check = signing.verify_pdf(out.getvalue())
    assert not check.intact


def test_foreign_signer_is_intact_but_not_trusted(settings, tmp_path, rendered):
    key = ec.generate_private_key(ec.SECP256R1())
    cert = signing.make_certificate(common_name="Someone Else", key=key, days=30)
    settings.LICENCE_SIGNING_KEY = signing.pem_key(key).decode()
    settings.LICENCE_SIGNING_CERT = signing.pem_cert(cert).decode()
    settings.LICENCE_SIGNING_CA_CERT = ""
    foreign = signing.sign_pdf(rendered)
    assert signing.verify_pdf(foreign).ok  # trusted by its own configuration
    for name in ("LICENCE_SIGNING_KEY", "LICENCE_SIGNING_CERT"):
        setattr(settings, name, "")
    check = signing.verify_pdf(foreign)
    assert check.intact
    assert not check.trusted
    assert "Someone Else" in check.signer_subject
    assert check.error


def test_signer_is_loaded_once(signed):
    first = signing._pki()
    signing.sign_pdf(render_licence_pdf(make_licence()))
    assert signing._pki() is first


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"garbage",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
        b"%PDF-1.7\n garbage without a trailer",
    ],
)
def test_garbage_gives_a_clear_result(content):
    check = signing.verify_pdf(content)
    assert not check.intact and not check.trusted
    assert check.error


def test_unsigned_pdf_is_reported(rendered):
    check = signing.verify_pdf(rendered)
    assert not check.intact
    assert "no signature" in check.error
    assert check.licence_number == NUMBER


def test_truncated_signed_pdf_is_reported(signed):
    check = signing.verify_pdf(signed[: len(signed) // 2])
    assert not check.intact
    assert check.error


@pytest.mark.django_db
def test_render_task_stores_a_signed_pdf_once(
    citizen, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        licence = issue(citizen)
    licence.refresh_from_db()
    content = licence.pdf.read()
    assert hashlib.sha256(content).hexdigest() == licence.pdf_sha256
    check = signing.verify_pdf(content)
    assert check.ok, check.error
    assert check.licence_number == licence.number
    licence_render_pdf(licence.pk)
    licence.refresh_from_db()
    assert licence.pdf_sha256 == hashlib.sha256(content).hexdigest()
    directory = Path(licence.pdf.storage.path(licence.pdf.name)).parent
    assert [p.name for p in directory.iterdir()] == [f"{licence.number}.pdf"]
    assert Licence.objects.count() == 1
