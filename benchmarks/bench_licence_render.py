"""Licence PDF rendering throughput against a bare reportlab page.

Measured: ``licences.pdf.render_licence_pdf`` (layout, embedded CJK font, QR code).
Reference: a bare reportlab canvas with the same font drawing the same strings and
the same QR code, in the same run. Goal (context for the signing work to come):
the full render keeps at least 50% of the reference rate.

Run alone: ``python -m benchmarks.bench_licence_render [--smoke]``.
"""

import io
import statistics
import sys

from benchmarks._util import ab_rounds, per_second, setup_django, summary

GOAL = 0.5


def run(*, smoke: bool = False) -> float:
    setup_django()
    import segno
    from django.utils import timezone
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from licences.models import Licence, LicenceType
    from licences.pdf import licence_font, render_licence_pdf, verification_url

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
    font = licence_font()
    url = verification_url(licence)
    strings = [
        licence_type.name,
        licence.number,
        licence.holder_name,
        *licence.data.values(),
    ]

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

    def full() -> None:
        render_licence_pdf(licence)

    count, seconds, rounds = (5, 1.0, 1) if smoke else (200, 5.0, 5)
    full()  # warm caches (font registration) before timing
    bare()
    a, b, ratios = ab_rounds(
        lambda: per_second(full, count=count, seconds=seconds),
        lambda: per_second(bare, count=count, seconds=seconds),
        rounds=rounds,
    )
    print(f"licence render: {statistics.median(a):.1f} PDFs/s")
    print(f"bare reportlab page: {statistics.median(b):.1f} PDFs/s")
    median = statistics.median(ratios)
    print(
        f"ratio render/bare: {summary(ratios)}; goal >= {GOAL} -> "
        f"{'met' if median >= GOAL else 'NOT met'}"
    )
    return median


if __name__ == "__main__":
    run(smoke="--smoke" in sys.argv)
