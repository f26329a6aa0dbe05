"""Licence PDF issue pipeline (render + PAdES signature) against the raw tools.

Measured: ``licences.pdf.render_licence_pdf`` (layout, embedded CJK font, QR code)
followed by ``licences.signing.sign_pdf`` (the process's cached signer).
Reference: the raw reportlab render of the same page (same font, strings and QR code)
plus a plain pyHanko PAdES signature with an EC P-256 key, in the same run.
Goal: the issue pipeline keeps at least 85% of the reference rate.

Run alone: ``python -m benchmarks.bench_licence_render [--smoke]``.
"""

import io
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks._util import ab_rounds, per_second, setup_django, summary

GOAL = 0.85


def run(*, smoke: bool = False) -> float:
    setup_django()
    import segno
    from cryptography.hazmat.primitives.asymmetric import ec
    from django.utils import timezone
    from pyhanko.keys import (
        load_cert_from_pemder,
        load_private_key_from_pemder_data,
    )
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from common.pdf_fonts import cjk_font
    from licences import signing
    from licences.models import Licence, LicenceType
    from licences.pdf import render_licence_pdf, verification_url

    licence_type = LicenceType(
        code="SPJY", name="食品经营许可证", issuing_authority="示范省市场监督管理局"
    )
    licence = Licence(
        number="SPJY35000020260000123K",
        verification_code="ABCD2345",
        licence_type=licence_type,
        holder_name="示范数字科技有限公司",
        holder_identifier_masked="91350102********1X",
        issuing_authority=licence_type.issuing_authority,
        data={"经营场所": "榕城市鼓楼区政务路1号", "主体业态": "食品销售经营者"},
        issued_at=timezone.now(),
    )
    font = cjk_font()
    url = verification_url(licence)
    strings = [
        licence_type.name,
        licence.number,
        licence.holder_name,
        *licence.data.values(),
    ]

    # The reference signer: a self-signed P-256 certificate, loaded once.
    raw_key = ec.generate_private_key(ec.SECP256R1())
    raw_cert = signing.make_certificate(common_name="bench", key=raw_key, days=1)
    cert_path = Path(tempfile.mkdtemp()) / "bench-cert.pem"
    cert_path.write_bytes(signing.pem_cert(raw_cert))
    raw_signer = signers.SimpleSigner(
        signing_cert=load_cert_from_pemder(str(cert_path)),
        signing_key=load_private_key_from_pemder_data(
            signing.pem_key(raw_key), passphrase=None
        ),
        cert_registry=SimpleCertificateStore(),
    )
    raw_meta = signers.PdfSignatureMetadata(
        field_name="Signature1",
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
    )

    def bare() -> None:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4)
        canvas.setFont(font, 14)
        for i, text in enumerate(strings):
            canvas.drawString(80, 700 - 30 * i, text)
        qr = segno.make(url, error="m")
        for y, row in enumerate(qr.matrix):
            for x, dark in enumerate(row):
                if dark:
                    canvas.rect(400 + 3 * x, 100 + 3 * (len(qr.matrix) - y), 3, 3, 0, 1)
        canvas.showPage()
        canvas.save()
        writer = IncrementalPdfFileWriter(io.BytesIO(buffer.getvalue()))
        signers.PdfSigner(raw_meta, signer=raw_signer).sign_pdf(writer)

    def full() -> None:
        signing.sign_pdf(render_licence_pdf(licence))

    count, seconds, rounds = (5, 1.0, 1) if smoke else (200, 5.0, 5)
    full()  # warm caches (font registration, the loaded signer) before timing
    bare()
    a, b, ratios = ab_rounds(
        lambda: per_second(full, count=count, seconds=seconds),
        lambda: per_second(bare, count=count, seconds=seconds),
        rounds=rounds,
    )
    print(f"licence render + sign: {statistics.median(a):.1f} PDFs/s")
    print(f"raw reportlab page + pyHanko P-256 sign: {statistics.median(b):.1f} PDFs/s")
    median = statistics.median(ratios)
    print(
        "ratio render/bare (render+sign vs raw render+sign): "
        f"{summary(ratios)}; goal >= {GOAL} -> "
        f"{'met' if median >= GOAL else 'NOT met'}"
    )
    return median


if __name__ == "__main__":
    run(smoke="--smoke" in sys.argv)
